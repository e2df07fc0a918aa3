/* Service standards (standar layanan): the need for teachers from a
 * school's rombel and the curriculum's JP, the need for health staff from a
 * puskesmas' kind, and which standard jabatan a teacher or health worker in
 * post fills (doc/layanan.md).  All the numbers are YAML data. */
#ifndef ASN_LAYANAN_H
#define ASN_LAYANAN_H

#include <stddef.h>

#include "csv.h"
#include "table.h"

/* Grades are numbered 1 (SD kelas I) to ASN_LAYANAN_KELAS_MAX (SMA XII). */
#define ASN_LAYANAN_KELAS_MAX 12

typedef struct asn_layanan asn_layanan;

/* The built-in rules (asn_layanan_builtin_yaml), then, when path is not
 * NULL, the `layanan:` mapping of that YAML file: each key it gives
 * replaces the built-in one (a jenjang or faskes kind replaced whole, one
 * named anew added; the pattern lists replaced whole).  Returns 0, or -1
 * with err "path:line:column: message" and *out NULL. */
int asn_layanan_rules_load(asn_layanan **out, const char *path, char *err, size_t errsize);
/* The same from a text (name in messages); NULL text: the built-ins only. */
int asn_layanan_rules_load_string(asn_layanan **out, const char *text, const char *name,
                                  char *err, size_t errsize);
void asn_layanan_rules_free(asn_layanan *r);
const char *asn_layanan_builtin_yaml(void);

/* The need of one school or facility, one standard jabatan at a time. */
typedef void asn_layanan_need_fn(void *ctx, const char *jabatan, double need);

/* A jenjang (SD, SMP, case-insensitive) by name: its index, or -1. */
int asn_layanan_jenjang(const asn_layanan *r, const char *name);
/* Its grades first..last. */
void asn_layanan_kelas(const asn_layanan *r, int jenjang, int *first, int *last);
/* The need of a school of that jenjang with rombel[k] classes in grade k
 * (indexed by grade, first..last) and siswa students (< 0: not given):
 * the class teacher one per rombel; a subject teacher Σ rombel × JP / the
 * JP a week of a teacher's load (PP 74/2008 art. 52(2)); the guru BK
 * siswa / students per guru BK.  fn gets each jabatan in the rules' order. */
void asn_layanan_sekolah(const asn_layanan *r, int jenjang, const double *rombel, double siswa,
                         asn_layanan_need_fn *fn, void *ctx);

/* A facility kind (puskesmas_perkotaan, ...; case-insensitive): its index,
 * or -1. */
int asn_layanan_faskes(const asn_layanan *r, const char *name);
/* Its staff by the standard (Permenkes 43/2019), jabatan by jabatan. */
void asn_layanan_faskes_need(const asn_layanan *r, int faskes, asn_layanan_need_fn *fn,
                             void *ctx);
/* "a, b or c": the jenjang (faskes 0) or facility kinds (1) known. */
void asn_layanan_names(const asn_layanan *r, int faskes, char *buf, size_t size);

typedef enum { ASN_LAYANAN_SEKOLAH = 1, ASN_LAYANAN_FASKES = 2 } asn_layanan_kind;

/* The standard jabatan that a member of staff with this jabatan and
 * jurusan fills at a school or a facility, or NULL when the rules name none
 * (then the jabatan is kept).  A teacher whose jurusan (nor jabatan) names
 * no subject gets the rules' `tidak_dikenal` name (*unknown set). */
const char *asn_layanan_standar(const asn_layanan *r, asn_layanan_kind kind,
                                const char *jabatan, const char *jurusan, int *unknown);

/* Is jabatan (any case) a standard jabatan of a school (a class, subject,
 * BK or unknown-subject teacher) or of a facility (a profession)?  0 when
 * neither. */
asn_layanan_kind asn_layanan_standar_kind(const asn_layanan *r, const char *jabatan);

/* The staff of a pegawai table matched to the positions of schools and
 * facilities: who is at a listed unit and subunit is counted under the
 * standard jabatan, everyone else under their own. */
typedef struct asn_layanan_staf asn_layanan_staf;

/* Owns r; names in their one form with these acronyms (NULL: built-in). */
asn_layanan_staf *asn_layanan_staf_new(asn_layanan *r, const char *const *acronyms);
/* A school or facility (unit and subunit in their one form). */
void asn_layanan_staf_site(asn_layanan_staf *s, const char *unit, const char *subunit,
                           asn_layanan_kind kind);
/* The columns of a pegawai table: unit, subunit and jabatan (else no one is
 * matched, and 0 is returned), jurusan if there.  s may be NULL (no
 * schools or facilities): then, and in the next, nothing is done. */
int asn_layanan_staf_columns(asn_layanan_staf *s, const asn_table *t);
/* The jabatan to count the row under: the standard one, or (jabatan, *len)
 * as given.  Stays valid until the next call. */
const char *asn_layanan_staf_jabatan(asn_layanan_staf *s, const asn_csv_record *rec,
                                     const char *jabatan, size_t *len);
/* The rules s matches with. */
const asn_layanan *asn_layanan_staf_rules(const asn_layanan_staf *s);
/* Would a position of this jabatan at unit and subunit (in their one form)
 * be filled by staff counted under another, standard jabatan: a listed
 * school or facility, and a jabatan the rules move (a ranked Guru or
 * health jabatan, not a standard one)?  s may be NULL. */
int asn_layanan_staf_covers(asn_layanan_staf *s, const char *unit, const char *subunit,
                            const char *jabatan);
/* Tell (unless quiet) the teachers counted under the unknown-subject name
 * since the last time (s may be NULL). */
void asn_layanan_staf_warn(asn_layanan_staf *s);
/* The same, then free. */
void asn_layanan_staf_finish(asn_layanan_staf *s);

#endif
