#include <stdio.h>
#include <string.h>

#include "numfmt.h"
#include "report.h"
#include "report_block.h"
#include "test.h"

static void table(void)
{
	report_table t;
	char cell[16];
	size_t i;

	report_table_init(&t, "Caption");
	report_table_col(&t, "Unit", REPORT_COL_FLEX);
	report_table_col(&t, "Jumlah", REPORT_COL_NUMERIC);
	report_table_col(&t, "Catatan", 0);
	CHECK_STR(t.caption, "Caption", "caption kept");
	CHECK_INT(t.ncols, 3, "three columns");
	CHECK_INT(t.flags[1], REPORT_COL_NUMERIC, "column flags kept");

	report_table_row(&t, 0);
	report_table_cell(&t, "Dinas Kesehatan");
	report_table_cell(&t, "12");
	report_table_row(&t, REPORT_ROW_TOTAL);
	report_table_cell(&t, "");
	report_table_cell(&t, NULL);
	report_table_cell(&t, "x");
	report_table_cell(&t, "beyond the last column");
	CHECK_INT(t.nrows, 2, "two rows");
	CHECK_STR(report_table_get(&t, 0, 0), "Dinas Kesehatan", "first cell");
	CHECK_STR(report_table_get(&t, 0, 1), "12", "second cell");
	CHECK_STR(report_table_get(&t, 0, 2), "", "a cell not given is empty");
	CHECK_STR(report_table_get(&t, 1, 0), "", "an empty text is an empty cell");
	CHECK_STR(report_table_get(&t, 1, 1), "", "NULL is an empty cell");
	CHECK_STR(report_table_get(&t, 1, 2), "x", "a cell after empty ones in its column");
	CHECK_INT(t.row_flags[0], 0, "plain row");
	CHECK_INT(t.row_flags[1], REPORT_ROW_TOTAL, "total row");
	report_table_free(&t);

	report_table_init(&t, NULL);
	for (i = 0; i < REPORT_MAXCOLS + 2; i++)
		report_table_col(&t, "c", 0);
	CHECK_INT(t.ncols, REPORT_MAXCOLS, "columns beyond REPORT_MAXCOLS are left out");
	for (i = 0; i < 100; i++) {
		snprintf(cell, sizeof cell, "r%zu", i);
		report_table_row(&t, 0);
		report_table_cell(&t, cell);
		report_table_cell(&t, cell + 1);
	}
	CHECK_INT(t.nrows, 100, "rows past the first allocation");
	CHECK_STR(report_table_get(&t, 0, 0), "r0", "first row kept as the table grows");
	CHECK_STR(report_table_get(&t, 99, 1), "99", "last row");
	CHECK_STR(report_table_get(&t, 57, REPORT_MAXCOLS - 1), "", "last column empty");
	report_table_free(&t);
}

static void sink(void)
{
	asn_report_options opt;
	report_sink s;

	memset(&opt, 0, sizeof opt);
	opt.lang = ASN_REPORT_ID;
	report_sink_init(&s, stdout, &opt);
	CHECK(s.f == stdout && s.opt == &opt, "stream and options kept");
	CHECK(s.nf == &asn_numfmt_id, "Indonesian number format");
	CHECK_STR(s.labels[LB_PREVIOUS], "Bulan lalu", "Indonesian labels");
	CHECK(s.begin == NULL && s.table == NULL && !s.section_open, "no format yet");
	opt.lang = ASN_REPORT_EN;
	report_sink_init(&s, stdout, &opt);
	CHECK(s.nf == &asn_numfmt_en, "English number format");
	CHECK_STR(s.labels[LB_START], "Start", "English labels");
}

static void cards(void)
{
	asn_report_options opt;
	report_card c[2] = {
		{ "Pegawai aktif", "1.234", "PNS 1.000", NULL, NULL },
		{ "Kebutuhan", "1.500", NULL, NULL, NULL },
	};
	report_sink s;
	report_table t;

	memset(&opt, 0, sizeof opt);
	report_sink_init(&s, stdout, &opt);
	report_cards_table(&s, c, 2, &t);
	CHECK_INT(t.ncols, 2, "no previous month: indicator and value");
	CHECK_STR(t.head[0], "Indikator", "heads from the sink's labels");
	CHECK_INT(t.flags[1], REPORT_COL_NUMERIC, "value right-aligned");
	CHECK_INT(t.nrows, 2, "a row per card");
	CHECK_STR(report_table_get(&t, 1, 1), "1.500", "value of the second card");
	report_table_free(&t);

	c[0].previous = "1.200";
	c[0].change = "+34";
	report_cards_table(&s, c, 2, &t);
	CHECK_INT(t.ncols, 4, "a previous month: its value and the change");
	CHECK_STR(t.head[3], "Perubahan", "change column");
	CHECK_STR(report_table_get(&t, 0, 3), "+34", "change of the first card");
	CHECK_STR(report_table_get(&t, 1, 2), "", "a card without last month's value");
	report_table_free(&t);
}

int main(void)
{
	table();
	sink();
	cards();
	return TEST_DONE();
}
