#include <stddef.h>
#include <string.h>

#include "date.h"
#include "i18n.h"

enum { YEAR_MIN = 1900, YEAR_MAX = 2199 };

static const char err_shape[] =
	N_("not a date (expected YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or DD Month YYYY)");
static const char err_month_name[] = N_("unknown month name");
static const char err_year[] = N_("year out of range 1900-2199");
static const char err_month[] = N_("no such month (expected 1-12)");
static const char err_day[] = N_("no such day in the calendar");

/* Indonesian first, then English; the old spellings Pebruari and Nopember
 * still appear in regional records. */
static const struct {
	const char *name;
	int month;
} month_names[] = {
	{ "januari", 1 }, { "februari", 2 }, { "pebruari", 2 }, { "maret", 3 },
	{ "april", 4 }, { "mei", 5 }, { "juni", 6 }, { "juli", 7 },
	{ "agustus", 8 }, { "september", 9 }, { "oktober", 10 },
	{ "november", 11 }, { "nopember", 11 }, { "desember", 12 },
	{ "jan", 1 }, { "feb", 2 }, { "peb", 2 }, { "mar", 3 }, { "apr", 4 },
	{ "jun", 6 }, { "jul", 7 }, { "agu", 8 }, { "agt", 8 }, { "ags", 8 },
	{ "sep", 9 }, { "okt", 10 }, { "nov", 11 }, { "nop", 11 }, { "des", 12 },
	{ "january", 1 }, { "february", 2 }, { "march", 3 }, { "may", 5 },
	{ "june", 6 }, { "july", 7 }, { "august", 8 }, { "october", 10 },
	{ "december", 12 },
	{ "aug", 8 }, { "sept", 9 }, { "oct", 10 }, { "dec", 12 },
};

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
is_letter(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Value of the n characters at s, or -1 unless all are digits. */
static int
number(const char *s, size_t n)
{
	int v = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (!is_digit(s[i]))
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static size_t
span(const char *s, size_t len, size_t from, int (*accept)(char))
{
	size_t i;

	for (i = from; i < len && accept(s[i]); i++)
		;
	return i - from;
}

static int
month_from_name(const char *s, size_t n)
{
	size_t i, k;
	const char *name;

	for (i = 0; i < sizeof(month_names) / sizeof(month_names[0]); i++) {
		name = month_names[i].name;
		for (k = 0; k < n && name[k] != '\0'; k++)
			if (lower(s[k]) != name[k])
				break;
		if (k == n && name[k] == '\0')
			return month_names[i].month;
	}
	return 0;
}

static int
check(int year, int month, int day, asn_date *out, const char **err)
{
	const char *reason = NULL;

	if (year < YEAR_MIN || year > YEAR_MAX)
		reason = err_year;
	else if (month < 1 || month > 12)
		reason = err_month;
	else if (!asn_date_valid(year, month, day))
		reason = err_day;
	if (reason != NULL) {
		if (err != NULL)
			*err = reason;
		return -1;
	}
	out->year = year;
	out->month = month;
	out->day = day;
	return 0;
}

static int
fail(const char **err, const char *reason)
{
	if (err != NULL)
		*err = reason;
	return -1;
}

static int
is_iso_shape(const char *s, size_t len)
{
	return len == 10 && s[4] == '-' && s[7] == '-' &&
	    number(s, 4) >= 0 && number(s + 5, 2) >= 0 && number(s + 8, 2) >= 0;
}

int
asn_date_parse(const char *s, size_t len, asn_date *out, const char **err)
{
	size_t pos, n;
	int day, month, year;
	char sep;

	if (len == 0)
		return fail(err, err_shape);
	if (is_iso_shape(s, len))
		return check(number(s, 4), number(s + 5, 2), number(s + 8, 2), out, err);

	n = span(s, len, 0, is_digit);
	if (n < 1 || n > 2 || n == len)
		return fail(err, err_shape);
	day = number(s, n);
	pos = n;
	sep = s[pos++];
	if (sep == '-' || sep == '/') {
		n = span(s, len, pos, is_digit);
		if (n < 1 || n > 2)
			return fail(err, err_shape);
		month = number(s + pos, n);
		pos += n;
	} else if (sep == ' ') {
		n = span(s, len, pos, is_letter);
		if (n == 0)
			return fail(err, err_shape);
		month = month_from_name(s + pos, n);
		pos += n;
		if (pos < len && s[pos] == sep && len - pos - 1 == 4 &&
		    number(s + pos + 1, 4) >= 0 && month == 0)
			return fail(err, err_month_name);
	} else {
		return fail(err, err_shape);
	}
	if (pos >= len || s[pos] != sep || len - pos - 1 != 4)
		return fail(err, err_shape);
	year = number(s + pos + 1, 4);
	if (year < 0)
		return fail(err, err_shape);
	return check(year, month, day, out, err);
}

int
asn_date_parse_iso(const char *s, size_t len, asn_date *out)
{
	if (!is_iso_shape(s, len))
		return -1;
	return check(number(s, 4), number(s + 5, 2), number(s + 8, 2), out, NULL);
}

int
asn_date_is_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int
asn_date_days_in_month(int year, int month)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	if (month < 1 || month > 12)
		return 0;
	if (month == 2 && asn_date_is_leap(year))
		return 29;
	return days[month - 1];
}

int
asn_date_valid(int year, int month, int day)
{
	return year >= 0 && year <= 9999 && day >= 1 &&
	    day <= asn_date_days_in_month(year, month);
}

static void
put_digits(char *p, int v, int n)
{
	while (n-- > 0) {
		p[n] = (char)('0' + v % 10);
		v /= 10;
	}
}

void
asn_date_format(asn_date d, char buf[11])
{
	if (!asn_date_valid(d.year, d.month, d.day)) {
		memcpy(buf, "0000-00-00", 11);
		return;
	}
	put_digits(buf, d.year, 4);
	buf[4] = '-';
	put_digits(buf + 5, d.month, 2);
	buf[7] = '-';
	put_digits(buf + 8, d.day, 2);
	buf[10] = '\0';
}

/* Era arithmetic after H. Hinnant, "chrono-Compatible Low-Level Date
 * Algorithms": years counted from March so that the leap day ends the year. */
long
asn_date_to_days(asn_date d)
{
	long y, era, yoe, doy, doe;

	y = (long)d.year - (d.month <= 2);
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (d.month + (d.month > 2 ? -3 : 9)) + 2) / 5 + d.day - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

enum { DAYS_MIN = -719528, DAYS_MAX = 2932896 }; /* 0000-01-01, 9999-12-31 */

asn_date
asn_date_from_days(long days)
{
	asn_date d;
	long z, era, doe, yoe, doy, mp;

	if (days < DAYS_MIN)
		days = DAYS_MIN;
	if (days > DAYS_MAX)
		days = DAYS_MAX;
	z = days + 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d.day = (int)(doy - (153 * mp + 2) / 5 + 1);
	d.month = (int)(mp < 10 ? mp + 3 : mp - 9);
	d.year = (int)(yoe + era * 400 + (d.month <= 2));
	return d;
}

int
asn_date_cmp(asn_date a, asn_date b)
{
	if (a.year != b.year)
		return a.year < b.year ? -1 : 1;
	if (a.month != b.month)
		return a.month < b.month ? -1 : 1;
	if (a.day != b.day)
		return a.day < b.day ? -1 : 1;
	return 0;
}

/* Comparing (month, day) pairs puts 29 February after 28 February, so a
 * leap-day birthday completes its year on 1 March in common years. */
int
asn_date_age(asn_date birth, asn_date at)
{
	int age = at.year - birth.year;

	if (at.month < birth.month ||
	    (at.month == birth.month && at.day < birth.day))
		age--;
	return age;
}

asn_date
asn_date_first_of_next_month(asn_date d)
{
	asn_date next;

	next.year = d.month >= 12 ? d.year + 1 : d.year;
	next.month = d.month >= 12 ? 1 : d.month + 1;
	next.day = 1;
	return next;
}

int asn_date_parse_excel_serial(const char *s, size_t len, asn_date *out)
{
	size_t i, digits;
	long serial = 0;

	for (i = 0; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		if (i < 6)
			serial = serial * 10 + (s[i] - '0');
	digits = i;
	if (digits == 0 || digits > 5)
		return -1;
	if (i < len) {
		if (s[i] != '.' || i + 1 == len)
			return -1;
		for (i++; i < len; i++)
			if (s[i] < '0' || s[i] > '9')
				return -1;
	}
	if (serial < 1 || serial == 60)
		return -1;
	/* 1899-12-30 is day -25569 from 1970-01-01; before 1900-03-01 Excel
	 * counts a 29 February 1900 that never was */
	*out = asn_date_from_days(serial - 25569 + (serial < 60));
	return 0;
}
