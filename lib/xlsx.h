/* Streaming reader of one worksheet of an .xlsx workbook (Office Open XML
 * SpreadsheetML): rows come out as records like the CSV reader's. */
#ifndef ASN_XLSX_H
#define ASN_XLSX_H

#include <stddef.h>
#include <stdio.h>

#include "csv.h"

typedef struct asn_xlsx asn_xlsx;

/* Does buf (the first len bytes of a file) look like a zip archive ("PK\3\4")? */
int asn_xlsx_sniff(const void *buf, size_t len);

/* Open the workbook at path (name: display name for messages, NULL = path)
 * on its first worksheet in workbook order, or on the sheet called `sheet`
 * (exact name, then ASCII case-insensitive).  Returns NULL with a message
 * in err:
 *   "NAME: not an .xlsx workbook (no xl/workbook.xml)"   (or broken zip)
 *   "NAME: no sheet 'X' (sheets: A, B, C)"
 *   "NAME: PART: malformed XML at line L: ..."          (workbook parts)
 * The shared strings are loaded here, all of them: they are the only
 * memory that grows with the input.
 * f variant: an open, seekable FILE (not closed by asn_xlsx_free). */
asn_xlsx *asn_xlsx_open(const char *path, const char *name, const char *sheet,
    char *err, size_t errsize);
asn_xlsx *asn_xlsx_open_file(FILE *f, const char *name, const char *sheet,
    char *err, size_t errsize);

/* Next row that has at least one <c> element: 1 and *rec filled (valid
 * until the next call), 0 at the end, -1 on error (asn_xlsx_error:
 * "NAME: sheet 'S': malformed XML at line L: ...",
 * "NAME: sheet 'S' row R: cell longer than N bytes",
 * "NAME: sheet 'S' row R: shared string index I out of range (N strings)",
 * "NAME: sheet 'S' row R: column 'XFE' beyond XFD (16384 columns)",
 * "NAME: sheet 'S' row R: cell B out of order (after C)", or a zip or
 * inflate error); every call after an error returns -1 again.
 * rec->line = rec->end_line = the worksheet row number (<row r="...">, or
 * the previous one + 1 when absent), the row Excel shows.
 * rec->nfields = 1 + the column index of the last cell of the row (absent
 * cells before it are ""), each field NUL-terminated, lengths[] set.
 * Values: shared and inline strings (rich text runs joined, phonetic runs
 * left out), formula string results and error texts as stored, booleans as
 * TRUE/FALSE, numbers exactly as stored ("1.9980202202012099E+17"), except
 * numbers in a date format written as YYYY-MM-DD (the time dropped). */
int asn_xlsx_next(asn_xlsx *x, asn_csv_record *rec);
const char *asn_xlsx_error(const asn_xlsx *x);
const char *asn_xlsx_sheet_name(const asn_xlsx *x);
/* Uncompressed bytes of sheet XML consumed so far (progress, benchmarks). */
unsigned long long asn_xlsx_bytes(const asn_xlsx *x);
/* Longest cell value accepted, in bytes (0: ASN_CSV_FIELD_MAX). */
void asn_xlsx_set_field_max(asn_xlsx *x, size_t max);

/* The sheet is scanned by a fast reader of the plain XML spreadsheet
 * writers produce; at anything else (comments, CDATA, CR in a value, an
 * encoding other than UTF-8, any fault) expat reads it again from its
 * start, passing the rows already handed out.  Turning the fast reader
 * off gives the same records and messages, more slowly: the tests and
 * fuzzing compare the two.  Must be called before the first read. */
void asn_xlsx_set_expat_only(asn_xlsx *x, int on);
void asn_xlsx_free(asn_xlsx *x);

#endif
