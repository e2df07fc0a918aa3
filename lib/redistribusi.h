/* Redistribution (pemerataan) before recruitment: staff in surplus in one
 * position move to a shortage of the same jabatan elsewhere, no donor
 * falling below its need, as a minimum-cost transport problem solved
 * exactly with GLPK's network solver; and the staff to move. */
#ifndef ASN_REDISTRIBUSI_H
#define ASN_REDISTRIBUSI_H

#include <stddef.h>

#include "config.h"
#include "csv.h"
#include "date.h"
#include "strmap.h"

/* A position: its names (subunit "" when none), need and staff in post. */
typedef struct {
	const char *jabatan, *unit, *subunit;
	long kebutuhan, bezetting;
	int has_kebutuhan;       /* no need given: neither donor nor receiver */
} asn_pindah_posisi;

typedef struct {
	size_t dari, ke;         /* positions */
	long jumlah, biaya;      /* staff moved; cost of one move */
} asn_pindah;

/* Costs of a move from a unit or subunit to another: the table's rows
 * (dari,ke,biaya; '-' forbids the move), else the configuration's cost
 * within a unit and between units. */
typedef struct {
	asn_strmap index;        /* "dari\x1fke" to the index in biaya */
	long *biaya;             /* -1: forbidden */
	size_t n, cap;
	long unit, lain;
	char *name;
} asn_pindah_biaya;

void asn_pindah_biaya_init(asn_pindah_biaya *b, const asn_config *cfg);
/* Read a cost table: dari,ke,biaya (a whole number from 0 to 10^6, or '-');
 * a bad row is rejected (asn_reject, counted in *rejected); a missing column
 * ends the program with status 3. */
void asn_pindah_biaya_read(asn_pindah_biaya *b, const char *path, unsigned char delimiter,
                           unsigned long long *rejected);
void asn_pindah_biaya_free(asn_pindah_biaya *b);
/* Cost of one move from position a to b; -1: forbidden.  The table is
 * looked up subunit to subunit, unit to subunit, subunit to unit, unit to
 * unit, each way round; a row holds for both directions unless the other
 * is given. */
long asn_pindah_cost(const asn_pindah_biaya *b, const asn_pindah_posisi *a,
                     const asn_pindah_posisi *c);

/* The moves, jabatan by jabatan: as many staff as can move (the smaller of
 * the surplus and the shortage, where moves are allowed), at the least
 * total cost.  Moves sorted by jabatan, then donor, then receiver (names in
 * byte order).  Returns the number of moves; *moves is malloc'd.  *unmoved
 * counts the jabatan where a surplus and a shortage met but no move was
 * allowed. */
size_t asn_pindah_solve(const asn_pindah_posisi *p, size_t n, const asn_pindah_biaya *b,
                        asn_pindah **moves, size_t *unmoved);

/* moves table: jabatan,dari_unit,dari_subunit,ke_unit,ke_subunit,jumlah,biaya */
void asn_pindah_write(asn_csv_writer *w, const asn_pindah_posisi *p, const asn_pindah *m,
                      size_t n);

/* A member of staff in post, for the candidates to move. */
typedef struct {
	size_t posisi;
	const char *nip, *nama;
	asn_date tmt_jabatan;    /* year 0: unknown */
	asn_date pensiun;
} asn_pindah_staf;

/* Keep a member of staff of position posisi from a pegawai row; cols are
 * the columns nip, nama, tmt_jabatan, tanggal_pensiun (-1: absent).  The
 * strings are the caller's to free. */
void asn_pindah_keep(asn_pindah_staf **staf, size_t *n, size_t *cap, size_t posisi,
                     const asn_csv_record *rec, const int cols[4]);

/* The staff to move: from each donor, those with more than sisa_tahun years
 * to tanggal_pensiun at as_of, the most recent TMT jabatan first (the least
 * settled in the post), then the lower NIP; assigned to the moves in their
 * order.  Writes nip,nama,jabatan,dari_unit,dari_subunit,ke_unit,ke_subunit,
 * tmt_jabatan,tanggal_pensiun; returns how many places found no one. */
long asn_pindah_calon(asn_csv_writer *w, const asn_pindah_posisi *p, const asn_pindah *m,
                      size_t nmoves, asn_pindah_staf *s, size_t nstaf, asn_date as_of,
                      double sisa_tahun);

/* asn-gap --redistribusi: the cost table read (when given), the moves
 * solved and written, the candidates written (when asked for), warnings
 * and the summary told. */
typedef struct {
	const char *pindah_path, *biaya_path, *calon_path;
	unsigned char delimiter;
	asn_pindah_staf *staf;
	size_t nstaf;
	asn_date as_of;
} asn_pindah_run;

void asn_pindah_run_all(const asn_pindah_run *r, const asn_pindah_posisi *p, size_t n,
                        const asn_config *cfg, unsigned long long *rejected);

#endif
