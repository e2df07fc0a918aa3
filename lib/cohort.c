#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#include "cli.h"
#include "cohort.h"
#include "hash.h"
#include "stats.h"

struct asn_cohort {
	asn_cohort_options opts;
	asn_cohort_group **groups;   /* in order of creation, or sorted */
	size_t ngroups, cap;
	asn_cohort_group **slots;    /* open addressing on the key hash */
	size_t nslots;
};

void
asn_cohort_options_init(asn_cohort_options *o, asn_date as_of, int years)
{
	asn_date next_jan = { as_of.year + 1, 1, 1 }, jan = { as_of.year, 1, 1 };
	long left = asn_date_to_days(next_jan) - asn_date_to_days(as_of);
	long length = asn_date_to_days(next_jan) - asn_date_to_days(jan);

	memset(o, 0, sizeof *o);
	o->first_year = as_of.year;
	o->years = years;
	o->first_fraction = (double)left / (double)length;
	o->hire = ASN_HIRE_NONE;
}

int
asn_cohort_year_index(const asn_cohort_options *o, asn_date as_of, asn_date pensiun)
{
	int t;

	if (asn_date_cmp(pensiun, as_of) <= 0)
		return -1;
	t = pensiun.year - o->first_year;
	return t < o->years ? t : o->years;
}

/* The same for a key in every run: it seeds the key's draws.  Tables use
 * asn_hash, which crafted keys cannot make collide. */
