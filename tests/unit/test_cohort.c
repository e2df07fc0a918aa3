#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>

#include "cohort.h"
#include "date.h"
#include "test.h"

static asn_date
day(int y, int m, int d)
{
	asn_date x = { y, m, d };

	return x;
}

static int
near(double got, double want, double tol)
{
	return fabs(got - want) <= tol;
}

static asn_cohort_group *
group(asn_cohort *c, const char *name)
{
	return asn_cohort_group_get(c, name, strlen(name) + 1);
}

static void
test_calendar(void)
{
	asn_cohort_options o;

	asn_cohort_options_init(&o, day(2026, 11, 1), 5);
	CHECK_INT(o.first_year, 2026, "calendar: first year is the --as-of year");
	CHECK(near(o.first_fraction, 61.0 / 365, 1e-15), "calendar: 61 of 365 days left");
	asn_cohort_options_init(&o, day(2026, 12, 31), 5);
	/* by hand: the reference date is counted, as the man page says */
	CHECK(near(o.first_fraction, 1.0 / 365, 1e-15), "calendar: the year's last day is 1/365");
	CHECK_INT(asn_cohort_year_index(&o, day(2026, 11, 1), day(2026, 11, 1)), -1,
	    "calendar: retiring on the reference date is retired");
	CHECK_INT(asn_cohort_year_index(&o, day(2026, 11, 1), day(2020, 1, 1)), -1,
	    "calendar: retired long ago");
	CHECK_INT(asn_cohort_year_index(&o, day(2026, 11, 1), day(2026, 12, 1)), 0,
	    "calendar: December of the first year");
	CHECK_INT(asn_cohort_year_index(&o, day(2026, 11, 1), day(2027, 1, 1)), 1,
	    "calendar: 1 January of the next year");
	CHECK_INT(asn_cohort_year_index(&o, day(2026, 11, 1), day(2030, 12, 1)), 4,
	    "calendar: last year of the horizon");
	CHECK_INT(asn_cohort_year_index(&o, day(2026, 11, 1), day(2031, 1, 1)), 5,
	    "calendar: after the horizon");
	asn_cohort_options_init(&o, day(2024, 1, 1), 3);
	CHECK(near(o.first_fraction, 1, 0), "calendar: 1 January starts a whole year");
	asn_cohort_options_init(&o, day(2024, 12, 31), 3);
	CHECK(near(o.first_fraction, 1.0 / 366, 1e-15), "calendar: one day of a leap year");
}

static void
test_groups(void)
{
	asn_cohort_options o;
	asn_cohort *c;
	asn_cohort_group **g, *a;
	const char two[] = "Dinas\0B";

	asn_cohort_options_init(&o, day(2026, 1, 1), 3);
	c = asn_cohort_alloc(&o);
	a = group(c, "Dinas Kesehatan");
	CHECK(a == group(c, "Dinas Kesehatan"), "groups: the same key is the same group");
	group(c, "Dinas");
	group(c, "Badan");
	asn_cohort_group_get(c, two, sizeof two);
	CHECK(asn_cohort_group_find(c, "Dinas", 6) != NULL, "groups: find");
	CHECK(asn_cohort_group_find(c, "Dinas", 5) == NULL, "groups: a key is its exact bytes");
	CHECK_INT(asn_cohort_ngroups(c), 4, "groups: four");
	g = asn_cohort_sorted(c);
	CHECK_STR(g[0]->key, "Badan", "groups: sorted 1");
	CHECK(g[1]->keylen == 6 && strcmp(g[1]->key, "Dinas") == 0, "groups: sorted 2 (Dinas)");
	CHECK(g[2]->keylen == sizeof two, "groups: sorted 3 (Dinas, B): field by field");
	CHECK_STR(g[3]->key, "Dinas Kesehatan", "groups: sorted 4");
	CHECK_INT(a->year[0].akhir, 0, "groups: a new group is empty");
	asn_cohort_free(c);
}

