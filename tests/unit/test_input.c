/* lib/input: the number form shared by every table, the --by list, the
 * table reader.  Expected values worked by hand from the form's rules. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "input.h"
#include "test.h"

static int parses(const char *s, unsigned flags, double want)
{
	double v = -12345;

	return asn_number_parse(s, flags, &v) == 0 && v == want;
}

static int refused(const char *s, unsigned flags)
{
	double v = -12345;

	return asn_number_parse(s, flags, &v) == -1 && v == -12345;
}

static void test_numbers(void)
{
	const unsigned all = ASN_NUMBER_SIGN | ASN_NUMBER_COMMA | ASN_NUMBER_EXPONENT;

	CHECK(parses("12", 0, 12), "digits");
	CHECK(parses("1.5", 0, 1.5), "a decimal point");
	CHECK(parses(".5", 0, 0.5), "no digit before the point");
	CHECK(parses("7.", 0, 7), "no digit after the point");
	CHECK(parses("007", 0, 7), "leading zeros");
	CHECK(refused("", 0), "empty");
	CHECK(refused(".", 0), "a point alone");
	CHECK(refused("-1", 0), "a sign needs ASN_NUMBER_SIGN");
	CHECK(parses("-1", ASN_NUMBER_SIGN, -1), "a minus sign");
	CHECK(parses("+2.25", ASN_NUMBER_SIGN, 2.25), "a plus sign");
	CHECK(refused("--1", ASN_NUMBER_SIGN), "two signs");
	CHECK(refused("-", ASN_NUMBER_SIGN), "a sign alone");
	CHECK(refused("3,5", 0), "a comma needs ASN_NUMBER_COMMA");
	CHECK(parses("3,5", ASN_NUMBER_COMMA, 3.5), "a decimal comma");
	CHECK(refused("1,000.5", ASN_NUMBER_COMMA), "a comma and a point");
	CHECK(refused("1.000,5", ASN_NUMBER_COMMA), "a point and a comma");
	CHECK(refused("1e3", 0), "an exponent needs ASN_NUMBER_EXPONENT");
	CHECK(parses("1e3", ASN_NUMBER_EXPONENT, 1000), "an exponent");
	CHECK(parses("2.5E-2", ASN_NUMBER_EXPONENT, 0.025), "a signed exponent");
	CHECK(refused("1e", ASN_NUMBER_EXPONENT), "an exponent without digits");
	CHECK(refused("e3", ASN_NUMBER_EXPONENT), "an exponent without a number");
	CHECK(refused("1e999", all), "out of range");
	CHECK(refused(" 1", all), "a leading space");
	CHECK(refused("1 ", all), "a trailing space");
	CHECK(refused("0x10", all), "hexadecimal");
	CHECK(refused("inf", all), "inf");
	CHECK(refused("nan", all), "nan");
	CHECK(refused("1-", all), "a sign after");
	CHECK(parses("-0,125", all, -0.125), "every flag at once");
}

static void test_long_comma(void)
{
	char s[300];

	memset(s, '0', sizeof s - 1);
	s[sizeof s - 1] = '\0';
	s[150] = ',';
	s[sizeof s - 2] = '5';
	CHECK(parses(s, ASN_NUMBER_COMMA, 5e-148), "a long number with a decimal comma");
}

static void test_columns(void)
{
	size_t n = 99;
	char **c = asn_parse_columns("unit,jabatan,Subunit", "by", 0, 64, &n);

	CHECK_INT(n, 3, "three columns");
	CHECK_STR(c[0], "unit", "first");
	CHECK_STR(c[2], "Subunit", "case kept");
	free(c);
	c = asn_parse_columns("", "by", 1, 64, &n);
	CHECK_INT(n, 0, "an empty list when allowed");
	free(c);
	c = asn_parse_columns("golongan", "by", 1, 1, &n);
	CHECK_INT(n, 1, "one column within a bound of one");
	free(c);
}

static void test_input(void)
{
	char path[] = "/tmp/asn-test-input-XXXXXX";
	const char text[] = "tahun;Nilai\n2020;1,5\n2021;2\n";
	asn_input in;
	int fd = mkstemp(path), c;

	CHECK(fd >= 0 && write(fd, text, sizeof text - 1) == (ssize_t)(sizeof text - 1),
	      "a table written");
	close(fd);
	asn_input_open(&in, path, 0);
	CHECK_STR(in.name, path, "named by its path");
	c = asn_input_require(&in, "nilai", "");
	CHECK_INT(c, 1, "';' detected, column found by name in any case");
	CHECK_INT(asn_input_find(&in, "x"), -1, "no such column");
	CHECK_INT(asn_input_next(&in), 1, "first row");
	CHECK_STR(asn_input_cell(&in, c), "1,5", "its value");
	CHECK_STR(asn_input_cell(&in, -1), "", "no column, no value");
	CHECK_INT(in.rec.line, 2, "its line");
	CHECK_INT(asn_input_next(&in), 1, "second row");
	CHECK_INT(asn_input_next(&in), 0, "the end");
	asn_input_close(&in);
	unlink(path);
}

static void test_reject(void)
{
	unsigned long long n = 0;
	char buf[256] = "";
	FILE *saved = stderr, *f = tmpfile();

	stderr = f;
	asn_reject(&n, "a.csv", 7, 2, "nilai '%s': not a number", "x");
	asn_reject(&n, "a.csv", 8, -1, "row not counted");
	stderr = saved;
	rewind(f);
	CHECK(fgets(buf, sizeof buf, f) != NULL, "first message");
	CHECK_STR(buf, "test_input: a.csv:7:3: nilai 'x': not a number\n",
	          "named by file, line and column (1-based)");
	CHECK(fgets(buf, sizeof buf, f) != NULL, "second message");
	CHECK_STR(buf, "test_input: a.csv:8: row not counted\n", "a row as a whole");
	CHECK_INT(n, 2, "both counted");
	fclose(f);
}

int main(void)
{
	asn_cli_init("test_input");
	test_numbers();
	test_long_comma();
	test_columns();
	test_input();
	test_reject();
	return TEST_DONE();
}
