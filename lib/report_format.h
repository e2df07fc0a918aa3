/* The formats of the report: each fills in the operations of a sink
 * (inside libasn only). */
#ifndef ASN_REPORT_FORMAT_H
#define ASN_REPORT_FORMAT_H

#include <stdio.h>

#include "report_block.h"

void report_html_sink(report_sink *s);
/* The html table of contents: a link to each section (none for fewer than
 * two). */
void report_html_toc(report_sink *s, const char *label, const char *const *ids,
                     const char *const *titles, size_t n);
void report_md_sink(report_sink *s);
void report_txt_sink(report_sink *s);

/* Draw one chart as inline SVG. */
void report_chart_svg(FILE *f, const report_chart *c, const report_sink *s);

#endif
