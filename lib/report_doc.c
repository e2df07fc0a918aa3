#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "numfmt.h"
#include "report.h"
#include "report_block.h"
#include "report_format.h"
#include "report_model.h"
#include "report_sections.h"
#include "report_text.h"

#define CHART_UNITS 30  /* units drawn in the gap chart; the table has all */

/* Permenpan RB 3/2020: what to do with the staff of each box. */
static const char *const box_advice[2][10] = {
	{ "Belum dinilai", "Penanganan sesuai ketentuan disiplin", "Bimbingan kinerja (coaching)",
	  "Bimbingan kinerja (coaching)", "Rotasi dan pengembangan kompetensi", "Pengembangan",
	  "Penempatan sesuai, bimbingan, konseling", "Dipertahankan, kelompok suksesi, rotasi",
	  "Dipertahankan, kelompok suksesi, rotasi", "Promosi, kelompok suksesi" },
	{ "Not scored", "Handled under the discipline rules", "Coaching", "Coaching",
	  "Rotation and competency development", "Development",
	  "Placement, coaching, counselling", "Retain, succession pool, rotation",
	  "Retain, succession pool, rotation", "Promotion, succession pool" },
};

/* Permenpan RB 14/2017: the nine service elements. */
static const char *const ikm_elements[2][9] = {
	{ "persyaratan", "prosedur", "waktu penyelesaian", "biaya/tarif", "produk layanan",
	  "kompetensi pelaksana", "perilaku pelaksana", "penanganan pengaduan",
	  "sarana dan prasarana" },
	{ "requirements", "procedure", "completion time", "cost", "service product",
	  "staff competence", "staff conduct", "complaint handling", "facilities" },
};

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

static void gap_chart(const report_builder *b, const report_gap_unit *const *units, size_t n,
                      const char *group)
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

static void section_gap(const report_builder *b)
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
	free(units);
	free(prev_units);
}

static int by_year(const void *x, const void *y)
{
	const report_year *a = x, *b = y;

	return (a->tahun > b->tahun) - (a->tahun < b->tahun);
}

static void forecast_charts(const report_builder *b, const report_year *years, size_t n, int band,
                            int need)
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

static void section_forecast(const report_builder *b)
{
	const report_forecast *fc = &b->cur->forecast;
	report_year *years, *first, *last;
	double pensiun = 0, keluar = 0, masuk = 0;
	int band = 1, need = 0, selisih = 0, formasi = 0, p = 0;
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
	if (selisih)
		report_table_col(&t, tx(b, T_SELISIH), REPORT_COL_NUMERIC);
	if (formasi)
		report_table_col(&t, tx(b, T_USULAN), REPORT_COL_NUMERIC);
	if (band)
		report_table_col(&t, tx(b, T_RENTANG), REPORT_COL_NUMERIC | REPORT_COL_OPTIONAL);
	if (p)
		report_table_col(&t, tx(b, T_P_KURANG), REPORT_COL_NUMERIC | REPORT_COL_OPTIONAL);
	for (i = 0; i < fc->nyears; i++) {
		const report_year *y = &years[i];

		snprintf(n[0], NUM, "%d", y->tahun);
		report_table_row(&t, 0);
		report_table_cell(&t, n[0]);
		report_table_cell(&t, num(b, y->awal, n[0]));
		report_table_cell(&t, num(b, y->pensiun, n[0]));
		report_table_cell(&t, num(b, y->keluar, n[0]));
		report_table_cell(&t, num(b, y->masuk, n[0]));
		report_table_cell(&t, num(b, y->akhir, n[0]));
		if (need)
			report_table_cell(&t, y->n_kebutuhan ? num(b, y->kebutuhan, n[0]) : "");
		if (selisih)
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
	free(years);
}

/* doc/design.md "Talent 9-box": box of (potensi row from the top, kinerja column). */
static const int grid_box[3][3] = { { 6, 8, 9 }, { 3, 5, 7 }, { 1, 2, 4 } };

static void section_talent(const report_builder *b)
{
	const report_score *s = &b->cur->score;
	double counts[9], scored = 0;
	const char *advice[9];
	char n[4][NUM], cell[2 * NUM];
	report_chart c;
	report_table t;
	int i, row, col;

	for (i = 1; i <= 9; i++) {
		counts[i - 1] = (double)s->kotak[i];
		advice[i - 1] = box_advice[b->lang][i];
		scored += counts[i - 1];
	}
	b->s->section(b->s, "talenta", tx(b, T_TALENT));
	report_para(b, tx(b, T_TL_PARA), num(b, s->rows, n[0]), num(b, scored, n[1]),
	     num(b, s->kotak[0], n[2]), s->source);
	memset(&c, 0, sizeof c);
	c.type = REPORT_CHART_NINEBOX;
	c.title = tx(b, T_TL_GRID);
	c.n = 9;
	c.labels = advice;
	c.a = counts;
	b->s->chart(b->s, &c);

	report_table_init(&t, tx(b, T_TL_GRID));
	t.text_only = 1;
	report_table_col(&t, tx(b, T_TL_AXES), 0);
	for (col = 0; col < 3; col++)
		report_table_col(&t, b->s->labels[LB_RENDAH + col], REPORT_COL_NUMERIC);
	for (row = 0; row < 3; row++) {
		report_table_row(&t, 0);
		report_table_cell(&t, b->s->labels[LB_TINGGI - row]);
		for (col = 0; col < 3; col++) {
			snprintf(cell, sizeof cell, "(%d) %s", grid_box[row][col],
			         num(b, counts[grid_box[row][col] - 1], n[0]));
			report_table_cell(&t, cell);
		}
	}
	b->s->table(b->s, &t);
	report_table_free(&t);

	report_table_init(&t, NULL);
	t.compact = 1;
	report_table_col(&t, tx(b, T_TL_BOX), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_COUNT), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_SHARE), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_TL_ADVICE), REPORT_COL_FLEX);
	for (i = 9; i >= 1; i--) {
		snprintf(n[0], NUM, "%d", i);
		report_table_row(&t, 0);
		report_table_cell(&t, n[0]);
		report_table_cell(&t, num(b, counts[i - 1], n[1]));
		report_table_cell(&t, percent(b, counts[i - 1], scored, n[2]));
		report_table_cell(&t, advice[i - 1]);
	}
	report_table_row(&t, REPORT_ROW_TOTAL);
	report_table_cell(&t, tx(b, T_TOTAL));
	report_table_cell(&t, num(b, scored, n[1]));
	report_table_cell(&t, percent(b, scored, scored, n[2]));
	report_table_cell(&t, "");
	b->s->table(b->s, &t);
	report_table_free(&t);

	if (s->kesesuaian[0] + s->kesesuaian[1] + s->kesesuaian[2] > 0)
		report_para(b, tx(b, T_TL_KESESUAIAN), num(b, s->kesesuaian[0], n[0]),
		     num(b, s->kesesuaian[1], n[1]), num(b, s->kesesuaian[2], n[2]));
	if (s->has_jp)
		report_para(b, tx(b, T_TL_JP), num(b, s->kurang_jp, n[0]), num(b, s->jp_rows, n[1]));
}

