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

	for (i = 0; i < n; i++) {
		asn_biaya_exits(b, g[i]->key, g[i]->keylen, g[i]->exit_rate);
		years = plan ? (size_t)plan->years : 0;
		/* plan->pns and ->pppk are by the sorted group's index */
		for (y = 0; y < years; y++)
			asn_biaya_add_hires(b, g[i]->key, g[i]->keylen, (int)y, plan->pns[i * years + y],
			                    plan->pppk[i * years + y], g[i]->exit_rate);
	}
}

unsigned long asn_biaya_finish(asn_biaya *b, asn_cohort *c, const asn_plan *plan,
                               const char *path, const char *const *by, size_t nby)
{
	asn_output *out;
	asn_csv_writer *w;

	asn_biaya_apply(b, c, plan);
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
