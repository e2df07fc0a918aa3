/* The summary: the headline numbers as cards, each beside last month's
 * when there is one. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "report_model.h"
#include "report_sections.h"

/* Where a number of the summary comes from. */
enum { FROM_NONE, FROM_PEGAWAI, FROM_GAP, FROM_FORECAST, FROM_RETIREES };

/* The numbers of the summary, for this month and the previous. */
typedef struct {
	int active_from, retire_from, retire_12_from, has_need, has_ikm;
	double active, need, kurang, lebih, rows_kurang;
	double retire_this, retire_next, retire_12;
	double ikm_below, ikm_units;
	int year;
} metrics;

static const report_year *forecast_year(const report_forecast *fc, int tahun)
{
	size_t i;

	for (i = 0; i < fc->nyears; i++)
		if (fc->years[i].tahun == tahun)
			return &fc->years[i];
	return NULL;
}

/* Each number from the best source present; with like, from the source
 * like used, so that last month is compared with the same thing. */
static metrics measure(const asn_report_data *d, const asn_report_options *opt,
                       const metrics *like)
{
	const report_year *y0, *y1;
	metrics m;
	size_t i;
	int from;

	memset(&m, 0, sizeof m);
	m.year = d->as_of.year;
	from = like ? like->active_from : d->pegawai.present ? FROM_PEGAWAI : FROM_GAP;
	if (from == FROM_PEGAWAI && d->pegawai.present) {
		m.active_from = from;
		m.active = (double)d->pegawai.active;
	} else if (from == FROM_GAP && d->gap.present) {
		m.active_from = from;
		m.active = d->gap.bezetting;
	}
	from = like ? like->retire_from : d->pegawai.present ? FROM_PEGAWAI : FROM_FORECAST;
	y0 = forecast_year(&d->forecast, m.year);
	y1 = forecast_year(&d->forecast, m.year + 1);
	if (from == FROM_PEGAWAI && d->pegawai.present) {
		m.retire_from = from;
		m.retire_this = (double)d->pegawai.retire_this_year;
		m.retire_next = (double)d->pegawai.retire_next_year;
	} else if (from == FROM_FORECAST && d->forecast.present && y0 && y1) {
		m.retire_from = from;
		m.retire_this = y0->pensiun;
		m.retire_next = y1->pensiun;
	}
	from = like ? like->retire_12_from : d->retirees.present ? FROM_RETIREES : FROM_PEGAWAI;
	if (from == FROM_RETIREES && d->retirees.present) {
		m.retire_12_from = from;
		m.retire_12 = (double)d->retirees.n;
	} else if (from == FROM_PEGAWAI && d->pegawai.present) {
		m.retire_12_from = from;
		m.retire_12 = (double)d->pegawai.retire_12_months;
	}
	if (d->gap.present) {
		m.has_need = 1;
		m.need = d->gap.kebutuhan;
		m.kurang = d->gap.kurang;
		m.lebih = d->gap.lebih;
		m.rows_kurang = (double)d->gap.rows_kurang;
	}
	if (d->ikm.present) {
		m.has_ikm = 1;
		m.ikm_units = (double)d->ikm.n;
		for (i = 0; i < d->ikm.n; i++)
			m.ikm_below += report_ikm_below_b(&d->ikm.units[i], opt->ikm_b);
	}
	return m;
}

void report_indikator(const asn_report_data *d, const asn_report_options *opt,
                      const asn_report_data *like, double out[REPORT_INDIKATOR])
{
	metrics l = like ? measure(like, opt, NULL) : (metrics){ 0 };
	metrics m = measure(d, opt, like ? &l : NULL);

	out[0] = m.active_from ? m.active : NAN;
	out[1] = m.has_need ? m.need : NAN;
	out[2] = m.has_need ? m.kurang : NAN;
	out[3] = m.retire_12_from ? m.retire_12 : NAN;
	out[4] = m.has_ikm ? m.ikm_below : NAN;
}

#define CARDS 16

typedef struct {
	report_card card[CARDS];
	char value[CARDS][NUM], hint[CARDS][160], prev[CARDS][NUM], change[CARDS][NUM];
	char label[CARDS][80];
	size_t n;
} card_set;

static void card_add(card_set *cs, const report_builder *b, const char *label, double v,
                     int has_prev, double pv, const char *hint)
{
	report_card *c = &cs->card[cs->n];

	snprintf(cs->label[cs->n], sizeof cs->label[0], "%s", label);
	c->label = cs->label[cs->n];
	c->value = num(b, v, cs->value[cs->n]);
	c->hint = NULL;
	if (hint) {
		snprintf(cs->hint[cs->n], sizeof cs->hint[0], "%s", hint);
		c->hint = cs->hint[cs->n];
	}
	c->previous = c->change = NULL;
	if (b->prev) {
		c->previous = has_prev ? num(b, pv, cs->prev[cs->n]) : "";
		c->change = has_prev ? change(b, v - pv, cs->change[cs->n]) : "";
	}
	cs->n++;
}

/* The plan's hires of next year, the year of the coming formasi (else of
 * its first year). */
static void rencana_card(card_set *cs, const report_builder *b)
{
	const report_rencana *r = &b->cur->rencana;
	const report_rencana_year *y = &r->years[report_rencana_next(r, b->cur->as_of.year)];
	char label[80], hint[160], n1[NUM], n2[NUM];

	snprintf(label, sizeof label, tx(b, T_RC_CARD), y->tahun);
	snprintf(hint, sizeof hint, tx(b, T_RC_CARD_HINT), num(b, y->pns, n1), num(b, y->pppk, n2));
	card_add(cs, b, label, y->usulan, 0, 0, hint);
}

