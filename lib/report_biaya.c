/* What asn-forecast --biaya gives: the personnel cost of each year and
 * its share of the APBD against the 30 % cap of UU 1/2022 art. 146, from
 * the table's Total rows.  The monthly pipeline writes two such tables,
 * the staff in post alone and with the plan's hires; the section shows
 * them side by side.  The reader and the section together: nothing else
 * reads the table. */
#include <ctype.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "i18n.h"
#include "report_field.h"
#include "report_model.h"
#include "report_rows.h"
#include "report_sections.h"
#include "report_text.h"

#define MAX_YEARS 200   /* distinct years a table may hold */
#define CAP 30.0        /* percent of the APBD (UU 1/2022 art. 146) */

enum { BY_TAHUN, BY_PEGAWAI, BY_GAJI, BY_TUNJANGAN, BY_TOTAL, BY_BATAS, BY_APBD, BY_PERSEN,
       BY_BATAS_30, BY_SISA, BY_REKRUT, BY_LO, BY_HI, BY_P_LEWAT, BY_NCOLS };

static const char *const values[BY_NCOLS] = {
	"tahun", "pegawai", "biaya_gaji", "biaya_tunjangan", "biaya_total", "biaya_batas",
	"apbd", "persen_apbd", "batas_30", "sisa_batas", "rekrut_muat", "biaya_lo", "biaya_hi",
	"p_lewat_batas"
};

/* Whether name holds word, case ignored. */
static int names_word(const char *name, const char *word)
{
	size_t n = strlen(word), i;

	for (i = 0; name[i]; i++)
		if (strncasecmp(name + i, word, n) == 0)
			return 1;
	return 0;
}

void report_biaya_columns(asn_report_data *d, report_input *in)
{
	report_biaya *b = &d->biaya;
	report_biaya_table *t = &b->t[b->n++];
	const char *slash = strrchr(in->name, '/'), *base = slash ? slash + 1 : in->name;
	size_t i, k;

	memset(t, 0, sizeof *t);
	for (k = 0; k < BY_NCOLS; k++)
		in->col[k] = asn_table_find(&in->table, values[k]);
	/* the first --by key: its Total rows are the year's sums */
	t->key = -1;
	for (i = 0; i < in->table.ncols && t->key < 0; i++) {
		for (k = 0; k < BY_NCOLS && strcasecmp(in->table.names[i], values[k]) != 0; k++)
			;
		if (k == BY_NCOLS)
			t->key = (int)i;
	}
	t->source = asn_report_text_clean(base, strlen(base));
	/* biaya-rencana.csv of the monthly pipeline */
	t->plan = names_word(base, "rencana") || names_word(base, "plan");
}

static const report_range PERSEN = { 0, 1e6, N_("a percentage from 0 to 1e6") };

static const report_range *range_of(int col)
{
	switch (col) {
	case BY_PEGAWAI: case BY_REKRUT: return &REPORT_COUNT;
	case BY_PERSEN: return &PERSEN;
	case BY_SISA: return &REPORT_MONEY_SIGNED;
	case BY_P_LEWAT: return &REPORT_SHARE;
	default: return &REPORT_MONEY;
	}
}

