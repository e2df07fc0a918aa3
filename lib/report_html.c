/* One self-contained HTML file: inline CSS and SVG, no script, nothing
 * fetched from the network; prints on A4 and reads on a phone. */
#include <math.h>
#include <stdio.h>

#include "numfmt.h"
#include "report_block.h"
#include "report_format.h"
#include "svg.h"

static const char css[] =
	":root{--ink:#1d2733;--muted:#5d6b79;--line:#d8dee4;--accent:#1f4e79;--soft:#f3f6f9}\n"
	"*{box-sizing:border-box}\n"
	"html{-webkit-text-size-adjust:100%;text-size-adjust:100%}\n"
	"body{margin:0;color:var(--ink);background:#fff;font:15px/1.5 system-ui,-apple-system,"
	"\"Segoe UI\",Roboto,\"Noto Sans\",\"Liberation Sans\",Arial,sans-serif}\n"
	"main{max-width:980px;margin:0 auto;padding:28px 24px 40px}\n"
	"header.cover{border-bottom:3px solid var(--accent);padding-bottom:10px;margin-bottom:8px}\n"
	"h1{font-size:1.75em;line-height:1.2;margin:0 0 6px;color:var(--accent)}\n"
	".sub{margin:0;color:var(--muted)}\n"
	"h2{font-size:1.3em;color:var(--accent);border-bottom:1px solid var(--line);"
	"padding-bottom:4px;margin:34px 0 12px}\n"
	"h3{font-size:1.05em;margin:18px 0 6px}\n"
	"p{margin:0 0 12px;max-width:75ch}\n"
	".cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:12px}\n"
	".card{border:1px solid var(--line);border-left:5px solid var(--accent);border-radius:6px;"
	"padding:10px 14px;background:#fff}\n"
	".card .l{color:var(--muted);font-size:.85em;line-height:1.3}\n"
	".card .v{font-size:1.9em;font-weight:700;line-height:1.25;font-variant-numeric:tabular-nums}\n"
	".card .h{color:var(--muted);font-size:.8em}\n"
	".card .d{font-size:.8em;margin-top:2px}\n"
	".grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(380px,1fr));gap:8px 28px;"
	"align-items:start}\n"
	"figure{margin:10px 0 18px}\n"
	"figcaption{font-weight:600;margin-bottom:6px}\n"
	".plot{overflow-x:auto}\n"
	".plot svg{display:block;max-width:100%;height:auto}\n"
	".note{color:var(--muted);font-size:.85em;margin:4px 0 0}\n"
	".scroll{overflow-x:auto;margin:6px 0 18px}\n"
	"table{border-collapse:collapse;width:100%;font-size:.9em;font-variant-numeric:tabular-nums}\n"
	"table.compact{width:auto;min-width:50%}\n"
	"caption{text-align:left;font-weight:600;padding:0 0 6px}\n"
	"th,td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}\n"
	"thead th{background:var(--soft);border-bottom:2px solid var(--line);font-weight:600}\n"
	"th.n,td.n{text-align:right;white-space:nowrap}\n"
	"td.nw{white-space:nowrap}\n"
	"tr.total td{font-weight:700;border-top:2px solid var(--ink);border-bottom:none}\n"
	"tbody tr:nth-child(even) td{background:#fafbfc}\n"
	"footer{margin-top:40px;padding-top:8px;border-top:1px solid var(--line);color:var(--muted);"
	"font-size:.8em}\n"
	"nav.toc{margin:10px 0 4px;font-size:.9em}nav.toc .tl{font-weight:600;margin-right:6px}"
	"nav.toc ol{display:inline;padding:0;margin:0;list-style:none}"
	"nav.toc li{display:inline}nav.toc li+li:before{content:\" · \";color:var(--muted)}\n"
	".sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;"
	"clip:rect(0 0 0 0);white-space:nowrap;border:0}\n"
	"svg text{font-family:inherit;fill:var(--ink)}\n"
	"svg .lbl{font-size:13px}\n"
	"svg .val{font-size:12px;fill:#3b4754;paint-order:stroke;stroke:#fff;stroke-width:3px;"
	"stroke-linejoin:round}\n"
	"svg .axis{font-size:12px;fill:var(--muted)}\n"
	"svg .leg{font-size:12.5px}\n"
	"svg .head{font-size:13px;font-weight:600}\n"
	"svg .big{font-size:28px;font-weight:700}\n"
	"svg .small{font-size:11.5px}\n"
	"svg .inv{fill:#fff}\n"
	"svg .gl{stroke:#e6eaee;stroke-width:1}\n"
	"svg .stripe{fill:#f4f6f8}\n"
	"svg .ax{stroke:#8a96a3;stroke-width:1}\n"
	"svg .mk{stroke:#5d6b79;stroke-width:1;stroke-dasharray:4 3}\n"
	"svg .bar{fill:#4a7fb0}\n"
	"svg .t1{fill:#2e8b57} svg .t2{fill:#5f9a52} svg .t3{fill:#b9801a} svg .t4{fill:#c94c4c}\n"
	"svg .pria{fill:#3a6ea5} svg .wanita{fill:#d0626f}\n"
	"svg .kurang{fill:#c94c4c} svg .lebih{fill:#3f8f5f}\n"
	"svg .tk{fill:#b03a3a;font-weight:600} svg .tl{fill:#2f7a4f;font-weight:600}\n"
	"svg .band{fill:#9cc3e6;fill-opacity:.55;stroke:#3d6f9e;stroke-width:1}\n"
	"svg .line{fill:none;stroke:#1f4e79;stroke-width:2.5;stroke-linejoin:round}\n"
	"svg .pt{fill:#1f4e79}\n"
	"svg .need{fill:none;stroke:#b3611a;stroke-width:2;stroke-dasharray:7 4}\n"
	"svg .col{fill:#6b8fb5}\n"
	/* chart marks at least 3:1 against white (WCAG 1.4.11); the light boxes
	 * of the 9-box, under dark text, by their 3:1 edges */
	"svg .nb9{fill:#1e7b4a} svg .nb8{fill:#7cc08f;stroke:#3f8c58} svg .nb5{fill:#f3d27a;"
	"stroke:#94760f} svg .nb3{fill:#f0a26b;stroke:#b8661f} svg .nb1{fill:#c94c4c}\n"
	"@media (max-width:640px){body{font-size:14px}main{padding:16px 12px 28px}"
	"h1{font-size:1.4em}.grid{grid-template-columns:1fr}"
	".cards{grid-template-columns:1fr 1fr;gap:8px}.card{padding:8px 10px}.card .v{font-size:1.5em}.plot svg.full{min-width:540px}}\n"
	"@page{size:A4;margin:11mm 10mm}\n"
	/* print: compact, so that the body fits a few A4 pages; no heading,
	 * caption or figure title left at the foot of a page */
	"@media print{body{font-size:8.5pt;line-height:1.3}main{max-width:none;padding:0}"
	"header.cover{padding-bottom:4px;margin-bottom:4px}h1{font-size:1.5em;margin:0 0 2px}"
	"h2{font-size:1.15em;margin:10px 0 5px;padding-bottom:2px}h3{margin:6px 0 3px}"
	"h2,h3,caption,figcaption{break-after:avoid;page-break-after:avoid}"
	"h2+*,h3+*{break-before:avoid}"
	"p{margin:0 0 5px;max-width:none}"
	"figure,.card,tr,.keep{break-inside:avoid}figure{margin:3px 0 6px}"
	".plot svg{max-height:62mm;width:auto;max-width:100%}"
	".cards{grid-template-columns:repeat(5,1fr);gap:5px}.card{padding:3px 7px;border-left-width:4px}"
	".card .v{font-size:1.3em}.card .l,.card .h,.card .d{font-size:.78em}"
	".grid{grid-template-columns:1fr 1fr;gap:4px 16px}"
	"th,td{padding:1.5px 5px}caption{padding:0 0 2px}"
	".scroll{margin:2px 0 6px}.scroll,.plot{overflow:visible}"
	"tbody tr:nth-child(even) td{background:none}footer{margin-top:12px}}\n";