static uint64_t
hash_key(const char *key, size_t len)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i;

	for (i = 0; i < len; i++) {
		h ^= (unsigned char)key[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

asn_cohort *
asn_cohort_alloc(const asn_cohort_options *o)
{
	asn_cohort *c = asn_calloc(1, sizeof *c);

	c->opts = *o;
	c->nslots = 64;
	c->slots = asn_calloc(c->nslots, sizeof *c->slots);
	return c;
}

static void
group_free(asn_cohort_group *g)
{
	free(g->key);
	free(g->retiring);
	free(g->planned);
	free(g->kebutuhan_tahun);
	free(g->kebutuhan_sd);
	free(g->year);
	free(g);
}

void
asn_cohort_free(asn_cohort *c)
{
	size_t i;

	if (!c)
		return;
	for (i = 0; i < c->ngroups; i++)
		group_free(c->groups[i]);
	free(c->groups);
	free(c->slots);
	free(c);
}

const asn_cohort_options *
asn_cohort_get_options(const asn_cohort *c)
{
	return &c->opts;
}

static size_t
slot_of(const asn_cohort *c, const char *key, size_t keylen)
{
	size_t mask = c->nslots - 1, i;
	asn_cohort_group *g;

	for (i = (size_t)asn_hash(key, keylen) & mask; (g = c->slots[i]); i = (i + 1) & mask)
		if (g->keylen == keylen && memcmp(g->key, key, keylen) == 0)
			break;
	return i;
}

static void
grow_slots(asn_cohort *c)
{
	asn_cohort_group **old = c->slots;
	size_t n = c->nslots, i;

	c->nslots *= 2;
	c->slots = asn_calloc(c->nslots, sizeof *c->slots);
	for (i = 0; i < n; i++)
		if (old[i])
			c->slots[slot_of(c, old[i]->key, old[i]->keylen)] = old[i];
	free(old);
}

asn_cohort_group *
asn_cohort_group_find(const asn_cohort *c, const char *key, size_t keylen)
{
	return c->slots[slot_of(c, key, keylen)];
}

asn_cohort_group *
asn_cohort_group_get(asn_cohort *c, const char *key, size_t keylen)
{
	size_t i = slot_of(c, key, keylen);
	asn_cohort_group *g = c->slots[i];
	int years = c->opts.years;

	if (g)
		return g;
	g = asn_calloc(1, sizeof *g);
	g->key = asn_malloc(keylen ? keylen : 1);
	if (keylen)
		memcpy(g->key, key, keylen);
	g->keylen = keylen;
	g->retiring = asn_calloc((size_t)years + 1, sizeof *g->retiring);
	g->planned = asn_calloc((size_t)years, sizeof *g->planned);
	g->year = asn_calloc((size_t)years, sizeof *g->year);
	c->slots[i] = g;
	if (c->ngroups == c->cap) {
		c->cap = c->cap ? 2 * c->cap : 64;
		c->groups = asn_realloc(c->groups, c->cap * sizeof *c->groups);
	}
	c->groups[c->ngroups++] = g;
	if (2 * c->ngroups > c->nslots)
		grow_slots(c);
	return g;
}

size_t
asn_cohort_ngroups(const asn_cohort *c)
{
	return c->ngroups;
}

/* NUL ends each value, so byte order of the keys is field-by-field order. */
static int
by_key(const void *a, const void *b)
{
	const asn_cohort_group *x = *(asn_cohort_group *const *)a;
	const asn_cohort_group *y = *(asn_cohort_group *const *)b;
	size_t n = x->keylen < y->keylen ? x->keylen : y->keylen;
	int d = memcmp(x->key, y->key, n);

	if (d)
		return d;
	return (x->keylen > y->keylen) - (x->keylen < y->keylen);
}

asn_cohort_group **
asn_cohort_sorted(asn_cohort *c)
{
	if (c->ngroups > 1)
		qsort(c->groups, c->ngroups, sizeof *c->groups, by_key);
	return c->groups;
}

long
asn_cohort_awal(const asn_cohort *c, const asn_cohort_group *g)
{
	long n = 0;
	int t;

	for (t = 0; t <= c->opts.years; t++)
		n += g->retiring[t];
	return n;
}

long
asn_cohort_kebutuhan(const asn_cohort_options *o, const asn_cohort_group *g, int t)
{
	if (g->kebutuhan_tahun)
		return (long)floor(g->kebutuhan_tahun[t] + 0.5);
	return (long)floor(g->kebutuhan * pow(1 + o->demand_growth, t) + 0.5);
}

static long
total(const long *v, int n)
{
	long s = 0;
	int i;

	for (i = 0; i < n; i++)
		s += v[i];
	return s;
}

/* Nearest whole number, a half down; the tolerance keeps 2.5000000001
 * from rounding error at 2. */
static long
round_half_down(double x)
{
	return (long)ceil(x - 0.5 - 1e-9);
}

static double
year_rate(const asn_cohort_options *o, double rate, int t)
{
	return t == 0 ? asn_stats_rate_fraction(rate, o->first_fraction) : rate;
}

/* Intake of a year; `proposal` asks for the formasi_usulan rule. */
static long
intake(asn_hire_policy hire, int proposal, long planned, int has_need, long need, long survivors)
{
	long shortfall = has_need && need > survivors ? need - survivors : 0;

	if (hire != ASN_HIRE_PLANNED)
		planned = 0;
	if (proposal)
		return shortfall > planned ? shortfall : planned;
	switch (hire) {
	case ASN_HIRE_FILL:
		return shortfall;
	case ASN_HIRE_PLANNED:
		return planned;
	case ASN_HIRE_NONE:
		break;
	}
	return 0;
}

/* The expected path; with `proposal` only masuk is of interest. */
static void
expected_path(const asn_cohort_options *o, asn_cohort_group *g, int proposal, long *masuk_out)
{
	int years = o->years, t, j;
	double *b = asn_malloc(((size_t)years + 1) * sizeof *b);
	double pc = 0, kc = 0, q, p, k, stock;
	long awal = total(g->retiring, years + 1), pensiun, keluar, survivors, masuk, need;
	long shown_p = 0, shown_k = 0;
	asn_cohort_year *y;

	for (j = 0; j <= years; j++)
		b[j] = (double)g->retiring[j];
	for (t = 0; t < years; t++) {
		q = year_rate(o, g->exit_rate, t);
		p = b[t];
		b[t] = 0;
		k = 0;
		for (j = t + 1; j <= years; j++) {
			k += b[j] * q;
			b[j] -= b[j] * q;
		}
		pc += p;
		kc += k;
		pensiun = round_half_down(pc) - shown_p;
		keluar = round_half_down(kc) - shown_k;
		if (pensiun > awal)
			pensiun = awal;
		if (pensiun < 0)
			pensiun = 0;
		if (keluar > awal - pensiun)
			keluar = awal - pensiun;
		if (keluar < 0)
			keluar = 0;
		shown_p += pensiun;
		shown_k += keluar;
		survivors = awal - pensiun - keluar;
		need = asn_cohort_kebutuhan(o, g, t);
		masuk = intake(o->hire, proposal, g->planned[t], g->has_kebutuhan, need, survivors);
		b[years] += (double)masuk;
		if (proposal) {
			masuk_out[t] = masuk;
		} else {
			for (stock = 0, j = t + 1; j <= years; j++)
				stock += b[j];
			y = &g->year[t];
			y->tahun = o->first_year + t;
			y->awal = awal;
			y->pensiun = pensiun;
			y->keluar = keluar;
			y->masuk = masuk;
			y->akhir = survivors + masuk;
			y->pensiun_expected = p;
			y->keluar_expected = k;
			y->akhir_expected = stock;
			y->has_kebutuhan = g->has_kebutuhan;
			y->kebutuhan = need;
			y->selisih = y->akhir - need;
		}
		awal = survivors + masuk;
	}
	free(b);
}

/* The intake of the path kept unrounded throughout, hires included. */
static void
fluid_intake(const asn_cohort_options *o, asn_cohort_group *g)
{
	int years = o->years, t, j;
	double *b = asn_malloc(((size_t)years + 1) * sizeof *b), q, survivors, need, masuk;

	for (j = 0; j <= years; j++)
		b[j] = (double)g->retiring[j];
	for (t = 0; t < years; t++) {
		q = year_rate(o, g->exit_rate, t);
		b[t] = 0;
		for (survivors = 0, j = t + 1; j <= years; j++) {
			b[j] -= b[j] * q;
			survivors += b[j];
		}
		need = (double)asn_cohort_kebutuhan(o, g, t);
		masuk = 0;
		if (o->hire == ASN_HIRE_FILL && g->has_kebutuhan && need > survivors)
			masuk = need - survivors;
		else if (o->hire == ASN_HIRE_PLANNED)
			masuk = (double)g->planned[t];
		b[years] += masuk;
		g->year[t].masuk_expected = masuk;
	}
	free(b);
}

void
asn_cohort_project(const asn_cohort_options *o, asn_cohort_group *g)
{
	long *proposal = asn_malloc((size_t)o->years * sizeof *proposal);
	int t;

	expected_path(o, g, 0, NULL);
	fluid_intake(o, g);
	expected_path(o, g, 1, proposal);
	for (t = 0; t < o->years; t++)
		g->year[t].formasi_usulan = proposal[t];
	free(proposal);
}

/* splitmix64 finaliser over the seed and the key's hash: a group's draws
 * do not depend on which other groups are in the input. */
static unsigned long
mix_seed(uint64_t z)
{
	z += 0x9e3779b97f4a7c15ULL;
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	z ^= z >> 31;
	return (unsigned long)(z & 0xffffffffUL);
}

static unsigned long
group_seed(unsigned long seed, const asn_cohort_group *g)
{
	return mix_seed((uint64_t)seed ^ hash_key(g->key, g->keylen));
}

/* Running means (and Welford's sum of squares for keluar) of one year. */
typedef struct {
	double pensiun, keluar, keluar_m2, akhir;
	long short_runs;
} year_sums;

static void
add_run(year_sums *m, long run, long pensiun, long keluar, long akhir)
{
	double n = (double)(run + 1), d = (double)keluar - m->keluar;

	m->pensiun += ((double)pensiun - m->pensiun) / n;
	m->keluar += d / n;
	m->keluar_m2 += d * ((double)keluar - m->keluar);
	m->akhir += ((double)akhir - m->akhir) / n;
}

struct asn_cohort_biaya_total {
	int years;
	long sims;
	long long *run;          /* [(t * sims + s) * 2]: total and capped part */
	int added;
	pthread_mutex_t lock;
};

asn_cohort_biaya_total *
asn_cohort_biaya_total_new(int years, long sims)
{
	asn_cohort_biaya_total *t = asn_calloc(1, sizeof *t);

	t->years = years;
	t->sims = sims;
	t->run = asn_calloc((size_t)years * (size_t)(sims > 0 ? sims : 1) * 2, sizeof *t->run);
	pthread_mutex_init(&t->lock, NULL);
	return t;
}

void
asn_cohort_biaya_total_free(asn_cohort_biaya_total *t)
{
	if (!t)
		return;
	pthread_mutex_destroy(&t->lock);
	free(t->run);
	free(t);
}

int
asn_cohort_biaya_total_band(const asn_cohort_biaya_total *t, int year, double level,
    double cap, double *lo, double *hi, double *p_over)
{
	size_t n = (size_t)t->sims, s, over = 0;
	const long long *r = t->run + (size_t)year * n * 2;
	double *v;

	if (!t->added || year < 0 || year >= t->years || n == 0)
		return -1;
	v = asn_malloc(n * sizeof *v);
	for (s = 0; s < n; s++) {
		v[s] = (double)r[2 * s];
		over += cap >= 0 && (double)r[2 * s + 1] > cap;
	}
	*lo = asn_stats_quantile_type1(v, n, (1 - level) / 2);
	*hi = asn_stats_quantile_type1(v, n, (1 + level) / 2);
	*p_over = cap >= 0 ? (double)over / (double)n : -1;
	free(v);
	return 0;
}

/* A run's cost: the staff of each cohort and the entrants of each year in
 * post at the start (b0, h0) and end (b, h) of year t. */
typedef struct {
	const asn_cohort_biaya *m;
	gsl_rng *rng;            /* shares the pool's exits out */
	unsigned int *b0, *h, *h0;   /* [years + 1], [years], [years] */
	unsigned int orig0, orig;    /* the first staff of the pool retiring
	                              * after the horizon: at the year's start,
	                              * now */
	long long *run;          /* [(t * sims + s) * 2] */
} run_cost;

/* Share k exits of the pool (b_pool staff: orig first staff, then h[0..t)
 * entrants) among its parts by hypergeometric draws. */
static void
share_exits(run_cost *rc, int t, unsigned int pool, unsigned int k)
{
	unsigned int left = pool, x;
	int h;

	x = k && rc->orig ? gsl_ran_hypergeometric(rc->rng, rc->orig, left - rc->orig, k) : 0;
	left -= rc->orig;
	rc->orig -= x;
	k -= x;
	for (h = 0; h < t && k > 0; h++) {
		x = rc->h[h] ? gsl_ran_hypergeometric(rc->rng, rc->h[h], left - rc->h[h], k) : 0;
		left -= rc->h[h];
		rc->h[h] -= x;
		k -= x;
	}
}

static void
cost_year(run_cost *rc, const asn_cohort_group *g, int years, int t, long s, long sims,
    long pensiun, const unsigned int *b, double first_fraction)
{
	const double *st = rc->m->staf, *ma = rc->m->masuk;
	double v[2] = { 0, 0 }, f, lost = t == 0 ? first_fraction / 2 : 0.5;
	size_t i;
	int j, h, k;

	for (j = t; j <= years; j++) {
		if (g->retiring[j] <= 0)
			continue;
		/* exits spread evenly over the part of the year they cover */
		if (j == t)
			f = (double)pensiun;
		else if (j < years)
			f = (double)rc->b0[j] - ((double)rc->b0[j] - (double)b[j]) * lost;
		else
			f = (double)rc->orig0 - ((double)rc->orig0 - (double)rc->orig) * lost;
		i = ((size_t)j * (size_t)years + (size_t)t) * 2;
		for (k = 0; k < 2; k++)
			v[k] += st[i + k] * f / (double)g->retiring[j];
	}
	for (h = 0; h < t; h++) {
		f = (double)rc->h0[h] - ((double)rc->h0[h] - (double)rc->h[h]) / 2;
		i = ((size_t)h * (size_t)years + (size_t)t) * 2;
		for (k = 0; k < 2; k++)
			v[k] += ma[i + k] * f;
	}
	i = ((size_t)t * (size_t)sims + (size_t)s) * 2;
	rc->run[i] = llround(v[0]);
	rc->run[i + 1] = llround(v[1]);
}

/* The band of each year, and the runs added to the total. */
static void
cost_finish(run_cost *rc, asn_cohort_group *g, int years, long sims, double level)
{
	asn_cohort_biaya_total *tot = rc->m->total;
	size_t n = (size_t)sims, i;
	double *v = asn_malloc(n * sizeof *v);
	int t;

	for (t = 0; t < years; t++) {
		for (i = 0; i < n; i++)
			v[i] = (double)rc->run[((size_t)t * n + i) * 2];
		g->year[t].biaya_simulated = 1;
		g->year[t].biaya_lo = asn_stats_quantile_type1(v, n, (1 - level) / 2);
		g->year[t].biaya_hi = asn_stats_quantile_type1(v, n, (1 + level) / 2);
	}
	free(v);
	if (tot && tot->years == years && tot->sims == sims) {
		pthread_mutex_lock(&tot->lock);
		for (i = 0; i < (size_t)years * n * 2; i++)
			tot->run[i] += rc->run[i];
		tot->added = 1;
		pthread_mutex_unlock(&tot->lock);
	}
}

uint64_t
asn_cohort_exit_source(const char *key, size_t len)
{
	return hash_key(key, len) | 1;
}

/* The generator of a rate's draws: seeded by `seed` and the estimate the
 * rate comes from, so that every group of that estimate draws the same
 * rate in run s. */
static gsl_rng *
rate_generator(unsigned long seed, uint64_t source)
{
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);

	if (!rng)
		asn_die(ASN_EXIT_INPUT, "out of memory allocating the random number generator");
	/* a domain of its own: a source equal to a group's key hash (the
	 * history keyed as --by) must not give that group's own stream */
	gsl_rng_set(rng, mix_seed((uint64_t)seed ^ source ^ 0xd1b54a32d192ed03ULL));
	return rng;
}

void
asn_cohort_simulate(const asn_cohort_options *o, asn_cohort_group *g, long sims,
    unsigned long seed, double level)
{
	int years = o->years, t, j, uncertain;
	size_t ns = (size_t)sims, cohorts = (size_t)years + 1;
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	int *akhir = asn_malloc((size_t)years * ns * sizeof *akhir);
	long *need = asn_malloc((size_t)years * sizeof *need);
	unsigned int *start = asn_malloc(cohorts * sizeof *start);
	unsigned int *b = asn_malloc(cohorts * sizeof *b);
	year_sums *sum = asn_calloc((size_t)years, sizeof *sum);
	long awal = total(g->retiring, years + 1), stock, pensiun, keluar, survivors, masuk, s, drawn;
	double ba = 0, bb = 0, rate = g->exit_rate, q0, q;
	unsigned int k, pool;
	asn_cohort_year *y;
	run_cost rc;
	gsl_rng *shared = NULL;

	if (!rng)
		asn_die(ASN_EXIT_INPUT, "out of memory allocating the random number generator");
	gsl_rng_set(rng, group_seed(seed, g));
	memset(&rc, 0, sizeof rc);
	if (g->biaya) {
		rc.m = g->biaya;
		if (!(rc.rng = gsl_rng_alloc(gsl_rng_mt19937)))
			asn_die(ASN_EXIT_INPUT, "out of memory allocating the random number generator");
		gsl_rng_set(rc.rng, group_seed(seed ^ 0x5bd1e995UL, g));
		rc.b0 = asn_malloc(cohorts * sizeof *rc.b0);
		rc.h = asn_malloc((size_t)years * sizeof *rc.h);
		rc.h0 = asn_malloc((size_t)years * sizeof *rc.h0);
		rc.run = asn_malloc((size_t)years * ns * 2 * sizeof *rc.run);
	}
	uncertain = g->exit_trials > 0 &&
	    asn_stats_beta_for_rate(g->exit_rate, g->exit_trials, &ba, &bb) == 0;
	if (uncertain && g->exit_source)
		shared = rate_generator(seed, g->exit_source);
	for (t = 0; t < years; t++)
		need[t] = asn_cohort_kebutuhan(o, g, t);
	for (j = 0; j <= years; j++)
		start[j] = (unsigned int)g->retiring[j];
	q0 = year_rate(o, rate, 0);
	for (s = 0; s < sims; s++) {
		if (uncertain) {
			rate = gsl_ran_beta(shared ? shared : rng, ba, bb);
			q0 = year_rate(o, rate, 0);
		}
		memcpy(b, start, cohorts * sizeof *b);
		stock = awal;
		if (rc.m) {
			memset(rc.h, 0, (size_t)years * sizeof *rc.h);
			rc.orig = b[years];
		}
		for (t = 0; t < years; t++) {
			q = t == 0 ? q0 : rate;
			pensiun = b[t];
			b[t] = 0;
			keluar = 0;
			if (rc.m) {
				memcpy(rc.b0, b, cohorts * sizeof *b);
				memcpy(rc.h0, rc.h, (size_t)years * sizeof *rc.h);
				rc.orig0 = rc.orig;
			}
			/* gsl_ran_binomial draws nothing for n = 0 */
			if (q > 0)
				for (j = t + 1; j <= years; j++) {
					if (b[j] == 0)
						continue;
					pool = b[j];
					k = gsl_ran_binomial(rng, q, b[j]);
					b[j] -= k;
					keluar += k;
					if (rc.m && j == years)
						share_exits(&rc, t, pool, k);
				}
			if (rc.m)
				cost_year(&rc, g, years, t, s, sims, pensiun, b, o->first_fraction);
			survivors = stock - pensiun - keluar;
			/* a need that follows a series is drawn from its band */
			drawn = need[t];
			if (g->kebutuhan_sd && g->kebutuhan_sd[t] > 0)
				drawn = (long)fmax(0, floor(g->kebutuhan_tahun[t] +
				    gsl_ran_gaussian(rng, g->kebutuhan_sd[t]) + 0.5));
			masuk = intake(o->hire, 0, g->planned[t], g->has_kebutuhan, drawn, survivors);
			b[years] += (unsigned int)masuk;
			if (rc.m)
				rc.h[t] = (unsigned int)masuk;
			stock = survivors + masuk;
			akhir[(size_t)t * ns + (size_t)s] = (int)stock;
			add_run(&sum[t], s, pensiun, keluar, stock);
			if (g->has_kebutuhan && stock < drawn)
				sum[t].short_runs++;
		}
	}
	for (t = 0; t < years; t++) {
		y = &g->year[t];
		y->simulated = 1;
		y->akhir_lo = asn_stats_quantile_int(akhir + (size_t)t * ns, ns, (1 - level) / 2);
		y->akhir_hi = asn_stats_quantile_int(akhir + (size_t)t * ns, ns, (1 + level) / 2);
		y->p_kurang = (double)sum[t].short_runs / (double)sims;
		y->pensiun_mean = sum[t].pensiun;
		y->keluar_mean = sum[t].keluar;
		y->akhir_mean = sum[t].akhir;
		y->keluar_sd = sims > 1 ? sqrt(sum[t].keluar_m2 / (double)(sims - 1)) : 0;
	}
	if (rc.m) {
		cost_finish(&rc, g, years, sims, level);
		gsl_rng_free(rc.rng);
		free(rc.b0);
		free(rc.h);
		free(rc.h0);
		free(rc.run);
	}
	if (shared)
		gsl_rng_free(shared);
	free(sum);
	free(b);
	free(start);
	free(need);
	free(akhir);
	gsl_rng_free(rng);
}

typedef struct {
	const asn_cohort_options *o;
	asn_cohort_group **groups;
	size_t ngroups, next;
	pthread_mutex_t lock;
	long sims;
	unsigned long seed;
	double level;
} simulation;

/* Takes the next group until none is left: groups differ much in size, so
 * a fixed share per thread would leave threads idle. */
static void *
simulate_groups(void *arg)
{
	simulation *sim = arg;
	size_t i;

	for (;;) {
		pthread_mutex_lock(&sim->lock);
		i = sim->next++;
		pthread_mutex_unlock(&sim->lock);
		if (i >= sim->ngroups)
			return NULL;
		asn_cohort_simulate(sim->o, sim->groups[i], sim->sims, sim->seed, sim->level);
	}
}

void
asn_cohort_simulate_all(const asn_cohort_options *o, asn_cohort_group **groups, size_t ngroups,
    long sims, unsigned long seed, double level, int threads)
{
	simulation sim = { o, groups, ngroups, 0, PTHREAD_MUTEX_INITIALIZER, sims, seed, level };
	size_t helpers = threads > 1 ? (size_t)threads - 1 : 0, started = 0;
	pthread_t *helper;

	if (helpers >= ngroups)
		helpers = ngroups ? ngroups - 1 : 0;
	helper = asn_malloc((helpers ? helpers : 1) * sizeof *helper);
	while (started < helpers &&
	    pthread_create(&helper[started], NULL, simulate_groups, &sim) == 0)
		started++;
	simulate_groups(&sim);
	while (started > 0)
		pthread_join(helper[--started], NULL);
	free(helper);
	pthread_mutex_destroy(&sim.lock);
}

int
asn_cohort_threads(int requested)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	if (requested > 0)
		return requested;
	if (n < 1)
		return 1;
	return n < 8 ? (int)n : 8;
}

