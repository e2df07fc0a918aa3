/* What asn-gap --redistribusi gives: the moves that fill shortages from
 * surpluses of the same jabatan before anyone is recruited, added up per
 * jabatan and by whether they stay within a unit.  The reader and the
 * section together: nothing else reads the table. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "report_field.h"
#include "report_model.h"
#include "report_rows.h"
#include "report_sections.h"

#define SHOWN 15        /* jabatan listed; the rest are counted in one row */

enum { PD_JABATAN, PD_DARI, PD_KE, PD_JUMLAH, PD_BIAYA, PD_NCOLS };

void report_pindah_columns(asn_report_data *d, report_input *in)
{
	static const char *const names[PD_NCOLS] = {
		"jabatan", "dari_unit", "ke_unit", "jumlah", "biaya"
	};
	int i;

	(void)d;
	for (i = 0; i < PD_NCOLS; i++)
		in->col[i] = asn_table_find(&in->table, names[i]);
}

static void rehash(report_pindah *p)
{
	size_t i, j, mask;

	free(p->slots);
	p->nslots = p->nslots ? p->nslots * 2 : 64;
	p->slots = asn_calloc(p->nslots, sizeof *p->slots);
	mask = p->nslots - 1;
	for (i = 0; i < p->n; i++) {
		for (j = report_hash_text(p->jabatan[i].name) & mask; p->slots[j]; j = (j + 1) & mask)
			;
		p->slots[j] = i + 1;
	}
}

/* The jabatan of name, added when new; name is kept or freed. */
static report_pindah_jabatan *jabatan_of(report_pindah *p, char *name)
{
	report_pindah_jabatan *j;
	size_t k, mask;

	if ((p->n + 1) * 2 > p->nslots)
		rehash(p);
	mask = p->nslots - 1;
	for (k = report_hash_text(name) & mask; p->slots[k]; k = (k + 1) & mask)
		if (strcmp(p->jabatan[p->slots[k] - 1].name, name) == 0) {
			free(name);
			return &p->jabatan[p->slots[k] - 1];
		}
	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 32;
		p->jabatan = asn_realloc(p->jabatan, p->cap * sizeof *p->jabatan);
	}
	j = &p->jabatan[p->n];
	memset(j, 0, sizeof *j);
	j->name = name;
	p->slots[k] = ++p->n;
	return j;
}

int report_pindah_row(asn_report_data *d, report_input *in, const asn_csv_record *rec)
{
	static const char *const required[] = { "jabatan", "dari_unit", "ke_unit" };
	report_pindah *p = &d->pindah;
	report_pindah_jabatan *j;
	double jumlah, biaya;
	int i;

	for (i = PD_JABATAN; i <= PD_KE; i++)
		if (!*report_field(rec, in->col[i]))
			return report_reject(in, "%s is empty", required[i]);
	if (report_number(in, rec, in->col[PD_JUMLAH], 0, &REPORT_COUNT, &jumlah) ||
	    report_number(in, rec, in->col[PD_BIAYA], 1, &REPORT_COUNT, &biaya))
		return -1;
	if (jumlah != floor(jumlah))
		return report_reject(in, "jumlah '%s': expected a whole number of staff",
		                     report_field(rec, in->col[PD_JUMLAH]));
	j = jabatan_of(p, report_clean_field(rec, in->col[PD_JABATAN]));
	j->moves++;
	j->staff += jumlah;
	p->moves++;
	p->staff += jumlah;
	/* the same OPD: a mutation its own head signs (asn-gap's cheaper move) */
	if (strcmp(report_field(rec, in->col[PD_DARI]), report_field(rec, in->col[PD_KE])) == 0) {
		p->moves_within++;
		p->staff_within += jumlah;
	}
	return 0;
}

void report_pindah_free(report_pindah *p)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		free(p->jabatan[i].name);
	free(p->jabatan);
	free(p->slots);
}

