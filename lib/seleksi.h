/* Selection of candidates as the CASN rules decide it (doc/seleksi.md):
 * pass marks per formasi type, the cut to the second stage, the nilai akhir
 * in exact arithmetic, the ranking with the rules' tie-breaks, optimalisasi
 * of empty places; PPPK affirmation bonuses and priority groups.
 *
 * Scores are read exactly, as whole millionths (ASN_SELEKSI_SCALE). */
#ifndef ASN_SELEKSI_H
#define ASN_SELEKSI_H

#include <stddef.h>
#include <stdint.h>

#include "input.h"
#include "strmap.h"

#define ASN_SELEKSI_SCALE 1000000LL
#define ASN_SELEKSI_DECIMALS 6

typedef struct {
	char *kolom;
	int64_t maks;            /* scaled, > 0 */
	int tahap;               /* sat only at the second stage */
	int64_t ambang;          /* a mark given with the test ({kolom, maks, ambang}):
	                          * the general one unless `ambang:` gives it; -1 none */
} asn_seleksi_tes;

typedef struct {
	char *nama;
	size_t *tes, ntes;
	int64_t bobot;           /* percent, scaled; 0 when the groups carry no weights */
	int64_t maks;            /* the sum of its tests' maks, scaled */
	int tahap;               /* holds a second-stage test */
} asn_seleksi_grup;

/* A criterion of the marks, the cut and the tie-breaks.  Tests and groups
 * share one index space: test t is t, group g is ntes + g. */
typedef enum { ASN_KRIT_NILAI, ASN_KRIT_IPK, ASN_KRIT_USIA } asn_seleksi_krit_kind;
typedef struct {
	asn_seleksi_krit_kind kind;
	size_t nilai;            /* ASN_KRIT_NILAI: test or group */
} asn_seleksi_krit;

/* The marks of one formasi type: ambang[c] for test or group c, -1 none. */
typedef struct {
	char *nama;
	int64_t *ambang;
} asn_seleksi_jenis;

typedef struct {
	char *kolom;
	int64_t persen;          /* of the test's maks, scaled */
} asn_seleksi_flag;

typedef struct {
	char *peserta;           /* id column */
	char **formasi;          /* columns naming a formasi */
	size_t nformasi;
	char *jenis_kolom;       /* formasi type column; the type "umum" when absent */
	asn_seleksi_tes *tes;
	size_t ntes;
	asn_seleksi_grup *grup;
	size_t ngrup;
	int weighted;            /* nilai akhir: weighted groups, else the sum of the tests */
	asn_seleksi_jenis *jenis;
	size_t njenis;           /* jenis[0] is umum */
	int tahap;               /* a second stage with a cut */
	asn_seleksi_krit *urut;  /* order of the cut */
	size_t nurut;
	long kali;               /* places x kali sit the second stage */
	int desimal;             /* of nilai akhir, 0..6 */
	asn_seleksi_krit *seri;  /* tie-breaks after nilai akhir */
	size_t nseri;
	char *ipk, *lahir;       /* columns of the tie-breaks ipk and usia */
	int optimalisasi;
	size_t opt_jenis;        /* whose marks a moved candidate meets */
	char **sama;             /* columns a move keeps */
	size_t nsama;
	int afirmasi;
	size_t afirmasi_tes;
	int64_t batas;           /* cap of the summed bonuses, percent scaled */
	asn_seleksi_flag *flags;
	size_t nflags;
	char *prioritas;         /* priority group column */
	char **urutan;           /* its values, first first */
	size_t nurutan;
} asn_seleksi;

/* Built-in rules: "cpns", "pppk". */
extern const char *const asn_seleksi_builtin_names[];

/* Rules from a file, or a built-in set when path is one of its names.
 * Returns 0, or -1 with err set to "file:line:column: message". */
int asn_seleksi_load(asn_seleksi *s, const char *path, char *err, size_t errsize);
int asn_seleksi_load_string(asn_seleksi *s, const char *text, size_t len, const char *name,
                            char *err, size_t errsize);
void asn_seleksi_free(asn_seleksi *s);
/* The built-in rules as YAML text, or NULL. */
const char *asn_seleksi_builtin(const char *name);
/* Name of criterion k ("skd", "tkp", "ipk", "usia"). */
const char *asn_seleksi_krit_name(const asn_seleksi *s, const asn_seleksi_krit *k);

/* Exact decimal: "64.7275" or "64,7275", no sign, at most 6 decimals, to
 * millionths.  Returns 0, or -1. */
int asn_seleksi_decimal(const char *s, int64_t max, int64_t *out);
/* Write v (scaled) with `decimals` decimals into buf (v already rounded). */
void asn_seleksi_format(int64_t v, int scale_decimals, int decimals, char *buf, size_t size);

typedef enum {
	ASN_ST_NONE, ASN_ST_PL, ASN_ST_P, ASN_ST_TL, ASN_ST_TH, ASN_ST_PLO
} asn_seleksi_status;
extern const char *const asn_seleksi_status_code[];

/* A candidate. */
typedef struct {
	int64_t *nilai;          /* ntes + ngrup: scores (teknis after its bonus) and group
	                          * totals, scaled; -1 absent */
	int64_t ipk;             /* scaled; -1 absent */
	long lahir;              /* days since 1970-01-01; LONG_MAX absent */
	long prio;               /* priority group, 0 first; nurutan for the others */
	size_t formasi, jenis;
	const char *id;
	char **sama;             /* values of the sama columns, NULL where absent */
	int rejected;
	/* results */
	int hadir, memenuhi;     /* first-stage scores present; marks met */
	long peringkat_skd;
	asn_seleksi_status status_skd;
	int64_t akhir;           /* nilai akhir x 10^desimal, -1 not reached */
	int akhir_gagal;         /* reached the last stage: a score absent (1) or a mark missed (2) */
	long peringkat;
	int penentu;             /* -1 none; else asn_seleksi_penentu_name's index */
	asn_seleksi_status status;
	int lulus;
	size_t penempatan;       /* formasi filled */
} asn_seleksi_peserta;

