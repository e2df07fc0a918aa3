/* Aggregates the report is drawn from (inside libasn: report*.c only). */
#ifndef ASN_REPORT_MODEL_H
#define ASN_REPORT_MODEL_H

#include <stddef.h>

#include "config.h"
#include "date.h"
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
} report_pegawai;

typedef struct {
	char *name;
	double kebutuhan, bezetting, selisih;
	double kurang, lebih;         /* sums of shortages and of surpluses */
	unsigned long rows;
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

struct asn_report_data {
	asn_date as_of;
	const asn_config *cfg;        /* who is in post (lib/rules); NULL: defaults */
	report_pegawai pegawai;
	report_gap gap;
	report_forecast forecast;
	report_retirees retirees;
	report_score score;
	report_ikm ikm;
	report_seleksi seleksi;
	unsigned long long rows, rejected;
};

/* Age band of an age in years (0: under 25 ... 8: 60 and over). */
int report_age_band(int age);
/* A unit below grade B by the mutu its table gives, else by its score
 * against ikm_b, the lower bound of B. */
int report_ikm_below_b(const report_ikm_unit *u, double ikm_b);

#endif
