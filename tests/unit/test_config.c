#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "config.h"
#include "test.h"

static char err[512];

static int
load(asn_config *cfg, const char *text)
{
	err[0] = '\0';
	return asn_config_load_string(cfg, text, strlen(text), "t.yaml", err,
	    sizeof(err));
}

/* The error message of loading text, or "" when it loads. */
static const char *
load_error(const char *text)
{
	asn_config cfg;
	int r = load(&cfg, text);

	asn_config_free(&cfg);
	return r < 0 ? err : "";
}

/* asn_config_print into a string (caller frees). */
static char *
print(const asn_config *cfg)
{
	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);

	if (f == NULL)
		return NULL;
	asn_config_print(cfg, f);
	fclose(f);
	return text;
}

/* Printing cfg and loading the text back gives the same values. */
static int
round_trips(const asn_config *cfg)
{
	asn_config back;
	char *text = print(cfg);
	int same;

	if (text == NULL)
		return 0;
	same = load(&back, text) == 0 && asn_config_equal(cfg, &back);
	if (!same)
		printf("# %s\n%s", err, text);
	asn_config_free(&back);
	free(text);
	return same;
}

static void
test_defaults(void)
{
	asn_config cfg;

	asn_config_defaults(&cfg);
	CHECK_INT(cfg.bup_default, 58, "BUP default 58");
	CHECK_INT(cfg.nbup_rules, 9, "nine built-in BUP rules");
	CHECK_STR(cfg.bup_rules[0].jabatan, "Guru Besar*", "professor rule first");
	CHECK_INT(cfg.bup_rules[0].bup, 70, "professor 70 (UU 14/2005 art. 67 (5))");
	CHECK_STR(cfg.bup_rules[2].jabatan, "Guru *", "guru rule after the professors");
	CHECK(cfg.bup_rules[2].jenis_jabatan == NULL, "guru rule on the name only");
	CHECK_INT(cfg.bup_rules[2].bup, 60, "guru 60");
	CHECK_STR(cfg.bup_rules[3].jabatan, "Dosen *", "dosen rule");
	CHECK_INT(cfg.bup_rules[3].bup, 65, "dosen 65");
	CHECK_STR(cfg.bup_rules[7].jenis_jabatan, "fungsional_ahli_utama",
	    "ahli utama rule");
	CHECK_INT(cfg.bup_rules[7].bup, 65, "ahli utama 65");
	CHECK(cfg.wke_hours == 1250, "WKE 1250 hours");
	CHECK_INT(cfg.rounding, ASN_ROUND_HALF_UP, "rounding half up");
	CHECK(cfg.pj_a == 1.00 && cfg.pj_b == 0.90 && cfg.pj_c == 0.70 &&
	    cfg.pj_d == 0.50, "PJ bands");
	CHECK(cfg.kinerja_low_max == 60 && cfg.kinerja_mid_max == 80 &&
	    cfg.potensi_low_max == 60 && cfg.potensi_mid_max == 80, "talent bands");
	CHECK(cfg.skp_sangat_baik == 90 && cfg.skp_baik == 70 &&
	    cfg.skp_butuh_perbaikan == 50 && cfg.skp_kurang == 40 &&
	    cfg.skp_sangat_kurang == 30, "SKP values");
	CHECK(cfg.ikm_a == 88.31 && cfg.ikm_b == 76.61 && cfg.ikm_c == 65.00 &&
	    cfg.ikm_d == 25.00, "IKM bounds");
	CHECK(cfg.jp_minimum == 20, "20 JP");
	CHECK(cfg.age_min == 17 && cfg.age_max == 70 && cfg.tmt_min_age == 17,
	    "import ages");
	CHECK(cfg.source == NULL, "defaults have no source");
	asn_config_free(&cfg);
}

