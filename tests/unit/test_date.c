#include <limits.h>
#include <stdio.h>
#include <string.h>

#include "date.h"
#include "test.h"

#define NOT_A_DATE "not a date (expected YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or DD Month YYYY)"
#define NO_DAY "no such day in the calendar"
#define NO_MONTH "no such month (expected 1-12)"
#define NO_NAME "unknown month name"
#define NO_YEAR "year out of range 1900-2199"

/* Input and the ISO date it means, or the reason it is refused. */
static const struct {
	const char *in;
	const char *iso;
	const char *reason;
} parse_cases[] = {
	{ "2020-01-01", "2020-01-01", NULL },
	{ "1980-12-31", "1980-12-31", NULL },
	{ "1900-01-01", "1900-01-01", NULL },
	{ "2199-12-31", "2199-12-31", NULL },
	{ "1899-12-31", NULL, NO_YEAR },
	{ "2200-01-01", NULL, NO_YEAR },
	{ "0000-01-01", NULL, NO_YEAR },
	{ "2024-02-29", "2024-02-29", NULL },
	{ "2023-02-29", NULL, NO_DAY },
	{ "2000-02-29", "2000-02-29", NULL },
	{ "1900-02-29", NULL, NO_DAY },
	{ "2100-02-29", NULL, NO_DAY },
	{ "2020-02-30", NULL, NO_DAY },
	{ "2020-02-31", NULL, NO_DAY },
	{ "2020-04-30", "2020-04-30", NULL },
	{ "2020-04-31", NULL, NO_DAY },
	{ "2020-01-00", NULL, NO_DAY },
	{ "2020-01-32", NULL, NO_DAY },
	{ "2020-00-10", NULL, NO_MONTH },
	{ "2020-13-01", NULL, NO_MONTH },
	{ "2020-1-01", NULL, NOT_A_DATE },
	{ "2020-01-1", NULL, NOT_A_DATE },
	{ "20200101", NULL, NOT_A_DATE },
	{ "2020/01/01", NULL, NOT_A_DATE },
	{ "2020-01/01", NULL, NOT_A_DATE },
	{ "+020-01-01", NULL, NOT_A_DATE },
	{ "2020-01-01x", NULL, NOT_A_DATE },
	{ "2020-01-01 ", NULL, NOT_A_DATE },
	{ " 2020-01-01", NULL, NOT_A_DATE },
	{ "2020-01-01\n", NULL, NOT_A_DATE },
	{ "2020-01-01T00:00:00", NULL, NOT_A_DATE },
	{ "", NULL, NOT_A_DATE },
	{ "x", NULL, NOT_A_DATE },
	{ "1", NULL, NOT_A_DATE },
	{ "12", NULL, NOT_A_DATE },
	{ "-", NULL, NOT_A_DATE },

	{ "01-02-2020", "2020-02-01", NULL },
	{ "1-2-2020", "2020-02-01", NULL },
	{ "01-2-2020", "2020-02-01", NULL },
	{ "1-02-2020", "2020-02-01", NULL },
	{ "01/02/2020", "2020-02-01", NULL },
	{ "1/2/2020", "2020-02-01", NULL },
	{ "31/12/1999", "1999-12-31", NULL },
	{ "31-12-2199", "2199-12-31", NULL },
	{ "1/1/1900", "1900-01-01", NULL },
	{ "31/12/1899", NULL, NO_YEAR },
	{ "01-01-2200", NULL, NO_YEAR },
	{ "29/02/2024", "2024-02-29", NULL },
	{ "29-02-2023", NULL, NO_DAY },
	{ "29/2/1900", NULL, NO_DAY },
	{ "29/2/2000", "2000-02-29", NULL },
	{ "31-04-2020", NULL, NO_DAY },
	{ "30-04-2020", "2020-04-30", NULL },
	{ "00/01/2020", NULL, NO_DAY },
	{ "0/1/2020", NULL, NO_DAY },
	{ "32/01/2020", NULL, NO_DAY },
	{ "01-13-2020", NULL, NO_MONTH },
	{ "01-00-2020", NULL, NO_MONTH },
	{ "1-0-2020", NULL, NO_MONTH },
	{ "1-02/2020", NULL, NOT_A_DATE },
	{ "1/02-2020", NULL, NOT_A_DATE },
	{ "001-01-2020", NULL, NOT_A_DATE },
	{ "01-001-2020", NULL, NOT_A_DATE },
	{ "01-01-20", NULL, NOT_A_DATE },
	{ "01-01-202", NULL, NOT_A_DATE },
	{ "01-01-02020", NULL, NOT_A_DATE },
	{ "01-01-2020x", NULL, NOT_A_DATE },
	{ "01-01-2020-", NULL, NOT_A_DATE },
	{ "01--01-2020", NULL, NOT_A_DATE },
	{ "01-01--2020", NULL, NOT_A_DATE },
	{ "01-01-", NULL, NOT_A_DATE },
	{ "01-", NULL, NOT_A_DATE },
	{ "01.01.2020", NULL, NOT_A_DATE },
	{ " 1-1-2020", NULL, NOT_A_DATE },

	{ "12 Januari 1980", "1980-01-12", NULL },
	{ "12 Februari 1980", "1980-02-12", NULL },
	{ "12 Pebruari 1980", "1980-02-12", NULL },
	{ "12 Maret 1980", "1980-03-12", NULL },
	{ "12 April 1980", "1980-04-12", NULL },
	{ "12 Mei 1980", "1980-05-12", NULL },
	{ "12 Juni 1980", "1980-06-12", NULL },
	{ "12 Juli 1980", "1980-07-12", NULL },
	{ "12 Agustus 1980", "1980-08-12", NULL },
	{ "12 September 1980", "1980-09-12", NULL },
	{ "12 Oktober 1980", "1980-10-12", NULL },
	{ "12 November 1980", "1980-11-12", NULL },
	{ "12 Nopember 1980", "1980-11-12", NULL },
	{ "12 Desember 1980", "1980-12-12", NULL },
	{ "1 Jan 2000", "2000-01-01", NULL },
	{ "1 Feb 2000", "2000-02-01", NULL },
	{ "1 Peb 2000", "2000-02-01", NULL },
	{ "1 Mar 2000", "2000-03-01", NULL },
	{ "1 Apr 2000", "2000-04-01", NULL },
	{ "1 Mei 2000", "2000-05-01", NULL },
	{ "1 Jun 2000", "2000-06-01", NULL },
	{ "1 Jul 2000", "2000-07-01", NULL },
	{ "1 Agu 2000", "2000-08-01", NULL },
	{ "1 Agt 2000", "2000-08-01", NULL },
	{ "1 Ags 2000", "2000-08-01", NULL },
	{ "1 Sep 2000", "2000-09-01", NULL },
	{ "1 Okt 2000", "2000-10-01", NULL },
	{ "1 Nov 2000", "2000-11-01", NULL },
	{ "1 Nop 2000", "2000-11-01", NULL },
	{ "1 Des 2000", "2000-12-01", NULL },
	{ "5 January 1990", "1990-01-05", NULL },
	{ "5 February 1990", "1990-02-05", NULL },
	{ "5 March 1990", "1990-03-05", NULL },
	{ "5 April 1990", "1990-04-05", NULL },
	{ "5 May 1990", "1990-05-05", NULL },
	{ "5 June 1990", "1990-06-05", NULL },
	{ "5 July 1990", "1990-07-05", NULL },
	{ "5 August 1990", "1990-08-05", NULL },
	{ "5 September 1990", "1990-09-05", NULL },
	{ "5 October 1990", "1990-10-05", NULL },
	{ "5 November 1990", "1990-11-05", NULL },
	{ "5 December 1990", "1990-12-05", NULL },
	{ "05 Aug 1990", "1990-08-05", NULL },
	{ "05 Sept 1990", "1990-09-05", NULL },
	{ "05 Oct 1990", "1990-10-05", NULL },
	{ "05 Dec 1990", "1990-12-05", NULL },
	{ "12 JANUARI 1980", "1980-01-12", NULL },
	{ "12 januari 1980", "1980-01-12", NULL },
	{ "12 aGuStUs 1980", "1980-08-12", NULL },
	{ "1 MEI 2000", "2000-05-01", NULL },
	{ "01 Mei 2000", "2000-05-01", NULL },
	{ "31 Desember 2199", "2199-12-31", NULL },
	{ "1 Januari 1900", "1900-01-01", NULL },
	{ "31 Desember 1899", NULL, NO_YEAR },
	{ "1 Januari 2200", NULL, NO_YEAR },
	{ "29 Februari 2024", "2024-02-29", NULL },
	{ "29 Februari 2023", NULL, NO_DAY },
	{ "31 Februari 2020", NULL, NO_DAY },
	{ "31 April 2020", NULL, NO_DAY },
	{ "0 Mei 2000", NULL, NO_DAY },
	{ "12 Foo 1980", NULL, NO_NAME },
	{ "12 Januar 1980", NULL, NO_NAME },
	{ "12 Januarii 1980", NULL, NO_NAME },
	{ "12 Ja 1980", NULL, NO_NAME },
	{ "12 J 1980", NULL, NO_NAME },
	{ "12  Januari 1980", NULL, NOT_A_DATE },
	{ "12 Januari  1980", NULL, NOT_A_DATE },
	{ "12\tJanuari 1980", NULL, NOT_A_DATE },
	{ "12 Januari", NULL, NOT_A_DATE },
	{ "12 Januari ", NULL, NOT_A_DATE },
	{ "12 Januari 80", NULL, NOT_A_DATE },
	{ "12 Januari1980", NULL, NOT_A_DATE },
	{ "12 Januari 1980 ", NULL, NOT_A_DATE },
	{ "12 Januari 1980x", NULL, NOT_A_DATE },
	{ "Januari 12 1980", NULL, NOT_A_DATE },
	{ "12-Jan-1980", NULL, NOT_A_DATE },
	{ "12 Jan. 1980", NULL, NOT_A_DATE },
	{ "123 Januari 1980", NULL, NOT_A_DATE },
	{ "12 1 1980", NULL, NOT_A_DATE },
	{ "12 ", NULL, NOT_A_DATE },
};

