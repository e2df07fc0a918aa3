/*
 * The conformance cases of tests/data: every CSV file of csv-spectrum and
 * of our own RFC 4180 cases against its expected JSON, every bad-*.csv
 * rejected by the reader.
 * Directories are listed, so a case added there is covered here.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "table.h"
#include "test.h"

#define SPECTRUM "tests/data/csv-spectrum"
#define TESTDATA "tests/data/rfc4180"

/* JSON, only as much as the expected files use: arrays, objects, strings. */
typedef struct json json;
struct json {
	char kind;              /* 's' string, 'a' array, 'o' object */
	char *key;              /* member name inside an object */
	char *str;
	size_t len;
	json *items;
	size_t n;
};

typedef struct {
	const char *s, *end;
} json_in;

static void
skip_space(json_in *in)
{
	while (in->s < in->end && strchr(" \t\r\n", *in->s) && *in->s)
		in->s++;
}

static void
put_utf8(char *out, size_t *n, unsigned long c)
{
	if (c < 0x80) {
		out[(*n)++] = (char)c;
	} else if (c < 0x800) {
		out[(*n)++] = (char)(0xC0 | c >> 6);
		out[(*n)++] = (char)(0x80 | (c & 0x3F));
	} else if (c < 0x10000) {
		out[(*n)++] = (char)(0xE0 | c >> 12);
		out[(*n)++] = (char)(0x80 | (c >> 6 & 0x3F));
		out[(*n)++] = (char)(0x80 | (c & 0x3F));
	} else {
		out[(*n)++] = (char)(0xF0 | c >> 18);
		out[(*n)++] = (char)(0x80 | (c >> 12 & 0x3F));
		out[(*n)++] = (char)(0x80 | (c >> 6 & 0x3F));
		out[(*n)++] = (char)(0x80 | (c & 0x3F));
	}
}

static int
hex4(json_in *in, unsigned long *c)
{
	int i;
	char h;

	*c = 0;
	for (i = 0; i < 4; i++) {
		if (in->s >= in->end)
			return -1;
		h = *in->s++;
		*c <<= 4;
		if (h >= '0' && h <= '9')
			*c |= (unsigned long)(h - '0');
		else if (h >= 'a' && h <= 'f')
			*c |= (unsigned long)(h - 'a' + 10);
		else if (h >= 'A' && h <= 'F')
			*c |= (unsigned long)(h - 'A' + 10);
		else
			return -1;
	}
	return 0;
}

static int
parse_string(json_in *in, char **str, size_t *len)
{
	char *out = malloc((size_t)(in->end - in->s) + 1);
	unsigned long c, low;
	size_t n = 0;
	char e;

	in->s++;
	while (in->s < in->end && *in->s != '"') {
		if (*in->s != '\\') {
			out[n++] = *in->s++;
			continue;
		}
		if (++in->s >= in->end)
			break;
		switch ((e = *in->s++)) {
		case 'n': out[n++] = '\n'; break;
		case 'r': out[n++] = '\r'; break;
		case 't': out[n++] = '\t'; break;
		case 'b': out[n++] = '\b'; break;
		case 'f': out[n++] = '\f'; break;
		case 'u':
			if (hex4(in, &c) < 0)
				goto fail;
			if (c >= 0xD800 && c < 0xDC00 && in->end - in->s >= 6 &&
			    in->s[0] == '\\' && in->s[1] == 'u') {
				in->s += 2;
				if (hex4(in, &low) < 0)
					goto fail;
				c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
			}
			put_utf8(out, &n, c);
			break;
		default: out[n++] = e; break;
		}
	}
	if (in->s >= in->end)
		goto fail;
	in->s++;
	out[n] = '\0';
	*str = out;
	*len = n;
	return 0;
fail:
	free(out);
	return -1;
}

static void
json_free(json *v)
{
	size_t i;

	for (i = 0; i < v->n; i++)
		json_free(&v->items[i]);
	free(v->items);
	free(v->str);
	free(v->key);
}

