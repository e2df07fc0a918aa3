#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "report_text.h"
#include "svg.h"

void asn_svg_escape(FILE *f, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", f); break;
		case '<': fputs("&lt;", f); break;
		case '>': fputs("&gt;", f); break;
		case '"': fputs("&quot;", f); break;
		case '\'': fputs("&#39;", f); break;
		default: fputc(*s, f);
		}
	}
}

/* Far beyond any drawing yet well within a long in tenths. */
#define COORD_MAX 1e9

/* Coordinates with one decimal, '.' whatever the locale, no "-0.0".  A
 * value that is not finite is drawn at 0 and one out of all proportion
 * at the edge of the range, never as garbage from an overflowed cast. */
static void coord(FILE *f, double v)
{
	long tenths;

	if (!isfinite(v))
		v = 0;
	else if (v > COORD_MAX)
		v = COORD_MAX;
	else if (v < -COORD_MAX)
		v = -COORD_MAX;
	tenths = v < 0 ? -(long)(-v * 10 + 0.5) : (long)(v * 10 + 0.5);
	if (tenths < 0)
		fprintf(f, "-%ld", -tenths / 10);
	else
		fprintf(f, "%ld", tenths / 10);
	if ((tenths < 0 ? -tenths : tenths) % 10)
		fprintf(f, ".%ld", (tenths < 0 ? -tenths : tenths) % 10);
}

/* A length (width, height, radius): NaN and negatives draw nothing. */
static double length(double v)
{
	return v > 0 ? v : 0;
}

static void attr(FILE *f, const char *name, double v)
{
	fprintf(f, " %s=\"", name);
	coord(f, v);
	fputc('"', f);
}

static void class_attr(FILE *f, const char *cls)
{
	if (cls && *cls)
		fprintf(f, " class=\"%s\"", cls);
}

void asn_svg_open(FILE *f, double w, double h, const char *cls, const char *label)
{
	fputs("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ", f);
	w = length(w);
	h = length(h);
	coord(f, w);
	fputc(' ', f);
	coord(f, h);
	fputc('"', f);
	attr(f, "width", w);
	attr(f, "height", h);
	class_attr(f, cls);
	fputs(" role=\"img\" aria-label=\"", f);
	asn_svg_escape(f, label ? label : "");
	fputs("\">\n", f);
}

void asn_svg_close(FILE *f)
{
	fputs("</svg>\n", f);
}

static void rect_open(FILE *f, double x, double y, double w, double h, const char *cls)
{
	w = length(w);
	h = length(h);
	fputs("<rect", f);
	attr(f, "x", x);
	attr(f, "y", y);
	attr(f, "width", w);
	attr(f, "height", h);
	class_attr(f, cls);
}

void asn_svg_rect(FILE *f, double x, double y, double w, double h, const char *cls)
{
	rect_open(f, x, y, w, h, cls);
	fputs("/>\n", f);
}

void asn_svg_rect_title(FILE *f, double x, double y, double w, double h, const char *cls,
                        const char *title)
{
	rect_open(f, x, y, w, h, cls);
	fputs("><title>", f);
	asn_svg_escape(f, title);
	fputs("</title></rect>\n", f);
}

void asn_svg_line(FILE *f, double x1, double y1, double x2, double y2, const char *cls)
{
	fputs("<line", f);
	attr(f, "x1", x1);
	attr(f, "y1", y1);
	attr(f, "x2", x2);
	attr(f, "y2", y2);
	class_attr(f, cls);
	fputs("/>\n", f);
}

static void text_open(FILE *f, double x, double y, const char *anchor, const char *cls)
{
	fputs("<text", f);
	attr(f, "x", x);
	attr(f, "y", y);
	if (anchor && *anchor && anchor[0] != 's')
		fprintf(f, " text-anchor=\"%s\"", anchor);
	class_attr(f, cls);
	fputc('>', f);
}

void asn_svg_text(FILE *f, double x, double y, const char *anchor, const char *cls,
                  const char *text)
{
	text_open(f, x, y, anchor, cls);
	asn_svg_escape(f, text);
	fputs("</text>\n", f);
}

void asn_svg_label(FILE *f, double x, double y, const char *anchor, const char *cls,
                   const char *text, size_t max)
{
	char *cut;

	if (asn_report_text_width(text) <= max) {
		asn_svg_text(f, x, y, anchor, cls, text);
		return;
	}
	cut = asn_report_text_truncate(text, max);
	text_open(f, x, y, anchor, cls);
	fputs("<title>", f);
	asn_svg_escape(f, text);
	fputs("</title>", f);
	asn_svg_escape(f, cut);
	fputs("</text>\n", f);
	free(cut);
}

static void points(FILE *f, const char *element, const double *x, const double *y, size_t n,
                   const char *cls)
{
	size_t i;

	fprintf(f, "<%s points=\"", element);
	for (i = 0; i < n; i++) {
		if (i)
			fputc(' ', f);
		coord(f, x[i]);
		fputc(',', f);
		coord(f, y[i]);
	}
	fputc('"', f);
	class_attr(f, cls);
	fputs("/>\n", f);
}

void asn_svg_polyline(FILE *f, const double *x, const double *y, size_t n, const char *cls)
{
	points(f, "polyline", x, y, n, cls);
}

void asn_svg_polygon(FILE *f, const double *x, const double *y, size_t n, const char *cls)
{
	points(f, "polygon", x, y, n, cls);
}

void asn_svg_circle(FILE *f, double cx, double cy, double r, const char *cls)
{
	fputs("<circle", f);
	attr(f, "cx", cx);
	attr(f, "cy", cy);
	attr(f, "r", length(r));
	class_attr(f, cls);
	fputs("/>\n", f);
}