static int by_staff(const void *x, const void *y)
{
	const report_pindah_jabatan *a = *(const report_pindah_jabatan *const *)x;
	const report_pindah_jabatan *b = *(const report_pindah_jabatan *const *)y;

	if (a->staff != b->staff)
		return a->staff > b->staff ? -1 : 1;
	return strcmp(a->name, b->name);
}

static void jabatan_table(const report_builder *b)
{
	const report_pindah *p = &b->cur->pindah;
	const report_pindah_jabatan **all = asn_malloc((p->n ? p->n : 1) * sizeof *all);
	size_t i, shown = p->n < SHOWN ? p->n : SHOWN;
	double staff = 0, moves = 0;
	char n[NUM], rest[80];
	report_table t;

	for (i = 0; i < p->n; i++)
		all[i] = &p->jabatan[i];
	qsort(all, p->n, sizeof *all, by_staff);
	report_table_init(&t, tx(b, T_PD_JABATAN));
	report_table_col(&t, tx(b, T_JABATAN), REPORT_COL_FLEX);
	report_table_col(&t, tx(b, T_PD_MOVES), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_PD_STAFF), REPORT_COL_NUMERIC);
	for (i = 0; i < shown; i++) {
		report_table_row(&t, 0);
		report_table_cell(&t, all[i]->name);
		report_table_cell(&t, num(b, (double)all[i]->moves, n));
		report_table_cell(&t, num(b, all[i]->staff, n));
	}
	for (i = shown; i < p->n; i++) {
		moves += (double)all[i]->moves;
		staff += all[i]->staff;
	}
	if (shown < p->n) {
		snprintf(rest, sizeof rest, tx(b, T_PD_REST), num(b, (double)(p->n - shown), n));
		report_table_row(&t, 0);
		report_table_cell(&t, rest);
		report_table_cell(&t, num(b, moves, n));
		report_table_cell(&t, num(b, staff, n));
	}
	report_table_row(&t, REPORT_ROW_TOTAL);
	report_table_cell(&t, tx(b, T_TOTAL));
	report_table_cell(&t, num(b, (double)p->moves, n));
	report_table_cell(&t, num(b, p->staff, n));
	b->s->table(b->s, &t);
	report_table_free(&t);
	free(all);
}

static void where_table(const report_builder *b)
{
	const report_pindah *p = &b->cur->pindah;
	char n[NUM];
	report_table t;

	report_table_init(&t, NULL);
	report_table_col(&t, tx(b, T_PD_WHERE), 0);
	report_table_col(&t, tx(b, T_PD_MOVES), REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_PD_STAFF), REPORT_COL_NUMERIC);
	report_table_row(&t, 0);
	report_table_cell(&t, tx(b, T_PD_WITHIN));
	report_table_cell(&t, num(b, (double)p->moves_within, n));
	report_table_cell(&t, num(b, p->staff_within, n));
	report_table_row(&t, 0);
	report_table_cell(&t, tx(b, T_PD_BETWEEN));
	report_table_cell(&t, num(b, (double)(p->moves - p->moves_within), n));
	report_table_cell(&t, num(b, p->staff - p->staff_within, n));
	report_table_row(&t, REPORT_ROW_TOTAL);
	report_table_cell(&t, tx(b, T_TOTAL));
	report_table_cell(&t, num(b, (double)p->moves, n));
	report_table_cell(&t, num(b, p->staff, n));
	b->s->table(b->s, &t);
	report_table_free(&t);
}

void report_section_pindah(const report_builder *b)
{
	const report_pindah *p = &b->cur->pindah;
	char n[3][NUM];

	b->s->section(b->s, "redistribusi", tx(b, T_PINDAH));
	if (p->moves == 0) {
		report_para(b, "%s %s: %s", tx(b, T_SOURCES), p->source, tx(b, T_NO_ROWS));
		return;
	}
	report_para(b, tx(b, T_PD_PARA), num(b, p->staff, n[0]), num(b, (double)p->moves, n[1]),
	            num(b, (double)p->n, n[2]), p->source);
	jabatan_table(b);
	where_table(b);
}
