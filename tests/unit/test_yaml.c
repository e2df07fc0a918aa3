#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test.h"
#include "yaml.h"

static char err[512];

/* Load text as "t.yaml"; NULL (with err set) on error. */
static asn_yaml_node *
load(const char *text)
{
	asn_yaml_node *root;

	err[0] = '\0';
	if (asn_yaml_load_string(text, strlen(text), "t.yaml", &root, err,
	    sizeof(err)) < 0)
		return NULL;
	return root;
}

/* The error message of loading text, or "" when it loads. */
static const char *
load_error(const char *text)
{
	asn_yaml_node *root = load(text);

	if (root != NULL) {
		asn_yaml_free(root);
		return "";
	}
	return err;
}

/* 20,000 keys: each found again (the hash past 16 keys), the duplicate
 * named with the line of the first. */
static void
test_many_keys(void)
{
	size_t n = 20000, i, len = 0;
	char *text = malloc(n * 16 + 64), want[128];
	asn_yaml_node *root;

	for (i = 0; i < n; i++)
		len += (size_t)sprintf(text + len, "k%zu: %zu\n", i, i);
	root = load(text);
	CHECK(root != NULL && root->nitems == n, "20000 keys read");
	asn_yaml_free(root);
	for (i = 0; i < n; i += 1999) {
		sprintf(text + len, "k%zu: again\n", i);
		snprintf(want, sizeof want, "t.yaml:%zu:1: duplicate key 'k%zu' (first at line %zu)",
		    n + 1, i, i + 1);
		if (strcmp(load_error(text), want) != 0)
			break;
	}
	CHECK(i >= n, "a duplicate of any of 20000 keys found: %s", load_error(text));
	free(text);
}

static void
test_tree(void)
{
	asn_yaml_node *root;
	const asn_yaml_node *bup, *rules, *rule;
	int ok;

	root = load("# comment\n"
	    "bup:\n"
	    "  default: 58\n"
	    "  rules:\n"
	    "    - match: \"Guru *\"\n"
	    "      bup: 60\n"
	    "abk: {wke_hours: 1250, rounding: 'ceil'}\n");
	CHECK(root != NULL, "nested document loads: %s", err);
	if (root == NULL)
		return;
	CHECK_INT(root->kind, ASN_YAML_MAPPING, "root is a mapping");
	CHECK_INT(root->nitems, 2, "root has two keys");
	bup = asn_yaml_get(root, "bup");
	CHECK(bup != NULL && bup->kind == ASN_YAML_MAPPING, "bup is a mapping");
	CHECK_STR(bup->key, "bup", "value knows its key");
	CHECK_INT(bup->key_line, 2, "key line is 1-based");
	CHECK_INT(bup->key_column, 1, "key column is 1-based");
	CHECK_INT(bup->line, 3, "block mapping starts at its first key");
	CHECK_INT(bup->column, 3, "block mapping column");
	CHECK_STR(asn_yaml_get(bup, "default")->value, "58", "scalar value");
	ok = asn_yaml_get(bup, "default")->plain;
	CHECK(ok, "unquoted scalar is plain");
	CHECK_INT(asn_yaml_get(bup, "default")->line, 3, "scalar line");
	CHECK_INT(asn_yaml_get(bup, "default")->column, 12, "scalar column");
	rules = asn_yaml_get(bup, "rules");
	CHECK(rules != NULL && rules->kind == ASN_YAML_SEQUENCE, "rules is a list");
	CHECK_INT(rules->nitems, 1, "one rule");
	rule = rules->items[0];
	CHECK(rule->key == NULL, "a list item has no key");
	CHECK_INT(rule->line, 5, "list item line");
	CHECK_INT(rule->column, 7, "list item column");
	CHECK_STR(asn_yaml_get(rule, "match")->value, "Guru *", "double-quoted value");
	ok = !asn_yaml_get(rule, "match")->plain;
	CHECK(ok, "quoted scalar is not plain");
	CHECK_STR(asn_yaml_get(asn_yaml_get(root, "abk"), "rounding")->value, "ceil",
	    "flow mapping, single-quoted value");
	CHECK_INT(asn_yaml_get(root, "abk")->column, 6, "flow mapping column");
	ok = asn_yaml_get(root, "nope") == NULL;
	CHECK(ok, "absent key gives NULL");
	ok = asn_yaml_get(rules, "bup") == NULL;
	CHECK(ok, "get on a list gives NULL");
	asn_yaml_free(root);
}

