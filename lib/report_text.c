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

/* The code point of the valid sequence of n bytes at s. */
static unsigned long decode(const unsigned char *s, size_t n)
{
	unsigned long c = n == 1 ? s[0] : s[0] & (0x7f >> n);
	size_t i;

	for (i = 1; i < n; i++)
		c = c << 6 | (s[i] & 0x3f);
	return c;
}

/* Marks that set the direction of the text around them (LRM, RLM, ALM, the
 * embeddings, overrides and isolates): a name holding one could make the
 * text after it read backwards, so a report shows names without them. */
static int bidi_control(unsigned long c)
{
	return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) ||
	       (c >= 0x2066 && c <= 0x2069);
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
		} else if (n > 1 && bidi_control(decode(s + i, n))) {
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

typedef struct {
	unsigned long lo, hi;
} span;

/* Code points a terminal draws in no column of their own: combining marks
 * of the scripts names are likely written in, zero-width spaces and
 * joiners, variation selectors. */
static const span zero_width[] = {
	{ 0x0300, 0x036f }, { 0x0483, 0x0489 }, { 0x0591, 0x05bd }, { 0x05bf, 0x05bf },
	{ 0x05c1, 0x05c2 }, { 0x05c4, 0x05c5 }, { 0x05c7, 0x05c7 }, { 0x0610, 0x061a },
	{ 0x064b, 0x065f }, { 0x0670, 0x0670 }, { 0x06d6, 0x06dc }, { 0x06df, 0x06e4 },
	{ 0x06e7, 0x06e8 }, { 0x06ea, 0x06ed }, { 0x0900, 0x0902 }, { 0x093a, 0x093a },
	{ 0x093c, 0x093c }, { 0x0941, 0x0948 }, { 0x094d, 0x094d }, { 0x0951, 0x0957 },
	{ 0x0e31, 0x0e31 }, { 0x0e34, 0x0e3a }, { 0x0e47, 0x0e4e }, { 0x1160, 0x11ff },
	{ 0x1a17, 0x1a18 }, { 0x1a1b, 0x1a1b }, { 0x1ab0, 0x1aff }, { 0x1b00, 0x1b03 },
	{ 0x1b34, 0x1b34 }, { 0x1b36, 0x1b3a }, { 0x1b3c, 0x1b3c }, { 0x1b42, 0x1b42 },
	{ 0x1b80, 0x1b81 }, { 0x1ba2, 0x1ba5 }, { 0x1ba8, 0x1ba9 }, { 0x1dc0, 0x1dff },
	{ 0x200b, 0x200d }, { 0x2060, 0x2064 }, { 0x20d0, 0x20ff }, { 0x302a, 0x302d },
	{ 0x3099, 0x309a }, { 0xa980, 0xa982 }, { 0xa9b3, 0xa9b3 }, { 0xa9b6, 0xa9b9 },
	{ 0xa9bc, 0xa9bd }, { 0xfe00, 0xfe0f }, { 0xfe20, 0xfe2f }, { 0xfeff, 0xfeff },
	{ 0xe0001, 0xe0001 }, { 0xe0020, 0xe007f }, { 0xe0100, 0xe01ef },
};

/* East Asian Wide and Fullwidth: CJK, kana, hangul, fullwidth forms and
 * the pictographs terminals draw as emoji, two columns each. */
static const span wide[] = {
	{ 0x1100, 0x115f }, { 0x231a, 0x231b }, { 0x2329, 0x232a }, { 0x23e9, 0x23ec },
	{ 0x23f0, 0x23f0 }, { 0x23f3, 0x23f3 }, { 0x25fd, 0x25fe }, { 0x2614, 0x2615 },
	{ 0x2648, 0x2653 }, { 0x267f, 0x267f }, { 0x2693, 0x2693 }, { 0x26a1, 0x26a1 },
	{ 0x26aa, 0x26ab }, { 0x26bd, 0x26be }, { 0x26c4, 0x26c5 }, { 0x26ce, 0x26ce },
	{ 0x26d4, 0x26d4 }, { 0x26ea, 0x26ea }, { 0x26f2, 0x26f3 }, { 0x26f5, 0x26f5 },
	{ 0x26fa, 0x26fa }, { 0x26fd, 0x26fd }, { 0x2705, 0x2705 }, { 0x270a, 0x270b },
	{ 0x2728, 0x2728 }, { 0x274c, 0x274c }, { 0x274e, 0x274e }, { 0x2753, 0x2755 },
	{ 0x2757, 0x2757 }, { 0x2795, 0x2797 }, { 0x27b0, 0x27b0 }, { 0x27bf, 0x27bf },
	{ 0x2b1b, 0x2b1c }, { 0x2b50, 0x2b50 }, { 0x2b55, 0x2b55 }, { 0x2e80, 0x3029 },
	{ 0x302e, 0x303e }, { 0x3041, 0x3098 }, { 0x309b, 0x33ff }, { 0x3400, 0x4dbf },
	{ 0x4e00, 0xa4cf }, { 0xa960, 0xa97f }, { 0xac00, 0xd7a3 }, { 0xf900, 0xfaff },
	{ 0xfe10, 0xfe19 }, { 0xfe30, 0xfe6f }, { 0xff00, 0xff60 }, { 0xffe0, 0xffe6 },
	{ 0x16fe0, 0x16fe4 }, { 0x17000, 0x18cff }, { 0x1b000, 0x1b2ff }, { 0x1f004, 0x1f004 },
	{ 0x1f0cf, 0x1f0cf }, { 0x1f18e, 0x1f18e }, { 0x1f191, 0x1f19a }, { 0x1f200, 0x1f202 },
	{ 0x1f210, 0x1f23b }, { 0x1f240, 0x1f248 }, { 0x1f250, 0x1f251 }, { 0x1f260, 0x1f265 },
	{ 0x1f300, 0x1f64f }, { 0x1f680, 0x1f6ff }, { 0x1f7e0, 0x1f7eb }, { 0x1f90c, 0x1f9ff },
	{ 0x1fa70, 0x1faff }, { 0x20000, 0x2fffd }, { 0x30000, 0x3fffd },
};

#define IN_TABLE(c, t) in_ranges(c, (t), sizeof(t) / sizeof((t)[0]))

static int in_ranges(unsigned long c, const span *r, size_t n)
{
	size_t lo = 0, hi = n, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (c > r[mid].hi)
			lo = mid + 1;
		else if (c < r[mid].lo)
			hi = mid;
		else
			return 1;
	}
	return 0;
}

/* Columns of the character at s, whose sequence is *n bytes long.  The
 * checks of a sequence stop at the first byte that is no continuation, so
 * they never read past the terminating NUL. */
static size_t char_columns(const char *str, size_t *n)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned long c;

	*n = sequence_length(s, 4);
	if (*n == 0) {
		*n = 1;
		return 1;
	}
	if (s[0] < 0xcc)
		return 1;
	c = decode(s, *n);
	if (IN_TABLE(c, zero_width))
		return 0;
	return IN_TABLE(c, wide) ? 2 : 1;
}

size_t asn_report_text_width(const char *s)
{
	size_t w = 0, n;

	while (*s) {
		w += char_columns(s, &n);
		s += n;
	}
	return w;
}

size_t asn_report_text_prefix(const char *s, size_t n)
{
	size_t i = 0, w = 0, len, cw;

	while (s[i]) {
		cw = char_columns(s + i, &len);
		if (w + cw > n)
			break;
		w += cw;
		i += len;
	}
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
