#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "table.h"
#include "test.h"

/* Build a table from one CSV header line; returns asn_table_init's result. */
static int
table_from(const char *header, asn_table *t, char *err, size_t errsize)
{
	asn_csv_reader *r = asn_csv_reader_from_memory(header, strlen(header), "h.csv", 0);
	asn_csv_record rec;
	int rc = -2;

	memset(t, 0, sizeof(*t));
	if (asn_csv_reader_next(r, &rec) == 1)
		rc = asn_table_init(t, &rec, err, errsize);
	asn_csv_reader_free(r);
	return rc;
}

static void
test_find(void)
{
	asn_table t;
	char err[128] = "";

	CHECK_INT(table_from("NIP,Nama,unit kerja,\"Tanggal Lahir\",x\n", &t, err, sizeof(err)), 0,
	    "header accepted");
	CHECK_INT(t.ncols, 5, "five columns");
	CHECK_STR(t.names[1], "Nama", "names kept as given");
	CHECK_STR(t.folded[3], "tanggal lahir", "names folded to lower case");
	CHECK_INT(asn_table_find(&t, "nip"), 0, "lookup ignores case");
	CHECK_INT(asn_table_find(&t, "NAMA"), 1, "lookup in upper case");
	CHECK_INT(asn_table_find(&t, "Unit Kerja"), 2, "lookup of a name with a space");
	CHECK_INT(asn_table_find(&t, "tanggal lahir"), 3, "quoted header name");
	CHECK_INT(asn_table_find(&t, "X"), 4, "last column");
	CHECK_INT(asn_table_find(&t, "unit"), -1, "no prefix match");
	CHECK_INT(asn_table_find(&t, "unit kerja "), 2, "names matched trimmed");
	CHECK_INT(asn_table_find(&t, "  Unit   Kerja"), 2, "inner blanks collapsed");
	CHECK_INT(asn_table_find(&t, "ni"), -1, "shorter name absent");
	CHECK_INT(asn_table_find(&t, "nipx"), -1, "longer name absent");
	CHECK_INT(asn_table_find(&t, ""), -1, "empty name absent");
	asn_table_free(&t);
	CHECK(t.names == NULL && t.ncols == 0, "free clears the table");
	asn_table_free(&t);
	CHECK(1, "free twice is harmless");

	CHECK_INT(table_from("caf\xC3\x89,\xC3\xA9t\xC3\xA9\n", &t, err, sizeof(err)), 0,
	    "UTF-8 header accepted");
	CHECK_INT(asn_table_find(&t, "CAF\xC3\x89"), 0, "ASCII folding leaves other bytes alone");
	CHECK_INT(asn_table_find(&t, "caf\xC3\xA9"), -1, "no folding beyond ASCII");
	asn_table_free(&t);
}

static void
test_errors(void)
{
	asn_table t;
	char err[128];

	strcpy(err, "");
	CHECK_INT(table_from("nip,nama,NIP\n", &t, err, sizeof(err)), -1, "duplicate rejected");
	CHECK_STR(err, "duplicate column 'NIP' (columns 1 and 3)", "duplicate names both columns");
	CHECK(t.names == NULL, "nothing kept after an error");
	CHECK_INT(table_from("a,b,c,b,a\n", &t, err, sizeof(err)), -1, "two duplicates");
	CHECK_STR(err, "duplicate column 'b' (columns 2 and 4)", "first duplicate met is reported");
	CHECK_INT(table_from("a,b,B,b\n", &t, err, sizeof(err)), -1, "three of a name");
	CHECK_STR(err, "duplicate column 'B' (columns 2 and 3)", "first pair of three");
	CHECK_INT(table_from("nip,,nama\n", &t, err, sizeof(err)), -1, "empty name rejected");
	CHECK_STR(err, "empty column name at column 2", "empty name message");
	CHECK_INT(table_from("\n", &t, err, sizeof(err)), -1, "blank header rejected");
	CHECK_STR(err, "empty column name at column 1", "blank header message");
	CHECK_INT(table_from("nip,nama,\n", &t, err, sizeof(err)), -1, "trailing delimiter");
	CHECK_STR(err, "empty column name at column 3", "trailing delimiter message");
	CHECK_INT(table_from("a,a\n", &t, NULL, 0), -1, "error without a buffer");
	CHECK_INT(table_from("abc,ABC\n", &t, err, 10), -1, "error with a small buffer");
	CHECK_STR(err, "duplicate", "message cut to the buffer");
}

static void
test_require(void)
{
	static const char *const want[] = { "unit", "NIP", "jabatan", NULL };
	static const char *const missing[] = { "nip", "golongan", "bidang", NULL };
	asn_table t;
	char err[128];
	int idx[3] = { -9, -9, -9 };

	table_from("nip,nama,jabatan,unit\n", &t, err, sizeof(err));
	CHECK_INT(asn_table_require(&t, want, idx, err, sizeof(err)), 0, "all required present");
	CHECK(idx[0] == 3 && idx[1] == 0 && idx[2] == 2, "indices of required columns");
	CHECK_INT(asn_table_require(&t, missing, idx, err, sizeof(err)), -1, "missing column");
	CHECK_STR(err, "missing required column 'golongan'", "first missing column named");
	CHECK_INT(idx[0], 0, "columns before the missing one found");
	asn_table_free(&t);
}

static void
test_not_utf8(void)
{
	asn_table t;
	char err[128] = "";

	CHECK_INT(table_from("nip,n\xe9ma\n", &t, err, sizeof(err)), -1,
	    "a header name in Latin-1 refused");
	CHECK_STR(err, "column 2: its name is not UTF-8 (save the file as CSV UTF-8)",
	    "named by its column");
	CHECK_INT(table_from("nip,n\xc3\xa9ma\n", &t, err, sizeof(err)), 0,
	    "the same name in UTF-8 read");
	asn_table_free(&t);
}

static void
test_wide(void)
{
	char *header = malloc(20 * 50000 + 16), name[32];
	asn_table t;
	char err[128];
	size_t n = 0, wrong;
	int i;

	for (i = 0; i < 50000; i++)
		n += (size_t)sprintf(header + n, i ? ",c%d" : "c%d", i);
	strcpy(header + n, "\n");
	CHECK_INT(table_from(header, &t, err, sizeof(err)), 0, "50000 columns");
	snprintf(name, sizeof(name), "C%d", 49999);
	CHECK_INT(asn_table_find(&t, name), 49999, "last of 50000 columns found");
	for (i = 0, wrong = 0; i < 50000; i++) {
		snprintf(name, sizeof(name), i % 2 ? "C%d" : " c%d ", i);
		wrong += asn_table_find(&t, name) != i;
	}
	CHECK_INT(wrong, 0, "every one of 50000 columns found by name, any case, blanks around");
	CHECK_INT(asn_table_find(&t, "c50000"), -1, "a name not there, in a wide header");
	asn_table_free(&t);
	strcpy(header + n, ",C17\n");
	CHECK_INT(table_from(header, &t, err, sizeof(err)), -1, "duplicate among 50001 columns");
	CHECK_STR(err, "duplicate column 'C17' (columns 18 and 50001)", "duplicate far apart");
	free(header);
}

int
main(void)
{
	test_find();
	test_errors();
	test_require();
	test_wide();
	test_not_utf8();
	return TEST_DONE();
}
