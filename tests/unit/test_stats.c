#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_statistics_double.h>

#include "stats.h"
#include "test.h"

#define NIST "tests/data/nist-strd/"

static int
near(double got, double want, double tol)
{
	return fabs(got - want) <= tol;
}

/* x,y rows of a two-column CSV with a header. */
static size_t
read_xy(const char *path, double *x, double *y, size_t max)
{
	FILE *f = fopen(path, "r");
	char line[256];
	size_t n = 0;

	if (!f)
		return 0;
	if (fgets(line, sizeof line, f))
		while (n < max && fgets(line, sizeof line, f))
			if (sscanf(line, "%lf,%lf", &x[n], &y[n]) == 2)
				n++;
	fclose(f);
	return n;
}

/* parameter,value,std_error rows of the certified values. */
static int
certified(const char *name, double *value, double *se)
{
	FILE *f = fopen(NIST "norris-certified.csv", "r");
	char line[256], *comma, *end;
	int found = 0;

	if (!f)
		return 0;
	while (!found && fgets(line, sizeof line, f)) {
		comma = strchr(line, ',');
		if (!comma || (size_t)(comma - line) != strlen(name) ||
		    strncmp(line, name, strlen(name)) != 0)
			continue;
		*value = strtod(comma + 1, &end);
		*se = *end == ',' && end[1] != '\n' && end[1] ? strtod(end + 1, NULL) : NAN;
		found = 1;
	}
	fclose(f);
	return found;
}

static void
test_norris(void)
{
	double x[64], y[64], value, se;
	size_t n = read_xy(NIST "norris.csv", x, y, 64);
	asn_stats_ols fit;

	if (n == 0) {
		printf("ok %d - # SKIP %snorris.csv not found\n", ++test_count, NIST);
		return;
	}
	CHECK_INT(n, 36, "norris: 36 observations");
	CHECK_INT(asn_stats_ols_fit(x, y, n, &fit), ASN_STATS_OK, "norris: fit");
	CHECK(certified("intercept", &value, &se), "norris: certified intercept read");
	CHECK(asn_stats_lre(fit.intercept, value) >= 9, "norris: intercept LRE %.1f >= 9",
	    asn_stats_lre(fit.intercept, value));
	CHECK(asn_stats_lre(sqrt(fit.cov00), se) >= 9, "norris: intercept std error LRE %.1f >= 9",
	    asn_stats_lre(sqrt(fit.cov00), se));
	CHECK(certified("slope", &value, &se), "norris: certified slope read");
	CHECK(asn_stats_lre(fit.slope, value) >= 9, "norris: slope LRE %.1f >= 9",
	    asn_stats_lre(fit.slope, value));
	CHECK(asn_stats_lre(sqrt(fit.cov11), se) >= 9, "norris: slope std error LRE %.1f >= 9",
	    asn_stats_lre(sqrt(fit.cov11), se));
	CHECK(certified("residual_sd", &value, &se), "norris: certified residual sd read");
	CHECK(asn_stats_lre(fit.residual_sd, value) >= 9, "norris: residual sd LRE %.1f >= 9",
	    asn_stats_lre(fit.residual_sd, value));
	CHECK(certified("r_squared", &value, &se), "norris: certified R^2 read");
	CHECK(asn_stats_lre(fit.r_squared, value) >= 9, "norris: R^2 LRE %.1f >= 9",
	    asn_stats_lre(fit.r_squared, value));
}

