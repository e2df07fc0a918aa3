#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "text.h"

int asn_utf8_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str, *end = s + len;
	unsigned c;

	while (s < end) {
		c = *s;
		if (c < 0x80) {
			uint64_t w;

			/* ASCII runs, the usual case, eight bytes at a time */
			while (end - s >= 8 && (memcpy(&w, s, 8), (w & 0x8080808080808080ULL) == 0))
				s += 8;
			if (s < end && *s < 0x80)
				s++;
		} else if (c >= 0xc2 && c <= 0xdf) {
			if (end - s < 2 || (s[1] & 0xc0) != 0x80)
				return 0;
			s += 2;
		} else if (c >= 0xe0 && c <= 0xef) {
			if (end - s < 3 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80 ||
			    (c == 0xe0 && s[1] < 0xa0) || (c == 0xed && s[1] > 0x9f))
				return 0;
			s += 3;
		} else if (c >= 0xf0 && c <= 0xf4) {
			if (end - s < 4 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80 ||
			    (s[3] & 0xc0) != 0x80 || (c == 0xf0 && s[1] < 0x90) ||
			    (c == 0xf4 && s[1] > 0x8f))
				return 0;
			s += 4;
		} else {
			return 0;
		}
	}
	return 1;
}

int asn_glob_match(const char *p, const char *s)
{
	const char *star = NULL, *resume = NULL;

	while (*s) {
		if (*p == '*') {
			star = p++;
			resume = s;
		} else if (*p == '?' || (*p && tolower((unsigned char)*p) == tolower((unsigned char)*s))) {
			p++;
			s++;
		} else if (star) {
			p = star + 1;
			s = ++resume;
		} else {
			return 0;
		}
	}
	while (*p == '*')
		p++;
	return *p == '\0';
}