static void
test_retirements_only(void)
{
	asn_cohort_options o;
	asn_cohort *c;
	asn_cohort_group *g;
	long want_awal[] = { 20, 18, 15 }, want_pensiun[] = { 2, 3, 4 };
	int t, ok = 1;

	asn_cohort_options_init(&o, day(2026, 4, 1), 3);
	c = asn_cohort_alloc(&o);
	g = group(c, "A");
	g->retiring[0] = 2;
	g->retiring[1] = 3;
	g->retiring[2] = 4;
	g->retiring[3] = 11;
	CHECK_INT(asn_cohort_awal(c, g), 20, "retirements: 20 in post");
	asn_cohort_project(&o, g);
	for (t = 0; t < 3; t++)
		ok &= g->year[t].tahun == 2026 + t && g->year[t].awal == want_awal[t] &&
		    g->year[t].pensiun == want_pensiun[t] && g->year[t].keluar == 0 &&
		    g->year[t].masuk == 0 &&
		    g->year[t].akhir == want_awal[t] - want_pensiun[t];
	CHECK(ok, "retirements: 20 -2 18 -3 15 -4 11");
	CHECK(!g->year[0].has_kebutuhan, "retirements: no kebutuhan without needs");
	asn_cohort_free(c);
}

static void
test_exits_expected(void)
{
	/* 100 staff after the horizon, 10% a year: expected exits 10, 9, 8.1,
	 * 7.29, 6.561; cumulative 10, 19, 27.1, 34.39, 40.951 rounds to
	 * 10, 19, 27, 34, 41, so keluar 10, 9, 8, 7, 7. */
	long want_keluar[] = { 10, 9, 8, 7, 7 }, want_akhir[] = { 90, 81, 73, 66, 59 };
	asn_cohort_options o;
	asn_cohort *c;
	asn_cohort_group *g;
	int t, ok = 1;

	asn_cohort_options_init(&o, day(2026, 1, 1), 5);
	c = asn_cohort_alloc(&o);
	g = group(c, "A");
	g->retiring[5] = 100;
	g->exit_rate = 0.1;
	asn_cohort_project(&o, g);
	for (t = 0; t < 5; t++) {
		ok &= g->year[t].keluar == want_keluar[t] && g->year[t].akhir == want_akhir[t];
		ok &= near(g->year[t].akhir_expected, 100 * pow(0.9, t + 1), 1e-9);
	}
	CHECK(ok, "exits: keluar 10 9 8 7 7, akhir 90 81 73 66 59, expectation 100 * 0.9^t");
	asn_cohort_free(c);

	/* A cohort retiring in year 2 loses members to exits first: 10 at 10%
	 * a year leaves 8.1 expected to retire. */
	c = asn_cohort_alloc(&o);
	g = group(c, "A");
	g->retiring[2] = 10;
	g->exit_rate = 0.1;
	asn_cohort_project(&o, g);
	CHECK(near(g->year[2].pensiun_expected, 8.1, 1e-12), "exits: retirements thinned to 8.1");
	CHECK(near(g->year[0].keluar_expected, 1, 1e-12) &&
	    near(g->year[1].keluar_expected, 0.9, 1e-12), "exits: 1 then 0.9 leave before BUP");
	CHECK_INT(g->year[0].keluar + g->year[1].keluar + g->year[2].pensiun, 10,
	    "exits: every member leaves once");
	CHECK_INT(g->year[2].akhir, 0, "exits: nobody left after year 2");
	asn_cohort_free(c);

	/* Mid-year start: 61 days of 2026 at 10% a year. */
	asn_cohort_options_init(&o, day(2026, 11, 1), 2);
	c = asn_cohort_alloc(&o);
	g = group(c, "A");
	g->retiring[2] = 1000;
	g->exit_rate = 0.1;
	asn_cohort_project(&o, g);
	CHECK(near(g->year[0].keluar_expected, 1000 * (1 - pow(0.9, 61.0 / 365)), 1e-9),
	    "exits: the first year is prorated (%.3f)", g->year[0].keluar_expected);
	CHECK_INT(g->year[0].keluar, 17, "exits: 17.45 shown as 17");
	asn_cohort_free(c);
}

