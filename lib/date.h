/* Calendar dates: parsing of the forms found in exports, ISO output. */
#ifndef ASN_DATE_H
#define ASN_DATE_H

#include <stddef.h>

typedef struct {
	int year, month, day; /* month 1..12, day 1..31 */
} asn_date;

/* Parse YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY, or "DD MonthName YYYY" with an
 * Indonesian or English month name (case-insensitive, full or 3-letter:
 * "12 Januari 1980", "12 Agustus 1980", "12 Aug 1980", "1 Mei 2000").
 * Day and month may have one digit except in YYYY-MM-DD; years 1900-2199.
 * Leading/trailing spaces are not accepted (spaces are data).  Returns 0 on
 * success; on failure returns -1 and, if err is not NULL, points it at a
 * static reason such as
 * "not a date (expected YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or DD Month YYYY)",
 * "unknown month name", "year out of range 1900-2199",
 * "no such month (expected 1-12)" or "no such day in the calendar". */
int asn_date_parse(const char *s, size_t len, asn_date *out, const char **err);

/* Parse strictly YYYY-MM-DD (the canonical form), years 1900-2199. */
int asn_date_parse_iso(const char *s, size_t len, asn_date *out);

/* An Excel date serial, as an .xlsx or a spreadsheet's CSV holds a date
 * cell: whole days since 1899-12-30 ("35828" is 1998-02-02), a fraction
 * (the time of day) ignored; 1 to 5 digits before the point.  Serials 1-59
 * follow Excel's 1900 calendar (1 is 1900-01-01) and 60, its 29 February
 * 1900, is no date.  Returns 0, or -1 when s is not such a number. */
int asn_date_parse_excel_serial(const char *s, size_t len, asn_date *out);

int asn_date_valid(int year, int month, int day);
int asn_date_days_in_month(int year, int month);
int asn_date_is_leap(int year);

/* Writes exactly 10 characters plus NUL: "YYYY-MM-DD"; "0000-00-00" when d
 * is not a valid date of years 0-9999. */
void asn_date_format(asn_date d, char buf[11]);

/* Days since 1970-01-01 (proleptic Gregorian); negative before.
 * asn_date_from_days clamps to 0000-01-01 .. 9999-12-31. */
long asn_date_to_days(asn_date d);
asn_date asn_date_from_days(long days);

/* <0, 0, >0 like strcmp. */
int asn_date_cmp(asn_date a, asn_date b);

/* Whole years completed at date `at` by someone born on `birth`
 * (a 29 February birthday completes a year on 1 March in common years). */
int asn_date_age(asn_date birth, asn_date at);

/* First day of the month after the month of `d`. */
asn_date asn_date_first_of_next_month(asn_date d);

#endif
