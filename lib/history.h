/* Past exits (tahun, keys..., awal, keluar) summed per key, and the exit
 * rate of each projected group estimated from them. */
#ifndef ASN_HISTORY_H
#define ASN_HISTORY_H

#include <stddef.h>

#include "cohort.h"

typedef struct {
	char *key;          /* values separated by NULs, as the cohort's keys */
	size_t keylen;
	double awal, keluar;
} asn_history_entry;

typedef struct {
	asn_history_entry *entries;
	size_t n, cap;
	double awal, keluar;  /* over every row */
	int finished;
} asn_history;

/* One row of the history. */
void asn_history_add(asn_history *h, const char *key, size_t keylen, long awal, long keluar);

/* Each group's exit rate (keluar / awal, binomial) from the rows of its key,
 * or the rate pooled over every row for a group the history does not name
 * or whose rows have no awal.  A group's key is its values (NUL-separated);
 * the history's key is made of those at key_index[0..nkeys).  Tells the
 * pooled rate and the groups without history on stderr unless asn_quiet;
 * ends the program with status 3 when awal is 0 in every row. */
void asn_history_apply(asn_history *h, asn_cohort *c, const size_t *key_index, size_t nkeys,
                       const char *name);

void asn_history_free(asn_history *h);

#endif
