/* The checks and conversions every reader of the report's inputs shares:
 * a row's fields, its numbers within the range of their column, the
 * reason a row is rejected (inside libasn only). */
#ifndef ASN_REPORT_FIELD_H
#define ASN_REPORT_FIELD_H

#include <stddef.h>

#include "csv.h"
#include "report_rows.h"

/* The values a column may take: beyond them a number is a mistake or an
 * attack, and it would overflow the sums and the chart scales. */
typedef struct {
	double lo, hi;
	const char *expected;
} report_range;

extern const report_range REPORT_COUNT;   /* 0 to 1e12 */
extern const report_range REPORT_SIGNED;  /* -1e12 to 1e12 */
extern const report_range REPORT_SHARE;   /* 0 to 1 */
extern const report_range REPORT_IKM;     /* 25 to 100 */
/* Rupiah: a province's yearly spending is near 1e14. */
extern const report_range REPORT_MONEY;   /* 0 to 1e15 */
extern const report_range REPORT_MONEY_SIGNED;

/* Sets in->reason (a message, in the user's language: fmt and a range's
 * expected text are translated) and returns -1. */
int report_reject(report_input *in, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* The field of column col, "" when the row or the table has none. */
const char *report_field(const asn_csv_record *rec, int col);
/* A new copy of the field, made safe to lay out (report_text.h). */
char *report_clean_field(const asn_csv_record *rec, int col);

/* A number within r, or NaN for an empty field when optional (and when
 * the table has no such column).  Returns 0 or -1. */
int report_number(report_input *in, const asn_csv_record *rec, int col, int optional,
                  const report_range *r, double *out);
/* A calendar year from 1900 to 2199 in column col.  Returns 0 or -1. */
int report_tahun(report_input *in, const asn_csv_record *rec, int col, int *year);

/* FNV-1a of a string, for the tables of names the readers keep. */
size_t report_hash_text(const char *s);

#endif
