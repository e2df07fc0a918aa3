#include <math.h>
#include <string.h>

#include "seleksi.h"
#include "test.h"

static const char rules[] =
	"peserta: no_peserta\n"
	"formasi: [unit, jabatan]\n"
	"tes:\n"
	"  - {kolom: twk, maks: 150, ambang: 65}\n"
	"  - {kolom: tiu, maks: 175, ambang: 80}\n"
	"  - {kolom: tkp, maks: 225, ambang: 166}\n"
	"  - {kolom: skb, maks: 100}\n"
	"integrasi:\n"
	"  - {nama: skd, tes: [twk, tiu, tkp], bobot: 40}\n"
	"  - {nama: skb, tes: skb, bobot: 60}\n"
	"seri: [skb, tkp]\n";

static int load(asn_seleksi *s)
{
	char err[512];

	return asn_seleksi_load_string(s, rules, sizeof rules - 1, "seleksi.yaml", err, sizeof err);
}

static void test_load(void)
{
	static const char minimal[] = "tes: [{kolom: x, maks: 10}]\nintegrasi: [{tes: x, bobot: 100}]\n";
	asn_seleksi s;
	asn_seleksi d;
	char err[512];

	CHECK_INT(load(&s), 0, "rules load");
	CHECK_STR(s.peserta, "no_peserta", "peserta column");
	CHECK_INT(s.nformasi, 2, "two formasi columns");
	CHECK_STR(s.formasi[1], "jabatan", "second formasi column");
	CHECK_INT(s.ntes, 4, "four tests");
	CHECK(s.tes[2].maks == 225 && s.tes[2].ambang == 166, "tkp maks and ambang");
	CHECK(s.tes[3].ambang == 0, "ambang defaults to 0");
	CHECK_INT(s.ngrup, 2, "two groups");
	CHECK_INT(s.grup[0].ntes, 3, "skd has three tests");
	CHECK_INT(s.grup[1].ntes, 1, "a single test may be a scalar");
	CHECK_STR(s.grup[1].nama, "skb", "group name");
	CHECK_INT(s.nseri, 2, "two tie-break tests");
	CHECK_INT(s.seri[1], 2, "second tie-break is tkp");
	asn_seleksi_free(&s);

	CHECK_INT(asn_seleksi_load_string(&d, minimal, sizeof minimal - 1, "d.yaml", err, sizeof err),
	          0, "defaults load");
	CHECK_STR(d.peserta, "no_peserta", "default peserta column");
	CHECK_STR(d.formasi[0], "formasi", "default formasi column");
	CHECK_INT(d.nseri, 0, "no seri");
	asn_seleksi_free(&d);
}

static void test_errors(void)
{
	static const struct { const char *yaml, *err; } cases[] = {
		{ "tes: [{kolom: x, maks: 10}]\nintegrasi: [{tes: x, bobot: 60}]\n",
		  "bad.yaml:2:12: integrasi: the weights (bobot) add up to 60, expected 100" },
		{ "tes: [{kolom: x, maks: 10}]\nintegrasi: [{tes: y, bobot: 100}]\n",
		  "bad.yaml:2:19: test 'y' is not in 'tes'" },
		{ "tes: [{kolom: x, maks: 10, ambang: 11}]\nintegrasi: [{tes: x, bobot: 100}]\n",
		  "bad.yaml:1:36: key 'ambang': expected a number from 0 to 10, got '11'" },
		{ "tes: [{kolom: x, maks: 0}]\nintegrasi: [{tes: x, bobot: 100}]\n",
		  "bad.yaml:1:24: key 'maks': expected a number above 0, got '0'" },
		{ "tes: [{kolom: x, maks: 10}, {kolom: x, maks: 5}]\nintegrasi: [{tes: x, bobot: 100}]\n",
		  "bad.yaml:1:37: test 'x' given twice" },
		{ "tes: [{kolom: x}]\nintegrasi: [{tes: x, bobot: 100}]\n",
		  "bad.yaml:1:7: test needs 'maks' (its highest possible score)" },
		{ "tes: [{kolom: x, maks: 10}]\n",
		  "bad.yaml:1:1: missing key 'integrasi' (a list of {tes, bobot})" },
		{ "integrasi: []\n", "bad.yaml:1:1: missing key 'tes' (a list of {kolom, maks, ambang})" },
		{ "tes: []\nintegrasi: []\n", "bad.yaml:1:6: key 'tes': expected at least one item, got an empty list" },
		{ "tes: [{kolom: x, maks: 10}]\nintegrasi: [{tes: x, bobot: 100}]\nbobot: 1\n",
		  "bad.yaml:3:1: unknown key 'bobot' (expected one of: peserta, formasi, tes, integrasi, seri)" },
		{ "tes: [{kolom: x, maks: 10}]\nintegrasi: [{tes: x, bobot: 100}]\nseri: [z]\n",
		  "bad.yaml:3:8: test 'z' is not in 'tes'" },
		{ "formasi: []\ntes: [{kolom: x, maks: 10}]\nintegrasi: [{tes: x, bobot: 100}]\n",
		  "bad.yaml:1:10: key 'formasi': expected at least one item, got an empty list" },
	};
	asn_seleksi s;
	char err[512];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		err[0] = '\0';
		CHECK_INT(asn_seleksi_load_string(&s, cases[i].yaml, strlen(cases[i].yaml), "bad.yaml",
		                                  err, sizeof err), -1, "bad rules %zu fail", i);
		CHECK_STR(err, cases[i].err, "message of bad rules %zu", i);
		CHECK(s.tes == NULL && s.ntes == 0, "nothing kept after error %zu", i);
	}
}

