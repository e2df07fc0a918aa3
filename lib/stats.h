/* Statistics over GSL: linear trend, Holt's linear trend, quantiles,
 * binomial rates. */
#ifndef ASN_STATS_H
#define ASN_STATS_H

#include <stddef.h>

/* Status of the fitting functions; asn_stats_strerror() describes each. */
enum {
	ASN_STATS_OK = 0,
	ASN_STATS_ETOOFEW,     /* fewer points than the model needs */
	ASN_STATS_ECONSTX,     /* every x is the same */
	ASN_STATS_ECONSTY,     /* every y is the same: nothing to fit */
	ASN_STATS_ESPACING,    /* Holt: x not equally spaced and increasing */
	ASN_STATS_ENOFIT       /* the minimiser found no finite optimum */
};

const char *asn_stats_strerror(int status);

/* Ordinary least squares y = intercept + slope * x (gsl_fit_linear on
 * centred x).  cov* are the covariances of intercept and slope scaled by
 * the residual variance sumsq / (n - 2). */
typedef struct {
	size_t n;
	double intercept, slope;
	double cov00, cov01, cov11;
	double sumsq;          /* residual sum of squares */
	double residual_sd;    /* sqrt(sumsq / (n - 2)) */
	double r_squared;
} asn_stats_ols;

/* Needs n >= 3 and two distinct x and two distinct y. */
int asn_stats_ols_fit(const double *x, const double *y, size_t n, asn_stats_ols *fit);

/* Forecast at x with the prediction interval at `level` (0 < level < 1):
 * yhat -+ t(1 - (1 - level) / 2, n - 2) * sqrt(se_mean^2 + sumsq / (n - 2)). */
void asn_stats_ols_predict(const asn_stats_ols *fit, double x, double level,
                           double *yhat, double *lo, double *hi);

/* Holt's linear trend (double exponential smoothing) on an equally spaced
 * series: level l and trend b start at y[1] and y[1] - y[0]; for t >= 2
 *   l_t = alpha y_t + (1 - alpha)(l_{t-1} + b_{t-1})
 *   b_t = beta (l_t - l_{t-1}) + (1 - beta) b_{t-1}
 * alpha and beta in [0, 1] minimise the squared one-step errors
 * y_t - (l_{t-1} + b_{t-1}), t = 2..n-1. */
typedef struct {
	size_t n;
	double alpha, beta;
	double level, trend;   /* state after the last observation */
	double sse;            /* sum of squared one-step errors */
	double sigma;          /* sqrt(sse / (n - 4)): n - 2 errors, 2 parameters */
} asn_stats_holt;

/* Needs n >= 5 and y not constant. */
int asn_stats_holt_fit(const double *y, size_t n, asn_stats_holt *fit);

/* Sum of squared one-step errors for given alpha and beta (n >= 3). */
double asn_stats_holt_sse(const double *y, size_t n, double alpha, double beta);

/* Forecast h >= 1 steps after the last observation with a normal prediction
 * interval: variance sigma^2 (1 + sum_{j=1}^{h-1} (alpha (1 + j beta))^2)
 * (Hyndman et al. 2008, ETS(A,A,N)). */
void asn_stats_holt_predict(const asn_stats_holt *fit, int h, double level,
                            double *yhat, double *lo, double *hi);

/* Quantile of sorted data, linear interpolation between order statistics
 * (Hyndman-Fan type 7, as gsl_stats_quantile_from_sorted_data). */
double asn_stats_quantile_sorted(const double *sorted, size_t n, double p);

/* Quantile of integers as the inverse of the empirical distribution
 * (Hyndman-Fan type 1): the smallest v[i] such that at least ceil(p n) of
 * the values are <= it.  So [q(a), q(1 - a)] holds at least 1 - 2a of the
 * values.  v is reordered; n >= 1, 0 <= p <= 1. */
int asn_stats_quantile_int(int *v, size_t n, double p);
/* The same of doubles (v is sorted). */
double asn_stats_quantile_type1(double *v, size_t n, double p);

/* Pooled binomial rate from k events in n trials and its standard error
 * sqrt(p (1 - p) / n).  n > 0, 0 <= k <= n. */
void asn_stats_binomial_rate(double k, double n, double *rate, double *se);

/* Parameters of the beta distribution with mean p and variance
 * p (1 - p) / n (the sampling variance of a rate pooled over n trials):
 * a = p (n - 1), b = (1 - p)(n - 1).  Returns 0, or -1 when the rate is
 * certain (p is 0 or 1, or n <= 1) and a draw would be p itself. */
int asn_stats_beta_for_rate(double p, double n, double *a, double *b);

/* Rate over a fraction f of a year of an annual rate q: 1 - (1 - q)^f. */
double asn_stats_rate_fraction(double q, double f);

/* Log relative error: -log10(|x - c| / |c|) (|x - c| when c is 0), capped
 * at 15 when x equals c. */
double asn_stats_lre(double x, double certified);

#endif
