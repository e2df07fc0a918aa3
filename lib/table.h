/* Columns found by header name, case-insensitively; order never matters. */
#ifndef ASN_TABLE_H
#define ASN_TABLE_H

#include <stddef.h>
#include "csv.h"

typedef struct {
	size_t ncols;
	char **names;   /* as given in the header */
	char **folded;  /* lower-cased (ASCII) for lookup */
	size_t *slots;  /* a wide header's names hashed: column + 1, 0 empty */
	size_t nslots;
} asn_table;

/* Build from a header record.  Returns 0, or -1 and writes
 * "duplicate column 'X' (columns A and B)" or "empty column name at column N"
 * into err. */
int asn_table_init(asn_table *t, const asn_csv_record *header, char *err, size_t errsize);
void asn_table_free(asn_table *t);

/* Read the header record of r into t and make every later record of r
 * carry that many fields.  Returns 0, or -1 with err set to the reader's
 * message, "NAME: empty input (no header row)" or "NAME:LINE: duplicate
 * column ..." (ready to print). */
int asn_table_read_header(asn_table *t, asn_csv_reader *r, char *err, size_t errsize);

/* Index of the column, or -1. Case-insensitive, exact otherwise. */
int asn_table_find(const asn_table *t, const char *name);

/* Find every name in `names` (NULL-terminated); store indices in idx.
 * Returns 0, or -1 and writes "missing required column 'X'" into err
 * for the first one absent. */
int asn_table_require(const asn_table *t, const char *const *names, int *idx,
                      char *err, size_t errsize);

#endif
