/* An export read as it comes: its header found below title lines, and a
 * broken line told and passed over so that one never sinks a file. */
#ifndef ASN_EXPORT_H
#define ASN_EXPORT_H

#include <stddef.h>

#include "csv.h"
#include "table.h"

/* Is rec the header?  Sets *ncols to the columns it has (empty cells a
 * spreadsheet leaves after the last one not counted).  ctx is the
 * caller's. */
typedef int asn_export_header_test(void *ctx, const asn_csv_record *rec, size_t *ncols);

/* Read rd up to its header: the record skip (>= 0) lines down, or the
 * first that test accepts within max records.  With none accepted, the
 * first record is taken as the header, so that its faults are the ones
 * told.  Returns 0 with the header in *table, the lines above it in
 * *title_lines, and every later record expected to have its fields; or -1
 * with a message ready to print in err. */
int asn_export_find_header(asn_csv_reader *rd, long skip, long max, asn_export_header_test *test,
                           void *ctx, asn_table *table, long *title_lines, char *err,
                           size_t errsize);

/* The next record: 1, or 0 at the end.  On a broken line, 2 with *why the
 * reason (without "name:line:col: ") and *line its line, reading going on
 * at the next line (rec holds what could be read, maybe nothing); -1 when
 * reading cannot go on (*why says why). */
int asn_export_next(asn_csv_reader *rd, asn_csv_record *rec, const char **why, long *line);

#endif