static void text(FILE *f, const char *s)
{
	asn_svg_escape(f, s);
}

static void html_begin(report_sink *s, const char *title, const char *subtitle)
{
	fprintf(s->f, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
	        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
	        s->opt->lang == ASN_REPORT_EN ? "en" : "id");
	text(s->f, title);
	fputs(" · ", s->f);
	text(s->f, subtitle);
	fprintf(s->f, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n"
	        "<header class=\"cover\">\n<h1>", css);
	text(s->f, title);
	fputs("</h1>\n<p class=\"sub\">", s->f);
	text(s->f, subtitle);
	fputs("</p>\n</header>\n", s->f);
}

static void html_section(report_sink *s, const char *id, const char *title)
{
	if (s->section_open)
		fputs("</section>\n", s->f);
	s->section_open = 1;
	fprintf(s->f, "<section id=\"%s\">\n<h2>", id);
	text(s->f, title);
	fputs("</h2>\n", s->f);
}

static void html_heading(report_sink *s, const char *title)
{
	fputs("<h3>", s->f);
	text(s->f, title);
	fputs("</h3>\n", s->f);
}

static void html_para(report_sink *s, const char *t)
{
	fputs("<p>", s->f);
	text(s->f, t);
	fputs("</p>\n", s->f);
}

static void html_cards(report_sink *s, const report_card *cards, size_t n)
{
	size_t i;

	fputs("<div class=\"cards\">\n", s->f);
	for (i = 0; i < n; i++) {
		fputs("<div class=\"card\"><div class=\"l\">", s->f);
		text(s->f, cards[i].label);
		fputs("</div><div class=\"v\">", s->f);
		text(s->f, cards[i].value);
		fputs("</div>", s->f);
		if (cards[i].hint) {
			fputs("<div class=\"h\">", s->f);
			text(s->f, cards[i].hint);
			fputs("</div>", s->f);
		}
		if (cards[i].previous && *cards[i].previous) {
			fputs("<div class=\"d\">", s->f);
			text(s->f, s->labels[LB_PREVIOUS]);
			fputc(' ', s->f);
			text(s->f, cards[i].previous);
			fputs(" · ", s->f);
			text(s->f, cards[i].change);
			fputs("</div>", s->f);
		}
		fputs("</div>\n", s->f);
	}
	fputs("</div>\n", s->f);
}

