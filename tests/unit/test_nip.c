#include <stdio.h>
#include <string.h>

#include "date.h"
#include "nip.h"
#include "test.h"

/* A NIP, the kind to decode it as, and either its fields or the two
 * reasons (static, detailed) it is refused with. */
static const struct {
	const char *in;
	asn_nip_kind kind;
	const char *reason;
	const char *detail;
	asn_nip want;
} parse_cases[] = {
	{ "198001012005011001", ASN_NIP_PNS, NULL, NULL,
	    { ASN_NIP_PNS, { 1980, 1, 1 }, 2005, 1, 0, 1, 1 } },
	{ "197512312000122999", ASN_NIP_PNS, NULL, NULL,
	    { ASN_NIP_PNS, { 1975, 12, 31 }, 2000, 12, 0, 2, 999 } },
	{ "198402292009032010", ASN_NIP_PNS, NULL, NULL,
	    { ASN_NIP_PNS, { 1984, 2, 29 }, 2009, 3, 0, 2, 10 } },
	{ "200002292019061100", ASN_NIP_PNS, NULL, NULL,
	    { ASN_NIP_PNS, { 2000, 2, 29 }, 2019, 6, 0, 1, 100 } },
	{ "199001012022211001", ASN_NIP_PPPK, NULL, NULL,
	    { ASN_NIP_PPPK, { 1990, 1, 1 }, 2022, 0, 21, 1, 1 } },
	{ "198505152021132045", ASN_NIP_PPPK, NULL, NULL,
	    { ASN_NIP_PPPK, { 1985, 5, 15 }, 2021, 0, 13, 2, 45 } },
	{ "198505152021002045", ASN_NIP_PPPK, NULL, NULL,
	    { ASN_NIP_PPPK, { 1985, 5, 15 }, 2021, 0, 0, 2, 45 } },
	{ "190001012000011001", ASN_NIP_PNS, NULL, NULL,
	    { ASN_NIP_PNS, { 1900, 1, 1 }, 2000, 1, 0, 1, 1 } },
	{ "198001011980011001", ASN_NIP_PNS, NULL, NULL,
	    { ASN_NIP_PNS, { 1980, 1, 1 }, 1980, 1, 0, 1, 1 } },

	{ "19800101200501100", ASN_NIP_PNS,
	    "expected 18 digits", "expected 18 digits, got 17", { 0 } },
	{ "1980010120050110011", ASN_NIP_PNS,
	    "expected 18 digits", "expected 18 digits, got 19", { 0 } },
	{ "", ASN_NIP_PNS, "expected 18 digits", "expected 18 digits, got 0", { 0 } },
	{ "1", ASN_NIP_PPPK, "expected 18 digits", "expected 18 digits, got 1", { 0 } },
	{ "198001012005011001 ", ASN_NIP_PNS, "expected 18 digits",
	    "expected 18 digits, got 19; non-digit character ' ' at position 19", { 0 } },
	{ " 198001012005011001", ASN_NIP_PNS, "expected 18 digits",
	    "expected 18 digits, got 19; non-digit character ' ' at position 1", { 0 } },
	{ "19800101 200501 1 001", ASN_NIP_PNS, "expected 18 digits",
	    "expected 18 digits, got 21; non-digit character ' ' at position 9", { 0 } },
	{ "1.98001012005011E+17", ASN_NIP_PNS, "expected 18 digits",
	    "expected 18 digits, got 20; non-digit character '.' at position 2", { 0 } },
	{ "1980x101200501100", ASN_NIP_PNS, "expected 18 digits",
	    "expected 18 digits, got 17; non-digit character 'x' at position 5", { 0 } },
	{ "1980x1012005011001", ASN_NIP_PNS,
	    "non-digit character", "non-digit character 'x' at position 5", { 0 } },
	{ "19800101200501100O", ASN_NIP_PNS,
	    "non-digit character", "non-digit character 'O' at position 18", { 0 } },
	{ "-98001012005011001", ASN_NIP_PNS,
	    "non-digit character", "non-digit character '-' at position 1", { 0 } },
	{ "19800101200501100\t", ASN_NIP_PNS,
	    "non-digit character", "non-digit byte 0x09 at position 18", { 0 } },
	/* U+FF11 FULLWIDTH DIGIT ONE is three bytes but one character. */
	{ "\xef\xbc\x91" "98001012005011001", ASN_NIP_PNS,
	    "non-digit character", "non-digit byte 0xef at position 1", { 0 } },
	{ "\xef\xbc\x91" "9800101200501100", ASN_NIP_PNS, "expected 18 digits",
	    "expected 18 digits, got 17; non-digit byte 0xef at position 1", { 0 } },
	{ "1980\xc3\xa9" "1012005011001", ASN_NIP_PNS,
	    "non-digit character", "non-digit byte 0xc3 at position 5", { 0 } },
	/* A stray continuation byte is not part of the digit before it. */
	{ "19840229200802\x88" "3010", ASN_NIP_PNS, "expected 18 digits",
	    "expected 18 digits, got 19; non-digit byte 0x88 at position 15", { 0 } },
	{ "\x88" "98001012005011001", ASN_NIP_PNS,
	    "non-digit character", "non-digit byte 0x88 at position 1", { 0 } },
	{ "1980010120050110\x80\x80", ASN_NIP_PNS, "expected 18 digits",
	    "expected 18 digits, got 17; non-digit byte 0x80 at position 17", { 0 } },

	{ "198013012005011001", ASN_NIP_PNS, "birth date in NIP is not a calendar date",
	    "birth date 19801301 is not a calendar date", { 0 } },
	{ "198000012005011001", ASN_NIP_PNS, "birth date in NIP is not a calendar date",
	    "birth date 19800001 is not a calendar date", { 0 } },
	{ "198001002005011001", ASN_NIP_PNS, "birth date in NIP is not a calendar date",
	    "birth date 19800100 is not a calendar date", { 0 } },
	{ "198101322005011001", ASN_NIP_PNS, "birth date in NIP is not a calendar date",
	    "birth date 19810132 is not a calendar date", { 0 } },
	{ "198302292005011001", ASN_NIP_PNS, "birth date in NIP is not a calendar date",
	    "birth date 19830229 is not a calendar date", { 0 } },
	{ "190002292005011001", ASN_NIP_PNS, "birth date in NIP is not a calendar date",
	    "birth date 19000229 is not a calendar date", { 0 } },
	{ "198004312005011001", ASN_NIP_PPPK, "birth date in NIP is not a calendar date",
	    "birth date 19800431 is not a calendar date", { 0 } },
	{ "189912312005011001", ASN_NIP_PNS, "birth year in NIP out of range 1900-2199",
	    "birth year 1899 out of range 1900-2199", { 0 } },
	{ "000001012005011001", ASN_NIP_PNS, "birth year in NIP out of range 1900-2199",
	    "birth year 0000 out of range 1900-2199", { 0 } },

	{ "198001012005131001", ASN_NIP_PNS, "TMT month in NIP out of range (expected 01-12)",
	    "TMT month 13 (expected 01-12)", { 0 } },
	{ "198001012005001001", ASN_NIP_PNS, "TMT month in NIP out of range (expected 01-12)",
	    "TMT month 00 (expected 01-12)", { 0 } },
	{ "198001012005991001", ASN_NIP_PNS, "TMT month in NIP out of range (expected 01-12)",
	    "TMT month 99 (expected 01-12)", { 0 } },
	{ "198001011890011001", ASN_NIP_PNS, "TMT year in NIP before birth year",
	    "TMT year 1890 before birth year 1980", { 0 } },
	{ "198001011979121001", ASN_NIP_PNS, "TMT year in NIP before birth year",
	    "TMT year 1979 before birth year 1980", { 0 } },
	{ "198001012200011001", ASN_NIP_PNS, "TMT year in NIP out of range 1900-2199",
	    "TMT year 2200 out of range 1900-2199", { 0 } },
	{ "199001011989211001", ASN_NIP_PPPK, "appointment year in NIP before birth year",
	    "appointment year 1989 before birth year 1990", { 0 } },
	{ "199001019999211001", ASN_NIP_PPPK, "appointment year in NIP out of range 1900-2199",
	    "appointment year 9999 out of range 1900-2199", { 0 } },

	{ "198001012005013001", ASN_NIP_PNS, "gender digit 3 (expected 1 or 2)",
	    "gender digit 3 (expected 1 or 2)", { 0 } },
	{ "198001012005010001", ASN_NIP_PNS, "gender digit 0 (expected 1 or 2)",
	    "gender digit 0 (expected 1 or 2)", { 0 } },
	{ "199001012022219001", ASN_NIP_PPPK, "gender digit 9 (expected 1 or 2)",
	    "gender digit 9 (expected 1 or 2)", { 0 } },
	{ "198001012005011000", ASN_NIP_PNS, "serial 000 (expected 001-999)",
	    "serial 000 (expected 001-999)", { 0 } },
	{ "199001012022212000", ASN_NIP_PPPK, "serial 000 (expected 001-999)",
	    "serial 000 (expected 001-999)", { 0 } },
};

