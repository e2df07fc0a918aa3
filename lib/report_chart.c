/* The charts of the HTML report as inline SVG.  Sizes are in CSS pixels at
 * natural size; labels are cut with an ellipsis to the room they have
 * (about 7 px a character at 13 px) and keep the full text in a <title>. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "numfmt.h"
#include "report_block.h"
#include "report_format.h"
#include "report_text.h"
#include "svg.h"

#define CHAR_PX 8.3
#define NUM 48

static size_t chars_in(double px)
{
	return px < CHAR_PX ? 1 : (size_t)(px / CHAR_PX);
}

static char *fmt(const report_sink *s, double v, char *buf)
{
	return asn_numfmt_format(s->nf, v, 1, ASN_NUMFMT_TRIM, buf, NUM);
}

static double largest(const double *v, size_t n)
{
	double m = 0;
	size_t i;

	for (i = 0; v && i < n; i++)
		if (isfinite(v[i]) && v[i] > m)
			m = v[i];
	return m;
}

/* Room for the longest label, within [least, most] pixels. */
static double label_room(const char *const *labels, size_t n, double least, double most)
{
	double w = least, need;
	size_t i;

	for (i = 0; i < n; i++)
		if ((need = CHAR_PX * (double)asn_report_text_width(labels[i]) + 6) > w)
			w = need;
	return w < most ? w : most;
}

/* Horizontal bars: label, bar, value. */
static void bars(FILE *f, const report_chart *c, const report_sink *s)
{
	static const char *const tones[] = { "bar", "bar t1", "bar t2", "bar t3", "bar t4" };
	double w = c->half ? 440 : 720;
	double label_w = label_room(c->labels, c->n, 40, c->half ? 150 : 270);
	double value_w = c->half ? 100 : 96, row = 22, top = c->nmarks ? 24 : 4;
	double h = top + (double)c->n * row + 6, x0 = label_w + 8, x1 = w - value_w;
	double max = c->max > 0 ? c->max : largest(c->a, c->n), scale, x, y, bw;
	char buf[NUM], mark[NUM + 16];
	size_t i;
	int tone;

	scale = max > 0 ? (x1 - x0) / max : 0;
	asn_svg_open(f, w, h, c->half ? "half" : "full", c->title);
	for (i = 0; i < c->nmarks; i++) {
		x = x0 + c->mark[i] * scale;
		asn_svg_line(f, x, top - 6, x, h - 2, "mk");
		snprintf(mark, sizeof mark, "%s %s", c->mark_label[i],
		         asn_numfmt_format(s->nf, c->mark[i], 2, 0, buf, NUM));
		/* the lower mark's label to the left of its line, the next to the right */
		asn_svg_text(f, i % 2 ? x + 3 : x - 3, top - 10, i % 2 ? "start" : "end", "axis", mark);
	}
	for (i = 0; i < c->n; i++) {
		y = top + (double)i * row;
		bw = isfinite(c->a[i]) && c->a[i] > 0 ? c->a[i] * scale : 0;
		tone = c->tone && c->tone[i] >= 0 && c->tone[i] <= 4 ? c->tone[i] : 0;
		asn_svg_label(f, label_w, y + 15.5, "end", "lbl", c->labels[i], chars_in(label_w));
		asn_svg_rect(f, x0, y + 4, bw, 15, tones[tone]);
		asn_svg_text(f, x0 + bw + 5, y + 15.5, "start", "val",
		             c->value_labels ? c->value_labels[i] : fmt(s, c->a[i], buf));
	}
	asn_svg_line(f, x0, top, x0, h - 4, "ax");
	asn_svg_close(f);
}

