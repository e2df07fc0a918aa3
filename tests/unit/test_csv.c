#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "test.h"

#define MALFORMED "malformed quoted field (a quote must be doubled inside quotes, " \
	"and a quoted field must end at a delimiter or line end)"
#define STRAY_QUOTE "quote in unquoted field (a field holding a quote must be quoted, " \
	"with the quote doubled)"

typedef struct {
	char *s;
	size_t len, cap;
} text;

static void
text_add(text *t, const char *s, size_t n)
{
	if (t->len + n + 1 > t->cap) {
		t->cap = 2 * (t->len + n + 1);
		t->s = realloc(t->s, t->cap);
		if (!t->s)
			abort();
	}
	memcpy(t->s + t->len, s, n);
	t->len += n;
	t->s[t->len] = '\0';
}

static void
text_str(text *t, const char *s)
{
	text_add(t, s, strlen(s));
}

static void
text_printf(text *t, const char *fmt, long a, long b)
{
	char tmp[64];

	snprintf(tmp, sizeof(tmp), fmt, a, b);
	text_str(t, tmp);
}

/* Records as "[f|f]", CR and LF shown as \r and \n; an error as "!message". */
static text shown, lines;

static void
show_field(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		if (s[i] == '\n')
			text_str(&shown, "\\n");
		else if (s[i] == '\r')
			text_str(&shown, "\\r");
		else
			text_add(&shown, s + i, 1);
	}
}

static const char *
show_reader(asn_csv_reader *r)
{
	asn_csv_record rec;
	size_t i;
	int rc;

	shown.len = lines.len = 0;
	text_str(&shown, "");
	text_str(&lines, "");
	while ((rc = asn_csv_reader_next(r, &rec)) != 0) {
		if (rc < 0) {
			text_str(&shown, "!");
			text_str(&shown, asn_csv_reader_error(r));
			if (rec.nfields == 0)
				break;
		}
		text_str(&shown, "[");
		for (i = 0; i < rec.nfields; i++) {
			if (i)
				text_str(&shown, "|");
			if (strlen(rec.fields[i]) != rec.lengths[i])
				text_str(&shown, "<length mismatch>");
			show_field(rec.fields[i], rec.lengths[i]);
		}
		text_str(&shown, "]");
		if (rec.line == rec.end_line)
			text_printf(&lines, lines.len ? " %ld" : "%ld", rec.line, 0);
		else
			text_printf(&lines, lines.len ? " %ld-%ld" : "%ld-%ld", rec.line, rec.end_line);
	}
	return shown.s;
}

static const char *
show_delim(const char *s, size_t len, unsigned char delimiter)
{
	asn_csv_reader *r = asn_csv_reader_from_memory(s, len, "x.csv", delimiter);
	const char *out = show_reader(r);

	asn_csv_reader_free(r);
	return out;
}

#define SHOW(lit) show_delim(lit, sizeof(lit) - 1, 0)
#define SHOW_D(lit, d) show_delim(lit, sizeof(lit) - 1, d)

static void
test_line_ends(void)
{
	CHECK_STR(SHOW("a,b,c\n1,2,3\n"), "[a|b|c][1|2|3]", "LF line ends");
	CHECK_STR(lines.s, "1 2", "LF line numbers");
	CHECK_STR(SHOW("a,b\r\n1,2\r\n"), "[a|b][1|2]", "CRLF line ends");
	CHECK_STR(lines.s, "1 2", "CRLF line numbers");
	CHECK_STR(SHOW("a,b\r1,2\r3,4"), "[a|b][1|2][3|4]", "CR-only line ends");
	CHECK_STR(lines.s, "1 2 3", "CR-only line numbers");
	CHECK_STR(SHOW("h\r\"x\ry\",2\r3\r"), "[h][x\\ry|2][3]", "CR-only file with a CR inside quotes");
	CHECK_STR(lines.s, "1 2-3 4", "CR-only lines of a record spanning two lines");
	CHECK_STR(SHOW("a\nb\r\nc\rd"), "[a][b][c][d]", "mixed line ends");
	CHECK_STR(lines.s, "1 2 3 4", "mixed line ends counted once each");
	CHECK_STR(SHOW("a,b\n1,2"), "[a|b][1|2]", "no final line end");
	CHECK_STR(SHOW("a,\"b\""), "[a|b]", "quoted last field without final line end");
	CHECK_STR(SHOW("a\r"), "[a]", "CR as the very last byte");
	CHECK_STR(SHOW("a,b\n"), "[a|b]", "final line end gives no extra record");
}

static void
test_blank_and_empty(void)
{
	CHECK_STR(SHOW(""), "", "empty input has no record");
	CHECK_STR(SHOW("\n\n"), "[][]", "two blank lines are two records of one empty field");
	CHECK_STR(lines.s, "1 2", "blank line numbers");
	CHECK_STR(SHOW("\r\n\r\n"), "[][]", "blank CRLF lines");
	CHECK_STR(SHOW("\r\r"), "[][]", "blank CR lines");
	CHECK_STR(SHOW("a\n\nb\n"), "[a][][b]", "blank line between records");
	CHECK_STR(lines.s, "1 2 3", "lines around a blank line");
	CHECK_STR(SHOW("a\n\n"), "[a][]", "blank last line");
	CHECK_STR(SHOW(",,\n"), "[||]", "empty unquoted fields");
	CHECK_STR(SHOW("\"\",\"\"\n"), "[|]", "empty quoted fields");
	CHECK_STR(SHOW("\"\"\n"), "[]", "one empty quoted field");
}