/* The input as a TAP description may show it: control bytes escaped. */
static const char *
shown(const char *s, char *buf, size_t size)
{
	size_t n = 0;

	for (; *s != '\0' && n + 5 < size; s++) {
		if ((unsigned char)*s < 0x20)
			n += snprintf(buf + n, size - n, "\\x%02x", (unsigned char)*s);
		else
			buf[n++] = *s;
	}
	buf[n] = '\0';
	return buf;
}

static void
test_parse_table(void)
{
	size_t i;
	asn_date d;
	const char *err, *in;
	char buf[11], text[64];
	int rc;

	for (i = 0; i < sizeof(parse_cases) / sizeof(parse_cases[0]); i++) {
		err = NULL;
		rc = asn_date_parse(parse_cases[i].in, strlen(parse_cases[i].in), &d, &err);
		in = shown(parse_cases[i].in, text, sizeof(text));
		if (parse_cases[i].iso != NULL) {
			CHECK_INT(rc, 0, "parse '%s' succeeds", in);
			asn_date_format(d, buf);
			CHECK_STR(rc == 0 ? buf : err, parse_cases[i].iso,
			    "parse '%s' gives %s", in, parse_cases[i].iso);
		} else {
			CHECK_INT(rc, -1, "parse '%s' fails", in);
			CHECK_STR(err, parse_cases[i].reason, "parse '%s': %s",
			    in, parse_cases[i].reason);
		}
	}
}

