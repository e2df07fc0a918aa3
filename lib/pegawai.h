/* The canonical pegawai (employee) table of doc/design.md and its vocabularies. */
#ifndef ASN_PEGAWAI_H
#define ASN_PEGAWAI_H

#include <stddef.h>

enum {
	ASN_COL_NIP, ASN_COL_NAMA, ASN_COL_JENIS_KELAMIN, ASN_COL_TANGGAL_LAHIR,
	ASN_COL_STATUS, ASN_COL_GOLONGAN, ASN_COL_JENIS_JABATAN, ASN_COL_JABATAN,
	ASN_COL_BIDANG, ASN_COL_UNIT, ASN_COL_PENDIDIKAN, ASN_COL_TMT_CPNS,
	ASN_COL_TANGGAL_PENSIUN, ASN_COL_KEDUDUKAN,
	ASN_NCOLS,
	/* optional columns used when present */
	ASN_COL_SUBUNIT = ASN_NCOLS, ASN_COL_JURUSAN, ASN_COL_TMT_JABATAN,
	ASN_COL_JABATAN_ID, ASN_COL_UNIT_ID,
	ASN_NCOLS_ALL
};

/* Column names in canonical order, then the optional ones. */
extern const char *const asn_pegawai_columns[ASN_NCOLS_ALL + 1];

/* Golongan ruang of PNS, "I/a" (0) ... "IV/e" (16) (PP 99/2000 as amended);
 * PPPK "I" ... "XVII" (Perpres 98/2020).  The parse accepts case and
 * spacing variants ("iii/A", "III / a", "IIIa") and a pangkat label with the
 * golongan in parentheses ("Penata Muda (III/a)"), and writes the canonical
 * form into out.  Returns the index, or -1. */
int asn_golongan_pns(const char *s, char out[8]);
int asn_golongan_pppk(const char *s, char out[8]);
/* The canonical form of a golongan index of either kind ("III/a", "IX"). */
void asn_golongan_name(int index, int pppk, char out[8]);

/* Education levels in order (0 SD ... 9 S3); accepts common export labels
 * (SLTP, SLTA, SMK, "Diploma III", "D-III", "S-1/Sarjana", "Strata 1", ...).
 * Writes the canonical label into *out.  Returns the index, or -1. */
int asn_pendidikan_parse(const char *s, const char **out);
extern const char *const asn_pendidikan_levels[];

/* jenis_jabatan vocabulary; returns index or -1 (case-insensitive). */
int asn_jenis_jabatan_find(const char *s);
extern const char *const asn_jenis_jabatan_names[];

/* Kedudukan hukum (legal standing) of SIASN as a canonical word: by BKN's
 * KEDUDUKAN HUKUM ID ("1", "3", "20" ...) or name ("Aktif", "PPPK Aktif",
 * "CLTN", "Tugas Belajar", "Masa Persiapan Pensiun" ...), or the canonical
 * word itself; case and blanks do not matter.  NULL when unknown. */
const char *asn_kedudukan_parse(const char *s);
/* A word for an unknown kedudukan: lower case, runs of other than letters
 * and digits as one '_' ("Cuti Bersama X" -> "cuti_bersama_x"). */
void asn_kedudukan_slug(const char *s, char *out, size_t size);

/* The level of a structural post from ESELON NAMA or ID ("II.b", "IIb",
 * "II/b", "22"): I.a jpt_utama, I.b jpt_madya, II.x jpt_pratama, III.x
 * administrator, IV.x and V.x pengawas (PP 11/2017 art. 13 and 131: eselon
 * equals the new JPT/administrator/pengawas levels).  NULL when s is none. */
const char *asn_eselon_jenis_jabatan(const char *s);

/* 'L' or 'P' from L/P, M/F, Pria/Wanita, Laki-laki/Perempuan, 1/2; 0 if not. */
char asn_jenis_kelamin_parse(const char *s);

/* "PNS", "CPNS" or "PPPK" (case-insensitive; "P3K" accepted); NULL if not. */
const char *asn_status_parse(const char *s);

/* Does the name carry an academic or professional title (gelar)?
 * ("dr. ", "Drs. ", ", S.Pd", ", M.Si", ...) — for an import warning. */
int asn_nama_has_gelar(const char *s);

#endif