static int
same_nip(const asn_nip *a, const asn_nip *b)
{
	return a->kind == b->kind && asn_date_cmp(a->birth, b->birth) == 0 &&
	    a->tmt_year == b->tmt_year && a->tmt_month == b->tmt_month &&
	    a->pppk_code == b->pppk_code && a->gender == b->gender &&
	    a->serial == b->serial;
}

/* The input as a TAP description may show it: non-ASCII bytes escaped. */
static const char *
shown(const char *s, char *buf, size_t size)
{
	size_t n = 0;

	for (; *s != '\0' && n + 5 < size; s++) {
		if ((unsigned char)*s < 0x20 || (unsigned char)*s >= 0x7f)
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
	size_t i, len;
	asn_nip got;
	const char *err, *in;
	char detail[128], text[96];
	int rc;

	for (i = 0; i < sizeof(parse_cases) / sizeof(parse_cases[0]); i++) {
		in = shown(parse_cases[i].in, text, sizeof(text));
		len = strlen(parse_cases[i].in);
		err = NULL;
		memset(&got, 0, sizeof(got));
		rc = asn_nip_parse(parse_cases[i].in, len, parse_cases[i].kind, &got, &err);
		if (parse_cases[i].reason == NULL) {
			CHECK_INT(rc, 0, "nip '%s' parses", in);
			CHECK(same_nip(&got, &parse_cases[i].want), "nip '%s' fields", in);
			detail[0] = '\0';
			rc = asn_nip_parse_reason(parse_cases[i].in, len,
			    parse_cases[i].kind, &got, detail, sizeof(detail));
			CHECK(rc == 0 && detail[0] == '\0', "nip '%s' parses with reason buffer", in);
			continue;
		}
		CHECK_INT(rc, -1, "nip '%s' refused", in);
		CHECK_STR(err, parse_cases[i].reason, "nip '%s' static reason", in);
		rc = asn_nip_parse_reason(parse_cases[i].in, len, parse_cases[i].kind,
		    &got, detail, sizeof(detail));
		CHECK_INT(rc, -1, "nip '%s' refused with reason buffer", in);
		CHECK_STR(detail, parse_cases[i].detail, "nip '%s' detailed reason", in);
	}
}

static void
test_parse_edges(void)
{
	asn_nip n = { ASN_NIP_PNS, { 1, 2, 3 }, 4, 5, 6, 7, 8 }, before = n;
	const char *err = NULL;
	char small[12];

	CHECK_INT(asn_nip_parse("1980010120050110019", 18, ASN_NIP_PNS, &n, &err), 0,
	    "len bounds the input");
	CHECK_INT(n.serial, 1, "len bounds the input: serial 001");
	n = before;
	CHECK_INT(asn_nip_parse("198001012005131001", 18, ASN_NIP_PNS, &n, NULL), -1,
	    "err may be NULL");
	CHECK(same_nip(&n, &before), "failure leaves out alone");
	CHECK_INT(asn_nip_parse("19800101200501\0" "001", 18, ASN_NIP_PNS, &n, &err), -1,
	    "embedded NUL refused");
	CHECK_STR(err, "non-digit character", "embedded NUL: non-digit character");
	CHECK_INT(asn_nip_parse_reason("1980", 4, ASN_NIP_PNS, &n, NULL, 0), -1,
	    "reason buffer may be NULL");
	CHECK_INT(asn_nip_parse_reason("1980", 4, ASN_NIP_PNS, &n, small, sizeof(small)), -1,
	    "small reason buffer");
	CHECK_STR(small, "expected 18", "reason truncated to the buffer");
	/* A PNS NIP read as PPPK: digits 13-14 become the code. */
	CHECK_INT(asn_nip_parse("198001012005011001", 18, ASN_NIP_PPPK, &n, &err), 0,
	    "PNS digits read as PPPK");
	CHECK(n.kind == ASN_NIP_PPPK && n.tmt_year == 2005 && n.tmt_month == 0 &&
	    n.pppk_code == 1, "PNS digits read as PPPK: code 01, no month");
	CHECK_INT(asn_nip_parse("199001012022211001", 18, ASN_NIP_PNS, &n, &err), -1,
	    "PPPK digits read as PNS");
	CHECK_STR(err, "TMT month in NIP out of range (expected 01-12)",
	    "PPPK digits read as PNS: month 21");
}

static void
test_guess_kind(void)
{
	CHECK_INT(asn_nip_guess_kind("198001012005011001", 18), ASN_NIP_PNS, "month 01 is PNS");
	CHECK_INT(asn_nip_guess_kind("198001012005121001", 18), ASN_NIP_PNS, "month 12 is PNS");
	CHECK_INT(asn_nip_guess_kind("198001012005131001", 18), ASN_NIP_PPPK, "13 is PPPK");
	CHECK_INT(asn_nip_guess_kind("199001012022211001", 18), ASN_NIP_PPPK, "21 is PPPK");
	CHECK_INT(asn_nip_guess_kind("199001012022991001", 18), ASN_NIP_PPPK, "99 is PPPK");
	CHECK_INT(asn_nip_guess_kind("198001012005001001", 18), ASN_NIP_PNS, "00 is PNS");
	CHECK_INT(asn_nip_guess_kind("1990010120222", 13), ASN_NIP_PNS, "too short is PNS");
	CHECK_INT(asn_nip_guess_kind("19900101202221", 14), ASN_NIP_PPPK, "14 digits suffice");
	CHECK_INT(asn_nip_guess_kind("1990010120222x1001", 18), ASN_NIP_PNS, "non-digit is PNS");
	CHECK_INT(asn_nip_guess_kind("", 0), ASN_NIP_PNS, "empty is PNS");
}

static void
test_check(void)
{
	asn_nip pns, pppk;
	asn_date birth = { 1980, 1, 1 }, pppk_birth = { 1990, 1, 1 }, tmt;
	char buf[160];

	asn_nip_parse("198001012005011001", 18, ASN_NIP_PNS, &pns, NULL);
	asn_nip_parse("199001012022212001", 18, ASN_NIP_PPPK, &pppk, NULL);

	tmt = (asn_date){ 2005, 1, 1 };
	buf[0] = '\0';
	CHECK_INT(asn_nip_check(&pns, birth, 'L', &tmt, buf, sizeof(buf)), 0, "PNS agrees");
	CHECK_STR(buf, "", "agreement writes nothing");
	tmt = (asn_date){ 2005, 1, 31 };
	CHECK_INT(asn_nip_check(&pns, birth, 'L', &tmt, buf, sizeof(buf)), 0,
	    "TMT day does not matter");
	CHECK_INT(asn_nip_check(&pns, birth, 0, NULL, buf, sizeof(buf)), 0,
	    "gender and TMT skipped");

	CHECK_INT(asn_nip_check(&pns, (asn_date){ 1980, 1, 2 }, 'L', NULL, buf, sizeof(buf)),
	    -1, "birth date differs");
	CHECK_STR(buf, "tanggal_lahir 1980-01-02 does not match NIP birth date 1980-01-01",
	    "birth date message");
	CHECK_INT(asn_nip_check(&pns, (asn_date){ 1981, 1, 1 }, 'L', NULL, buf, sizeof(buf)),
	    -1, "birth year differs");
	CHECK_STR(buf, "tanggal_lahir 1981-01-01 does not match NIP birth date 1980-01-01",
	    "birth year message");

	CHECK_INT(asn_nip_check(&pns, birth, 'P', NULL, buf, sizeof(buf)), -1,
	    "gender differs");
	CHECK_STR(buf, "jenis_kelamin P does not match NIP gender digit 1 (L)",
	    "gender message");
	CHECK_INT(asn_nip_check(&pppk, pppk_birth, 'L', NULL, buf, sizeof(buf)), -1,
	    "gender differs (wanita)");
	CHECK_STR(buf, "jenis_kelamin L does not match NIP gender digit 2 (P)",
	    "gender message (wanita)");
	CHECK_INT(asn_nip_check(&pns, birth, 'X', NULL, buf, sizeof(buf)), -1,
	    "gender neither L nor P");
	CHECK_STR(buf, "jenis_kelamin X does not match NIP gender digit 1 (L)",
	    "gender neither L nor P message");
	CHECK_INT(asn_nip_check(&pns, birth, 'l', NULL, buf, sizeof(buf)), -1,
	    "gender is case-sensitive");

	tmt = (asn_date){ 2005, 3, 1 };
	CHECK_INT(asn_nip_check(&pns, birth, 'L', &tmt, buf, sizeof(buf)), -1,
	    "TMT month differs");
	CHECK_STR(buf, "tmt_cpns 2005-03-01 does not match NIP TMT 2005-01",
	    "TMT month message");
	tmt = (asn_date){ 2006, 1, 1 };
	CHECK_INT(asn_nip_check(&pns, birth, 'L', &tmt, buf, sizeof(buf)), -1,
	    "TMT year differs");
	CHECK_STR(buf, "tmt_cpns 2006-01-01 does not match NIP TMT 2005-01",
	    "TMT year message");

	tmt = (asn_date){ 1980, 1, 2 };
	CHECK_INT(asn_nip_check(&pns, tmt, 'P', &tmt, buf, sizeof(buf)), -1,
	    "several disagree");
	CHECK_STR(buf, "tanggal_lahir 1980-01-02 does not match NIP birth date 1980-01-01",
	    "the first disagreement is the birth date");
	tmt = (asn_date){ 2004, 1, 1 };
	CHECK_INT(asn_nip_check(&pns, birth, 'P', &tmt, buf, sizeof(buf)), -1,
	    "gender and TMT disagree");
	CHECK_STR(buf, "jenis_kelamin P does not match NIP gender digit 1 (L)",
	    "gender comes before TMT");

	CHECK_INT(asn_nip_check(&pppk, pppk_birth, 'P', NULL, buf, sizeof(buf)), 0,
	    "PPPK without tmt agrees");
	tmt = (asn_date){ 2022, 9, 1 };
	CHECK_INT(asn_nip_check(&pppk, pppk_birth, 'P', &tmt, buf, sizeof(buf)), 0,
	    "PPPK tmt in the appointment year agrees");
	tmt = (asn_date){ 2021, 12, 31 };
	CHECK_INT(asn_nip_check(&pppk, pppk_birth, 'P', &tmt, buf, sizeof(buf)), -1,
	    "PPPK tmt in another year");
	CHECK_STR(buf, "tmt_cpns 2021-12-31 does not match NIP appointment year 2022",
	    "PPPK tmt message");

	CHECK_INT(asn_nip_check(&pns, birth, 'P', NULL, NULL, 0), -1,
	    "buffer may be NULL");
	CHECK_INT(asn_nip_check(&pns, birth, 'P', NULL, buf, 12), -1, "small buffer");
	CHECK_STR(buf, "jenis_kelam", "message truncated to the buffer");
}

/* Consecutive serials (the usual neighbours) spread over the low bits. */
static void
test_hash(void)
{
	int count[16] = { 0 }, i, lo = 1000, hi = 0;

	for (i = 0; i < 1600; i++)
		count[asn_nip_hash(198001012005011001ULL + (uint64_t)i) & 15]++;
	for (i = 0; i < 16; i++) {
		lo = count[i] < lo ? count[i] : lo;
		hi = count[i] > hi ? count[i] : hi;
	}
	CHECK(lo >= 70 && hi <= 130, "hash: 1600 neighbours over 16 buckets, %d to %d each", lo, hi);
	CHECK(asn_nip_hash(198001012005011001ULL) == asn_nip_hash(198001012005011001ULL) &&
	    asn_nip_hash(198001012005011001ULL) != asn_nip_hash(198001012005011002ULL),
	    "hash: same input same hash, neighbours differ");
}

int
main(void)
{
	test_parse_table();
	test_parse_edges();
	test_guess_kind();
	test_check();
	test_hash();
	return TEST_DONE();
}
