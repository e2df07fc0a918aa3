/* The five-year plan (UU 5/2014 art. 56: the need for positions over 5
 * years, per year, by priority): each year, the groups short of their need
 * on the projection with the hires planned so far, ranked by a transparent
 * priority, cut at a quota per year and sector, split PNS/PPPK.  The rules
 * and their sources are in doc/plan.md. */
#ifndef ASN_PLAN_H
#define ASN_PLAN_H

#include <stddef.h>

#include "cohort.h"
#include "cohort_read.h"
#include "csv.h"
#include "strmap.h"
#include "talent.h"

/* Sectors of a position, by its jabatan name. */
typedef enum {
	ASN_SEKTOR_PENDIDIKAN, ASN_SEKTOR_KESEHATAN, ASN_SEKTOR_TEKNIS, ASN_SEKTOR_N
} asn_sektor;

/* "pendidikan", "kesehatan", "teknis"; asn_kuota_names adds "semua". */
extern const char *const asn_sektor_names[ASN_SEKTOR_N];

/* Components of the skor. */
enum { ASN_KOMPONEN_SEKTOR, ASN_KOMPONEN_RASIO, ASN_KOMPONEN_PENSIUN, ASN_KOMPONEN_IKM,
       ASN_KOMPONEN_N };

/* A must-fill position: a jabatan anywhere, or in one unit. */
typedef struct {
	char *unit;          /* NULL: any unit */
	char *jabatan;
	int line, column;    /* in the YAML file (0: built in) */
	size_t matched;      /* groups it names */
} asn_plan_wajib;

/* The priority set: built-in defaults (asn_plan_priority_init), any key of
 * a --prioritas YAML replacing its default. */
typedef struct {
	double bobot[ASN_KOMPONEN_N];        /* weight of each component */
	double sektor_bobot[ASN_SEKTOR_N];   /* sector weights, normalised by the largest */
	double pppk_persen[ASN_SEKTOR_N];    /* share of the hires made PPPK, 0-100 */
	char **pola[ASN_SEKTOR_TEKNIS];      /* jabatan globs of pendidikan, kesehatan */
	size_t npola[ASN_SEKTOR_TEKNIS];
	asn_plan_wajib *wajib;
	size_t nwajib;
	const char *name;                    /* of the YAML file, for messages */
} asn_plan_priority;

void asn_plan_priority_init(asn_plan_priority *p);
/* Read a --prioritas file over the defaults.  Returns 0, or -1 with err set
 * to "file:line:column: message". */
int asn_plan_priority_load_file(asn_plan_priority *p, const char *path, char *err,
                                size_t errsize);
int asn_plan_priority_load_string(asn_plan_priority *p, const char *text, size_t len,
                                  const char *name, char *err, size_t errsize);
void asn_plan_priority_free(asn_plan_priority *p);

/* The sector of a jabatan: the first of pendidikan, kesehatan whose globs
 * match it, else teknis. */
asn_sektor asn_plan_sektor(const asn_plan_priority *p, const char *jabatan);
/* The same, for a caller that holds the priority set as a context (a
 * --demand-growth per sector, lib/tumbuh). */
int asn_plan_sektor_of(const void *p, const char *jabatan);

/* komponen_sektor: the sector's weight over the largest weight (0 when all
 * weights are 0). */
double asn_plan_sektor_komponen(const asn_plan_priority *p, asn_sektor s);

/* PPPK of `usulan` hires of a sector: its share, rounded to a whole
 * person, a half up; the rest are PNS. */
long asn_plan_pppk(const asn_plan_priority *p, asn_sektor s, long usulan);

/* The quota per year: one limit per sector and one for the total (semua);
 * ASN_KUOTA_NONE where there is none. */
#define ASN_KUOTA_NONE (-1L)
enum { ASN_KUOTA_SEMUA = ASN_SEKTOR_N, ASN_KUOTA_N };
extern const char *const asn_kuota_names[ASN_KUOTA_N];

typedef struct {
	int first_year, years;
	long (*cap)[ASN_KUOTA_N];   /* [years] */
} asn_plan_kuota;

void asn_plan_kuota_init(asn_plan_kuota *k, int first_year, int years);
/* --kuota N: every year at most n hires in all. */
void asn_plan_kuota_total(asn_plan_kuota *k, long n);
/* --kuota FILE: rows tahun,sektor,kuota.  A row with a year outside the
 * horizon, a sektor not known, a kuota that is not a whole number >= 0, or
 * a (tahun, sektor) given before is rejected (told, counted).  Returns the
 * number of rows rejected. */
unsigned long asn_plan_kuota_read(asn_plan_kuota *k, asn_input *in, const char *path,
                                  unsigned char delimiter);
void asn_plan_kuota_free(asn_plan_kuota *k);
/* --kuota N, FILE or batas: an argument written as a whole number is the
 * quota (0 to 10^7, else the program ends with status 2) and *path is set
 * to NULL; `batas` (the quota under the cost cap, lib/biaya_plan) returns
 * ASN_KUOTA_BATAS with *path NULL; anything else is a file, *path = arg
 * and -1 returned. */
#define ASN_KUOTA_BATAS (-2L)
long asn_plan_kuota_option(const char *arg, const char **path);

/* IKM per unit (the table `asn-score --ikm` writes: unit, nilai_ikm). */
typedef struct {
	asn_strmap units;   /* unit in its one form -> index in nilai */
	double *nilai;
	size_t n, cap;
} asn_plan_ikm;