static void
test_empty(void)
{
	static const char *const texts[] = { "", "# only a comment\n", "---\n",
	    "~\n", "\n\n" };
	asn_yaml_node *root;
	size_t i;
	int ok;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		root = load(texts[i]);
		CHECK(root != NULL && root->kind == ASN_YAML_MAPPING &&
		    root->nitems == 0, "empty document %zu is an empty mapping", i);
		asn_yaml_free(root);
	}
	root = load("a: 1\n---\nb: [\n");
	ok = root == NULL && strcmp(err, "t.yaml:2:1: a second document ('---'): give one "
	    "document a file") == 0;
	CHECK(ok, "a second document is an error, not ignored (even a broken one)");
	asn_yaml_free(root);
	asn_yaml_free(root);
	root = load("- a\n- b\n");
	CHECK(root != NULL && root->kind == ASN_YAML_SEQUENCE && root->nitems == 2,
	    "a list at the top level");
	asn_yaml_free(root);
}

static void
test_errors(void)
{
	char deep[200];

	CHECK_STR(load_error("a: [1, 2\n"),
	    "t.yaml:2:1: did not find expected ',' or ']' "
	    "(while parsing a flow sequence at line 1, column 4)",
	    "syntax error names libyaml's problem and context");
	CHECK_STR(load_error("a: 1\n b: 2\n"),
	    "t.yaml:2:3: mapping values are not allowed in this context",
	    "syntax error without context");
	CHECK_STR(load_error("a: \"open\n"),
	    "t.yaml:2:1: found unexpected end of stream "
	    "(while scanning a quoted scalar at line 1, column 4)",
	    "unterminated quoted scalar");
	CHECK_STR(load_error("a:\n\t- 1\n"),
	    "t.yaml:2:1: found character that cannot start any token "
	    "(while scanning for the next token at line 2, column 1)",
	    "tab indentation");
	CHECK_STR(load_error("a: 1\nb: 2\na: 3\n"),
	    "t.yaml:3:1: duplicate key 'a' (first at line 1)", "duplicate key");
	CHECK_STR(load_error("x:\n  a: 1\n  a: 2\n"),
	    "t.yaml:3:3: duplicate key 'a' (first at line 2)",
	    "duplicate key in a nested mapping");
	CHECK_STR(load_error("x: {a: 1}\ny: {a: 1}\n"), "",
	    "the same key in two mappings is fine");
	CHECK_STR(load_error("a: 1\n---\nb: 2\n"),
	    "t.yaml:2:1: a second document ('---'): give one document a file",
	    "a second document is refused, not ignored");
	test_many_keys();
	CHECK_STR(load_error("a: &x 1\nb: *x\n"),
	    "t.yaml:1:4: anchors are not supported", "anchor");
	CHECK_STR(load_error("b: *x\n"),
	    "t.yaml:1:4: aliases are not supported", "alias");
	CHECK_STR(load_error("? [a]\n: 1\n"),
	    "t.yaml:1:3: a mapping key must be a scalar", "list as a key");
	CHECK_STR(load_error("{{a: 1}: 1}"),
	    "t.yaml:1:2: a mapping key must be a scalar", "mapping as a key");
	CHECK_STR(load_error("a: \xff\n"),
	    "t.yaml:1:4: invalid leading UTF-8 octet (0xFF)", "invalid UTF-8");
	CHECK_STR(load_error("a: 1\nb: x\x01y\n"),
	    "t.yaml:2:5: control characters are not allowed (0x1)",
	    "control character");
	memset(deep, '[', 100);
	memset(deep + 100, ']', 99);
	deep[199] = '\0';
	CHECK_STR(load_error(deep), "t.yaml:1:65: nesting deeper than 64 levels",
	    "deep nesting");
	CHECK_STR(load_error("a: \"\\u00e9\xc3\xa9\"\n"), "", "UTF-8 text loads");
}

