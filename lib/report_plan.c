/* The plan: need against staff per unit (asn-gap) and the headcount to
 * come (asn-forecast). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "report_model.h"
#include "report_sections.h"

#define CHART_UNITS 30  /* units drawn in the gap chart; the table has all */

static int by_shortage(const void *x, const void *y)
{
	const report_gap_unit *a = *(const report_gap_unit *const *)x;
	const report_gap_unit *b = *(const report_gap_unit *const *)y;

	if (a->kurang != b->kurang)
		return a->kurang > b->kurang ? -1 : 1;
	if (a->lebih != b->lebih)
		return a->lebih > b->lebih ? -1 : 1;
	return strcmp(a->name, b->name);
}

static int by_unit_name(const void *x, const void *y)
{
	const report_gap_unit *a = *(const report_gap_unit *const *)x;
	const report_gap_unit *b = *(const report_gap_unit *const *)y;

	return strcmp(a->name, b->name);
}

static const report_gap_unit *find_unit(const report_gap_unit *const *sorted, size_t n,
                                        const char *name)
{
	size_t lo = 0, hi = n, mid;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = strcmp(name, sorted[mid]->name);
		if (c == 0)
			return sorted[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

static void gap_chart(const report_builder *b, const report_gap_unit *const *units,
                      size_t n, const char *group)
{
	size_t shown = n < CHART_UNITS ? n : CHART_UNITS, i;
	const char **labels = asn_calloc(shown, sizeof *labels);
	double *kurang = asn_calloc(shown, sizeof *kurang);
	double *lebih = asn_calloc(shown, sizeof *lebih);
	char title[200], note[400], n1[NUM], n2[NUM];
	report_chart c;

	for (i = 0; i < shown; i++) {
		labels[i] = units[i]->name[0] ? units[i]->name : tx(b, T_NO_GROUP);
		kurang[i] = units[i]->kurang;
		lebih[i] = units[i]->lebih;
	}
	snprintf(title, sizeof title, tx(b, T_GAP_CHART), group);
	memset(&c, 0, sizeof c);
	c.type = REPORT_CHART_DIVERGING;
	c.title = title;
	c.n = shown;
	c.labels = labels;
	c.a = kurang;
	c.b = lebih;
	c.legend_a = tx(b, T_SHORTAGE);
	c.legend_b = tx(b, T_SURPLUS);
	if (shown < n) {
		snprintf(note, sizeof note, tx(b, T_CHART_CAP), num(b, (double)shown, n1),
		         num(b, (double)n, n2), group);
		c.note = note;
	}
	if (shown)
		b->s->chart(b->s, &c);
	free(labels);
	free(kurang);
	free(lebih);
}

void report_section_gap(const report_builder *b)
{
	const report_gap *g = &b->cur->gap;
	const report_gap *pg = b->prev && b->prev->gap.present ? &b->prev->gap : NULL;
	const report_gap_unit **units, **prev_units = NULL, *pu;
	const char *group = g->group_column ? g->group_column : tx(b, T_UNIT);
	char title[200], n[8][NUM], head[80];
	report_table t;
	double prev_total = 0;
	size_t i;
	int opt = pg ? REPORT_COL_OPTIONAL : 0;

	units = asn_calloc(g->nunits, sizeof *units);
	for (i = 0; i < g->nunits; i++)
		units[i] = &g->units[i];
	if (g->nunits)
		qsort(units, g->nunits, sizeof *units, by_shortage);
	if (pg) {
		prev_units = asn_calloc(pg->nunits, sizeof *prev_units);
		for (i = 0; i < pg->nunits; i++)
			prev_units[i] = &pg->units[i];
		if (pg->nunits)
			qsort(prev_units, pg->nunits, sizeof *prev_units, by_unit_name);
	}

	if (!g->group_column || strcasecmp(g->group_column, "unit") == 0)
		snprintf(title, sizeof title, "%s", tx(b, T_GAP));
	else
		snprintf(title, sizeof title, tx(b, T_GAP_BY), g->group_column);
	b->s->section(b->s, "kebutuhan", title);
	if (g->rows == 0) {
		report_para(b, "%s %s: %s", tx(b, T_SOURCES), g->source, tx(b, T_NO_ROWS));
		free(units);
		free(prev_units);
		return;
	}
	report_para(b, tx(b, T_GAP_PARA), num(b, g->rows, n[0]), num(b, g->nunits, n[1]), group,
	     num(b, g->kebutuhan, n[2]), num(b, g->bezetting, n[3]), num(b, g->kurang, n[4]),
	     num(b, g->rows_kurang, n[5]), num(b, g->lebih, n[6]), num(b, g->rows_lebih, n[7]),
	     g->source);
	gap_chart(b, units, g->nunits, group);

	snprintf(head, sizeof head, "%s", group);
	if (head[0] >= 'a' && head[0] <= 'z')
		head[0] = (char)(head[0] - 'a' + 'A');
	report_table_init(&t, NULL);
	report_table_col(&t, head, REPORT_COL_FLEX);
	report_table_col(&t, tx(b, T_KEBUTUHAN), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_BEZETTING), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_SELISIH), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_KURANG), REPORT_COL_NUMERIC | opt);
	report_table_col(&t, tx(b, T_LEBIH), REPORT_COL_NUMERIC | opt);
	if (pg) {
		report_table_col(&t, tx(b, T_BEZ_PREV), REPORT_COL_NUMERIC);
		report_table_col(&t, tx(b, T_PERUBAHAN), REPORT_COL_NUMERIC);
	}
	for (i = 0; i < g->nunits; i++) {
		report_table_row(&t, 0);
		report_table_cell(&t, units[i]->name[0] ? units[i]->name : tx(b, T_NO_GROUP));
		report_table_cell(&t, num(b, units[i]->kebutuhan, n[0]));
		report_table_cell(&t, num(b, units[i]->bezetting, n[0]));
		report_table_cell(&t, change(b, units[i]->selisih, n[0]));
		report_table_cell(&t, units[i]->kurang ? num(b, units[i]->kurang, n[0]) : "");
		report_table_cell(&t, units[i]->lebih ? num(b, units[i]->lebih, n[0]) : "");
		if (pg) {
			pu = find_unit(prev_units, pg->nunits, units[i]->name);
			report_table_cell(&t, pu ? num(b, pu->bezetting, n[0]) : "");
			report_table_cell(&t, pu ? change(b, units[i]->bezetting - pu->bezetting, n[0])
			                         : "");
		}
	}
	report_table_row(&t, REPORT_ROW_TOTAL);
	report_table_cell(&t, tx(b, T_TOTAL));
	report_table_cell(&t, num(b, g->kebutuhan, n[0]));
	report_table_cell(&t, num(b, g->bezetting, n[0]));
	report_table_cell(&t, change(b, g->bezetting - g->kebutuhan, n[0]));
	report_table_cell(&t, num(b, g->kurang, n[0]));
	report_table_cell(&t, num(b, g->lebih, n[0]));
	if (pg) {
		prev_total = pg->bezetting;
		report_table_cell(&t, num(b, prev_total, n[0]));
		report_table_cell(&t, change(b, g->bezetting - prev_total, n[0]));
	}
	b->s->table(b->s, &t);
	report_table_free(&t);
	report_gap_jabatan(b);
	free(units);
	free(prev_units);
}

