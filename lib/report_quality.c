/* What asn-import refused (--rejects), counted by the column and by the
 * kind of reason, and the staff asn-gap --calon names to move, counted per
 * jabatan: the readers and the sections together, with the counts by name
 * both keep (and report_usulan.c borrows). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "report_field.h"
#include "report_model.h"
#include "report_rows.h"
#include "report_sections.h"

#define REJECTS_SHOWN 10   /* columns and reasons listed; the rest in one row */
#define CALON_SHOWN 15     /* jabatan listed */

static void counts_rehash(report_counts *c)
{
	size_t i, j, mask;

	free(c->slots);
	c->nslots = c->nslots ? c->nslots * 2 : 64;
	c->slots = asn_calloc(c->nslots, sizeof *c->slots);
	mask = c->nslots - 1;
	for (i = 0; i < c->n; i++) {
		for (j = report_hash_text(c->items[i].name) & mask; c->slots[j]; j = (j + 1) & mask)
			;
		c->slots[j] = i + 1;
	}
}

report_count *report_count_of(report_counts *c, const char *name)
{
	size_t k, mask;
	report_count *e;

	if ((c->n + 1) * 2 > c->nslots)
		counts_rehash(c);
	mask = c->nslots - 1;
	for (k = report_hash_text(name) & mask; c->slots[k]; k = (k + 1) & mask)
		if (strcmp(c->items[c->slots[k] - 1].name, name) == 0)
			return &c->items[c->slots[k] - 1];
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 32;
		c->items = asn_realloc(c->items, c->cap * sizeof *c->items);
	}
	e = &c->items[c->n];
	memset(e, 0, sizeof *e);
	e->name = asn_strdup(name);
	c->slots[k] = ++c->n;
	return e;
}

void report_counts_free(report_counts *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		free(c->items[i].name);
		free(c->items[i].extra);
	}
	free(c->items);
	free(c->slots);
	memset(c, 0, sizeof *c);
}

static int by_count(const void *x, const void *y)
{
	const report_count *a = *(const report_count *const *)x;
	const report_count *b = *(const report_count *const *)y;

	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	return strcmp(a->name, b->name);
}

const report_count **report_counts_sorted(const report_counts *c)
{
	const report_count **all = asn_malloc((c->n ? c->n : 1) * sizeof *all);
	size_t i;

	for (i = 0; i < c->n; i++)
		all[i] = &c->items[i];
	if (c->n)
		qsort(all, c->n, sizeof *all, by_count);
	return all;
}

/* A table of counts, largest first: at most shown rows, the rest in one,
 * then the total.  An empty name is shown as unnamed. */
static void counts_table(const report_builder *b, const report_counts *c, const char *caption,
                         const char *head, const char *count_head, const char *unnamed,
                         size_t shown, double total)
{
	const report_count **all = report_counts_sorted(c);
	size_t i;
	double rest = 0;
	char n[NUM], label[TEXT / 8];
	report_table t;

	report_table_init(&t, caption);
	report_table_col(&t, head, REPORT_COL_FLEX);
	report_table_col(&t, count_head, REPORT_COL_NUMERIC);
	report_table_col(&t, tx(b, T_SHARE), REPORT_COL_NUMERIC);
	for (i = 0; i < c->n; i++) {
		if (i >= shown) {
			rest += all[i]->n;
			continue;
		}
		report_table_row(&t, 0);
		report_table_cell(&t, *all[i]->name ? all[i]->name : unnamed);
		report_table_cell(&t, num(b, all[i]->n, n));
		report_table_cell(&t, percent(b, all[i]->n, total, n));
	}
	if (c->n > shown) {
		snprintf(label, sizeof label, tx(b, T_RJ_REST), num(b, (double)(c->n - shown), n));
		report_table_row(&t, 0);
		report_table_cell(&t, label);
		report_table_cell(&t, num(b, rest, n));
		report_table_cell(&t, percent(b, rest, total, n));
	}
	report_table_row(&t, REPORT_ROW_TOTAL);
	report_table_cell(&t, tx(b, T_TOTAL));
	report_table_cell(&t, num(b, total, n));
	report_table_cell(&t, percent(b, total, total, n));
	b->s->table(b->s, &t);
	report_table_free(&t);
	free(all);
}

/* ---- asn-import --rejects ---- */

enum { RJ_LINE, RJ_COLUMN, RJ_REASON };

void report_rejects_columns(asn_report_data *d, report_input *in)
{
	(void)d;
	in->col[RJ_LINE] = asn_table_find(&in->table, "line");
	in->col[RJ_COLUMN] = asn_table_find(&in->table, "column");
	in->col[RJ_REASON] = asn_table_find(&in->table, "reason");
}

/* The kind of a reason: its text before the value it quotes or the detail
 * after a colon, so that "nip '1977...': expected 18 digits" of every row
 * counts once as "nip". */