static void
test_parse_edges(void)
{
	asn_date d = { 1, 2, 3 };
	const char *err = NULL;

	CHECK_INT(asn_date_parse("2020-01-015", 10, &d, &err), 0, "len bounds the input");
	CHECK(d.year == 2020 && d.month == 1 && d.day == 1, "len bounds the input: 2020-01-01");
	CHECK_INT(asn_date_parse("2020-01-01", 9, &d, &err), -1, "a cut date fails");
	CHECK_INT(asn_date_parse("2020-01\0-1", 10, &d, &err), -1, "embedded NUL fails");
	CHECK_INT(asn_date_parse("12 Mei\0 2000", 12, &d, &err), -1, "NUL after month name fails");
	CHECK_INT(asn_date_parse("1 Mei 2000", 0, &d, &err), -1, "zero length fails");
	CHECK_INT(asn_date_parse("2020-02-30", 10, &d, NULL), -1, "err may be NULL");
	d.year = 7;
	CHECK_INT(asn_date_parse("2020-02-30", 10, &d, &err), -1, "failure leaves out alone");
	CHECK_INT(d.year, 7, "failure leaves out alone: year unchanged");
	CHECK_INT(asn_date_parse("12 Desember 1980", 16, &d, NULL), 0, "name parse without err");
	CHECK(d.year == 1980 && d.month == 12 && d.day == 12, "name parse without err: value");
}

