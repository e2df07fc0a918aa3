/* The scenarios of asn-forecast --plan --skenario side by side: per
 * scenario the hires over the plan, the shortage left at the end of each
 * year and, with --biaya, the share of the APBD in the last year and the
 * highest yearly chance of going over the cap (with --sims).  The
 * reader and the section together: nothing else reads the table. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "report_field.h"
#include "report_model.h"
#include "report_rows.h"
#include "report_sections.h"

enum { SK_NAMA, SK_TAHUN, SK_MASUK, SK_AKHIR, SK_KURANG, SK_POSISI, SK_BIAYA, SK_PERSEN,
       SK_P_LEWAT, SK_NCOLS };

void report_skenario_columns(asn_report_data *d, report_input *in)
{
	static const char *const names[SK_NCOLS] = {
		"skenario", "tahun", "masuk", "akhir", "kurang", "posisi_kurang", "biaya_total",
		"persen_apbd", "p_lewat_batas"
	};
	int i;

	(void)d;
	for (i = 0; i < SK_NCOLS; i++)
		in->col[i] = asn_table_find(&in->table, names[i]);
}

static int year_index(report_skenario *k, int tahun)
{
	size_t i;

	for (i = 0; i < k->nyears; i++)
		if (k->tahun[i] == tahun)
			return (int)i;
	if (k->nyears == REPORT_SKENARIO_YEARS)
		return -1;
	/* years in order, as asn-forecast writes them */
	k->tahun[k->nyears] = tahun;
	return (int)k->nyears++;
}

int report_skenario_row(asn_report_data *d, report_input *in, const asn_csv_record *rec)
{
	report_skenario *k = &d->skenario;
	report_skenario_row_t *s = NULL;
	double v[SK_NCOLS];
	char *nama;
	size_t i;
	int y, c;

	for (c = SK_TAHUN; c < SK_NCOLS; c++)
		if (report_number(in, rec, in->col[c], c >= SK_BIAYA, c == SK_PERSEN ?
		                  &REPORT_SIGNED : c == SK_P_LEWAT ? &REPORT_SHARE : &REPORT_COUNT,
		                  &v[c]))
			return -1;
	if (v[SK_TAHUN] != floor(v[SK_TAHUN]) || v[SK_TAHUN] < 1900 || v[SK_TAHUN] > 2199)
		return report_reject(in, "tahun '%s': expected a year",
		                     report_field(rec, in->col[SK_TAHUN]));
	if ((y = year_index(k, (int)v[SK_TAHUN])) < 0)
		return report_reject(in, "tahun '%s': more than %d years",
		                     report_field(rec, in->col[SK_TAHUN]), REPORT_SKENARIO_YEARS);
	nama = report_clean_field(rec, in->col[SK_NAMA]);
	for (i = 0; i < k->n && strcmp(k->rows[i].nama, nama) != 0; i++)
		;
	if (i == k->n) {
		if (k->n == REPORT_SKENARIO_MAX) {
			free(nama);
			return report_reject(in, "more than %d scenarios", REPORT_SKENARIO_MAX);
		}
		memset(&k->rows[k->n], 0, sizeof k->rows[0]);
		k->rows[k->n].nama = nama;
		for (c = 0; c < REPORT_SKENARIO_YEARS; c++)
			k->rows[k->n].kurang[c] = k->rows[k->n].persen[c] = NAN;
		k->rows[k->n].p_lewat = NAN;
		k->n++;
	} else {
		free(nama);
	}
	s = &k->rows[i];
	s->masuk += v[SK_MASUK];
	s->kurang[y] = v[SK_KURANG];
	s->posisi[y] = v[SK_POSISI];
	s->akhir[y] = v[SK_AKHIR];
	s->persen[y] = v[SK_PERSEN];
	k->has_persen |= !isnan(v[SK_PERSEN]);
	if (!isnan(v[SK_P_LEWAT]) && !(s->p_lewat >= v[SK_P_LEWAT]))
		s->p_lewat = v[SK_P_LEWAT];
	k->has_p_lewat |= !isnan(v[SK_P_LEWAT]);
	return 0;
}

void report_skenario_free(report_skenario *k)
{
	size_t i;

	for (i = 0; i < k->n; i++)
		free(k->rows[i].nama);
}

void report_section_skenario(const report_builder *b)
{
	const report_skenario *k = &b->cur->skenario;
	char head[REPORT_SKENARIO_YEARS + 3][48], v[NUM];
	size_t i, y, last;
	report_table t;

	b->s->section(b->s, "skenario", tx(b, T_SK));
	if (k->n == 0 || k->nyears == 0) {
		report_para(b, "%s %s: %s", tx(b, T_SOURCES), k->source, tx(b, T_NO_ROWS));
		return;
	}
	last = k->nyears - 1;
	report_para(b, tx(b, T_SK_PARA), k->tahun[0], k->tahun[last], k->source);
	report_table_init(&t, tx(b, T_SK_TABLE));
	report_table_col(&t, tx(b, T_SK_NAMA), REPORT_COL_FLEX);
	report_table_col(&t, tx(b, T_SK_MASUK), REPORT_COL_NUMERIC);
	for (y = 0; y < k->nyears; y++) {
		snprintf(head[y], sizeof head[y], tx(b, T_SK_KURANG), k->tahun[y]);
		report_table_col(&t, head[y], REPORT_COL_NUMERIC);
	}
	if (k->has_persen) {
		snprintf(head[k->nyears], sizeof head[0], tx(b, T_SK_PERSEN), k->tahun[last]);
		report_table_col(&t, head[k->nyears], REPORT_COL_NUMERIC);
	}
	if (k->has_p_lewat)
		report_table_col(&t, tx(b, T_SK_P_LEWAT), REPORT_COL_NUMERIC | REPORT_COL_OPTIONAL);
	for (i = 0; i < k->n; i++) {
		report_table_row(&t, 0);
		report_table_cell(&t, k->rows[i].nama);
		report_table_cell(&t, num(b, k->rows[i].masuk, v));
		for (y = 0; y < k->nyears; y++)
			report_table_cell(&t, isnan(k->rows[i].kurang[y]) ? "" :
			                  num(b, k->rows[i].kurang[y], v));
		if (k->has_persen)
			report_table_cell(&t, isnan(k->rows[i].persen[last]) ? "" :
			                  num_fixed(b, k->rows[i].persen[last], 2, v));
		if (k->has_p_lewat)
			report_table_cell(&t, isnan(k->rows[i].p_lewat) ? "" :
			                  percent(b, k->rows[i].p_lewat, 1, v));
	}
	b->s->table(b->s, &t);
	report_table_free(&t);
}
