#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "history.h"
#include "stats.h"

void asn_history_add(asn_history *h, const char *key, size_t keylen, long awal, long keluar)
{
	asn_history_entry *e;

	if (h->n == h->cap) {
		h->cap = h->cap ? 2 * h->cap : 64;
		h->entries = asn_realloc(h->entries, h->cap * sizeof *h->entries);
	}
	e = &h->entries[h->n++];
	e->key = asn_malloc(keylen ? keylen : 1);
	memcpy(e->key, key, keylen);
	e->keylen = keylen;
	e->awal = (double)awal;
	e->keluar = (double)keluar;
	h->awal += e->awal;
	h->keluar += e->keluar;
	h->finished = 0;
}

static int by_key(const void *a, const void *b)
{
	const asn_history_entry *x = a, *y = b;
	size_t n = x->keylen < y->keylen ? x->keylen : y->keylen;
	int d = memcmp(x->key, y->key, n);

	return d ? d : (x->keylen > y->keylen) - (x->keylen < y->keylen);
}

/* Sorted by key, the rows of one key summed over the years. */
static void finish(asn_history *h)
{
	asn_history_entry *e = h->entries;
	size_t i, j;

	if (h->finished)
		return;
	if (h->n > 1)
		qsort(e, h->n, sizeof *e, by_key);
	for (i = 0, j = 0; i < h->n; i++) {
		if (j > 0 && by_key(&e[j - 1], &e[i]) == 0) {
			e[j - 1].awal += e[i].awal;
			e[j - 1].keluar += e[i].keluar;
			free(e[i].key);
			continue;
		}
		e[j++] = e[i];
	}
	h->n = j;
	h->finished = 1;
}

/* The i-th value of a key. */
static const char *key_value(const char *key, size_t i)
{
	while (i--)
		key += strlen(key) + 1;
	return key;
}

void asn_history_apply(asn_history *h, asn_cohort *c, const size_t *key_index, size_t nkeys,
                       const char *name)
{
	asn_cohort_group **groups = asn_cohort_sorted(c);
	asn_history_entry probe, *found;
	size_t i, k, len, cap = 64, missing = 0, vlen;
	char *key = asn_malloc(cap);
	const char *v;
	double rate, se;

	finish(h);
	if (h->awal <= 0)
		asn_die(ASN_EXIT_INPUT, "%s: awal is 0 in every row: no exit rate can be estimated",
		        name);
	asn_stats_binomial_rate(h->keluar, h->awal, &rate, &se);
	if (!asn_quiet)
		asn_warn("%s: pooled exit rate %.4f (standard error %.4f) over %.0f staff-years", name,
		         rate, se, h->awal);
	for (i = 0; i < asn_cohort_ngroups(c); i++) {
		for (len = 0, k = 0; k < nkeys; k++) {
			v = key_value(groups[i]->key, key_index[k]);
			vlen = strlen(v);
			if (len + vlen + 1 > cap) {
				cap = 2 * (len + vlen + 1);
				key = asn_realloc(key, cap);
			}
			memcpy(key + len, v, vlen + 1);
			len += vlen + 1;
		}
		probe.key = key;
		probe.keylen = len;
		found = bsearch(&probe, h->entries, h->n, sizeof *h->entries, by_key);
		if (found && found->awal > 0) {
			groups[i]->exit_rate = found->keluar / found->awal;
			groups[i]->exit_trials = found->awal;
			/* the groups of one row of the history share its estimate */
			groups[i]->exit_source = asn_cohort_exit_source(found->key, found->keylen);
		} else {
			groups[i]->exit_rate = rate;
			groups[i]->exit_trials = h->awal;
			groups[i]->exit_source = asn_cohort_exit_source("", 0);
			missing++;
		}
	}
	free(key);
	if (missing && nkeys && !asn_quiet)
		asn_warn("%s: %zu group%s without history: pooled rate used", name, missing,
		         missing == 1 ? "" : "s");
}

void asn_history_free(asn_history *h)
{
	size_t i;

	for (i = 0; i < h->n; i++)
		free(h->entries[i].key);
	free(h->entries);
	memset(h, 0, sizeof *h);
}