static void
test_hiring(void)
{
	asn_cohort_options o;
	asn_cohort *c;
	asn_cohort_group *g;

	asn_cohort_options_init(&o, day(2026, 1, 1), 3);
	o.hire = ASN_HIRE_FILL;
	c = asn_cohort_alloc(&o);
	g = group(c, "A");
	g->retiring[0] = 5;
	g->retiring[1] = 2;
	g->retiring[3] = 93;
	g->has_kebutuhan = 1;
	g->kebutuhan = 102;
	asn_cohort_project(&o, g);
	CHECK(g->year[0].masuk == 7 && g->year[0].akhir == 102 && g->year[0].selisih == 0,
	    "fill: hire 7 to reach 102 after 5 retire");
	CHECK(g->year[1].masuk == 2 && g->year[1].formasi_usulan == 2, "fill: then 2 for 2");
	CHECK(g->year[2].masuk == 0 && g->year[2].formasi_usulan == 0, "fill: then none");
	asn_cohort_free(c);

	o.hire = ASN_HIRE_NONE;
	c = asn_cohort_alloc(&o);
	g = group(c, "A");
	g->retiring[0] = 5;
	g->retiring[1] = 2;
	g->retiring[3] = 93;
	g->has_kebutuhan = 1;
	g->kebutuhan = 102;
	asn_cohort_project(&o, g);
	CHECK(g->year[1].akhir == 93 && g->year[1].selisih == -9,
	    "none: the gap grows to -9");
	CHECK(g->year[0].formasi_usulan == 7 && g->year[1].formasi_usulan == 2 &&
	    g->year[2].formasi_usulan == 0, "none: formasi_usulan 7 2 0 (each year's new need)");
	asn_cohort_free(c);

	o.hire = ASN_HIRE_PLANNED;
	c = asn_cohort_alloc(&o);
	g = group(c, "A");
	g->retiring[0] = 5;
	g->retiring[3] = 95;
	g->planned[0] = 3;
	g->planned[2] = 10;
	g->has_kebutuhan = 1;
	g->kebutuhan = 100;
	asn_cohort_project(&o, g);
	CHECK(g->year[0].masuk == 3 && g->year[0].akhir == 98, "planned: 3 hired in year 1");
	CHECK(g->year[0].formasi_usulan == 5, "planned: formasi_usulan 5 > planned 3");
	CHECK(g->year[2].masuk == 10 && g->year[2].akhir == 108 &&
	    g->year[2].formasi_usulan == 10, "planned: 10 planned, 10 proposed");
	asn_cohort_free(c);

	o.hire = ASN_HIRE_NONE;
	o.demand_growth = 0.1;
	c = asn_cohort_alloc(&o);
	g = group(c, "A");
	g->has_kebutuhan = 1;
	g->kebutuhan = 45;
	asn_cohort_project(&o, g);
	CHECK(g->year[0].kebutuhan == 45 && g->year[1].kebutuhan == 50 &&
	    g->year[2].kebutuhan == 54, "growth: 45, 49.5 -> 50, 54.45 -> 54");
	asn_cohort_free(c);
}

/* Monte Carlo against the analytic expectation: within 3 standard errors. */
static void
test_monte_carlo_mean(void)
{
	asn_cohort_options o;
	asn_cohort *c;
	asn_cohort_group *g;
	long sims = 20000;
	double se, want;
	int t, ok_keluar = 1, ok_pensiun = 1, ok_akhir = 1;

	asn_cohort_options_init(&o, day(2026, 7, 1), 6);
	c = asn_cohort_alloc(&o);
	g = group(c, "Dinas Kesehatan");
	g->retiring[0] = 12;
	g->retiring[2] = 30;
	g->retiring[4] = 25;
	g->retiring[5] = 7;
	g->retiring[6] = 400;
	g->exit_rate = 0.04;
	asn_cohort_project(&o, g);
	asn_cohort_simulate(&o, g, sims, 1, 0.9);
	for (t = 0; t < 6; t++) {
		se = g->year[t].keluar_sd / sqrt((double)sims);
		want = g->year[t].keluar_expected;
		if (fabs(g->year[t].keluar_mean - want) > 3 * se) {
			ok_keluar = 0;
			printf("# year %d: mean keluar %.4f, expected %.4f, se %.4f\n", t,
			    g->year[t].keluar_mean, want, se);
		}
		/* retirements of survivors: binomial(b, s), sd <= sqrt(b/4) */
		if (fabs(g->year[t].pensiun_mean - g->year[t].pensiun_expected) >
		    3 * sqrt(30 / 4.0 / (double)sims))
			ok_pensiun = 0;
		if (fabs(g->year[t].akhir_mean - g->year[t].akhir_expected) >
		    3 * sqrt(474 / 4.0 / (double)sims))
			ok_akhir = 0;
	}
	CHECK(ok_keluar, "monte carlo: mean exits within 3 standard errors of the expectation");
	CHECK(ok_pensiun, "monte carlo: mean retirements within 3 standard errors");
	CHECK(ok_akhir, "monte carlo: mean end headcount within 3 standard errors");
	CHECK(g->year[0].akhir_lo <= g->year[0].akhir && g->year[0].akhir <= g->year[0].akhir_hi,
	    "monte carlo: the band holds the expected path");
	asn_cohort_free(c);
}

