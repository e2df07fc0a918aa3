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

/* Coordinates with one decimal, '.' whatever the locale, no "-0.0". */
static void coord(FILE *f, double v)
{
	long tenths = v < 0 ? -(long)(-v * 10 + 0.5) : (long)(v * 10 + 0.5);

	if (tenths < 0)
		fprintf(f, "-%ld", -tenths / 10);
	else
		fprintf(f, "%ld", tenths / 10);
	if ((tenths < 0 ? -tenths : tenths) % 10)
		fprintf(f, ".%ld", (tenths < 0 ? -tenths : tenths) % 10);
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
	if (w < 0)
		w = 0;
	if (h < 0)
		h = 0;
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
	attr(f, "r", r);
	class_attr(f, cls);
	fputs("/>\n", f);
}