static void
test_nul_byte(void)
{
	static const char text[] = "a: 1\0b: 2\n";
	asn_yaml_node *root;
	int ok;

	ok = asn_yaml_load_string(text, sizeof(text) - 1, "t.yaml", &root, err,
	    sizeof(err)) < 0;
	CHECK(ok, "NUL byte in the input is an error");
	CHECK_STR(err, "t.yaml:1:5: control characters are not allowed (0x0)",
	    "NUL byte message");
}

static void
test_file(void)
{
	asn_yaml_node *root;
	char path[] = "/tmp/asn-test-yaml.XXXXXX", want[128];
	FILE *f;
	int fd, ok;

	ok = asn_yaml_load_file("/nonexistent/x.yaml", &root, err, sizeof(err)) < 0;
	CHECK(ok, "missing file is an error");
	CHECK_STR(err, "/nonexistent/x.yaml: No such file or directory",
	    "missing file message");
	ok = asn_yaml_load_file("/tmp", &root, err, sizeof(err)) < 0;
	CHECK(ok, "directory is an error");
	CHECK_STR(err, "/tmp: Is a directory", "directory message");
	if ((fd = mkstemp(path)) < 0 || (f = fdopen(fd, "w")) == NULL) {
		CHECK(0, "scratch file");
		return;
	}
	fputs("a: 1\nb: [x, y]\nb: 2\n", f);
	fclose(f);
	ok = asn_yaml_load_file(path, &root, err, sizeof(err)) < 0;
	CHECK(ok, "file with duplicate key");
	snprintf(want, sizeof(want), "%s:3:1: duplicate key 'b' (first at line 2)",
	    path);
	CHECK_STR(err, want, "file errors name the path");
	remove(path);
}

