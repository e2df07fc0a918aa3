/* Need and staff per jabatan, over every unit: the jabatan with the largest
 * shortages, with the effectiveness of the position (EJ, and its PJ grade,
 * PermenPANRB 1/2020) where ABK gives the workload, and the WISN ratio
 * where the NEEDS had WISN columns (WHO WISN 2010). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "abk.h"
#include "cli.h"
#include "report_model.h"
#include "report_sections.h"

#define SHOWN 15

static int by_shortage(const void *x, const void *y)
{
	const report_gap_unit *a = *(const report_gap_unit *const *)x;
	const report_gap_unit *b = *(const report_gap_unit *const *)y;

	if (a->kurang != b->kurang)
		return a->kurang > b->kurang ? -1 : 1;
	if (a->selisih != b->selisih)
		return a->selisih < b->selisih ? -1 : 1;
	return strcmp(a->name, b->name);
}

void report_gap_jabatan(const report_builder *b)
{
	const report_gap *g = &b->cur->gapjab;
	const asn_config *cfg = b->cur->cfg;
	const report_gap_unit **all;
	double ej, wke = cfg ? cfg->wke_hours : 1250;
	size_t i, n = 0, shown;
	int ejcol = 0;
	char v[NUM], pj[2] = { 0, 0 }, cap[160];
	report_table t;

	if (!g->present || g->nunits == 0)
		return;
	all = asn_malloc(g->nunits * sizeof *all);
	for (i = 0; i < g->nunits; i++) {
		all[n++] = &g->units[i];
		ejcol |= g->units[i].bezetting_abk > 0;
	}
	qsort(all, n, sizeof *all, by_shortage);
	shown = n < SHOWN ? n : SHOWN;
	if (shown < n)
		snprintf(cap, sizeof cap, tx(b, T_GJ_TABLE), num(b, (double)shown, v));
	else
		snprintf(cap, sizeof cap, "%s", tx(b, T_GJ_ALL));
	report_table_init(&t, cap);
	report_table_col(&t, tx(b, T_JABATAN), REPORT_COL_FLEX);
	report_table_col(&t, tx(b, T_KEBUTUHAN), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_BEZETTING), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_SELISIH), REPORT_COL_NUMERIC);
	if (ejcol) {
		report_table_col(&t, "EJ", REPORT_COL_NUMERIC);
		report_table_col(&t, "PJ", 0);
	}
	if (g->wisn)
		report_table_col(&t, "WISN", REPORT_COL_NUMERIC);
	for (i = 0; i < shown; i++) {
		report_table_row(&t, 0);
		report_table_cell(&t, all[i]->name);
		report_table_cell(&t, num(b, all[i]->kebutuhan, v));
		report_table_cell(&t, num(b, all[i]->bezetting, v));
		report_table_cell(&t, change(b, all[i]->selisih, v));
		if (ejcol) {
			/* EJ of the rows whose need came from a workload */
			ej = all[i]->bezetting_abk > 0 ? asn_abk_ej(all[i]->beban_jam,
			                                            all[i]->bezetting_abk, wke) : NAN;
			report_table_cell(&t, isfinite(ej) ? num_fixed(b, ej, 2, v) : "");
			pj[0] = cfg && isfinite(ej) ? asn_abk_pj(ej, cfg) : 0;
			report_table_cell(&t, pj);
		}
		if (g->wisn)
			report_table_cell(&t, all[i]->kebutuhan_hitung > 0 ?
			                  num_fixed(b, all[i]->bezetting_hitung / all[i]->kebutuhan_hitung,
			                            2, v) : "");
	}
	b->s->table(b->s, &t);
	report_table_free(&t);
	if (ejcol)
		report_para(b, "%s", tx(b, T_GJ_NOTE_EJ));
	if (g->wisn)
		report_para(b, "%s", tx(b, T_GJ_NOTE_WISN));
	free(all);
}
