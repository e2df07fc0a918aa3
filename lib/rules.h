/* The regulations, once: each function names its source. */
#ifndef ASN_RULES_H
#define ASN_RULES_H

#include "config.h"
#include "date.h"

/* BUP in years for a position (PP 11/2017 art. 239-240; UU 20/2023 art. 55). */
int asn_rules_bup(const asn_config *cfg, const char *jenis_jabatan, const char *jabatan);

/* Retirement takes effect on the first day of the month after the month in
 * which the BUP birthday falls (PP 11/2017 art. 239; BKN practice). */
asn_date asn_rules_retirement_date(asn_date birth, int bup);

/* Entry golongan (index 0 = I/a ... 16 = IV/e) for an education level
 * (PP 11/2017 art. 35 & Perka BKN on initial rank): SD I/a, SMP I/c,
 * SMA/D1 II/a, D2 II/b, D3 II/c, S1/D4 III/a, S2 III/b, S3 III/c.
 * Returns -1 for an unknown level. */
int asn_rules_entry_golongan(const char *pendidikan);

/* Who is in post on a date: one rule for every program.  A row serves when
 * its kedudukan is one of cfg->kedudukan_aktif (empty: aktif) and the date
 * is before its tanggal_pensiun (UU 20/2023 art. 52: the ASN leaves on
 * reaching BUP; PP 11/2017 art. 239).  Staff on CLTN, study leave,
 * suspension, MPP or already out are kept in the table but are never
 * bezetting or supply (PP 11/2017 art. 276-281, 88). */
typedef enum {
	ASN_IN_POST,
	ASN_NOT_IN_POST_RETIRED,    /* on or after tanggal_pensiun */
	ASN_NOT_IN_POST_KEDUDUKAN,  /* a kedudukan other than active */
	ASN_POST_INVALID            /* tanggal_pensiun empty or not YYYY-MM-DD */
} asn_post;

/* Does the kedudukan word count as serving (NULL or empty: aktif)?  cfg
 * NULL: the built-in list (aktif). */
int asn_rules_kedudukan_active(const asn_config *cfg, const char *kedudukan);

/* Has the kedudukan word left the service for good (pensiun, diberhentikan,
 * punah, BUP, a cancelled NIP ...), rather than being away for a time? */
int asn_rules_kedudukan_left(const char *kedudukan);

/* kedudukan and pensiun as in the row (pensiun: pensiun_len bytes). */
asn_post asn_rules_in_post(const asn_config *cfg, const char *kedudukan, const char *pensiun,
                           size_t pensiun_len, asn_date as_of);

/* Staff left out of a count, by reason: "pensiun" (past tanggal_pensiun)
 * and each kedudukan word. */
typedef struct {
	struct { char *reason; unsigned long long n; } *items;
	size_t nitems;
	unsigned long long total;
} asn_post_tally;

void asn_post_tally_add(asn_post_tally *t, const char *reason);
/* "12 (pensiun 5, cltn 3, tugas_belajar 4)", or "0". */
void asn_post_tally_format(const asn_post_tally *t, char *buf, size_t size);
void asn_post_tally_free(asn_post_tally *t);

#endif
