/* The CSV writer: minimal quoting, one fwrite a record. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "csv.h"

struct asn_csv_writer {
	FILE *f;
	char *buf;              /* the record being written */
	size_t len, cap;
	size_t nfields;
	int safe_cells;
};

static void
writer_reserve(asn_csv_writer *w, size_t n)
{
	size_t cap;

	if (w->cap - w->len >= n)
		return;
	cap = w->cap ? w->cap : 1024;
	while (cap - w->len < n)
		cap *= 2;
	w->buf = asn_realloc(w->buf, cap);
	w->cap = cap;
}

static void
writer_flush(asn_csv_writer *w)
{
	if (w->len)
		fwrite(w->buf, 1, w->len, w->f);
	w->len = 0;
}

asn_csv_writer *
asn_csv_writer_new(FILE *f)
{
	asn_csv_writer *w = asn_malloc(sizeof(*w));

	memset(w, 0, sizeof(*w));
	w->f = f;
	return w;
}

void
asn_csv_writer_free(asn_csv_writer *w)
{
	if (!w)
		return;
	writer_flush(w);
	free(w->buf);
	free(w);
}

FILE *
asn_csv_writer_file(asn_csv_writer *w)
{
	writer_flush(w);
	return w->f;
}

static int
needs_quotes(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
			return 1;
	return 0;
}

void
asn_csv_writer_set_safe_cells(asn_csv_writer *w, int on)
{
	w->safe_cells = on;
}

void
asn_csv_write_field(asn_csv_writer *w, const char *s, size_t len)
{
	const char *q;
	size_t n;
	int quote;

	if (!s)
		s = "", len = 0;
	/* Worst case: separator, two quotes, every byte a doubled quote, and
	 * the apostrophe of a safe cell. */
	writer_reserve(w, 2 * len + 4);
	if (w->nfields++)
		w->buf[w->len++] = ',';
	quote = needs_quotes(s, len);
	if (quote)
		w->buf[w->len++] = '"';
	/* a spreadsheet takes such a cell for a formula; an apostrophe first
	 * makes it text, and is not shown */
	if (w->safe_cells && len && s[0] && strchr("=+-@\t\r", s[0]))
		w->buf[w->len++] = '\'';
	while (quote && (q = memchr(s, '"', len))) {
		n = (size_t)(q - s) + 1;
		memcpy(w->buf + w->len, s, n);
		w->len += n;
		w->buf[w->len++] = '"';
		s += n;
		len -= n;
	}
	memcpy(w->buf + w->len, s, len);
	w->len += len;
	if (quote)
		w->buf[w->len++] = '"';
}

void
asn_csv_write_str(asn_csv_writer *w, const char *s)
{
	asn_csv_write_field(w, s, s ? strlen(s) : 0);
}

void
asn_csv_write_long(asn_csv_writer *w, long v)
{
	char tmp[32];
	int n = snprintf(tmp, sizeof(tmp), "%ld", v);

	asn_csv_write_field(w, tmp, (size_t)n);
}

/*
 * printf writes the locale's decimal point (possibly several bytes): keep
 * the sign and digits and turn whatever separates integer and fraction
 * into '.'.
 */
void
asn_csv_write_double(asn_csv_writer *w, double v, int decimals)
{
	char tmp[512], out[512];
	size_t i, n = 0;
	int nonzero = 0, point = 0;

	if (!isfinite(v)) {
		asn_csv_write_field(w, "", 0);
		return;
	}
	if (decimals < 0)
		decimals = 0;
	if (decimals > 17)
		decimals = 17;
	snprintf(tmp, sizeof(tmp), "%.*f", decimals, v);
	for (i = 0; tmp[i]; i++) {
		if (tmp[i] >= '0' && tmp[i] <= '9') {
			if (point == 1) {
				out[n++] = '.';
				point = 2;
			}
			if (tmp[i] != '0')
				nonzero = 1;
			out[n++] = tmp[i];
		} else if (tmp[i] == '-' && n == 0) {
			out[n++] = '-';
		} else if (n > 0 && point == 0) {
			point = 1;
		}
	}
	if (!nonzero && n > 0 && out[0] == '-')
		asn_csv_write_field(w, out + 1, n - 1);
	else
		asn_csv_write_field(w, out, n);
}

void
asn_csv_write_record(asn_csv_writer *w, const asn_csv_record *rec)
{
	size_t i;

	for (i = 0; i < rec->nfields; i++)
		asn_csv_write_field(w, rec->fields[i], rec->lengths[i]);
	asn_csv_end_record(w);
}

void
asn_csv_end_record(asn_csv_writer *w)
{
	writer_reserve(w, 1);
	w->buf[w->len++] = '\n';
	w->nfields = 0;
	writer_flush(w);
}