void
asn_cohort_write_header(asn_csv_writer *w, const char *const *by, size_t n)
{
	static const char *const columns[] = {
		"awal", "pensiun", "keluar", "masuk", "akhir", "akhir_lo", "akhir_hi",
		"p_kurang", "kebutuhan", "selisih", "formasi_usulan", NULL
	};
	size_t i;

	asn_csv_write_str(w, "tahun");
	for (i = 0; i < n; i++)
		asn_csv_write_str(w, by[i]);
	for (i = 0; columns[i]; i++)
		asn_csv_write_str(w, columns[i]);
	asn_csv_end_record(w);
}

void
asn_cohort_write_year(asn_csv_writer *w, const asn_cohort_group *g, const asn_cohort_year *y,
    size_t n)
{
	const char *v = g->key;
	size_t i;

	asn_csv_write_long(w, y->tahun);
	for (i = 0; i < n; i++) {
		asn_csv_write_str(w, v);
		v += strlen(v) + 1;
	}
	asn_csv_write_long(w, y->awal);
	asn_csv_write_long(w, y->pensiun);
	asn_csv_write_long(w, y->keluar);
	asn_csv_write_long(w, y->masuk);
	asn_csv_write_long(w, y->akhir);
	if (y->simulated) {
		asn_csv_write_long(w, y->akhir_lo);
		asn_csv_write_long(w, y->akhir_hi);
	} else {
		asn_csv_write_str(w, "");
		asn_csv_write_str(w, "");
	}
	if (y->simulated && y->has_kebutuhan)
		asn_csv_write_double(w, y->p_kurang, 4);
	else
		asn_csv_write_str(w, "");
	if (y->has_kebutuhan) {
		asn_csv_write_long(w, y->kebutuhan);
		asn_csv_write_long(w, y->selisih);
		asn_csv_write_long(w, y->formasi_usulan);
	} else {
		asn_csv_write_str(w, "");
		asn_csv_write_str(w, "");
		asn_csv_write_str(w, "");
	}
	asn_csv_end_record(w);
}