static void
test_int(void)
{
	asn_yaml_node *root = load("a: 58\nb: -3\nc: 90\nd: 12abc\ne: 5.0\n"
	    "f: 99999999999999999999\ng: {x: 1}\nh: [1]\ni:\nj: \"60\"\nk: ' 7'\n"
	    "l: 0x10\n");
	long v = 0;
	int ok;

	if (root == NULL)
		return;
	ok = asn_yaml_int(asn_yaml_get(root, "a"), "t.yaml", 40, 80, &v, err,
	    sizeof(err)) == 0 && v == 58;
	CHECK(ok, "integer in range");
	ok = asn_yaml_int(asn_yaml_get(root, "b"), "t.yaml", -5, 5, &v, err,
	    sizeof(err)) == 0 && v == -3;
	CHECK(ok, "negative integer");
	ok = asn_yaml_int(asn_yaml_get(root, "c"), "t.yaml", 40, 80, &v, err,
	    sizeof(err)) < 0;
	CHECK(ok, "integer above range");
	CHECK_STR(err, "t.yaml:3:4: key 'c': expected an integer from 40 to 80, got '90'",
	    "out of range message");
	asn_yaml_int(asn_yaml_get(root, "d"), "t.yaml", 0, 100, &v, err, sizeof(err));
	CHECK_STR(err, "t.yaml:4:4: key 'd': expected an integer from 0 to 100, got '12abc'",
	    "trailing garbage");
	asn_yaml_int(asn_yaml_get(root, "e"), "t.yaml", 0, 100, &v, err, sizeof(err));
	CHECK_STR(err, "t.yaml:5:4: key 'e': expected an integer from 0 to 100, got '5.0'",
	    "decimal is not an integer");
	asn_yaml_int(asn_yaml_get(root, "f"), "t.yaml", 0, 100, &v, err, sizeof(err));
	CHECK_STR(err, "t.yaml:6:4: key 'f': expected an integer from 0 to 100, "
	    "got '99999999999999999999'", "overflow");
	asn_yaml_int(asn_yaml_get(root, "g"), "t.yaml", 0, 100, &v, err, sizeof(err));
	CHECK_STR(err, "t.yaml:7:4: key 'g': expected an integer from 0 to 100, got a mapping",
	    "mapping for an integer");
	asn_yaml_int(asn_yaml_get(root, "h"), "t.yaml", 0, 100, &v, err, sizeof(err));
	CHECK_STR(err, "t.yaml:8:4: key 'h': expected an integer from 0 to 100, got a list",
	    "list for an integer");
	asn_yaml_int(asn_yaml_get(root, "i"), "t.yaml", 0, 100, &v, err, sizeof(err));
	CHECK_STR(err, "t.yaml:9:3: key 'i': expected an integer from 0 to 100, got nothing",
	    "empty value for an integer");
	ok = asn_yaml_int(asn_yaml_get(root, "j"), "t.yaml", 40, 80, &v, err,
	    sizeof(err)) == 0 && v == 60;
	CHECK(ok, "quoted integer");
	ok = asn_yaml_int(asn_yaml_get(root, "k"), "t.yaml", 0, 100, &v, err,
	    sizeof(err)) < 0;
	CHECK(ok, "leading space is not a number");
	ok = asn_yaml_int(asn_yaml_get(root, "l"), "t.yaml", 0, 100, &v, err,
	    sizeof(err)) < 0;
	CHECK(ok, "hexadecimal is not accepted");
	asn_yaml_free(root);
}

static void
test_double(void)
{
	static const struct {
		const char *text;
		double want;
	} good[] = {
		{ "88.31", 88.31 }, { "1", 1 }, { "-0.5", -0.5 }, { ".5", 0.5 },
		{ "5.", 5 }, { "1e2", 100 }, { "2.5E-1", 0.25 }, { "+3", 3 },
	};
	static const char *const bad[] = { "nan", "inf", "1,5", "0x10", "1e",
	    "e5", ".", "-", "1.2.3", "12 ", "1_000", "", "1e999" };
	char text[64];
	asn_yaml_node *root;
	double v;
	size_t i;
	int ok;

	for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		snprintf(text, sizeof(text), "x: \"%s\"\n", good[i].text);
		if ((root = load(text)) == NULL)
			continue;
		v = -1;
		ok = asn_yaml_double(asn_yaml_get(root, "x"), "t.yaml", -1e9, 1e9,
		    &v, err, sizeof(err)) == 0 && v == good[i].want;
		CHECK(ok, "number '%s'", good[i].text);
		asn_yaml_free(root);
	}
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		snprintf(text, sizeof(text), "x: \"%s\"\n", bad[i]);
		if ((root = load(text)) == NULL)
			continue;
		ok = asn_yaml_double(asn_yaml_get(root, "x"), "t.yaml", -1e9, 1e9,
		    &v, err, sizeof(err)) < 0;
		CHECK(ok, "not a number '%s'", bad[i]);
		asn_yaml_free(root);
	}
	if ((root = load("pj:\n  a: 1.5\n")) == NULL)
		return;
	asn_yaml_double(asn_yaml_get(asn_yaml_get(root, "pj"), "a"), "t.yaml",
	    0, 1.25, &v, err, sizeof(err));
	CHECK_STR(err, "t.yaml:2:6: key 'a': expected a number from 0 to 1.25, got '1.5'",
	    "out of range number message");
	asn_yaml_free(root);
}

