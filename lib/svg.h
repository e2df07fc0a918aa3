/* Inline SVG for the HTML report: shapes and text styled by CSS classes,
 * coordinates in user units, every text XML-escaped. */
#ifndef ASN_SVG_H
#define ASN_SVG_H

#include <stddef.h>
#include <stdio.h>

/* Write s with & < > " ' escaped (for both text and attribute values). */
void asn_svg_escape(FILE *f, const char *s);

/* <svg> of w x h user units, scaled by CSS; label is its accessible name. */
void asn_svg_open(FILE *f, double w, double h, const char *cls, const char *label);
void asn_svg_close(FILE *f);

void asn_svg_rect(FILE *f, double x, double y, double w, double h, const char *cls);
/* A rect with a tooltip (<title>). */
void asn_svg_rect_title(FILE *f, double x, double y, double w, double h, const char *cls,
                        const char *title);
void asn_svg_line(FILE *f, double x1, double y1, double x2, double y2, const char *cls);

/* anchor: "start", "middle" or "end". */
void asn_svg_text(FILE *f, double x, double y, const char *anchor, const char *cls,
                  const char *text);
/* Text cut to max characters with an ellipsis; when cut, the full text is
 * kept in a <title> so a pointer (and a screen reader) shows it. */
void asn_svg_label(FILE *f, double x, double y, const char *anchor, const char *cls,
                   const char *text, size_t max);

/* Polyline (open) or polygon (closed) through n points. */
void asn_svg_polyline(FILE *f, const double *x, const double *y, size_t n, const char *cls);
void asn_svg_polygon(FILE *f, const double *x, const double *y, size_t n, const char *cls);
void asn_svg_circle(FILE *f, double cx, double cy, double r, const char *cls);

#endif
