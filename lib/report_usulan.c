/* The submission of asn-forecast --usulan (the totals per year, PNS and
 * PPPK, the jabatan asking for the most) and the largest shortages of the
 * gap table keyed by subunit: the readers and the sections together. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "report_field.h"
#include "report_model.h"
#include "report_rows.h"
#include "report_sections.h"

/* ---- asn-forecast --usulan ---- */

enum { US_JABATAN, US_KUALIFIKASI, US_JUMLAH, US_PNS, US_PPPK, US_YEAR0 };

/* The jumlah_YYYY columns, as many as in->col has room for. */
void report_usulan_columns(asn_report_data *d, report_input *in)
{
	static const char *const names[US_YEAR0] = {
		"jabatan", "kualifikasi_pendidikan", "jumlah", "pns", "pppk"
	};
	report_usulan *u = &d->usulan;
	const char *name;
	char *end;
	long year;
	size_t i;
	int k;

	for (k = 0; k < US_YEAR0; k++)
		in->col[k] = asn_table_find(&in->table, names[k]);
	for (i = 0; i < in->table.ncols; i++) {
		name = in->table.names[i];
		if (strncasecmp(name, "jumlah_", 7) != 0 || u->nyears == REPORT_USULAN_YEARS ||
		    US_YEAR0 + u->nyears >= sizeof in->col / sizeof in->col[0])
			continue;
		year = strtol(name + 7, &end, 10);
		if (*end || year < 1900 || year > 2199)
			continue;
		u->tahun[u->nyears] = (int)year;
		in->col[US_YEAR0 + u->nyears++] = (int)i;
	}
}

int report_usulan_row(asn_report_data *d, report_input *in, const asn_csv_record *rec)
{
	report_usulan *u = &d->usulan;
	double jumlah, pns, pppk, year[REPORT_USULAN_YEARS];
	report_count *j;
	char *name;
	size_t i;

	if (!*report_field(rec, in->col[US_JABATAN]))
		return report_reject(in, "jabatan is empty");
	if (report_number(in, rec, in->col[US_JUMLAH], 0, &REPORT_COUNT, &jumlah) ||
	    report_number(in, rec, in->col[US_PNS], 0, &REPORT_COUNT, &pns) ||
	    report_number(in, rec, in->col[US_PPPK], 0, &REPORT_COUNT, &pppk))
		return -1;
	for (i = 0; i < u->nyears; i++)
		if (report_number(in, rec, in->col[US_YEAR0 + i], 0, &REPORT_COUNT, &year[i]))
			return -1;
	if (fabs(pns + pppk - jumlah) > 1e-6)
		return report_reject(in, "pns + pppk is not jumlah (%s + %s, %s)",
		                     report_field(rec, in->col[US_PNS]),
		                     report_field(rec, in->col[US_PPPK]),
		                     report_field(rec, in->col[US_JUMLAH]));
	for (i = 0; i < u->nyears; i++)
		u->per_tahun[i] += year[i];
	u->jumlah += jumlah;
	u->pns += pns;
	u->pppk += pppk;
	u->rows++;
	name = report_clean_field(rec, in->col[US_JABATAN]);
	j = report_count_of(&u->jabatan, name);
	free(name);
	j->n += jumlah;
	/* the first kualifikasi given: a jabatan asks for the same everywhere */
	if (!j->extra && *report_field(rec, in->col[US_KUALIFIKASI]))
		j->extra = report_clean_field(rec, in->col[US_KUALIFIKASI]);
	return 0;
}

void report_usulan_free(report_usulan *u)
{
	report_counts_free(&u->jabatan);
}

static void usulan_years(const report_builder *b)
{
	const report_usulan *u = &b->cur->usulan;
	char n[NUM], year[16];
	report_table t;
	size_t i;

	report_table_init(&t, tx(b, T_US_YEARS));
	report_table_col(&t, tx(b, T_YEAR), 0);
	report_table_col(&t, tx(b, T_US_JUMLAH), REPORT_COL_NUMERIC);
	for (i = 0; i < u->nyears; i++) {
		snprintf(year, sizeof year, "%d", u->tahun[i]);
		report_table_row(&t, 0);
		report_table_cell(&t, year);
		report_table_cell(&t, num(b, u->per_tahun[i], n));
	}
	report_table_row(&t, REPORT_ROW_TOTAL);
	report_table_cell(&t, tx(b, T_TOTAL));
	report_table_cell(&t, num(b, u->jumlah, n));
	b->s->table(b->s, &t);
	report_table_free(&t);

	report_table_init(&t, NULL);
	report_table_col(&t, tx(b, T_STATUS), 0);
	report_table_col(&t, tx(b, T_US_JUMLAH), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_SHARE), REPORT_COL_NUMERIC);
	report_table_row(&t, 0);
	report_table_cell(&t, "PNS");
	report_table_cell(&t, num(b, u->pns, n));
	report_table_cell(&t, percent(b, u->pns, u->jumlah, n));
	report_table_row(&t, 0);
	report_table_cell(&t, "PPPK");
	report_table_cell(&t, num(b, u->pppk, n));
	report_table_cell(&t, percent(b, u->pppk, u->jumlah, n));
	b->s->table(b->s, &t);
	report_table_free(&t);
}

