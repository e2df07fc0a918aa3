#include <math.h>
#include <stddef.h>
#include <stdlib.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_fit.h>
#include <gsl/gsl_multimin.h>
#include <gsl/gsl_vector.h>

#include "cli.h"
#include "stats.h"

enum { HOLT_MIN_POINTS = 5, OLS_MIN_POINTS = 3 };

const char *
asn_stats_strerror(int status)
{
	switch (status) {
	case ASN_STATS_OK:
		return "success";
	case ASN_STATS_ETOOFEW:
		return "too few points";
	case ASN_STATS_ECONSTX:
		return "every x is the same";
	case ASN_STATS_ECONSTY:
		return "constant series: nothing to fit";
	case ASN_STATS_ESPACING:
		return "x is not increasing in equal steps";
	case ASN_STATS_ENOFIT:
		return "no finite optimum found";
	}
	return "unknown error";
}

static int
all_equal(const double *v, size_t n)
{
	size_t i;

	for (i = 1; i < n; i++)
		if (v[i] != v[0])
			return 0;
	return 1;
}

static double
mean(const double *v, size_t n)
{
	double m = 0;
	size_t i;

	for (i = 0; i < n; i++)
		m += (v[i] - m) / (double)(i + 1);
	return m;
}

int
asn_stats_ols_fit(const double *x, const double *y, size_t n, asn_stats_ols *fit)
{
	double *xc, xbar, ybar, tss = 0, c0, c1, cov00, cov01, cov11, sumsq;
	size_t i;

	if (n < OLS_MIN_POINTS)
		return ASN_STATS_ETOOFEW;
	if (all_equal(x, n))
		return ASN_STATS_ECONSTX;
	if (all_equal(y, n))
		return ASN_STATS_ECONSTY;
	/* Centring x keeps the intercept and its covariance accurate when the
	 * x values are far from 0 (calendar years). */
	xbar = mean(x, n);
	xc = asn_malloc(n * sizeof *xc);
	for (i = 0; i < n; i++)
		xc[i] = x[i] - xbar;
	gsl_fit_linear(xc, 1, y, 1, n, &c0, &c1, &cov00, &cov01, &cov11, &sumsq);
	free(xc);
	ybar = mean(y, n);
	for (i = 0; i < n; i++)
		tss += (y[i] - ybar) * (y[i] - ybar);

	fit->n = n;
	fit->slope = c1;
	fit->intercept = c0 - c1 * xbar;
	fit->cov11 = cov11;
	fit->cov01 = cov01 - xbar * cov11;
	fit->cov00 = cov00 - 2 * xbar * cov01 + xbar * xbar * cov11;
	fit->sumsq = sumsq;
	fit->residual_sd = sqrt(sumsq / (double)(n - 2));
	fit->r_squared = 1 - sumsq / tss;
	return ASN_STATS_OK;
}

static double
two_sided(double level)
{
	return 1 - (1 - level) / 2;
}

void
asn_stats_ols_predict(const asn_stats_ols *fit, double x, double level,
    double *yhat, double *lo, double *hi)
{
	double y, se_mean, half, t;

	gsl_fit_linear_est(x, fit->intercept, fit->slope, fit->cov00, fit->cov01, fit->cov11,
	    &y, &se_mean);
	t = gsl_cdf_tdist_Pinv(two_sided(level), (double)(fit->n - 2));
	half = t * sqrt(se_mean * se_mean + fit->sumsq / (double)(fit->n - 2));
	*yhat = y;
	*lo = y - half;
	*hi = y + half;
}

typedef struct {
	const double *y;
	size_t n;
} holt_data;

/* R's HoltWinters start: level y[1], trend y[1] - y[0]. */
static double
holt_run(const double *y, size_t n, double alpha, double beta, double *level, double *trend)
{
	double l = y[1], b = y[1] - y[0], f, e, lnew, sse = 0;
	size_t t;

	for (t = 2; t < n; t++) {
		f = l + b;
		e = y[t] - f;
		sse += e * e;
		lnew = alpha * y[t] + (1 - alpha) * f;
		b = beta * (lnew - l) + (1 - beta) * b;
		l = lnew;
	}
	if (level)
		*level = l;
	if (trend)
		*trend = b;
	return sse;
}