/* One year, 1000 staff, exits binomial(1000, 0.2): the band and p_kurang
 * against the exact distribution. */
static void
test_monte_carlo_truth(void)
{
	asn_cohort_options o;
	asn_cohort *c;
	asn_cohort_group *g;
	long sims = 20000, lo_true, hi_true, k;
	double p_true, se, mass;

	asn_cohort_options_init(&o, day(2026, 1, 1), 1);
	c = asn_cohort_alloc(&o);
	g = group(c, "A");
	g->retiring[1] = 1000;
	g->exit_rate = 0.2;
	g->has_kebutuhan = 1;
	g->kebutuhan = 795;
	asn_cohort_project(&o, g);
	asn_cohort_simulate(&o, g, sims, 7, 0.9);

	/* akhir = 1000 - K: its q-quantile is 1000 minus K's (1-q)-quantile */
	for (k = 0; gsl_cdf_binomial_Q((unsigned)k, 0.2, 1000) > 0.05; k++)
		;
	lo_true = 1000 - k;
	for (k = 0; gsl_cdf_binomial_P((unsigned)k, 0.2, 1000) < 0.05; k++)
		;
	hi_true = 1000 - k;
	CHECK(labs(g->year[0].akhir_lo - lo_true) <= 1, "truth: akhir_lo %ld vs exact %ld",
	    g->year[0].akhir_lo, lo_true);
	CHECK(labs(g->year[0].akhir_hi - hi_true) <= 1, "truth: akhir_hi %ld vs exact %ld",
	    g->year[0].akhir_hi, hi_true);
	mass = gsl_cdf_binomial_P((unsigned)(1000 - g->year[0].akhir_lo), 0.2, 1000) -
	    (g->year[0].akhir_hi > 0 ?
	    gsl_cdf_binomial_P((unsigned)(1000 - g->year[0].akhir_hi - 1), 0.2, 1000) : 0);
	CHECK(mass >= 0.88, "truth: the band holds %.4f of the exact distribution", mass);
	/* short when akhir < 795, i.e. K > 205 */
	p_true = gsl_cdf_binomial_Q(205, 0.2, 1000);
	se = sqrt(p_true * (1 - p_true) / (double)sims);
	CHECK(fabs(g->year[0].p_kurang - p_true) <= 3 * se,
	    "truth: p_kurang %.4f vs exact %.4f (se %.4f)", g->year[0].p_kurang, p_true, se);
	CHECK(near(g->year[0].keluar_sd, sqrt(1000 * 0.2 * 0.8), 0.5),
	    "truth: sd of exits %.3f vs %.3f", g->year[0].keluar_sd, sqrt(160.0));
	asn_cohort_free(c);
}

static void
test_monte_carlo_reproducible(void)
{
	asn_cohort_options o;
	asn_cohort *c1, *c2;
	asn_cohort_group *a1, *a2, *b2;
	int t, same = 1, other = 0;

	asn_cohort_options_init(&o, day(2026, 3, 1), 4);
	c1 = asn_cohort_alloc(&o);
	c2 = asn_cohort_alloc(&o);
	a1 = group(c1, "A");
	b2 = group(c2, "B");
	a2 = group(c2, "A");
	a1->retiring[1] = a2->retiring[1] = b2->retiring[1] = 50;
	a1->retiring[4] = a2->retiring[4] = b2->retiring[4] = 500;
	a1->exit_rate = a2->exit_rate = b2->exit_rate = 0.05;
	asn_cohort_simulate(&o, b2, 2000, 99, 0.8);
	asn_cohort_simulate(&o, a1, 2000, 99, 0.8);
	asn_cohort_simulate(&o, a2, 2000, 99, 0.8);
	for (t = 0; t < 4; t++) {
		same &= a1->year[t].akhir_lo == a2->year[t].akhir_lo &&
		    a1->year[t].akhir_hi == a2->year[t].akhir_hi &&
		    a1->year[t].akhir_mean == a2->year[t].akhir_mean;
		other |= a1->year[t].akhir_mean != b2->year[t].akhir_mean;
	}
	CHECK(same, "seed: a group's draws depend on the seed and its key only");
	CHECK(other, "seed: another key draws other numbers");
	asn_cohort_simulate(&o, a2, 2000, 100, 0.8);
	CHECK(a1->year[3].akhir_mean != a2->year[3].akhir_mean, "seed: another seed, other draws");
	asn_cohort_free(c1);
	asn_cohort_free(c2);
}

