/* asn-import's row path: one record of an export, mapped by a profile,
 * normalised and validated into the canonical pegawai columns. */
#ifndef ASN_IMPORT_H
#define ASN_IMPORT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "csv.h"
#include "date.h"
#include "nip.h"
#include "profile.h"
#include "table.h"

#define ASN_IMPORT_REASON_MAX 512

typedef struct asn_import_ctx asn_import_ctx;

/* A warning on a row: fmt and ap give the message, without file and line. */
typedef void asn_import_warn_fn(const asn_import_ctx *ctx, const asn_csv_record *rec,
                                const char *fmt, va_list ap);

/* One input file: its header, the profile's columns resolved against it. */
struct asn_import_ctx {
	const asn_config *cfg;
	const asn_profile *profile;
	const asn_table *table;     /* names the column of an error */
	const char *name;           /* file name, for the warn callback */
	asn_date as_of;
	int src[ASN_NTARGETS];      /* column index of each target, -1 absent */
	int alt[ASN_NTARGETS];      /* the next candidate present, used when src is empty */
	int mapped[2 * ASN_NTARGETS]; /* the columns of src and alt, each once */
	size_t nmapped;
	asn_import_warn_fn *warn;   /* NULL: warnings are not reported */
	struct asn_names_memo *names; /* the caller's memo of name forms; NULL: none */
	void *arg;                  /* for warn */
};

/* A converted row.  Values are borrowed from the record, the profile or the
 * buffers below: valid while the record is, until the next conversion. */
typedef struct {
	const char *val[ASN_NCOLS_ALL];
	uint64_t nip_number;        /* asn_nip_to_number of the NIP; 0 if none */
	/* the first problem found */
	int bad_col;                /* source column index, -1 if none */
	const char *bad_colname;    /* canonical column when bad_col is -1 */
	const char *bad_value;
	char reason[ASN_IMPORT_REASON_MAX];  /* English: the reason column of --rejects */
	char message[ASN_IMPORT_REASON_MAX]; /* the same in the language of messages */

	char *nama;                 /* nama with its gelar joined */
	size_t nama_size;
	char jabatan[512];          /* names in their normalised form */
	char unit[512];
	char subunit[512];
	char kedudukan[64];
	char nip[19];               /* a NIP written in its groups, joined */
	char golongan[8];
	char dates[4][11];          /* tanggal_lahir, tmt_cpns, tanggal_pensiun, tmt_jabatan */
	char jk[2];
	asn_date birth;
	int golongan_index;
	asn_nip_kind kind;
} asn_import_result;

/* Resolve the profile's source columns against the header of table (the
 * first candidate present wins) and fill ctx with the rest.  Returns 0, or
 * -1 with *missing set to the first required target that has no column. */
int asn_import_ctx_init(asn_import_ctx *ctx, const asn_config *cfg, const asn_profile *profile,
                        const asn_table *table, asn_date as_of, int *missing);

/* Prepare rec for the row path: a leading apostrophe, which SIASN puts
 * before NIP BARU, NIK, NPWP, BPJS and NOMOR HP so that Excel keeps them as
 * text, is dropped from every field that is a number behind it; blanks
 * around a value the profile maps are trimmed (a spreadsheet leaves them).
 * The fields are changed in place. */
void asn_import_prepare(const asn_import_ctx *ctx, asn_csv_record *rec);

/* Is every field of rec empty or blank (";;;;" at the end of a spreadsheet)? */
int asn_import_blank(const asn_csv_record *rec);

/* The value of target (a canonical column or other target) in rec, through
 * the profile's value map: the first of the target's columns in the file,
 * or when that is empty the next one present (JENIS PEGAWAI NAMA, then
 * JENIS PEGAWAI ID); "" when the file has no such column. */
const char *asn_import_value(const asn_import_ctx *ctx, const asn_csv_record *rec, int target);

void asn_import_result_init(asn_import_result *r);
void asn_import_result_free(asn_import_result *r);

/* Map, normalise and validate one record: UTF-8, status, nama, jenis_kelamin,
 * tanggal_lahir and age, NIP form, tmt_cpns, NIP against the record,
 * golongan, pendidikan, jabatan and jenis_jabatan, unit, tmt_jabatan.
 * Returns 0, or -1 with the bad column, value and reason in r.  The gelar
 * warning goes to ctx->warn, kept row or not.  For a kept row the caller
 * checks what needs other rows (the NIP seen before), then calls
 * asn_import_finish. */
int asn_import_row(const asn_import_ctx *ctx, const asn_csv_record *rec, asn_import_result *r);

/* unit and subunit from a UNOR path "SUBUNIT - ... - OPD - PEMERINTAH KAB. X"
 * (lowest first, as SIASN's UNOR NAMA): the OPD is the segment just below
 * the "PEMERINTAH ..." root (the last segment when there is no root), the
 * subunit the first segment.  Segments are split at " - ".  Writes the raw
 * segments (not normalised) into unit and subunit. */
void asn_import_unor_path(const char *path, char *unit, size_t unit_size, char *subunit,
                          size_t subunit_size);

/* A PPPK jabatan written "JENJANG - NAMA" ("AHLI PERTAMA - DOKTER") as
 * "NAMA JENJANG" ("DOKTER AHLI PERTAMA"), into out; other names copied. */
void asn_import_jenjang_first(const char *jabatan, char *out, size_t size);

/* Reject r for target (a canonical column) and value with a printf reason.
 * Returns -1. */
int asn_import_reject(const asn_import_ctx *ctx, asn_import_result *r, int target,
                      const char *value, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

/* Derive tanggal_pensiun of a kept row, and warn of a golongan below the
 * entry rank for its pendidikan. */
void asn_import_finish(const asn_import_ctx *ctx, const asn_csv_record *rec, asn_import_result *r);

#endif
