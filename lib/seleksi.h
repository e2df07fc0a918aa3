/* Selection of candidates: passing thresholds (nilai ambang batas) per
 * test, weighted integration of test groups (SKD/SKB), rank within each
 * formasi and lulus for the top k, with a total, documented tie-break. */
#ifndef ASN_SELEKSI_H
#define ASN_SELEKSI_H

#include <stddef.h>

#include "input.h"
#include "strmap.h"

typedef struct {
	char *kolom;     /* column of the candidates table */
	double maks;     /* highest possible score, > 0 */
	double ambang;   /* passing threshold, 0 <= ambang <= maks */
} asn_seleksi_tes;

typedef struct {
	char *nama;      /* label, may be NULL */
	size_t *tes;     /* indices into tes */
	size_t ntes;
	double bobot;    /* percent; the weights add up to 100 */
} asn_seleksi_grup;

typedef struct {
	char *peserta;            /* candidate id column (default no_peserta) */
	char **formasi;           /* columns naming a formasi (default formasi) */
	size_t nformasi;
	asn_seleksi_tes *tes;
	size_t ntes;
	asn_seleksi_grup *grup;
	size_t ngrup;
	size_t *seri;             /* tests compared, higher first, on equal nilai_integrasi */
	size_t nseri;
} asn_seleksi;

/* Load the rules:
 *   peserta: no_peserta
 *   formasi: [unit, jabatan]
 *   tes:
 *     - {kolom: twk, maks: 150, ambang: 65}
 *   integrasi:
 *     - {nama: skd, tes: [twk, tiu, tkp], bobot: 40}
 *     - {nama: skb, tes: [skb], bobot: 60}
 *   seri: [skb, tkp]
 * Returns 0, or -1 with err set to "file:line:column: message". */
int asn_seleksi_load_file(asn_seleksi *s, const char *path, char *err, size_t errsize);
int asn_seleksi_load_string(asn_seleksi *s, const char *text, size_t len, const char *name,
                            char *err, size_t errsize);
void asn_seleksi_free(asn_seleksi *s);

typedef struct {
	double *nilai;            /* ntes scores; NAN where the cell is empty */
	size_t formasi;           /* index chosen by the caller */
	const char *id;           /* candidate id */
	int memenuhi;             /* every score present and >= its threshold */
	long long integrasi;      /* nilai_integrasi x 1000, -1 when a score is missing */
	long peringkat;           /* 1.. within the formasi among those who pass; 0 */
	int lulus;
} asn_seleksi_peserta;

/* Does score v (NAN: absent) meet the threshold of test t? */
int asn_seleksi_meets(const asn_seleksi *s, size_t t, double v);

/* Fill memenuhi and integrasi from nilai:
 * nilai_integrasi = sum over groups of bobot x (sum of its scores / sum of
 * their maks), rounded half away from zero to three decimals. */
void asn_seleksi_score(const asn_seleksi *s, asn_seleksi_peserta *p);

/* Rank within each formasi the candidates who pass every threshold:
 * higher nilai_integrasi first (as rounded), then higher scores of the
 * seri tests in order, then the lower id (byte order), then input order.
 * The first kebutuhan[formasi] of each formasi are lulus. */
void asn_seleksi_rank(const asn_seleksi *s, asn_seleksi_peserta *p, size_t n,
                      const long *kebutuhan);

/* The places (kebutuhan) of each formasi, a formasi named by the values of
 * the formasi columns of the rules. */
typedef struct {
	const asn_seleksi *rules;
	char *name;                 /* of the formasi file, for messages */
	int *cols, kebutuhan_col;
	asn_strmap index;           /* formasi to its index in kebutuhan */
	long *kebutuhan;
	size_t n, cap;
	unsigned long long places;  /* the sum of kebutuhan */
} asn_seleksi_formasi;

/* Read the formasi table: its header (the formasi columns of s, then
 * kebutuhan; a missing column ends the program with status 3), then every
 * row.  A kebutuhan not a whole number from 0 to 10^9, or a formasi given
 * twice, is a rejected row (asn_reject, counted in *rejected). */
void asn_seleksi_formasi_begin(asn_seleksi_formasi *f, const asn_seleksi *s,
                               const asn_input *in);
void asn_seleksi_formasi_row(asn_seleksi_formasi *f, const asn_input *in,
                             unsigned long long *rejected);
void asn_seleksi_formasi_free(asn_seleksi_formasi *f);

/* A candidate's row as read, written again after the ranking. */
typedef struct {
	char **fields;
	size_t nfields;
	int rejected;               /* out of the ranking, its results empty */
} asn_seleksi_row;

/* The candidates in input order: rows[i] is read as p[i]. */
typedef struct {
	const asn_seleksi *rules;
	const asn_seleksi_formasi *formasi;
	int id_col, *tes_cols, *formasi_cols;
	asn_strmap ids;             /* the ids met */
	asn_seleksi_row *rows;
	asn_seleksi_peserta *p;
	size_t n, cap;
} asn_seleksi_kandidat;

/* Read the candidates: the header (the peserta, formasi and tes columns of
 * s; a missing column ends the program with status 3), then every row.
 * Every row is kept; its scores are read and scored (asn_seleksi_score),
 * or it is rejected (asn_reject, counted in *rejected) and kept out of the
 * ranking: an empty or repeated id, a score not a number from 0 to the
 * test's maks (empty: absent), a formasi not in f. */
void asn_seleksi_kandidat_begin(asn_seleksi_kandidat *k, const asn_seleksi *s,
                                const asn_seleksi_formasi *f, const asn_input *in);
void asn_seleksi_kandidat_row(asn_seleksi_kandidat *k, const asn_input *in,
                              unsigned long long *rejected);
void asn_seleksi_kandidat_free(asn_seleksi_kandidat *k);

/* The tests whose threshold p does not meet, joined by ';' into buf (cut
 * short where buf ends). */
void asn_seleksi_gagal(const asn_seleksi *s, const asn_seleksi_peserta *p, char *buf,
                       size_t size);

#endif