static void
test_example(void)
{
	asn_config defaults, cfg;
	char *text;
	int ok;

	asn_config_defaults(&defaults);
	ok = asn_config_load_file(&cfg, "examples/asn.yaml", err, sizeof(err)) == 0;
	CHECK(ok, "examples/asn.yaml loads: %s", err);
	CHECK(asn_config_equal(&cfg, &defaults),
	    "examples/asn.yaml is exactly the built-in defaults");
	CHECK_STR(cfg.source, "examples/asn.yaml", "source records the path");
	text = print(&cfg);
	CHECK(text != NULL && strncmp(text, "# configuration: examples/asn.yaml\n",
	    35) == 0, "print names the file");
	free(text);
	ok = round_trips(&cfg);
	CHECK(ok, "printed example loads back the same");
	asn_config_free(&cfg);

	text = print(&defaults);
	CHECK(text != NULL && strncmp(text, "# configuration: built-in defaults\n",
	    35) == 0, "print names the defaults");
	CHECK(text != NULL && strstr(text, "    - match: \"Guru *\"\n      bup: 60\n"),
	    "glob printed quoted");
	CHECK(text != NULL && strstr(text, "    - jenis_jabatan: jpt_utama\n"),
	    "identifier printed plain");
	CHECK(text != NULL && strstr(text, "  a: 88.31\n"), "'.' decimals");
	free(text);
	ok = round_trips(&defaults);
	CHECK(ok, "printed defaults load back the same");
	asn_config_free(&defaults);
}

static void
test_overrides(void)
{
	asn_config cfg;
	int ok;

	ok = load(&cfg, "bup:\n  default: 56\n") == 0;
	CHECK(ok, "bup.default alone");
	CHECK_INT(cfg.bup_default, 56, "default overridden");
	CHECK_INT(cfg.nbup_rules, 9, "built-in rules kept");
	CHECK_STR(cfg.source, "t.yaml", "source is the name");
	asn_config_free(&cfg);

	ok = load(&cfg, "bup:\n  rules:\n"
	    "    - {match: \"Penyuluh *\", jenis_jabatan: fungsional_ahli_madya, bup: 62}\n"
	    "    - jenis_jabatan: pengawas\n      bup: 59\n") == 0;
	CHECK(ok, "bup.rules: %s", err);
	CHECK_INT(cfg.nbup_rules, 2, "rules list replaced");
	CHECK_STR(cfg.bup_rules[0].jabatan, "Penyuluh *", "rule glob");
	CHECK_STR(cfg.bup_rules[0].jenis_jabatan, "fungsional_ahli_madya",
	    "rule jenis_jabatan");
	CHECK_INT(cfg.bup_rules[0].bup, 62, "rule bup");
	CHECK(cfg.bup_rules[1].jabatan == NULL, "rule without match");
	CHECK_INT(cfg.bup_default, 58, "default kept");
	ok = round_trips(&cfg);
	CHECK(ok, "custom rules print and load back");
	asn_config_free(&cfg);

	ok = load(&cfg, "bup:\n  rules: []\n") == 0;
	CHECK(ok, "empty rules list");
	CHECK_INT(cfg.nbup_rules, 0, "no rules at all");
	ok = round_trips(&cfg);
	CHECK(ok, "empty rules list prints and loads back");
	asn_config_free(&cfg);

	ok = load(&cfg, "abk:\n  wke_hours: 1200\n  rounding: ceil\n"
	    "  pj: {c: 0.75}\ntalent:\n  potensi: {sedang_max: 85.5}\n"
	    "skp: {baik: 75}\nikm: {d: 30}\ntraining: {jp_minimum: 24}\n"
	    "import: {age_max: 65, tmt_min_age: 18}\n") == 0;
	CHECK(ok, "every section: %s", err);
	CHECK(cfg.wke_hours == 1200, "wke_hours");
	CHECK_INT(cfg.rounding, ASN_ROUND_CEIL, "rounding ceil");
	CHECK(cfg.pj_c == 0.75 && cfg.pj_b == 0.90, "one PJ bound");
	CHECK(cfg.potensi_mid_max == 85.5 && cfg.potensi_low_max == 60 &&
	    cfg.kinerja_mid_max == 80, "one talent bound");
	CHECK(cfg.skp_baik == 75 && cfg.skp_kurang == 40, "one SKP value");
	CHECK(cfg.ikm_d == 30 && cfg.ikm_c == 65, "one IKM bound");
	CHECK(cfg.jp_minimum == 24, "jp_minimum");
	CHECK(cfg.age_max == 65 && cfg.age_min == 17 && cfg.tmt_min_age == 18,
	    "import ages");
	ok = round_trips(&cfg);
	CHECK(ok, "overrides print and load back");
	asn_config_free(&cfg);

	ok = load(&cfg, "abk: {rounding: none}\n") == 0 &&
	    cfg.rounding == ASN_ROUND_NONE;
	CHECK(ok, "rounding none");
	asn_config_free(&cfg);
	ok = load(&cfg, "abk: {rounding: floor}\n") == 0 &&
	    cfg.rounding == ASN_ROUND_FLOOR;
	CHECK(ok, "rounding floor");
	ok = round_trips(&cfg);
	CHECK(ok, "rounding prints and loads back");
	asn_config_free(&cfg);
	ok = load(&cfg, "talent:\nskp: ~\n# nothing else\n") == 0 &&
	    cfg.kinerja_low_max == 60;
	CHECK(ok, "empty sections keep the defaults");
	asn_config_free(&cfg);
	ok = load(&cfg, "") == 0 && cfg.bup_default == 58;
	CHECK(ok, "empty file");
	asn_config_free(&cfg);
}

