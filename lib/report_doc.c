/* The report: the sink of the format asked for, and the sections in their
 * order, each writing its blocks to it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#include "report.h"
#include "report_block.h"
#include "report_format.h"
#include "report_model.h"
#include "report_sections.h"

static void sources(const report_builder *b, char *buf, size_t size)
{
	const asn_report_data *d = b->cur;
	const char *names[] = {
		d->pegawai.source, d->gap.source, d->forecast.source, d->retirees.source,
		d->score.source, d->ikm.source, d->seleksi.source, d->rencana.source,
		d->pindah.source, d->biaya.t[0].source, d->biaya.t[1].source,
		d->gapsub.source, d->usulan.source, d->calon.source, d->rejects.source,
		d->skenario.source, d->rincian.source
	};
	size_t i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		if (!names[i])
			continue;
		snprintf(buf + n, size - n, "%s%s", n ? ", " : "", names[i]);
		n = strlen(buf);
	}
}

/* The sections as they are written, for the html table of contents. */
#define TOC_MAX 32

typedef struct {
	void (*section)(report_sink *, const char *id, const char *title);
	char id[TOC_MAX][32], title[TOC_MAX][160];
	size_t n;
} toc_list;

static void toc_section(report_sink *s, const char *id, const char *title)
{
	toc_list *t = s->toc;

	if (t->n < TOC_MAX) {
		snprintf(t->id[t->n], sizeof t->id[0], "%s", id);
		snprintf(t->title[t->n], sizeof t->title[0], "%s", title);
		t->n++;
	}
	t->section(s, id, title);
}

static void sections(const report_builder *b);
static void html_with_toc(report_builder *b, const char *title, const char *subtitle,
                          const char *footer);

void asn_report_render(FILE *f, const asn_report_data *cur, const asn_report_data *prev,
                       const asn_report_options *opt)
{
	report_sink sink;
	report_builder b;
	char title[600], subtitle[TEXT], footer[TEXT], date[NUM], src[TEXT / 2];

	report_sink_init(&sink, f, opt);
	switch (opt->format) {
	case ASN_REPORT_HTML: report_html_sink(&sink); break;
	case ASN_REPORT_MD: report_md_sink(&sink); break;
	default: report_txt_sink(&sink); break;
	}
	b.s = &sink;
	b.cur = cur;
	b.prev = prev;
	b.opt = opt;
	b.lang = opt->lang == ASN_REPORT_EN;

	snprintf(title, sizeof title, "%s", opt->title ? opt->title : tx(&b, T_TITLE));
	snprintf(subtitle, sizeof subtitle, "%s %s %d · %s %s", tx(&b, T_PERIOD),
	         report_month_name(&b, opt->period_month), opt->period_year,
	         tx(&b, T_AS_OF), report_long_date(&b, cur->as_of, date));
	sources(&b, src, sizeof src);
	/* every output says what it was made from, the configuration too */
	snprintf(footer, sizeof footer, "%s asn-report %s · %s %s · %s: %s · %s: %s",
	         tx(&b, T_MADE_BY), ASN_VERSION, tx(&b, T_AS_OF), date, tx(&b, T_SOURCES), src,
	         tx(&b, T_CONFIG), opt->config_source ? opt->config_source : tx(&b, T_BUILTIN));

	if (opt->format == ASN_REPORT_HTML) {
		html_with_toc(&b, title, subtitle, footer);
		return;
	}
	sink.begin(&sink, title, subtitle);
	sections(&b);
	sink.end(&sink, footer);
}

/* html: the body first into memory, its sections noted, then the head, the
 * table of contents and the body. */
static void html_with_toc(report_builder *b, const char *title, const char *subtitle,
                          const char *footer)
{
	report_sink *s = b->s;
	FILE *f = s->f, *mem;
	char *body = NULL;
	size_t len = 0, i;
	toc_list toc;
	const char *ids[TOC_MAX], *titles[TOC_MAX];

	memset(&toc, 0, sizeof toc);
	toc.section = s->section;
	s->toc = &toc;
	s->section = toc_section;
	if (!(mem = open_memstream(&body, &len)))
		asn_die(ASN_EXIT_INPUT, "out of memory writing the report");
	s->f = mem;
	sections(b);
	fclose(mem);
	s->f = f;
	s->section = toc.section;
	s->toc = NULL;
	s->begin(s, title, subtitle);
	for (i = 0; i < toc.n; i++) {
		ids[i] = toc.id[i];
		titles[i] = toc.title[i];
	}
	report_html_toc(s, tx(b, T_TOC), ids, titles, toc.n);
	fwrite(body, 1, len, f);
	free(body);
	s->end(s, footer);
}

static void sections(const report_builder *bp)
{
	const asn_report_data *cur = bp->cur;
	const asn_report_options *opt = bp->opt;
	report_builder b = *bp;

	report_section_summary(&b);
	if (cur->gapjab.present || cur->ikm.present)
		report_section_keputusan(&b);
	if (opt->nbulan)
		report_section_tren(&b);
	if (cur->pegawai.present)
		report_section_profile(&b);
	if (cur->gap.present)
		report_section_gap(&b);
	if (cur->gapsub.present)
		report_section_gapsub(&b);
	if (cur->forecast.present)
		report_section_forecast(&b);
	if (cur->rencana.present)
		report_section_rencana(&b);
	if (cur->usulan.present)
		report_section_usulan(&b);
	if (cur->skenario.present)
		report_section_skenario(&b);
	if (cur->pindah.present)
		report_section_pindah(&b);
	if (cur->calon.present)
		report_section_calon(&b);
	if (cur->biaya.present || cur->rincian.present)
		report_section_biaya(&b);
	if (cur->retirees.present)
		report_section_retirees(&b);
	if (cur->score.present)
		report_section_talent(&b);
	if (cur->ikm.present)
		report_section_ikm(&b);
	if (cur->seleksi.present)
		report_section_seleksi(&b);
	if (cur->rejects.present)
		report_section_rejects(&b);
	/* named lists are an appendix, not the report */
	if (cur->retirees.present)
		report_section_retiree_names(&b);
}
