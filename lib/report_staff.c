/* The staff in post (age, golongan, education, jenis jabatan, status) and
 * who retires in the next twelve months. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "pegawai.h"
#include "nip.h"
#include "report_field.h"
#include "report_model.h"
#include "report_sections.h"

static const char *const age_bands[REPORT_AGE_BANDS] = {
	"< 25", "25–29", "30–34", "35–39", "40–44", "45–49", "50–54", "55–59", "≥ 60"
};

static const char *const jenis_labels[2][REPORT_JENIS - 1] = {
	{ "JPT Utama", "JPT Madya", "JPT Pratama", "Administrator", "Pengawas", "Pelaksana",
	  "JF Ahli Utama", "JF Ahli Madya", "JF Ahli Muda", "JF Ahli Pertama",
	  "JF Penyelia", "JF Mahir", "JF Terampil", "JF Pemula" },
	{ "JPT Utama", "JPT Madya", "JPT Pratama", "Administrator", "Supervisor (pengawas)",
	  "Staff (pelaksana)", "JF expert: utama", "JF expert: madya", "JF expert: muda",
	  "JF expert: pertama", "JF skilled: penyelia", "JF skilled: mahir",
	  "JF skilled: terampil", "JF skilled: pemula" },
};

static const char *const golongan_pns[17] = {
	"I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d",
	"III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e"
};

static const char *const golongan_pppk[17] = {
	"PPPK I", "PPPK II", "PPPK III", "PPPK IV", "PPPK V", "PPPK VI", "PPPK VII",
	"PPPK VIII", "PPPK IX", "PPPK X", "PPPK XI", "PPPK XII", "PPPK XIII",
	"PPPK XIV", "PPPK XV", "PPPK XVI", "PPPK XVII"
};

/* A bar chart in html and a count table in md/txt of the non-zero counts. */
static void count_block(const report_builder *b, const char *title,
                        const char *const *names, const unsigned long *counts, size_t n,
                        double total)
{
	const char **labels = asn_calloc(n, sizeof *labels);
	char **value_labels = asn_calloc(n, sizeof *value_labels);
	double *values = asn_calloc(n, sizeof *values);
	report_chart c;
	report_table t;
	char n1[NUM], n2[NUM];
	size_t i, k = 0;

	report_table_init(&t, title);
	t.text_only = 1;
	report_table_col(&t, title, REPORT_COL_FLEX);
	report_table_col(&t, tx(b, T_COUNT), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_SHARE), REPORT_COL_NUMERIC);
	for (i = 0; i < n; i++) {
		if (!counts[i])
			continue;
		labels[k] = names[i];
		values[k] = (double)counts[i];
		value_labels[k] = asn_malloc(2 * NUM + 4);
		snprintf(value_labels[k], 2 * NUM + 4, "%s (%s)", num(b, values[k], n1),
		         percent(b, values[k], total, n2));
		report_table_row(&t, 0);
		report_table_cell(&t, names[i]);
		report_table_cell(&t, num(b, values[k], n1));
		report_table_cell(&t, percent(b, values[k], total, n2));
		k++;
	}
	report_table_row(&t, REPORT_ROW_TOTAL);
	report_table_cell(&t, tx(b, T_TOTAL));
	report_table_cell(&t, num(b, total, n1));
	report_table_cell(&t, total > 0 ? percent(b, total, total, n2) : "");

	memset(&c, 0, sizeof c);
	c.type = REPORT_CHART_BARS;
	c.title = title;
	c.n = k;
	c.labels = labels;
	c.value_labels = (const char *const *)value_labels;
	c.a = values;
	c.half = 1;
	if (k)
		b->s->chart(b->s, &c);
	b->s->table(b->s, &t);
	report_table_free(&t);
	for (i = 0; i < k; i++)
		free(value_labels[i]);
	free(value_labels);
	free(values);
	free(labels);
}

static void age_block(const report_builder *b)
{
	const report_pegawai *p = &b->cur->pegawai;
	double men[REPORT_AGE_BANDS], women[REPORT_AGE_BANDS];
	const char *labels[REPORT_AGE_BANDS];
	report_chart c;
	report_table t;
	char n1[NUM];
	double tm = 0, tw = 0;
	int i;

	report_table_init(&t, tx(b, T_AGE_PYRAMID));
	t.text_only = 1;
	report_table_col(&t, tx(b, T_AGE), 0);
	report_table_col(&t, tx(b, T_MEN), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_WOMEN), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_TOTAL), REPORT_COL_NUMERIC);
	for (i = 0; i < REPORT_AGE_BANDS; i++) {
		/* oldest on top, as a pyramid is read */
		int band = REPORT_AGE_BANDS - 1 - i;

		labels[i] = age_bands[band];
		men[i] = (double)p->age[band][0];
		women[i] = (double)p->age[band][1];
		tm += men[i];
		tw += women[i];
		report_table_row(&t, 0);
		report_table_cell(&t, labels[i]);
		report_table_cell(&t, num(b, men[i], n1));
		report_table_cell(&t, num(b, women[i], n1));
		report_table_cell(&t, num(b, men[i] + women[i], n1));
	}
	report_table_row(&t, REPORT_ROW_TOTAL);
	report_table_cell(&t, tx(b, T_TOTAL));
	report_table_cell(&t, num(b, tm, n1));
	report_table_cell(&t, num(b, tw, n1));
	report_table_cell(&t, num(b, tm + tw, n1));

	memset(&c, 0, sizeof c);
	c.type = REPORT_CHART_PYRAMID;
	c.title = tx(b, T_AGE_PYRAMID);
	c.n = REPORT_AGE_BANDS;
	c.labels = labels;
	c.a = men;
	c.b = women;
	c.legend_a = tx(b, T_MEN);
	c.legend_b = tx(b, T_WOMEN);
	c.half = 1;
	b->s->chart(b->s, &c);
	b->s->table(b->s, &t);
	report_table_free(&t);
}

