/* The score files of employees (SKP, potensi, pelatihan) read into one
 * packed record per NIP, for the talent table: the kinerja and potensi
 * each NIP keeps, the JP of a year, and the rows of NIPs the table never
 * asked for. */
#ifndef ASN_SCORES_H
#define ASN_SCORES_H

#include <stddef.h>
#include <stdint.h>

#include "config.h"
#include "input.h"
#include "talent.h"

enum { ASN_SCORES_SKP, ASN_SCORES_POTENSI, ASN_SCORES_PELATIHAN, ASN_SCORES_FILES };

/* "SKP", "potensi", "pelatihan": the files as messages name them. */
extern const char *const asn_scores_labels[ASN_SCORES_FILES];

/* A tahun lies in the reference year or the 63 before it, so that one bit
 * a year records every year seen. */
#define ASN_SCORES_YEARS 64

typedef struct {
	const asn_config *cfg;      /* the values of the SKP predikat */
	int year;                   /* the reference year */
	long tahun;                 /* SKP and pelatihan rows of this tahun only; 0: all */

	unsigned char *records;     /* nrecords of stride bytes */
	size_t stride, nrecords, caprecords;
	size_t part[ASN_SCORES_FILES];  /* offset of a file's part; 0: file not read */
	int dated[ASN_SCORES_FILES];    /* SKP, potensi: the part keeps the years */
	uint32_t *slots;            /* open addressing: tag | record index + 1; 0: empty */
	size_t nslots;              /* a power of two */

	int file;                   /* the file being read, and its columns */
	int nip_col, tahun_col, value_col;
	asn_skp_columns skp;

	long jp_tahun;              /* year whose JP are counted; 0: every row */
	unsigned long long skipped; /* rows of a tahun other than tahun */
} asn_scores;

void asn_scores_init(asn_scores *s, const asn_config *cfg, int year, long tahun);
void asn_scores_free(asn_scores *s);

/* Read a score file, each file at most once: its header (nip, tahun when
 * there, and SKP: asn_skp_columns_find, potensi: nilai_potensi, pelatihan:
 * jp; a missing column ends the program with status 3), then every row,
 * then its end.  A bad row, or a second row for a NIP (and tahun) in the
 * SKP or potensi file, is rejected with asn_reject and counted in
 * *rejected.  With a tahun column the value of the latest tahun is kept;
 * the JP of each NIP are the sum of the rows of the latest tahun in the
 * file. */
void asn_scores_begin(asn_scores *s, int file, const asn_input *in);
void asn_scores_row(asn_scores *s, const asn_input *in, unsigned long long *rejected);
void asn_scores_end(asn_scores *s);

typedef struct {
	int has_kinerja, has_potensi;
	double kinerja, potensi;    /* 0-100, in hundredths */
	double jp;                  /* JP in jp_tahun; 0 without a pelatihan file */
} asn_score;

/* The scores of the employee whose NIP is written nip, who is then known
 * to the table.  Returns 1, or 0 with *out empty when no file has a row
 * for the NIP (or nip is not 18 digits). */
int asn_scores_match(asn_scores *s, const char *nip, asn_score *out);

typedef struct {
	long line;                  /* of the NIP's first row in the file */
	uint64_t nip;
} asn_scores_unmatched;

/* The NIPs of file that asn_scores_match never asked for, in the order of
 * their first rows (free() the list; NULL when there are none), and in
 * *rows the rows they have in the file. */
asn_scores_unmatched *asn_scores_unmatched_list(const asn_scores *s, int file, size_t *n,
                                                long *rows);

#endif
