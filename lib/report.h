/* The monthly report (doc/design.md "asn-report"): inputs recognised by their
 * header, aggregated while they stream, rendered as html, md or txt. */
#ifndef ASN_REPORT_H
#define ASN_REPORT_H

#include <stddef.h>
#include <stdio.h>

#include "config.h"
#include "date.h"
#include "table.h"

typedef enum {
	ASN_REPORT_PEGAWAI,   /* the canonical pegawai table (asn-import) */
	ASN_REPORT_GAP,       /* asn-gap */
	ASN_REPORT_FORECAST,  /* asn-forecast projection */
	ASN_REPORT_RETIREES,  /* asn-forecast --list-retirees */
	ASN_REPORT_SCORE,     /* asn-score per employee */
	ASN_REPORT_IKM,       /* asn-score --ikm */
	ASN_REPORT_SELEKSI,   /* asn-score --pengumuman */
	ASN_REPORT_RENCANA,   /* asn-forecast --plan */
	ASN_REPORT_PINDAH,    /* asn-gap --redistribusi */
	ASN_REPORT_BIAYA,     /* asn-forecast --biaya (one or two) */
	ASN_REPORT_REJECTS,   /* asn-import --rejects */
	ASN_REPORT_CALON,     /* asn-gap --calon */
	ASN_REPORT_USULAN,    /* asn-forecast --usulan */
	ASN_REPORT_GAPSUB,    /* asn-gap keyed by subunit, beside the one by unit */
	ASN_REPORT_SKENARIO,  /* asn-forecast --plan --skenario */
	ASN_REPORT_RINCIAN,   /* asn-forecast --biaya-rincian */
	ASN_REPORT_NKINDS
} asn_report_kind;

typedef enum { ASN_REPORT_TXT, ASN_REPORT_MD, ASN_REPORT_HTML } asn_report_format;
typedef enum { ASN_REPORT_ID, ASN_REPORT_EN } asn_report_lang;

/* The kind of table a header belongs to, or -1 with err set to a sentence
 * naming the nearest kind and its missing column when there is one.
 * Kinds are tried most specific first: a score table also carries the
 * pegawai columns, a pegawai table the retirees columns. */
int asn_report_recognise(const asn_table *t, char *err, size_t errsize);
/* "pegawai table", "asn-gap table", ... in the language of messages */
const char *asn_report_kind_name(asn_report_kind k);

/* Aggregates of one month's inputs; memory grows with units and years,
 * never with employees (the retirees of the next 12 months excepted). */
typedef struct asn_report_data asn_report_data;

asn_report_data *asn_report_data_alloc(asn_date as_of);
void asn_report_data_free(asn_report_data *d);
/* The configuration that says who is in post; it must outlive d. */
void asn_report_data_set_config(asn_report_data *d, const asn_config *cfg);

/* Read one input ("-" or NULL: stdin), recognise it and aggregate it.
 * Returns ASN_EXIT_OK; ASN_EXIT_REJECTED when rows were skipped (each
 * reported as "file:line: reason"); ASN_EXIT_USAGE when the header is not
 * recognised or a table of the same kind was already read; ASN_EXIT_INPUT
 * when the file cannot be read or its CSV is malformed.  Messages are
 * printed. */
int asn_report_data_read(asn_report_data *d, const char *path, unsigned char delimiter);

/* Read every *.csv file of dir in name order, skipping files whose header
 * is not recognised, later files of a kind already read, and asn-score
 * tables, announcements, plans, moves, costs, rejects, submissions and gap
 * tables by subunit, which the month-over-month changes do not use
 * (--previous). */
int asn_report_data_read_dir(asn_report_data *d, const char *dir, unsigned char delimiter);

int asn_report_data_has(const asn_report_data *d, asn_report_kind k);
unsigned long long asn_report_data_rows(const asn_report_data *d);
unsigned long long asn_report_data_rejected(const asn_report_data *d);
/* Rows of the pegawai table not counted as staff in post (lib/rules):
 * past tanggal_pensiun, and with a kedudukan other than serving. */
void asn_report_data_not_in_post(const asn_report_data *d, unsigned long *retired,
                                 unsigned long *away);

typedef struct {
	asn_report_format format;
	asn_report_lang lang;
	const char *title;         /* NULL: the default title */
	int period_year, period_month;
	asn_date as_of;
	double ikm_a, ikm_b;       /* lower bounds of mutu A and B (Permenpan RB 14/2017) */
	int no_names;              /* no NIP or name anywhere (a report mailed around) */
	long max_names;            /* rows of the named appendix; the rest counted */
	const char *config_source; /* the configuration file read; NULL: built-in */
	/* the past months for the month-by-month view, oldest first, each with
	 * its year * 100 + month; none: no such view */
	const asn_report_data *const *bulan;
	const int *bulan_ym;
	size_t nbulan;
} asn_report_options;

/* The archive of the monthly job (lib/report_arsip.c): a folder of month
 * folders named YYYY-MM. */
/* year * 100 + month when the last part of path is a month YYYY-MM, else 0. */
int asn_report_month_name(const char *path);
/* The months of dir before `before` (year * 100 + month), at most max, the
 * latest, oldest first, into *out (freed by the caller); -1 when dir cannot
 * be read. */
long asn_report_archive_months(const char *dir, int before, size_t max, int **out);
/* index.html of dir: a link to each month's laporan-YYYY-MM.html (and .md,
 * .txt), newest first, under title (NULL: the default).  Returns the
 * months listed, or -1 when dir cannot be read. */
int asn_report_index(FILE *f, const char *dir, const char *title, int english);

/* Render the report of cur (changes against prev when not NULL) on f. */
void asn_report_render(FILE *f, const asn_report_data *cur, const asn_report_data *prev,
                       const asn_report_options *opt);

#endif
