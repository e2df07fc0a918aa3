/* The columns asn-import writes: the canonical ones, the optional ones the
 * first input has, then that input's other columns passed through as they
 * are (dates made ISO). */
#ifndef ASN_LAYOUT_H
#define ASN_LAYOUT_H

#include <stddef.h>

#include "csv.h"
#include "import.h"
#include "pegawai.h"
#include "table.h"

typedef struct {
	int optional[ASN_NCOLS_ALL];  /* an optional canonical column written */
	char **passthrough;           /* the other columns of the first input */
	int *passthrough_date;        /* a column of dates: written ISO */
	size_t npassthrough;
} asn_layout;

/* The layout of the output, from the first input's columns. */
void asn_layout_init(asn_layout *l, const asn_import_ctx *ctx, const asn_table *t);

/* Where each passthrough column is in an input (-1 absent); an input
 * column neither mapped nor passed through is told on stderr (named by
 * name) as not written.  Free with free(). */
int *asn_layout_columns(const asn_layout *l, const asn_import_ctx *ctx, const asn_table *t,
                        const char *name);

void asn_layout_write_header(const asn_layout *l, asn_csv_writer *w);
void asn_layout_write_row(const asn_layout *l, asn_csv_writer *w, const int *columns,
                          const asn_csv_record *rec, const asn_import_result *r);

void asn_layout_free(asn_layout *l);

#endif