static void
test_format_number(void)
{
	static const struct {
		double v;
		const char *want;
	} cases[] = {
		{ 0.9, "0.9" }, { 88.31, "88.31" }, { 1250, "1250" }, { 1, "1" },
		{ 0, "0" }, { -2.5, "-2.5" }, { 0.1 + 0.2, "0.30000000000000004" },
		{ 1e300, "1e+300" }, { 65.0, "65" },
	};
	char buf[32];
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		asn_yaml_format_number(cases[i].v, buf, sizeof(buf));
		CHECK_STR(buf, cases[i].want, "number format, case %zu", i);
	}
}

/* A locale with a decimal comma must change neither reading nor writing. */
static void
test_locale(void)
{
	static const char *const names[] = { "id_ID.UTF-8", "de_DE.UTF-8",
	    "fr_FR.UTF-8", "id_ID", "de_DE" };
	asn_yaml_node *root;
	char buf[32];
	double v = 0;
	size_t i;
	int ok;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (setlocale(LC_NUMERIC, names[i]) != NULL)
			break;
	if (i == sizeof(names) / sizeof(names[0])) {
		printf("# no decimal-comma locale installed; locale test skipped\n");
		return;
	}
	if ((root = load("x: 76.61\n")) != NULL) {
		ok = asn_yaml_double(asn_yaml_get(root, "x"), "t.yaml", 0, 100, &v,
		    err, sizeof(err)) == 0 && v == 76.61;
		CHECK(ok, "'.' decimals read under %s", names[i]);
		asn_yaml_free(root);
	}
	asn_yaml_format_number(76.61, buf, sizeof(buf));
	CHECK_STR(buf, "76.61", "'.' decimals written under %s", names[i]);
	setlocale(LC_NUMERIC, "C");
}

static void
test_string_enum_keys(void)
{
	static const char *const keys[] = { "match", "jenis_jabatan", "bup", NULL };
	static const char *const choices[] = { "round", "ceil", "floor", "none", NULL };
	asn_yaml_node *root = load("match: Guru *\nnull_value: ~\nlist: [a]\n"
	    "rounding: floor\nbad: up\nlong: \"line one\\nline two and then some "
	    "more text that goes on well past the end of the message\"\n");
	const char *s = NULL;
	int k = -1;
	int ok;

	if (root == NULL)
		return;
	ok = asn_yaml_string(asn_yaml_get(root, "match"), "t.yaml", &s, err,
	    sizeof(err)) == 0 && strcmp(s, "Guru *") == 0;
	CHECK(ok, "string");
	ok = asn_yaml_string(asn_yaml_get(root, "null_value"), "t.yaml", &s, err,
	    sizeof(err)) < 0;
	CHECK(ok, "null is not a string");
	CHECK_STR(err, "t.yaml:2:13: key 'null_value': expected a string, got nothing",
	    "null string message");
	asn_yaml_string(asn_yaml_get(root, "list"), "t.yaml", &s, err, sizeof(err));
	CHECK_STR(err, "t.yaml:3:7: key 'list': expected a string, got a list",
	    "list for a string");
	ok = asn_yaml_enum(asn_yaml_get(root, "rounding"), "t.yaml", choices, &k,
	    err, sizeof(err)) == 0 && k == 2;
	CHECK(ok, "enum value");
	ok = asn_yaml_enum(asn_yaml_get(root, "bad"), "t.yaml", choices, &k,
	    err, sizeof(err)) < 0;
	CHECK(ok, "enum mismatch");
	CHECK_STR(err, "t.yaml:5:6: key 'bad': expected one of round, ceil, floor, "
	    "none, got 'up'", "enum message");
	asn_yaml_enum(asn_yaml_get(root, "long"), "t.yaml", choices, &k, err,
	    sizeof(err));
	CHECK_STR(err, "t.yaml:6:7: key 'long': expected one of round, ceil, floor, "
	    "none, got 'line one?line two and then some more text that goes on well "
	    "past t...'",
	    "long values are shortened and controls masked");
	ok = asn_yaml_expect(root, ASN_YAML_MAPPING, "t.yaml", err, sizeof(err)) == 0;
	CHECK(ok, "expect mapping");
	asn_yaml_expect(asn_yaml_get(root, "list"), ASN_YAML_MAPPING, "t.yaml", err,
	    sizeof(err));
	CHECK_STR(err, "t.yaml:3:7: key 'list': expected a mapping, got a list",
	    "expect message");
	asn_yaml_error(asn_yaml_get(root, "bad"), "t.yaml", err, sizeof(err),
	    "rounding '%s' is not known", "up");
	CHECK_STR(err, "t.yaml:5:6: rounding 'up' is not known", "error at a node");
	asn_yaml_error(root, "t.yaml", err, 10, "%s", "cut");
	CHECK_STR(err, "t.yaml:1:", "error cut to the buffer");
	ok = asn_yaml_is_null(asn_yaml_get(root, "null_value"));
	CHECK(ok, "~ is null");
	ok = !asn_yaml_is_null(asn_yaml_get(root, "match"));
	CHECK(ok, "text is not null");
	asn_yaml_free(root);

	root = load("match: x\nbup: 60\njabatan: y\n");
	if (root == NULL)
		return;
	ok = asn_yaml_check_keys(root, "t.yaml", keys, err, sizeof(err)) < 0;
	CHECK(ok, "unknown key");
	CHECK_STR(err, "t.yaml:3:1: unknown key 'jabatan' (expected one of: match, "
	    "jenis_jabatan, bup)", "unknown key message");
	asn_yaml_free(root);
	root = load("bup: 60\nmatch: x\n");
	ok = root && asn_yaml_check_keys(root, "t.yaml", keys, err, sizeof(err)) == 0;
	CHECK(ok, "known keys in any order");
	asn_yaml_free(root);
}

