#include <string.h>

#include "cli.h"
#include "report_text.h"

/* Length of the well-formed UTF-8 sequence at s (at most len bytes), 0 if
 * the bytes do not form one. */
static size_t sequence_length(const unsigned char *s, size_t len)
{
	unsigned c = s[0];

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		return len >= 2 && (s[1] & 0xc0) == 0x80 ? 2 : 0;
	if (c >= 0xe0 && c <= 0xef) {
		if (len < 3 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80)
			return 0;
		if ((c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] > 0x9f))
			return 0;
		return 3;
	}
	if (c >= 0xf0 && c <= 0xf4) {
		if (len < 4 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80 ||
		    (s[3] & 0xc0) != 0x80)
			return 0;
		if ((c == 0xf0 && s[1] < 0x90) || (c == 0xf4 && s[1] > 0x8f))
			return 0;
		return 4;
	}
	return 0;
}

char *asn_report_text_clean(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str;
	char *out = asn_malloc(len * 3 + 1), *o = out;
	size_t i = 0, n;

	while (i < len) {
		n = sequence_length(s + i, len - i);
		if (n == 0) {
			memcpy(o, "\xef\xbf\xbd", 3);
			o += 3;
			i++;
		} else if (s[i] < 0x20 || s[i] == 0x7f || (s[i] == 0xc2 && s[i + 1] < 0xa0)) {
			*o++ = ' ';
			i += n;
		} else {
			memcpy(o, s + i, n);
			o += n;
			i += n;
		}
	}
	*o = '\0';
	return out;
}

size_t asn_report_text_width(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

size_t asn_report_text_prefix(const char *s, size_t n)
{
	size_t i = 0;

	for (; s[i]; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80 && n-- == 0)
			break;
	return i;
}

char *asn_report_text_truncate(const char *s, size_t max)
{
	size_t cut;
	char *out;

	if (asn_report_text_width(s) <= max)
		return asn_strdup(s);
	cut = max ? asn_report_text_prefix(s, max - 1) : 0;
	while (cut > 0 && s[cut - 1] == ' ')
		cut--;
	out = asn_malloc(cut + 4);
	memcpy(out, s, cut);
	if (max)
		memcpy(out + cut, "\xe2\x80\xa6", 4);
	else
		out[cut] = '\0';
	return out;
}