/* Age pyramid: men to the left, women to the right, oldest on top. */
static void pyramid(FILE *f, const report_chart *c, const report_sink *s)
{
	double w = 440, top = 30, row = 22, cx = w / 2, mid = 30, value_w = 50;
	double h = top + (double)c->n * row + 30, max, scale, len, y;
	double left = 0, right = 0;
	char buf[NUM], pct[NUM], line[2 * NUM + 4];
	size_t i;

	max = largest(c->a, c->n);
	if (largest(c->b, c->n) > max)
		max = largest(c->b, c->n);
	scale = max > 0 ? (cx - mid - value_w - 6) / max : 0;
	asn_svg_open(f, w, h, c->half ? "half" : "full", c->title);
	asn_svg_rect(f, cx - mid - 12, 6, 12, 12, "pria");
	asn_svg_text(f, cx - mid - 18, 16.5, "end", "head", c->legend_a);
	asn_svg_rect(f, cx + mid, 6, 12, 12, "wanita");
	asn_svg_text(f, cx + mid + 18, 16.5, "start", "head", c->legend_b);
	for (i = 0; i < c->n; i++) {
		y = top + (double)i * row;
		left += c->a[i];
		right += c->b[i];
		asn_svg_text(f, cx, y + 15.5, "middle", "lbl", c->labels[i]);
		len = c->a[i] * scale;
		asn_svg_rect(f, cx - mid - len, y + 3, len, 16, "pria");
		asn_svg_text(f, cx - mid - len - 5, y + 15.5, "end", "val", fmt(s, c->a[i], buf));
		len = c->b[i] * scale;
		asn_svg_rect(f, cx + mid, y + 3, len, 16, "wanita");
		asn_svg_text(f, cx + mid + len + 5, y + 15.5, "start", "val", fmt(s, c->b[i], buf));
	}
	y = top + (double)c->n * row;
	asn_svg_line(f, 8, y + 4, w - 8, y + 4, "ax");
	if (left + right > 0) {
		snprintf(line, sizeof line, "%s (%s)", fmt(s, left, buf),
		         asn_numfmt_percent(s->nf, left / (left + right), 1, pct, NUM));
		asn_svg_text(f, cx - mid, y + 22, "end", "val", line);
		snprintf(line, sizeof line, "%s (%s)", fmt(s, right, buf),
		         asn_numfmt_percent(s->nf, right / (left + right), 1, pct, NUM));
		asn_svg_text(f, cx + mid, y + 22, "start", "val", line);
	}
	asn_svg_close(f);
}

/* Shortage to the left of the axis, surplus to the right. */
static void diverging(FILE *f, const report_chart *c, const report_sink *s)
{
	double w = 720, label_w = 276, top = 30, row = 22, value_w = 40;
	double cx = label_w + (w - label_w) / 2, h = top + (double)c->n * row + 6;
	double max = largest(c->a, c->n), scale, len, y;
	char buf[NUM];
	size_t i;

	if (largest(c->b, c->n) > max)
		max = largest(c->b, c->n);
	scale = max > 0 ? (cx - label_w - value_w - 8) / max : 0;
	asn_svg_open(f, w, h, c->half ? "half" : "full", c->title);
	asn_svg_text(f, cx - 8, 16, "end", "head tk", c->legend_a);
	asn_svg_text(f, cx + 8, 16, "start", "head tl", c->legend_b);
	for (i = 0; i < c->n; i++) {
		y = top + (double)i * row;
		if (i % 2 == 0)
			asn_svg_rect(f, 0, y, w, row, "stripe");
		asn_svg_label(f, label_w - 4, y + 15.5, "end", "lbl", c->labels[i],
		              chars_in(label_w - 8));
		if (c->a[i] > 0) {
			len = c->a[i] * scale;
			asn_svg_rect(f, cx - len, y + 4, len, 14, "kurang");
			asn_svg_text(f, cx - len - 5, y + 15.5, "end", "val", fmt(s, c->a[i], buf));
		}
		if (c->b[i] > 0) {
			len = c->b[i] * scale;
			asn_svg_rect(f, cx, y + 4, len, 14, "lebih");
			asn_svg_text(f, cx + len + 5, y + 15.5, "start", "val", fmt(s, c->b[i], buf));
		}
	}
	asn_svg_line(f, cx, top - 4, cx, h - 2, "ax");
	asn_svg_close(f);
}