static void
test_ols_by_hand(void)
{
	/* x 1..5, y 2 4 5 4 5: Sxx 10, Sxy 6, slope 0.6, intercept 2.2,
	 * residuals -0.8 0.6 1 -0.6 -0.2, sumsq 2.4, s^2 0.8, TSS 6, R^2 0.6 */
	double x[] = { 1, 2, 3, 4, 5 }, y[] = { 2, 4, 5, 4, 5 };
	double same[] = { 3, 3, 3, 3, 3 }, yhat, lo, hi, half;
	asn_stats_ols fit;

	CHECK_INT(asn_stats_ols_fit(x, y, 5, &fit), ASN_STATS_OK, "ols: fit");
	CHECK(near(fit.slope, 0.6, 1e-14), "ols: slope 0.6 (%.17g)", fit.slope);
	CHECK(near(fit.intercept, 2.2, 1e-14), "ols: intercept 2.2 (%.17g)", fit.intercept);
	CHECK(near(fit.sumsq, 2.4, 1e-13), "ols: sumsq 2.4");
	CHECK(near(fit.residual_sd, sqrt(0.8), 1e-14), "ols: residual sd sqrt(0.8)");
	CHECK(near(fit.r_squared, 0.6, 1e-14), "ols: R^2 0.6");
	/* var(slope) = s^2 / Sxx = 0.08; var(intercept) = s^2 (1/n + xbar^2/Sxx) = 0.88 */
	CHECK(near(fit.cov11, 0.08, 1e-14), "ols: var(slope) 0.08");
	CHECK(near(fit.cov00, 0.88, 1e-13), "ols: var(intercept) 0.88");
	CHECK(near(fit.cov01, -0.24, 1e-14), "ols: cov -0.24");
	/* at x = 6: yhat 5.8, se_mean^2 = 0.8 (1/5 + 9/10) = 0.88,
	 * half width t(0.95, 3) sqrt(0.88 + 0.8) */
	asn_stats_ols_predict(&fit, 6, 0.90, &yhat, &lo, &hi);
	half = 2.3533634348018264 * sqrt(1.68);
	CHECK(near(yhat, 5.8, 1e-13), "ols: forecast 5.8 at x 6");
	CHECK(near(hi - yhat, half, 1e-9) && near(yhat - lo, half, 1e-9),
	    "ols: 90%% prediction interval half width %.9f", half);

	CHECK_INT(asn_stats_ols_fit(x, y, 2, &fit), ASN_STATS_ETOOFEW, "ols: 2 points too few");
	CHECK_INT(asn_stats_ols_fit(same, y, 5, &fit), ASN_STATS_ECONSTX, "ols: constant x");
	CHECK_INT(asn_stats_ols_fit(x, same, 5, &fit), ASN_STATS_ECONSTY, "ols: constant y");
	CHECK_STR(asn_stats_strerror(ASN_STATS_ECONSTY), "constant series: nothing to fit",
	    "ols: message of a constant series");
}

static void
test_ols_years(void)
{
	/* Calendar years far from 0: an exact line must come back exactly. */
	double x[6], y[6], yhat, lo, hi;
	asn_stats_ols fit;
	int i;

	for (i = 0; i < 6; i++) {
		x[i] = 2019 + i;
		y[i] = 297000 + 1500.5 * i;
	}
	CHECK_INT(asn_stats_ols_fit(x, y, 6, &fit), ASN_STATS_OK, "ols years: fit");
	CHECK(near(fit.slope, 1500.5, 1e-9), "ols years: slope 1500.5");
	CHECK(near(fit.intercept, 297000 - 2019 * 1500.5, 1e-5), "ols years: intercept");
	CHECK(near(fit.r_squared, 1, 1e-15), "ols years: R^2 1");
	asn_stats_ols_predict(&fit, 2026, 0.95, &yhat, &lo, &hi);
	CHECK(near(yhat, 297000 + 7 * 1500.5, 1e-6), "ols years: forecast on the line");
	CHECK(near(hi - lo, 0, 1e-6), "ols years: no width without residuals");
}

/* Coverage of the OLS prediction interval: the number of intervals that
 * hold the next observation is binomial(runs, level). */
static void
test_ols_coverage(void)
{
	gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
	double x[10], y[10], yhat, lo, hi, next, mean, sd;
	asn_stats_ols fit;
	int run, i, runs = 4000, covered = 0;

	gsl_rng_set(r, 42);
	for (run = 0; run < runs; run++) {
		for (i = 0; i < 10; i++) {
			x[i] = i;
			y[i] = 1 + 0.5 * i + gsl_ran_gaussian(r, 2);
		}
		asn_stats_ols_fit(x, y, 10, &fit);
		asn_stats_ols_predict(&fit, 12, 0.90, &yhat, &lo, &hi);
		next = 1 + 0.5 * 12 + gsl_ran_gaussian(r, 2);
		covered += lo <= next && next <= hi;
	}
	gsl_rng_free(r);
	mean = 0.90 * runs;
	sd = sqrt(runs * 0.90 * 0.10);
	CHECK(fabs(covered - mean) <= 3 * sd, "ols: 90%% interval covers %d of %d (expected %.0f +- %.0f)",
	    covered, runs, mean, 3 * sd);
}