double
asn_stats_holt_sse(const double *y, size_t n, double alpha, double beta)
{
	return holt_run(y, n, alpha, beta, NULL, NULL);
}

static double
clamp01(double v)
{
	return v < 0 ? 0 : v > 1 ? 1 : v;
}

/* The box [0,1]^2 is kept by evaluating at the nearest point inside and
 * adding a penalty that grows with the distance outside. */
static double
holt_objective(const gsl_vector *v, void *params)
{
	const holt_data *d = params;
	double a = gsl_vector_get(v, 0), b = gsl_vector_get(v, 1);
	double ca = clamp01(a), cb = clamp01(b);
	double out = fabs(a - ca) + fabs(b - cb);

	return holt_run(d->y, d->n, ca, cb, NULL, NULL) * (1 + out) + out;
}

static int
minimise(holt_data *d, double *alpha, double *beta, double step)
{
	gsl_multimin_function f = { holt_objective, 2, d };
	gsl_multimin_fminimizer *m;
	gsl_vector *x, *ss;
	int status = GSL_CONTINUE, iter;

	m = gsl_multimin_fminimizer_alloc(gsl_multimin_fminimizer_nmsimplex2, 2);
	x = gsl_vector_alloc(2);
	ss = gsl_vector_alloc(2);
	if (!m || !x || !ss)
		asn_die(ASN_EXIT_INPUT, "out of memory in the minimiser");
	gsl_vector_set(x, 0, *alpha);
	gsl_vector_set(x, 1, *beta);
	gsl_vector_set_all(ss, step);
	if (gsl_multimin_fminimizer_set(m, &f, x, ss) == GSL_SUCCESS) {
		for (iter = 0; iter < 2000 && status == GSL_CONTINUE; iter++) {
			if (gsl_multimin_fminimizer_iterate(m) != GSL_SUCCESS)
				break;
			status = gsl_multimin_test_size(gsl_multimin_fminimizer_size(m), 1e-10);
		}
		*alpha = clamp01(gsl_vector_get(m->x, 0));
		*beta = clamp01(gsl_vector_get(m->x, 1));
	}
	gsl_vector_free(ss);
	gsl_vector_free(x);
	gsl_multimin_fminimizer_free(m);
	return isfinite(holt_run(d->y, d->n, *alpha, *beta, NULL, NULL)) ? 0 : -1;
}

/* The simplex stops a hair inside the box when the optimum is on its edge
 * (alpha 0.999999999998); take the edge itself when it fits no worse. */
static void
snap_to_bound(const double *y, size_t n, double *alpha, double *beta)
{
	double *v[2] = { alpha, beta }, keep, sse;
	int i;

	for (i = 0; i < 2; i++) {
		keep = *v[i];
		sse = holt_run(y, n, *alpha, *beta, NULL, NULL);
		if (keep < 1e-6)
			*v[i] = 0;
		else if (keep > 1 - 1e-6)
			*v[i] = 1;
		if (holt_run(y, n, *alpha, *beta, NULL, NULL) > sse)
			*v[i] = keep;
	}
}

