/* Cohort projection of staff per group and calendar year: retirements at
 * BUP, other exits at a rate, hires by a policy; expected path and Monte
 * Carlo bands. */
#ifndef ASN_COHORT_H
#define ASN_COHORT_H

#include <stddef.h>
#include <stdint.h>

#include "csv.h"
#include "date.h"

typedef enum {
	ASN_HIRE_NONE,     /* no intake: the raw decline */
	ASN_HIRE_FILL,     /* each year, exactly the shortfall against kebutuhan */
	ASN_HIRE_PLANNED   /* the planned intake of each year */
} asn_hire_policy;

/* Year t of the projection (0-based) is the calendar year first_year + t;
 * the first runs from the day after the reference date to 31 December. */
typedef struct {
	int first_year;
	int years;
	double first_fraction;   /* share of the first calendar year still to run */
	asn_hire_policy hire;
	double demand_growth;    /* kebutuhan of year t: kebutuhan (1 + g)^t */
} asn_cohort_options;

/* Options for the horizon of `years` calendar years from the year of as_of. */
void asn_cohort_options_init(asn_cohort_options *o, asn_date as_of, int years);

/* Where a retirement date falls: -1 on or before as_of (already retired),
 * t in 0..years-1 for a date in year t, years for a date after the
 * horizon. */
int asn_cohort_year_index(const asn_cohort_options *o, asn_date as_of, asn_date pensiun);

typedef struct {
	int tahun;
	/* expected path, whole numbers: awal - pensiun - keluar + masuk = akhir */
	long awal, pensiun, keluar, masuk, akhir;
	int has_kebutuhan;
	long kebutuhan, selisih, formasi_usulan;
	/* the same path unrounded */
	double pensiun_expected, keluar_expected, akhir_expected;
	/* the intake of a path with no rounding at all (fractional hires, each
	 * year's shortfall of that path): what the cost of the intake follows */
	double masuk_expected;
	/* Monte Carlo (when simulated) */
	int simulated;
	long akhir_lo, akhir_hi;
	double p_kurang;
	double pensiun_mean, keluar_mean, keluar_sd, akhir_mean;
	/* the cost's band (when the group has a cost model): quantiles of the
	 * year's cost over the runs, rupiah */
	int biaya_simulated;
	double biaya_lo, biaya_hi;
} asn_cohort_year;

/* Every group's cost per run added up (lib/biaya reads it): run s of the
 * sum is a draw of the total, the groups' exits drawn independently and
 * the rate of one estimate drawn once for all its groups. */
typedef struct asn_cohort_biaya_total asn_cohort_biaya_total;

/* A group's cost for the Monte Carlo, filled by lib/biaya.  Each run's cost
 * of year t is the sum, over the retirement cohorts j, of staf[j][t] times
 * the share of cohort j's staff in post over year t (those retiring in year
 * t count whole: they are paid until they retire), plus, over the intakes
 * of each earlier year h, masuk[h][t] times the entrants of year h in post.
 * "In post over the year" is the mean of the counts at its start and end. */
typedef struct {
	const double *staf;      /* [(years + 1) * years * 2]: ((j * years + t) * 2):
	                          * total and capped part, every member of cohort
	                          * j in post all year */
	const double *masuk;     /* [years * years * 2]: ((h * years + t) * 2): one
	                          * entrant of year h */
	asn_cohort_biaya_total *total;   /* every group's runs added here, or NULL */
} asn_cohort_biaya;

typedef struct {
	char *key;               /* key values, each followed by NUL */
	size_t keylen;
	long *retiring;          /* [years + 1]: staff in post by year of retirement;
	                          * [years] retires after the horizon */
	long *planned;           /* [years]: planned intake (ASN_HIRE_PLANNED) */
	int has_kebutuhan;
	double kebutuhan;        /* need in the first year */
	double *kebutuhan_tahun; /* [years] or NULL: the need of each year, when it
	                          * grows by sector (lib/tumbuh) */
	double *kebutuhan_sd;    /* [years] or NULL: its standard error (a series) */
	double exit_rate;        /* annual rate of exits other than retirement */
	double exit_trials;      /* staff-years the rate was pooled over; 0: exact */
	uint64_t exit_source;    /* the estimate the rate comes from
	                          * (asn_cohort_exit_source), 0: the group's own:
	                          * the groups of one estimate share its draw in
	                          * each run */
	asn_cohort_year *year;   /* [years]: results */
	const asn_cohort_biaya *biaya;   /* the cost, or NULL: none simulated */
} asn_cohort_group;

typedef struct asn_cohort asn_cohort;

