#include <math.h>
#include <stdio.h>
#include <string.h>

#include "numfmt.h"

const asn_numfmt asn_numfmt_id = { '.', ',' };
const asn_numfmt asn_numfmt_en = { ',', '.' };

static int all_zero(const char *s)
{
	for (; *s; s++)
		if (*s != '0' && *s != '.')
			return 0;
	return 1;
}

char *asn_numfmt_format(const asn_numfmt *f, double v, int decimals, int flags,
                        char *buf, size_t size)
{
	char raw[400], out[600];
	const char *digits, *point;
	size_t nint, i, n = 0;
	int negative;

	if (size == 0)
		return buf;
	buf[0] = '\0';
	if (!isfinite(v) || fabs(v) >= 1e300)
		return buf;
	if (decimals < 0)
		decimals = 0;
	if (decimals > 9)
		decimals = 9;
	snprintf(raw, sizeof raw, "%.*f", decimals, v);
	negative = raw[0] == '-';
	digits = raw + negative;
	if (all_zero(digits))
		negative = 0;
	if ((flags & ASN_NUMFMT_TRIM) && decimals > 0) {
		point = strchr(digits, '.');
		if (point && all_zero(point + 1))
			raw[point - raw] = '\0';
	}
	point = strchr(digits, '.');
	nint = point ? (size_t)(point - digits) : strlen(digits);
	if (negative)
		out[n++] = '-';
	else if ((flags & ASN_NUMFMT_PLUS) && !all_zero(digits))
		out[n++] = '+';
	for (i = 0; i < nint; i++) {
		if (i > 0 && (nint - i) % 3 == 0)
			out[n++] = f->group;
		out[n++] = digits[i];
	}
	if (point) {
		out[n++] = f->decimal;
		for (i = 1; point[i]; i++)
			out[n++] = point[i];
	}
	out[n] = '\0';
	snprintf(buf, size, "%s", out);
	return buf;
}

char *asn_numfmt_percent(const asn_numfmt *f, double share, int decimals,
                         char *buf, size_t size)
{
	size_t n;

	asn_numfmt_format(f, share * 100.0, decimals, 0, buf, size);
	n = strlen(buf);
	if (n > 0 && n + 1 < size) {
		buf[n] = '%';
		buf[n + 1] = '\0';
	}
	return buf;
}