/* Counts its calls; returns the mapping's size, or -1 with an error. */
static int
count_keys(void *obj, const asn_yaml_node *root, const char *name, char *e,
    size_t esize)
{
	int *calls = obj;

	(*calls)++;
	if (root->kind != ASN_YAML_MAPPING || root->nitems > 2) {
		snprintf(e, esize, "%s: too many keys", name);
		return -1;
	}
	return (int)root->nitems;
}

static void
test_build(void)
{
	int calls = 0;

	CHECK_INT(asn_yaml_build_string("x: 1\ny: 2\n", 10, "a.yaml", count_keys, &calls,
	    err, sizeof(err)), 2, "build: the builder's result is returned");
	CHECK_INT(asn_yaml_build_string("x: [1\n", 6, "b.yaml", count_keys, &calls, err,
	    sizeof(err)), -1, "build: a syntax error is -1");
	CHECK_INT(calls, 1, "build: the builder is not called on a syntax error");
	CHECK(strncmp(err, "b.yaml:", 7) == 0, "build: the error names the text: %s", err);
	CHECK_INT(asn_yaml_build_string("a: 1\nb: 2\nc: 3\n", 15, "c.yaml", count_keys, &calls,
	    err, sizeof(err)), -1, "build: the builder's error is -1");
	CHECK_STR(err, "c.yaml: too many keys", "build: the builder's message");
	CHECK_INT(asn_yaml_build_file("/nonexistent/d.yaml", count_keys, &calls, err,
	    sizeof(err)), -1, "build: a missing file is -1");
	CHECK_STR(err, "/nonexistent/d.yaml: No such file or directory",
	    "build: a missing file names it");
	CHECK_INT(calls, 2, "build: called once per parsed document");
	CHECK_INT(asn_yaml_build_string(NULL, 0, NULL, count_keys, &calls, err,
	    sizeof(err)), 0, "build: no text is an empty mapping");
}

int
main(void)
{
	test_tree();
	test_empty();
	test_errors();
	test_nul_byte();
	test_file();
	test_int();
	test_double();
	test_format_number();
	test_locale();
	test_string_enum_keys();
	test_build();
	return TEST_DONE();
}