static void test_score(void)
{
	asn_seleksi s;
	double v[4] = { 100, 120, 180, 80 }, w[4] = { 60, 150, 200, 95 }, x[4] = { 120, 140, 200, NAN };
	double edge[4] = { 65, 80, 166, 50 };
	asn_seleksi_peserta p = { v, 0, "1", 0, 0, 0, 0 };

	load(&s);
	asn_seleksi_score(&s, &p);
	CHECK_INT(p.memenuhi, 1, "every threshold met");
	/* 40 x 400 / 550 + 60 x 80 / 100 = 29.0909 + 48 */
	CHECK_INT(p.integrasi, 77091, "nilai_integrasi 77.091");
	p.nilai = w;
	asn_seleksi_score(&s, &p);
	CHECK_INT(p.memenuhi, 0, "twk 60 below 65");
	CHECK_INT(p.integrasi, 86818, "integration computed even below a threshold");
	p.nilai = x;
	asn_seleksi_score(&s, &p);
	CHECK_INT(p.memenuhi, 0, "an absent score fails");
	CHECK_INT(p.integrasi, -1, "no integration with an absent score");
	p.nilai = edge;
	asn_seleksi_score(&s, &p);
	CHECK_INT(p.memenuhi, 1, "scores equal to the thresholds pass");
	CHECK(asn_seleksi_meets(&s, 0, 65) && !asn_seleksi_meets(&s, 0, 64.99) &&
	      !asn_seleksi_meets(&s, 0, NAN), "meets: >= ambang and present");
	asn_seleksi_free(&s);
}

static void test_rank(void)
{
	/* formasi 0: k = 2; formasi 1: k = 1; formasi 2: k = 3 */
	static double n[][4] = {
		{ 100, 120, 180, 80 },   /* 0: 77.091, tkp 180 */
		{ 90, 110, 200, 80 },    /* 1: 77.091, tkp 200: above 0 */
		{ 60, 150, 200, 95 },    /* 2: fails twk */
		{ 110, 130, 190, 70 },   /* 3: 73.273 */
		{ 100, 100, 200, 80 },   /* 4: formasi 1, equal to 5, id B */
		{ 100, 100, 200, 80 },   /* 5: formasi 1, id A: wins the tie */
		{ 65, 80, 166, 50 },     /* 6: formasi 2 alone */
	};
	static const size_t formasi[] = { 0, 0, 0, 0, 1, 1, 2 };
	static const char *const ids[] = { "07", "03", "01", "02", "B", "A", "09" };
	static const long kebutuhan[] = { 2, 1, 3 };
	static const long rank[] = { 2, 1, 0, 3, 2, 1, 1 };
	static const int lulus[] = { 1, 1, 0, 0, 0, 1, 1 };
	asn_seleksi_peserta p[7];
	asn_seleksi s;
	size_t i;

	load(&s);
	for (i = 0; i < 7; i++) {
		memset(&p[i], 0, sizeof p[i]);
		p[i].nilai = n[i];
		p[i].formasi = formasi[i];
		p[i].id = ids[i];
		asn_seleksi_score(&s, &p[i]);
	}
	asn_seleksi_rank(&s, p, 7, kebutuhan);
	for (i = 0; i < 7; i++) {
		CHECK_INT(p[i].peringkat, rank[i], "candidate %s rank", ids[i]);
		CHECK_INT(p[i].lulus, lulus[i], "candidate %s lulus", ids[i]);
	}
	/* without seri, the equal pair of formasi 0 is decided by the id */
	s.nseri = 0;
	asn_seleksi_rank(&s, p, 7, kebutuhan);
	CHECK_INT(p[1].peringkat, 1, "id 03 before 07 without seri");
	CHECK_INT(p[0].peringkat, 2, "id 07 second without seri");
	asn_seleksi_rank(&s, p, 0, kebutuhan);
	CHECK(1, "no candidates: nothing to do");
	asn_seleksi_free(&s);
}

int main(void)
{
	test_load();
	test_errors();
	test_score();
	test_rank();
	return TEST_DONE();
}
