#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "hash.h"
#include "table.h"
#include "text.h"

static char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int
blank(char c)
{
	return c == ' ' || c == '\t';
}

/* Lower case, blanks trimmed and inner runs of them made one space: a
 * header saved by a spreadsheet as "NIP BARU " or "JABATAN  NAMA" is the
 * same column. */
static size_t
fold_into(const char *s, size_t len, char *f)
{
	size_t i, n = 0;
	int gap = 0;

	for (i = 0; i < len; i++) {
		if (blank(s[i])) {
			gap = n > 0;
			continue;
		}
		if (gap)
			f[n++] = ' ';
		gap = 0;
		f[n++] = lower(s[i]);
	}
	f[n] = '\0';
	return n;
}

static char *
fold(const char *s, size_t len)
{
	char *f = asn_malloc(len + 1);

	fold_into(s, len, f);
	return f;
}

typedef struct {
	const char *folded;
	size_t column;
} column_key;

static int
by_folded_name(const void *a, const void *b)
{
	const column_key *x = a, *y = b;
	int c = strcmp(x->folded, y->folded);

	if (c)
		return c;
	return x->column < y->column ? -1 : x->column > y->column;
}

/*
 * Sorted by name, duplicates in n log n (a header may have thousands of
 * columns); the one reported is the duplicate whose second occurrence
 * comes first, as a reader scanning the header from the left meets it.
 */
static int
find_duplicate(const asn_table *t, size_t *first, size_t *second)
{
	column_key *keys;
	size_t i, group = 0;
	int found = 0;

	if (t->ncols < 2)
		return 0;
	keys = asn_malloc(t->ncols * sizeof(*keys));
	for (i = 0; i < t->ncols; i++) {
		keys[i].folded = t->folded[i];
		keys[i].column = i;
	}
	qsort(keys, t->ncols, sizeof(*keys), by_folded_name);
	for (i = 1; i < t->ncols; i++) {
		if (strcmp(keys[i].folded, keys[group].folded) != 0) {
			group = i;
			continue;
		}
		if (i == group + 1 && (!found || keys[i].column < *second)) {
			*first = keys[group].column;
			*second = keys[i].column;
			found = 1;
		}
	}
	free(keys);
	return found;
}

/* Beyond this many columns names are found through a hash table, so that
 * looking up every column of a header 100,000 wide stays linear. */
enum { WIDE = 32 };

static void
index_names(asn_table *t)
{
	size_t i, j, mask;

	for (t->nslots = 64; t->nslots < 2 * t->ncols; t->nslots *= 2)
		;
	t->slots = asn_calloc(t->nslots, sizeof(*t->slots));
	mask = t->nslots - 1;
	for (i = 0; i < t->ncols; i++) {
		for (j = asn_hash(t->folded[i], strlen(t->folded[i])) & mask; t->slots[j];
		    j = (j + 1) & mask)
			;
		t->slots[j] = i + 1;
	}
}

int
asn_table_init(asn_table *t, const asn_csv_record *header, char *err, size_t errsize)
{
	size_t i, first = 0, second = 0;

	memset(t, 0, sizeof(*t));
	for (i = 0; i < header->nfields; i++) {
		if (header->lengths[i] == 0 || strspn(header->fields[i], " \t") == header->lengths[i])
			return asn_set_error(err, errsize, "empty column name at column %zu", i + 1);
		/* a name goes into outputs and messages: it must be text */
		if (!asn_utf8_valid(header->fields[i], header->lengths[i]))
			return asn_set_error(err, errsize, "column %zu: its name is not UTF-8 (save the "
			    "file as CSV UTF-8)", i + 1);
	}
	t->ncols = header->nfields;
	t->names = asn_malloc((t->ncols ? t->ncols : 1) * sizeof(*t->names));
	t->folded = asn_malloc((t->ncols ? t->ncols : 1) * sizeof(*t->folded));
	for (i = 0; i < t->ncols; i++) {
		t->names[i] = asn_malloc(header->lengths[i] + 1);
		memcpy(t->names[i], header->fields[i], header->lengths[i] + 1);
		t->folded[i] = fold(header->fields[i], header->lengths[i]);
	}
	if (find_duplicate(t, &first, &second)) {
		asn_set_error(err, errsize, "duplicate column '%s' (columns %zu and %zu)",
		    t->names[second], first + 1, second + 1);
		asn_table_free(t);
		return -1;
	}
	if (t->ncols > WIDE)
		index_names(t);
	return 0;
}

void
asn_table_free(asn_table *t)
{
	size_t i;

	if (!t->names)
		return;
	for (i = 0; i < t->ncols; i++) {
		free(t->names[i]);
		free(t->folded[i]);
	}
	free(t->names);
	free(t->folded);
	free(t->slots);
	t->names = t->folded = NULL;
	t->slots = NULL;
	t->ncols = t->nslots = 0;
}

/* name equals folded up to ASCII case. */
static int
same_name(const char *name, const char *folded)
{
	for (; *name && lower(*name) == *folded; name++, folded++)
		;
	return *name == '\0' && *folded == '\0';
}

int
asn_table_find(const asn_table *t, const char *name)
{
	char buf[256], *folded = buf;
	size_t i, len = strlen(name), mask;
	int found = -1;

	if (len >= sizeof buf)
		folded = asn_malloc(len + 1);
	len = fold_into(name, len, folded);
	if (t->slots) {
		mask = t->nslots - 1;
		for (i = asn_hash(folded, len) & mask; t->slots[i]; i = (i + 1) & mask)
			if (strcmp(t->folded[t->slots[i] - 1], folded) == 0) {
				found = (int)(t->slots[i] - 1);
				break;
			}
	} else {
		for (i = 0; i < t->ncols && found < 0; i++)
			if (same_name(folded, t->folded[i]))
				found = (int)i;
	}
	if (folded != buf)
		free(folded);
	return found;
}

int
asn_table_require(const asn_table *t, const char *const *names, int *idx,
    char *err, size_t errsize)
{
	size_t i;

	for (i = 0; names[i]; i++)
		if ((idx[i] = asn_table_find(t, names[i])) < 0)
			return asn_set_error(err, errsize, "missing required column '%s'",
			    names[i]);
	return 0;
}

int
asn_table_read_header(asn_table *t, asn_csv_reader *r, char *err, size_t errsize)
{
	asn_csv_record rec;
	char why[512];
	int rc;

	memset(t, 0, sizeof(*t));
	rc = asn_csv_reader_next(r, &rec);
	if (rc < 0) {
		snprintf(err, errsize, "%s", asn_csv_reader_error(r));
		return -1;
	}
	if (rc == 0) {
		asn_set_error(err, errsize, "%s: empty input (no header row)", asn_csv_reader_name(r));
		return -1;
	}
	if (asn_table_init(t, &rec, why, sizeof(why)) != 0) {
		snprintf(err, errsize, "%s:%ld: %s", asn_csv_reader_name(r), rec.line, why);
		return -1;
	}
	asn_csv_reader_expect_fields(r, t->ncols);
	return 0;
}
