/* Trend forecasts of a series (x, y): ordinary least squares or Holt's
 * linear exponential smoothing, read from a table and written as CSV. */
#ifndef ASN_SERIES_H
#define ASN_SERIES_H

#include <stddef.h>

#include "csv.h"

typedef struct {
	const char *x_name, *y_name;  /* the columns (tahun, nilai) */
	unsigned char delimiter;      /* 0: detected */
	int holt;                     /* Holt instead of a regression */
	int params;                   /* the fitted parameters, not forecasts */
	int years;                    /* steps ahead */
	double level;                 /* of the prediction interval */
} asn_series_options;

typedef struct {
	double *x, *y;
	size_t n, cap;
	int x_decimals;  /* most decimals an x value is written with */
} asn_series;

/* Read the x and y columns of path; every value must be a number ('.' as
 * the decimal point).  A table without them or a value that is not a
 * number ends the program with status 3, naming file, line and column. */
void asn_series_read(asn_series *s, const char *path, const asn_series_options *opt);

/* Fit the series and write the forecasts (x, y, y_lo, y_hi) or the
 * parameters (parameter, value, std_error).  A forecast's x is the largest
 * x plus h steps, to as many decimals as the x values have; a value that
 * is not finite (an interval at a level near 1) is written empty.  A series that cannot be
 * fitted (too few points, constant, uneven steps for Holt) ends the
 * program with status 3. */
void asn_series_forecast(asn_csv_writer *w, const asn_series *s, const char *name,
                         const asn_series_options *opt);

void asn_series_free(asn_series *s);

#endif
