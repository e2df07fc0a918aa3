/* The readers of each kind of input, which report.c hands the rows of a
 * table once it has recognised it (inside libasn only). */
#ifndef ASN_REPORT_ROWS_H
#define ASN_REPORT_ROWS_H

#include "csv.h"
#include "report.h"
#include "report_model.h"
#include "table.h"

#define REPORT_REASON_MAX 512

/* One input being read: its columns and the first problem of a row. */
typedef struct {
	const char *name;
	asn_table table;
	int col[16];
	char reason[REPORT_REASON_MAX];
} report_input;

/* columns finds what the kind reads in in->table (every col[] is -1
 * before); row adds one row, or returns -1 with in->reason saying why not. */
typedef struct {
	void (*columns)(asn_report_data *, report_input *);
	int (*row)(asn_report_data *, report_input *, const asn_csv_record *);
} report_reader;

extern const report_reader report_readers[ASN_REPORT_NKINDS];

/* The readers of the kinds kept with their sections. */
void report_rencana_columns(asn_report_data *d, report_input *in);
int report_rencana_row(asn_report_data *d, report_input *in, const asn_csv_record *rec);
void report_pindah_columns(asn_report_data *d, report_input *in);
int report_pindah_row(asn_report_data *d, report_input *in, const asn_csv_record *rec);
void report_biaya_columns(asn_report_data *d, report_input *in);
int report_biaya_row(asn_report_data *d, report_input *in, const asn_csv_record *rec);
void report_rejects_columns(asn_report_data *d, report_input *in);
int report_rejects_row(asn_report_data *d, report_input *in, const asn_csv_record *rec);
void report_calon_columns(asn_report_data *d, report_input *in);
int report_calon_row(asn_report_data *d, report_input *in, const asn_csv_record *rec);
void report_skenario_columns(asn_report_data *d, report_input *in);
int report_skenario_row(asn_report_data *d, report_input *in, const asn_csv_record *rec);
void report_rincian_columns(asn_report_data *d, report_input *in);
int report_rincian_row(asn_report_data *d, report_input *in, const asn_csv_record *rec);
void report_usulan_columns(asn_report_data *d, report_input *in);
int report_usulan_row(asn_report_data *d, report_input *in, const asn_csv_record *rec);
void report_gapsub_columns(asn_report_data *d, report_input *in);
int report_gapsub_row(asn_report_data *d, report_input *in, const asn_csv_record *rec);

#endif