static void
test_bom(void)
{
	asn_csv_reader *r;
	asn_csv_record rec;

	CHECK_STR(SHOW("\xEF\xBB\xBF" "a,b\n1,2\n"), "[a|b][1|2]", "UTF-8 BOM stripped");
	CHECK_STR(SHOW("\xEF\xBB\xBF"), "", "BOM alone is an empty file");
	CHECK_STR(SHOW("\xEF\xBB\xBF\n"), "[]", "BOM then a blank line");
	CHECK_STR(SHOW("\xEF\xBB\xBF\"q\",x\n"), "[q|x]", "BOM before a quoted field");
	CHECK_STR(SHOW("a,\xEF\xBB\xBF" "b\n"), "[a|\xEF\xBB\xBF" "b]", "BOM elsewhere is data");
	CHECK_STR(SHOW("\xEF\xBB" "a\n"), "[\xEF\xBB" "a]", "partial BOM is data");
	r = asn_csv_reader_from_memory("\xEF\xBB\xBF" "ab\n", 6, "x.csv", 0);
	CHECK_INT(asn_csv_reader_next(r, &rec), 1, "record after BOM");
	CHECK_INT(asn_csv_reader_bytes(r), 6, "bytes read count the BOM");
	asn_csv_reader_free(r);
}

static void
test_quoting_and_spaces(void)
{
	CHECK_STR(SHOW(" a , b \n"), "[ a | b ]", "spaces are never trimmed");
	CHECK_STR(SHOW("\t1\t,\" q \"\n"), "[\t1\t| q ]", "tabs kept, spaces inside quotes kept");
	CHECK_STR(SHOW("\"a,b\",\"say \"\"hi\"\"\"\n"), "[a,b|say \"hi\"]",
	    "quoted delimiter and doubled quote");
	CHECK_STR(SHOW("\"\"\"\"\n"), "[\"]", "field of one quote");
	CHECK_STR(SHOW("\"a\"\"b\",\"c\",d,\"e\"\"\"\n"), "[a\"b|c|d|e\"]", "quoted fields mixed");
	CHECK_STR(SHOW("\"a\",\n"), "[a|]", "quoted field then an empty last field");
	CHECK_STR(SHOW("\"a\"\"\""), "[a\"]", "escaped quote at the end of input");
	CHECK_STR(SHOW("\"line1\nline2\",x\ny\n"), "[line1\\nline2|x][y]", "quoted newline");
	CHECK_STR(lines.s, "1-2 3", "record with a quoted newline spans two lines");
	CHECK_STR(SHOW("\"a\r\nb\",c\r\nd\r\n"), "[a\\r\\nb|c][d]", "embedded CRLF kept in quotes");
	CHECK_STR(lines.s, "1-2 3", "embedded CRLF counted as one line end");
	CHECK_STR(SHOW("\"a\n\nb\"\nc\n"), "[a\\n\\nb][c]", "blank line inside quotes is data");
	CHECK_STR(lines.s, "1-3 4", "lines of a record holding a blank line");
	CHECK_STR(SHOW("x\n\"a\nb\",\"c\nd\"\ne\n"), "[x][a\\nb|c\\nd][e]", "two multi-line fields");
	CHECK_STR(lines.s, "1 2-4 5", "lines of two multi-line fields");
	CHECK_STR(SHOW_D("a;b,c\n", ';'), "[a|b,c]", "semicolon delimiter");
	CHECK_STR(SHOW_D("a\tb c\n", '\t'), "[a|b c]", "tab delimiter");
	CHECK_STR(SHOW_D("\"a|b\"|c\n", '|'), "[a|b|c]", "pipe delimiter, quoted pipe");
	CHECK_STR(SHOW("caf\xC3\xA9,\xE6\x97\xA5\n"), "[caf\xC3\xA9|\xE6\x97\xA5]", "UTF-8 passes through");
}

static void
test_structure_errors(void)
{
	asn_csv_reader *r;
	asn_csv_record rec;

	CHECK_STR(SHOW("a,b\n1,\"open\n\nmore"),
	    "[a|b]!x.csv:2:2: unterminated quoted field", "unterminated quote at end of input");
	CHECK_STR(SHOW("\"x\ny\",\"open\n"),
	    "!x.csv:2:2: unterminated quoted field", "unterminated quote named where it opened");
	CHECK_STR(SHOW("\"open"), "!x.csv:1:1: unterminated quoted field", "lone opening quote");
	CHECK_STR(SHOW("a,b\n1,\"x\"y\n"), "[a|b]!x.csv:2:2: " MALFORMED,
	    "text after a closing quote");
	CHECK_STR(SHOW("\"a\" ,b\n"), "!x.csv:1:1: " MALFORMED, "space after a closing quote");
	CHECK_STR(SHOW("1,2,\"Hey, I missed \" it\",3\n"), "!x.csv:1:3: " MALFORMED,
	    "undoubled quote inside quotes");
	CHECK_STR(SHOW("a,b\"c\n"), "!x.csv:1:2: " STRAY_QUOTE, "quote inside an unquoted field");
	CHECK_STR(SHOW("a,\"b\"\"c\",d\"e\n"), "!x.csv:1:3: " STRAY_QUOTE,
	    "stray quote after an escaped quoted field");
	CHECK_STR(SHOW("x,\"ab\"c,d\n"), "!x.csv:1:2: " MALFORMED, "text after a quote in field 2");
	CHECK_STR(SHOW("x,\"ab\" \n"), "!x.csv:1:2: " MALFORMED, "space before the line end");
	CHECK_STR(SHOW("x,\"a\"\"b\"c\n"), "!x.csv:1:2: " MALFORMED, "text after an escaped field");
	CHECK_STR(SHOW("a,b\nc,d\ne,\0f\n"), "[a|b][c|d]!x.csv:3:2: NUL byte in input (binary file?)",
	    "NUL byte");
	CHECK_STR(SHOW("\0"), "!x.csv:1:1: NUL byte in input (binary file?)", "NUL at start");
	CHECK_STR(SHOW("x\n\"a\n\0\""), "[x]!x.csv:3:1: NUL byte in input (binary file?)",
	    "NUL inside quotes");
	CHECK_STR(SHOW("\x7F" "ELF\x02\x01\x01\0\0\0"), "!x.csv:1:1: NUL byte in input (binary file?)",
	    "binary garbage");

	r = asn_csv_reader_from_memory("a\n\"b\"c\nd\n", 9, "x.csv", 0);
	CHECK_INT(asn_csv_reader_next(r, &rec), 1, "record before the error");
	CHECK_INT(asn_csv_reader_next(r, &rec), -1, "structure error");
	CHECK_INT(rec.nfields, 0, "no fields after a structure error");
	CHECK_INT(asn_csv_reader_next(r, &rec), -1, "a structure error is final");
	CHECK_STR(asn_csv_reader_error(r), "x.csv:2:1: " MALFORMED, "message kept");
	asn_csv_reader_free(r);
}