static void
test_strings(void)
{
	static const char *const globs[] = { "Guru *", "a\"b\\c", "tab\there",
	    "line\nbreak", "Kepala Dinas: *", "# not a comment", "*", "null",
	    "true", "Guru Bahasa Ind\xc3\xb4nesia", "nel\xc2\x85ls\xe2\x80\xa8",
	    "  spaced  ", "&anchor", "-", "x\x7fy", "'quoted'", "123" };
	asn_config cfg;
	size_t i;
	int ok;

	asn_config_defaults(&cfg);
	for (i = 0; i < sizeof(globs) / sizeof(globs[0]); i++) {
		free(cfg.bup_rules[0].jabatan);
		cfg.bup_rules[0].jabatan = strdup(globs[i]);
		ok = round_trips(&cfg);
		CHECK(ok, "glob %zu prints and loads back", i);
	}
	free(cfg.source);
	cfg.source = strdup("odd\nname.yaml");
	ok = round_trips(&cfg);
	CHECK(ok, "a newline in the source name stays in the comment");
	asn_config_free(&cfg);
}

static void
test_errors(void)
{
	asn_config cfg, defaults;
	int ok;

	CHECK_STR(load_error("bup:\n  default: [58\n"),
	    "t.yaml:3:1: did not find expected ',' or ']' "
	    "(while parsing a flow sequence at line 2, column 12)", "syntax error");
	CHECK_STR(load_error("bup: 58\nbup: 60\n"),
	    "t.yaml:2:1: duplicate key 'bup' (first at line 1)", "duplicate key");
	CHECK_STR(load_error("ikm:\n  a: 90\n  a: 91\n"),
	    "t.yaml:3:3: duplicate key 'a' (first at line 2)", "nested duplicate key");
	CHECK_STR(load_error("bpu:\n  default: 58\n"),
	    "t.yaml:1:1: unknown key 'bpu' (expected one of: bup, abk, talent, skp, "
	    "ikm, training, import, kedudukan, nama, redistribusi, bahasa)", "unknown top-level key");
	CHECK_STR(load_error("abk:\n  wke: 1250\n"),
	    "t.yaml:2:3: unknown key 'wke' (expected one of: wke_hours, hari_kerja, minggu_kerja, rounding, pj)",
	    "unknown key in a section");
	CHECK_STR(load_error("abk:\n  pj: {a: 1, e: 0}\n"),
	    "t.yaml:2:14: unknown key 'e' (expected one of: a, b, c, d)",
	    "unknown key two levels down");
	CHECK_STR(load_error("bup:\n  rules:\n    - match: x\n      bup: 60\n"
	    "      jabatan: y\n"),
	    "t.yaml:5:7: unknown key 'jabatan' (expected one of: match, "
	    "jenis_jabatan, bup)", "unknown key in a rule");
	CHECK_STR(load_error("talent:\n  kinerja:\n    tinggi_min: 80\n"),
	    "t.yaml:3:5: unknown key 'tinggi_min' (expected one of: rendah_max, "
	    "sedang_max)", "unknown key in a talent band");
	CHECK_STR(load_error("bup: 58\n"),
	    "t.yaml:1:6: key 'bup': expected a mapping, got '58'",
	    "scalar where a section belongs");
	CHECK_STR(load_error("- bup\n"),
	    "t.yaml:1:1: expected a mapping, got a list", "list at the top level");
	CHECK_STR(load_error("bup:\n  rules:\n    match: x\n    bup: 60\n"),
	    "t.yaml:3:5: key 'rules': expected a list, got a mapping",
	    "rules not a list");
	CHECK_STR(load_error("bup:\n  rules:\n    - 60\n"),
	    "t.yaml:3:7: expected a mapping, got '60'", "rule not a mapping");
	CHECK_STR(load_error("bup:\n  default: lima puluh\n"),
	    "t.yaml:2:12: key 'default': expected an integer from 40 to 80, "
	    "got 'lima puluh'", "wrong type");
	CHECK_STR(load_error("bup:\n  default: 58.5\n"),
	    "t.yaml:2:12: key 'default': expected an integer from 40 to 80, "
	    "got '58.5'", "fractional BUP");
	CHECK_STR(load_error("bup:\n  default: 90\n"),
	    "t.yaml:2:12: key 'default': expected an integer from 40 to 80, "
	    "got '90'", "BUP out of range");
	CHECK_STR(load_error("bup:\n  rules:\n    - {match: x, bup: 30}\n"),
	    "t.yaml:3:23: key 'bup': expected an integer from 40 to 80, got '30'",
	    "rule BUP out of range");
	CHECK_STR(load_error("bup:\n  rules:\n    - bup: 60\n"),
	    "t.yaml:3:7: bup rule needs 'match' or 'jenis_jabatan'",
	    "rule with neither match nor jenis_jabatan");
	CHECK_STR(load_error("bup:\n  rules:\n    - match: \"Guru *\"\n"),
	    "t.yaml:3:7: bup rule needs 'bup'", "rule without bup");
	CHECK_STR(load_error("bup:\n  rules:\n    - {match: ~, bup: 60}\n"),
	    "t.yaml:3:15: key 'match': expected a string, got nothing",
	    "empty match");
	CHECK_STR(load_error("bup:\n  rules:\n    - {jenis_jabatan: jpt, bup: 60}\n"),
	    "t.yaml:3:23: key 'jenis_jabatan': expected one of jpt_utama, jpt_madya, "
	    "jpt_pratama, administrator, pengawas, pelaksana, fungsional_ahli_utama, "
	    "fungsional_ahli_madya, fungsional_ahli_muda, fungsional_ahli_pertama, "
	    "fungsional_penyelia, fungsional_mahir, fungsional_terampil, "
	    "fungsional_pemula, got 'jpt'", "unknown jenis_jabatan");
	CHECK_STR(load_error("abk:\n  rounding: up\n"),
	    "t.yaml:2:13: key 'rounding': expected one of round, ceil, floor, none, "
	    "got 'up'", "unknown rounding");
	CHECK_STR(load_error("abk:\n  wke_hours: 0\n"),
	    "t.yaml:2:14: key 'wke_hours': expected a number from 1 to 8784, got '0'",
	    "zero WKE");
	CHECK_STR(load_error("abk:\n  pj: {a: -1}\n"),
	    "t.yaml:2:11: key 'a': expected a number from 0 to 10, got '-1'",
	    "negative PJ bound");
	CHECK_STR(load_error("abk:\n  pj:\n    c: 0.95\n"),
	    "t.yaml:3:5: abk.pj: expected a >= b >= c >= d, got a 1, b 0.9, c 0.95, "
	    "d 0.5", "PJ bounds out of order");
	CHECK_STR(load_error("talent:\n  kinerja: {rendah_max: 80, sedang_max: 70}\n"),
	    "t.yaml:2:12: talent.kinerja: rendah_max (80) must be less than "
	    "sedang_max (70)", "kinerja bands out of order");
	CHECK_STR(load_error("talent:\n  potensi: {rendah_max: 80}\n"),
	    "t.yaml:2:12: talent.potensi: rendah_max (80) must be less than "
	    "sedang_max (80)", "potensi bands equal");
	CHECK_STR(load_error("talent:\n  potensi: {sedang_max: 100.5}\n"),
	    "t.yaml:2:25: key 'sedang_max': expected a number from 0 to 100, "
	    "got '100.5'", "talent bound above 100");
	CHECK_STR(load_error("skp:\n  baik: 101\n"),
	    "t.yaml:2:9: key 'baik': expected a number from 0 to 100, got '101'",
	    "SKP value above 100");
	CHECK_STR(load_error("ikm:\n  b: 88.31\n"),
	    "t.yaml:2:3: ikm: expected a > b > c > d, got a 88.31, b 88.31, c 65, "
	    "d 25", "IKM bounds not strictly decreasing");
	CHECK_STR(load_error("ikm: {a: 120}\n"),
	    "t.yaml:1:10: key 'a': expected a number from 0 to 100, got '120'",
	    "IKM bound above 100");
	CHECK_STR(load_error("training: {jp_minimum: -20}\n"),
	    "t.yaml:1:24: key 'jp_minimum': expected a number from 0 to 1000, "
	    "got '-20'", "negative JP");
	CHECK_STR(load_error("import:\n  age_min: 71\n"),
	    "t.yaml:2:3: import: age_min (71) must be less than age_max (70)",
	    "age_min above age_max");
	CHECK_STR(load_error("import:\n  age_max: 150\n"),
	    "t.yaml:2:12: key 'age_max': expected an integer from 10 to 100, "
	    "got '150'", "absurd age");
	CHECK_STR(load_error("import:\n  age_max: 60\n  tmt_min_age: 61\n"),
	    "t.yaml:2:3: import: tmt_min_age (61) must not exceed age_max (60)",
	    "TMT age above age_max");
	CHECK_STR(load_error("abk: &a {wke_hours: 1}\n"),
	    "t.yaml:1:6: anchors are not supported", "anchor");

	asn_config_defaults(&defaults);
	ok = load(&cfg, "bup:\n  default: 60\n  rules:\n    - {match: x, bup: 61}\n"
	    "    - {bup: 62}\n") < 0;
	CHECK(ok, "error after some values were read");
	CHECK(asn_config_equal(&cfg, &defaults) && cfg.source == NULL,
	    "on error cfg holds the defaults");
	asn_config_free(&cfg);
	asn_config_free(&defaults);
}