static int by_ikm(const void *x, const void *y)
{
	const report_ikm_unit *a = *(const report_ikm_unit *const *)x;
	const report_ikm_unit *b = *(const report_ikm_unit *const *)y;
	double va = isnan(a->nilai) ? -1 : a->nilai, vb = isnan(b->nilai) ? -1 : b->nilai;

	if (va != vb)
		return va > vb ? -1 : 1;
	return strcmp(a->unit, b->unit);
}

static int mutu_tone(const report_ikm_unit *u)
{
	switch (u->mutu[0]) {
	case 'A': case 'a': return 1;
	case 'B': case 'b': return 2;
	case 'C': case 'c': return 3;
	case 'D': case 'd': return 4;
	default: return 0;
	}
}

/* "u3" -> "U3 waktu penyelesaian"; anything else as it is. */
static void element_name(const report_builder *b, const char *s, char *buf, size_t size)
{
	if ((s[0] == 'u' || s[0] == 'U') && s[1] >= '1' && s[1] <= '9' && !s[2])
		snprintf(buf, size, "U%c %s", s[1], ikm_elements[b->lang][s[1] - '1']);
	else
		snprintf(buf, size, "%s", s);
}

static void section_ikm(const report_builder *b)
{
	const report_ikm *k = &b->cur->ikm;
	const report_ikm_unit **units;
	const char **labels;
	char **value_labels, n[5][NUM], unsur[200];
	double *values, sum = 0, responden = 0, scored = 0, below = 0;
	int *tones;
	report_chart c;
	report_table t;
	size_t i;

	b->s->section(b->s, "ikm", tx(b, T_IKM));
	if (k->n == 0) {
		report_para(b, "%s %s: %s", tx(b, T_SOURCES), k->source, tx(b, T_NO_ROWS));
		return;
	}
	units = asn_calloc(k->n, sizeof *units);
	labels = asn_calloc(k->n, sizeof *labels);
	value_labels = asn_calloc(k->n, sizeof *value_labels);
	values = asn_calloc(k->n, sizeof *values);
	tones = asn_calloc(k->n, sizeof *tones);
	for (i = 0; i < k->n; i++)
		units[i] = &k->units[i];
	qsort(units, k->n, sizeof *units, by_ikm);
	for (i = 0; i < k->n; i++) {
		const report_ikm_unit *u = units[i];

		responden += u->responden;
		below += report_ikm_below_b(u, b->opt->ikm_b);
		if (!isnan(u->nilai)) {
			sum += u->nilai;
			scored++;
		}
		labels[i] = u->unit;
		values[i] = isnan(u->nilai) ? 0 : u->nilai;
		tones[i] = mutu_tone(u);
		value_labels[i] = asn_malloc(NUM + 80);
		snprintf(value_labels[i], NUM + 80, "%s %s",
		         isnan(u->nilai) ? "–" : num_fixed(b, u->nilai, 2, n[0]), u->mutu);
	}
	report_para(b, tx(b, T_IKM_PARA), num(b, k->n, n[0]), num(b, responden, n[1]),
	     scored ? num_fixed(b, sum / scored, 2, n[2]) : "–", num(b, below, n[3]),
	     num_fixed(b, b->opt->ikm_b, 2, n[4]), k->source);

	memset(&c, 0, sizeof c);
	c.type = REPORT_CHART_BARS;
	c.title = tx(b, T_IKM_CHART);
	c.n = k->n;
	c.labels = labels;
	c.value_labels = (const char *const *)value_labels;
	c.a = values;
	c.tone = tones;
	c.max = 100;
	c.mark[0] = b->opt->ikm_b;
	c.mark_label[0] = "B";
	c.mark[1] = b->opt->ikm_a;
	c.mark_label[1] = "A";
	c.nmarks = 2;
	b->s->chart(b->s, &c);

	report_table_init(&t, NULL);
	report_table_col(&t, tx(b, T_UNIT), REPORT_COL_FLEX);
	report_table_col(&t, tx(b, T_RESPONDEN), REPORT_COL_NUMERIC);
	report_table_col(&t, "IKM", REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_MUTU), 0);
	report_table_col(&t, tx(b, T_KINERJA_UNIT), REPORT_COL_OPTIONAL);
	report_table_col(&t, tx(b, T_UNSUR), REPORT_COL_FLEX);
	for (i = 0; i < k->n; i++) {
		const report_ikm_unit *u = units[i];

		report_table_row(&t, 0);
		report_table_cell(&t, u->unit);
		report_table_cell(&t, num(b, u->responden, n[0]));
		report_table_cell(&t, isnan(u->nilai) ? "" : num_fixed(b, u->nilai, 2, n[0]));
		report_table_cell(&t, u->mutu);
		report_table_cell(&t, u->kinerja);
		element_name(b, u->unsur, unsur, sizeof unsur);
		report_table_cell(&t, unsur);
	}
	b->s->table(b->s, &t);
	report_table_free(&t);
	for (i = 0; i < k->n; i++)
		free(value_labels[i]);
	free(value_labels);
	free(values);
	free(tones);
	free(labels);
	free(units);
}