static char *
big_input(const char *head, size_t n, const char *tail)
{
	size_t h = strlen(head), t = strlen(tail);
	char *s = malloc(h + n + t + 1);

	if (!s)
		abort();
	memcpy(s, head, h);
	memset(s + h, 'x', n);
	memcpy(s + h + n, tail, t + 1);
	return s;
}

static const char *
show_big(const char *head, size_t n, const char *tail)
{
	char *s = big_input(head, n, tail);
	const char *out = show_delim(s, strlen(s), 0);

	free(s);
	return out;
}

static void
test_field_limit(void)
{
	const char *six = "a,b,c\na,b,c\na,b,c\na,b,c\na,b,c\na,b,c\n";
	char head[64];
	asn_csv_reader *r;
	asn_csv_record rec;
	FILE *f;
	char *s;
	size_t n = 10 * 1000 * 1000;

	snprintf(head, sizeof(head), "%s1,2,", six);
	s = big_input(head, n, "\n");
	r = asn_csv_reader_from_memory(s, strlen(s), "x.csv", 0);
	while (asn_csv_reader_next(r, &rec) > 0)
		;
	CHECK_STR(asn_csv_reader_error(r), "x.csv:7:3: field longer than 1048576 bytes",
	    "10 MB unquoted field");
	CHECK(asn_csv_reader_bytes(r) < 3 * ASN_CSV_FIELD_MAX, "10 MB field: stopped near the limit");
	asn_csv_reader_free(r);
	free(s);

	snprintf(head, sizeof(head), "%s1,2,\"", six);
	CHECK_STR(show_big(head, n, "\"\n"), "[a|b|c][a|b|c][a|b|c][a|b|c][a|b|c][a|b|c]"
	    "!x.csv:7:3: field longer than 1048576 bytes", "10 MB quoted field");
	CHECK_STR(show_big("\"a\n", n, ""), "!x.csv:1:1: field longer than 1048576 bytes",
	    "runaway quote reported as too long from where it opened");

	f = tmpfile();
	s = big_input("h\n\"", n, "\"\n");
	fwrite(s, 1, strlen(s), f);
	rewind(f);
	free(s);
	r = asn_csv_reader_from_file(f, "big.csv", 0);
	CHECK_INT(asn_csv_reader_next(r, &rec), 1, "header before a 10 MB field from a stream");
	CHECK_INT(asn_csv_reader_next(r, &rec), -1, "10 MB field from a stream");
	CHECK_STR(asn_csv_reader_error(r), "big.csv:2:1: field longer than 1048576 bytes",
	    "10 MB field from a stream: message");
	asn_csv_reader_free(r);
	fclose(f);

	s = big_input("", ASN_CSV_FIELD_MAX, ",\"");
	r = asn_csv_reader_from_memory(s, strlen(s) - 1, "x.csv", 0);
	CHECK_INT(asn_csv_reader_next(r, &rec), 1, "field of exactly the limit accepted");
	CHECK_INT(rec.lengths[0], ASN_CSV_FIELD_MAX, "field of exactly the limit kept whole");
	asn_csv_reader_free(r);
	free(s);
	s = big_input("\"", ASN_CSV_FIELD_MAX, "\"");
	r = asn_csv_reader_from_memory(s, strlen(s), "x.csv", 0);
	CHECK_INT(asn_csv_reader_next(r, &rec), 1, "quoted field of exactly the limit accepted");
	asn_csv_reader_free(r);
	free(s);
	CHECK_STR(show_big("", ASN_CSV_FIELD_MAX + 1, ""),
	    "!x.csv:1:1: field longer than 1048576 bytes", "one byte over the limit");

	r = asn_csv_reader_from_memory("abcde,\"abcde\"\nabcde,abcdef\n", 27, "x.csv", 0);
	asn_csv_reader_set_field_max(r, 5);
	CHECK_STR(show_reader(r), "[abcde|abcde]!x.csv:2:2: field longer than 5 bytes",
	    "field limit set per reader");
	asn_csv_reader_free(r);
	r = asn_csv_reader_from_memory("a,\"abcdef\"\n", 11, "x.csv", 0);
	asn_csv_reader_set_field_max(r, 5);
	CHECK_STR(show_reader(r), "!x.csv:1:2: field longer than 5 bytes", "limit on a quoted field");
	asn_csv_reader_free(r);
	r = asn_csv_reader_from_memory("\"ab\"\"def\"\n", 11, "x.csv", 0);
	asn_csv_reader_set_field_max(r, 5);
	CHECK_STR(show_reader(r), "!x.csv:1:1: field longer than 5 bytes",
	    "limit on a field with an escaped quote");
	asn_csv_reader_free(r);
}