static int
same_years(const asn_cohort_group *a, const asn_cohort_group *b, int years)
{
	int t;

	for (t = 0; t < years; t++)
		if (a->year[t].akhir_lo != b->year[t].akhir_lo ||
		    a->year[t].akhir_hi != b->year[t].akhir_hi ||
		    a->year[t].p_kurang != b->year[t].p_kurang ||
		    a->year[t].pensiun_mean != b->year[t].pensiun_mean ||
		    a->year[t].keluar_mean != b->year[t].keluar_mean ||
		    a->year[t].keluar_sd != b->year[t].keluar_sd ||
		    a->year[t].akhir_mean != b->year[t].akhir_mean ||
		    !a->year[t].simulated || !b->year[t].simulated)
			return 0;
	return 1;
}

/* Groups shared out among threads draw what they draw one by one. */
static void
test_monte_carlo_threads(void)
{
	static const char *names[] = { "A", "B", "C", "D", "E" };
	asn_cohort_options o;
	asn_cohort *one, *many;
	asn_cohort_group *g[5], *h[5];
	int i, threads, same;

	asn_cohort_options_init(&o, day(2026, 5, 1), 5);
	one = asn_cohort_alloc(&o);
	many = asn_cohort_alloc(&o);
	for (i = 0; i < 5; i++) {
		g[i] = group(one, names[i]);
		h[i] = group(many, names[i]);
		g[i]->retiring[i] = h[i]->retiring[i] = 10 * (i + 1);
		g[i]->retiring[5] = h[i]->retiring[5] = 300 * (i + 1);
		g[i]->exit_rate = h[i]->exit_rate = 0.03;
		g[i]->has_kebutuhan = h[i]->has_kebutuhan = 1;
		g[i]->kebutuhan = h[i]->kebutuhan = 290 * (i + 1);
		asn_cohort_simulate(&o, g[i], 3000, 11, 0.9);
	}
	h[4]->exit_trials = g[4]->exit_trials = 400;
	asn_cohort_simulate(&o, g[4], 3000, 11, 0.9);
	for (threads = 0; threads <= 7; threads += 3) {
		for (i = 0; i < 5; i++)
			memset(h[i]->year, 0, 5 * sizeof *h[i]->year);
		asn_cohort_simulate_all(&o, h, 5, 3000, 11, 0.9, threads);
		for (same = 1, i = 0; i < 5; i++)
			same &= same_years(g[i], h[i], 5);
		CHECK(same, "threads: %d threads, the draws of one", threads);
	}
	asn_cohort_simulate_all(&o, h, 0, 3000, 11, 0.9, 4);
	CHECK(same_years(g[0], h[0], 5), "threads: no groups, nothing done");
	asn_cohort_free(one);
	asn_cohort_free(many);
}

static void
test_rate_uncertainty(void)
{
	asn_cohort_options o;
	asn_cohort *c;
	asn_cohort_group *known, *estimated;
	long sims = 20000;
	double se;

	asn_cohort_options_init(&o, day(2026, 1, 1), 3);
	c = asn_cohort_alloc(&o);
	known = group(c, "known");
	estimated = group(c, "estimated");
	known->retiring[3] = estimated->retiring[3] = 2000;
	known->exit_rate = estimated->exit_rate = 0.05;
	estimated->exit_trials = 200;
	asn_cohort_project(&o, known);
	asn_cohort_project(&o, estimated);
	asn_cohort_simulate(&o, known, sims, 3, 0.9);
	asn_cohort_simulate(&o, estimated, sims, 3, 0.9);
	se = estimated->year[0].keluar_sd / sqrt((double)sims);
	CHECK(fabs(estimated->year[0].keluar_mean - 100) <= 3 * se,
	    "uncertain rate: mean exits still 100 (%.2f)", estimated->year[0].keluar_mean);
	/* Var = n p q + n^2 Var(rate) = 95 + 2000^2 * 0.05 * 0.95 / 200 = 1045 */
	CHECK(near(estimated->year[0].keluar_sd, sqrt(95 + 4e6 * 0.0475 / 200), 2),
	    "uncertain rate: sd of exits %.1f vs %.1f", estimated->year[0].keluar_sd,
	    sqrt(95 + 4e6 * 0.0475 / 200));
	CHECK(estimated->year[2].akhir_hi - estimated->year[2].akhir_lo >
	    2 * (known->year[2].akhir_hi - known->year[2].akhir_lo),
	    "uncertain rate: a wider band");
	asn_cohort_free(c);
}

