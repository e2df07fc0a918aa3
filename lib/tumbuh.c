/* A need that grows with a rate or with a series' trend, per sector
 * (lib/tumbuh.h, doc/tumbuh.md). */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_cdf.h>

#include "cli.h"
#include "series.h"
#include "stats.h"
#include "tumbuh.h"

/* A rate is a number from -0.99 to 1, written whole: "0.02", not "0.02x". */
static int
parse_rate(const char *s, double *r)
{
	char *end;

	errno = 0;
	*r = strtod(s, &end);
	return *s && !*end && errno == 0 && isfinite(*r);
}

static void
rate_factors(asn_tumbuh *t, int s, double r)
{
	int y;

	for (y = 0; y < t->years; y++)
		t->faktor[s][y] = pow(1 + r, y);
}

/* The trend of a tahun,nilai series, relative to its value in first_year. */
static void
series_factors(asn_tumbuh *t, int s, const char *path, int first_year, double level)
{
	asn_series_options opt = { "tahun", "nilai", 0, 0, 0, 0, level };
	asn_series series;
	asn_stats_ols ols;
	double y0, yhat, lo, hi, z = gsl_cdf_ugaussian_Pinv((1 + level) / 2);
	int y;

	memset(&series, 0, sizeof series);
	asn_series_read(&series, path, &opt);
	/* a series that cannot give a trend is a bad input, as for --series */
	if (asn_stats_ols_fit(series.x, series.y, series.n, &ols) != ASN_STATS_OK)
		asn_die(ASN_EXIT_INPUT, "%s: no trend can be fitted for --demand-growth (at least 3 "
		    "years of tahun,nilai, not all the same)", path);
	asn_stats_ols_predict(&ols, first_year, level, &y0, &lo, &hi);
	if (!(y0 > 0))
		asn_die(ASN_EXIT_INPUT, "%s: the trend is %.6g in %d: a need cannot grow from it "
		    "(--demand-growth)", path, y0, first_year);
	t->sd[s] = asn_calloc((size_t)t->years, sizeof *t->sd[s]);
	/* year 0 is the need of NEEDS itself: exact */
	t->faktor[s][0] = 1;
	for (y = 1; y < t->years; y++) {
		asn_stats_ols_predict(&ols, first_year + y, level, &yhat, &lo, &hi);
		t->faktor[s][y] = fmax(yhat, 0) / y0;
		t->sd[s][y] = isfinite(hi - lo) ? (hi - lo) / (2 * z) / y0 : 0;
	}
	asn_series_free(&series);
}

static int
sector_of(const asn_tumbuh *t, const char *name, size_t len)
{
	int s;

	for (s = 0; s < ASN_SEKTOR_N; s++)
		if (strlen(t->names[s]) == len && strncmp(name, t->names[s], len) == 0)
			return s;
	return -1;
}

static int
parse_item(asn_tumbuh *t, const char *item, int first_year, double level, char *err,
    size_t errsize)
{
	const char *eq = strchr(item, '='), *value = eq ? eq + 1 : item;
	int s = eq ? sector_of(t, item, (size_t)(eq - item)) : -1, from, to;
	double r;

	if (eq && s < 0) {
		asn_set_error(err, errsize, "--demand-growth '%s': '%.*s' is not a sector (pendidikan, "
		    "kesehatan, teknis)", item, (int)(eq - item), item);
		return -1;
	}
	from = eq ? s : 0;
	to = eq ? s + 1 : ASN_SEKTOR_N;
	for (s = from; s < to; s++) {
		if (t->sumber[s]) {
			asn_set_error(err, errsize, "--demand-growth '%s': %s is given twice", item,
			    t->names[s]);
			return -1;
		}
		t->sumber[s] = asn_strdup(value);
		t->faktor[s] = asn_calloc((size_t)t->years, sizeof *t->faktor[s]);
		if (parse_rate(value, &r)) {
			if (r < -0.99 || r > 1) {
				asn_set_error(err, errsize, "--demand-growth '%s': a rate from -0.99 to 1 "
				    "expected", item);
				return -1;
			}
			rate_factors(t, s, r);
		} else if (s == from) {
			series_factors(t, s, value, first_year, level);
		} else {
			/* one series for every sector: fitted once */
			memcpy(t->faktor[s], t->faktor[from], (size_t)t->years * sizeof *t->faktor[s]);
			t->sd[s] = asn_malloc((size_t)t->years * sizeof *t->sd[s]);
			memcpy(t->sd[s], t->sd[from], (size_t)t->years * sizeof *t->sd[s]);
		}
	}
	return 0;
}

int
asn_tumbuh_parse(asn_tumbuh *t, const char *spec, int first_year, int years, double level,
    const char *const *names, asn_tumbuh_sektor_fn *sektor, const void *ctx, char *err,
    size_t errsize)
{
	char *copy, *item, *save = NULL;
	int rc = 0;

	memset(t, 0, sizeof *t);
	if (!spec)
		return 0;
	t->years = years;
	t->names = names;
	t->sektor = sektor;
	t->ctx = ctx;
	copy = asn_strdup(spec);
	for (item = strtok_r(copy, ",", &save); item && rc == 0; item = strtok_r(NULL, ",", &save))
		rc = parse_item(t, item, first_year, level, err, errsize);
	if (rc == 0 && !t->sumber[0] && !t->sumber[1] && !t->sumber[2]) {
		asn_set_error(err, errsize, "--demand-growth '%s': expected a rate, or SEKTOR=RATE or "
		    "SEKTOR=FILE separated by commas", spec);
		rc = -1;
	}
	free(copy);
	return rc;
}

double
asn_tumbuh_faktor(const asn_tumbuh *t, const char *jabatan, int y, double *sd)
{
	int s = t->sektor(t->ctx, jabatan);

	*sd = t->sd[s] && y < t->years ? t->sd[s][y] : 0;
	return t->faktor[s] && y < t->years ? t->faktor[s][y] : 1;
}

void
asn_tumbuh_free(asn_tumbuh *t)
{
	int s;

	for (s = 0; s < ASN_SEKTOR_N; s++) {
		free(t->faktor[s]);
		free(t->sd[s]);
		free(t->sumber[s]);
	}
	memset(t, 0, sizeof *t);
}
