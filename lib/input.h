/* One table read by its header: the reader, its columns and the current
 * record; the rows it rejects told in one form; numbers in its cells. */
#ifndef ASN_INPUT_H
#define ASN_INPUT_H

#include <stddef.h>

#include "csv.h"
#include "table.h"

typedef struct {
	asn_csv_reader *rd;
	asn_table table;
	asn_csv_record rec;
	const char *name;     /* the path, or "<stdin>" */
} asn_input;

/* Open path ("-" or NULL: stdin) and read its header.  delimiter 0 is
 * detected among , ; tab | (asn_csv_reader_detect_delimiter).  A file that
 * cannot be opened or has no usable header ends the program with status 3
 * and a message naming it. */
void asn_input_open(asn_input *in, const char *path, unsigned char delimiter);

/* Next record into in->rec: 1, or 0 at the end.  A structure error ends
 * the program with status 3 and the reader's "name:line:column: text". */
int asn_input_next(asn_input *in);

/* Index of a column, or the program ends with status 3 and
 * "NAME:1: missing required column 'X'" followed by why (may be ""). */
int asn_input_require(const asn_input *in, const char *column, const char *why);

/* Index of a column, or -1. */
int asn_input_find(const asn_input *in, const char *column);

/* The value of column col of the current record, "" for col < 0. */
const char *asn_input_cell(const asn_input *in, int col);

/* A whole number in [min, max], the whole of column col of the current
 * record; else the program ends with status 3 and
 * "NAME:LINE: COLUMN 'VALUE': EXPECTED". */
long asn_input_whole(const asn_input *in, int col, const char *column, long min, long max,
                     const char *expected);

void asn_input_close(asn_input *in);

/* A rejected row, told on stderr as "prog: NAME:LINE:COL: message" (col is
 * the 0-based column, -1 for the row as a whole: "prog: NAME:LINE: message")
 * and counted in *count. */
void asn_reject(unsigned long long *count, const char *name, long line, int col,
                const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* Numbers written in a cell: digits with at most one decimal point and at
 * least one digit ("1", "1.5", ".5", "1."); nothing around them. */
enum {
	ASN_NUMBER_SIGN = 1,        /* a leading '+' or '-' */
	ASN_NUMBER_COMMA = 2,       /* ',' as the decimal point (spreadsheets) */
	ASN_NUMBER_EXPONENT = 4     /* "1e3", "2.5E-2" */
};

/* Parse the whole of s as a finite number under flags.  Returns 0 and sets
 * *out, or -1 (s not of that form, or out of range). */
int asn_number_parse(const char *s, unsigned flags, double *out);

/* A list of column names as given to --by: comma-separated, none empty,
 * none twice (case-insensitively), at most max.  An empty arg is the empty
 * list when allow_empty, else an error.  Returns the names (one block,
 * free with free()) and sets *n; a bad list ends the program with status 2
 * and "invalid value 'ARG' for --OPTNAME: ...". */
char **asn_parse_columns(const char *arg, const char *optname, int allow_empty, size_t max,
                         size_t *n);

#endif
