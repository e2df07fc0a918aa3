/* Aggregates the report is drawn from (inside libasn: report*.c only). */
#ifndef ASN_REPORT_MODEL_H
#define ASN_REPORT_MODEL_H

#include <stddef.h>

#include "config.h"
#include "date.h"
#include <stdint.h>
#include "report.h"

#define REPORT_AGE_BANDS 9      /* <25, 25-29, ..., 55-59, >=60 */
#define REPORT_GOLONGAN 35      /* PNS I/a..IV/e, PPPK I..XVII, other */
#define REPORT_PENDIDIKAN 11    /* SD..S3, other */
#define REPORT_JENIS 15         /* the 14 jenis_jabatan, other */
#define REPORT_STATUS 4         /* PNS, CPNS, PPPK, other */
#define REPORT_KESESUAIAN 4     /* sesuai, tidak_sesuai, tidak_diketahui, other */

typedef struct {
	int present;
	char *source;
	unsigned long active;         /* tanggal_pensiun after the report date */
	unsigned long retired;        /* rows already retired: not counted */
	unsigned long away;           /* kedudukan not active (CLTN, MPP, ...): not counted */
	unsigned long age[REPORT_AGE_BANDS][2];   /* [band][0 L, 1 P] */
	unsigned long golongan[REPORT_GOLONGAN];
	unsigned long pendidikan[REPORT_PENDIDIKAN];
	unsigned long jenis[REPORT_JENIS];
	unsigned long status[REPORT_STATUS];
	unsigned long retire_this_year, retire_next_year, retire_12_months;
	/* the NIPs of those away retiring within 12 months (a retiree list
	 * names them): a few, kept as they come */
	uint64_t *away_nips;
	size_t naway_nips, away_cap;
} report_pegawai;

typedef struct {
	char *name;
	double kebutuhan, bezetting, selisih;
	double kurang, lebih;         /* sums of shortages and of surpluses */
	unsigned long rows;
	/* per jabatan (gapjab) only: the workload of its ABK rows, and the
	 * unrounded need with the staff of the rows that give one (WISN) */
	double beban_jam, bezetting_abk, kebutuhan_hitung, bezetting_hitung;
} report_gap_unit;

typedef struct {
	int present;
	char *source;
	char *group_column;           /* key the units come from; NULL: none */
	report_gap_unit *units;
	size_t nunits, cap;
	size_t *slots;                /* hash of units by name: index + 1 */
	size_t nslots;
	double kebutuhan, bezetting, kurang, lebih;
	unsigned long rows, rows_kurang, rows_lebih, rows_tanpa, total_rows;
	int wisn;                     /* the table has wisn_ratio (WISN columns in NEEDS) */
} report_gap;

typedef struct {
	int tahun;
	double awal, pensiun, keluar, masuk, akhir;
	double lo, hi, p_kurang, kebutuhan, selisih, formasi;
	double kurang;                /* the groups' shortages added up, never netted */
	unsigned long groups;
	unsigned long n_lo, n_hi, n_p, n_kebutuhan, n_selisih, n_formasi;
} report_year;

typedef struct {
	int present;
	char *source;
	report_year *years;
	size_t nyears, cap;
	size_t nkeys;
	int has_jabatan;               /* grouped by jabatan (among other keys) */
	struct report_counts_s *pensiun_jabatan;  /* retirements of the report's year
	                                * and the next, per jabatan (the decisions) */
} report_forecast;

typedef struct {
	char *nip, *nama, *unit, *jabatan;   /* one allocation, owned by nip */
	asn_date tanggal;
} report_retiree;

typedef struct {
	int present;
	char *source;
	report_retiree *rows;
	size_t n, cap;
	unsigned long total;          /* rows read, in the window or not */
	asn_date from, to;            /* window: from < tanggal_pensiun <= to */
} report_retirees;

typedef struct {
	int present;
	char *source;
	unsigned long kotak[10];      /* [0] no box (no score) */
	unsigned long kesesuaian[REPORT_KESESUAIAN];
	int has_kesesuaian, has_jp;
	unsigned long jp_rows, kurang_jp;
	unsigned long rows;
} report_score;

typedef struct {
	char *unit, *mutu, *kinerja, *unsur;
	double responden, nilai;      /* nilai NaN when empty */
} report_ikm_unit;

typedef struct {
	int present;
	char *source;
	report_ikm_unit *units;
	size_t n, cap;
} report_ikm;

typedef struct {
	char *no, *nama, *status, *penentu, *keterangan;  /* one allocation, owned by no */
	double peringkat, nilai;
} report_seleksi_row;