static int
parse_value(json_in *in, json *v)
{
	char close;
	size_t len;
	json *item;

	memset(v, 0, sizeof(*v));
	skip_space(in);
	if (in->s >= in->end)
		return -1;
	if (*in->s == '"') {
		v->kind = 's';
		return parse_string(in, &v->str, &v->len);
	}
	if (*in->s != '[' && *in->s != '{')
		return -1;
	v->kind = *in->s == '[' ? 'a' : 'o';
	close = *in->s == '[' ? ']' : '}';
	in->s++;
	skip_space(in);
	if (in->s < in->end && *in->s == close) {
		in->s++;
		return 0;
	}
	for (;;) {
		v->items = realloc(v->items, (v->n + 1) * sizeof(*v->items));
		item = &v->items[v->n];
		memset(item, 0, sizeof(*item));
		v->n++;
		if (v->kind == 'o') {
			char *key;

			skip_space(in);
			if (in->s >= in->end || *in->s != '"' || parse_string(in, &key, &len) < 0)
				return -1;
			skip_space(in);
			if (in->s >= in->end || *in->s++ != ':') {
				free(key);
				return -1;
			}
			if (parse_value(in, item) < 0) {
				free(key);
				return -1;
			}
			item->key = key;
		} else if (parse_value(in, item) < 0) {
			return -1;
		}
		skip_space(in);
		if (in->s >= in->end)
			return -1;
		if (*in->s == close) {
			in->s++;
			return 0;
		}
		if (*in->s++ != ',')
			return -1;
	}
}

static char *
slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *s = NULL;
	size_t n = 0, got;

	if (!f)
		return NULL;
	for (;;) {
		s = realloc(s, n + 4096 + 1);
		got = fread(s + n, 1, 4096, f);
		n += got;
		if (got < 4096)
			break;
	}
	fclose(f);
	s[n] = '\0';
	*len = n;
	return s;
}

static int
json_load(const char *path, json *v)
{
	size_t len;
	char *text = slurp(path, &len);
	json_in in;
	int rc;

	memset(v, 0, sizeof(*v));
	if (!text)
		return -1;
	in.s = text;
	in.end = text + len;
	rc = parse_value(&in, v);
	skip_space(&in);
	if (rc == 0 && in.s != in.end)
		rc = -1;
	free(text);
	if (rc < 0)
		json_free(v);
	return rc;
}

/* All records of a CSV file, copied. */
typedef struct {
	size_t nrows;
	json *rows;             /* each an array of strings, as if from JSON */
	char error[512];
	int failed;
} csv_rows;

static void
rows_free(csv_rows *t)
{
	size_t i;

	for (i = 0; i < t->nrows; i++)
		json_free(&t->rows[i]);
	free(t->rows);
}

static json
row_copy(const asn_csv_record *rec)
{
	json row = { 'a', NULL, NULL, 0, NULL, 0 };
	size_t i;

	row.n = rec->nfields;
	row.items = calloc(rec->nfields ? rec->nfields : 1, sizeof(*row.items));
	for (i = 0; i < rec->nfields; i++) {
		row.items[i].kind = 's';
		row.items[i].len = rec->lengths[i];
		row.items[i].str = malloc(rec->lengths[i] + 1);
		memcpy(row.items[i].str, rec->fields[i], rec->lengths[i] + 1);
	}
	return row;
}

/* Read every record; with expect set, rows must be as wide as the first. */
static void
read_rows(const char *path, int expect, csv_rows *t)
{
	asn_csv_reader *r = asn_csv_reader_open(path, 0);
	asn_csv_record rec;
	int rc;

	memset(t, 0, sizeof(*t));
	if (!r) {
		t->failed = 1;
		snprintf(t->error, sizeof(t->error), "cannot open %s", path);
		return;
	}
	while ((rc = asn_csv_reader_next(r, &rec)) != 0) {
		if (rc < 0) {
			t->failed = 1;
			snprintf(t->error, sizeof(t->error), "%s", asn_csv_reader_error(r));
			break;
		}
		if (expect && t->nrows == 0)
			asn_csv_reader_expect_fields(r, rec.nfields);
		t->rows = realloc(t->rows, (t->nrows + 1) * sizeof(*t->rows));
		t->rows[t->nrows++] = row_copy(&rec);
	}
	asn_csv_reader_free(r);
}

static int
same_string(const json *a, const json *b)
{
	return a->kind == 's' && b->kind == 's' && a->len == b->len &&
	    memcmp(a->str, b->str, a->len) == 0;
}