static int by_year(const void *x, const void *y)
{
	const report_year *a = x, *b = y;

	return (a->tahun > b->tahun) - (a->tahun < b->tahun);
}

static void forecast_charts(const report_builder *b, const report_year *years, size_t n,
                            int band, int need)
{
	const char **labels = asn_calloc(n + 1, sizeof *labels);
	char (*names)[12] = asn_calloc(n + 1, sizeof *names);
	double *line = asn_calloc(n + 1, sizeof *line), *lo = asn_calloc(n + 1, sizeof *lo);
	double *hi = asn_calloc(n + 1, sizeof *hi), *keb = asn_calloc(n + 1, sizeof *keb);
	double *pensiun = asn_calloc(n, sizeof *pensiun);
	report_chart c;
	size_t i;

	/* the first point is the start of the first year */
	labels[0] = b->s->labels[LB_START];
	line[0] = lo[0] = hi[0] = years[0].awal;
	keb[0] = need && years[0].n_kebutuhan ? years[0].kebutuhan : NAN;
	for (i = 0; i < n; i++) {
		snprintf(names[i + 1], sizeof names[0], "%d", years[i].tahun);
		labels[i + 1] = names[i + 1];
		line[i + 1] = years[i].akhir;
		lo[i + 1] = band && years[i].n_lo ? years[i].lo : NAN;
		hi[i + 1] = band && years[i].n_hi ? years[i].hi : NAN;
		keb[i + 1] = need && years[i].n_kebutuhan ? years[i].kebutuhan : NAN;
		pensiun[i] = years[i].pensiun;
	}
	memset(&c, 0, sizeof c);
	c.type = REPORT_CHART_LINE;
	c.title = tx(b, T_FC_CHART);
	c.n = n + 1;
	c.labels = labels;
	c.a = line;
	c.b = band ? lo : NULL;
	c.c = band ? hi : NULL;
	c.d = need ? keb : NULL;
	c.legend_a = tx(b, T_FC_LINE);
	c.legend_b = tx(b, T_FC_BAND);
	c.legend_d = tx(b, T_FC_NEED);
	b->s->chart(b->s, &c);

	memset(&c, 0, sizeof c);
	c.type = REPORT_CHART_COLUMNS;
	c.title = tx(b, T_FC_RETIRE_CHART);
	c.n = n;
	c.labels = labels + 1;
	c.a = pensiun;
	b->s->chart(b->s, &c);
	free(labels);
	free(names);
	free(line);
	free(lo);
	free(hi);
	free(keb);
	free(pensiun);
}

