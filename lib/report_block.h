/* The blocks a report is made of (paragraphs, cards, tables, charts) and
 * the sink a format writes them to: below both the sections that make the
 * blocks and the formats that write them, so that neither calls the other
 * (inside libasn only). */
#ifndef ASN_REPORT_BLOCK_H
#define ASN_REPORT_BLOCK_H

#include <stddef.h>
#include <stdio.h>

#include "numfmt.h"
#include "report.h"

#define REPORT_MAXCOLS 12

enum {
	REPORT_COL_NUMERIC = 1,   /* right-aligned */
	REPORT_COL_FLEX = 2,      /* text that txt may cut to fit 80 columns */
	REPORT_COL_OPTIONAL = 4,  /* txt drops it when the table cannot fit */
	REPORT_COL_NOWRAP = 8     /* html keeps it on one line (dates, NIP) */
};

enum { REPORT_ROW_TOTAL = 1 };

typedef struct {
	const char *caption;      /* may be NULL */
	int text_only;            /* md and txt only: a chart shows it in html */
	int compact;              /* html: as wide as its content, not the page */
	size_t ncols, nrows, cap, next;  /* next: column of the next cell */
	const char *head[REPORT_MAXCOLS];
	int flags[REPORT_MAXCOLS];
	size_t *cells;            /* nrows x ncols offsets into text, + 1; 0 empty */
	int *row_flags;
	char *text;               /* every cell, NUL-terminated, one after another */
	size_t text_len, text_cap;
} report_table;

void report_table_init(report_table *t, const char *caption);
void report_table_col(report_table *t, const char *head, int flags);
void report_table_row(report_table *t, int flags);
/* Appends a copy of text to the current row. */
void report_table_cell(report_table *t, const char *text);
const char *report_table_get(const report_table *t, size_t row, size_t col);
void report_table_free(report_table *t);

typedef enum {
	REPORT_CHART_PYRAMID,     /* a: left (laki-laki), b: right (perempuan) */
	REPORT_CHART_BARS,        /* a: values, tone per bar, marks */
	REPORT_CHART_DIVERGING,   /* a: shortage (drawn left), b: surplus (right) */
	REPORT_CHART_LINE,        /* a: line, b-c: band, d: reference line */
	REPORT_CHART_COLUMNS,     /* a: values */
	REPORT_CHART_NINEBOX      /* a: counts of boxes 1..9, labels: advice per box */
} report_chart_type;

typedef struct {
	report_chart_type type;
	const char *title;
	size_t n;
	const char *const *labels;
	const char *const *value_labels;  /* bars: text after the bar; NULL: the value */
	const double *a, *b, *c, *d;
	const char *legend_a, *legend_b, *legend_c, *legend_d;
	const int *tone;                  /* bars: colour of each bar (0 default) */
	double max;                       /* bars: scale end; 0: the largest value */
	double mark[2];
	const char *mark_label[2];
	size_t nmarks;
	int half;                         /* half the page width */
	const char *note;                 /* line under the chart */
} report_chart;

typedef struct {
	const char *label;
	const char *value;
	const char *hint;                 /* may be NULL */
	const char *previous;             /* NULL without --previous */
	const char *change;
} report_card;

/* Labels used by the formats themselves. */
typedef enum {
	LB_INDICATOR, LB_VALUE, LB_PREVIOUS, LB_CHANGE, LB_KINERJA, LB_POTENSI,
	LB_RENDAH, LB_SEDANG, LB_TINGGI, LB_BOX, LB_START, LB_NLABELS
} report_label;

typedef struct report_sink report_sink;
struct report_sink {
	FILE *f;
	const asn_report_options *opt;
	const asn_numfmt *nf;
	const char *const *labels;        /* indexed by report_label */
	int section_open;
	void *toc;                        /* the sections noted for a table of contents */
	void (*begin)(report_sink *, const char *title, const char *subtitle);
	void (*section)(report_sink *, const char *id, const char *title);
	/* a part of a section with a title of its own (one formasi of a selection) */
	void (*heading)(report_sink *, const char *title);
	void (*para)(report_sink *, const char *text);
	void (*cards)(report_sink *, const report_card *cards, size_t n);
	void (*table)(report_sink *, const report_table *);
	void (*chart)(report_sink *, const report_chart *);
	/* a paragraph "prefix: a; b; c." pointing to sections by title, each a
	 * link to its id in html (NULL: the paragraph as text) */
	void (*see)(report_sink *, const char *prefix, const char *const *ids,
	            const char *const *titles, size_t n);
	void (*group)(report_sink *, int open);
	void (*end)(report_sink *, const char *footer);
};

/* A sink writing on f in the number format and labels of opt's language;
 * a format then fills in the operations. */
void report_sink_init(report_sink *s, FILE *f, const asn_report_options *opt);

/* md and txt show the cards as a table. */
void report_cards_table(const report_sink *s, const report_card *cards, size_t n,
                        report_table *t);

#endif
