#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "input.h"

void asn_input_open(asn_input *in, const char *path, unsigned char delimiter)
{
	char err[1024];

	memset(in, 0, sizeof *in);
	/* the reader has told why it cannot open the file */
	if (!(in->rd = asn_csv_reader_open(path, delimiter)))
		exit(ASN_EXIT_INPUT);
	in->name = asn_csv_reader_name(in->rd);
	if (!delimiter)
		asn_csv_reader_detect_delimiter(in->rd);
	if (asn_table_read_header(&in->table, in->rd, err, sizeof err))
		asn_die(ASN_EXIT_INPUT, "%s", err);
	asn_csv_reader_skip_blank_lines(in->rd, 1);
}

int asn_input_next(asn_input *in)
{
	int rc = asn_csv_reader_next(in->rd, &in->rec);

	if (rc < 0)
		asn_die(ASN_EXIT_INPUT, "%s", asn_csv_reader_error(in->rd));
	return rc;
}

int asn_input_find(const asn_input *in, const char *column)
{
	return asn_table_find(&in->table, column);
}

int asn_input_require(const asn_input *in, const char *column, const char *why)
{
	int c = asn_table_find(&in->table, column);

	if (c < 0)
		asn_die(ASN_EXIT_INPUT, "%s:1: missing required column '%s'%s", in->name, column,
		        why ? why : "");
	return c;
}

const char *asn_input_cell(const asn_input *in, int col)
{
	return col >= 0 && (size_t)col < in->rec.nfields ? in->rec.fields[col] : "";
}

long asn_input_whole(const asn_input *in, int col, const char *column, long min, long max,
                     const char *expected)
{
	const char *s = asn_input_cell(in, col);
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (!*s || errno || *end || v < min || v > max)
		asn_die(ASN_EXIT_INPUT, "%s:%ld: %s '%s': %s", in->name, in->rec.line, column, s,
		        expected);
	return v;
}

void asn_input_close(asn_input *in)
{
	unsigned long blank = in->rd ? asn_csv_reader_blank_lines(in->rd) : 0;

	if (blank && !asn_quiet)
		asn_warn("%s: %lu blank line%s skipped", in->name, blank, blank == 1 ? "" : "s");
	asn_table_free(&in->table);
	asn_csv_reader_free(in->rd);
	memset(in, 0, sizeof *in);
}

void asn_reject(unsigned long long *count, const char *name, long line, int col,
                const char *fmt, ...)
{
	va_list ap;

	(*count)++;
	if (col >= 0)
		fprintf(stderr, "%s: %s:%ld:%d: ", asn_progname, name, line, col + 1);
	else
		fprintf(stderr, "%s: %s:%ld: ", asn_progname, name, line);
	va_start(ap, fmt);
	vfprintf(stderr, gettext(fmt), ap);
	va_end(ap);
	fputc('\n', stderr);
}

static const char *digits(const char *p, size_t *n)
{
	for (; *p >= '0' && *p <= '9'; p++)
		(*n)++;
	return p;
}

int asn_number_parse(const char *s, unsigned flags, double *out)
{
	const char *p = s, *point = NULL;
	size_t n = 0, e = 0, len;
	char buf[128], *copy = buf, *end;
	double v;

	if ((flags & ASN_NUMBER_SIGN) && (*p == '+' || *p == '-'))
		p++;
	p = digits(p, &n);
	if (*p == '.' || ((flags & ASN_NUMBER_COMMA) && *p == ','))
		point = p, p = digits(p + 1, &n);
	if (!n)
		return -1;
	if ((flags & ASN_NUMBER_EXPONENT) && (*p == 'e' || *p == 'E')) {
		p++;
		if (*p == '+' || *p == '-')
			p++;
		p = digits(p, &e);
		if (!e)
			return -1;
	}
	if (*p)
		return -1;
	/* strtod reads the locale's point: a ',' is made '.' in a copy */
	if (point && *point == ',') {
		len = strlen(s);
		if (len >= sizeof buf)
			copy = asn_malloc(len + 1);
		memcpy(copy, s, len + 1);
		copy[point - s] = '.';
		s = copy;
	}
	errno = 0;
	v = strtod(s, &end);
	if (copy != buf)
		free(copy);
	if (!isfinite(v))
		return -1;
	*out = v;
	return 0;
}

char **asn_parse_columns(const char *arg, const char *optname, int allow_empty, size_t max,
                         size_t *n)
{
	size_t len = strlen(arg), count = 1, i, k;
	char **names, *text, *p, *comma;

	for (i = 0; i < len; i++)
		count += arg[i] == ',';
	/* the pointers, then the text they point into: one block */
	names = asn_malloc(count * sizeof *names + len + 1);
	text = (char *)(names + count);
	memcpy(text, arg, len + 1);
	*n = 0;
	if (!*arg) {
		if (allow_empty)
			return names;
		free(names);
		asn_die(ASN_EXIT_USAGE, "invalid value '' for --%s: expected column names", optname);
	}
	for (p = text; p; p = comma ? comma + 1 : NULL) {
		if ((comma = strchr(p, ',')))
			*comma = '\0';
		if (!*p)
			asn_die(ASN_EXIT_USAGE, "invalid value '%s' for --%s: empty column name", arg,
			        optname);
		for (k = 0; k < *n; k++)
			if (strcasecmp(names[k], p) == 0)
				asn_die(ASN_EXIT_USAGE, "invalid value '%s' for --%s: column '%s' given twice",
				        arg, optname, p);
		if (*n == max)
			asn_die(ASN_EXIT_USAGE, "invalid value '%s' for --%s: at most %zu columns", arg,
			        optname, max);
		names[(*n)++] = p;
	}
	return names;
}
