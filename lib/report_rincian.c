/* What asn-forecast --biaya-rincian gives: each member's pay per year and
 * row of the pay table.  The report sums the first year per status and
 * golongan, beside the cost tables, so that the year's cost is traced to
 * the pay table's rows and a count of staff.  The reader and its part of
 * the cost section together: nothing else reads the table. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "pegawai.h"
#include "report_field.h"
#include "report_model.h"
#include "report_rows.h"
#include "report_sections.h"

enum { RN_TAHUN, RN_NIP, RN_STATUS, RN_GOLONGAN, RN_GAPOK, RN_BULAN, RN_TOTAL, RN_NCOLS };

static const char *const names[RN_NCOLS] = {
	"tahun", "nip", "status", "golongan", "gaji_pokok", "bulan", "biaya_total"
};

/* More than the years and golongan a table can hold (50 years of 3 x 17). */
#define RN_MAX 4096

void report_rincian_columns(asn_report_data *d, report_input *in)
{
	int k;

	(void)d;
	for (k = 0; k < RN_NCOLS; k++)
		in->col[k] = asn_table_find(&in->table, names[k]);
}

/* The status as written (PNS, CPNS, PPPK): 0, 1, 2; -1 when none. */
static int status_of(const char *s)
{
	static const char *const st[] = { "PNS", "CPNS", "PPPK" };
	int i;

	for (i = 0; i < 3; i++)
		if (strcasecmp(s, st[i]) == 0)
			return i;
	return -1;
}

int report_rincian_row(asn_report_data *d, report_input *in, const asn_csv_record *rec)
{
	report_rincian *r = &d->rincian;
	report_rincian_group *g;
	const char *nip = report_field(rec, in->col[RN_NIP]);
	char gol[8];
	double gapok, bulan, total;
	int tahun, status, order;
	size_t i;

	if (report_tahun(in, rec, in->col[RN_TAHUN], &tahun))
		return -1;
	if ((status = status_of(report_field(rec, in->col[RN_STATUS]))) < 0)
		return report_reject(in, "status '%s': expected PNS, CPNS or PPPK",
		                     report_field(rec, in->col[RN_STATUS]));
	order = status == 2 ? asn_golongan_pppk(report_field(rec, in->col[RN_GOLONGAN]), gol) :
	        asn_golongan_pns(report_field(rec, in->col[RN_GOLONGAN]), gol);
	if (order < 0)
		return report_reject(in, "golongan '%s': not a golongan of %s",
		                     report_field(rec, in->col[RN_GOLONGAN]),
		                     status == 2 ? "PPPK" : "PNS");
	if (report_number(in, rec, in->col[RN_GAPOK], 0, &REPORT_MONEY, &gapok) ||
	    report_number(in, rec, in->col[RN_BULAN], 0, &REPORT_COUNT, &bulan) ||
	    report_number(in, rec, in->col[RN_TOTAL], 0, &REPORT_MONEY, &total))
		return -1;
	if (bulan < 1 || bulan > 12 || bulan != floor(bulan))
		return report_reject(in, "bulan '%s': expected the months paid, 1 to 12",
		                     report_field(rec, in->col[RN_BULAN]));
	/* status then golongan: PNS, CPNS, PPPK in the order of their ranks */
	order += status * 32;
	for (i = 0; i < r->n && !(r->g[i].tahun == tahun && r->g[i].order == order); i++)
		;
	if (i == r->n) {
		if (r->n == RN_MAX)
			return report_reject(in, "more than %d years and golongan", RN_MAX);
		if (r->n == r->cap) {
			r->cap = r->cap ? 2 * r->cap : 32;
			r->g = asn_realloc(r->g, r->cap * sizeof *r->g);
		}
		g = &r->g[r->n++];
		memset(g, 0, sizeof *g);
		g->tahun = tahun;
		g->order = order;
		g->status = status;
		memcpy(g->golongan, gol, sizeof g->golongan);
		g->gapok_min = g->gapok_max = gapok;
	}
	g = &r->g[i];
	/* a member's rows of a year follow one another, as asn-forecast writes
	 * them: the member counts once in each status and golongan paid, and
	 * once in the year (a row with no nip is a member of its own) */
	if (tahun != r->last_tahun || strcmp(nip, r->last_nip) != 0 || !*nip) {
		for (i = 0; i < r->nm && r->mtahun[i] != tahun; i++)
			;
		if (i == r->nm && r->nm < sizeof r->mtahun / sizeof r->mtahun[0]) {
			r->mtahun[r->nm] = tahun;
			r->members[r->nm++] = 0;
		}
		if (i < r->nm)
			r->members[i]++;
		g->pegawai++;
	} else if (order != r->last_order) {
		g->pegawai++;
	}
	r->last_tahun = tahun;
	r->last_order = order;
	snprintf(r->last_nip, sizeof r->last_nip, "%s", nip);
	g->bulan += bulan;
	g->total += total;
	g->gapok_min = fmin(g->gapok_min, gapok);
	g->gapok_max = fmax(g->gapok_max, gapok);
	return 0;
}

