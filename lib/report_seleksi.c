/* What asn-score --pengumuman gives: the selection announcement, formasi
 * by formasi in the order of the file, its ranked candidates in a table
 * and the others counted by the stage they stopped at. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "report_model.h"
#include "report_sections.h"

/* By peringkat: a file sorted by hand still shows the ranking in order. */
static int by_rank(const void *x, const void *y)
{
	const report_seleksi_row *a = *(const report_seleksi_row *const *)x;
	const report_seleksi_row *b = *(const report_seleksi_row *const *)y;

	if (a->peringkat != b->peringkat)
		return a->peringkat < b->peringkat ? -1 : 1;
	return strcmp(a->no, b->no);
}

/* "unit / jabatan (jenis) — kebutuhan N", the jenis left out when umum;
 * allocated, as a formasi's values may be of any length. */
static char *formasi_title(const report_builder *b, const report_seleksi_formasi *f)
{
	size_t size = strlen(f->name) + strlen(f->jenis) + strlen(tx(b, T_SL_FORMASI)) + NUM + 8;
	char *name = asn_malloc(size), *title = asn_malloc(size), n[NUM];

	if (f->jenis[0] && strcasecmp(f->jenis, "umum") != 0)
		snprintf(name, size, "%s (%s)", f->name, f->jenis);
	else
		snprintf(name, size, "%s", f->name);
	snprintf(title, size, tx(b, T_SL_FORMASI), name, num(b, f->kebutuhan, n));
	free(name);
	return title;
}

static void formasi_block(const report_builder *b, const report_seleksi_formasi *f,
                          int has_nama)
{
	const report_seleksi_row **rows;
	char *title = formasi_title(b, f), n[3][NUM], others[TEXT / 4];
	report_table t;
	size_t i;

	snprintf(others, sizeof others, tx(b, T_SL_OTHERS), num(b, f->others[0], n[0]),
	         num(b, f->others[1], n[1]), num(b, f->others[2], n[2]));
	b->s->heading(b->s, title);
	free(title);
	if (f->n == 0) {
		report_para(b, "%s %s", tx(b, T_SL_NONE_RANKED), others);
		return;
	}
	rows = asn_calloc(f->n, sizeof *rows);
	for (i = 0; i < f->n; i++)
		rows[i] = &f->rows[i];
	qsort(rows, f->n, sizeof *rows, by_rank);
	report_table_init(&t, NULL);
	report_table_col(&t, tx(b, T_SL_RANK), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_SL_NO), REPORT_COL_NOWRAP);
	if (has_nama)
		report_table_col(&t, tx(b, T_NAMA), REPORT_COL_FLEX | REPORT_COL_NOWRAP);
	report_table_col(&t, tx(b, T_SL_NILAI), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_SL_STATUS), REPORT_COL_NOWRAP);
	/* txt keeps the name whole and leaves these out before cutting it */
	report_table_col(&t, tx(b, T_SL_PENENTU), REPORT_COL_OPTIONAL);
	report_table_col(&t, tx(b, T_SL_KETERANGAN), REPORT_COL_FLEX | REPORT_COL_OPTIONAL);
	for (i = 0; i < f->n; i++) {
		report_table_row(&t, 0);
		report_table_cell(&t, num(b, rows[i]->peringkat, n[0]));
		report_table_cell(&t, rows[i]->no);
		if (has_nama)
			report_table_cell(&t, rows[i]->nama);
		report_table_cell(&t, num_fixed(b, rows[i]->nilai, 3, n[0]));
		report_table_cell(&t, rows[i]->status);
		report_table_cell(&t, rows[i]->penentu);
		report_table_cell(&t, rows[i]->keterangan);
	}
	b->s->table(b->s, &t);
	report_table_free(&t);
	b->s->para(b->s, others);
	free(rows);
}

void report_section_seleksi(const report_builder *b)
{
	const report_seleksi *s = &b->cur->seleksi;
	char n[6][NUM];
	double open;
	size_t i;

	b->s->section(b->s, "seleksi", tx(b, T_SELEKSI));
	if (s->n == 0) {
		report_para(b, "%s %s: %s", tx(b, T_SOURCES), s->source, tx(b, T_NO_ROWS));
		return;
	}
	open = s->kebutuhan > (double)s->lulus ? s->kebutuhan - (double)s->lulus : 0;
	report_para(b, tx(b, T_SL_PARA), num(b, s->rows, n[0]), num(b, s->n, n[1]),
	            num(b, s->kebutuhan, n[2]), num(b, s->lulus, n[3]),
	            num(b, s->optimalisasi, n[4]), num(b, open, n[5]), s->source);
	for (i = 0; i < s->n; i++)
		formasi_block(b, &s->formasi[i], s->has_nama);
}
