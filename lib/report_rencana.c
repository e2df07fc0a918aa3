/* What asn-forecast --plan gives: the five-year plan (UU 5/2014 art. 56),
 * each year's shortfalls and the hires proposed for them, added up per
 * year, per jabatan and per sector.  The reader and the section together:
 * nothing else reads the table. */
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

#define MAX_YEARS 200   /* distinct years a table may hold */
#define TOP 10          /* jabatan in the table of the largest proposals */
#define YEAR_COLS (REPORT_MAXCOLS - 2)  /* a name and a total beside them */

static const char *const sektor_names[REPORT_SEKTOR] = { "pendidikan", "kesehatan", "teknis" };

enum { RC_TAHUN, RC_KEBUTUHAN, RC_KURANG, RC_SEKTOR, RC_USULAN, RC_PNS, RC_PPPK, RC_SISA,
       RC_JABATAN, RC_NCOLS };

void report_rencana_columns(asn_report_data *d, report_input *in)
{
	static const char *const names[RC_NCOLS] = {
		"tahun", "kebutuhan", "kurang", "sektor", "usulan", "pns", "pppk", "sisa", "jabatan"
	};
	report_rencana *r = &d->rencana;
	int i;

	for (i = 0; i < RC_NCOLS; i++)
		in->col[i] = asn_table_find(&in->table, names[i]);
	/* the --by keys are the columns before kebutuhan, but tahun */
	r->nkeys = (size_t)in->col[RC_KEBUTUHAN] - (in->col[RC_TAHUN] < in->col[RC_KEBUTUHAN]);
	r->has_jabatan = in->col[RC_JABATAN] >= 0 && in->col[RC_JABATAN] < in->col[RC_KEBUTUHAN];
}

static report_rencana_year *year_of(report_rencana *r, int tahun, size_t *index)
{
	size_t i;

	for (i = 0; i < r->nyears; i++)
		if (r->years[i].tahun == tahun)
			break;
	if (i == r->nyears) {
		if (r->nyears == r->cap) {
			r->cap = r->cap ? r->cap * 2 : 8;
			r->years = asn_realloc(r->years, r->cap * sizeof *r->years);
		}
		memset(&r->years[i], 0, sizeof r->years[0]);
		r->years[i].tahun = tahun;
		r->nyears++;
	}
	*index = i;
	return &r->years[i];
}

static void rehash(report_rencana *r)
{
	size_t i, j, mask;

	free(r->slots);
	r->nslots = r->nslots ? r->nslots * 2 : 64;
	r->slots = asn_calloc(r->nslots, sizeof *r->slots);
	mask = r->nslots - 1;
	for (i = 0; i < r->njabatan; i++) {
		for (j = report_hash_text(r->jabatan[i].name) & mask; r->slots[j]; j = (j + 1) & mask)
			;
		r->slots[j] = i + 1;
	}
}

/* The jabatan of name, added when new; name is kept or freed. */
static report_rencana_jabatan *jabatan_of(report_rencana *r, char *name)
{
	size_t j, mask;
	report_rencana_jabatan *p;

	if ((r->njabatan + 1) * 2 > r->nslots)
		rehash(r);
	mask = r->nslots - 1;
	for (j = report_hash_text(name) & mask; r->slots[j]; j = (j + 1) & mask)
		if (strcmp(r->jabatan[r->slots[j] - 1].name, name) == 0) {
			free(name);
			return &r->jabatan[r->slots[j] - 1];
		}
	if (r->njabatan == r->jcap) {
		r->jcap = r->jcap ? r->jcap * 2 : 32;
		r->jabatan = asn_realloc(r->jabatan, r->jcap * sizeof *r->jabatan);
	}
	p = &r->jabatan[r->njabatan];
	memset(p, 0, sizeof *p);
	p->name = name;
	r->slots[j] = ++r->njabatan;
	return p;
}

/* The jabatan column's value, or every key joined when there is none. */
static char *jabatan_name(const report_rencana *r, const report_input *in,
                          const asn_csv_record *rec)
{
	char *out = asn_strdup(""), *part, *next;
	int i;

	if (r->has_jabatan) {
		free(out);
		return report_clean_field(rec, in->col[RC_JABATAN]);
	}
	for (i = 0; i < in->col[RC_KEBUTUHAN]; i++) {
		if (i == in->col[RC_TAHUN])
			continue;
		part = report_clean_field(rec, i);
		next = asn_malloc(strlen(out) + strlen(part) + 4);
		sprintf(next, "%s%s%s", out, *out ? " / " : "", part);
		free(out);
		free(part);
		out = next;
	}
	return out;
}

