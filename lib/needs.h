/* NEEDS tables: a formasi (unit,jabatan,kebutuhan), an ABK workload
 * table (unit,jabatan,uraian_tugas,volume,satuan_periode,norma_waktu,
 * satuan_waktu, optional WISN cas_persen, ias_jam), or by the service
 * standards a schools table (unit,subunit,jenjang,rombel_K...[,siswa]) or
 * a facilities table (unit,subunit,jenis) (lib/layanan, doc/layanan.md),
 * told apart by header. */
#ifndef ASN_NEEDS_H
#define ASN_NEEDS_H

#include <stddef.h>

#include "config.h"
#include "csv.h"
#include "layanan.h"

typedef enum {
	ASN_NEEDS_FORMASI, ASN_NEEDS_ABK,
	ASN_NEEDS_SEKOLAH, ASN_NEEDS_FASKES   /* need by the service standards */
} asn_needs_form;

/* Bounds of what a row may give, far above any real position (a year has
 * fewer than 9,000 hours): a volume, norma_waktu or ias_jam, a task's
 * workload and a position's total are at most ASN_NEEDS_MAX_HOURS; a
 * kebutuhan and a position's need at most ASN_NEEDS_MAX_STAFF.  A row that
 * would pass one is rejected, so that every figure written is finite. */
#define ASN_NEEDS_MAX_HOURS 1e9
#define ASN_NEEDS_MAX_STAFF 1e7

/* Returns of asn_needs_read: a usage problem is told from an input one. */
enum {
	ASN_NEEDS_OK = 0,
	ASN_NEEDS_EINPUT = -1,  /* unreadable, malformed CSV, not a NEEDS table */
	ASN_NEEDS_EKEY = -2     /* an extra key column is not in the header */
};

/* Unit, jabatan and subunit names are kept in their one form
 * (asn_names_normalize), as asn-import writes them, so that a table written
 * by hand matches the staff whatever its case and spacing.
 *
 * One position: the rows sharing unit, jabatan and the extra keys (and
 * subunit, when the table has that column and it is not an extra key:
 * needs given per subunit are positions of their own). */
typedef struct {
	char **keys;             /* unit, jabatan, the extra keys, [subunit] */
	long line;               /* first row of the position */
	size_t nrows;            /* rows counted (tasks for ABK) */
	double beban_jam;        /* workload hours a year; NaN for a formasi */
	double cas_persen;       /* total CAS % (WISN; 0 without) */
	double ias_jam;          /* total IAS hours (WISN; 0 without) */
	double caf, iaf;         /* 1 and 0 without WISN columns */
	double kebutuhan_hitung; /* unrounded need, allowances included */
	double kebutuhan;        /* rounded by the configured mode */
} asn_needs_entry;

/* Called for each rejected row; message is "column 'value': reason". */
typedef void asn_needs_reject_fn(void *ctx, const char *file, long line, const char *column,
    const char *value, const char *message);

typedef struct {
	unsigned char delimiter;        /* 0: detected among , ; tab | */
	const char *const *extra_keys;  /* key columns besides unit and jabatan */
	size_t nextra;
	double wke_hours;               /* > 0 */
	double hari_kerja, minggu_kerja; /* behind daily and weekly volumes (> 0) */
	asn_rounding rounding;
	const char *const *acronyms;    /* names: words in capitals (NULL: built-in) */
	const char *layanan_path;       /* service standards YAML (NULL: built-in) */
	asn_needs_reject_fn *reject;    /* NULL: "prog: file:line: message" on stderr */
	void *ctx;
} asn_needs_options;

typedef struct {
	char *name;                /* file name used in messages */
	char *layanan_path;        /* the standards of a schools or facilities table */
	asn_needs_form form;
	int wisn;                  /* cas_persen or ias_jam column present */
	char **key_names;          /* the key columns as the header names them */
	size_t nkeys;              /* 2 + nextra, + 1 with a subunit column */
	asn_needs_entry *entries;  /* in order of first appearance */
	size_t nentries;
	unsigned long nread, nrejected, nblank;  /* nblank: blank lines skipped */
	size_t nslots;             /* lookup by keys */
	size_t *slots;
} asn_needs;

/* Options with the configuration's WKE and rounding, no extra keys. */
void asn_needs_options_init(asn_needs_options *opt, const asn_config *cfg);

/* Read a NEEDS file ("-" or NULL: stdin) or an open CSV reader into n.
 * Rows that fail validation are rejected (reported, not counted) and the
 * rest read; a duplicate formasi position keeps its first row.  Returns
 * ASN_NEEDS_OK, or an error with err set to "file:line: message" (on
 * ASN_NEEDS_EKEY, the message names the column).  n is always to be freed. */
int asn_needs_read_file(asn_needs *n, const char *path, const asn_needs_options *opt,
    char *err, size_t errsize);
int asn_needs_read_csv(asn_needs *n, asn_csv_reader *r, const asn_needs_options *opt,
    char *err, size_t errsize);

/* The position with these n->nkeys values, or NULL. */
const asn_needs_entry *asn_needs_find(const asn_needs *n, const char *const *keys);

void asn_needs_free(asn_needs *n);

/* Is this position of a formasi or ABK table one that the schools and
 * facilities of s fill by their standards (asn_layanan_staf_covers)?  Such
 * a position is left out, so that no need is counted twice; s may be NULL. */
int asn_needs_covered(const asn_needs *n, const asn_needs_entry *e, asn_layanan_staf *s);

/* The staff matcher (asn_layanan_staf) of the schools and facilities of
 * these tables, with the standards they were read by, or NULL when none is
 * a schools or facilities table, nor a formasi that gives a subunit a
 * standard jabatan (as asn-gap writes them: the plan reads its output).  Standards that no longer load end the
 * program (status 2). */
asn_layanan_staf *asn_needs_staf(const asn_needs *tables, size_t n,
                                 const char *const *acronyms);

/* Where each of n group columns (--by) is among a NEEDS entry's keys:
 * unit 0, jabatan 1, any other at 2 + its place among extra, which gets
 * those others in order (extra_keys of asn_needs_options).  pos and extra
 * hold n each.  Returns how many others. */
size_t asn_needs_key_positions(const char *const *by, size_t n, size_t *pos,
                               const char **extra);

/* Several NEEDS tables read with the same nextra extra keys: a position
 * (unit, jabatan and the extra keys) takes its need from the first table
 * that gives it, so that no need is counted twice; `add` gets each of its
 * entries there, in table order.  A later table's rows for it are told on
 * stderr and not added; returns how many. */
typedef void asn_needs_add_fn(void *ctx, const asn_needs *n, const asn_needs_entry *e);
unsigned long asn_needs_merge(const asn_needs *tables, size_t ntables, size_t nextra,
                              asn_needs_add_fn *add, void *ctx);

#endif