static void
test_parse_every_day(void)
{
	char text[48];
	int y, m, day, good = 1, bad = 1;
	asn_date d;

	/* Every day of a leap and a common year in all three numeric forms,
	 * and the day after each month's last day. */
	for (y = 2023; y <= 2024; y++) {
		for (m = 1; m <= 12; m++) {
			for (day = 1; day <= asn_date_days_in_month(y, m); day++) {
				snprintf(text, sizeof(text), "%04d-%02d-%02d", y, m, day);
				good &= asn_date_parse(text, strlen(text), &d, NULL) == 0 &&
				    d.year == y && d.month == m && d.day == day;
				snprintf(text, sizeof(text), "%d-%d-%04d", day, m, y);
				good &= asn_date_parse(text, strlen(text), &d, NULL) == 0 &&
				    d.year == y && d.month == m && d.day == day;
				snprintf(text, sizeof(text), "%02d/%02d/%04d", day, m, y);
				good &= asn_date_parse(text, strlen(text), &d, NULL) == 0 &&
				    d.year == y && d.month == m && d.day == day;
			}
			snprintf(text, sizeof(text), "%04d-%02d-%02d", y, m, day);
			bad &= asn_date_parse(text, strlen(text), &d, NULL) == -1;
			snprintf(text, sizeof(text), "%d/%d/%04d", day, m, y);
			bad &= asn_date_parse(text, strlen(text), &d, NULL) == -1;
		}
	}
	CHECK(good, "every day of 2023 and 2024 parses in each numeric form");
	CHECK(bad, "the day after each month's last day is refused");
}

static void
test_parse_iso(void)
{
	asn_date d;

	CHECK_INT(asn_date_parse_iso("2020-01-31", 10, &d), 0, "iso 2020-01-31");
	CHECK(d.year == 2020 && d.month == 1 && d.day == 31, "iso 2020-01-31 value");
	CHECK_INT(asn_date_parse_iso("2024-02-29", 10, &d), 0, "iso leap day");
	CHECK_INT(asn_date_parse_iso("2023-02-29", 10, &d), -1, "iso 2023-02-29 refused");
	CHECK_INT(asn_date_parse_iso("31-01-2020", 10, &d), -1, "iso refuses DD-MM-YYYY");
	CHECK_INT(asn_date_parse_iso("31/01/2020", 10, &d), -1, "iso refuses DD/MM/YYYY");
	CHECK_INT(asn_date_parse_iso("1 Mei 2000", 10, &d), -1, "iso refuses month names");
	CHECK_INT(asn_date_parse_iso("1899-12-31", 10, &d), -1, "iso refuses 1899");
	CHECK_INT(asn_date_parse_iso("2200-01-01", 10, &d), -1, "iso refuses 2200");
	CHECK_INT(asn_date_parse_iso("2020-13-01", 10, &d), -1, "iso refuses month 13");
	CHECK_INT(asn_date_parse_iso("2020-01-01x", 11, &d), -1, "iso refuses trailing garbage");
	CHECK_INT(asn_date_parse_iso("", 0, &d), -1, "iso refuses empty");
}

