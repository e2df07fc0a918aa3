/* What asn-score gives: the talent 9-box and the community satisfaction
 * index (IKM) per unit. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "report_model.h"
#include "report_sections.h"

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

/* doc/design.md "Talent 9-box": box of (potensi row from the top, kinerja column). */
static const int grid_box[3][3] = { { 6, 8, 9 }, { 3, 5, 7 }, { 1, 2, 4 } };

void report_section_talent(const report_builder *b)
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

void report_section_ikm(const report_builder *b)
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
