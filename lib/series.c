#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "series.h"
#include "stats.h"

/* Shortest form that reads back as the same double. */
static void write_number(asn_csv_writer *w, double v)
{
	char buf[64];
	int prec;

	if (!isfinite(v)) {
		asn_csv_write_str(w, "");
		return;
	}
	for (prec = 15; prec < 17; prec++) {
		snprintf(buf, sizeof buf, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	if (prec == 17)
		snprintf(buf, sizeof buf, "%.17g", v);
	asn_csv_write_str(w, strcmp(buf, "-0") == 0 ? "0" : buf);
}

static void write_rounded(asn_csv_writer *w, double v)
{
	char buf[64];

	if (!isfinite(v)) {
		asn_csv_write_str(w, "");
		return;
	}
	snprintf(buf, sizeof buf, "%.10g", v);
	asn_csv_write_str(w, strcmp(buf, "-0") == 0 ? "0" : buf);
}

static double number_field(const asn_input *in, int c)
{
	const char *v = asn_input_cell(in, c);
	double out;

	if (asn_number_parse(v, ASN_NUMBER_SIGN | ASN_NUMBER_EXPONENT, &out))
		asn_die(ASN_EXIT_INPUT, "%s:%ld: %s '%s': not a number%s", in->name, in->rec.line,
		        in->table.names[c], v,
		        strchr(v, ',') ? _(" (use '.' as the decimal separator)") : "");
	return out;
}

/* Decimals v is written with: "2019.25" 2, "2.5e1" 0, "125e-2" 2. */
static int decimals_of(const char *v)
{
	const char *dot = strchr(v, '.'), *e = strpbrk(v, "eE");
	long d = 0;

	if (dot)
		d = (long)((e ? e : v + strlen(v)) - dot - 1);
	if (e)
		d -= strtol(e + 1, NULL, 10);
	return d < 0 ? 0 : d > 15 ? 15 : (int)d;
}

void asn_series_read(asn_series *s, const char *path, const asn_series_options *opt)
{
	asn_input in;
	int cx, cy;

	memset(s, 0, sizeof *s);
	asn_input_open(&in, path, opt->delimiter);
	cx = asn_input_require(&in, opt->x_name, " (--x)");
	cy = asn_input_require(&in, opt->y_name, " (--y)");
	while (asn_input_next(&in)) {
		if (s->n == s->cap) {
			s->cap = s->cap ? 2 * s->cap : 64;
			s->x = asn_realloc(s->x, s->cap * sizeof *s->x);
			s->y = asn_realloc(s->y, s->cap * sizeof *s->y);
		}
		s->x[s->n] = number_field(&in, cx);
		if (decimals_of(asn_input_cell(&in, cx)) > s->x_decimals)
			s->x_decimals = decimals_of(asn_input_cell(&in, cx));
		s->y[s->n] = number_field(&in, cy);
		s->n++;
	}
	asn_input_close(&in);
}

void asn_series_free(asn_series *s)
{
	free(s->x);
	free(s->y);
	memset(s, 0, sizeof *s);
}

/* Spacing of x when it increases in equal steps, else 0. */
static double equal_step(const double *x, size_t n)
{
	double step = x[1] - x[0];
	size_t i;

	if (!(step > 0))
		return 0;
	for (i = 2; i < n; i++)
		if (fabs((x[i] - x[i - 1]) - step) > 1e-9 * fmax(1, fabs(step)))
			return 0;
	return step;
}

static int by_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The step of the forecasts: Holt takes the rows in order; a regression
 * may have them in any order. */
static double series_step(const double *x, size_t n, int any_order)
{
	double *sorted, step;

	if (!any_order)
		return equal_step(x, n);
	sorted = asn_malloc(n * sizeof *sorted);
	memcpy(sorted, x, n * sizeof *sorted);
	qsort(sorted, n, sizeof *sorted, by_double);
	step = equal_step(sorted, n);
	free(sorted);
	return step;
}

static void write_param(asn_csv_writer *w, const char *name, double value, double se)
{
	asn_csv_write_str(w, name);
	write_number(w, value);
	if (isnan(se))
		asn_csv_write_str(w, "");
	else
		write_number(w, se);
	asn_csv_end_record(w);
}

static void series_error(const char *name, int status, size_t n, const char *method, int min)
{
	if (status == ASN_STATS_ETOOFEW)
		asn_die(ASN_EXIT_INPUT, "%s: too few points: %zu (%s needs at least %d)", name, n,
		        method, min);
	asn_die(ASN_EXIT_INPUT, "%s: %s", name, asn_stats_strerror(status));
}

/* x or y the same in every row: no trend. */
static void check_varies(const double *v, size_t n, const char *fmt, const char *name,
                         const char *column)
{
	size_t i;

	for (i = 1; i < n && v[i] == v[0]; i++)
		;
	if (n >= 2 && i == n)
		asn_die(ASN_EXIT_INPUT, fmt, name, column, v[0]);
}

static void write_params(asn_csv_writer *w, const asn_series_options *opt,
                         const asn_stats_ols *ols, const asn_stats_holt *holt, size_t n)
{
	asn_csv_write_str(w, "parameter");
	asn_csv_write_str(w, "value");
	asn_csv_write_str(w, "std_error");
	asn_csv_end_record(w);
	if (opt->holt) {
		write_param(w, "alpha", holt->alpha, NAN);
		write_param(w, "beta", holt->beta, NAN);
		write_param(w, "level", holt->level, NAN);
		write_param(w, "trend", holt->trend, NAN);
		write_param(w, "sigma", holt->sigma, NAN);
	} else {
		write_param(w, "intercept", ols->intercept, sqrt(ols->cov00));
		write_param(w, "slope", ols->slope, sqrt(ols->cov11));
		write_param(w, "residual_sd", ols->residual_sd, NAN);
		write_param(w, "r_squared", ols->r_squared, NAN);
	}
	write_param(w, "n", (double)n, NAN);
}

void asn_series_forecast(asn_csv_writer *w, const asn_series *s, const char *name,
                         const asn_series_options *opt)
{
	asn_stats_ols ols;
	asn_stats_holt holt;
	const double *x = s->x, *y = s->y;
	double step, xmax, xh, scale, yhat, lo, hi;
	char label[256];
	size_t n = s->n, i;
	int status, h;

	if (!opt->holt)
		check_varies(x, n, "%s: %s is %.15g in every row: no trend can be fitted", name,
		             opt->x_name);
	check_varies(y, n, "%s: constant series: %s is %.15g in every row, nothing to fit", name,
	             opt->y_name);
	step = n >= 2 ? series_step(x, n, !opt->holt) : 0;
	if (opt->holt) {
		if (n >= 2 && step == 0)
			asn_die(ASN_EXIT_INPUT, "%s: holt needs %s increasing in equal steps, row by row",
			        name, opt->x_name);
		if ((status = asn_stats_holt_fit(y, n, &holt)) != ASN_STATS_OK)
			series_error(name, status, n, "holt", 5);
	} else if ((status = asn_stats_ols_fit(x, y, n, &ols)) != ASN_STATS_OK) {
		series_error(name, status, n, "ols", 3);
	}
	if (opt->params) {
		write_params(w, opt, &ols, &holt, n);
		return;
	}
	if (step == 0)
		step = 1;
	for (xmax = x[0], i = 1; i < n; i++)
		xmax = fmax(xmax, x[i]);
	asn_csv_write_str(w, opt->x_name);
	asn_csv_write_str(w, opt->y_name);
	snprintf(label, sizeof label, "%s_lo", opt->y_name);
	asn_csv_write_str(w, label);
	snprintf(label, sizeof label, "%s_hi", opt->y_name);
	asn_csv_write_str(w, label);
	asn_csv_end_record(w);
	scale = pow(10, s->x_decimals);
	for (h = 1; h <= opt->years; h++) {
		/* from xmax each time, and to the inputs' decimals: 2020.8 + 0.4
		 * is 2021.2, not 2021.1999999999998 */
		xh = xmax + h * step;
		if (fabs(xh * scale) < 1e15)
			xh = round(xh * scale) / scale;
		if (opt->holt)
			asn_stats_holt_predict(&holt, h, opt->level, &yhat, &lo, &hi);
		else
			asn_stats_ols_predict(&ols, xh, opt->level, &yhat, &lo, &hi);
		write_number(w, xh);
		write_rounded(w, yhat);
		write_rounded(w, lo);
		write_rounded(w, hi);
		asn_csv_end_record(w);
	}
}