void report_section_forecast(const report_builder *b)
{
	const report_forecast *fc = &b->cur->forecast;
	report_year *years, *first, *last;
	double pensiun = 0, keluar = 0, masuk = 0;
	int band = 1, need = 0, selisih = 0, formasi = 0, p = 0, partial;
	char n[6][NUM], text[TEXT];
	report_table t;
	size_t i;

	b->s->section(b->s, "proyeksi", tx(b, T_FORECAST));
	if (fc->nyears == 0) {
		report_para(b, "%s %s: %s", tx(b, T_SOURCES), fc->source, tx(b, T_NO_ROWS));
		return;
	}
	years = asn_malloc(fc->nyears * sizeof *years);
	memcpy(years, fc->years, fc->nyears * sizeof *years);
	qsort(years, fc->nyears, sizeof *years, by_year);
	for (i = 0; i < fc->nyears; i++) {
		pensiun += years[i].pensiun;
		keluar += years[i].keluar;
		masuk += years[i].masuk;
		band &= years[i].n_lo == years[i].groups && years[i].n_hi == years[i].groups;
		need |= years[i].n_kebutuhan > 0;
		selisih |= years[i].n_selisih > 0;
		formasi |= years[i].n_formasi > 0;
		p |= years[i].n_p > 0 && years[i].groups == 1;
	}
	first = &years[0];
	last = &years[fc->nyears - 1];
	text[0] = '\0';
	report_append(text, tx(b, T_FC_PARA), first->tahun, last->tahun, num(b, first->awal, n[0]),
	       first->tahun, num(b, last->akhir, n[1]), last->tahun, num(b, pensiun, n[2]),
	       num(b, keluar, n[3]), num(b, masuk, n[4]));
	if (band)
		report_append(text, tx(b, T_FC_PARA_BAND), last->tahun, num(b, last->lo, n[0]),
		       num(b, last->hi, n[1]));
	if (first->groups > 1)
		report_append(text, tx(b, T_FC_GROUPS), num(b, first->groups, n[0]));
	report_append(text, tx(b, T_SOURCE), fc->source);
	b->s->para(b->s, text);
	forecast_charts(b, years, fc->nyears, band, need);

	report_table_init(&t, NULL);
	report_table_col(&t, tx(b, T_YEAR), 0);
	report_table_col(&t, tx(b, T_AWAL), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_PENSIUN), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_KELUAR), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_MASUK), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_AKHIR), REPORT_COL_NUMERIC);
	if (need)
		report_table_col(&t, tx(b, T_KEBUTUHAN), REPORT_COL_NUMERIC);
	/* over several positions a surplus in one never offsets a shortage in
	 * another: the shortages are added up */
	if (selisih)
		report_table_col(&t, tx(b, first->groups > 1 ? T_KURANG : T_SELISIH),
		                 REPORT_COL_NUMERIC);
	if (formasi)
		report_table_col(&t, tx(b, T_USULAN), REPORT_COL_NUMERIC);
	if (band)
		report_table_col(&t, tx(b, T_RENTANG), REPORT_COL_NUMERIC | REPORT_COL_OPTIONAL);
	if (p)
		report_table_col(&t, tx(b, T_P_KURANG), REPORT_COL_NUMERIC | REPORT_COL_OPTIONAL);
	/* a first year that starts after January is not a whole year */
	partial = first->tahun == b->cur->as_of.year &&
	    (b->cur->as_of.month != 1 || b->cur->as_of.day != 1);
	for (i = 0; i < fc->nyears; i++) {
		const report_year *y = &years[i];

		snprintf(n[0], NUM, "%d%s", y->tahun, partial && i == 0 ? "*" : "");
		report_table_row(&t, 0);
		report_table_cell(&t, n[0]);
		report_table_cell(&t, num(b, y->awal, n[0]));
		report_table_cell(&t, num(b, y->pensiun, n[0]));
		report_table_cell(&t, num(b, y->keluar, n[0]));
		report_table_cell(&t, num(b, y->masuk, n[0]));
		report_table_cell(&t, num(b, y->akhir, n[0]));
		if (need)
			report_table_cell(&t, y->n_kebutuhan ? num(b, y->kebutuhan, n[0]) : "");
		if (selisih && first->groups > 1)
			report_table_cell(&t, y->n_selisih ? num(b, y->kurang, n[0]) : "");
		else if (selisih)
			report_table_cell(&t, y->n_selisih ? change(b, y->selisih, n[0]) : "");
		if (formasi)
			report_table_cell(&t, y->n_formasi ? num(b, y->formasi, n[0]) : "");
		if (band) {
			snprintf(text, sizeof text, "%s–%s", num(b, y->lo, n[0]),
			         num(b, y->hi, n[1]));
			report_table_cell(&t, text);
		}
		if (p)
			report_table_cell(&t, y->n_p ? asn_numfmt_percent(b->s->nf, y->p_kurang, 0,
			                                                   n[0], NUM) : "");
	}
	b->s->table(b->s, &t);
	report_table_free(&t);
	if (partial)
		report_para(b, tx(b, T_FC_PARTIAL), first->tahun,
		            report_long_date(b, b->cur->as_of, n[0]));
	free(years);
}
