/* The report archive: a folder of month folders YYYY-MM, as the monthly job
 * keeps them.  Its months before a period (the month-by-month view), and an
 * index.html that lists every month's report (lib/report.h). */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "report.h"
#include "svg.h"

/* year * 100 + month of a name YYYY-MM, else 0. */
static int month_of(const char *name)
{
	int i, y, m;

	for (i = 0; i < 7; i++)
		if (i == 4 ? name[i] != '-' : (name[i] < '0' || name[i] > '9'))
			return 0;
	if (name[7])
		return 0;
	y = atoi(name);
	m = atoi(name + 5);
	return y >= 1900 && y <= 2199 && m >= 1 && m <= 12 ? y * 100 + m : 0;
}

int asn_report_month_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	char name[16];
	size_t len;

	/* the last part of the path, a trailing slash allowed */
	len = strlen(path);
	while (len > 1 && path[len - 1] == '/')
		len--;
	for (slash = path + len; slash > path && slash[-1] != '/'; slash--)
		;
	if ((size_t)(path + len - slash) >= sizeof name)
		return 0;
	memcpy(name, slash, (size_t)(path + len - slash));
	name[path + len - slash] = '\0';
	return month_of(name);
}

static int by_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

static int is_dir(const char *dir, const char *name)
{
	char *path = asn_malloc(strlen(dir) + strlen(name) + 2);
	struct stat st;
	int rc;

	sprintf(path, "%s/%s", dir, name);
	rc = stat(path, &st) == 0 && S_ISDIR(st.st_mode);
	free(path);
	return rc;
}

/* The months of dir, sorted; -1 when it cannot be read. */
static long months(const char *dir, int **out)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0, cap = 0;
	int ym, *v = NULL;

	if (!d)
		return -1;
	while ((e = readdir(d))) {
		if (!(ym = month_of(e->d_name)) || !is_dir(dir, e->d_name))
			continue;
		if (n == cap) {
			cap = cap ? cap * 2 : 16;
			v = asn_realloc(v, cap * sizeof *v);
		}
		v[n++] = ym;
	}
	closedir(d);
	if (n)
		qsort(v, n, sizeof *v, by_int);
	*out = v;
	return (long)n;
}

long asn_report_archive_months(const char *dir, int before, size_t max, int **out)
{
	long n = months(dir, out), first, k;

	if (n <= 0)
		return n;
	while (n > 0 && (*out)[n - 1] >= before)
		n--;
	first = n > (long)max ? n - (long)max : 0;
	for (k = first; k < n; k++)
		(*out)[k - first] = (*out)[k];
	return n - first;
}

static int has_file(const char *dir, int ym, const char *ext)
{
	char path[4096];
	struct stat st;

	snprintf(path, sizeof path, "%s/%04d-%02d/laporan-%04d-%02d.%s", dir, ym / 100, ym % 100,
	         ym / 100, ym % 100, ext);
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int asn_report_index(FILE *f, const char *dir, const char *title, int english)
{
	static const char *const ext[] = { "html", "md", "txt" };
	static const char *const bulan[2][12] = {
		{ "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
		  "September", "Oktober", "November", "Desember" },
		{ "January", "February", "March", "April", "May", "June", "July", "August",
		  "September", "October", "November", "December" }
	};
	int *v = NULL, ym, e;
	long n = months(dir, &v), i, listed = 0;

	if (n < 0)
		return -1;
	if (!title)
		title = english ? "Monthly workforce reports" : "Arsip laporan bulanan kepegawaian";
	fprintf(f, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
	        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
	        english ? "en" : "id");
	asn_svg_escape(f, title);
	fputs("</title>\n<style>body{font-family:system-ui,sans-serif;max-width:42rem;"
	      "margin:2rem auto;padding:0 1rem;color:#1a1a1a}a{color:#0b4f8a}"
	      "li{margin:.4rem 0}small{color:#555}</style>\n</head>\n<body>\n<h1>", f);
	asn_svg_escape(f, title);
	fprintf(f, "</h1>\n<p>%s</p>\n<ul>\n", english ? "The monthly reports, newest first." :
	        "Laporan bulanan, yang terbaru di atas.");
	for (i = n; i-- > 0;) {
		ym = v[i];
		if (!has_file(dir, ym, "html"))
			continue;
		fprintf(f, "<li><a href=\"%04d-%02d/laporan-%04d-%02d.html\">%s %d</a>", ym / 100,
		        ym % 100, ym / 100, ym % 100, bulan[english][ym % 100 - 1], ym / 100);
		for (e = 1; e < 3; e++)
			if (has_file(dir, ym, ext[e]))
				fprintf(f, " <small><a href=\"%04d-%02d/laporan-%04d-%02d.%s\">%s</a></small>",
				        ym / 100, ym % 100, ym / 100, ym % 100, ext[e], ext[e]);
		fputs("</li>\n", f);
		listed++;
	}
	fputs("</ul>\n", f);
	if (!listed)
		fprintf(f, "<p>%s</p>\n", english ? "No report yet." : "Belum ada laporan.");
	fputs("</body>\n</html>\n", f);
	free(v);
	return (int)listed;
}