void report_section_profile(const report_builder *b)
{
	const report_pegawai *p = &b->cur->pegawai;
	const char *golongan[REPORT_GOLONGAN], *pendidikan[REPORT_PENDIDIKAN];
	const char *jenis[REPORT_JENIS];
	static const char *const status[REPORT_STATUS] = { "PNS", "CPNS", "PPPK", NULL };
	const char *status_names[REPORT_STATUS];
	char n1[NUM], n2[NUM], n3[NUM], n4[NUM], date[NUM], text[TEXT];
	unsigned long men = 0, women = 0, most = 0;
	int i, largest = 0;

	for (i = 0; i < REPORT_AGE_BANDS; i++) {
		men += p->age[i][0];
		women += p->age[i][1];
		if (p->age[i][0] + p->age[i][1] > most) {
			most = p->age[i][0] + p->age[i][1];
			largest = i;
		}
	}
	for (i = 0; i < 17; i++) {
		golongan[i] = golongan_pns[i];
		golongan[17 + i] = golongan_pppk[i];
	}
	golongan[REPORT_GOLONGAN - 1] = tx(b, T_OTHER);
	for (i = 0; i < REPORT_PENDIDIKAN - 1; i++)
		pendidikan[i] = asn_pendidikan_levels[i];
	pendidikan[REPORT_PENDIDIKAN - 1] = tx(b, T_OTHER);
	for (i = 0; i < REPORT_JENIS - 1; i++)
		jenis[i] = jenis_labels[b->lang][i];
	jenis[REPORT_JENIS - 1] = tx(b, T_OTHER);
	for (i = 0; i < REPORT_STATUS; i++)
		status_names[i] = status[i] ? status[i] : tx(b, T_OTHER);

	b->s->section(b->s, "profil", tx(b, T_PROFILE));
	text[0] = '\0';
	report_append(text, tx(b, T_PROFILE_PARA), num(b, p->active, n1),
	       report_long_date(b, b->cur->as_of, date), num(b, men, n2), num(b, women, n3),
	       age_bands[largest]);
	if (p->retired)
		report_append(text, tx(b, T_PROFILE_RETIRED), num(b, p->retired, n4));
	if (p->away)
		report_append(text, tx(b, T_PROFILE_AWAY), num(b, p->away, n4));
	report_append(text, tx(b, T_SOURCE), p->source);
	b->s->para(b->s, text);
	b->s->group(b->s, 1);
	age_block(b);
	count_block(b, tx(b, T_GOLONGAN), golongan, p->golongan, REPORT_GOLONGAN, p->active);
	b->s->group(b->s, 0);
	b->s->group(b->s, 1);
	count_block(b, tx(b, T_PENDIDIKAN), pendidikan, p->pendidikan, REPORT_PENDIDIKAN, p->active);
	count_block(b, tx(b, T_JENIS), jenis, p->jenis, REPORT_JENIS, p->active);
	b->s->group(b->s, 0);
	b->s->group(b->s, 1);
	count_block(b, tx(b, T_STATUS), status_names, p->status, REPORT_STATUS, p->active);
	b->s->group(b->s, 0);
}

static int by_retirement(const void *x, const void *y)
{
	const report_retiree *a = x, *b = y;
	int c = asn_date_cmp(a->tanggal, b->tanggal);

	if (c)
		return c;
	if ((c = strcmp(a->unit, b->unit)) != 0)
		return c;
	if ((c = strcmp(a->nama, b->nama)) != 0)
		return c;
	return strcmp(a->nip, b->nip);
}

typedef struct {
	const char *jabatan;
	unsigned long n;
} jabatan_count;

static int by_count(const void *x, const void *y)
{
	const jabatan_count *a = x, *b = y;

	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	return strcmp(a->jabatan, b->jabatan);
}

/* The body counts the retirements per jabatan, beside the shortage of the
 * same jabatan elsewhere in the report; the names go to the appendix. */
