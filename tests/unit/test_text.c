#include "test.h"
#include "text.h"

static int valid(const char *s)
{
	return asn_utf8_valid(s, strlen(s));
}

int main(void)
{
	char buf[64];
	int i;

	CHECK(valid(""), "empty is valid");
	CHECK(valid("Kabupaten Mamuju"), "ASCII");
	CHECK(valid("caf\xc3\xa9 \xe2\x80\x93 \xf0\x9f\x99\x82"), "2, 3 and 4 byte sequences");
	CHECK(!valid("caf\xe9"), "Latin-1 byte");
	CHECK(!valid("\xc0\xaf"), "overlong 2-byte");
	CHECK(!valid("\xe0\x80\xaf"), "overlong 3-byte");
	CHECK(!valid("\xed\xa0\x80"), "surrogate");
	CHECK(!valid("\xf4\x90\x80\x80"), "above U+10FFFF");
	CHECK(!valid("\xf5\x80\x80\x80"), "F5 lead byte");
	CHECK(!valid("\x80"), "lone continuation byte");
	CHECK(!valid("ab\xc3"), "truncated at the end");
	CHECK(asn_utf8_valid("a\0b", 3), "NUL is valid UTF-8 (the CSV reader refuses it)");
	/* a bad byte at every offset around the 8-byte ASCII fast path */
	for (i = 0; i < 20; i++) {
		memset(buf, 'x', 20);
		buf[i] = (char)0xff;
		CHECK(!asn_utf8_valid(buf, 20), "0xff at offset %d of 20", i);
	}
	memset(buf, 'x', 20);
	memcpy(buf + 15, "\xc3\xa9", 2);
	CHECK(asn_utf8_valid(buf, 20), "2-byte sequence after an ASCII run");
	CHECK(!asn_utf8_valid(buf, 16), "sequence cut by the length");

	CHECK(asn_glob_match("Guru *", "Guru Ahli Muda"), "prefix glob");
	CHECK(asn_glob_match("guru *", "GURU Ahli Muda"), "case-insensitive");
	CHECK(!asn_glob_match("Guru *", "Guru"), "star after a space needs the space");
	CHECK(asn_glob_match("* Ahli Muda", "Perawat Ahli Muda"), "suffix glob");
	CHECK(!asn_glob_match("* Ahli Muda", "Perawat Ahli Muda Lagi"), "suffix must end the name");
	CHECK(asn_glob_match("Kepala ?eksi*", "Kepala Seksi Umum"), "question mark");
	CHECK(asn_glob_match("*", ""), "star matches empty");
	CHECK(asn_glob_match("", ""), "empty matches empty");
	CHECK(!asn_glob_match("", "x"), "empty matches only empty");
	CHECK(asn_glob_match("a*b*c", "aXXbYYc"), "several stars");
	CHECK(!asn_glob_match("a*b*c", "aXXbYY"), "several stars, no match");
	CHECK(asn_glob_match("**x", "abx"), "double star");
	return TEST_DONE();
}