static char *reason_kind(char *reason)
{
	size_t n = strcspn(reason, "'\":");

	while (n > 0 && (reason[n - 1] == ' ' || reason[n - 1] == ','))
		n--;
	/* a reason that opens with its value: counted by what follows it */
	if (n == 0) {
		const char *q = strrchr(reason, reason[strspn(reason, " ")] == '"' ? '"' : '\'');
		char *rest;

		if (!q)
			return reason;
		q += strspn(q + 1, " :") + 1;
		rest = asn_strdup(*q ? q : reason);
		free(reason);
		return rest;
	}
	reason[n] = '\0';
	return reason;
}

int report_rejects_row(asn_report_data *d, report_input *in, const asn_csv_record *rec)
{
	report_rejects *r = &d->rejects;
	double line;
	char *column, *reason;

	if (report_number(in, rec, in->col[RJ_LINE], 0, &REPORT_COUNT, &line))
		return -1;
	if (!*report_field(rec, in->col[RJ_REASON]))
		return report_reject(in, "reason is empty");
	column = report_clean_field(rec, in->col[RJ_COLUMN]);
	reason = reason_kind(report_clean_field(rec, in->col[RJ_REASON]));
	report_count_of(&r->column, column)->n++;
	report_count_of(&r->reason, reason)->n++;
	free(column);
	free(reason);
	r->rows++;
	return 0;
}

void report_rejects_free(report_rejects *r)
{
	report_counts_free(&r->column);
	report_counts_free(&r->reason);
}

void report_section_rejects(const report_builder *b)
{
	const report_rejects *r = &b->cur->rejects;
	char n[2][NUM];

	b->s->section(b->s, "kualitas-data", tx(b, T_RJ));
	if (r->rows == 0) {
		report_para(b, "%s %s: %s", tx(b, T_SOURCES), r->source, tx(b, T_NO_ROWS));
		return;
	}
	report_para(b, tx(b, T_RJ_PARA), num(b, (double)r->rows, n[0]),
	            num(b, (double)r->reason.n, n[1]), r->source);
	counts_table(b, &r->column, NULL, tx(b, T_RJ_COLUMN), tx(b, T_RJ_ROWS),
	             tx(b, T_RJ_NO_COLUMN), REJECTS_SHOWN, (double)r->rows);
	counts_table(b, &r->reason, NULL, tx(b, T_RJ_REASON), tx(b, T_RJ_ROWS),
	             tx(b, T_RJ_NO_COLUMN), REJECTS_SHOWN, (double)r->rows);
}

/* ---- asn-gap --calon ---- */

enum { CL_NIP, CL_JABATAN, CL_DARI, CL_KE, CL_NCOLS };

void report_calon_columns(asn_report_data *d, report_input *in)
{
	static const char *const names[CL_NCOLS] = { "nip", "jabatan", "dari_unit", "ke_unit" };
	int i;

	(void)d;
	for (i = 0; i < CL_NCOLS; i++)
		in->col[i] = asn_table_find(&in->table, names[i]);
}

int report_calon_row(asn_report_data *d, report_input *in, const asn_csv_record *rec)
{
	static const char *const required[CL_NCOLS] = { "nip", "jabatan", "dari_unit", "ke_unit" };
	report_calon *c = &d->calon;
	char *jabatan;
	int i;

	for (i = 0; i < CL_NCOLS; i++)
		if (!*report_field(rec, in->col[i]))
			return report_reject(in, "%s is empty", required[i]);
	jabatan = report_clean_field(rec, in->col[CL_JABATAN]);
	report_count_of(&c->jabatan, jabatan)->n++;
	free(jabatan);
	c->rows++;
	/* the same OPD: a mutation its own head signs */
	if (strcmp(report_field(rec, in->col[CL_DARI]), report_field(rec, in->col[CL_KE])) == 0)
		c->within++;
	return 0;
}

void report_calon_free(report_calon *c)
{
	report_counts_free(&c->jabatan);
}

void report_section_calon(const report_builder *b)
{
	const report_calon *c = &b->cur->calon;
	char n[4][NUM];

	b->s->section(b->s, "calon-pindah", tx(b, T_CL));
	if (c->rows == 0) {
		report_para(b, "%s %s: %s", tx(b, T_SOURCES), c->source, tx(b, T_NO_ROWS));
		return;
	}
	report_para(b, tx(b, T_CL_PARA), num(b, (double)c->rows, n[0]),
	            num(b, (double)c->jabatan.n, n[1]), num(b, (double)c->within, n[2]),
	            num(b, (double)(c->rows - c->within), n[3]), c->source);
	counts_table(b, &c->jabatan, tx(b, T_CL_JABATAN), tx(b, T_JABATAN), tx(b, T_CL_STAFF),
	             "", CALON_SHOWN, (double)c->rows);
}