static void
test_calendar(void)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int m, ok = 1;

	CHECK(!asn_date_is_leap(1900), "1900 is not leap");
	CHECK(asn_date_is_leap(2000), "2000 is leap");
	CHECK(!asn_date_is_leap(2023), "2023 is not leap");
	CHECK(asn_date_is_leap(2024), "2024 is leap");
	CHECK(!asn_date_is_leap(2100), "2100 is not leap");
	CHECK(asn_date_is_leap(2400), "2400 is leap");
	for (m = 1; m <= 12; m++)
		ok &= asn_date_days_in_month(2023, m) == days[m - 1];
	CHECK(ok, "days in each month of 2023");
	CHECK_INT(asn_date_days_in_month(2024, 2), 29, "February 2024");
	CHECK_INT(asn_date_days_in_month(1900, 2), 28, "February 1900");
	CHECK_INT(asn_date_days_in_month(2000, 2), 29, "February 2000");
	CHECK_INT(asn_date_days_in_month(2020, 0), 0, "month 0 has no days");
	CHECK_INT(asn_date_days_in_month(2020, 13), 0, "month 13 has no days");
	CHECK(asn_date_valid(2024, 2, 29), "valid 2024-02-29");
	CHECK(!asn_date_valid(2023, 2, 29), "invalid 2023-02-29");
	CHECK(!asn_date_valid(2020, 1, 0), "invalid day 0");
	CHECK(!asn_date_valid(2020, 1, 32), "invalid day 32");
	CHECK(!asn_date_valid(2020, 0, 1), "invalid month 0");
	CHECK(!asn_date_valid(2020, 13, 1), "invalid month 13");
	CHECK(!asn_date_valid(-1, 1, 1), "invalid year -1");
	CHECK(!asn_date_valid(10000, 1, 1), "invalid year 10000");
	CHECK(asn_date_valid(1850, 6, 30), "valid outside the parse range");
}

static void
test_format(void)
{
	char buf[11];
	asn_date d;

	d = (asn_date){ 2020, 1, 1 };
	asn_date_format(d, buf);
	CHECK_STR(buf, "2020-01-01", "format 2020-01-01");
	d = (asn_date){ 1999, 12, 31 };
	asn_date_format(d, buf);
	CHECK_STR(buf, "1999-12-31", "format 1999-12-31");
	d = (asn_date){ 5, 3, 9 };
	asn_date_format(d, buf);
	CHECK_STR(buf, "0005-03-09", "format pads the year");
	d = (asn_date){ 2023, 2, 29 };
	asn_date_format(d, buf);
	CHECK_STR(buf, "0000-00-00", "format of an invalid date");
	d = (asn_date){ INT_MAX, INT_MIN, -1 };
	asn_date_format(d, buf);
	CHECK_STR(buf, "0000-00-00", "format of garbage stays in the buffer");
}