int
asn_stats_holt_fit(const double *y, size_t n, asn_stats_holt *fit)
{
	holt_data d = { y, n };
	double alpha = 0.5, beta = 0.5, best = INFINITY, sse, a, b;
	int i, j;

	if (n < HOLT_MIN_POINTS)
		return ASN_STATS_ETOOFEW;
	if (all_equal(y, n))
		return ASN_STATS_ECONSTY;
	/* The error surface may have several minima: start the simplex from
	 * the best point of a coarse grid, then restart it once at the end. */
	for (i = 0; i <= 10; i++)
		for (j = 0; j <= 10; j++) {
			a = i / 10.0;
			b = j / 10.0;
			sse = holt_run(y, n, a, b, NULL, NULL);
			if (sse < best) {
				best = sse;
				alpha = a;
				beta = b;
			}
		}
	if (minimise(&d, &alpha, &beta, 0.05) != 0 || minimise(&d, &alpha, &beta, 0.01) != 0)
		return ASN_STATS_ENOFIT;
	snap_to_bound(y, n, &alpha, &beta);
	fit->n = n;
	fit->alpha = alpha;
	fit->beta = beta;
	fit->sse = holt_run(y, n, alpha, beta, &fit->level, &fit->trend);
	fit->sigma = sqrt(fit->sse / (double)(n - 4));
	return ASN_STATS_OK;
}

void
asn_stats_holt_predict(const asn_stats_holt *fit, int h, double level,
    double *yhat, double *lo, double *hi)
{
	double sum = 1, c, half;
	int j;

	for (j = 1; j < h; j++) {
		c = fit->alpha * (1 + j * fit->beta);
		sum += c * c;
	}
	half = gsl_cdf_ugaussian_Pinv(two_sided(level)) * fit->sigma * sqrt(sum);
	*yhat = fit->level + h * fit->trend;
	*lo = *yhat - half;
	*hi = *yhat + half;
}

double
asn_stats_quantile_sorted(const double *sorted, size_t n, double p)
{
	double h = (double)(n - 1) * p, lo;
	size_t i;

	if (n == 0)
		return NAN;
	if (p <= 0)
		return sorted[0];
	if (p >= 1)
		return sorted[n - 1];
	i = (size_t)floor(h);
	lo = sorted[i];
	if (i + 1 >= n)
		return lo;
	return lo + (h - (double)i) * (sorted[i + 1] - lo);
}

static int
by_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

static int
by_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

double
asn_stats_quantile_type1(double *v, size_t n, double p)
{
	/* the 1-based rank ceil(p n), as asn_stats_quantile_int */
	size_t k = (size_t)ceil(p * (double)n - 1e-9);

	if (k < 1)
		k = 1;
	if (k > n)
		k = n;
	qsort(v, n, sizeof *v, by_double);
	return v[k - 1];
}

int
asn_stats_quantile_int(int *v, size_t n, double p)
{
	size_t k, i, range, *counts, seen = 0;
	int min = v[0], max = v[0], q;

	/* the 1-based rank ceil(p n); the tolerance absorbs p n = 9500.000001 */
	k = (size_t)ceil(p * (double)n - 1e-9);
	if (k < 1)
		k = 1;
	if (k > n)
		k = n;
	for (i = 1; i < n; i++) {
		if (v[i] < min)
			min = v[i];
		if (v[i] > max)
			max = v[i];
	}
	range = (size_t)((long)max - (long)min) + 1;
	if (range > 4 * n + 1024) {
		qsort(v, n, sizeof *v, by_int);
		return v[k - 1];
	}
	counts = asn_calloc(range, sizeof *counts);
	for (i = 0; i < n; i++)
		counts[v[i] - min]++;
	for (i = 0; seen + counts[i] < k; i++)
		seen += counts[i];
	q = min + (int)i;
	free(counts);
	return q;
}

void
asn_stats_binomial_rate(double k, double n, double *rate, double *se)
{
	double p = k / n;

	*rate = p;
	*se = sqrt(p * (1 - p) / n);
}

int
asn_stats_beta_for_rate(double p, double n, double *a, double *b)
{
	if (!(p > 0 && p < 1 && n > 1))
		return -1;
	*a = p * (n - 1);
	*b = (1 - p) * (n - 1);
	return 0;
}

double
asn_stats_rate_fraction(double q, double f)
{
	if (q >= 1)
		return f > 0 ? 1 : 0;
	return -expm1(f * log1p(-q));
}

double
asn_stats_lre(double x, double certified)
{
	double err = fabs(x - certified);

	if (err == 0)
		return 15;
	if (certified != 0)
		err /= fabs(certified);
	return -log10(err);
}