/* One formasi of the announcement: its ranked candidates in file order,
 * the others only counted. */
typedef struct {
	char *key;                    /* formasi values and jenis, '\n' between them */
	char *name, *jenis;           /* "unit / jabatan"; "umum", ... */
	double kebutuhan;
	report_seleksi_row *rows;
	size_t n, cap;
	unsigned long others[3];      /* unranked: P, TL, TH */
} report_seleksi_formasi;

typedef struct {
	int present;
	char *source;
	int has_nama;
	report_seleksi_formasi *formasi;   /* in the order of the file */
	size_t n, cap;
	size_t *slots;                /* hash of formasi by key: index + 1 */
	size_t nslots;
	unsigned long rows, lulus, optimalisasi;
	double kebutuhan;
} report_seleksi;

/* The five-year plan (asn-forecast --plan): one year's rows added up. */
#define REPORT_SEKTOR 3         /* pendidikan, kesehatan, teknis */

typedef struct {
	int tahun;
	double kurang, usulan, pns, pppk, sisa;
	double sektor[REPORT_SEKTOR];  /* usulan by sektor */
	unsigned long positions;       /* rows: positions short that year */
} report_rencana_year;

/* A jabatan's usulan, per year of the plan (indexed like years[]). */
typedef struct {
	char *name;
	double total;
	double *usulan;
	size_t n;                      /* entries of usulan */
} report_rencana_jabatan;

typedef struct {
	int present;
	char *source;
	report_rencana_year *years;    /* in the order first seen */
	size_t nyears, cap;
	report_rencana_jabatan *jabatan;
	size_t njabatan, jcap;
	size_t *slots;                 /* hash of jabatan by name: index + 1 */
	size_t nslots;
	int has_jabatan;               /* the jabatan key column, else all keys */
	size_t nkeys;
	unsigned long rows;
} report_rencana;

/* The moves of asn-gap --redistribusi, staff moved per jabatan. */
typedef struct {
	char *name;
	double staff;
	unsigned long moves;
} report_pindah_jabatan;

typedef struct {
	int present;
	char *source;
	report_pindah_jabatan *jabatan;
	size_t n, cap;
	size_t *slots;                 /* hash of jabatan by name: index + 1 */
	size_t nslots;
	unsigned long moves, moves_within;   /* moves: rows; within: dari_unit = ke_unit */
	double staff, staff_within;
} report_pindah;

/* One year's Total row of asn-forecast --biaya; NaN where empty. */
typedef struct {
	int tahun;
	double pegawai, gaji, tunjangan, total, batas;
	double apbd, persen, batas_30, sisa, rekrut;
	double lo, hi, p_lewat;        /* the Monte Carlo band and chance over the cap */
} report_biaya_year;

typedef struct {
	char *source;
	int plan;                      /* the name says it holds the plan's hires */
	report_biaya_year *years;      /* in the order of the file */
	size_t n, cap;
	unsigned long rows, skipped;   /* rows read; rows of groups, not read */
	int key;                       /* the first key column, -1: none */
} report_biaya_table;

/* One or two cost tables: the staff in post alone and with the plan. */
typedef struct {
	int present;
	char *source;                  /* the first table's name */
	report_biaya_table t[2];
	size_t n;
} report_biaya;


/* The rows asn-import refused (--rejects): counted by the column they
 * failed on and by the kind of reason. */
typedef struct {
	char *name;
	char *extra;                   /* a text kept with it (kualifikasi), may be NULL */
	double n;
} report_count;

typedef struct report_counts_s {
	report_count *items;
	size_t n, cap;
	size_t *slots;                 /* hash of items by name: index + 1 */
	size_t nslots;
} report_counts;

typedef struct {
	int present;
	char *source;
	report_counts column, reason;
	unsigned long rows;
} report_rejects;

/* The staff asn-gap --calon names to move: how many per jabatan, never
 * who. */
typedef struct {
	int present;
	char *source;
	report_counts jabatan;
	unsigned long rows, within;    /* within: dari_unit = ke_unit */
} report_calon;

/* The submission of asn-forecast --usulan: the totals per year and the
 * jabatan asking for the most. */
#define REPORT_USULAN_YEARS 10
#define REPORT_USULAN_TOP 10

typedef struct {
	int present;
	char *source;
	int tahun[REPORT_USULAN_YEARS];
	double per_tahun[REPORT_USULAN_YEARS];
	size_t nyears;
	double jumlah, pns, pppk;
	report_counts jabatan;         /* jumlah per jabatan, extra its kualifikasi */
	unsigned long rows;
} report_usulan;