void report_section_retirees(const report_builder *b)
{
	const report_retirees *r = &b->cur->retirees;
	jabatan_count *c;
	char n1[NUM], d1[NUM], d2[NUM];
	report_table t;
	size_t i, j, nc = 0, shown;
	unsigned long rest = 0;
	long away;

	b->s->section(b->s, "pensiun", tx(b, T_RETIREES));
	report_long_date(b, r->from, d1);
	report_long_date(b, r->to, d2);
	if (r->n == 0) {
		report_para(b, tx(b, T_RT_NONE), d1, d2, r->source);
		return;
	}
	report_para(b, tx(b, T_RT_PARA), num(b, r->n, n1), d1, d2, r->source);
	if ((away = report_retirees_away(b->cur)) > 0)
		report_para(b, tx(b, T_RT_AWAY), num(b, (double)away, n1));
	c = asn_calloc(r->n, sizeof *c);
	for (i = 0; i < r->n; i++) {
		for (j = 0; j < nc && strcmp(c[j].jabatan, r->rows[i].jabatan) != 0; j++)
			;
		if (j == nc)
			c[nc++].jabatan = r->rows[i].jabatan;
		c[j].n++;
	}
	qsort(c, nc, sizeof *c, by_count);
	shown = nc > 15 ? 15 : nc;
	report_table_init(&t, tx(b, T_RT_BY_JABATAN));
	report_table_col(&t, tx(b, T_JABATAN), REPORT_COL_FLEX);
	report_table_col(&t, tx(b, T_COUNT), REPORT_COL_NUMERIC);
	for (i = 0; i < nc; i++) {
		if (i >= shown) {
			rest += c[i].n;
			continue;
		}
		report_table_row(&t, 0);
		report_table_cell(&t, c[i].jabatan);
		report_table_cell(&t, num(b, (double)c[i].n, n1));
	}
	if (rest) {
		snprintf(d1, sizeof d1, "%s (%zu)", tx(b, T_OTHER), nc - shown);
		report_table_row(&t, 0);
		report_table_cell(&t, d1);
		report_table_cell(&t, num(b, (double)rest, n1));
	}
	b->s->table(b->s, &t);
	report_table_free(&t);
	free(c);
	if (b->opt->no_names)
		report_para(b, tx(b, T_RT_NO_NAMES), r->source);
}

void report_section_retiree_names(const report_builder *b)
{
	const report_retirees *r = &b->cur->retirees;
	report_retiree *rows;
	char n1[NUM], d1[NUM];
	report_table t;
	size_t i, shown;

	if (b->opt->no_names || r->n == 0)
		return;
	b->s->section(b->s, "lampiran-pensiun", tx(b, T_RT_NAMES));
	rows = asn_malloc(r->n * sizeof *rows);
	memcpy(rows, r->rows, r->n * sizeof *rows);
	qsort(rows, r->n, sizeof *rows, by_retirement);
	shown = b->opt->max_names >= 0 && (size_t)b->opt->max_names < r->n ?
	        (size_t)b->opt->max_names : r->n;
	report_table_init(&t, NULL);
	report_table_col(&t, tx(b, T_DATE), REPORT_COL_NOWRAP);
	report_table_col(&t, "NIP", REPORT_COL_NOWRAP);
	report_table_col(&t, tx(b, T_NAMA), REPORT_COL_FLEX);
	report_table_col(&t, tx(b, T_UNIT), REPORT_COL_FLEX);
	report_table_col(&t, tx(b, T_JABATAN), REPORT_COL_FLEX | REPORT_COL_OPTIONAL);
	for (i = 0; i < shown; i++) {
		report_table_row(&t, 0);
		report_table_cell(&t, report_short_date(b, rows[i].tanggal, d1));
		report_table_cell(&t, rows[i].nip);
		report_table_cell(&t, rows[i].nama);
		report_table_cell(&t, rows[i].unit);
		report_table_cell(&t, rows[i].jabatan);
	}
	b->s->table(b->s, &t);
	report_table_free(&t);
	if (shown < r->n)
		report_para(b, tx(b, T_RT_MORE), num(b, (double)(r->n - shown), n1), r->source);
	free(rows);
}

static int by_nip(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;

	return (x > y) - (x < y);
}

long report_retirees_away(const asn_report_data *d)
{
	const report_retirees *r = &d->retirees;
	size_t i;
	uint64_t v;
	long n = 0;

	uint64_t *away;
	size_t m = d->pegawai.naway_nips;

	if (!d->pegawai.present || !m)
		return d->pegawai.present ? 0 : -1;
	away = asn_malloc(m * sizeof *away);
	memcpy(away, d->pegawai.away_nips, m * sizeof *away);
	qsort(away, m, sizeof *away, by_nip);
	for (i = 0; i < r->n; i++)
		n += asn_nip_to_number(r->rows[i].nip, &v) == 0 &&
		    bsearch(&v, away, m, sizeof *away, by_nip) != NULL;
	free(away);
	return n;
}