static void
write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	if (f == NULL)
		return;
	fputs(text, f);
	fclose(f);
}

/* The lookup order of asn_config_load, in a scratch directory. */
static void
test_lookup(void)
{
	char dir[] = "/tmp/asn-test-config.XXXXXX", cwd[4096], path[4200];
	asn_config cfg;
	int ok;

	if (getcwd(cwd, sizeof(cwd)) == NULL || mkdtemp(dir) == NULL ||
	    chdir(dir) < 0) {
		CHECK(0, "scratch directory");
		return;
	}
	unsetenv("ASN_CONFIG");
	setenv("XDG_CONFIG_HOME", "xdg", 1);
	setenv("HOME", "home", 1);
	/* the installed configuration, here in the scratch directory */
	asn_config_system = "system.yaml";

	ok = asn_config_load(&cfg, NULL, err, sizeof(err)) == 0 &&
	    cfg.source == NULL && cfg.bup_default == 58;
	CHECK(ok, "no file: defaults");
	asn_config_free(&cfg);

	write_file("system.yaml", "bup: {default: 61}\n");
	ok = asn_config_load(&cfg, NULL, err, sizeof(err)) == 0 &&
	    cfg.bup_default == 61;
	CHECK(ok, "no other file: the installed one");
	CHECK_STR(cfg.source, "system.yaml", "source of the installed file");
	asn_config_free(&cfg);

	mkdir("home", 0777);
	mkdir("home/.config", 0777);
	mkdir("home/.config/asn", 0777);
	write_file("home/.config/asn/config.yaml", "bup: {default: 55}\n");
	ok = asn_config_load(&cfg, NULL, err, sizeof(err)) == 0 &&
	    cfg.bup_default == 61;
	CHECK(ok, "XDG_CONFIG_HOME set: ~/.config not read");
	asn_config_free(&cfg);
	unsetenv("XDG_CONFIG_HOME");
	ok = asn_config_load(&cfg, NULL, err, sizeof(err)) == 0 &&
	    cfg.bup_default == 55;
	CHECK(ok, "$HOME/.config/asn/config.yaml before the installed one");
	CHECK_STR(cfg.source, "home/.config/asn/config.yaml", "source of the home file");
	asn_config_free(&cfg);

	setenv("XDG_CONFIG_HOME", "xdg", 1);
	mkdir("xdg", 0777);
	mkdir("xdg/asn", 0777);
	write_file("xdg/asn/config.yaml", "bup: {default: 56}\n");
	ok = asn_config_load(&cfg, NULL, err, sizeof(err)) == 0 &&
	    cfg.bup_default == 56;
	CHECK(ok, "$XDG_CONFIG_HOME/asn/config.yaml");
	CHECK_STR(cfg.source, "xdg/asn/config.yaml", "source of the XDG file");
	asn_config_free(&cfg);

	write_file("asn.yaml", "bup: {default: 57}\n");
	ok = asn_config_load(&cfg, NULL, err, sizeof(err)) == 0 &&
	    cfg.bup_default == 57;
	CHECK(ok, "./asn.yaml before the XDG file");
	CHECK_STR(cfg.source, "asn.yaml", "source of ./asn.yaml");
	asn_config_free(&cfg);

	write_file("env.yaml", "bup: {default: 59}\n");
	setenv("ASN_CONFIG", "env.yaml", 1);
	ok = asn_config_load(&cfg, NULL, err, sizeof(err)) == 0 &&
	    cfg.bup_default == 59;
	CHECK(ok, "$ASN_CONFIG before ./asn.yaml");
	asn_config_free(&cfg);

	write_file("explicit.yaml", "bup: {default: 60}\n");
	ok = asn_config_load(&cfg, "explicit.yaml", err, sizeof(err)) == 0 &&
	    cfg.bup_default == 60;
	CHECK(ok, "explicit path first");
	CHECK_STR(cfg.source, "explicit.yaml", "source of the explicit path");
	asn_config_free(&cfg);

	ok = asn_config_load(&cfg, "missing.yaml", err, sizeof(err)) < 0;
	CHECK(ok, "missing explicit path is an error");
	CHECK_STR(err, "missing.yaml: No such file or directory", "its message");
	asn_config_free(&cfg);
	setenv("ASN_CONFIG", "gone.yaml", 1);
	ok = asn_config_load(&cfg, NULL, err, sizeof(err)) < 0;
	CHECK(ok, "missing $ASN_CONFIG is an error");
	CHECK_STR(err, "gone.yaml: No such file or directory", "its message");
	asn_config_free(&cfg);
	setenv("ASN_CONFIG", "", 1);
	ok = asn_config_load(&cfg, NULL, err, sizeof(err)) == 0 &&
	    cfg.bup_default == 57;
	CHECK(ok, "empty $ASN_CONFIG is ignored");
	asn_config_free(&cfg);
	unsetenv("ASN_CONFIG");

	remove("asn.yaml");
	mkdir("asn.yaml", 0777);
	ok = asn_config_load(&cfg, NULL, err, sizeof(err)) < 0;
	CHECK(ok, "an ./asn.yaml that cannot be read is an error");
	CHECK_STR(err, "asn.yaml: Is a directory", "its message");
	asn_config_free(&cfg);
	rmdir("asn.yaml");

	write_file("asn.yaml", "abk:\n  rounding: sometimes\n");
	ok = asn_config_load(&cfg, NULL, err, sizeof(err)) < 0;
	CHECK(ok, "an error in the file found");
	CHECK_STR(err, "asn.yaml:2:13: key 'rounding': expected one of round, ceil, "
	    "floor, none, got 'sometimes'", "names the file found");
	asn_config_free(&cfg);

	remove("asn.yaml");
	remove("env.yaml");
	remove("explicit.yaml");
	remove("system.yaml");
	asn_config_system = NULL;
	ok = asn_config_load(&cfg, NULL, err, sizeof(err)) == 0 &&
	    cfg.bup_default == 56;
	CHECK(ok, "no installed one (NULL): the XDG file still");
	asn_config_free(&cfg);
	remove("xdg/asn/config.yaml");
	rmdir("xdg/asn");
	rmdir("xdg");
	remove("home/.config/asn/config.yaml");
	rmdir("home/.config/asn");
	rmdir("home/.config");
	rmdir("home");
	snprintf(path, sizeof(path), "%s", dir);
	if (chdir(cwd) == 0)
		rmdir(path);
}

int
main(void)
{
	test_defaults();
	test_example();
	test_overrides();
	test_strings();
	test_errors();
	test_lookup();
	return TEST_DONE();
}