static int same(double a, double b)
{
	return fabs(a - b) <= 1e-6 * (1 + fabs(a));
}

int report_rencana_row(asn_report_data *d, report_input *in, const asn_csv_record *rec)
{
	static const int counts[] = { RC_KURANG, RC_USULAN, RC_PNS, RC_PPPK, RC_SISA };
	report_rencana *r = &d->rencana;
	report_rencana_year *y;
	report_rencana_jabatan *j;
	const char *sektor = report_field(rec, in->col[RC_SEKTOR]);
	double v[RC_NCOLS];
	size_t i, yi;
	int tahun, s;

	if (report_tahun(in, rec, in->col[RC_TAHUN], &tahun))
		return -1;
	for (i = 0; i < sizeof counts / sizeof counts[0]; i++)
		if (report_number(in, rec, in->col[counts[i]], 0, &REPORT_COUNT, &v[counts[i]]))
			return -1;
	for (s = 0; s < REPORT_SEKTOR && strcasecmp(sektor, sektor_names[s]) != 0; s++)
		;
	if (s == REPORT_SEKTOR)
		return report_reject(in, "sektor '%s': expected pendidikan, kesehatan or teknis",
		                     sektor);
	/* the plan's own sums: a row that breaks them was edited */
	if (!same(v[RC_USULAN] + v[RC_SISA], v[RC_KURANG]))
		return report_reject(in, "usulan %s + sisa %s is not kurang %s",
		                     report_field(rec, in->col[RC_USULAN]),
		                     report_field(rec, in->col[RC_SISA]),
		                     report_field(rec, in->col[RC_KURANG]));
	if (!same(v[RC_PNS] + v[RC_PPPK], v[RC_USULAN]))
		return report_reject(in, "pns %s + pppk %s is not usulan %s",
		                     report_field(rec, in->col[RC_PNS]),
		                     report_field(rec, in->col[RC_PPPK]),
		                     report_field(rec, in->col[RC_USULAN]));
	for (yi = 0; yi < r->nyears && r->years[yi].tahun != tahun; yi++)
		;
	if (yi == r->nyears && r->nyears >= MAX_YEARS)
		return report_reject(in, "tahun '%s': more than %d distinct years",
		                     report_field(rec, in->col[RC_TAHUN]), MAX_YEARS);
	y = year_of(r, tahun, &yi);
	r->rows++;
	y->positions++;
	y->kurang += v[RC_KURANG];
	y->usulan += v[RC_USULAN];
	y->pns += v[RC_PNS];
	y->pppk += v[RC_PPPK];
	y->sisa += v[RC_SISA];
	y->sektor[s] += v[RC_USULAN];
	if (r->nkeys == 0 || v[RC_USULAN] == 0)
		return 0;
	j = jabatan_of(r, jabatan_name(r, in, rec));
	if (j->n <= yi) {
		j->usulan = asn_realloc(j->usulan, r->nyears * sizeof *j->usulan);
		memset(j->usulan + j->n, 0, (r->nyears - j->n) * sizeof *j->usulan);
		j->n = r->nyears;
	}
	j->usulan[yi] += v[RC_USULAN];
	j->total += v[RC_USULAN];
	return 0;
}

void report_rencana_free(report_rencana *r)
{
	size_t i;

	for (i = 0; i < r->njabatan; i++) {
		free(r->jabatan[i].name);
		free(r->jabatan[i].usulan);
	}
	free(r->jabatan);
	free(r->slots);
	free(r->years);
}

/* Indices of the years in calendar order. */
static size_t *year_order(const report_rencana *r)
{
	size_t *order = asn_malloc((r->nyears ? r->nyears : 1) * sizeof *order), i, j, k;

	for (i = 0; i < r->nyears; i++) {
		k = i;
		for (j = i; j > 0 && r->years[order[j - 1]].tahun > r->years[k].tahun; j--)
			order[j] = order[j - 1];
		order[j] = k;
	}
	return order;
}