/* rows[first..] against a JSON array of arrays of strings. */
static int
match_arrays(const csv_rows *t, size_t first, const json *want, char *why, size_t whysize)
{
	size_t i, j;
	const json *row;

	if (want->kind != 'a' || want->n != t->nrows - first) {
		snprintf(why, whysize, "%zu records, expected %zu", t->nrows - first, want->n);
		return 0;
	}
	for (i = 0; i < want->n; i++) {
		row = &want->items[i];
		if (row->kind != 'a' || row->n != t->rows[first + i].n) {
			snprintf(why, whysize, "record %zu has %zu fields", first + i + 1,
			    t->rows[first + i].n);
			return 0;
		}
		for (j = 0; j < row->n; j++)
			if (!same_string(&row->items[j], &t->rows[first + i].items[j])) {
				snprintf(why, whysize, "record %zu field %zu is '%s'", first + i + 1,
				    j + 1, t->rows[first + i].items[j].str);
				return 0;
			}
	}
	return 1;
}

/* The table of the first row; -1 and why when there is none or it is bad. */
static int
header_table(const csv_rows *t, asn_table *table, char *why, size_t whysize)
{
	asn_csv_record header;
	size_t i;
	int rc;

	if (t->nrows == 0) {
		snprintf(why, whysize, "no header");
		return -1;
	}
	header.nfields = t->rows[0].n;
	header.fields = calloc(header.nfields + 1, sizeof(*header.fields));
	header.lengths = calloc(header.nfields + 1, sizeof(*header.lengths));
	for (i = 0; i < header.nfields; i++) {
		header.fields[i] = t->rows[0].items[i].str;
		header.lengths[i] = t->rows[0].items[i].len;
	}
	rc = asn_table_init(table, &header, why, whysize);
	free(header.fields);
	free(header.lengths);
	return rc;
}

/* The header must be foo,bar,baz (the header-* and bad-* RFC 4180 cases). */
static int
header_foo_bar_baz(const csv_rows *t, char *why, size_t whysize)
{
	static const char *const names[] = { "foo", "bar", "baz", NULL };
	asn_table table;
	int idx[3], rc;

	if (header_table(t, &table, why, whysize) < 0)
		return -1;
	rc = asn_table_require(&table, names, idx, why, whysize);
	asn_table_free(&table);
	return rc;
}

/* The first row as a header, the rest against a JSON array of objects. */
static int
match_objects(const csv_rows *t, const json *want, char *why, size_t whysize)
{
	asn_table table;
	size_t i, j;
	const json *obj, *row;
	int col, ok = 1;

	if (header_table(t, &table, why, whysize) < 0)
		return 0;
	if (want->kind != 'a' || want->n != t->nrows - 1) {
		snprintf(why, whysize, "%zu rows, expected %zu", t->nrows - 1, want->n);
		ok = 0;
	}
	for (i = 0; ok && i < want->n; i++) {
		obj = &want->items[i];
		row = &t->rows[i + 1];
		if (obj->kind != 'o' || obj->n != row->n) {
			snprintf(why, whysize, "row %zu has %zu fields", i + 1, row->n);
			ok = 0;
		}
		for (j = 0; ok && j < obj->n; j++) {
			col = asn_table_find(&table, obj->items[j].key);
			if (col < 0 || !same_string(&obj->items[j], &row->items[col])) {
				snprintf(why, whysize, "row %zu column '%s' differs", i + 1,
				    obj->items[j].key);
				ok = 0;
			}
		}
	}
	asn_table_free(&table);
	return ok;
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The *.csv names of a directory, sorted; NULL-terminated. */
static char **
list_csv(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, len;

	if (!d)
		return NULL;
	while ((e = readdir(d))) {
		len = strlen(e->d_name);
		if (len < 5 || strcmp(e->d_name + len - 4, ".csv") != 0)
			continue;
		names = realloc(names, (n + 2) * sizeof(*names));
		names[n++] = strdup(e->d_name);
	}
	closedir(d);
	if (!names)
		names = calloc(1, sizeof(*names));
	names[n] = NULL;
	qsort(names, n, sizeof(*names), by_name);
	return names;
}

static void
free_list(char **names)
{
	size_t i;

	for (i = 0; names && names[i]; i++)
		free(names[i]);
	free(names);
}

static void
json_path(char *out, size_t size, const char *dir, const char *csv_name)
{
	snprintf(out, size, "%s/%.*s.json", dir, (int)(strlen(csv_name) - 4), csv_name);
}

/*
 * Cases this reader rejects on purpose, with the error it must give.
 * location_coordinates.csv has a bare quote in an unquoted field, which
 * RFC 4180 forbids (and its JSON disagrees with its own CSV on the phone
 * number besides).
 */
static const struct {
	const char *name, *error;
} strict_cases[] = {
	{ "location_coordinates.csv", ":2:2: quote in unquoted field" },
};

static const char *
strict_error(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(strict_cases) / sizeof(strict_cases[0]); i++)
		if (strcmp(name, strict_cases[i].name) == 0)
			return strict_cases[i].error;
	return NULL;
}

