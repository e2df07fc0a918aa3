/* The cost of a projection or a plan (lib/biaya_plan.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "biaya_plan.h"
#include "cli.h"
#include <math.h>

void asn_biaya_apply(asn_biaya *b, asn_cohort *c, const asn_plan *plan)
{
	asn_cohort_group **g = asn_cohort_sorted(c);
	size_t i, y, n = asn_cohort_ngroups(c), years;
	double f = asn_cohort_get_options(c)->first_fraction;

	for (i = 0; i < n; i++) {
		asn_biaya_exits(b, g[i]->key, g[i]->keylen, g[i]->exit_rate, f);
		years = plan ? (size_t)plan->years : 0;
		/* plan->pns and ->pppk are by the sorted group's index */
		for (y = 0; y < years; y++)
			asn_biaya_add_hires(b, g[i]->key, g[i]->keylen, (int)y,
			                    (double)plan->pns[i * years + y],
			                    (double)plan->pppk[i * years + y], g[i]->exit_rate);
		/* the projection's own intake, at the end of each year but the last:
		 * the unrounded path's, as the runs hire for the exits they draw */
		for (y = 0; !plan && b->intake && y + 1 < (size_t)b->years; y++)
			asn_biaya_add_hires(b, g[i]->key, g[i]->keylen, (int)y,
			                    g[i]->year[y].masuk_expected, 0, g[i]->exit_rate);
	}
}

void asn_biaya_pindah(asn_biaya *b, const asn_plan_moves *m)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		if (m->v[i].had > 0)
			asn_biaya_move(b, asn_biaya_group(b, m->v[i].dari->key, m->v[i].dari->keylen),
			               asn_biaya_group(b, m->v[i].ke->key, m->v[i].ke->keylen), m->v[i].j,
			               (double)m->v[i].n / (double)m->v[i].had);
}

unsigned long asn_biaya_pindah_read(asn_biaya *b, asn_cohort *c, asn_group_keys *k,
                                    const asn_plan_keys *pk, asn_input *in, const char *path,
                                    unsigned char delimiter, long *moved)
{
	asn_plan_moves moves = { NULL, 0, 0 };
	unsigned long rejected = asn_plan_pindah_read(c, k, pk, in, path, delimiter, moved, &moves);

	if (b)
		asn_biaya_pindah(b, &moves);
	asn_plan_moves_free(&moves);
	return rejected;
}

void asn_biaya_simulation(asn_biaya *b, asn_cohort *c, const asn_plan *plan, long sims,
                          double level)
{
	asn_cohort_group **g;
	size_t i, n, gi, cy = (size_t)asn_cohort_get_options(c)->years, h, t, py;
	size_t cost_years = (size_t)b->years < cy ? (size_t)b->years : cy;
	double pns[2], pppk[2], *st, *ma, np, nk;
	int j;

	asn_biaya_simulation_end(b, c);
	g = asn_cohort_sorted(c);
	n = asn_cohort_ngroups(c);
	b->level = level;
	/* in the projection's years: the plan's has one more, costing nothing */
	b->total = asn_cohort_biaya_total_new((int)cy, sims);
	b->model = asn_calloc(n ? n : 1, sizeof *b->model);
	b->model_staf = asn_calloc((n ? n : 1) * (cy + 1) * cy * 2, sizeof *b->model_staf);
	b->model_masuk = asn_calloc((n ? n : 1) * cy * cy * 2, sizeof *b->model_masuk);
	py = plan ? (size_t)plan->years : 0;
	for (i = 0; i < n; i++) {
		gi = asn_biaya_group(b, g[i]->key, g[i]->keylen);
		st = &b->model_staf[i * (cy + 1) * cy * 2];
		ma = &b->model_masuk[i * cy * cy * 2];
		for (j = 0; j <= (int)cy && j < b->kohorts; j++)
			for (t = 0; t < cost_years; t++)
				asn_biaya_cohort_cost(b, gi, j, (int)t, &st[((size_t)j * cy + t) * 2]);
		for (h = 0; h < cost_years; h++) {
			/* an entrant of the plan is PNS or PPPK as it splits the year's
			 * hires; of the projection, PNS */
			np = h < py ? (double)plan->pns[i * py + h] : 1;
			nk = h < py ? (double)plan->pppk[i * py + h] : 0;
			if (np + nk <= 0)
				continue;
			for (t = h + 1; t < cost_years; t++) {
				asn_biaya_hire_cost(b, gi, 0, (int)h, (int)t, pns);
				asn_biaya_hire_cost(b, gi, 1, (int)h, (int)t, pppk);
				ma[(h * cy + t) * 2] = (np * pns[0] + nk * pppk[0]) / (np + nk);
				ma[(h * cy + t) * 2 + 1] = (np * pns[1] + nk * pppk[1]) / (np + nk);
			}
		}
		b->model[i].staf = st;
		b->model[i].masuk = ma;
		b->model[i].total = b->total;
		g[i]->biaya = &b->model[i];
	}
}