static void
test_holt(void)
{
	/* by hand, alpha = beta = 0.5: l 3, b 2; errors -1, 1.75, -0.3125 */
	double y[] = { 1, 3, 4, 8, 9 }, line[8], flat[] = { 5, 5, 5, 5, 5, 5 };
	double yhat, lo, hi, z, a = 0, b = 0, best = INFINITY, s;
	asn_stats_holt fit;
	int i, j;

	CHECK(near(asn_stats_holt_sse(y, 5, 0.5, 0.5), 4.16015625, 1e-12), "holt: sse by hand");
	CHECK_INT(asn_stats_holt_fit(y, 4, &fit), ASN_STATS_ETOOFEW, "holt: 4 points too few");
	CHECK_INT(asn_stats_holt_fit(flat, 6, &fit), ASN_STATS_ECONSTY, "holt: constant series");

	for (i = 0; i < 8; i++)
		line[i] = 10 + 2 * i;
	CHECK_INT(asn_stats_holt_fit(line, 8, &fit), ASN_STATS_OK, "holt: fit a line");
	CHECK(near(fit.sse, 0, 1e-20) && near(fit.sigma, 0, 1e-10), "holt: a line has no error");
	asn_stats_holt_predict(&fit, 3, 0.9, &yhat, &lo, &hi);
	CHECK(near(yhat, 10 + 2 * 10, 1e-9), "holt: a line continues (%.12g)", yhat);

	{
		double series[] = { 112, 118, 132, 129, 121, 135, 148, 148, 136, 119, 104, 118 };

		CHECK_INT(asn_stats_holt_fit(series, 12, &fit), ASN_STATS_OK, "holt: fit a series");
		for (i = 0; i <= 100; i++)
			for (j = 0; j <= 100; j++) {
				s = asn_stats_holt_sse(series, 12, i / 100.0, j / 100.0);
				if (s < best) {
					best = s;
					a = i / 100.0;
					b = j / 100.0;
				}
			}
		CHECK(fit.sse <= best + 1e-9, "holt: minimum %.6f no worse than the best of a "
		    "0.01 grid %.6f (alpha %.2f beta %.2f)", fit.sse, best, a, b);
		CHECK(fit.alpha >= 0 && fit.alpha <= 1 && fit.beta >= 0 && fit.beta <= 1,
		    "holt: alpha %.4f and beta %.4f in [0, 1]", fit.alpha, fit.beta);
		CHECK(near(fit.sigma, sqrt(fit.sse / 8), 1e-12), "holt: sigma over n - 4");
		z = gsl_cdf_ugaussian_Pinv(0.95);
		asn_stats_holt_predict(&fit, 1, 0.90, &yhat, &lo, &hi);
		CHECK(near(yhat, fit.level + fit.trend, 1e-12), "holt: one step ahead");
		CHECK(near(hi - yhat, z * fit.sigma, 1e-9), "holt: one step width z sigma");
		asn_stats_holt_predict(&fit, 3, 0.90, &yhat, &lo, &hi);
		s = 1 + pow(fit.alpha * (1 + fit.beta), 2) + pow(fit.alpha * (1 + 2 * fit.beta), 2);
		CHECK(near(hi - yhat, z * fit.sigma * sqrt(s), 1e-9), "holt: three step width");
		CHECK(near(yhat, fit.level + 3 * fit.trend, 1e-9), "holt: three steps ahead");
	}
}