static void
test_spectrum(void)
{
	char **names = list_csv(SPECTRUM "/csvs");
	char path[512], jpath[512], why[512];
	csv_rows t;
	json want;
	size_t i;
	int ok;

	CHECK(names && names[0], "csv-spectrum cases found in " SPECTRUM "/csvs");
	for (i = 0; names && names[i]; i++) {
		snprintf(path, sizeof(path), SPECTRUM "/csvs/%s", names[i]);
		json_path(jpath, sizeof(jpath), SPECTRUM "/json", names[i]);
		strcpy(why, "");
		read_rows(path, 0, &t);
		if (strict_error(names[i])) {
			ok = t.failed && strstr(t.error, strict_error(names[i]));
			CHECK(ok, "csv-spectrum %s rejected (strict RFC 4180): %s", names[i], t.error);
			rows_free(&t);
			continue;
		}
		if (t.failed) {
			snprintf(why, sizeof(why), "%s", t.error);
			ok = 0;
		} else if (json_load(jpath, &want) < 0) {
			snprintf(why, sizeof(why), "cannot read %.400s", jpath);
			ok = 0;
		} else {
			ok = match_objects(&t, &want, why, sizeof(why));
			json_free(&want);
		}
		CHECK(ok, "csv-spectrum %s%s%s", names[i], ok ? "" : ": ", why);
		rows_free(&t);
	}
	free_list(names);
}

/* A bad file is rejected when its header is not foo,bar,baz or a read,
 * with rows as wide as the header, fails. */
static int
rejected(const char *path, char *why, size_t whysize)
{
	csv_rows t;
	int bad;

	read_rows(path, 1, &t);
	bad = (t.nrows > 0 || !t.failed) && header_foo_bar_baz(&t, why, whysize) < 0;
	if (!bad && t.failed) {
		snprintf(why, whysize, "%s", t.error);
		bad = 1;
	}
	rows_free(&t);
	return bad;
}

static void
test_csv_test_data(void)
{
	char **names = list_csv(TESTDATA "/csv");
	char path[512], jpath[512], why[512];
	csv_rows t;
	json want;
	size_t i;
	int ok;

	CHECK(names && names[0], "RFC 4180 cases found in " TESTDATA "/csv");
	for (i = 0; names && names[i]; i++) {
		snprintf(path, sizeof(path), TESTDATA "/csv/%s", names[i]);
		strcpy(why, "");
		if (strncmp(names[i], "bad-", 4) == 0) {
			ok = rejected(path, why, sizeof(why));
			CHECK(ok, "rfc4180 %s rejected%s%s", names[i], ok ? ": " : "", why);
			continue;
		}
		json_path(jpath, sizeof(jpath), TESTDATA "/json", names[i]);
		read_rows(path, 0, &t);
		if (t.failed) {
			snprintf(why, sizeof(why), "%s", t.error);
			ok = 0;
		} else if (json_load(jpath, &want) < 0) {
			snprintf(why, sizeof(why), "cannot read %.400s", jpath);
			ok = 0;
		} else {
			if (strncmp(names[i], "header-", 7) == 0)
				ok = header_foo_bar_baz(&t, why, sizeof(why)) == 0 &&
				    match_objects(&t, &want, why, sizeof(why));
			else
				ok = match_arrays(&t, 0, &want, why, sizeof(why));
			json_free(&want);
		}
		CHECK(ok, "rfc4180 %s%s%s", names[i], ok ? "" : ": ", why);
		rows_free(&t);
	}
	free_list(names);
}

int
main(void)
{
	test_spectrum();
	test_csv_test_data();
	return TEST_DONE();
}
