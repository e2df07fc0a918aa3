/* Plain text: aligned tables and wrapped paragraphs, never wider than 80
 * columns, for a terminal or a cron mail. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "report_block.h"
#include "report_format.h"
#include "report_text.h"

#define WIDTH 80
#define FLEX_COMFORT 24   /* a cut text column keeps at least this much... */
#define FLEX_MIN 6        /* ...unless nothing else makes the table fit */
#define GAP 2             /* spaces between columns */

static void put_repeat(FILE *f, const char *s, size_t n)
{
	while (n--)
		fputs(s, f);
}

/* One line cut to WIDTH characters, trailing spaces dropped. */
static void put_line(FILE *f, const char *s)
{
	size_t n = asn_report_text_prefix(s, WIDTH);

	while (n > 0 && s[n - 1] == ' ')
		n--;
	fwrite(s, 1, n, f);
	fputc('\n', f);
}

/* Words never split unless one is longer than a line (then it is cut). */
static void wrap(FILE *f, const char *text, size_t width)
{
	const char *p = text, *word;
	size_t col = 0, w;
	char *tmp, *cut;

	for (;;) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		word = p;
		while (*p && *p != ' ')
			p++;
		tmp = asn_strndup(word, (size_t)(p - word));
		w = asn_report_text_width(tmp);
		if (col > 0 && col + 1 + w > width) {
			fputc('\n', f);
			col = 0;
		} else if (col > 0) {
			fputc(' ', f);
			col++;
		}
		if (w > width) {
			cut = asn_report_text_truncate(tmp, width);
			fputs(cut, f);
			free(cut);
			col = width;
		} else {
			fputs(tmp, f);
			col += w;
		}
		free(tmp);
	}
	if (col > 0)
		fputc('\n', f);
}

static void txt_begin(report_sink *s, const char *title, const char *subtitle)
{
	size_t w = asn_report_text_width(title);

	put_line(s->f, title);
	put_repeat(s->f, "=", w < WIDTH ? w : WIDTH);
	fputc('\n', s->f);
	wrap(s->f, subtitle, WIDTH);
}

static void txt_section(report_sink *s, const char *id, const char *title)
{
	size_t w = asn_report_text_width(title);

	(void)id;
	fputc('\n', s->f);
	put_line(s->f, title);
	put_repeat(s->f, "-", w < WIDTH ? w : WIDTH);
	fputs("\n\n", s->f);
}

/* Right above what it heads, as a table's caption is. */
static void txt_heading(report_sink *s, const char *title)
{
	wrap(s->f, title, WIDTH);
}

static void txt_para(report_sink *s, const char *text)
{
	wrap(s->f, text, WIDTH);
	fputc('\n', s->f);
}

static size_t natural_width(const report_table *t, size_t c)
{
	size_t w = asn_report_text_width(t->head[c]), r, cw;

	for (r = 0; r < t->nrows; r++)
		if ((cw = asn_report_text_width(report_table_get(t, r, c))) > w)
			w = cw;
	return w;
}

static size_t total_width(const size_t *width, const int *shown, size_t n)
{
	size_t c, total = 0, k = 0;

	for (c = 0; c < n; c++)
		if (shown[c]) {
			total += width[c];
			k++;
		}
	return total + (k ? (k - 1) * GAP : 0);
}

/* Narrow the widest flex column, one character at a time, down to min. */
static void shrink(const report_table *t, size_t *width, const int *shown, size_t min)
{
	size_t c, widest;

	while (total_width(width, shown, t->ncols) > WIDTH) {
		widest = t->ncols;
		for (c = 0; c < t->ncols; c++)
			if (shown[c] && (t->flags[c] & REPORT_COL_FLEX) && width[c] > min &&
			    (widest == t->ncols || width[c] > width[widest]))
				widest = c;
		if (widest == t->ncols)
			return;
		width[widest]--;
	}
}

/* Natural widths; else cut the text columns to FLEX_COMFORT; else drop
 * the optional columns and try again; else cut the text to FLEX_MIN. */