static int by_total(const void *x, const void *y)
{
	const report_rencana_jabatan *a = *(const report_rencana_jabatan *const *)x;
	const report_rencana_jabatan *b = *(const report_rencana_jabatan *const *)y;

	if (a->total != b->total)
		return a->total > b->total ? -1 : 1;
	return strcmp(a->name, b->name);
}

static void year_heads(const report_builder *b, report_table *t, const size_t *order,
                       size_t shown, char (*heads)[12])
{
	size_t i;

	for (i = 0; i < shown; i++) {
		snprintf(heads[i], sizeof heads[0], "%d", b->cur->rencana.years[order[i]].tahun);
		report_table_col(t, heads[i], REPORT_COL_NUMERIC);
	}
	report_table_col(t, tx(b, T_TOTAL), REPORT_COL_NUMERIC);
}

static void paragraph(const report_builder *b, const size_t *order)
{
	const report_rencana *r = &b->cur->rencana;
	const report_rencana_year *first = &r->years[order[0]];
	const report_rencana_year *last = &r->years[order[r->nyears - 1]];
	double usulan = 0, pns = 0, pppk = 0;
	char n[6][NUM], text[TEXT], cut[TEXT / 4];
	size_t i, len = 0;

	cut[0] = '\0';
	for (i = 0; i < r->nyears; i++) {
		const report_rencana_year *y = &r->years[order[i]];

		usulan += y->usulan;
		pns += y->pns;
		pppk += y->pppk;
		if (y->sisa > 0 && len + 8 < sizeof cut)
			len += (size_t)snprintf(cut + len, sizeof cut - len, "%s%d", len ? ", " : "",
			                        y->tahun);
	}
	text[0] = '\0';
	report_append(text, tx(b, T_RC_PARA), first->tahun, last->tahun, num(b, usulan, n[0]),
	              num(b, pns, n[1]), num(b, pppk, n[2]), first->tahun,
	              num(b, first->kurang, n[3]), num(b, (double)first->positions, n[4]));
	if (cut[0])
		report_append(text, tx(b, T_RC_CUT), cut, last->tahun, num(b, last->sisa, n[5]));
	else
		report_append(text, "%s", tx(b, T_RC_NOCUT));
	report_append(text, tx(b, T_SOURCE), r->source);
	b->s->para(b->s, text);
}

static void years_table(const report_builder *b, const size_t *order)
{
	const report_rencana *r = &b->cur->rencana;
	double usulan = 0, pns = 0, pppk = 0;
	char n[NUM];
	report_table t;
	size_t i;

	report_table_init(&t, NULL);
	report_table_col(&t, tx(b, T_YEAR), 0);
	report_table_col(&t, tx(b, T_KURANG), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_RC_USULAN), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_RC_PNS), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_RC_PPPK), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_RC_SISA), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_RC_POSISI), REPORT_COL_NUMERIC);
	for (i = 0; i < r->nyears; i++) {
		const report_rencana_year *y = &r->years[order[i]];

		report_table_row(&t, 0);
		snprintf(n, sizeof n, "%d", y->tahun);
		report_table_cell(&t, n);
		report_table_cell(&t, num(b, y->kurang, n));
		report_table_cell(&t, num(b, y->usulan, n));
		report_table_cell(&t, num(b, y->pns, n));
		report_table_cell(&t, num(b, y->pppk, n));
		report_table_cell(&t, num(b, y->sisa, n));
		report_table_cell(&t, num(b, (double)y->positions, n));
		usulan += y->usulan;
		pns += y->pns;
		pppk += y->pppk;
	}
	/* a shortfall not filled comes back the next year: kurang and sisa
	 * are not added over the years, the hires are */
	report_table_row(&t, REPORT_ROW_TOTAL);
	report_table_cell(&t, tx(b, T_TOTAL));
	report_table_cell(&t, "");
	report_table_cell(&t, num(b, usulan, n));
	report_table_cell(&t, num(b, pns, n));
	report_table_cell(&t, num(b, pppk, n));
	report_table_cell(&t, "");
	report_table_cell(&t, "");
	b->s->table(b->s, &t);
	report_table_free(&t);
}