void asn_biaya_plan_simulate(asn_biaya *b, asn_cohort *c, const asn_plan *plan, long sims,
                             unsigned long seed, double level, int threads)
{
	asn_plan_project(plan, c);
	asn_biaya_simulation(b, c, plan, sims, level);
	asn_cohort_simulate_all(asn_cohort_get_options(c), asn_cohort_sorted(c),
	                        asn_cohort_ngroups(c), sims, seed, level, threads);
}

void asn_biaya_simulation_bands(asn_biaya *b, asn_cohort *c)
{
	asn_cohort_group **g = asn_cohort_sorted(c);
	size_t i, n = asn_cohort_ngroups(c), gi, years = (size_t)b->years, t;

	if (!b->model)
		return;
	free(b->band);
	b->band = NULL;
	/* groups may have been added since: index by the groups' count now */
	for (i = 0; i < n; i++)
		(void)asn_biaya_group(b, g[i]->key, g[i]->keylen);
	b->band = asn_calloc((b->n ? b->n : 1) * years * 2, sizeof *b->band);
	for (i = 0; i < n; i++) {
		gi = asn_biaya_group(b, g[i]->key, g[i]->keylen);
		for (t = 0; t < years && g[i]->year[t].biaya_simulated; t++) {
			b->band[(gi * years + t) * 2] = g[i]->year[t].biaya_lo;
			b->band[(gi * years + t) * 2 + 1] = g[i]->year[t].biaya_hi;
		}
	}
}

void asn_biaya_simulation_end(asn_biaya *b, asn_cohort *c)
{
	asn_cohort_group **g = asn_cohort_sorted(c);
	size_t i, n = asn_cohort_ngroups(c);

	for (i = 0; i < n; i++)
		g[i]->biaya = NULL;
	free(b->model);
	free(b->model_staf);
	free(b->model_masuk);
	free(b->band);
	asn_cohort_biaya_total_free(b->total);
	b->model = NULL;
	b->model_staf = b->model_masuk = b->band = NULL;
	b->total = NULL;
}

unsigned long asn_biaya_finish(asn_biaya *b, asn_cohort *c, const asn_plan *plan,
                               const char *path, const char *const *by, size_t nby)
{
	asn_output *out;
	asn_csv_writer *w;

	asn_biaya_apply(b, c, plan);
	asn_biaya_simulation_bands(b, c);
	asn_biaya_rincian_close(b);
	out = asn_output_open(path);
	w = asn_csv_writer_new(asn_output_file(out));
	asn_biaya_write(b, w, by, nby);
	asn_csv_writer_free(w);
	asn_output_close(out);
	if (b->rejected)
		asn_cli_summary("%s: %llu row%s not costed (golongan not in the pay tables, or no masa "
		                "kerja)", path, b->rejected, b->rejected == 1 ? "" : "s");
	return (unsigned long)b->rejected;
}

/* What is left under the cap in year index y with the hires of plan p. */
static double margin(asn_biaya *b, asn_cohort *c, const asn_plan *p, const double *snap,
                     size_t nsnap, int y)
{
	double total, batas;

	asn_biaya_restore(b, snap, nsnap);
	asn_biaya_apply(b, c, p);
	asn_biaya_year_total(b, y, &total, &batas);
	return b->apbd[y] * b->rules->batas_persen / 100 - batas;
}

void asn_biaya_kuota_batas(asn_biaya *b, asn_cohort *c, const asn_plan *proto,
                           asn_plan_kuota *k, int years)
{
	asn_plan p;
	size_t nsnap;
	double *snap = asn_biaya_snapshot(b, &nsnap), m, unit;
	int t, y, tries, quiet = asn_quiet;
	long q;

	/* the trial plans would tell their years again and again */
	asn_quiet = 1;
	for (t = 0; t < years; t++)
		k->cap[t][ASN_KUOTA_SEMUA] = 0;
	for (t = 0; t < years; t++) {
		y = t + 1 < years ? t + 1 : t;
		if (b->apbd[y] <= 0) {
			k->cap[t][ASN_KUOTA_SEMUA] = ASN_KUOTA_NONE;
			continue;
		}
		unit = asn_biaya_entrant_cost(b, y);
		for (tries = 0; tries < 50; tries++) {
			p = *proto;
			p.kuota = k;
			p.rows = NULL;
			p.nrows = NULL;
			p.usulan = p.pns = p.pppk = NULL;
			asn_plan_run(&p, c, years);
			m = margin(b, c, &p, snap, nsnap, y);
			asn_plan_free(&p);
			q = k->cap[t][ASN_KUOTA_SEMUA];
			if (tries == 0 && m > 0 && unit > 0) {
				k->cap[t][ASN_KUOTA_SEMUA] = q + (long)floor(m / unit);
				continue;
			}
			if (m >= 0 || q == 0)
				break;
			/* the plan's own entrants cost more than an S1 CPNS: cut */
			q -= unit > 0 ? (long)ceil(-m / unit) : q;
			k->cap[t][ASN_KUOTA_SEMUA] = q < 0 ? 0 : q;
		}
	}
	asn_quiet = quiet;
	asn_biaya_restore(b, snap, nsnap);
	free(snap);
}
