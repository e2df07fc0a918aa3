#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
require(int cond)
{
	if (!cond)
		abort();
}

static void
check_days(const uint8_t *data, size_t size)
{
	long days = 0;
	asn_date d;
	size_t i;

	for (i = 0; i < size && i < 4; i++)
		days = days * 256 + data[i];
	days -= 1L << 31;
	d = asn_date_from_days(days);
	require(asn_date_valid(d.year, d.month, d.day));
	if (days >= -719528 && days <= 2932896)
		require(asn_date_to_days(d) == days);
}

static void
check_date(asn_date d, const char *s, size_t size)
{
	asn_date again, next;
	char iso[11];
	long days;

	require(d.year >= 1900 && d.year <= 2199);
	require(asn_date_valid(d.year, d.month, d.day));

	asn_date_format(d, iso);
	require(strlen(iso) == 10);
	require(asn_date_parse_iso(iso, 10, &again) == 0 && asn_date_cmp(d, again) == 0);
	require(asn_date_parse(iso, 10, &again, NULL) == 0 && asn_date_cmp(d, again) == 0);
	if (size == 10 && memcmp(s, iso, 10) == 0)
		require(asn_date_parse_iso(s, size, &again) == 0);

	days = asn_date_to_days(d);
	require(asn_date_cmp(asn_date_from_days(days), d) == 0);
	require(asn_date_cmp(asn_date_from_days(days + 1), d) > 0);
	require(asn_date_cmp(asn_date_from_days(days - 1), d) < 0);
	require(asn_date_to_days(asn_date_from_days(days + 1)) == days + 1);

	next = asn_date_first_of_next_month(d);
	require(next.day == 1 && asn_date_valid(next.year, next.month, next.day));
	require(asn_date_to_days(next) - days >= 1 && asn_date_to_days(next) - days <= 31);
	require(asn_date_to_days(next) - days ==
	    asn_date_days_in_month(d.year, d.month) - d.day + 1);

	require(asn_date_age(d, d) == 0);
	require(asn_date_age(d, next) == 0);
	require(asn_date_age(d, asn_date_from_days(days - 1)) == -1);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	const char *err = NULL;
	asn_date d, iso;

	check_days(data, size);
	if (asn_date_parse(s, size, &d, &err) != 0) {
		require(err != NULL && err[0] != '\0');
		require(asn_date_parse_iso(s, size, &iso) != 0);
		return 0;
	}
	require(err == NULL);
	if (asn_date_parse_iso(s, size, &iso) == 0)
		require(asn_date_cmp(d, iso) == 0);
	check_date(d, s, size);
	return 0;
}
