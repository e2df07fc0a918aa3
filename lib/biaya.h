/* Personnel cost (belanja pegawai) of the staff in post and of the hires of
 * a plan, year by year, from the pay tables (PP 5/2024 for PNS, Perpres
 * 11/2024 for PPPK) and the allowances, against the cap of 30 % of the
 * APBD (UU 1/2022 art. 146).  The rules are data: a built-in YAML set any
 * key of which a --gaji file replaces (doc/biaya.md). */
#ifndef ASN_BIAYA_H
#define ASN_BIAYA_H

#include <stddef.h>

#include "cli.h"
#include "cohort.h"
#include "csv.h"
#include "date.h"
#include "input.h"
#include "keymap.h"

typedef struct {
	int mkg;                 /* masa kerja golongan, years, at which the step starts */
	long gaji;               /* gaji pokok a month, rupiah */
} asn_gaji_step;

typedef struct {
	char *nama;              /* III/a, IX */
	asn_gaji_step *steps;    /* by mkg */
	size_t n;
} asn_gaji_golongan;

typedef struct {
	char *peraturan;
	asn_gaji_golongan *g;
	size_t n;
} asn_gaji_tabel;

/* The items of a month's pay. */
/* The items of a month's pay; gaji ketiga belas and THR (tambahan) in two
 * parts, of gaji and of the allowances tied to it. */
enum { ASN_BIAYA_GAJI, ASN_BIAYA_KELUARGA, ASN_BIAYA_JABATAN, ASN_BIAYA_BERAS, ASN_BIAYA_TPP,
       ASN_BIAYA_TAMBAHAN, ASN_BIAYA_TAMBAHAN_T, ASN_BIAYA_N };
extern const char *const asn_biaya_item_names[ASN_BIAYA_N];

typedef struct {
	asn_gaji_tabel pns, pppk;
	double cpns_persen, keluarga_persen, kenaikan_persen, bulan_tambahan;
	double batas_persen;     /* the cap: percent of total spending */
	long umum[4];            /* tunjangan umum of golongan I..IV */
	char **jabatan;          /* jenis_jabatan with a tunjangan jabatan */
	long *jabatan_rp;
	size_t njabatan;
	long beras, tpp;
	int dikecualikan[ASN_BIAYA_N];
} asn_biaya_rules;

/* The built-in rules, then a file's keys over them (path NULL: none).
 * Returns 0, or -1 with err "file:line:column: message". */
int asn_biaya_rules_load(asn_biaya_rules *r, const char *path, char *err, size_t errsize);
int asn_biaya_rules_load_string(asn_biaya_rules *r, const char *text, size_t len,
                                const char *name, char *err, size_t errsize);
void asn_biaya_rules_free(asn_biaya_rules *r);
/* The built-in rules as YAML text. */
const char *asn_biaya_builtin(void);

/* The golongan's steps in a table, or NULL. */
const asn_gaji_golongan *asn_gaji_find(const asn_gaji_tabel *t, const char *golongan);
/* Gaji pokok of a golongan's steps at mkg years (steps non-empty), and
 * the step it is read from (the table's row). */
long asn_gaji_at(const asn_gaji_golongan *g, int mkg);
const asn_gaji_step *asn_gaji_step_at(const asn_gaji_golongan *g, int mkg);

/* Gaji pokok of golongan at mkg years: the step of the largest mkg not
 * above it (the first step below the first); -1 when the golongan is not
 * in the table. */
long asn_gaji_lookup(const asn_gaji_tabel *t, const char *golongan, int mkg);

/* A member of staff, or an entrant. */
typedef struct {
	int pppk;                /* else PNS */
	const char *golongan;
	int golongan_group;      /* 0..3: I..IV (PPPK: by entry rank) */
	long mkg_months;         /* masa kerja golongan at `at`, months */
	asn_date at;             /* the day mkg_months holds */
	asn_date pns_from;       /* 100 % from this day (CPNS before); year 0: always */
	asn_date start, end;     /* paid for the months from start to before end */
	const char *jenis_jabatan;
	const asn_gaji_golongan *tabel;   /* the golongan's steps, once found; NULL */
} asn_biaya_orang;

