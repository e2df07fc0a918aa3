/* IKM, indeks kepuasan masyarakat (Permenpan RB 14/2017), from integer sums
 * so that the band edges are exact in decimal terms. */
#ifndef ASN_IKM_H
#define ASN_IKM_H

#include <stddef.h>

#include "config.h"
#include "input.h"
#include "strmap.h"

#define ASN_IKM_UNSUR 9

/* u1 ... u9 and what each element asks about. */
extern const char *const asn_ikm_unsur_codes[ASN_IKM_UNSUR];
extern const char *const asn_ikm_unsur_names[ASN_IKM_UNSUR];

/* Answers of one unit, accumulated respondent by respondent.  An element
 * a respondent left blank counts in blank, not in sum. */
typedef struct {
	unsigned long long responden;
	unsigned long long sum[ASN_IKM_UNSUR];
	unsigned long long blank[ASN_IKM_UNSUR];
} asn_ikm_sums;

typedef struct {
	long mean_centi[ASN_IKM_UNSUR]; /* element means x 100, rounded half up;
	                                 * -1 for an element nobody answered */
	long ikm_centi;                 /* IKM x 100, rounded half up */
	char mutu;                      /* 'A' ... 'D', or 0 below the lowest bound */
	const char *kinerja;            /* "sangat baik" ... "tidak baik", or NULL */
	int unsur_terendah;             /* index of the lowest mean; ties: the lowest index */
} asn_ikm_result;

/* Parse one answer: exactly "1", "2", "3" or "4".  Returns 1-4 or -1. */
int asn_ikm_answer_parse(const char *s);

/* Add one respondent's answers (each 1-4, or 0 for a blank). */
void asn_ikm_add(asn_ikm_sums *s, const int answers[ASN_IKM_UNSUR]);

/* IKM = mean of the element means x 25, rounded to two decimals, then
 * banded with cfg->ikm_a ... ikm_d.  Each element's mean is over the
 * answers it got (Permenpan RB 14/2017: NRR per unsur = total nilai /
 * jumlah kuesioner yang terisi); an element nobody answered is left out of
 * the IKM.  Without blanks the IKM is exact from the integer total; with
 * them, a value within 1e-9 (relative) of a half is taken as that half.  Returns 0,
 * or -1 with no respondents. */
int asn_ikm_compute(const asn_ikm_sums *s, const asn_config *cfg, asn_ikm_result *r);

/* Mutu of an IKM given in hundredths (band bounds rounded to hundredths). */
char asn_ikm_mutu(const asn_config *cfg, long ikm_centi);
/* "sangat baik", "baik", "kurang baik", "tidak baik" for 'A'...'D', else NULL. */
const char *asn_ikm_kinerja(char mutu);

/* The answers of a survey per unit. */
typedef struct {
	char *unit;
	asn_ikm_sums sums;
} asn_ikm_unit;

typedef struct {
	asn_ikm_unit *units;        /* as first met; by name after asn_ikm_units_sort */
	size_t n, cap;
	asn_strmap index;           /* unit name to its index in units */
	unsigned long long blank;   /* blank answers of the respondents kept */
	int unit_col, cols[ASN_IKM_UNSUR];
} asn_ikm_units;

/* Read a survey, one row per respondent: its header (unit and u1 ... u9;
 * a missing column ends the program with status 3), then every row.  A
 * blank answer is counted (blank) and leaves that element only; an empty
 * unit, an answer neither blank nor 1-4, or all nine answers blank is a
 * rejected row (asn_reject, counted in *rejected). */
void asn_ikm_units_begin(asn_ikm_units *t, const asn_input *in);
void asn_ikm_units_row(asn_ikm_units *t, const asn_input *in, unsigned long long *rejected);

/* The units in byte order of their names; no row is read after. */
void asn_ikm_units_sort(asn_ikm_units *t);
void asn_ikm_units_free(asn_ikm_units *t);

#endif
