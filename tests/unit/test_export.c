/* lib/export: the header below title lines, a broken line passed over. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "export.h"
#include "test.h"

/* A header is a record whose first field is "nip". */
static int is_header(void *ctx, const asn_csv_record *rec, size_t *ncols)
{
	(*(int *)ctx)++;
	*ncols = rec->nfields;
	return strcmp(rec->fields[0], "nip") == 0;
}

static int find(const char *text, long skip, asn_table *t, long *title, char *err, size_t size)
{
	asn_csv_reader *rd = asn_csv_reader_from_memory(text, strlen(text), "x.csv", 0);
	int calls = 0, rc;

	memset(t, 0, sizeof *t);
	rc = asn_export_find_header(rd, skip, 30, is_header, &calls, t, title, err, size);
	asn_csv_reader_free(rd);
	return rc;
}

static void test_header(void)
{
	asn_table t;
	long title = -1;
	char err[256] = "";

	CHECK_INT(find("DAFTAR NOMINATIF\nPeriode 2026\nnip,nama\n1,A\n", -1, &t, &title, err,
	               sizeof err), 0, "the header below two title lines");
	CHECK_INT(title, 2, "two title lines");
	CHECK_INT(t.ncols, 2, "its columns");
	asn_table_free(&t);
	CHECK_INT(find("a,b\nnip,nama\n", 0, &t, &title, err, sizeof err), 0,
	          "--skip-lines 0: the first line, whatever it is");
	CHECK_STR(t.names[0], "a", "the first line as header");
	asn_table_free(&t);
	CHECK_INT(find("x,y\n1,2\n", -1, &t, &title, err, sizeof err), 0,
	          "no header found: the first line is taken");
	CHECK_STR(t.names[1], "y", "its columns");
	asn_table_free(&t);
	CHECK_INT(find("", -1, &t, &title, err, sizeof err), -1, "empty input");
	CHECK_STR(err, "x.csv: empty input (no header row)", "told as such");
	CHECK_INT(find("nip,nip\n", -1, &t, &title, err, sizeof err), -1, "a duplicate column");
	CHECK(strncmp(err, "x.csv:1: duplicate column", 25) == 0, "named with its line: %s", err);
}

static void test_next(void)
{
	const char text[] = "a,b\n1,2\n3,\"x\"y\n5,6\n";
	asn_csv_reader *rd = asn_csv_reader_from_memory(text, sizeof text - 1, "x.csv", 0);
	asn_csv_record rec;
	const char *why = NULL;
	long line = 0;

	CHECK_INT(asn_export_next(rd, &rec, &why, &line), 1, "header");
	CHECK_INT(asn_export_next(rd, &rec, &why, &line), 1, "a good row");
	CHECK_INT(asn_export_next(rd, &rec, &why, &line), 2, "a broken row");
	CHECK_INT(line, 3, "on line 3");
	CHECK(why && strncmp(why, "malformed quoted field", 22) == 0, "the reason alone");
	CHECK_INT(asn_export_next(rd, &rec, &why, &line), 1, "reading goes on");
	CHECK_STR(rec.fields[0], "5", "at the next line");
	CHECK_INT(asn_export_next(rd, &rec, &why, &line), 0, "the end");
	asn_csv_reader_free(rd);
}

int main(void)
{
	asn_cli_init("test_export");
	test_header();
	test_next();
	return TEST_DONE();
}
