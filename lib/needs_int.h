/* Shared by the NEEDS reader's files: lib/needs.c (formasi, ABK) and
 * lib/needs_layanan.c (schools and facilities by the service standards). */
#ifndef ASN_NEEDS_INT_H
#define ASN_NEEDS_INT_H

#include "layanan.h"
#include "needs.h"
#include "table.h"

enum {
	COL_UNIT, COL_JABATAN, COL_KEBUTUHAN, COL_URAIAN_TUGAS, COL_VOLUME,
	COL_SATUAN_PERIODE, COL_NORMA_WAKTU, COL_SATUAN_WAKTU, COL_CAS_PERSEN,
	COL_IAS_JAM, COL_SUBUNIT, COL_JENJANG, COL_JENIS, COL_SISWA, NCOLS
};

extern const char *const asn_needs_column_names[NCOLS];

#define MESSAGE_MAX 1024
#define NAME_MAX_BYTES 512

typedef struct {
	asn_needs *n;
	const asn_needs_options *opt;
	asn_table table;
	int col[NCOLS];
	int *key_col;            /* nkeys columns: unit, jabatan, extras */
	const char **keys;       /* the key values of the row being read */
	char (*norm)[NAME_MAX_BYTES]; /* unit, jabatan and subunit in their one form */
	asn_layanan *layanan;    /* the standards, for a schools or facilities table */
	int rombel[ASN_LAYANAN_KELAS_MAX + 1];  /* column of rombel_K, by grade; -1 none */
} reading;

/* Reject the row: counted, and told through opt->reject with the column
 * (col < 0: none) and its value.  Returns -1. */
int asn_needs_reject(reading *rd, const asn_csv_record *rec, int col, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
asn_needs_entry *asn_needs_add_entry(asn_needs *n, const char *const *keys, long line);
asn_needs_entry *asn_needs_find_entry(asn_needs *n, const char *const *keys);

/* The columns of a schools (jenjang) or facilities (jenis) table, and the
 * standards; ASN_NEEDS_OK or an error with err set. */
int asn_needs_layanan_resolve(reading *rd, char *err, size_t errsize);
/* One row of such a table: a position per standard jabatan. */
int asn_needs_layanan_row(reading *rd, const asn_csv_record *rec);

#endif
