/* GitHub-flavoured Markdown: headings, paragraphs and pipe tables; every
 * text from data escaped so that it renders as text. */
#include <stdio.h>
#include <string.h>

#include "report_block.h"
#include "report_format.h"

/* Backslash-escape what Markdown or inline HTML would interpret, the table
 * pipe included; & and < are written as entities so no tag can open. */
static void md_escape(FILE *f, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '\\': case '`': case '*': case '_': case '[': case ']': case '|':
		case '~': case '#': case '!':
			fputc('\\', f);
			fputc(*s, f);
			break;
		default:
			fputc(*s, f);
		}
	}
}

static void md_begin(report_sink *s, const char *title, const char *subtitle)
{
	fputs("# ", s->f);
	md_escape(s->f, title);
	fputs("\n\n", s->f);
	md_escape(s->f, subtitle);
	fputs("\n", s->f);
}

static void md_section(report_sink *s, const char *id, const char *title)
{
	(void)id;
	fputs("\n## ", s->f);
	md_escape(s->f, title);
	fputs("\n\n", s->f);
}

static void md_heading(report_sink *s, const char *title)
{
	fputs("### ", s->f);
	md_escape(s->f, title);
	fputs("\n\n", s->f);
}

static void md_para(report_sink *s, const char *text)
{
	md_escape(s->f, text);
	fputs("\n\n", s->f);
}

static void md_cell(FILE *f, const char *text, int bold)
{
	fputc(' ', f);
	if (bold && *text)
		fputs("**", f);
	md_escape(f, text);
	if (bold && *text)
		fputs("**", f);
	fputs(" |", f);
}

static void md_table(report_sink *s, const report_table *t)
{
	size_t r, c;

	if (t->caption) {
		fputs("**", s->f);
		md_escape(s->f, t->caption);
		fputs("**\n\n", s->f);
	}
	fputc('|', s->f);
	for (c = 0; c < t->ncols; c++)
		md_cell(s->f, t->head[c], 0);
	fputs("\n|", s->f);
	for (c = 0; c < t->ncols; c++)
		fputs(t->flags[c] & REPORT_COL_NUMERIC ? " ---: |" : " --- |", s->f);
	fputc('\n', s->f);
	for (r = 0; r < t->nrows; r++) {
		fputc('|', s->f);
		for (c = 0; c < t->ncols; c++)
			md_cell(s->f, report_table_get(t, r, c), t->row_flags[r] & REPORT_ROW_TOTAL);
		fputc('\n', s->f);
	}
	fputc('\n', s->f);
}

static void md_cards(report_sink *s, const report_card *cards, size_t n)
{
	report_table t;

	report_cards_table(s, cards, n, &t);
	md_table(s, &t);
	report_table_free(&t);
}

static void md_chart(report_sink *s, const report_chart *c)
{
	(void)s;
	(void)c;
}

static void md_group(report_sink *s, int open)
{
	(void)s;
	(void)open;
}

static void md_end(report_sink *s, const char *footer)
{
	fputs("---\n\n", s->f);
	md_escape(s->f, footer);
	fputc('\n', s->f);
}

void report_md_sink(report_sink *s)
{
	s->begin = md_begin;
	s->section = md_section;
	s->heading = md_heading;
	s->para = md_para;
	s->cards = md_cards;
	s->table = md_table;
	s->chart = md_chart;
	s->group = md_group;
	s->end = md_end;
}