void report_rincian_free(report_rincian *r)
{
	free(r->g);
	r->g = NULL;
	r->n = r->cap = 0;
}

static int by_order(const void *a, const void *b)
{
	const report_rincian_group *x = a, *y = b;

	if (x->tahun != y->tahun)
		return (x->tahun > y->tahun) - (x->tahun < y->tahun);
	return (x->order > y->order) - (x->order < y->order);
}

void report_rincian_section(const report_builder *b)
{
	const report_rincian *r = &b->cur->rincian;
	static const char *const status[] = { "PNS", "CPNS", "PPPK" };
	report_rincian_group *g;
	double members, bulan = 0, total = 0;
	char n[NUM], lo[NUM], range[2 * NUM + 4], title[TEXT / 4], text[TEXT];
	report_table t;
	size_t i, first;

	if (!r->n)
		return;
	g = asn_malloc(r->n * sizeof *g);
	memcpy(g, r->g, r->n * sizeof *g);
	qsort(g, r->n, sizeof *g, by_order);
	snprintf(title, sizeof title, tx(b, T_RN_HEAD), g[0].tahun, r->source);
	b->s->heading(b->s, title);
	report_table_init(&t, NULL);
	report_table_col(&t, tx(b, T_RN_STATUS), 0);
	report_table_col(&t, tx(b, T_RN_GOLONGAN), 0);
	report_table_col(&t, tx(b, T_RN_PEGAWAI), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_RN_BULAN), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_RN_GAPOK), REPORT_COL_NUMERIC | REPORT_COL_OPTIONAL);
	report_table_col(&t, tx(b, T_TOTAL), REPORT_COL_NUMERIC);
	for (i = 0; i < r->nm && r->mtahun[i] != g[0].tahun; i++)
		;
	members = i < r->nm ? r->members[i] : 0;
	for (i = first = 0; i < r->n && g[i].tahun == g[first].tahun; i++) {
		report_table_row(&t, 0);
		report_table_cell(&t, status[g[i].status]);
		report_table_cell(&t, g[i].golongan);
		report_table_cell(&t, num(b, g[i].pegawai, n));
		report_table_cell(&t, num(b, g[i].bulan, n));
		if (g[i].gapok_min == g[i].gapok_max)
			snprintf(range, sizeof range, "%s", num_fixed(b, g[i].gapok_min, 0, n));
		else
			snprintf(range, sizeof range, "%s–%s", num_fixed(b, g[i].gapok_min, 0, n),
			         num_fixed(b, g[i].gapok_max, 0, lo));
		report_table_cell(&t, range);
		report_table_cell(&t, num_fixed(b, g[i].total, 0, n));
		bulan += g[i].bulan;
		total += g[i].total;
	}
	report_table_row(&t, REPORT_ROW_TOTAL);
	report_table_cell(&t, tx(b, T_TOTAL));
	report_table_cell(&t, "");
	report_table_cell(&t, num(b, members, n));
	report_table_cell(&t, num(b, bulan, n));
	report_table_cell(&t, "");
	report_table_cell(&t, num_fixed(b, total, 0, n));
	text[0] = '\0';
	report_append(text, tx(b, T_RN_PARA), g[0].tahun, num_fixed(b, total, 0, n),
	              num(b, members, lo), r->source);
	b->s->para(b->s, text);
	b->s->table(b->s, &t);
	report_table_free(&t);
	free(g);
}