static void
test_days(void)
{
	static const struct {
		asn_date d;
		long days;
	} known[] = {
		{ { 1970, 1, 1 }, 0 },
		{ { 1969, 12, 31 }, -1 },
		{ { 1970, 1, 2 }, 1 },
		{ { 2000, 1, 1 }, 10957 },
		{ { 2000, 2, 29 }, 11016 },
		{ { 2000, 3, 1 }, 11017 },
		{ { 1980, 1, 1 }, 3652 },
		{ { 2024, 2, 29 }, 19782 },
		{ { 2038, 1, 19 }, 24855 },
		{ { 1900, 1, 1 }, -25567 },
		{ { 2199, 12, 31 }, 84005 },
		{ { 1600, 3, 1 }, -135080 },
		{ { 1, 1, 1 }, -719162 },
		{ { 0, 1, 1 }, -719528 },
		{ { 9999, 12, 31 }, 2932896 },
	};
	char want[11], got[11];
	asn_date d, next, prev;
	long n;
	size_t i;
	int ok = 1;

	for (i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		asn_date_format(known[i].d, want);
		CHECK_INT(asn_date_to_days(known[i].d), known[i].days, "to_days %s", want);
		asn_date_format(asn_date_from_days(known[i].days), got);
		CHECK_STR(got, want, "from_days %ld", known[i].days);
	}

	/* Walk day by day from 1899-12-31 to 2200-01-01: each step is the next
	 * calendar day and the round trip holds. */
	prev = (asn_date){ 1899, 12, 31 };
	for (n = asn_date_to_days(prev) + 1; n <= asn_date_to_days((asn_date){ 2200, 1, 1 }); n++) {
		d = asn_date_from_days(n);
		next = prev.day < asn_date_days_in_month(prev.year, prev.month) ?
		    (asn_date){ prev.year, prev.month, prev.day + 1 } :
		    asn_date_first_of_next_month(prev);
		ok &= asn_date_cmp(d, next) == 0 && asn_date_to_days(d) == n;
		prev = d;
	}
	CHECK(ok, "every day 1900-2199 follows its predecessor and round-trips");

	asn_date_format(asn_date_from_days(LONG_MIN), got);
	CHECK_STR(got, "0000-01-01", "from_days clamps below");
	asn_date_format(asn_date_from_days(LONG_MAX), got);
	CHECK_STR(got, "9999-12-31", "from_days clamps above");
}

static void
test_cmp(void)
{
	asn_date a = { 2020, 5, 15 };

	CHECK_INT(asn_date_cmp(a, a), 0, "cmp equal");
	CHECK(asn_date_cmp(a, (asn_date){ 2020, 5, 16 }) < 0, "cmp by day");
	CHECK(asn_date_cmp(a, (asn_date){ 2020, 4, 30 }) > 0, "cmp by month");
	CHECK(asn_date_cmp(a, (asn_date){ 2021, 1, 1 }) < 0, "cmp by year");
	CHECK(asn_date_cmp((asn_date){ 2021, 1, 1 }, a) > 0, "cmp reversed");
}

static void
test_age(void)
{
	asn_date birth = { 1980, 5, 15 }, leap = { 2000, 2, 29 };

	CHECK_INT(asn_date_age(birth, (asn_date){ 2020, 5, 14 }), 39, "day before 40th birthday");
	CHECK_INT(asn_date_age(birth, (asn_date){ 2020, 5, 15 }), 40, "on 40th birthday");
	CHECK_INT(asn_date_age(birth, (asn_date){ 2020, 5, 16 }), 40, "day after 40th birthday");
	CHECK_INT(asn_date_age(birth, (asn_date){ 2020, 4, 30 }), 39, "month before birthday");
	CHECK_INT(asn_date_age(birth, (asn_date){ 2020, 12, 31 }), 40, "end of year");
	CHECK_INT(asn_date_age(birth, birth), 0, "age at birth");
	CHECK_INT(asn_date_age(birth, (asn_date){ 1981, 5, 14 }), 0, "day before first birthday");
	CHECK_INT(asn_date_age(leap, (asn_date){ 2001, 2, 28 }), 0, "leap birthday, 28 Feb common year");
	CHECK_INT(asn_date_age(leap, (asn_date){ 2001, 3, 1 }), 1, "leap birthday, 1 Mar common year");
	CHECK_INT(asn_date_age(leap, (asn_date){ 2004, 2, 28 }), 3, "leap birthday, 28 Feb leap year");
	CHECK_INT(asn_date_age(leap, (asn_date){ 2004, 2, 29 }), 4, "leap birthday, 29 Feb leap year");
	CHECK_INT(asn_date_age(leap, (asn_date){ 2058, 3, 1 }), 58, "leap birthday, BUP 58 in 2058");
	CHECK_INT(asn_date_age((asn_date){ 2000, 2, 28 }, (asn_date){ 2001, 2, 28 }), 1,
	    "28 Feb birthday completes on 28 Feb");
	CHECK_INT(asn_date_age((asn_date){ 2000, 3, 1 }, (asn_date){ 2004, 2, 29 }), 3,
	    "1 Mar birthday not completed on 29 Feb");
}