static void html_table(report_sink *s, const report_table *t)
{
	size_t r, c;

	if (t->text_only)
		return;
	fputs(t->compact ? "<div class=\"scroll\"><table class=\"compact\">\n" :
	      "<div class=\"scroll\"><table>\n", s->f);
	if (t->caption) {
		fputs("<caption>", s->f);
		text(s->f, t->caption);
		fputs("</caption>\n", s->f);
	}
	fputs("<thead><tr>", s->f);
	for (c = 0; c < t->ncols; c++) {
		fputs(t->flags[c] & REPORT_COL_NUMERIC ? "<th class=\"n\">" : "<th>", s->f);
		text(s->f, t->head[c]);
		fputs("</th>", s->f);
	}
	fputs("</tr></thead>\n<tbody>\n", s->f);
	for (r = 0; r < t->nrows; r++) {
		fputs(t->row_flags[r] & REPORT_ROW_TOTAL ? "<tr class=\"total\">" : "<tr>", s->f);
		for (c = 0; c < t->ncols; c++) {
			fputs(t->flags[c] & REPORT_COL_NUMERIC ? "<td class=\"n\">" :
			      t->flags[c] & REPORT_COL_NOWRAP ? "<td class=\"nw\">" : "<td>", s->f);
			text(s->f, report_table_get(t, r, c));
			fputs("</td>", s->f);
		}
		fputs("</tr>\n", s->f);
	}
	fputs("</tbody>\n</table></div>\n", s->f);
}