static void sources(const report_builder *b, char *buf, size_t size)
{
	const asn_report_data *d = b->cur;
	const char *names[] = {
		d->pegawai.source, d->gap.source, d->forecast.source, d->retirees.source,
		d->score.source, d->ikm.source
	};
	size_t i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (!names[i])
			continue;
		snprintf(buf + n, size - n, "%s%s", n ? ", " : "", names[i]);
		n = strlen(buf);
	}
}

void asn_report_render(FILE *f, const asn_report_data *cur, const asn_report_data *prev,
                       const asn_report_options *opt)
{
	report_sink sink;
	report_builder b;
	char title[600], subtitle[TEXT], footer[TEXT], date[NUM], src[TEXT / 2];

	report_sink_init(&sink, f, opt);
	switch (opt->format) {
	case ASN_REPORT_HTML: report_html_sink(&sink); break;
	case ASN_REPORT_MD: report_md_sink(&sink); break;
	default: report_txt_sink(&sink); break;
	}
	b.s = &sink;
	b.cur = cur;
	b.prev = prev;
	b.opt = opt;
	b.lang = opt->lang == ASN_REPORT_EN;

	snprintf(title, sizeof title, "%s", opt->title ? opt->title : tx(&b, T_TITLE));
	snprintf(subtitle, sizeof subtitle, "%s %s %d · %s %s", tx(&b, T_PERIOD),
	         report_month_name(&b, opt->period_month), opt->period_year,
	         tx(&b, T_AS_OF), report_long_date(&b, cur->as_of, date));
	sources(&b, src, sizeof src);
	snprintf(footer, sizeof footer, "%s asn-report %s · %s %s · %s: %s", tx(&b, T_MADE_BY),
	         ASN_VERSION, tx(&b, T_AS_OF), date, tx(&b, T_SOURCES), src);

	sink.begin(&sink, title, subtitle);
	report_section_summary(&b);
	if (cur->pegawai.present)
		report_section_profile(&b);
	if (cur->gap.present)
		section_gap(&b);
	if (cur->forecast.present)
		section_forecast(&b);
	if (cur->retirees.present)
		report_section_retirees(&b);
	if (cur->score.present)
		section_talent(&b);
	if (cur->ikm.present)
		section_ikm(&b);
	sink.end(&sink, footer);
}