static void
test_quantiles(void)
{
	int v[10], big[5] = { 1000000, -5, 7, 99999, 3 };
	double sorted[] = { 1, 2, 3, 4, 10 };
	int i;

	for (i = 0; i < 10; i++)
		v[i] = 10 - i;
	/* R: quantile(c(5, 1, 3, 2, 4, 2.5), c(.05, .5, .9, .95), type = 1) gives
	 * 1 2.5 5 5 */
	{
		double d[6] = { 5, 1, 3, 2, 4, 2.5 };

		CHECK(asn_stats_quantile_type1(d, 6, 0.05) == 1 &&
		      asn_stats_quantile_type1(d, 6, 0.5) == 2.5 &&
		      asn_stats_quantile_type1(d, 6, 0.9) == 5 &&
		      asn_stats_quantile_type1(d, 6, 0.95) == 5, "quantile of doubles: R's type 1");
	}
	CHECK_INT(asn_stats_quantile_int(v, 10, 0.05), 1, "quantile: 5%% of 1..10 is 1");
	CHECK_INT(asn_stats_quantile_int(v, 10, 0.95), 10, "quantile: 95%% of 1..10 is 10");
	CHECK_INT(asn_stats_quantile_int(v, 10, 0.5), 5, "quantile: median of 1..10 is 5");
	CHECK_INT(asn_stats_quantile_int(v, 10, 0.1), 1, "quantile: 10%% (rank exactly 1)");
	CHECK_INT(asn_stats_quantile_int(v, 10, 0.11), 2, "quantile: 11%% (rank 1.1 -> 2)");
	CHECK_INT(asn_stats_quantile_int(v, 10, 0), 1, "quantile: 0 is the minimum");
	CHECK_INT(asn_stats_quantile_int(v, 10, 1), 10, "quantile: 1 is the maximum");
	CHECK_INT(asn_stats_quantile_int(big, 5, 0.5), 7, "quantile: wide range (sorted path)");
	CHECK_INT(asn_stats_quantile_int(big, 5, 0.2), -5, "quantile: wide range minimum");
	CHECK(near(asn_stats_quantile_sorted(sorted, 5, 0.9),
	    gsl_stats_quantile_from_sorted_data(sorted, 1, 5, 0.9), 1e-15),
	    "quantile: type 7 as GSL");
	CHECK(near(asn_stats_quantile_sorted(sorted, 5, 0.5), 3, 0), "quantile: type 7 median");
}

static void
test_binomial(void)
{
	double p, se, a, b;

	asn_stats_binomial_rate(30, 1000, &p, &se);
	CHECK(near(p, 0.03, 1e-15) && near(se, sqrt(0.03 * 0.97 / 1000), 1e-15),
	    "binomial: pooled rate 0.03 and its standard error");
	CHECK_INT(asn_stats_beta_for_rate(0.03, 1000, &a, &b), 0, "beta: parameters");
	CHECK(near(a / (a + b), 0.03, 1e-15), "beta: mean is the rate");
	CHECK(near(a * b / ((a + b) * (a + b) * (a + b + 1)), 0.03 * 0.97 / 1000, 1e-15),
	    "beta: variance is the squared standard error");
	CHECK_INT(asn_stats_beta_for_rate(0, 1000, &a, &b), -1, "beta: a zero rate is certain");
	CHECK_INT(asn_stats_beta_for_rate(0.5, 1, &a, &b), -1, "beta: one trial is too few");
	CHECK(near(asn_stats_rate_fraction(0.1, 0.5), 1 - sqrt(0.9), 1e-15),
	    "rate: half a year of 10%%");
	CHECK(near(asn_stats_rate_fraction(0.1, 1), 0.1, 1e-15), "rate: a whole year");
	CHECK(near(asn_stats_rate_fraction(1, 0.25), 1, 0), "rate: certain exit");
	CHECK(near(asn_stats_rate_fraction(0, 0.25), 0, 0), "rate: no exit");
	CHECK(near(asn_stats_lre(1.0000001, 1), 7, 1e-6), "lre: 7 digits");
	CHECK(near(asn_stats_lre(2, 2), 15, 0), "lre: exact is 15");
}

int
main(void)
{
	test_norris();
	test_ols_by_hand();
	test_ols_years();
	test_ols_coverage();
	test_holt();
	test_quantiles();
	test_binomial();
	return TEST_DONE();
}