/* The places (kebutuhan) of each formasi. */
typedef struct {
	const asn_seleksi *rules;
	char *name;              /* of the formasi file, for messages */
	int *cols, jenis_col, kebutuhan_col, *ambang_cols, *sama_cols;
	asn_strmap index;        /* key (values and jenis joined by 0x1f) to index */
	char **keys;             /* formasi keys, in table order */
	size_t *jenis;           /* its jenis */
	long *kebutuhan;
	int64_t **ambang;        /* per formasi: overrides of the marks, -1 none; NULL */
	char ***sama;            /* per formasi: values of the sama columns, NULL absent */
	size_t n, cap;
	unsigned long long places;
} asn_seleksi_formasi;

/* Read the formasi table: the header (the formasi columns of s, then
 * kebutuhan; a missing column ends the program with status 3), then every
 * row.  A kebutuhan not a whole number from 0 to 10^9, an unknown jenis, an
 * ambang_ cell that is not a score, or a formasi given twice is a rejected
 * row (asn_reject, counted in *rejected). */
void asn_seleksi_formasi_begin(asn_seleksi_formasi *f, const asn_seleksi *s,
                               const asn_input *in);
void asn_seleksi_formasi_row(asn_seleksi_formasi *f, const asn_input *in,
                             unsigned long long *rejected);
void asn_seleksi_formasi_free(asn_seleksi_formasi *f);
/* The formasi as people read it: its values joined by " / ", then the jenis
 * when not umum. */
void asn_seleksi_formasi_label(const asn_seleksi_formasi *f, size_t i, char *buf,
                               size_t size);

/* A candidate's row as read, written again after the ranking. */
typedef struct {
	char **fields;
	size_t nfields;
} asn_seleksi_row;

/* The candidates in input order: rows[i] is read as p[i]. */
typedef struct {
	const asn_seleksi *rules;
	const asn_seleksi_formasi *formasi;
	int id_col, jenis_col, ipk_col, lahir_col, prio_col, nama_col;
	int *tes_cols, *formasi_cols, *flag_cols, *sama_cols;
	asn_strmap ids;
	asn_seleksi_row *rows;
	asn_seleksi_peserta *p;
	size_t n, cap;
} asn_seleksi_kandidat;

/* Read the candidates: the header (the peserta, formasi and tes columns of
 * s; a missing column ends the program with status 3), then every row.
 * Every row is kept; it is read and scored, or rejected (asn_reject,
 * counted in *rejected) and kept out of the ranking. */
void asn_seleksi_kandidat_begin(asn_seleksi_kandidat *k, const asn_seleksi *s,
                                const asn_seleksi_formasi *f, const asn_input *in);
void asn_seleksi_kandidat_row(asn_seleksi_kandidat *k, const asn_input *in,
                              unsigned long long *rejected);
void asn_seleksi_kandidat_free(asn_seleksi_kandidat *k);

/* Does p meet the marks of jenis j (with formasi f's overrides)?  Marks on
 * second-stage tests and groups count only when `tahap` is set.  The missed
 * ones go to buf ("tiu<80;skd<311") when buf is not NULL. */
int asn_seleksi_meets(const asn_seleksi *s, const asn_seleksi_formasi *f,
                      const asn_seleksi_peserta *p, size_t j, int tahap, char *buf,
                      size_t size);

/* Is v a group named after its one test (skb: [skb])?  It is shown, marked
 * and overridden as the test. */
int asn_seleksi_alias(const asn_seleksi *s, size_t v);

/* Is test or group v sat at the second stage? */
int asn_seleksi_is_tahap(const asn_seleksi *s, size_t v);

/* Nilai akhir of p x 10^desimal, rounded half up from the exact value, or
 * -1 when a score is absent.  Exact in 128 bits: the rules' loader refuses
 * maxima too fine for it. */
int64_t asn_seleksi_akhir(const asn_seleksi *s, const asn_seleksi_peserta *p);

/* The whole selection: marks, the cut, nilai akhir, ranking, optimalisasi.
 * Returns the number of formasi whose last place went to a tie the rules
 * left unbroken (decided by the lower id). */
size_t asn_seleksi_run(const asn_seleksi *s, const asn_seleksi_formasi *f,
                       asn_seleksi_peserta *p, size_t n);

/* Names of penentu: "prioritas", "nilai_integrasi", the seri criteria,
 * "no_peserta". */
const char *asn_seleksi_penentu_name(const asn_seleksi *s, int penentu);

/* Why, in words, for the announcement. */
void asn_seleksi_keterangan(const asn_seleksi *s, const asn_seleksi_formasi *f,
                            const asn_seleksi_peserta *p, char *buf, size_t size);

/* Columns added to each candidate, and the writers. */
extern const char *const asn_seleksi_columns[];
struct asn_csv_writer;
void asn_seleksi_write_header(struct asn_csv_writer *w, const asn_input *in);
void asn_seleksi_write_row(struct asn_csv_writer *w, const asn_seleksi_kandidat *k, size_t i);
/* The announcement: per formasi, the ranked, then the others. */
void asn_seleksi_write_pengumuman(struct asn_csv_writer *w, const asn_seleksi_kandidat *k);

#endif