int report_biaya_row(asn_report_data *d, report_input *in, const asn_csv_record *rec)
{
	report_biaya_table *t = &d->biaya.t[d->biaya.n - 1];
	report_biaya_year *y;
	double v[BY_NCOLS];
	size_t i;
	int tahun, c;

	t->rows++;
	/* a group's row: the Total row of its year has the sums */
	if (t->key >= 0 && strcmp(report_field(rec, t->key), "Total") != 0) {
		t->skipped++;
		return 0;
	}
	if (report_tahun(in, rec, in->col[BY_TAHUN], &tahun))
		return -1;
	for (c = BY_PEGAWAI; c < BY_NCOLS; c++)
		if (report_number(in, rec, in->col[c], c > BY_TOTAL, range_of(c), &v[c]))
			return -1;
	for (i = 0; i < t->n; i++)
		if (t->years[i].tahun == tahun)
			return report_reject(in, "tahun '%s': the year's sums were given before",
			                     report_field(rec, in->col[BY_TAHUN]));
	if (t->n >= MAX_YEARS)
		return report_reject(in, "tahun '%s': more than %d distinct years",
		                     report_field(rec, in->col[BY_TAHUN]), MAX_YEARS);
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 8;
		t->years = asn_realloc(t->years, t->cap * sizeof *t->years);
	}
	y = &t->years[t->n++];
	y->tahun = tahun;
	y->pegawai = v[BY_PEGAWAI];
	y->gaji = v[BY_GAJI];
	y->tunjangan = v[BY_TUNJANGAN];
	y->total = v[BY_TOTAL];
	y->batas = isnan(v[BY_BATAS]) ? v[BY_TOTAL] : v[BY_BATAS];
	y->apbd = v[BY_APBD];
	y->persen = v[BY_PERSEN];
	y->batas_30 = v[BY_BATAS_30];
	y->sisa = v[BY_SISA];
	y->rekrut = v[BY_REKRUT];
	y->lo = v[BY_LO];
	y->hi = v[BY_HI];
	y->p_lewat = v[BY_P_LEWAT];
	return 0;
}

void report_biaya_free(report_biaya *b)
{
	size_t i;

	for (i = 0; i < 2; i++) {
		free(b->t[i].source);
		free(b->t[i].years);
	}
}

/* The staff alone first: with two tables, the one whose name alone says
 * rencana or plan holds the plan; else they are taken in the order given. */
void report_biaya_order(const report_biaya *b, const report_biaya_table *out[2])
{
	out[0] = b->n > 0 ? &b->t[0] : NULL;
	out[1] = b->n > 1 ? &b->t[1] : NULL;
	if (b->n == 2 && b->t[0].plan && !b->t[1].plan) {
		out[0] = &b->t[1];
		out[1] = &b->t[0];
	}
}

static const report_biaya_year *year_in(const report_biaya_table *t, int tahun)
{
	size_t i;

	for (i = 0; t && i < t->n; i++)
		if (t->years[i].tahun == tahun)
			return &t->years[i];
	return NULL;
}

/* Whether some year of t has the value at offset off (a double of
 * report_biaya_year, NaN when empty). */
static int any_year(const report_biaya_table *t, size_t off)
{
	size_t i;

	for (i = 0; t && i < t->n; i++)
		if (!isnan(*(const double *)((const char *)&t->years[i] + off)))
			return 1;
	return 0;
}

static int has_apbd(const report_biaya_table *t)
{
	return any_year(t, offsetof(report_biaya_year, persen));
}

static char *money(const report_builder *b, double v, char *buf)
{
	return num_fixed(b, v, 0, buf);
}

/* Whether a year of t has a band, or a chance over the cap. */
static int has_band(const report_biaya_table *t)
{
	return any_year(t, offsetof(report_biaya_year, lo));
}

static int has_p_lewat(const report_biaya_table *t)
{
	return any_year(t, offsetof(report_biaya_year, p_lewat));
}


static void year_cell(report_table *t, int tahun)
{
	char n[12];

	snprintf(n, sizeof n, "%d", tahun);
	report_table_cell(t, n);
}

static void cost_table(const report_builder *b, const report_biaya_table *bt)
{
	char n[NUM], lo[NUM], range[2 * NUM + 4];
	int band = has_band(bt);
	report_table t;
	size_t i;

	report_table_init(&t, NULL);
	report_table_col(&t, tx(b, T_YEAR), 0);
	report_table_col(&t, tx(b, T_BY_PEGAWAI), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_BY_GAJI), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_BY_TUNJANGAN), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_TOTAL), REPORT_COL_NUMERIC);
	if (band)
		report_table_col(&t, tx(b, T_BY_BAND), REPORT_COL_NUMERIC | REPORT_COL_OPTIONAL);
	for (i = 0; i < bt->n; i++) {
		const report_biaya_year *y = &bt->years[i];

		report_table_row(&t, 0);
		year_cell(&t, y->tahun);
		report_table_cell(&t, num_fixed(b, y->pegawai, 2, n));
		report_table_cell(&t, money(b, y->gaji, n));
		report_table_cell(&t, money(b, y->tunjangan, n));
		report_table_cell(&t, money(b, y->total, n));
		if (!band)
			continue;
		range[0] = '\0';
		if (!isnan(y->lo) && !isnan(y->hi))
			snprintf(range, sizeof range, "%s–%s", money(b, y->lo, n), money(b, y->hi, lo));
		report_table_cell(&t, range);
	}
	b->s->table(b->s, &t);
	report_table_free(&t);
}

