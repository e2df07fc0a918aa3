/* The tables a cohort projection reads into its groups: the group key of
 * a record by the --by columns, the need (NEEDS), the planned intake and
 * the past exits; and the near misses between needed and staffed names. */
#ifndef ASN_COHORT_READ_H
#define ASN_COHORT_READ_H

#include <stddef.h>

#include "cohort.h"
#include "config.h"
#include "csv.h"
#include "history.h"
#include "input.h"
#include "layanan.h"
#include "names.h"

/* Group keys: the values of the --by columns, each followed by NUL, as
 * asn_cohort_group keys are. */
typedef struct {
	const char *const *by;   /* the group columns */
	size_t nby;
	asn_names_memo *names;   /* unit, jabatan, subunit in one form; NULL: as written */
	int *cols;               /* the key columns of the table being read */
	char *key;               /* the key being built (never NULL) */
	size_t keycap;
	asn_layanan_staf *layanan; /* schools and facilities of the NEEDS; NULL: none */
	int staff;               /* the table read is the staff: its jabatan by standard */
} asn_group_keys;

void asn_group_keys_init(asn_group_keys *k, const char *const *by, size_t nby,
                         asn_names_memo *names);
void asn_group_keys_free(asn_group_keys *k);

/* Room for n key columns in k->cols (returned). */
int *asn_group_keys_columns(asn_group_keys *k, size_t n);

/* The --by columns of a pegawai table into k->cols (each required, else
 * status 3): its rows are the staff, a teacher or health worker at a school
 * or facility of the NEEDS counted under the standard jabatan
 * (asn_layanan_staf) until the next asn_group_keys_columns. */
void asn_group_keys_require(asn_group_keys *k, asn_input *in);

/* Append v[0..vlen) and its NUL to k->key at len; the new length. */
size_t asn_group_keys_append(asn_group_keys *k, size_t len, const char *v, size_t vlen);

/* The key of the record rec into k->key: the values of its columns
 * k->cols[0..n), the one at i being the group column by[index[i]] (index
 * NULL: by[i]), a unit, jabatan or subunit in its one form.  Returns its
 * length. */
size_t asn_group_keys_make(asn_group_keys *k, const asn_csv_record *rec, size_t n,
                           const size_t *index);

/* Is this group column a name kept in one form (unit, jabatan, subunit)? */
int asn_group_keys_is_name(const char *column);

/* The need of a NEEDS table (formasi, ABK, schools or facilities) summed into the groups of
 * k->by, each of which must be unit, jabatan or a column of the table
 * (else status 2); an unreadable table ends the program with status 3.
 * Returns the number of rows rejected. */
/* With tumbuh (lib/tumbuh; NULL or none given: none), each position's need
 * grows year by year by the rate or series of its sector. */
struct asn_tumbuh;
unsigned long asn_cohort_read_needs(asn_cohort *c, asn_group_keys *k, const asn_config *cfg,
                                    const char *path, unsigned char delimiter,
                                    const struct asn_tumbuh *tumbuh);

/* The planned intake tahun,keys...,masuk into g->planned (rows of a year
 * outside the horizon told and left out). */
void asn_cohort_read_hires(asn_cohort *c, asn_group_keys *k, asn_input *in, const char *path,
                           unsigned char delimiter);

/* Past exits tahun,keys...,awal,keluar into h, and the exit rate of every
 * group estimated from them (asn_history_apply). */
void asn_cohort_read_history(asn_cohort *c, asn_group_keys *k, asn_history *h, asn_input *in,
                             const char *path, unsigned char delimiter);

/* As asn-gap: a needed group with no staff that differs from a staffed
 * one without a need only in spelling is told, never a silent shortage. */
void asn_cohort_warn_near_misses(const asn_cohort *c, asn_cohort_group **groups, size_t n,
                                 const char *const *by);

/* Are the first n key columns of the current row valid UTF-8?  The first
 * that is not is a rejected row (counted in *rejected): 0. */
int asn_group_keys_valid_utf8(const asn_group_keys *k, const asn_input *in, size_t n,
                              unsigned long long *rejected);

/* The tanggal_pensiun of the current row of in: its column (pensiun >= 0),
 * else from tanggal_lahir by the BUP of jenis_jabatan and jabatan (PP
 * 11/2017 art. 239-240).  A value that is not a date is a rejected row
 * (asn_reject, counted in *rejected): -1. */
int asn_cohort_read_pensiun(const asn_input *in, const asn_config *cfg, int pensiun, int lahir,
                            int jenis_jabatan, int jabatan, asn_date *d,
                            unsigned long long *rejected);

#endif
