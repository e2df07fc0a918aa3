#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "export.h"

/* A copy of a record's fields that outlives the reader's next call. */
typedef struct {
	char *text, **fields;
	size_t *lengths, nfields;
	long line;
} kept_record;

static void keep(kept_record *k, const asn_csv_record *rec)
{
	size_t i, size = 0;

	for (i = 0; i < rec->nfields; i++)
		size += rec->lengths[i] + 1;
	k->text = asn_malloc(size ? size : 1);
	k->fields = asn_calloc(rec->nfields + 1, sizeof *k->fields);
	k->lengths = asn_calloc(rec->nfields + 1, sizeof *k->lengths);
	for (size = 0, i = 0; i < rec->nfields; i++) {
		memcpy(k->text + size, rec->fields[i], rec->lengths[i] + 1);
		k->fields[i] = k->text + size;
		k->lengths[i] = rec->lengths[i];
		size += rec->lengths[i] + 1;
	}
	k->nfields = rec->nfields;
	k->line = rec->line;
}

static void forget(kept_record *k)
{
	free(k->text);
	free(k->fields);
	free(k->lengths);
}

int asn_export_find_header(asn_csv_reader *rd, long skip, long max, asn_export_header_test *test,
                           void *ctx, asn_table *table, long *title_lines, char *err,
                           size_t errsize)
{
	asn_csv_record rec, head;
	kept_record first = { NULL, NULL, NULL, 0, 0 };
	char why[1024];
	size_t ncols = 0;
	long skipped = 0;
	int rc, found = 0, status = -1;

	while ((rc = asn_csv_reader_next(rd, &rec)) > 0) {
		if (skip >= 0 ? skipped == skip : test(ctx, &rec, &ncols)) {
			found = 1;
			break;
		}
		/* kept: with no header further down, its faults are the ones told */
		if (skipped == 0)
			keep(&first, &rec);
		if (++skipped >= max && skip < 0)
			break;
	}
	if (!found && rc < 0 && !first.text) {
		snprintf(err, errsize, "%s", asn_csv_reader_error(rd));
		return -1;
	}
	if (!found && !first.text) {
		asn_set_error(err, errsize, "%s: empty input (no header row)", asn_csv_reader_name(rd));
		return -1;
	}
	if (found) {
		head = rec;
		if (skip >= 0)
			test(ctx, &rec, &ncols);
		head.nfields = ncols;
		*title_lines = skipped;
	} else {
		head.fields = first.fields;
		head.lengths = first.lengths;
		head.nfields = first.nfields;
		head.line = head.end_line = first.line;
		rec = head;
		*title_lines = 0;
	}
	if (asn_table_init(table, &head, why, sizeof why) != 0) {
		snprintf(err, errsize, "%s:%ld: %s", asn_csv_reader_name(rd), head.line, why);
	} else {
		asn_csv_reader_expect_fields(rd, rec.nfields);
		status = 0;
	}
	forget(&first);
	return status;
}

int asn_export_next(asn_csv_reader *rd, asn_csv_record *rec, const char **why, long *line)
{
	const char *e, *name = asn_csv_reader_name(rd), *p;
	int rc = asn_csv_reader_next(rd, rec);
	char *end;
	long l;

	if (rc >= 0)
		return rc;
	e = asn_csv_reader_error(rd);
	*why = e;
	*line = rec->line;
	/* "name:line:col: text": the text, and the line when no record is left */
	if (strncmp(e, name, strlen(name)) == 0) {
		p = e + strlen(name);
		if (*p == ':' && (l = strtol(p + 1, &end, 10)) > 0 && *end == ':') {
			if (!rec->nfields)
				*line = l;
			end = strchr(end + 1, ':');
			if (end && end[1] == ' ')
				*why = end + 2;
		}
	}
	if (rec->nfields)
		return 2;
	/* the reason must outlive the resync, which clears the message */
	return asn_csv_reader_resync(rd) == 0 ? 2 : -1;
}