static void cap_table(const report_builder *b, const report_biaya_table *bt)
{
	int p = has_p_lewat(bt);
	char n[NUM];
	report_table t;
	size_t i;

	report_table_init(&t, NULL);
	report_table_col(&t, tx(b, T_YEAR), 0);
	report_table_col(&t, tx(b, T_BY_APBD), REPORT_COL_NUMERIC | REPORT_COL_OPTIONAL);
	report_table_col(&t, tx(b, T_BY_PERSEN), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_BY_SISA), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_BY_REKRUT), REPORT_COL_NUMERIC);
	if (p)
		report_table_col(&t, tx(b, T_BY_P_LEWAT), REPORT_COL_NUMERIC);
	for (i = 0; i < bt->n; i++) {
		const report_biaya_year *y = &bt->years[i];

		report_table_row(&t, 0);
		year_cell(&t, y->tahun);
		report_table_cell(&t, money(b, y->apbd, n));
		report_table_cell(&t, num_fixed(b, y->persen, 2, n));
		report_table_cell(&t, money(b, y->sisa, n));
		report_table_cell(&t, num(b, y->rekrut, n));
		if (p)
			report_table_cell(&t, isnan(y->p_lewat) ? "" : percent(b, y->p_lewat, 1, n));
	}
	b->s->table(b->s, &t);
	report_table_free(&t);
}

/* Each year of the staff's table beside the plan's. */
static void compare_table(const report_builder *b, const report_biaya_table *now,
                          const report_biaya_table *plan)
{
	int apbd = has_apbd(now) || has_apbd(plan);
	const report_biaya_year *p;
	char n[NUM];
	report_table t;
	size_t i;

	report_table_init(&t, tx(b, T_BY_COMPARE));
	report_table_col(&t, tx(b, T_YEAR), 0);
	report_table_col(&t, tx(b, T_BY_NOW), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_BY_PLAN), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_BY_ADDED), REPORT_COL_NUMERIC | REPORT_COL_OPTIONAL);
	if (apbd) {
		report_table_col(&t, tx(b, T_BY_PERSEN_NOW), REPORT_COL_NUMERIC);
		report_table_col(&t, tx(b, T_BY_PERSEN_PLAN), REPORT_COL_NUMERIC);
	}
	for (i = 0; i < now->n; i++) {
		const report_biaya_year *y = &now->years[i];

		p = year_in(plan, y->tahun);
		report_table_row(&t, 0);
		year_cell(&t, y->tahun);
		report_table_cell(&t, money(b, y->total, n));
		report_table_cell(&t, p ? money(b, p->total, n) : "");
		report_table_cell(&t, p ? money(b, p->total - y->total, n) : "");
		if (apbd) {
			report_table_cell(&t, num_fixed(b, y->persen, 2, n));
			report_table_cell(&t, p ? num_fixed(b, p->persen, 2, n) : "");
		}
	}
	b->s->table(b->s, &t);
	report_table_free(&t);
}

/* The years over the cap in either table, "2026, 2027", into buf. */
static void over_years(const report_biaya_table *const o[2], char *buf, size_t size)
{
	const report_biaya_year *y, *p;
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; o[0] && i < o[0]->n && len + 8 < size; i++) {
		y = &o[0]->years[i];
		p = year_in(o[1], y->tahun);
		if (y->persen > CAP || (p && p->persen > CAP))
			len += (size_t)snprintf(buf + len, size - len, "%s%d", len ? ", " : "",
			                        y->tahun);
	}
}

/* The years the simulation goes over the cap in at least one run in a
 * hundred, "2027 28,5 %, 2028 4,0 %", into buf. */
