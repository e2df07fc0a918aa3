#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "nip.h"
#include "nipset.h"

#define NBUCKETS (1 << 16)
#define MARK ((uint64_t)1 << 63)   /* asn_nipset_mark's flag on a member */
#define BLOCK_WORDS 8       /* 512 bits: one cache line */
#define PROBES 6

struct asn_nipset_bucket {
	uint64_t *v;
	uint32_t n, cap;
};

/* Index of v in b, or of where it would go; *found tells which. */
static uint32_t bucket_find(const struct asn_nipset_bucket *b, uint64_t v, int *found)
{
	uint32_t lo = 0, hi = b->n, mid;

	*found = 0;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if ((b->v[mid] & ~MARK) == v) {
			*found = 1;
			return mid;
		}
		if ((b->v[mid] & ~MARK) < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

int asn_nipset_add(asn_nipset *s, uint64_t v)
{
	struct asn_nipset_bucket *b;
	uint32_t at;
	int found;

	if (!s->buckets)
		s->buckets = asn_calloc(NBUCKETS, sizeof *s->buckets);
	b = &s->buckets[asn_nip_hash(v) & (NBUCKETS - 1)];
	at = bucket_find(b, v, &found);
	if (found)
		return 1;
	if (b->n == b->cap) {
		b->cap = b->cap ? b->cap + b->cap / 2 + 1 : 4;
		b->v = asn_realloc(b->v, b->cap * sizeof *b->v);
	}
	memmove(b->v + at + 1, b->v + at, (b->n - at) * sizeof *b->v);
	b->v[at] = v;
	b->n++;
	s->count++;
	return 0;
}

/* The slot holding v, or NULL. */
static uint64_t *member(const asn_nipset *s, uint64_t v)
{
	struct asn_nipset_bucket *b;
	uint32_t at;
	int found;

	if (!s->buckets)
		return NULL;
	b = &s->buckets[asn_nip_hash(v) & (NBUCKETS - 1)];
	at = bucket_find(b, v, &found);
	return found ? &b->v[at] : NULL;
}

int asn_nipset_has(const asn_nipset *s, uint64_t v)
{
	return member(s, v) != NULL;
}

int asn_nipset_mark(asn_nipset *s, uint64_t v)
{
	uint64_t *slot = member(s, v);

	if (!slot)
		return -1;
	if (*slot & MARK)
		return 1;
	*slot |= MARK;
	return 0;
}

void asn_nipset_free(asn_nipset *s)
{
	size_t i;

	if (s->buckets)
		for (i = 0; i < NBUCKETS; i++)
			free(s->buckets[i].v);
	free(s->buckets);
	s->buckets = NULL;
	s->count = 0;
}

void asn_nipfilter_init(asn_nipfilter *f, size_t bytes)
{
	f->nblocks = bytes / (BLOCK_WORDS * sizeof(uint64_t));
	if (!f->nblocks)
		f->nblocks = 1;
	f->words = asn_calloc(f->nblocks * BLOCK_WORDS, sizeof(uint64_t));
}

/* One hash picks the block, a second one the bits inside it, so that one
 * cache line serves a lookup. */
int asn_nipfilter_add(asn_nipfilter *f, uint64_t v)
{
	uint64_t h = asn_nip_hash(v), g = asn_nip_hash(h), *block, bit;
	int i, present = 1;
	unsigned pos;

	block = f->words + (size_t)(h % f->nblocks) * BLOCK_WORDS;
	for (i = 0; i < PROBES; i++) {
		pos = (unsigned)(g >> (9 * i)) & 511;
		bit = (uint64_t)1 << (pos & 63);
		if (!(block[pos >> 6] & bit)) {
			present = 0;
			block[pos >> 6] |= bit;
		}
	}
	return present;
}

void asn_nipfilter_free(asn_nipfilter *f)
{
	free(f->words);
	f->words = NULL;
	f->nblocks = 0;
}

void asn_nipdup_init(asn_nipdup *d, size_t filter_bytes)
{
	memset(d, 0, sizeof *d);
	d->two_pass = filter_bytes > 0;
	if (d->two_pass)
		asn_nipfilter_init(&d->filter, filter_bytes);
}

static void scan_one(asn_nipdup *d, uint64_t v)
{
	if (asn_nipfilter_add(&d->filter, v))
		asn_nipset_add(&d->maybe, v);
}

/* A filter lookup is a cache miss: a NIP's block is fetched while the ones
 * scanned before it are looked up (the order of adds does not matter: of
 * two equal NIPs, the later one finds its bits set). */
void asn_nipdup_scan(asn_nipdup *d, uint64_t v)
{
	size_t slot;

	if (!d->two_pass)
		return;
	__builtin_prefetch(d->filter.words + (size_t)(asn_nip_hash(v) % d->filter.nblocks) * BLOCK_WORDS, 1);
	slot = d->nscanned++ % ASN_NIPDUP_AHEAD;
	if (d->nscanned > ASN_NIPDUP_AHEAD)
		scan_one(d, d->ahead[slot]);
	d->ahead[slot] = v;
}

int asn_nipdup_check(asn_nipdup *d, uint64_t v)
{
	size_t i;

	for (i = 0; i < d->nscanned && i < ASN_NIPDUP_AHEAD; i++)
		scan_one(d, d->ahead[i]);
	d->nscanned = 0;
	if (d->two_pass)
		return asn_nipset_mark(&d->maybe, v) == 1;
	return asn_nipset_add(&d->seen, v);
}

static size_t nipmap_slot(const asn_nipmap *m, uint64_t key)
{
	size_t mask = m->cap - 1, i = (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 20) & mask;

	while (m->keys[i] && m->keys[i] != key)
		i = (i + 1) & mask;
	return i;
}

void asn_nipmap_put(asn_nipmap *m, uint64_t v, uint64_t where)
{
	uint64_t *keys = m->keys, *values = m->values;
	size_t i, old = m->cap;

	if (2 * (m->count + 1) > m->cap) {
		m->cap = m->cap ? 2 * m->cap : 1024;
		m->keys = asn_calloc(m->cap, sizeof *m->keys);
		m->values = asn_calloc(m->cap, sizeof *m->values);
		m->count = 0;
		for (i = 0; i < old; i++)
			if (keys[i]) {
				size_t j = nipmap_slot(m, keys[i]);

				m->keys[j] = keys[i];
				m->values[j] = values[i];
				m->count++;
			}
		free(keys);
		free(values);
	}
	i = nipmap_slot(m, v + 1);
	if (!m->keys[i])
		m->count++;
	m->keys[i] = v + 1;
	m->values[i] = where;
}

int asn_nipmap_get(const asn_nipmap *m, uint64_t v, uint64_t *where)
{
	size_t i;

	if (!m->cap)
		return 0;
	i = nipmap_slot(m, v + 1);
	if (!m->keys[i])
		return 0;
	*where = m->values[i];
	return 1;
}

void asn_nipmap_free(asn_nipmap *m)
{
	free(m->keys);
	free(m->values);
	memset(m, 0, sizeof *m);
}

int asn_nipdup_check_at(asn_nipdup *d, uint64_t v, uint64_t where, uint64_t *first)
{
	size_t i;
	int seen;

	for (i = 0; i < d->nscanned && i < ASN_NIPDUP_AHEAD; i++)
		scan_one(d, d->ahead[i]);
	d->nscanned = 0;
	if (d->two_pass) {
		seen = asn_nipset_mark(&d->maybe, v);
		if (seen < 0)
			return 0;       /* certainly met once only */
	} else {
		seen = asn_nipset_add(&d->seen, v);
	}
	if (!seen) {
		asn_nipmap_put(&d->first, v, where);
		return 0;
	}
	*first = 0;
	asn_nipmap_get(&d->first, v, first);
	return 1;
}

void asn_nipdup_free(asn_nipdup *d)
{
	asn_nipmap_free(&d->first);
	asn_nipfilter_free(&d->filter);
	asn_nipset_free(&d->maybe);
	asn_nipset_free(&d->seen);
}