static void top_table(const report_builder *b, const size_t *order, size_t shown)
{
	const report_rencana *r = &b->cur->rencana;
	const report_rencana_jabatan **all;
	char heads[YEAR_COLS][12], n[2][NUM];
	double rest = 0;
	report_table t;
	size_t i, k, top;

	if (r->njabatan == 0)
		return;
	all = asn_malloc(r->njabatan * sizeof *all);
	for (i = 0; i < r->njabatan; i++)
		all[i] = &r->jabatan[i];
	qsort(all, r->njabatan, sizeof *all, by_total);
	top = r->njabatan < TOP ? r->njabatan : TOP;
	report_table_init(&t, tx(b, r->has_jabatan ? T_RC_TOP : T_RC_TOP_KEYS));
	report_table_col(&t, tx(b, T_JABATAN), REPORT_COL_FLEX);
	year_heads(b, &t, order, shown, heads);
	for (i = 0; i < top; i++) {
		report_table_row(&t, 0);
		report_table_cell(&t, all[i]->name[0] ? all[i]->name : tx(b, T_NO_GROUP));
		for (k = 0; k < shown; k++)
			report_table_cell(&t, num(b, order[k] < all[i]->n ? all[i]->usulan[order[k]]
			                                                  : 0, n[0]));
		report_table_cell(&t, num(b, all[i]->total, n[0]));
	}
	b->s->table(b->s, &t);
	report_table_free(&t);
	for (i = top; i < r->njabatan; i++)
		rest += all[i]->total;
	if (top < r->njabatan)
		report_para(b, tx(b, T_RC_REST), num(b, (double)(r->njabatan - top), n[0]),
		            num(b, rest, n[1]));
	free(all);
}

static void sektor_table(const report_builder *b, const size_t *order, size_t shown)
{
	static const report_text_id names[REPORT_SEKTOR] = {
		T_SK_PENDIDIKAN, T_SK_KESEHATAN, T_SK_TEKNIS
	};
	const report_rencana *r = &b->cur->rencana;
	char heads[YEAR_COLS][12], n[NUM];
	double sum, all = 0;
	report_table t;
	size_t k;
	int s;

	report_table_init(&t, tx(b, T_RC_SEKTOR));
	report_table_col(&t, tx(b, T_SEKTOR), 0);
	year_heads(b, &t, order, shown, heads);
	for (s = 0; s < REPORT_SEKTOR; s++) {
		report_table_row(&t, 0);
		report_table_cell(&t, tx(b, names[s]));
		for (k = 0; k < shown; k++)
			report_table_cell(&t, num(b, r->years[order[k]].sektor[s], n));
		for (k = 0, sum = 0; k < r->nyears; k++)
			sum += r->years[k].sektor[s];
		report_table_cell(&t, num(b, sum, n));
	}
	report_table_row(&t, REPORT_ROW_TOTAL);
	report_table_cell(&t, tx(b, T_TOTAL));
	for (k = 0; k < shown; k++)
		report_table_cell(&t, num(b, r->years[order[k]].usulan, n));
	for (k = 0; k < r->nyears; k++)
		all += r->years[k].usulan;
	report_table_cell(&t, num(b, all, n));
	b->s->table(b->s, &t);
	report_table_free(&t);
}

void report_section_rencana(const report_builder *b)
{
	const report_rencana *r = &b->cur->rencana;
	size_t *order, shown;
	char n[NUM];

	b->s->section(b->s, "rencana", tx(b, T_RENCANA));
	if (r->nyears == 0) {
		report_para(b, "%s %s: %s", tx(b, T_SOURCES), r->source, tx(b, T_NO_ROWS));
		return;
	}
	order = year_order(r);
	shown = r->nyears < YEAR_COLS ? r->nyears : YEAR_COLS;
	paragraph(b, order);
	years_table(b, order);
	top_table(b, order, shown);
	sektor_table(b, order, shown);
	if (shown < r->nyears)
		report_para(b, tx(b, T_RC_YEARS_CAP), num(b, (double)shown, n));
	free(order);
}

size_t report_rencana_next(const report_rencana *r, int as_of_year)
{
	size_t i, k = 0;

	for (i = 0; i < r->nyears; i++)
		if (r->years[i].tahun == as_of_year + 1)
			return i;
	for (i = 1; i < r->nyears; i++)
		if (r->years[i].tahun < r->years[k].tahun)
			k = i;
	return k;
}