/* The staff's cost this year (else in the table's first year), as a share
 * of the APBD when there is one. */
static void biaya_card(card_set *cs, const report_builder *b)
{
	const report_biaya_table *o[2];
	const report_biaya_year *y = NULL;
	char label[80], n1[NUM];
	size_t i;

	report_biaya_order(&b->cur->biaya, o);
	if (o[0] && o[0]->n == 0)
		o[0] = o[1];
	if (!o[0] || o[0]->n == 0)
		return;
	for (i = 0; i < o[0]->n; i++)
		if (o[0]->years[i].tahun == b->cur->as_of.year)
			y = &o[0]->years[i];
	if (!y)
		y = &o[0]->years[0];
	snprintf(label, sizeof label, tx(b, T_BY_CARD), y->tahun);
	card_add(cs, b, label, y->total, 0, 0, isnan(y->persen) ? NULL : tx(b, T_BY_CARD_HINT));
	if (isnan(y->persen))
		snprintf(cs->value[cs->n - 1], NUM, tx(b, T_BY_RP), num_fixed(b, y->total, 0, n1));
	else
		snprintf(cs->value[cs->n - 1], NUM, tx(b, T_BY_CARD_PERSEN),
		         num_fixed(b, y->persen, 2, n1));
}

void report_section_summary(const report_builder *b)
{
	metrics m = measure(b->cur, b->opt, NULL), p;
	card_set cs;
	char label[80], hint[160], n1[NUM], n2[NUM], n3[NUM];
	const report_pegawai *pg = &b->cur->pegawai;
	const report_seleksi *sl = &b->cur->seleksi;
	long away;

	memset(&p, 0, sizeof p);
	if (b->prev)
		p = measure(b->prev, b->opt, &m);
	memset(&cs, 0, sizeof cs);
	if (m.active_from) {
		hint[0] = '\0';
		if (m.active_from == FROM_PEGAWAI)
			snprintf(hint, sizeof hint, tx(b, T_STATUS_HINT), num(b, pg->status[0], n1),
			         num(b, pg->status[1], n2), num(b, pg->status[2], n3));
		card_add(&cs, b, tx(b, T_ACTIVE), m.active, p.active_from != FROM_NONE, p.active,
		         hint[0] ? hint : NULL);
	}
	if (m.has_need) {
		card_add(&cs, b, tx(b, T_NEED), m.need, p.has_need, p.need, NULL);
		snprintf(hint, sizeof hint, tx(b, T_IN_POSITIONS), num(b, m.rows_kurang, n1));
		card_add(&cs, b, tx(b, T_SHORTAGE), m.kurang, p.has_need, p.kurang, hint);
		card_add(&cs, b, tx(b, T_SURPLUS), m.lebih, p.has_need, p.lebih, NULL);
	}
	if (m.retire_from) {
		snprintf(label, sizeof label, tx(b, T_RETIRE_IN), m.year);
		card_add(&cs, b, label, m.retire_this, p.retire_from && p.year == m.year,
		         p.retire_this, tx(b, T_REST_OF_YEAR));
		snprintf(label, sizeof label, tx(b, T_RETIRE_IN), m.year + 1);
		card_add(&cs, b, label, m.retire_next, p.retire_from && p.year == m.year,
		         p.retire_next, NULL);
	}
	if (m.retire_12_from) {
		hint[0] = '\0';
		if (m.retire_12_from == FROM_RETIREES && (away = report_retirees_away(b->cur)) > 0)
			snprintf(hint, sizeof hint, tx(b, T_RT_AWAY_HINT), num(b, (double)away, n1));
		card_add(&cs, b, tx(b, T_RETIRE_12), m.retire_12, p.retire_12_from != FROM_NONE,
		         p.retire_12, hint[0] ? hint : NULL);
	}
	if (m.has_ikm) {
		card_add(&cs, b, tx(b, T_IKM_BELOW), m.ikm_below, p.has_ikm, p.ikm_below, NULL);
		snprintf(cs.value[cs.n - 1], NUM, tx(b, T_OF_UNITS), num(b, m.ikm_below, n1),
		         num(b, m.ikm_units, n2));
	}
	/* a selection is not monthly: nothing to compare with last month */
	if (sl->present) {
		snprintf(hint, sizeof hint, tx(b, T_SL_CARD_HINT), num(b, (double)sl->n, n1));
		card_add(&cs, b, tx(b, T_SL_CARD), (double)sl->lulus, 0, 0, hint);
		snprintf(cs.value[cs.n - 1], NUM, tx(b, T_OF_UNITS), num(b, (double)sl->lulus, n1),
		         num(b, sl->kebutuhan, n2));
	}
	/* the plan, the moves and the cost are not compared with last month */
	if (b->cur->rencana.present && b->cur->rencana.nyears)
		rencana_card(&cs, b);
	if (b->cur->pindah.present) {
		snprintf(hint, sizeof hint, tx(b, T_PD_CARD_HINT),
		         num(b, (double)b->cur->pindah.moves, n1));
		card_add(&cs, b, tx(b, T_PD_CARD), b->cur->pindah.staff, 0, 0, hint);
		snprintf(cs.value[cs.n - 1], NUM, tx(b, T_PD_CARD_VALUE),
		         num(b, b->cur->pindah.staff, n1));
	}
	if (b->cur->biaya.present)
		biaya_card(&cs, b);
	b->s->section(b->s, "ringkasan", tx(b, T_SUMMARY));
	if (cs.n == 0)
		b->s->para(b->s, tx(b, T_NOTHING));
	else
		b->s->cards(b->s, cs.card, cs.n);
}