static void usulan_top(const report_builder *b)
{
	const report_usulan *u = &b->cur->usulan;
	const report_count **all = report_counts_sorted(&u->jabatan);
	char n[NUM];
	report_table t;
	size_t i;

	report_table_init(&t, tx(b, T_US_TOP));
	report_table_col(&t, tx(b, T_JABATAN), REPORT_COL_FLEX);
	report_table_col(&t, tx(b, T_US_KUALIFIKASI), REPORT_COL_FLEX);
	report_table_col(&t, tx(b, T_US_JUMLAH), REPORT_COL_NUMERIC);
	for (i = 0; i < u->jabatan.n && i < REPORT_USULAN_TOP && all[i]->n > 0; i++) {
		report_table_row(&t, 0);
		report_table_cell(&t, all[i]->name);
		report_table_cell(&t, all[i]->extra ? all[i]->extra : "");
		report_table_cell(&t, num(b, all[i]->n, n));
	}
	b->s->table(b->s, &t);
	report_table_free(&t);
	free(all);
}

void report_section_usulan(const report_builder *b)
{
	const report_usulan *u = &b->cur->usulan;
	char n[4][NUM];

	b->s->section(b->s, "usulan", tx(b, T_US));
	if (u->rows == 0) {
		report_para(b, "%s %s: %s", tx(b, T_SOURCES), u->source, tx(b, T_NO_ROWS));
		return;
	}
	report_para(b, tx(b, T_US_PARA), num(b, u->jumlah, n[0]), num(b, (double)u->jabatan.n, n[1]),
	            num(b, u->pns, n[2]), num(b, u->pppk, n[3]), u->source);
	usulan_years(b);
	if (u->jumlah > 0)
		usulan_top(b);
	else
		report_para(b, "%s", tx(b, T_US_NONE));
}

/* ---- asn-gap --by unit,subunit,jabatan ---- */

enum { GS_UNIT, GS_SUBUNIT, GS_JABATAN, GS_KEBUTUHAN, GS_BEZETTING, GS_SELISIH, GS_NCOLS };

void report_gapsub_columns(asn_report_data *d, report_input *in)
{
	static const char *const names[GS_NCOLS] = {
		"unit", "subunit", "jabatan", "kebutuhan", "bezetting", "selisih"
	};
	int i;

	(void)d;
	for (i = 0; i < GS_NCOLS; i++)
		in->col[i] = asn_table_find(&in->table, names[i]);
}

/* asn-gap --total's row: a key saying so, not a subunit. */
static int total_row(const report_input *in, const asn_csv_record *rec)
{
	static const char *const totals[] = { "total", "jumlah", "(total)", "(jumlah)" };
	size_t i;
	int k;

	for (k = GS_UNIT; k <= GS_JABATAN; k++)
		for (i = 0; i < sizeof totals / sizeof totals[0]; i++)
			if (strcasecmp(report_field(rec, in->col[k]), totals[i]) == 0)
				return 1;
	return 0;
}

/* Most short first, then by name, so that ties keep one order. */
static int before(const report_subunit_row *a, const report_subunit_row *b)
{
	int c;

	if (a->selisih != b->selisih)
		return a->selisih < b->selisih;
	if ((c = strcmp(a->unit, b->unit)) != 0)
		return c < 0;
	if ((c = strcmp(a->subunit, b->subunit)) != 0)
		return c < 0;
	return strcmp(a->jabatan, b->jabatan) < 0;
}