static void
test_ragged(void)
{
	asn_csv_reader *r;
	static const char in[] = "a,b,c\n1,2,3\n1,2,3,4\n1,2\n\n5,6,7\n";

	r = asn_csv_reader_from_memory(in, sizeof(in) - 1, "x.csv", 0);
	asn_csv_reader_expect_fields(r, 3);
	CHECK_STR(show_reader(r), "[a|b|c][1|2|3]!x.csv:3:4: expected 3 fields, got 4[1|2|3|4]"
	    "!x.csv:4:3: expected 3 fields, got 2[1|2]!x.csv:5:2: expected 3 fields, got 1[][5|6|7]",
	    "ragged rows reported, record kept, reading goes on");
	asn_csv_reader_free(r);
	r = asn_csv_reader_from_memory(in, sizeof(in) - 1, "x.csv", 0);
	asn_csv_reader_expect_fields(r, 3);
	asn_csv_reader_expect_fields(r, 0);
	CHECK_STR(show_reader(r), "[a|b|c][1|2|3][1|2|3|4][1|2][][5|6|7]", "expect_fields 0 disables");
	asn_csv_reader_free(r);
	r = asn_csv_reader_from_memory("a\n\"x\ny\",z,w\n", 12, "x.csv", 0);
	asn_csv_reader_expect_fields(r, 1);
	CHECK_STR(show_reader(r), "[a]!x.csv:2:2: expected 1 fields, got 3[x\\ny|z|w]",
	    "ragged multi-line record named by its first line");
	asn_csv_reader_free(r);
}

static void
test_open_and_read_errors(void)
{
	asn_csv_reader *r;
	asn_csv_record rec;

	r = asn_csv_reader_open("tests", 0);
	CHECK(r != NULL, "a directory opens (run from the top directory)");
	if (r) {
		CHECK_INT(asn_csv_reader_next(r, &rec), -1, "reading a directory fails");
		CHECK_STR(asn_csv_reader_error(r), "tests: read error: Is a directory",
		    "read error message");
		CHECK_INT(asn_csv_reader_next(r, &rec), -1, "read error is final");
		asn_csv_reader_free(r);
	}
	fprintf(stderr, "# expect a message about /nonexistent below\n");
	r = asn_csv_reader_open("/nonexistent/x.csv", 0);
	CHECK(r == NULL, "missing file gives NULL");
	r = asn_csv_reader_open(NULL, 0);
	CHECK_STR(asn_csv_reader_name(r), "<stdin>", "NULL path is stdin");
	asn_csv_reader_free(r);
	r = asn_csv_reader_open("-", 0);
	CHECK_STR(asn_csv_reader_name(r), "<stdin>", "- is stdin");
	asn_csv_reader_free(r);
	r = asn_csv_reader_open("tests/unit/test.h", 0);
	CHECK_STR(r ? asn_csv_reader_name(r) : NULL, "tests/unit/test.h", "name is the path");
	asn_csv_reader_free(r);
}

static void
test_many_fields(void)
{
	text t = { 0 };
	asn_csv_reader *r;
	asn_csv_record rec;
	char num[32];
	long i, n = 200000;
	int ok = 1;

	for (i = 0; i < n; i++) {
		snprintf(num, sizeof(num), i ? ",%ld" : "%ld", i);
		text_str(&t, num);
	}
	text_str(&t, "\nlast\n");
	r = asn_csv_reader_from_memory(t.s, t.len, "x.csv", 0);
	CHECK_INT(asn_csv_reader_next(r, &rec), 1, "record of 200000 fields");
	CHECK_INT(rec.nfields, n, "200000 fields counted");
	for (i = 0; i < n && ok; i++) {
		snprintf(num, sizeof(num), "%ld", i);
		ok = strcmp(rec.fields[i], num) == 0;
	}
	CHECK(ok, "200000 fields intact");
	CHECK_INT(asn_csv_reader_next(r, &rec), 1, "record after the wide one");
	CHECK_STR(rec.fields[0], "last", "record after the wide one intact");
	CHECK_INT(asn_csv_reader_next(r, &rec), 0, "end after the wide record");
	asn_csv_reader_free(r);
	free(t.s);
}

static unsigned long rng_state = 12345;

static unsigned long
rng(unsigned long n)
{
	rng_state = rng_state * 6364136223846793005UL + 1442695040888963407UL;
	return (rng_state >> 33) % n;
}

/* Random CSV with every kind of line end and quoting, so that lines, CRLF
 * pairs and quoted fields fall across the 64 KiB read boundary. */