/* Round tick step of 1, 2 or 5 times a power of ten. */
static double tick_step(double range, int ticks)
{
	double raw = range / ticks, mag = pow(10, floor(log10(raw))), r = raw / mag;

	return (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * mag;
}

static void extend(double *lo, double *hi, const double *v, size_t n)
{
	size_t i;

	for (i = 0; v && i < n; i++) {
		if (!isfinite(v[i]))
			continue;
		if (v[i] < *lo)
			*lo = v[i];
		if (v[i] > *hi)
			*hi = v[i];
	}
}

static void legend_item(FILE *f, double *x, double y, const char *cls, const char *label, int line)
{
	if (line)
		asn_svg_line(f, *x, y - 4, *x + 22, y - 4, cls);
	else
		asn_svg_rect(f, *x, y - 10, 22, 11, cls);
	asn_svg_text(f, *x + 28, y, "start", "leg", label);
	*x += 28 + CHAR_PX * (double)asn_report_text_width(label) + 24;
}

/* Line with an interval band and a dashed reference line. */
static void line_chart(FILE *f, const report_chart *c, const report_sink *s)
{
	double w = 720, h = 310, left = 100, right = 680, top = 22, bottom = 240;
	double lo = INFINITY, hi = -INFINITY, step, t, *xs, *ys, *px, *py, lx;
	char buf[NUM];
	size_t i, k, n = c->n;

	extend(&lo, &hi, c->a, n);
	extend(&lo, &hi, c->b, n);
	extend(&lo, &hi, c->c, n);
	extend(&lo, &hi, c->d, n);
	if (!isfinite(lo)) {
		lo = 0;
		hi = 1;
	}
	if (hi - lo < 1) {
		lo -= 1;
		hi += 1;
	}
	step = tick_step(hi - lo, 5);
	lo = floor(lo / step) * step;
	hi = ceil(hi / step) * step;
	xs = asn_calloc(n, sizeof *xs);
	ys = asn_calloc(n, sizeof *ys);
	px = asn_calloc(2 * n, sizeof *px);
	py = asn_calloc(2 * n, sizeof *py);
#define X(i) (n > 1 ? left + (right - left) * (double)(i) / (double)(n - 1) : (left + right) / 2)
#define Y(v) (bottom - (bottom - top) * ((v) - lo) / (hi - lo))
	asn_svg_open(f, w, h, c->half ? "half" : "full", c->title);
	for (t = lo; t <= hi + step / 2; t += step) {
		asn_svg_line(f, left - 30, Y(t), right + 20, Y(t), "gl");
		asn_svg_text(f, left - 38, Y(t) + 4, "end", "axis", fmt(s, t, buf));
	}
	asn_svg_line(f, left - 30, bottom, right + 20, bottom, "ax");
	for (i = 0; i < n; i++)
		asn_svg_text(f, X(i), bottom + 20, "middle", "axis", c->labels[i]);
	if (c->b && c->c) {
		for (i = 0, k = 0; i < n; i++)
			if (isfinite(c->b[i]) && isfinite(c->c[i])) {
				px[k] = X(i);
				py[k++] = Y(c->c[i]);
			}
		for (i = n; i-- > 0;)
			if (isfinite(c->b[i]) && isfinite(c->c[i])) {
				px[k] = X(i);
				py[k++] = Y(c->b[i]);
			}
		if (k >= 4)
			asn_svg_polygon(f, px, py, k, "band");
	}
	if (c->d) {
		for (i = 0, k = 0; i < n; i++)
			if (isfinite(c->d[i])) {
				xs[k] = X(i);
				ys[k++] = Y(c->d[i]);
			}
		if (k >= 2)
			asn_svg_polyline(f, xs, ys, k, "need");
	}
	/* a point not known (a month without its table) is left out */
	for (i = 0, k = 0; i < n; i++)
		if (isfinite(c->a[i])) {
			xs[k] = X(i);
			ys[k++] = Y(c->a[i]);
		}
	asn_svg_polyline(f, xs, ys, k, "line");
	for (i = 0, k = 0; i < n; i++) {
		if (!isfinite(c->a[i]))
			continue;
		asn_svg_circle(f, xs[k], ys[k], 3.5, "pt");
		if (n <= 14)
			asn_svg_text(f, xs[k], ys[k] - 9, "middle", "val", fmt(s, c->a[i], buf));
		k++;
	}
	lx = left - 30;
	legend_item(f, &lx, h - 14, "line", c->legend_a, 1);
	if (c->b && c->c)
		legend_item(f, &lx, h - 14, "band", c->legend_b, 0);
	if (c->d)
		legend_item(f, &lx, h - 14, "need", c->legend_d, 1);
#undef X
#undef Y
	asn_svg_close(f);
	free(xs);
	free(ys);
	free(px);
	free(py);
}

/* Vertical columns with the value on top. */
static void columns(FILE *f, const report_chart *c, const report_sink *s)
{
	double w = 720, h = 200, left = 20, right = 700, top = 24, bottom = 170;
	double max = largest(c->a, c->n), slot, cw, x, len;
	char buf[NUM];
	size_t i;

	slot = c->n ? (right - left) / (double)c->n : 0;
	cw = slot * 0.6 < 56 ? slot * 0.6 : 56;
	asn_svg_open(f, w, h, c->half ? "half" : "full", c->title);
	for (i = 0; i < c->n; i++) {
		x = left + slot * (double)i + slot / 2;
		len = max > 0 ? c->a[i] / max * (bottom - top) : 0;
		asn_svg_rect(f, x - cw / 2, bottom - len, cw, len, "col");
		asn_svg_text(f, x, bottom - len - 6, "middle", "val", fmt(s, c->a[i], buf));
		asn_svg_label(f, x, bottom + 20, "middle", "axis", c->labels[i], chars_in(slot));
	}
	asn_svg_line(f, left, bottom, right, bottom, "ax");
	asn_svg_close(f);
}

/* Two lines of at most max characters, broken at a space. */
static void two_lines(FILE *f, double x, double y, const char *cls, const char *text, size_t max)
{
	size_t cut = asn_report_text_prefix(text, max), i, brk = 0;
	char *first, *rest, *second;

	if (!text[cut]) {
		asn_svg_text(f, x, y, "middle", cls, text);
		return;
	}
	for (i = 0; i < cut; i++)
		if (text[i] == ' ')
			brk = i;
	if (!brk)
		brk = cut;
	first = asn_strndup(text, brk);
	rest = asn_strdup(text + brk + (text[brk] == ' '));
	second = asn_report_text_truncate(rest, max);
	asn_svg_text(f, x, y, "middle", cls, first);
	asn_svg_text(f, x, y + 14, "middle", cls, second);
	free(first);
	free(rest);
	free(second);
}

/* doc/design.md "Talent 9-box": potensi up, kinerja to the right. */
static void ninebox(FILE *f, const report_chart *c, const report_sink *s)
{
	static const int grid[3][3] = { { 6, 8, 9 }, { 3, 5, 7 }, { 1, 2, 4 } };
	static const char *const tone[10] = {
		"", "nb1", "nb3", "nb3", "nb5", "nb5", "nb5", "nb8", "nb8", "nb9"
	};
	double x0 = 96, y0 = 30, cw = 170, ch = 112, gap = 5, total = 0, x, y;
	double w = x0 + 3 * (cw + gap) + 4, h = y0 + 3 * (ch + gap) + 46;
	char buf[NUM], head[NUM + 16], pct[NUM];
	const char *head_cls, *big_cls, *small_cls;
	int row, col, box;

	for (box = 0; box < 9; box++)
		total += c->a[box];
	asn_svg_open(f, w, h, c->half ? "half" : "full", c->title);
	asn_svg_text(f, 8, 18, "start", "head", s->labels[LB_POTENSI]);
	for (row = 0; row < 3; row++) {
		y = y0 + row * (ch + gap);
		asn_svg_text(f, x0 - 10, y + ch / 2 + 5, "end", "lbl", s->labels[LB_TINGGI - row]);
		for (col = 0; col < 3; col++) {
			box = grid[row][col];
			x = x0 + col * (cw + gap);
			/* white text on the two dark boxes */
			head_cls = box == 9 || box == 1 ? "head inv" : "head";
			big_cls = box == 9 || box == 1 ? "big inv" : "big";
			small_cls = box == 9 || box == 1 ? "small inv" : "small";
			asn_svg_rect(f, x, y, cw, ch, tone[box]);
			snprintf(head, sizeof head, "%s %d", s->labels[LB_BOX], box);
			asn_svg_text(f, x + 10, y + 20, "start", head_cls, head);
			asn_svg_text(f, x + cw / 2, y + 54, "middle", big_cls,
			             fmt(s, c->a[box - 1], buf));
			if (total > 0) {
				asn_numfmt_percent(s->nf, c->a[box - 1] / total, 1, pct, NUM);
				asn_svg_text(f, x + cw / 2, y + 71, "middle", small_cls, pct);
			}
			two_lines(f, x + cw / 2, y + 89, small_cls, c->labels[box - 1], 25);
		}
	}
	y = y0 + 3 * (ch + gap) + 14;
	for (col = 0; col < 3; col++)
		asn_svg_text(f, x0 + col * (cw + gap) + cw / 2, y, "middle", "lbl",
		             s->labels[LB_RENDAH + col]);
	asn_svg_text(f, x0 + 1.5 * (cw + gap), y + 22, "middle", "head", s->labels[LB_KINERJA]);
	asn_svg_close(f);
}

void report_chart_svg(FILE *f, const report_chart *c, const report_sink *s)
{
	switch (c->type) {
	case REPORT_CHART_PYRAMID: pyramid(f, c, s); break;
	case REPORT_CHART_BARS: bars(f, c, s); break;
	case REPORT_CHART_DIVERGING: diverging(f, c, s); break;
	case REPORT_CHART_LINE: line_chart(f, c, s); break;
	case REPORT_CHART_COLUMNS: columns(f, c, s); break;
	case REPORT_CHART_NINEBOX: ninebox(f, c, s); break;
	}
}
