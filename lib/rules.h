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

#endif