/* Ten positions of 100 staff each, the pooled rate 0.2 estimated over 50
 * staff-years (standard error 0.057): one draw of it per run for all of
 * them, as they share the estimate, or one per position.  Each costs 1 a
 * member in post.  The rate's error moves the ten together when shared:
 * by hand, the total's standard deviation is about sqrt(28^2 + 6.3^2) =
 * 28.7 (1000 x 0.057 / 2 from the rate, sqrt(1000 x 0.16) / 2 from the
 * draws) against sqrt(10 x 2.8^2 + 6.3^2) = 11 with a draw each: a band
 * about 2.6 times wider. */
static void
test_pooled_rate(void)
{
	asn_cohort_options o;
	asn_cohort *c[2];
	asn_cohort_group *g[2][10];
	asn_cohort_biaya model[2];
	asn_cohort_biaya_total *total[2];
	double staf[4] = { 0, 0, 100, 100 }, masuk[2] = { 0, 0 }, lo[2], hi[2], p;
	char name[8];
	int k, i;

	asn_cohort_options_init(&o, day(2026, 1, 1), 1);
	for (k = 0; k < 2; k++) {
		c[k] = asn_cohort_alloc(&o);
		total[k] = asn_cohort_biaya_total_new(1, 4000);
		model[k] = (asn_cohort_biaya){ staf, masuk, total[k] };
		for (i = 0; i < 10; i++) {
			snprintf(name, sizeof name, "u%d", i);
			g[k][i] = group(c[k], name);
			g[k][i]->retiring[1] = 100;
			g[k][i]->exit_rate = 0.2;
			g[k][i]->exit_trials = 50;
			g[k][i]->exit_source = k == 0 ? asn_cohort_exit_source("pooled", 6) : 0;
			g[k][i]->biaya = &model[k];
			asn_cohort_project(&o, g[k][i]);
		}
		asn_cohort_simulate_all(&o, g[k], 10, 4000, 5, 0.9, 2);
		CHECK_INT(asn_cohort_biaya_total_band(total[k], 0, 0.9, -1, &lo[k], &hi[k], &p), 0,
		    "pooled rate: the total's band (%s)", k ? "a draw each" : "shared");
	}
	CHECK(hi[0] - lo[0] > 1.8 * (hi[1] - lo[1]),
	    "pooled rate: shared, the total's band is wider (%.0f against %.0f)", hi[0] - lo[0],
	    hi[1] - lo[1]);
	/* alone or with the others, a group draws the same */
	memset(g[0][3]->year, 0, sizeof *g[0][3]->year);
	g[0][3]->biaya = NULL;
	asn_cohort_simulate(&o, g[0][3], 4000, 5, 0.9);
	lo[1] = g[0][3]->year[0].akhir_lo;
	hi[1] = g[0][3]->year[0].akhir_hi;
	g[0][3]->biaya = NULL;
	for (i = 0; i < 10; i++)
		memset(g[0][i]->year, 0, sizeof *g[0][i]->year);
	asn_cohort_simulate_all(&o, g[0], 10, 4000, 5, 0.9, 1);
	CHECK(lo[1] == g[0][3]->year[0].akhir_lo && hi[1] == g[0][3]->year[0].akhir_hi,
	    "pooled rate: a group alone draws as among the others");
	for (k = 0; k < 2; k++) {
		asn_cohort_biaya_total_free(total[k]);
		asn_cohort_free(c[k]);
	}
}

int
main(void)
{
	test_calendar();
	test_groups();
	test_retirements_only();
	test_exits_expected();
	test_hiring();
	test_monte_carlo_mean();
	test_monte_carlo_truth();
	test_monte_carlo_reproducible();
	test_monte_carlo_threads();
	test_rate_uncertainty();
	test_pooled_rate();
	return TEST_DONE();
}
