/* The month-by-month view: the summary's indicators for each past month
 * given (--previous, several or an archive) and this one, as a table and,
 * in html, a chart of the staff in post against the need. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "report_model.h"
#include "report_sections.h"

static void cell(const report_builder *b, report_table *t, double v)
{
	char n[NUM];

	report_table_cell(t, isnan(v) ? "" : num(b, v, n));
}

void report_section_tren(const report_builder *b)
{
	const asn_report_options *o = b->opt;
	size_t n = o->nbulan + 1, i, k;
	double (*v)[REPORT_INDIKATOR] = asn_calloc(n, sizeof *v);
	double *aktif = asn_calloc(n, sizeof *aktif), *need = asn_calloc(n, sizeof *need);
	char (*name)[16] = asn_calloc(n, sizeof *name);
	const char **labels = asn_calloc(n, sizeof *labels);
	const report_text_id head[REPORT_INDIKATOR] = { T_TR_AKTIF, T_TR_NEED, T_KP_KURANG,
	                                                T_KP_PENSIUN_12, T_TR_IKM };
	int has_need = 0;
	char n1[NUM];
	report_table t;
	report_chart c;

	/* every month counted from the sources this month's are from */
	for (i = 0; i < o->nbulan; i++) {
		report_indikator(o->bulan[i], o, b->cur, v[i]);
		snprintf(name[i], sizeof name[i], "%04d-%02d", o->bulan_ym[i] / 100,
		         o->bulan_ym[i] % 100);
	}
	report_indikator(b->cur, o, NULL, v[n - 1]);
	snprintf(name[n - 1], sizeof name[n - 1], "%04d-%02d", o->period_year, o->period_month);
	b->s->section(b->s, "tren", tx(b, T_TR));
	report_para(b, tx(b, T_TR_PARA), num(b, (double)n, n1));
	report_table_init(&t, tx(b, T_TR));
	report_table_col(&t, tx(b, T_TR_MONTH), 0);
	for (k = 0; k < REPORT_INDIKATOR; k++)
		report_table_col(&t, tx(b, head[k]), REPORT_COL_NUMERIC);
	for (i = 0; i < n; i++) {
		report_table_row(&t, 0);
		report_table_cell(&t, name[i]);
		for (k = 0; k < REPORT_INDIKATOR; k++)
			cell(b, &t, v[i][k]);
		labels[i] = name[i];
		aktif[i] = v[i][0];
		need[i] = v[i][1];
		has_need |= !isnan(v[i][1]);
	}
	b->s->table(b->s, &t);
	report_table_free(&t);
	memset(&c, 0, sizeof c);
	c.type = REPORT_CHART_LINE;
	c.title = tx(b, T_TR_CHART);
	c.n = n;
	c.labels = labels;
	c.a = aktif;
	c.d = has_need ? need : NULL;
	c.legend_a = tx(b, T_ACTIVE);
	c.legend_d = tx(b, T_NEED);
	if (!isnan(aktif[n - 1]))
		b->s->chart(b->s, &c);
	free(v);
	free(aktif);
	free(need);
	free(name);
	free(labels);
}