static void
random_csv(text *t, int crlf_only_cr)
{
	static const char *const pieces[] = {
		"a", "bb", "ccc ", " ", "\"q\"", "\"x,y\"", "\"he said \"\"no\"\"\"", "\"l1\nl2\"",
		"\"c1\r\nc2\"", "\"r1\rr2\"", "", "\"\"", "1980-01-01", "caf\xC3\xA9",
	};
	static const char *const ends[] = { "\n", "\r\n", "\r" };
	long row, col, ncol;

	for (row = 0; row < 20000; row++) {
		ncol = (long)rng(5);
		for (col = 0; col < ncol; col++) {
			if (col)
				text_str(t, ",");
			text_str(t, pieces[rng(sizeof(pieces) / sizeof(pieces[0]))]);
		}
		if (rng(50) == 0)
			text_str(t, ",xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
		text_str(t, crlf_only_cr ? "\r" : ends[rng(3)]);
	}
}

static void
test_stream_matches_memory(void)
{
	int cr;
	text t;
	text mem_shown, mem_lines;
	asn_csv_reader *r;
	FILE *f;

	for (cr = 0; cr <= 1; cr++) {
		memset(&t, 0, sizeof(t));
		random_csv(&t, cr);
		r = asn_csv_reader_from_memory(t.s, t.len, "x.csv", 0);
		show_reader(r);
		CHECK(asn_csv_reader_error(r)[0] == '\0', "random CSV %d reads without error", cr);
		CHECK_INT(asn_csv_reader_bytes(r), t.len, "random CSV %d: every byte consumed", cr);
		asn_csv_reader_free(r);
		mem_shown = shown;
		mem_lines = lines;
		memset(&shown, 0, sizeof(shown));
		memset(&lines, 0, sizeof(lines));
		f = tmpfile();
		fwrite(t.s, 1, t.len, f);
		rewind(f);
		r = asn_csv_reader_from_file(f, "x.csv", 0);
		show_reader(r);
		CHECK(strcmp(shown.s, mem_shown.s) == 0, "random CSV %d: stream gives the same records", cr);
		CHECK(strcmp(lines.s, mem_lines.s) == 0, "random CSV %d: stream gives the same lines", cr);
		CHECK_INT(asn_csv_reader_bytes(r), t.len, "random CSV %d: stream bytes", cr);
		asn_csv_reader_free(r);
		fclose(f);
		free(mem_shown.s);
		free(mem_lines.s);
		free(t.s);
	}
}

/* The records of r as fields joined by \1, records ended by \2, and their
 * lines as "start-end " into got_lines; "!" and the message on error. */
static void
collect(asn_csv_reader *r, text *got, text *got_lines)
{
	asn_csv_record rec;
	size_t i;
	int rc;

	text_str(got, "");
	text_str(got_lines, "");
	while ((rc = asn_csv_reader_next(r, &rec)) > 0) {
		for (i = 0; i < rec.nfields; i++) {
			text_add(got, rec.fields[i], rec.lengths[i]);
			text_str(got, i + 1 < rec.nfields ? "\1" : "\2");
		}
		text_printf(got_lines, "%ld-%ld ", rec.line, rec.end_line);
	}
	if (rc < 0) {
		text_str(got, "!");
		text_str(got, asn_csv_reader_error(r));
	}
}

/*
 * Random records of awkward bytes written with random delimiter, quoting
 * (always where needed, sometimes where not) and line ends, then read
 * back from memory and from a stream: the records and their lines must be
 * exactly those written.
 */
static void
test_random_round_trip(void)
{
	static const char alphabet[] = "ab ,;\t|\"\r\n\xC3\xA9";
	static const char delims[] = ",;\t|";
	static const char *const ends[] = { "\n", "\r\n", "\r" };
	text t, want, want_lines, got, got_lines;
	char field[256];
	long trial, rec, nrec, f, nf, line, start, i, len = 0;
	int quote = 0, prev_cr, ok_mem = 1, ok_stream = 1, pass;
	const char *end;
	asn_csv_reader *r;
	FILE *fp;
	char d;

	for (trial = 0; trial < 300; trial++) {
		memset(&t, 0, sizeof(t));
		memset(&want, 0, sizeof(want));
		memset(&want_lines, 0, sizeof(want_lines));
		text_str(&t, "");
		text_str(&want, "");
		text_str(&want_lines, "");
		d = delims[trial % 4];
		nrec = trial % 25 == 0 ? 6000 : 1 + (long)rng(30);
		line = 1;
		prev_cr = 0;
		end = "";
		for (rec = 0; rec < nrec; rec++) {
			start = line;
			nf = 1 + (long)rng(6);
			for (f = 0; f < nf; f++) {
				len = rng(15) == 0 ? 100 + (long)rng(150) : (long)rng(8);
				for (i = 0; i < len; i++)
					field[i] = alphabet[rng(sizeof(alphabet) - 1)];
				quote = rng(4) == 0 || (nf == 1 && len == 0 && prev_cr);
				for (i = 0; i < len; i++)
					if (field[i] == d || field[i] == '"' || field[i] == '\r' ||
					    field[i] == '\n')
						quote = 1;
				if (f)
					text_add(&t, &d, 1);
				if (quote)
					text_str(&t, "\"");
				for (i = 0; i < len; i++) {
					text_add(&t, field + i, 1);
					if (field[i] == '"')
						text_str(&t, "\"");
					if (field[i] == '\r' || (field[i] == '\n' && (i == 0 || field[i - 1] != '\r')))
						line++;
				}
				if (quote)
					text_str(&t, "\"");
				text_add(&want, field, (size_t)len);
				text_str(&want, f + 1 < nf ? "\1" : "\2");
				prev_cr = 0;
			}
			text_printf(&want_lines, "%ld-%ld ", start, line);
			end = ends[rng(3)];
			/* A last line with nothing on it is no record. */
			if (rec + 1 < nrec || rng(2) || (nf == 1 && len == 0 && !quote))
				text_str(&t, end);
			prev_cr = strcmp(end, "\r") == 0;
			line++;
		}
		for (pass = 0; pass < 2; pass++) {
			memset(&got, 0, sizeof(got));
			memset(&got_lines, 0, sizeof(got_lines));
			fp = NULL;
			if (pass == 0) {
				r = asn_csv_reader_from_memory(t.s, t.len, "r.csv", (unsigned char)d);
			} else {
				fp = tmpfile();
				fwrite(t.s, 1, t.len, fp);
				rewind(fp);
				r = asn_csv_reader_from_file(fp, "r.csv", (unsigned char)d);
			}
			collect(r, &got, &got_lines);
			if (strcmp(got.s, want.s) != 0 || strcmp(got_lines.s, want_lines.s) != 0) {
				if (ok_mem && ok_stream)
					printf("# trial %ld pass %d: %s\n", trial, pass, got_lines.s);
				*(pass ? &ok_stream : &ok_mem) = 0;
			}
			asn_csv_reader_free(r);
			if (fp)
				fclose(fp);
			free(got.s);
			free(got_lines.s);
		}
		free(t.s);
		free(want.s);
		free(want_lines.s);
	}
	CHECK(ok_mem, "random records round trip from memory, with their lines");
	CHECK(ok_stream, "random records round trip from a stream, with their lines");
}

/* Each line end and quote placed astride the 64 KiB read boundary. */
static void
test_read_boundary(void)
{
	static const char *const tails[] = { "\r\nb,c\r\n", "\rb,c\r", "\nb\n", "\"q\r\nq\"\n", "\"\"\"\"\n" };
	size_t k, off, n;
	text t, mem;
	asn_csv_reader *r;
	FILE *f;
	int same = 1;

	for (k = 0; k < sizeof(tails) / sizeof(tails[0]); k++)
		for (off = 65530; off < 65540; off++) {
			memset(&t, 0, sizeof(t));
			text_str(&t, "\xEF\xBB\xBFh\n");
			for (n = t.len; n < off - 1; n++)
				text_str(&t, "x");
			text_str(&t, ",");
			text_str(&t, tails[k]);
			r = asn_csv_reader_from_memory(t.s, t.len, "x.csv", 0);
			mem.s = strdup(show_reader(r));
			mem.len = strlen(lines.s);
			asn_csv_reader_free(r);
			f = tmpfile();
			fwrite(t.s, 1, t.len, f);
			rewind(f);
			r = asn_csv_reader_from_file(f, "x.csv", 0);
			show_reader(r);
			if (strcmp(mem.s, shown.s) != 0 || strcmp(lines.s, k == 2 ? "1 2 3" : k == 3 ?
			    "1 2-3" : k == 4 ? "1 2" : "1 2 3") != 0 || strchr(shown.s, '!')) {
				printf("# tail %zu at %zu: %s / %s\n", k, off, shown.s, lines.s);
				same = 0;
			}
			asn_csv_reader_free(r);
			fclose(f);
			free(mem.s);
			free(t.s);
		}
	CHECK(same, "line ends and quotes across the read boundary");
}

static unsigned char
detect(const char *s)
{
	asn_csv_reader *r = asn_csv_reader_from_memory(s, strlen(s), "x.csv", 0);
	unsigned char d = asn_csv_reader_detect_delimiter(r);

	asn_csv_reader_free(r);
	return d;
}

static void
test_detect(void)
{
	asn_csv_reader *r;
	FILE *f;
	static const char semi[] = "\xEF\xBB\xBFnip;nama;unit\n1;\"A, B\";C\n";

	CHECK_INT(detect("a;b;c\n1,2,3,4,5\n"), ';', "semicolons on the first line win");
	CHECK_INT(detect("a,b;c\n"), ',', "comma on a tie");
	CHECK_INT(detect("abc\n"), ',', "comma when none occurs");
	CHECK_INT(detect(""), ',', "comma on empty input");
	CHECK_INT(detect("a\tb\tc|d\n"), '\t', "tab detected");
	CHECK_INT(detect("a|b|c;d\n"), '|', "pipe detected");
	CHECK_INT(detect("\"a;b;c\",d\n"), ',', "delimiters inside quotes ignored");
	CHECK_INT(detect("\"x\n,,,\";a;b\n"), ';', "first line ends outside quotes");
	CHECK_INT(detect("a,b\r\nb;c;d\n"), ',', "only the first line with a delimiter counts");
	CHECK_INT(detect("DAFTAR NOMINATIF\r\nPeriode 2026\r\nNIP;Nama;Unit\n"), ';',
	    "title lines with no delimiter are passed over");

	r = asn_csv_reader_from_memory(semi, sizeof(semi) - 1, "x.csv", 0);
	CHECK_INT(asn_csv_reader_detect_delimiter(r), ';', "semicolon after a BOM");
	CHECK_STR(show_reader(r), "[nip|nama|unit][1|A, B|C]", "detected delimiter used");
	asn_csv_reader_free(r);

	f = tmpfile();
	fputs(semi, f);
	rewind(f);
	r = asn_csv_reader_from_file(f, "x.csv", 0);
	CHECK_INT(asn_csv_reader_detect_delimiter(r), ';', "detect on a stream");
	CHECK_STR(show_reader(r), "[nip|nama|unit][1|A, B|C]", "detection consumes nothing");
	asn_csv_reader_free(r);
	fclose(f);
}

static void
test_bytes(void)
{
	asn_csv_reader *r = asn_csv_reader_from_memory("a,b\r\nc\n", 7, "x.csv", 0);
	asn_csv_record rec;

	CHECK_INT(asn_csv_reader_bytes(r), 0, "no bytes before reading");
	asn_csv_reader_next(r, &rec);
	CHECK_INT(asn_csv_reader_bytes(r), 5, "bytes after the first record");
	asn_csv_reader_next(r, &rec);
	CHECK_INT(asn_csv_reader_next(r, &rec), 0, "end of input");
	CHECK_INT(asn_csv_reader_bytes(r), 7, "bytes at the end");
	asn_csv_reader_free(r);
}

static char *out_buf;
static size_t out_len;

static asn_csv_writer *
writer_open(FILE **f)
{
	free(out_buf);
	out_buf = NULL;
	*f = open_memstream(&out_buf, &out_len);
	return asn_csv_writer_new(*f);
}

static const char *
writer_close(asn_csv_writer *w, FILE *f)
{
	asn_csv_writer_free(w);
	fclose(f);
	return out_buf;
}

static const char *
written_double(double v, int decimals)
{
	FILE *f;
	asn_csv_writer *w = writer_open(&f);

	asn_csv_write_double(w, v, decimals);
	asn_csv_end_record(w);
	return writer_close(w, f);
}

/* A record of nothing but delimiters: bounded in fields, through both the
 * fast path (a short line) and libcsv (a quoted field first). */
static void
test_record_bounds(void)
{
	size_t n = ASN_CSV_FIELDS_MAX, i;
	char *text = malloc(2 * n + 16);
	asn_csv_reader *r;
	asn_csv_record rec;
	int pass;

	for (pass = 0; pass < 2; pass++) {
		i = 0;
		if (pass)
			text[i++] = '"', text[i++] = '"';
		memset(text + i, ',', n - 1);
		i += n - 1;
		text[i++] = '\n';
		r = asn_csv_reader_from_memory(text, i, "c.csv", 0);
		CHECK_INT(asn_csv_reader_next(r, &rec), 1, "%zu fields are a record (pass %d)", n, pass);
		CHECK_INT(rec.nfields, n, "every one of them");
		asn_csv_reader_free(r);
		text[i - 1] = ',';
		text[i++] = '\n';
		r = asn_csv_reader_from_memory(text, i, "c.csv", 0);
		CHECK_INT(asn_csv_reader_next(r, &rec), -1, "one more field is an error (pass %d)", pass);
		CHECK_STR(asn_csv_reader_error(r),
		          "c.csv:1:262145: record too large (more than 262144 fields or 64 MiB)",
		          "named with the field where it stops");
		asn_csv_reader_free(r);
	}
	free(text);
}

/* UTF-16 without its mark is told as UTF-16, not as a NUL byte; two UTF-8
 * marks (a file saved twice) are both dropped. */
static void
test_encodings(void)
{
	static const char u16le[] = "n\0i\0p\0\n\0";
	static const char u16be[] = "\0n\0i\0p\0\n";
	static const char twice[] = "\xEF\xBB\xBF\xEF\xBB\xBFnip\n1\n";
	asn_csv_reader *r;
	asn_csv_record rec;

	r = asn_csv_reader_from_memory(u16le, sizeof u16le - 1, "u.csv", 0);
	CHECK_INT(asn_csv_reader_next(r, &rec), -1, "UTF-16LE without a mark refused");
	CHECK(strstr(asn_csv_reader_error(r), "UTF-16 text") != NULL, "told as UTF-16: %s",
	      asn_csv_reader_error(r));
	asn_csv_reader_free(r);
	r = asn_csv_reader_from_memory(u16be, sizeof u16be - 1, "u.csv", 0);
	CHECK_INT(asn_csv_reader_next(r, &rec), -1, "UTF-16BE without a mark refused");
	asn_csv_reader_free(r);
	r = asn_csv_reader_from_memory(twice, sizeof twice - 1, "b.csv", 0);
	CHECK_INT(asn_csv_reader_next(r, &rec), 1, "two marks: the header read");
	CHECK_STR(rec.fields[0], "nip", "both marks dropped");
	asn_csv_reader_free(r);
}

/* Safe cells (OWASP's advice for CSV injection): a cell a spreadsheet
 * would take for a formula gets an apostrophe first, quoting as before. */
static void
test_safe_cells(void)
{
	static const char *const cells[] = {
		"=HYPERLINK(\"http://x\",\"klik\")", "+1", "-2", "@SUM(A1)", "\tx", "a=b", "", "Ahmad"
	};
	FILE *f;
	asn_csv_writer *w = writer_open(&f);
	size_t i;

	asn_csv_writer_set_safe_cells(w, 1);
	for (i = 0; i < sizeof cells / sizeof cells[0]; i++)
		asn_csv_write_str(w, cells[i]);
	asn_csv_end_record(w);
	CHECK_STR(writer_close(w, f),
	          "\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\",'+1,'-2,'@SUM(A1),'\tx,a=b,,Ahmad\n",
	          "safe cells: = + - @ tab made text, quoting kept, others as they are");
	w = writer_open(&f);
	asn_csv_write_str(w, "=1+1");
	asn_csv_end_record(w);
	CHECK_STR(writer_close(w, f), "=1+1\n", "without safe cells a cell is written as it came");
}

static void
test_writer(void)
{
	FILE *f;
	asn_csv_writer *w;
	char *locale;

	w = writer_open(&f);
	asn_csv_write_str(w, "plain");
	asn_csv_write_str(w, "a,b");
	asn_csv_write_str(w, "say \"hi\"");
	asn_csv_write_str(w, "x\ny");
	asn_csv_write_str(w, "x\ry");
	asn_csv_write_str(w, " lead;semi|pipe\ttab ");
	asn_csv_write_str(w, "");
	asn_csv_write_str(w, NULL);
	asn_csv_end_record(w);
	asn_csv_write_field(w, "abc", 2);
	asn_csv_write_long(w, -42);
	asn_csv_write_long(w, LONG_MIN);
	asn_csv_end_record(w);
	asn_csv_end_record(w);
	CHECK_STR(writer_close(w, f),
	    "plain,\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",\"x\ry\", lead;semi|pipe\ttab ,,\n"
	    "ab,-42,-9223372036854775808\n\n", "minimal quoting, LF line ends");

	CHECK_STR(written_double(3.14159, 2), "3.14\n", "double with 2 decimals");
	CHECK_STR(written_double(-0.001, 2), "0.00\n", "no -0.00 from a tiny negative");
	CHECK_STR(written_double(-0.0, 2), "0.00\n", "no -0.00 from negative zero");
	CHECK_STR(written_double(-0.0, 0), "0\n", "no -0");
	CHECK_STR(written_double(-1.26, 1), "-1.3\n", "negative rounded");
	CHECK_STR(written_double(7.0, 0), "7\n", "no decimals");
	CHECK_STR(written_double(7.0, -3), "7\n", "negative decimals taken as none");
	CHECK_STR(written_double(1234567.891, 2), "1234567.89\n", "no grouping");
	CHECK_STR(written_double(1e20, 1), "100000000000000000000.0\n", "large value");
	CHECK_STR(written_double(NAN, 2), "\n", "NaN is empty");
	CHECK_STR(written_double(INFINITY, 2), "\n", "Inf is empty");
	CHECK_STR(written_double(-INFINITY, 2), "\n", "-Inf is empty");

	locale = setlocale(LC_NUMERIC, "de_DE.UTF-8");
	if (!locale)
		locale = setlocale(LC_NUMERIC, "id_ID.UTF-8");
	if (locale) {
		CHECK_STR(written_double(3.25, 2), "3.25\n", "'.' whatever the locale (%s)", locale);
		setlocale(LC_NUMERIC, "C");
	} else {
		CHECK(1, "'.' whatever the locale # SKIP no locale with a decimal comma installed");
	}
}

static void
test_round_trip(void)
{
	static const char *const fields[] = {
		"nip", "a,b", "\"", "\"\"", "x\ny", "x\r\ny", "\r", " sp ", "", "caf\xC3\xA9", "a;b", "\"x\",y",
	};
	size_t n = sizeof(fields) / sizeof(fields[0]), i;
	asn_csv_reader *r;
	asn_csv_record rec;
	asn_csv_writer *w;
	FILE *f;
	int same;

	w = writer_open(&f);
	for (i = 0; i < n; i++)
		asn_csv_write_str(w, fields[i]);
	asn_csv_end_record(w);
	asn_csv_write_str(w, "");
	asn_csv_end_record(w);
	asn_csv_write_str(w, "last");
	asn_csv_end_record(w);
	fflush(asn_csv_writer_file(w));
	writer_close(w, f);
	r = asn_csv_reader_from_memory(out_buf, out_len, "rt.csv", 0);
	CHECK_INT(asn_csv_reader_next(r, &rec), 1, "round trip: record read back");
	same = rec.nfields == n;
	for (i = 0; same && i < n; i++)
		same = rec.lengths[i] == strlen(fields[i]) && strcmp(rec.fields[i], fields[i]) == 0;
	CHECK(same, "round trip: every field identical");
	CHECK_INT(asn_csv_reader_next(r, &rec), 1, "round trip: single empty field");
	CHECK(rec.nfields == 1 && rec.lengths[0] == 0, "round trip: single empty field kept");
	CHECK_INT(asn_csv_reader_next(r, &rec), 1, "round trip: last record");
	CHECK_STR(rec.fields[0], "last", "round trip: last record intact");
	CHECK_INT(asn_csv_reader_next(r, &rec), 0, "round trip: end");
	asn_csv_reader_free(r);

	r = asn_csv_reader_from_memory("a,\"b\nc\",d\n", 10, "x.csv", 0);
	asn_csv_reader_next(r, &rec);
	w = writer_open(&f);
	asn_csv_write_record(w, &rec);
	CHECK_STR(writer_close(w, f), "a,\"b\nc\",d\n", "write_record writes a whole record");
	asn_csv_reader_free(r);

	w = writer_open(&f);
	asn_csv_write_str(w, "a");
	fputs("|", asn_csv_writer_file(w));
	asn_csv_write_str(w, "b");
	asn_csv_end_record(w);
	CHECK_STR(writer_close(w, f), "a|,b\n", "writer_file keeps the order of output");
}

/* Reads everything, going on after structure errors as asn-import does. */
static const char *
show_resync(asn_csv_reader *r)
{
	asn_csv_record rec;
	size_t i;
	int rc;

	shown.len = 0;
	text_str(&shown, "");
	while ((rc = asn_csv_reader_next(r, &rec)) != 0) {
		if (rc < 0) {
			text_str(&shown, "!");
			text_str(&shown, asn_csv_reader_error(r));
			if (rec.nfields == 0) {
				if (asn_csv_reader_resync(r) != 0)
					break;
				continue;
			}
		}
		text_str(&shown, "[");
		for (i = 0; i < rec.nfields; i++) {
			if (i)
				text_str(&shown, "|");
			show_field(rec.fields[i], rec.lengths[i]);
		}
		text_str(&shown, "]");
	}
	return shown.s;
}

static void
test_no_quoting_and_resync(void)
{
	static const char raw[] = "NIP|NAMA|ALAMAT\n'1|Ma'ruf|Jl. \"Poros\" 1\n2|\"x|y\n";
	static const char bad[] = "a,b\n1,x\"y\n2,\"q\"r\n3,ok\n4,\"open\n";
	static const char utf16[] = "\xff\xfen\0i\0p\0\n\0";
	asn_csv_reader *r;

	/* doc/design.md, The exports: the raw SIASN export, '|' and no quoting */
	r = asn_csv_reader_from_memory(raw, sizeof(raw) - 1, "x.csv", '|');
	asn_csv_reader_set_quoting(r, 0);
	CHECK_STR(show_reader(r), "[NIP|NAMA|ALAMAT]['1|Ma'ruf|Jl. \"Poros\" 1][2|\"x|y]",
	    "no quoting: a quote is a character");
	asn_csv_reader_free(r);
	r = asn_csv_reader_from_memory(raw, sizeof(raw) - 1, "x.csv", '|');
	asn_csv_reader_set_quoting(r, 0);
	asn_csv_reader_set_libcsv_only(r, 1);
	CHECK_STR(show_reader(r), "[NIP|NAMA|ALAMAT]['1|Ma'ruf|Jl. \"Poros\" 1][2|\"x|y]",
	    "no quoting: libcsv alone splits the same");
	asn_csv_reader_free(r);

	r = asn_csv_reader_from_memory(bad, sizeof(bad) - 1, "b.csv", ',');
	CHECK_STR(show_resync(r), "[a|b]"
	    "!b.csv:2:2: quote in unquoted field (a field holding a quote must be quoted, "
	    "with the quote doubled)"
	    "!b.csv:3:2: malformed quoted field (a quote must be doubled inside quotes, and a "
	    "quoted field must end at a delimiter or line end)"
	    "[3|ok]!b.csv:5:2: unterminated quoted field",
	    "resync: each broken line is one error, the good line after them is read");
	asn_csv_reader_free(r);

	r = asn_csv_reader_from_memory(utf16, sizeof(utf16) - 1, "u.csv", 0);
	CHECK_STR(show_resync(r), "!u.csv: UTF-16 text (Excel's \"Unicode Text\"); save the sheet "
	    "as \"CSV UTF-8 (Comma delimited)\" and read that file", "UTF-16 is named, not read");
	asn_csv_reader_free(r);
}

int
main(void)
{
	test_line_ends();
	test_safe_cells();
	test_encodings();
	test_record_bounds();
	test_no_quoting_and_resync();
	test_blank_and_empty();
	test_bom();
	test_quoting_and_spaces();
	test_structure_errors();
	test_field_limit();
	test_ragged();
	test_open_and_read_errors();
	test_many_fields();
	test_stream_matches_memory();
	test_read_boundary();
	test_random_round_trip();
	test_detect();
	test_bytes();
	test_writer();
	test_round_trip();
	free(shown.s);
	free(lines.s);
	free(out_buf);
	return TEST_DONE();
}