/* A unit twice or a nilai_ikm not a number from 0 to 100 is a rejected row;
 * an empty nilai_ikm (no element answered) leaves the unit out, told.
 * Returns the number of rows rejected. */
unsigned long asn_plan_ikm_read(asn_plan_ikm *m, asn_input *in, asn_names_memo *names,
                                const char *path, unsigned char delimiter);
/* The nilai_ikm of a unit, or -1 when the table has none. */
double asn_plan_ikm_of(const asn_plan_ikm *m, const char *unit);
void asn_plan_ikm_free(asn_plan_ikm *m);

/* The key columns of a plan: where unit, subunit and jabatan are among the
 * --by columns (-1 for subunit when absent). */
typedef struct {
	int unit, subunit, jabatan;
} asn_plan_keys;

/* Find them in by[0..n): every column must be one of unit, subunit,
 * jabatan, and unit and jabatan must be there.  Returns 0, or -1. */
int asn_plan_keys_find(asn_plan_keys *pk, const char *const *by, size_t n);

/* What asn_plan_pindah_read moved, cohort by cohort, in order: n of the
 * `had` staff of retirement cohort j of dari went to ke. */
typedef struct {
	const asn_cohort_group *dari, *ke;
	int j;
	long n, had;
} asn_plan_move;

typedef struct {
	asn_plan_move *v;
	size_t n, cap;
} asn_plan_moves;

void asn_plan_moves_free(asn_plan_moves *m);

/* The moves of a redistribution (the table of `asn-gap --redistribusi`:
 * jabatan,dari_unit,dari_subunit,ke_unit,ke_subunit,jumlah), applied to the
 * staff at the reference date: jumlah leave the donor group, the staff
 * retiring last first (after the horizon, then the latest years), and join
 * the receiver with the same retirement years.  A move naming a group not
 * in the projection, a jumlah that is not a whole number >= 0 or above the
 * donor's staff is a rejected row, not applied.  Returns the number of
 * rows rejected; *moved gets the staff moved, and log (when not NULL)
 * each cohort's part of the moves, appended. */
unsigned long asn_plan_pindah_read(asn_cohort *c, asn_group_keys *k, const asn_plan_keys *pk,
                                   asn_input *in, const char *path, unsigned char delimiter,
                                   long *moved, asn_plan_moves *log);

/* One year's row of a group short of its need. */
typedef struct {
	asn_cohort_group *g;
	size_t group;        /* index among the sorted groups */
	long kebutuhan, proyeksi, kurang;
	int wajib;
	asn_sektor sektor;
	double komponen[ASN_KOMPONEN_N];
	long skor;           /* thousandths, as printed (a half up) */
	long peringkat, usulan, pns, pppk, sisa;
} asn_plan_row;

/* The plan of every year. */
typedef struct {
	const asn_plan_priority *priority;
	const asn_plan_kuota *kuota;     /* NULL: no quota */
	const asn_plan_ikm *ikm;         /* NULL: ikm component 0 */
	asn_plan_keys keys;
	const char *const *acronyms;     /* of the names' one form (NULL: built-in) */
	int years;                       /* years planned; the cohort has one more */
	asn_plan_row **rows;             /* [years]: rows of the year, by peringkat */
	size_t *nrows;
	/* per group (index in the sorted groups): usulan, pns, pppk per year */
	size_t ngroups;
	long *usulan, *pns, *pppk;       /* [ngroups * years] */
	long total_kurang, total_usulan, total_sisa;
} asn_plan;

/* Each group's planned intake set to the plan's hires (p->usulan; none
 * after its years), and its path projected with them (asn_cohort_project;
 * the cohort's hire policy is ASN_HIRE_PLANNED). */
void asn_plan_project(const asn_plan *p, asn_cohort *c);

/* The order of rows in a year: wajib first, then skor (higher first), then
 * kurang (larger first), then the keys in byte order. */
int asn_plan_row_cmp(const void *a, const void *b);

/* Plan `years` years of the groups of c, whose options must have hire
 * ASN_HIRE_PLANNED and one year more than `years` (for the retirements of
 * the year after the last one planned).  Fills p->rows and writes each
 * year's totals on stderr unless asn_quiet. */
void asn_plan_run(asn_plan *p, asn_cohort *c, int years);

/* The plan table: tahun, the keys, kebutuhan, proyeksi, kurang, wajib,
 * sektor, komponen_sektor, rasio_kurang, pensiun_depan, ikm, skor,
 * peringkat, usulan, pns, pppk, sisa. */
void asn_plan_write(const asn_plan *p, asn_csv_writer *w, const asn_cohort *c,
                    const char *const *by, size_t nby);

/* The submission (usulan kebutuhan): one row per jabatan, unit and subunit
 * with hires planned: jabatan, unit, subunit, kualifikasi_pendidikan (from
 * the standard; empty when none or no rule), jumlah_YYYY per year, jumlah,
 * pns, pppk; by jabatan, unit, subunit in byte order. */
void asn_plan_write_usulan(const asn_plan *p, asn_csv_writer *w, asn_cohort *c,
                           const asn_standar *standar);

/* The kualifikasi of a jabatan: "S1 (Pendidikan *, PGSD)", "D3", or "". */
void asn_plan_kualifikasi(const asn_standar *s, const char *jabatan, char *out, size_t size);

void asn_plan_free(asn_plan *p);

#endif