static void fit(const report_table *t, size_t *width, int *shown)
{
	size_t c;
	int dropped = 0;

	for (c = 0; c < t->ncols; c++)
		shown[c] = 1;
	for (;;) {
		for (c = 0; c < t->ncols; c++)
			width[c] = natural_width(t, c);
		shrink(t, width, shown, FLEX_COMFORT);
		if (total_width(width, shown, t->ncols) <= WIDTH || dropped)
			break;
		for (c = 0; c < t->ncols; c++)
			if (t->flags[c] & REPORT_COL_OPTIONAL)
				shown[c] = 0, dropped = 1;
		if (!dropped)
			break;
	}
	shrink(t, width, shown, FLEX_MIN);
}

static void put_cell(char **line, size_t *len, size_t *cap, const char *text, size_t width,
                     int right)
{
	char *cut = asn_report_text_truncate(text, width);
	size_t w = asn_report_text_width(cut), n = strlen(cut), pad = width - w;

	if (*len + n + pad + GAP + 1 > *cap) {
		*cap = (*len + n + pad + GAP + 1) * 2;
		*line = asn_realloc(*line, *cap);
	}
	if (right) {
		memset(*line + *len, ' ', pad);
		*len += pad;
	}
	memcpy(*line + *len, cut, n);
	*len += n;
	if (!right) {
		memset(*line + *len, ' ', pad);
		*len += pad;
	}
	(*line)[*len] = '\0';
	free(cut);
}

static void put_row(FILE *f, const report_table *t, const size_t *width, const int *shown,
                    size_t row, char **line, size_t *cap)
{
	size_t c, len = 0, k = 0;
	const char *text;

	(*line)[0] = '\0';
	for (c = 0; c < t->ncols; c++) {
		if (!shown[c])
			continue;
		if (k++)
			put_cell(line, &len, cap, "", GAP, 0);
		text = row == (size_t)-1 ? t->head[c] : report_table_get(t, row, c);
		put_cell(line, &len, cap, text, width[c], (t->flags[c] & REPORT_COL_NUMERIC) != 0);
	}
	put_line(f, *line);
}

static void put_rule(FILE *f, const report_table *t, const size_t *width, const int *shown)
{
	size_t c, k = 0;

	for (c = 0; c < t->ncols; c++) {
		if (!shown[c])
			continue;
		if (k++)
			put_repeat(f, " ", GAP);
		put_repeat(f, "-", width[c]);
	}
	fputc('\n', f);
}

static void txt_table(report_sink *s, const report_table *t)
{
	size_t width[REPORT_MAXCOLS] = { 0 }, r, cap = 256;
	int shown[REPORT_MAXCOLS] = { 0 };
	char *line = asn_malloc(cap);

	if (t->caption)
		put_line(s->f, t->caption);
	fit(t, width, shown);
	put_row(s->f, t, width, shown, (size_t)-1, &line, &cap);
	put_rule(s->f, t, width, shown);
	for (r = 0; r < t->nrows; r++) {
		if (t->row_flags[r] & REPORT_ROW_TOTAL)
			put_rule(s->f, t, width, shown);
		put_row(s->f, t, width, shown, r, &line, &cap);
	}
	fputc('\n', s->f);
	free(line);
}

static void txt_cards(report_sink *s, const report_card *cards, size_t n)
{
	report_table t;

	report_cards_table(s, cards, n, &t);
	txt_table(s, &t);
	report_table_free(&t);
}

static void txt_chart(report_sink *s, const report_chart *c)
{
	(void)s;
	(void)c;
}

static void txt_group(report_sink *s, int open)
{
	(void)s;
	(void)open;
}

static void txt_end(report_sink *s, const char *footer)
{
	put_repeat(s->f, "-", WIDTH);
	fputc('\n', s->f);
	wrap(s->f, footer, WIDTH);
}

void report_txt_sink(report_sink *s)
{
	s->begin = txt_begin;
	s->section = txt_section;
	s->heading = txt_heading;
	s->para = txt_para;
	s->cards = txt_cards;
	s->table = txt_table;
	s->chart = txt_chart;
	s->group = txt_group;
	s->end = txt_end;
}
