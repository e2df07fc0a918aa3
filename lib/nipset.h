/* Sets of NIPs (as asn_nip_to_number gives them) for the duplicate check of
 * asn-import: an exact set, and a fixed-size filter that lets a second pass
 * keep exact sets of the few NIPs that may repeat. */
#ifndef ASN_NIPSET_H
#define ASN_NIPSET_H

#include <stddef.h>
#include <stdint.h>

/* Exact set: 64-bit numbers in 2^16 small sorted arrays chosen by hash,
 * about 10 bytes a member and no rehash peak. */
typedef struct {
	struct asn_nipset_bucket *buckets;
	size_t count;
} asn_nipset;

/* Adds v (below 2^63); returns 1 if v was already a member, else 0. */
int asn_nipset_add(asn_nipset *s, uint64_t v);
int asn_nipset_has(const asn_nipset *s, uint64_t v);
/* Marks member v: returns 0 the first time, 1 after, -1 if v is no member. */
int asn_nipset_mark(asn_nipset *s, uint64_t v);
void asn_nipset_free(asn_nipset *s);

/* Blocked Bloom filter of a fixed size: asn_nipfilter_add returns 1 if v may
 * have been added before (always, if it was), 0 if it certainly was not.
 * Its memory does not grow with the members; false positives do. */
typedef struct {
	uint64_t *words;
	size_t nblocks;
} asn_nipfilter;

/* 8 MiB: 0.03% false positives over 4.5 million NIPs, the nation's ASN. */
#define ASN_NIPFILTER_BYTES ((size_t)8 << 20)

/* bytes is rounded down to whole 64-byte blocks (at least one). */
void asn_nipfilter_init(asn_nipfilter *f, size_t bytes);
int asn_nipfilter_add(asn_nipfilter *f, uint64_t v);
void asn_nipfilter_free(asn_nipfilter *f);

/* Where each NIP that may repeat was first met: NIP to a caller's 64-bit
 * position (file and line), open addressing, 16 bytes a member. */
typedef struct {
	uint64_t *keys;             /* NIP + 1; 0 empty */
	uint64_t *values;
	size_t cap, count;
} asn_nipmap;

void asn_nipmap_put(asn_nipmap *m, uint64_t v, uint64_t where);
/* 1 and *where when v is in the map, else 0. */
int asn_nipmap_get(const asn_nipmap *m, uint64_t v, uint64_t *where);
void asn_nipmap_free(asn_nipmap *m);

/* The duplicate check over one or two passes.  With a first pass (scan
 * every NIP, then check them again in the same order) memory is the filter
 * and the NIPs it cannot tell apart; without one, every NIP is kept. */
#define ASN_NIPDUP_AHEAD 16

typedef struct {
	int two_pass;
	asn_nipfilter filter;
	uint64_t ahead[ASN_NIPDUP_AHEAD];   /* scanned, their blocks being fetched */
	size_t nscanned;
	asn_nipset maybe;           /* NIPs the first pass may have seen twice,
	                             * marked when the second pass meets them */
	asn_nipset seen;            /* one pass: every NIP */
	asn_nipmap first;           /* where the NIPs that may repeat were first met */
} asn_nipdup;

/* filter_bytes 0: one pass; else the filter's size (ASN_NIPFILTER_BYTES). */
void asn_nipdup_init(asn_nipdup *d, size_t filter_bytes);
void asn_nipdup_scan(asn_nipdup *d, uint64_t v);
/* Returns 1 if v was checked before (a duplicate), else 0. */
int asn_nipdup_check(asn_nipdup *d, uint64_t v);
/* The same, and where: the first time a NIP that may repeat is met, where
 * is kept; at a duplicate, *first is where it was first met (0 if not
 * known).  With two passes only the few NIPs the filter cannot tell apart
 * are kept; with one, every NIP (16 bytes more a row). */
int asn_nipdup_check_at(asn_nipdup *d, uint64_t v, uint64_t where, uint64_t *first);
void asn_nipdup_free(asn_nipdup *d);

#endif