static void
test_next_month(void)
{
	char buf[11];

	asn_date_format(asn_date_first_of_next_month((asn_date){ 2020, 12, 15 }), buf);
	CHECK_STR(buf, "2021-01-01", "December goes to January of the next year");
	asn_date_format(asn_date_first_of_next_month((asn_date){ 2020, 1, 31 }), buf);
	CHECK_STR(buf, "2020-02-01", "31 January to 1 February");
	asn_date_format(asn_date_first_of_next_month((asn_date){ 2024, 2, 29 }), buf);
	CHECK_STR(buf, "2024-03-01", "leap day to 1 March");
	asn_date_format(asn_date_first_of_next_month((asn_date){ 2020, 6, 1 }), buf);
	CHECK_STR(buf, "2020-07-01", "first of a month to first of the next");
	asn_date_format(asn_date_first_of_next_month((asn_date){ 2199, 12, 31 }), buf);
	CHECK_STR(buf, "2200-01-01", "past the parse range");
}

static void
test_excel_serial(void)
{
	asn_date d;
	char buf[11];

	/* doc/design.md, The exports: 35828 = 1998-02-02; by hand, 1998-02-02 is day 10259
	 * from 1970-01-01 and 1899-12-30 is day -25569 */
	CHECK_INT(asn_date_parse_excel_serial("35828", 5, &d), 0, "serial 35828");
	asn_date_format(d, buf);
	CHECK_STR(buf, "1998-02-02", "35828 is 1998-02-02");
	CHECK_INT(asn_date_parse_excel_serial("35828.75", 8, &d), 0, "a time of day is ignored");
	asn_date_format(d, buf);
	CHECK_STR(buf, "1998-02-02", "35828.75 is 1998-02-02");
	CHECK_INT(asn_date_parse_excel_serial("61", 2, &d), 0, "serial 61");
	asn_date_format(d, buf);
	CHECK_STR(buf, "1900-03-01", "61 is 1900-03-01");
	CHECK_INT(asn_date_parse_excel_serial("59", 2, &d), 0, "serial 59");
	asn_date_format(d, buf);
	CHECK_STR(buf, "1900-02-28", "59 is 1900-02-28 (Excel's 1900 calendar)");
	CHECK_INT(asn_date_parse_excel_serial("1", 1, &d), 0, "serial 1");
	asn_date_format(d, buf);
	CHECK_STR(buf, "1900-01-01", "1 is 1900-01-01");
	CHECK_INT(asn_date_parse_excel_serial("60", 2, &d), -1, "60 is Excel's 1900-02-29: no date");
	CHECK_INT(asn_date_parse_excel_serial("0", 1, &d), -1, "0 is no date");
	CHECK_INT(asn_date_parse_excel_serial("19800101", 8, &d), -1, "8 digits are not a serial");
	CHECK_INT(asn_date_parse_excel_serial("12-05-1990", 10, &d), -1, "a date is not a serial");
	CHECK_INT(asn_date_parse_excel_serial("358.", 4, &d), -1, "a point needs digits after it");
	CHECK_INT(asn_date_parse_excel_serial("", 0, &d), -1, "empty");
	/* fuzz_import: a long run of digits once overflowed the serial */
	CHECK_INT(asn_date_parse_excel_serial("99999999999999999999999", 23, &d), -1,
	    "23 digits are no serial, and no overflow");
}

int
main(void)
{
	test_parse_table();
	test_parse_edges();
	test_parse_every_day();
	test_parse_iso();
	test_calendar();
	test_format();
	test_days();
	test_cmp();
	test_age();
	test_next_month();
	test_excel_serial();
	return TEST_DONE();
}
