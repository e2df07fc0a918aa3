/* The checks and conversions the readers of the report's inputs share. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "input.h"
#include "report_field.h"
#include "report_text.h"

#define COUNT_MAX 1e12
#define MONEY_MAX 1e15
const report_range REPORT_COUNT = { 0, COUNT_MAX, N_("a number from 0 to 1e12") };
const report_range REPORT_SIGNED = { -COUNT_MAX, COUNT_MAX, N_("a number from -1e12 to 1e12") };
const report_range REPORT_SHARE = { 0, 1, N_("a share from 0 to 1") };
const report_range REPORT_IKM = { 25, 100, N_("an IKM from 25 to 100") };
const report_range REPORT_MONEY = { 0, MONEY_MAX, N_("an amount from 0 to 1e15") };
const report_range REPORT_MONEY_SIGNED = { -MONEY_MAX, MONEY_MAX,
                                           N_("an amount from -1e15 to 1e15") };

int report_reject(report_input *in, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(in->reason, sizeof in->reason, gettext(fmt), ap);
	va_end(ap);
	return -1;
}

const char *report_field(const asn_csv_record *rec, int col)
{
	return col >= 0 && (size_t)col < rec->nfields ? rec->fields[col] : "";
}

char *report_clean_field(const asn_csv_record *rec, int col)
{
	if (col < 0 || (size_t)col >= rec->nfields)
		return asn_strdup("");
	return asn_report_text_clean(rec->fields[col], rec->lengths[col]);
}

int report_number(report_input *in, const asn_csv_record *rec, int col, int optional,
                  const report_range *r, double *out)
{
	const char *s = report_field(rec, col);

	*out = NAN;
	if (col < 0)
		return 0;
	if (!*s) {
		if (optional)
			return 0;
		return report_reject(in, "%s is empty (expected a number)", in->table.names[col]);
	}
	if (asn_number_parse(s, ASN_NUMBER_SIGN | ASN_NUMBER_EXPONENT, out) != 0) {
		*out = NAN;
		return report_reject(in, "%s '%s': expected a number", in->table.names[col], s);
	}
	if (!(*out >= r->lo && *out <= r->hi)) {
		*out = NAN;
		return report_reject(in, "%s '%s': expected %s", in->table.names[col], s,
		                     gettext(r->expected));
	}
	return 0;
}

int report_tahun(report_input *in, const asn_csv_record *rec, int col, int *year)
{
	static const report_range YEAR = { 0, 9999, N_("a year") };
	double v;

	if (report_number(in, rec, col, 0, &YEAR, &v))
		return -1;
	if (v != floor(v) || v < 1900 || v > 2199)
		return report_reject(in, "tahun '%s': expected a year", report_field(rec, col));
	*year = (int)v;
	return 0;
}

size_t report_hash_text(const char *s)
{
	size_t h = 2166136261u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 16777619u;
	return h;
}
