/* A need that grows: --demand-growth as one rate for every position, or a
 * rate or a series (enrolment, population) per sector, so that the need of
 * a later year follows the series' trend (doc/tumbuh.md). */
#ifndef ASN_TUMBUH_H
#define ASN_TUMBUH_H

#include <stddef.h>

#include "plan.h"

/* The sector of a position's jabatan, 0 to ASN_SEKTOR_N - 1
 * (asn_plan_sektor_of: lib/tumbuh leaves the patterns to the plan). */
typedef int asn_tumbuh_sektor_fn(const void *ctx, const char *jabatan);

typedef struct asn_tumbuh {
	int years;                       /* 0: no growth given */
	const char *const *names;        /* the sectors' names (asn_sektor_names) */
	asn_tumbuh_sektor_fn *sektor;
	const void *ctx;
	double *faktor[ASN_SEKTOR_N];    /* [years]: need of year t over year 0 */
	double *sd[ASN_SEKTOR_N];        /* [years]: its standard error; NULL: exact */
	char *sumber[ASN_SEKTOR_N];      /* the rate or the file, as given */
} asn_tumbuh;

/* Read SPEC: "R" (every position grows by R a year), or items
 * "SEKTOR=R" and "SEKTOR=FILE" separated by commas, a FILE being a
 * tahun,nilai series whose least-squares trend gives the factor of year t:
 * trend(first_year + t) / trend(first_year), with its prediction interval
 * at level as a standard error.  A sector not named keeps its need.
 * spec NULL: no growth.  Returns 0, or -1 with err set ("--demand-growth
 * ..."); an unreadable series ends the program with status 3. */
int asn_tumbuh_parse(asn_tumbuh *t, const char *spec, int first_year, int years, double level,
                     const char *const *names, asn_tumbuh_sektor_fn *sektor,
                     const void *ctx, char *err, size_t errsize);

/* The factor of year y (0-based) for a position of this jabatan, and its
 * standard error (0 for a rate). */
double asn_tumbuh_faktor(const asn_tumbuh *t, const char *jabatan, int y, double *sd);

void asn_tumbuh_free(asn_tumbuh *t);

#endif