/* Keeps the row when it is among the REPORT_SUBUNIT_TOP largest. */
static void keep_top(report_gap_subunit *g, const report_input *in, const asn_csv_record *rec,
                     const report_subunit_row *row)
{
	report_subunit_row r = *row;
	char *parts[3];
	size_t len[3], i, at;

	/* most rows are not short enough: no copy of their names */
	if (g->ntop == REPORT_SUBUNIT_TOP && r.selisih > g->top[g->ntop - 1].selisih)
		return;
	for (i = 0; i < 3; i++) {
		parts[i] = report_clean_field(rec, in->col[GS_UNIT + i]);
		len[i] = strlen(parts[i]) + 1;
	}
	r.unit = asn_malloc(len[0] + len[1] + len[2]);
	r.subunit = r.unit + len[0];
	r.jabatan = r.subunit + len[1];
	memcpy(r.unit, parts[0], len[0]);
	memcpy(r.subunit, parts[1], len[1]);
	memcpy(r.jabatan, parts[2], len[2]);
	for (i = 0; i < 3; i++)
		free(parts[i]);
	if (g->ntop == REPORT_SUBUNIT_TOP && !before(&r, &g->top[g->ntop - 1])) {
		free(r.unit);
		return;
	}
	if (g->ntop == REPORT_SUBUNIT_TOP)
		free(g->top[--g->ntop].unit);
	for (at = g->ntop; at > 0 && before(&r, &g->top[at - 1]); at--)
		g->top[at] = g->top[at - 1];
	g->top[at] = r;
	g->ntop++;
}

int report_gapsub_row(asn_report_data *d, report_input *in, const asn_csv_record *rec)
{
	report_gap_subunit *g = &d->gapsub;
	report_subunit_row row;
	char *key;
	size_t n;

	if (total_row(in, rec))
		return 0;
	if (!*report_field(rec, in->col[GS_SUBUNIT]))
		return report_reject(in, "subunit is empty");
	if (report_number(in, rec, in->col[GS_KEBUTUHAN], 1, &REPORT_COUNT, &row.kebutuhan) ||
	    report_number(in, rec, in->col[GS_BEZETTING], 0, &REPORT_COUNT, &row.bezetting) ||
	    report_number(in, rec, in->col[GS_SELISIH], 1, &REPORT_SIGNED, &row.selisih))
		return -1;
	if (isnan(row.kebutuhan))
		row.kebutuhan = 0;
	if (isnan(row.selisih))
		row.selisih = row.bezetting - row.kebutuhan;
	g->rows++;
	if (row.selisih >= 0)
		return 0;
	g->rows_kurang++;
	g->kurang -= row.selisih;
	/* a subunit's name may recur in another unit (Puskesmas Kota) */
	n = strlen(report_field(rec, in->col[GS_UNIT])) + strlen(report_field(rec, in->col[GS_SUBUNIT]));
	key = asn_malloc(n + 2);
	snprintf(key, n + 2, "%s\n%s", report_field(rec, in->col[GS_UNIT]),
	         report_field(rec, in->col[GS_SUBUNIT]));
	report_count_of(&g->subunit, key)->n -= row.selisih;
	free(key);
	row.unit = row.subunit = row.jabatan = NULL;
	keep_top(g, in, rec, &row);
	return 0;
}

void report_gapsub_free(report_gap_subunit *g)
{
	size_t i;

	for (i = 0; i < g->ntop; i++)
		free(g->top[i].unit);
	report_counts_free(&g->subunit);
}

void report_section_gapsub(const report_builder *b)
{
	const report_gap_subunit *g = &b->cur->gapsub;
	char n[4][NUM];
	report_table t;
	size_t i;

	b->s->section(b->s, "kekurangan-subunit", tx(b, T_GS));
	if (g->rows == 0) {
		report_para(b, "%s %s: %s", tx(b, T_SOURCES), g->source, tx(b, T_NO_ROWS));
		return;
	}
	if (g->rows_kurang == 0) {
		report_para(b, tx(b, T_GS_NONE), num(b, (double)g->rows, n[0]), g->source);
		return;
	}
	report_para(b, tx(b, T_GS_PARA), num(b, g->kurang, n[0]), num(b, (double)g->rows_kurang, n[1]),
	            num(b, (double)g->subunit.n, n[2]), num(b, (double)g->ntop, n[3]), g->source);
	report_table_init(&t, NULL);
	report_table_col(&t, tx(b, T_UNIT), REPORT_COL_FLEX);
	report_table_col(&t, tx(b, T_GS_SUBUNIT), REPORT_COL_FLEX);
	report_table_col(&t, tx(b, T_JABATAN), REPORT_COL_FLEX);
	report_table_col(&t, tx(b, T_KEBUTUHAN), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_BEZETTING), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_SELISIH), REPORT_COL_NUMERIC);
	for (i = 0; i < g->ntop; i++) {
		report_table_row(&t, 0);
		report_table_cell(&t, g->top[i].unit);
		report_table_cell(&t, g->top[i].subunit);
		report_table_cell(&t, g->top[i].jabatan);
		report_table_cell(&t, num(b, g->top[i].kebutuhan, n[0]));
		report_table_cell(&t, num(b, g->top[i].bezetting, n[0]));
		report_table_cell(&t, num(b, g->top[i].selisih, n[0]));
	}
	b->s->table(b->s, &t);
	report_table_free(&t);
}
