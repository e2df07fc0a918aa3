#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "numfmt.h"
#include "report_block.h"

static const char *const labels[2][LB_NLABELS] = {
	{ "Indikator", "Nilai", "Bulan lalu", "Perubahan", "Kinerja", "Potensi",
	  "Rendah", "Sedang", "Tinggi", "Kotak", "Awal" },
	{ "Indicator", "Value", "Last month", "Change", "Performance", "Potential",
	  "Low", "Medium", "High", "Box", "Start" },
};

void report_sink_init(report_sink *s, FILE *f, const asn_report_options *opt)
{
	memset(s, 0, sizeof *s);
	s->f = f;
	s->opt = opt;
	s->nf = opt->lang == ASN_REPORT_EN ? &asn_numfmt_en : &asn_numfmt_id;
	s->labels = labels[opt->lang == ASN_REPORT_EN];
}

void report_table_init(report_table *t, const char *caption)
{
	memset(t, 0, sizeof *t);
	t->caption = caption;
}

void report_table_col(report_table *t, const char *head, int flags)
{
	if (t->ncols < REPORT_MAXCOLS) {
		t->head[t->ncols] = head;
		t->flags[t->ncols] = flags;
		t->ncols++;
	}
}

void report_table_row(report_table *t, int flags)
{
	if (t->nrows == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 16;
		t->cells = asn_realloc(t->cells, t->cap * t->ncols * sizeof *t->cells);
		t->row_flags = asn_realloc(t->row_flags, t->cap * sizeof *t->row_flags);
	}
	memset(t->cells + t->nrows * t->ncols, 0, t->ncols * sizeof *t->cells);
	t->row_flags[t->nrows++] = flags;
	t->next = 0;
}

void report_table_cell(report_table *t, const char *text)
{
	size_t *row = t->cells + (t->nrows - 1) * t->ncols, i = t->next, n;

	if (i == t->ncols)
		return;
	t->next++;
	if (!text || !*text)
		return;
	n = strlen(text) + 1;
	if (t->text_len + n > t->text_cap) {
		t->text_cap = (t->text_len + n) * 2;
		t->text = asn_realloc(t->text, t->text_cap);
	}
	memcpy(t->text + t->text_len, text, n);
	row[i] = t->text_len + 1;
	t->text_len += n;
}

const char *report_table_get(const report_table *t, size_t row, size_t col)
{
	size_t off = t->cells[row * t->ncols + col];

	return off ? t->text + off - 1 : "";
}

void report_table_free(report_table *t)
{
	free(t->cells);
	free(t->row_flags);
	free(t->text);
}

void report_cards_table(const report_sink *s, const report_card *cards, size_t n,
                        report_table *t)
{
	size_t i;
	int prev = 0;

	for (i = 0; i < n; i++)
		prev |= cards[i].previous != NULL;
	report_table_init(t, NULL);
	report_table_col(t, s->labels[LB_INDICATOR], REPORT_COL_FLEX);
	report_table_col(t, s->labels[LB_VALUE], REPORT_COL_NUMERIC);
	if (prev) {
		report_table_col(t, s->labels[LB_PREVIOUS], REPORT_COL_NUMERIC);
		report_table_col(t, s->labels[LB_CHANGE], REPORT_COL_NUMERIC);
	}
	for (i = 0; i < n; i++) {
		report_table_row(t, 0);
		report_table_cell(t, cards[i].label);
		report_table_cell(t, cards[i].value);
		if (prev) {
			report_table_cell(t, cards[i].previous ? cards[i].previous : "");
			report_table_cell(t, cards[i].change ? cards[i].change : "");
		}
	}
}
