#include <math.h>
#include <stdio.h>

#include "numfmt.h"
#include "test.h"

static const struct {
	double v;
	int decimals, flags;
	const char *id, *en;
} cases[] = {
	{ 0, 0, 0, "0", "0" },
	{ 7, 0, 0, "7", "7" },
	{ 999, 0, 0, "999", "999" },
	{ 1000, 0, 0, "1.000", "1,000" },
	{ 1234.5, 1, 0, "1.234,5", "1,234.5" },
	{ 1234.5, 0, 0, "1.234", "1,234" },          /* printf rounds half to even */
	{ 1234.56, 1, 0, "1.234,6", "1,234.6" },
	{ 999999.96, 1, 0, "1.000.000,0", "1,000,000.0" },
	{ 1234567, 0, 0, "1.234.567", "1,234,567" },
	{ -1234.5, 1, 0, "-1.234,5", "-1,234.5" },
	{ -0.04, 1, 0, "0,0", "0.0" },               /* never "-0,0" */
	{ -0.4, 0, 0, "0", "0" },
	{ 12, 1, ASN_NUMFMT_TRIM, "12", "12" },
	{ 12.25, 2, ASN_NUMFMT_TRIM, "12,25", "12.25" },
	{ 12.04, 1, ASN_NUMFMT_TRIM, "12", "12" },
	{ 5, 0, ASN_NUMFMT_PLUS, "+5", "+5" },
	{ 0, 0, ASN_NUMFMT_PLUS, "0", "0" },
	{ -5, 0, ASN_NUMFMT_PLUS, "-5", "-5" },
	{ 1500, 1, ASN_NUMFMT_PLUS | ASN_NUMFMT_TRIM, "+1.500", "+1,500" },
	{ 76.61, 2, 0, "76,61", "76.61" },
};

int main(void)
{
	char buf[64], small[4];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		CHECK_STR(asn_numfmt_format(&asn_numfmt_id, cases[i].v, cases[i].decimals,
		                            cases[i].flags, buf, sizeof buf),
		          cases[i].id, "id %g with %d decimals", cases[i].v, cases[i].decimals);
		CHECK_STR(asn_numfmt_format(&asn_numfmt_en, cases[i].v, cases[i].decimals,
		                            cases[i].flags, buf, sizeof buf),
		          cases[i].en, "en %g with %d decimals", cases[i].v, cases[i].decimals);
	}
	CHECK_STR(asn_numfmt_format(&asn_numfmt_id, NAN, 1, 0, buf, sizeof buf), "", "NaN is empty");
	CHECK_STR(asn_numfmt_format(&asn_numfmt_id, INFINITY, 1, 0, buf, sizeof buf), "",
	          "infinity is empty");
	CHECK_STR(asn_numfmt_format(&asn_numfmt_id, 1e12, 0, 0, buf, sizeof buf),
	          "1.000.000.000.000", "large value grouped");
	CHECK_STR(asn_numfmt_format(&asn_numfmt_id, 123456, 0, 0, small, sizeof small), "123",
	          "a small buffer gets a terminated prefix");
	CHECK_STR(asn_numfmt_percent(&asn_numfmt_id, 0.125, 1, buf, sizeof buf), "12,5%",
	          "percent id");
	CHECK_STR(asn_numfmt_percent(&asn_numfmt_en, 1, 0, buf, sizeof buf), "100%", "percent en");
	CHECK_STR(asn_numfmt_percent(&asn_numfmt_en, NAN, 0, buf, sizeof buf), "", "percent NaN");
	return TEST_DONE();
}