/* Cost items of the months of calendar year `tahun` (each month's items
 * rounded to the rupiah), weighted by survival (1 - exit_rate) per year
 * since `from`.  pegawai gets the person-years paid.  Returns -1 when the
 * golongan is not in the table, else 0. */
int asn_biaya_tahun(const asn_biaya_rules *r, const asn_biaya_orang *o, int tahun, int first_year,
                    asn_date from, double exit_rate, double item[ASN_BIAYA_N], double *pegawai);

/* The costs of the groups (same keys as the projection) per year. */
typedef struct {
	const asn_biaya_rules *rules;
	int first_year, years;
	asn_date as_of;
	asn_keymap keys;
	double *sum;             /* [group][year][ASN_BIAYA_N + 1]: items, then pegawai */
	int kohorts;             /* retirement cohorts (asn_biaya_init) */
	double *kohort;          /* [group][j][year][ASN_BIAYA_N + 1]: the staff of
	                          * retirement cohort j (as lib/cohort's) with no
	                          * other exit: what moves with --pindah and what
	                          * the Monte Carlo scales */
	size_t n, cap;
	int *pendidikan;         /* [group][levels]: staff by education, for entrants */
	unsigned long long rejected;
	/* --apbd: total spending of each year; -1 unknown */
	double *apbd;
	/* the Monte Carlo (asn_biaya_simulation): each group's model and band
	 * ([group][year][2], lo and hi; NULL: not simulated), and the sum of
	 * the groups' runs */
	asn_cohort_biaya *model;
	double *model_staf, *model_masuk, *band;
	asn_cohort_biaya_total *total;
	double level;
	/* with no plan, cost the projection's own intake (--hire fill,
	 * --hires): each group's expected masuk, as PNS entrants (the
	 * default; not after scenarios, whose paths the groups then hold) */
	int intake;
	/* --biaya-rincian: each member's pay, written as the rows are costed */
	asn_output *rincian_out;
	asn_csv_writer *rincian;
	size_t rincian_nby;
} asn_biaya;

/* Costs of `years` calendar years from first_year, for staff in `kohorts`
 * retirement cohorts (the projection's years + 1: the plan's projection
 * has one year more than it costs). */
void asn_biaya_init(asn_biaya *b, const asn_biaya_rules *r, asn_date as_of, int first_year,
                    int years, int kohorts);
void asn_biaya_free(asn_biaya *b);

/* Columns of the pegawai table the cost needs (status, golongan, masa kerja). */
typedef struct {
	int status, golongan, mk_tahun, mk_bulan, tmt_golongan, tmt_cpns, gol_awal,
	    jenis_jabatan, pendidikan, nip, nama;
} asn_biaya_cols;

/* Find them; status and golongan are required (status 3 without). */
void asn_biaya_columns(asn_biaya_cols *c, const asn_input *in);

/* --biaya-rincian: from now on each member costed gets a row per year and
 * step of the pay table: tahun, nip, nama, the group columns, status (PNS,
 * CPNS while paid cpns_persen, PPPK), golongan, mkg (whole years, at the
 * first month), the table's row: mkg_tabel and gaji_pokok, persen_gaji,
 * bulan (the months of the year paid at it), and what they cost in those months: biaya_gaji, biaya_tunjangan,
 * biaya_total, biaya_batas, as the cost table counts them with no other
 * exit.  Closed by asn_biaya_rincian_close (asn_biaya_finish). */
void asn_biaya_rincian_open(asn_biaya *b, const char *path, const char *const *by, size_t nby);
void asn_biaya_rincian_close(asn_biaya *b);

/* The index of group key (added with no cost when new). */
size_t asn_biaya_group(asn_biaya *b, const char *key, size_t keylen);

/* Cost the current row of in for group key and retirement cohort j (as
 * asn_cohort_year_index: 0..years), paid until pensiun.  A golongan
 * not in the pay tables, or a masa kerja not readable, is a rejected row
 * (told, counted in b->rejected): the member is not costed. */