/* The chart's numbers as a table for screen readers (hidden on screen and
 * on paper, where the section's own tables give them). */
static void chart_numbers(report_sink *s, const report_chart *c)
{
	const double *series[4] = { c->a, c->b, c->c, c->d };
	const char *legend[4] = { c->legend_a, c->legend_b, c->legend_c, c->legend_d };
	char buf[64];
	size_t i, k;

	fputs("<table class=\"sr\"><caption>", s->f);
	text(s->f, c->title);
	fputs("</caption>\n<thead><tr><th></th>", s->f);
	for (k = 0; k < 4; k++)
		if (series[k]) {
			fputs("<th>", s->f);
			text(s->f, legend[k] ? legend[k] : c->title);
			fputs("</th>", s->f);
		}
	fputs("</tr></thead>\n<tbody>\n", s->f);
	for (i = 0; i < c->n; i++) {
		fputs("<tr><th>", s->f);
		text(s->f, c->labels && c->labels[i] ? c->labels[i] : "");
		fputs("</th>", s->f);
		for (k = 0; k < 4; k++)
			if (series[k]) {
				fputs("<td>", s->f);
				if (isfinite(series[k][i]))
					text(s->f, asn_numfmt_format(s->nf, series[k][i], 1, ASN_NUMFMT_TRIM,
					                             buf, sizeof buf));
				fputs("</td>", s->f);
			}
		fputs("</tr>\n", s->f);
	}
	fputs("</tbody></table>\n", s->f);
}

static void html_chart(report_sink *s, const report_chart *c)
{
	fputs("<figure>\n<figcaption>", s->f);
	text(s->f, c->title);
	fputs("</figcaption>\n<div class=\"plot\">\n", s->f);
	report_chart_svg(s->f, c, s);
	fputs("</div>\n", s->f);
	chart_numbers(s, c);
	if (c->note) {
		fputs("<p class=\"note\">", s->f);
		text(s->f, c->note);
		fputs("</p>\n", s->f);
	}
	fputs("</figure>\n", s->f);
}

static void html_see(report_sink *s, const char *prefix, const char *const *ids,
                     const char *const *titles, size_t n)
{
	size_t i;

	fputs("<p>", s->f);
	text(s->f, prefix);
	fputs(": ", s->f);
	for (i = 0; i < n; i++) {
		fprintf(s->f, "%s<a href=\"#%s\">", i ? "; " : "", ids[i]);
		text(s->f, titles[i]);
		fputs("</a>", s->f);
	}
	fputs(".</p>\n", s->f);
}

static void html_group(report_sink *s, int open)
{
	fputs(open ? "<div class=\"grid\">\n" : "</div>\n", s->f);
}

void report_html_toc(report_sink *s, const char *label, const char *const *ids,
                     const char *const *titles, size_t n)
{
	size_t i;

	if (n < 2)
		return;
	fputs("<nav class=\"toc\" aria-label=\"", s->f);
	text(s->f, label);
	fputs("\"><span class=\"tl\">", s->f);
	text(s->f, label);
	fputs("</span><ol>\n", s->f);
	for (i = 0; i < n; i++) {
		fprintf(s->f, "<li><a href=\"#%s\">", ids[i]);
		text(s->f, titles[i]);
		fputs("</a></li>\n", s->f);
	}
	fputs("</ol></nav>\n", s->f);
}

static void html_end(report_sink *s, const char *footer)
{
	if (s->section_open)
		fputs("</section>\n", s->f);
	fputs("<footer>", s->f);
	text(s->f, footer);
	fputs("</footer>\n</main>\n</body>\n</html>\n", s->f);
}

void report_html_sink(report_sink *s)
{
	s->begin = html_begin;
	s->section = html_section;
	s->heading = html_heading;
	s->para = html_para;
	s->cards = html_cards;
	s->table = html_table;
	s->chart = html_chart;
	s->see = html_see;
	s->group = html_group;
	s->end = html_end;
}
