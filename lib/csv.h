/* Streaming CSV (RFC 4180) reader over libcsv, and a minimal-quoting writer. */

#ifndef ASN_CSV_H
#define ASN_CSV_H

#include <stddef.h>
#include <stdio.h>

/* Largest field accepted by default (bytes); larger is a structure error. */
#define ASN_CSV_FIELD_MAX (1024 * 1024)
/* Most fields in a record: more is a structure error, so that a line of
 * nothing but delimiters cannot take gigabytes. */
#define ASN_CSV_FIELDS_MAX 262144
#define ASN_CSV_FIELDS_MAX_TEXT "262144"
#define ASN_CSV_RECORD_MAX (64 * 1024 * 1024)

typedef struct {
	size_t nfields;
	char **fields;      /* NUL-terminated (a NUL byte in input is a structure error) */
	size_t *lengths;
	long line;          /* physical line (1-based) where the record starts */
	long end_line;      /* physical line where it ends (> line with embedded newlines) */
} asn_csv_record;

typedef struct asn_csv_reader asn_csv_reader;

/* Open a reader on a file name ("-" or NULL: stdin). The display name used in
 * messages is the path, or "<stdin>".  delimiter 0 means ','.
 * Returns NULL and prints "prog: path: strerror" on failure to open. */
asn_csv_reader *asn_csv_reader_open(const char *path, unsigned char delimiter);
/* Reader over an already open stream (not closed by asn_csv_reader_free);
 * name NULL means "<stdin>". */
asn_csv_reader *asn_csv_reader_from_file(FILE *f, const char *name, unsigned char delimiter);
/* Reader over memory (for tests and fuzzing); the buffer is not copied and
 * must outlive the reader.  name NULL means "<memory>". */
asn_csv_reader *asn_csv_reader_from_memory(const void *buf, size_t len, const char *name,
                                           unsigned char delimiter);
void asn_csv_reader_free(asn_csv_reader *r);

/* Longest field accepted, in bytes (0: ASN_CSV_FIELD_MAX).  Memory stays
 * near this bound whatever the input. */
void asn_csv_reader_set_field_max(asn_csv_reader *r, size_t max);

/* Lines made only of plain fields (and quoted ones without "" or line ends)
 * are split by a memchr fast path; everything else, and every structure
 * error, goes through libcsv in strict mode.  Turning the fast path off
 * gives the same records and messages, more slowly: the differential tests
 * and fuzz harness compare the two. */
void asn_csv_reader_set_libcsv_only(asn_csv_reader *r, int on);

/* Quoting on (RFC 4180, the default) or off: off, a '"' is an ordinary
 * byte and every line is split at the delimiter (SIASN's raw '|' export,
 * where a quote inside ALAMAT or a name is a character). */
void asn_csv_reader_set_quoting(asn_csv_reader *r, int on);

/* The delimiter in use (given, detected, or ','). */
unsigned char asn_csv_reader_delimiter(const asn_csv_reader *r);

/* The worksheet to read when the input is an .xlsx workbook (default: the
 * first); call before the first read. */
void asn_csv_reader_set_sheet(asn_csv_reader *r, const char *sheet);

/* After asn_csv_reader_next returned -1 for a structure error (not a read
 * error), go on at the start of the physical line after the fault, so one
 * bad line never sinks a file: the broken record is reported by the caller
 * (asn_csv_reader_error still tells why until this call).  Returns 0, or -1
 * when reading cannot go on (a read error, or an error not of structure). */
int asn_csv_reader_resync(asn_csv_reader *r);

/* Detect the delimiter among ';' ',' '\t' '|' from the first line of input
 * that holds any of them (outside quotes; the candidate with most
 * occurrences wins, ',' on a tie or when none occurs) and use it.  Must be called before the first read.
 * Looks at no more than the first 64 KiB and consumes nothing. */
unsigned char asn_csv_reader_detect_delimiter(asn_csv_reader *r);

/* Read the next record.  Returns 1 and fills *rec (valid until the next
 * call), 0 at end of input, -1 on a structure error (message available from
 * asn_csv_reader_error and already formatted as "name:line:column: text",
 * column being the 1-based field number in the record, not a byte offset,
 * and line the physical line of the fault; for an unterminated or overlong
 * field, the line where that field starts).  A UTF-8 BOM at the start is
 * stripped; LF, CRLF and CR line ends are accepted; a blank line is a
 * record of one empty field; spaces are never trimmed. The reader does not
 * check the number of fields: see asn_csv_reader_expect_fields.
 * The texts:
 *   "unterminated quoted field"
 *   "malformed quoted field (a quote must be doubled inside quotes, and a
 *    quoted field must end at a delimiter or line end)"
 *   "quote in unquoted field (a field holding a quote must be quoted, with
 *    the quote doubled)"
 *   "field longer than N bytes"
 *   "NUL byte in input (binary file?)"
 *   "expected N fields, got M"
 * and "name: read error: strerror" (no position) when the stream fails.
 * After a ragged row *rec still holds the record and reading may go on;
 * after any other error rec->nfields is 0 and every later call returns -1. */
int asn_csv_reader_next(asn_csv_reader *r, asn_csv_record *rec);

/* After the header: every later record must have n fields; a different count
 * makes asn_csv_reader_next return -1 with
 * "name:line:col: expected N fields, got M" (ragged row; line where the
 * record starts, col the first missing or extra field). 0 disables. */
void asn_csv_reader_expect_fields(asn_csv_reader *r, size_t n);

/* Blank lines after the header of a table of several columns skipped, not
 * returned as records (an export or a spreadsheet often ends with one);
 * how many were skipped. */
void asn_csv_reader_skip_blank_lines(asn_csv_reader *r, int on);
unsigned long asn_csv_reader_blank_lines(const asn_csv_reader *r);

const char *asn_csv_reader_error(const asn_csv_reader *r);
const char *asn_csv_reader_name(const asn_csv_reader *r);
/* Bytes consumed so far (for progress and benchmarks). */
unsigned long long asn_csv_reader_bytes(const asn_csv_reader *r);

/* Writer: comma delimiter, LF line ends, a field quoted only when it holds
 * a comma, a quote, CR or LF (quotes doubled).  Each record goes to the
 * stream with one fwrite at asn_csv_end_record. */
typedef struct asn_csv_writer asn_csv_writer;
asn_csv_writer *asn_csv_writer_new(FILE *f);
/* Hands an unfinished record to the stream; does not close the stream. */
void asn_csv_writer_free(asn_csv_writer *w);
/* Safe cells on: a field starting with = + - @ tab or CR (what a
 * spreadsheet takes for a formula) is written with an apostrophe first. */
void asn_csv_writer_set_safe_cells(asn_csv_writer *w, int on);
void asn_csv_write_field(asn_csv_writer *w, const char *s, size_t len);
void asn_csv_write_str(asn_csv_writer *w, const char *s);       /* NULL writes empty */
void asn_csv_write_long(asn_csv_writer *w, long v);
/* Fixed-point with `decimals` places (0 to 17), '.' separator whatever the
 * locale, "-0.00" never printed; NaN/Inf written as an empty field. */
void asn_csv_write_double(asn_csv_writer *w, double v, int decimals);
/* Every field of rec, then the end of the record. */
void asn_csv_write_record(asn_csv_writer *w, const asn_csv_record *rec);
void asn_csv_end_record(asn_csv_writer *w);
/* The stream, with all written so far handed to it (for direct writes). */
FILE *asn_csv_writer_file(asn_csv_writer *w);

#endif