/* The gap table keyed by subunit: its largest shortages, kept as they
 * come so that memory stays bounded. */
#define REPORT_SUBUNIT_TOP 15

typedef struct {
	char *unit, *subunit, *jabatan;      /* one allocation, owned by unit */
	double kebutuhan, bezetting, selisih;
} report_subunit_row;

typedef struct {
	int present;
	char *source;
	report_subunit_row top[REPORT_SUBUNIT_TOP];  /* most short first */
	size_t ntop;
	unsigned long rows, rows_kurang;
	double kurang;
	report_counts subunit;         /* subunits with a shortage */
} report_gap_subunit;

/* The scenarios of asn-forecast --skenario, side by side. */
#define REPORT_SKENARIO_MAX 16
#define REPORT_SKENARIO_YEARS 10

typedef struct {
	char *nama;
	double masuk;                  /* hires over the plan */
	double kurang[REPORT_SKENARIO_YEARS], posisi[REPORT_SKENARIO_YEARS];
	double akhir[REPORT_SKENARIO_YEARS], persen[REPORT_SKENARIO_YEARS];  /* NaN: none */
	double p_lewat;                /* the highest yearly chance over the cap; NaN: none */
} report_skenario_row_t;

typedef struct {
	int present;
	char *source;
	int tahun[REPORT_SKENARIO_YEARS];
	size_t nyears;
	report_skenario_row_t rows[REPORT_SKENARIO_MAX];
	size_t n;
	int has_persen, has_p_lewat;
} report_skenario;

/* asn-forecast --biaya-rincian summed per year, status and golongan. */
typedef struct {
	int tahun, order, status;      /* order: status, then the golongan's rank */
	char golongan[8];
	double pegawai, bulan, total, gapok_min, gapok_max;
} report_rincian_group;

typedef struct {
	int present;
	char *source;
	report_rincian_group *g;
	size_t n, cap;
	int last_tahun, last_order;    /* the member counted last, and where */
	char last_nip[40];
	/* each year's members, each once (a CPNS made PNS is in two rows) */
	int mtahun[64];
	double members[64];
	size_t nm;
} report_rincian;

struct asn_report_data {
	asn_date as_of;
	const asn_config *cfg;        /* who is in post (lib/rules); NULL: defaults */
	report_pegawai pegawai;
	report_gap gap;
	report_gap gapjab;            /* the same rows per jabatan (gap.csv by jabatan) */
	report_forecast forecast;
	report_retirees retirees;
	report_score score;
	report_ikm ikm;
	report_seleksi seleksi;
	report_rencana rencana;
	report_pindah pindah;
	report_biaya biaya;
	report_rejects rejects;
	report_calon calon;
	report_usulan usulan;
	report_gap_subunit gapsub;
	report_skenario skenario;
	report_rincian rincian;
	unsigned long long rows, rejected;
};

/* Age band of an age in years (0: under 25 ... 8: 60 and over). */
int report_age_band(int age);
/* A unit below grade B by the mutu its table gives, else by its score
 * against ikm_b, the lower bound of B. */
int report_ikm_below_b(const report_ikm_unit *u, double ikm_b);

/* How many of the retirees the pegawai table has away by kedudukan (MPP,
 * CLTN, ...): 0 when none, -1 without a pegawai table (report_staff.c). */
long report_retirees_away(const asn_report_data *d);

/* The plan's year to show as the next hires: the year after the report's
 * when the plan has it, else its earliest (r->nyears > 0; index into
 * years[], report_rencana.c). */
size_t report_rencana_next(const report_rencana *r, int as_of_year);

/* Free what the plan, the moves and the cost tables hold. */
void report_rencana_free(report_rencana *r);
void report_pindah_free(report_pindah *p);
void report_biaya_free(report_biaya *b);
void report_rejects_free(report_rejects *r);
void report_calon_free(report_calon *c);
void report_usulan_free(report_usulan *u);
void report_gapsub_free(report_gap_subunit *g);
void report_skenario_free(report_skenario *k);
void report_rincian_free(report_rincian *r);

/* The count kept under name, added at zero when new (report_quality.c). */
report_count *report_count_of(report_counts *c, const char *name);
void report_counts_free(report_counts *c);
/* The counts largest first, then by name; free the array. */
const report_count **report_counts_sorted(const report_counts *c);
/* The tables in the order the section shows them: the staff alone first,
 * then with the plan (report_biaya.c says how they are told apart). */
void report_biaya_order(const report_biaya *b, const report_biaya_table *out[2]);

#endif