void asn_biaya_add_row(asn_biaya *b, const asn_biaya_cols *c, const asn_input *in,
                       const char *key, size_t keylen, int j, asn_date pensiun);

/* Move share (0..1) of retirement cohort j's staff, and their cost, from
 * group `from` to group `to` (indexes of asn_biaya_group). */
void asn_biaya_move(asn_biaya *b, size_t from, size_t to, int j, double share);

/* The cost in year index t (total and the part counted against the cap)
 * of cohort j of group g, every member in post, into out; and of one
 * entrant of group g (PPPK or PNS, as asn_biaya_add_hires) hired at the
 * end of year index h. */
void asn_biaya_cohort_cost(const asn_biaya *b, size_t g, int j, int t, double out[2]);
void asn_biaya_hire_cost(const asn_biaya *b, size_t g, int pppk, int h, int t, double out[2]);

/* The share of a cohort's cost of year index t that exits at `rate` leave
 * (lib/cohort's yearly draws, spread evenly over the time they cover):
 * S(t), the share still in post at the start of year t, for the cohort
 * retiring in year t, else S(t) (1 - q_t L_t), where q_0 is the rate over
 * the fraction f of the first year left after the reference date and L_0 =
 * f / 2, q_t = rate and L_t = 1/2 after. */
double asn_biaya_weight(double rate, double first_fraction, int t, int retiring);

/* Other exits at the group's yearly rate: each cohort's cost of year t
 * weighted by asn_biaya_weight.  Call once per group, before adding hires. */
void asn_biaya_exits(asn_biaya *b, const char *key, size_t keylen, double rate,
                     double first_fraction);

/* Entrants of group key hired at the end of year index t (they are paid
 * from the January after): pns and pppk at the entry rank of the group's
 * most common education (S1 when it has no staff), masa kerja 0; their
 * exits weighted as a cohort's from that January (asn_biaya_weight with a
 * whole first year). */
void asn_biaya_add_hires(asn_biaya *b, const char *key, size_t keylen, int t, double pns,
                         double pppk, double exit_rate);

/* A copy of the groups' costs so far (malloc'd; *ngroups gets how many
 * groups it holds), and putting it back: the groups added since cost
 * nothing again. */
double *asn_biaya_snapshot(const asn_biaya *b, size_t *ngroups);
void asn_biaya_restore(asn_biaya *b, const double *snapshot, size_t ngroups);
/* The year's cost of one S1 entrant as CPNS at III/a, counted against
 * the cap: what a hire costs in year index t. */
double asn_biaya_entrant_cost(const asn_biaya *b, int t);
/* The total cost of year index t, and its part counted against the cap. */
void asn_biaya_year_total(const asn_biaya *b, int t, double *total, double *batas);

/* --apbd: a number (rupiah, every year; not above 0 ends the program with
 * status 2) or a table tahun,apbd (a bad row is rejected).  Returns the
 * rows rejected. */
unsigned long asn_biaya_apbd_option(asn_biaya *b, const char *arg, asn_input *in,
                                    unsigned char delimiter);
/* --apbd FILE (tahun,apbd); a bad row is rejected.  Returns the rows
 * rejected. */
unsigned long asn_biaya_apbd_read(asn_biaya *b, asn_input *in, const char *path,
                                  unsigned char delimiter);
void asn_biaya_apbd_all(asn_biaya *b, double apbd);

/* The cost table: tahun, the group columns, pegawai, biaya_gaji,
 * biaya_tunjangan, biaya_total, biaya_batas; then per year a total row
 * ("Total") with apbd, persen_apbd, batas_30, sisa_batas, rekrut_muat when
 * the APBD is known; when simulated (asn_biaya_simulation), then biaya_lo
 * and biaya_hi (the Monte Carlo band of biaya_total) and, on total rows
 * with the APBD, p_lewat_batas (the share of runs above the cap).  Groups
 * in key order. */
void asn_biaya_write(asn_biaya *b, asn_csv_writer *w, const char *const *by, size_t nby);

#endif