static void risk(const report_builder *b, const report_biaya_table *t, char *buf, size_t size)
{
	size_t i, len = 0;
	char n[NUM];

	buf[0] = '\0';
	for (i = 0; t && i < t->n && len + NUM + 12 < size; i++)
		if (!isnan(t->years[i].p_lewat) && t->years[i].p_lewat >= 0.01)
			len += (size_t)snprintf(buf + len, size - len, "%s%d %s", len ? ", " : "",
			                        t->years[i].tahun, percent(b, t->years[i].p_lewat, 1, n));
}

static void paragraph(const report_builder *b, const report_biaya_table *const o[2])
{
	const report_biaya_year *first = &o[0]->years[0], *last = &o[0]->years[o[0]->n - 1];
	const report_biaya_year *plan = o[1] && o[1]->n ? &o[1]->years[o[1]->n - 1] : NULL;
	const report_biaya_year *same;
	char n[4][NUM], text[TEXT], over[TEXT / 4], src[TEXT / 4];

	text[0] = '\0';
	if (o[0]->n == 1)
		report_append(text, tx(b, T_BY_PARA_ONE), first->tahun, money(b, first->total, n[0]));
	else
		report_append(text, tx(b, T_BY_PARA), first->tahun, last->tahun,
		              money(b, first->total, n[0]), first->tahun,
		              money(b, last->total, n[1]), last->tahun);
	if (!isnan(last->lo) && !isnan(last->hi))
		report_append(text, tx(b, T_BY_PARA_BAND), last->tahun, money(b, last->lo, n[2]),
		              money(b, last->hi, n[3]));
	if (plan && (same = year_in(o[0], plan->tahun)) != NULL)
		report_append(text, tx(b, T_BY_PARA_PLAN), money(b, plan->total, n[2]), plan->tahun,
		              money(b, plan->total - same->total, n[3]));
	report_append(text, "%s", tx(b, T_BY_CAP));
	if (has_apbd(o[0]) || has_apbd(o[1])) {
		over_years(o, over, sizeof over);
		if (over[0])
			report_append(text, tx(b, T_BY_OVER), over);
		else
			report_append(text, "%s", tx(b, T_BY_UNDER));
		/* the plan's chance when it has one: the policy is what is judged */
		risk(b, o[1] && has_p_lewat(o[1]) ? o[1] : o[0], over, sizeof over);
		if (over[0])
			report_append(text, tx(b, o[1] && has_p_lewat(o[1]) ? T_BY_RISK_PLAN : T_BY_RISK),
			              over);
	} else {
		report_append(text, "%s", tx(b, T_BY_NO_APBD));
	}
	snprintf(src, sizeof src, "%s%s%s", o[0]->source, o[1] ? ", " : "",
	         o[1] ? o[1]->source : "");
	report_append(text, tx(b, T_SOURCE), src);
	b->s->para(b->s, text);
}

void report_section_biaya(const report_builder *b)
{
	const report_biaya *bi = &b->cur->biaya;
	const report_biaya_table *all[2], *o[2] = { NULL, NULL };
	char title[TEXT / 4];
	int k, n = 0;

	report_biaya_order(bi, all);
	b->s->section(b->s, "belanja", tx(b, T_BIAYA));
	/* a table without rows is told, the other shown alone */
	for (k = 0; k < 2 && all[k]; k++) {
		if (all[k]->n)
			o[n++] = all[k];
		else
			report_para(b, "%s %s: %s", tx(b, T_SOURCES), all[k]->source,
			            tx(b, T_NO_ROWS));
	}
	if (!n) {
		report_rincian_section(b);
		return;
	}
	paragraph(b, o);
	if (o[1])
		compare_table(b, o[0], o[1]);
	for (k = 0; k < 2 && o[k]; k++) {
		if (o[1]) {
			snprintf(title, sizeof title, tx(b, k ? T_BY_WITH_PLAN : T_BY_STAFF),
			         o[k]->source);
			b->s->heading(b->s, title);
		}
		cost_table(b, o[k]);
		if (has_apbd(o[k]))
			cap_table(b, o[k]);
	}
	report_rincian_section(b);
}