asn_cohort *asn_cohort_alloc(const asn_cohort_options *o);
void asn_cohort_free(asn_cohort *c);
const asn_cohort_options *asn_cohort_get_options(const asn_cohort *c);

/* The group with this key, created (all counts 0, no kebutuhan, exit rate
 * 0) when new. */
asn_cohort_group *asn_cohort_group_get(asn_cohort *c, const char *key, size_t keylen);
/* The group or NULL. */
asn_cohort_group *asn_cohort_group_find(const asn_cohort *c, const char *key, size_t keylen);

/* Groups in byte order of their keys, field by field (valid until the next
 * asn_cohort_group_get). */
size_t asn_cohort_ngroups(const asn_cohort *c);
asn_cohort_group **asn_cohort_sorted(asn_cohort *c);

/* Staff in post at the reference date: the sum of g->retiring. */
long asn_cohort_awal(const asn_cohort *c, const asn_cohort_group *g);

/* Need of year t (whole number, a half rounds up). */
long asn_cohort_kebutuhan(const asn_cohort_options *o, const asn_cohort_group *g, int t);

/* The expected path into g->year.  Expected counts are accumulated
 * unrounded and each cumulative count is rounded to the nearest whole
 * number (a half down), so the printed columns add up and stay within one
 * of the expectation.  formasi_usulan is the intake of year t on the path
 * where every earlier year's formasi_usulan was hired: the shortfall at the
 * end of year t, or the planned intake when that is larger. */
void asn_cohort_project(const asn_cohort_options *o, asn_cohort_group *g);

/* Monte Carlo: `sims` runs of the group, exits drawn with gsl_ran_binomial
 * for each year and each retirement cohort of the group (never per
 * person), from an mt19937 generator seeded by `seed` and the group's key
 * alone.  When exit_trials > 0 each run first draws its exit rate from the
 * beta distribution with the rate's mean and standard error: from that
 * generator, or, for a group with an exit_source, from one seeded by `seed`
 * and the source alone, so that run s of every group of that estimate has
 * the same rate (they share the estimate, and its error).  Fills
 * akhir_lo and akhir_hi (quantiles (1 - level) / 2 and (1 + level) / 2),
 * p_kurang (share of runs ending the year below kebutuhan) and the means. */
void asn_cohort_simulate(const asn_cohort_options *o, asn_cohort_group *g, long sims,
                         unsigned long seed, double level);

/* The exit_source of an estimate named by key (never 0). */
uint64_t asn_cohort_exit_source(const char *key, size_t len);

/* With g->biaya, the runs also cost the staff: the exits drawn from the
 * pool retiring after the horizon are shared among its first staff and
 * each year's entrants by hypergeometric draws from a second generator, so
 * the headcounts drawn are those of a run with no cost.  Fills biaya_lo
 * and biaya_hi, and adds each run's cost, rounded to the rupiah, to
 * g->biaya->total. */

/* The sum of every group's runs: years and runs as the simulation's.
 * Adding is thread-safe and exact (whole rupiah), so the sum does not
 * depend on the order of the groups. */
asn_cohort_biaya_total *asn_cohort_biaya_total_new(int years, long sims);
void asn_cohort_biaya_total_free(asn_cohort_biaya_total *t);
/* Year t of the total: its quantiles (1 - level) / 2 and (1 + level) / 2
 * into *lo and *hi, and the share of runs whose capped part is above cap
 * (cap < 0: *p_over gets -1).  Returns -1 when no run was added. */
int asn_cohort_biaya_total_band(const asn_cohort_biaya_total *t, int year, double level,
                                double cap, double *lo, double *hi, double *p_over);

/* asn_cohort_simulate of each group, on up to `threads` threads (the
 * calling one included).  Each group draws from its own generator, so the
 * results are those of simulating the groups one by one. */
void asn_cohort_simulate_all(const asn_cohort_options *o, asn_cohort_group **groups,
                             size_t ngroups, long sims, unsigned long seed, double level,
                             int threads);

/* Threads for asn_cohort_simulate_all: the number asked for, or with 0
 * one per processor but at most 8 (each holds the end headcount of every
 * run and year of its group). */
int asn_cohort_threads(int requested);

/* The projection table: tahun, the n group columns, then awal, pensiun,
 * keluar, masuk, akhir, akhir_lo, akhir_hi, p_kurang, kebutuhan, selisih,
 * formasi_usulan; a value not known (no simulation, no kebutuhan) empty. */
void asn_cohort_write_header(asn_csv_writer *w, const char *const *by, size_t n);
void asn_cohort_write_year(asn_csv_writer *w, const asn_cohort_group *g,
                           const asn_cohort_year *y, size_t n);

#endif
