/* The decisions: one section after the summary that puts side by side,
 * per jabatan, what a head of agency decides on (the shortage now, the
 * retirements coming, the hires the plan proposes for its first year, the
 * staff the redistribution moves), and names the units whose service falls
 * below IKM grade B.  Each figure points to the section that explains it. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "report_model.h"
#include "report_sections.h"

#define SHOWN 10        /* jabatan on the decisions table */

static int by_kurang(const void *x, const void *y)
{
	const report_gap_unit *a = *(const report_gap_unit *const *)x;
	const report_gap_unit *b = *(const report_gap_unit *const *)y;

	if (a->kurang != b->kurang)
		return a->kurang > b->kurang ? -1 : 1;
	return strcmp(a->name, b->name);
}

static double retiring(const report_retirees *r, const char *jabatan)
{
	size_t i;
	double n = 0;

	for (i = 0; i < r->n; i++)
		n += strcmp(r->rows[i].jabatan, jabatan) == 0;
	return n;
}

/* The forecast's retirements this year and next, as the summary counts
 * them: the jabatan there are those of the NEEDS (a teacher under the
 * subject a school needs), where pensiun.csv keeps the staff's own. */
static double retiring_forecast(const report_forecast *f, const char *jabatan)
{
	size_t i;

	for (i = 0; i < f->pensiun_jabatan->n; i++)
		if (strcmp(f->pensiun_jabatan->items[i].name, jabatan) == 0)
			return f->pensiun_jabatan->items[i].n;
	return 0;
}

static double usulan(const report_rencana *r, size_t year, const char *jabatan)
{
	size_t i;

	for (i = 0; i < r->njabatan; i++)
		if (strcmp(r->jabatan[i].name, jabatan) == 0)
			return year < r->jabatan[i].n ? r->jabatan[i].usulan[year] : 0;
	return 0;
}

static double moved(const report_pindah *p, const char *jabatan)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		if (strcmp(p->jabatan[i].name, jabatan) == 0)
			return p->jabatan[i].staff;
	return 0;
}

static void jabatan_table(const report_builder *b)
{
	const asn_report_data *d = b->cur;
	const report_gap *g = &d->gapjab;
	const report_gap_unit **all = asn_malloc((g->nunits ? g->nunits : 1) * sizeof *all);
	int plan = d->rencana.present && d->rencana.has_jabatan && d->rencana.nyears;
	int from_forecast = d->forecast.present && d->forecast.pensiun_jabatan;
	size_t i, n = 0, shown, year = plan ? report_rencana_next(&d->rencana, d->as_of.year) : 0;
	char v[NUM], head[80], head2[80];   /* the table keeps the headers' text */
	report_table t;

	for (i = 0; i < g->nunits; i++)
		if (g->units[i].kurang > 0)
			all[n++] = &g->units[i];
	qsort(all, n, sizeof *all, by_kurang);
	shown = n < SHOWN ? n : SHOWN;
	report_table_init(&t, tx(b, T_KP_TABLE));
	report_table_col(&t, tx(b, T_JABATAN), REPORT_COL_FLEX);
	report_table_col(&t, tx(b, T_KP_KURANG), REPORT_COL_NUMERIC);
	if (from_forecast) {
		snprintf(head, sizeof head, tx(b, T_KP_PENSIUN_TAHUN), d->as_of.year,
		         d->as_of.year + 1);
		report_table_col(&t, head, REPORT_COL_NUMERIC);
	} else if (d->retirees.present) {
		report_table_col(&t, tx(b, T_KP_PENSIUN_12), REPORT_COL_NUMERIC);
	}
	if (plan) {
		snprintf(head2, sizeof head2, tx(b, T_KP_USULAN), d->rencana.years[year].tahun);
		report_table_col(&t, head2, REPORT_COL_NUMERIC);
	}
	if (d->pindah.present)
		report_table_col(&t, tx(b, T_KP_PINDAH), REPORT_COL_NUMERIC);
	for (i = 0; i < shown; i++) {
		report_table_row(&t, 0);
		report_table_cell(&t, all[i]->name);
		report_table_cell(&t, num(b, all[i]->kurang, v));
		if (from_forecast)
			report_table_cell(&t, num(b, retiring_forecast(&d->forecast, all[i]->name), v));
		else if (d->retirees.present)
			report_table_cell(&t, num(b, retiring(&d->retirees, all[i]->name), v));
		if (plan)
			report_table_cell(&t, num(b, usulan(&d->rencana, year, all[i]->name), v));
		if (d->pindah.present)
			report_table_cell(&t, num(b, moved(&d->pindah, all[i]->name), v));
	}
	b->s->table(b->s, &t);
	report_table_free(&t);
	free(all);
}

/* The units below grade B, by name, in the order of the IKM table. */
static void ikm_units(const report_builder *b)
{
	const report_ikm *k = &b->cur->ikm;
	char text[TEXT], n1[NUM];
	size_t i, below = 0, len;

	text[0] = '\0';
	for (i = 0; i < k->n; i++) {
		if (!report_ikm_below_b(&k->units[i], b->opt->ikm_b))
			continue;
		len = strlen(text);
		snprintf(text + len, sizeof text - len, "%s%s", below ? "; " : "", k->units[i].unit);
		below++;
	}
	if (below)
		report_para(b, tx(b, T_KP_IKM), num(b, (double)below, n1), text);
	else
		report_para(b, "%s", tx(b, T_KP_IKM_NONE));
}

/* The sections behind the figures, by their titles. */
static void see_also(const report_builder *b)
{
	const asn_report_data *d = b->cur;
	const int present[] = { d->gap.present, d->retirees.present, d->rencana.present,
	                        d->pindah.present, d->ikm.present };
	const report_text_id title[] = { T_GAP, T_RETIREES, T_RENCANA, T_PINDAH, T_IKM };
	/* the ids the sections give themselves */
	const char *const id[] = { "kebutuhan", "pensiun", "rencana", "redistribusi", "ikm" };
	const char *ids[5], *titles[5];
	char text[TEXT];
	size_t i, len, n = 0;

	text[0] = '\0';
	for (i = 0; i < sizeof present / sizeof present[0]; i++) {
		if (!present[i])
			continue;
		ids[n] = id[i];
		titles[n] = tx(b, title[i]);
		len = strlen(text);
		snprintf(text + len, sizeof text - len, "%s%s", n++ ? "; " : "", tx(b, title[i]));
	}
	if (n && b->s->see)
		b->s->see(b->s, tx(b, T_KP_SEE_HTML), ids, titles, n);
	else if (n)
		report_para(b, tx(b, T_KP_SEE), text);
}

void report_section_keputusan(const report_builder *b)
{
	const asn_report_data *d = b->cur;
	char n1[NUM], n2[NUM];
	size_t i, short_ = 0;

	for (i = 0; i < d->gapjab.nunits; i++)
		short_ += d->gapjab.units[i].kurang > 0;
	b->s->section(b->s, "keputusan", tx(b, T_KP));
	if (d->gapjab.present && d->gapjab.kurang > 0) {
		report_para(b, tx(b, T_KP_PARA), num(b, d->gapjab.kurang, n1),
		            num(b, (double)short_, n2));
		jabatan_table(b);
	}
	if (d->ikm.present)
		ikm_units(b);
	see_also(b);
}
