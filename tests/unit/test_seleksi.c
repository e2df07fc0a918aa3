#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "input.h"
#include "seleksi.h"
#include "test.h"
#include "test_files.h"

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

/* text in a temporary file (its name into path), opened as a table */
static void open_table(asn_input *in, char *path, const char *text)
{
	test_write_file(path, text);
	asn_input_open(in, path, ',');
}

/* The formasi and candidates tables read row by row; the bad rows told,
 * the candidates kept in input order with their results.  Expected values
 * by hand from the rules above (nilai_integrasi as in test_score). */
static void test_tables(void)
{
	char fpath[] = "/tmp/asn-test-formasi-XXXXXX", kpath[] = "/tmp/asn-test-kandidat-XXXXXX";
	char err[4096], want[512], gagal[64];
	FILE *saved = stderr, *f = tmpfile();
	unsigned long long rejected = 0;
	asn_seleksi s;
	asn_seleksi_formasi fo;
	asn_seleksi_kandidat k;
	asn_input in;

	load(&s);
	stderr = f;
	open_table(&in, fpath,
	           "unit,jabatan,kebutuhan\n"
	           "Dinas Kesehatan,Perawat,2\n"
	           "Dinas Kesehatan,Dokter,1\n"
	           "Dinas Kesehatan,Perawat,3\n"          /* 4: given twice */
	           "RSUD,Bidan,1.5\n"                      /* 5: not whole */
	           "RSUD,Bidan,\"1,0\"\n");
	asn_seleksi_formasi_begin(&fo, &s, &in);
	while (asn_input_next(&in))
		asn_seleksi_formasi_row(&fo, &in, &rejected);
	asn_input_close(&in);
	open_table(&in, kpath,
	           "no_peserta,unit,jabatan,twk,tiu,tkp,skb\n"
	           "P1,Dinas Kesehatan,Perawat,100,120,180,80\n"
	           "P2,Dinas Kesehatan,Perawat,60,150,200,95\n"
	           ",Dinas Kesehatan,Perawat,100,120,180,80\n"    /* 4: no id */
	           "P1,Dinas Kesehatan,Dokter,100,120,180,80\n"   /* 5: id again */
	           "P3,Dinas Kesehatan,Perawat,151,120,180,80\n"  /* 6: twk above maks */
	           "P4,RSUD,Perawat,100,120,180,80\n"             /* 7: no such formasi */
	           "P5,Dinas Kesehatan,Dokter,,80,170,60\n"       /* 8: twk absent */
	           "P6,RSUD,Bidan,\"65,5\",79,165,50\n");         /* 9: tiu and tkp low */
	asn_seleksi_kandidat_begin(&k, &s, &fo, &in);
	while (asn_input_next(&in))
		asn_seleksi_kandidat_row(&k, &in, &rejected);
	asn_input_close(&in);
	stderr = saved;
	test_read_back(f, err, sizeof err);

	CHECK_INT(fo.n, 3, "three formasi");
	CHECK_INT(fo.places, 4, "2 + 1 + 1 places");
	CHECK(fo.n == 3 && fo.kebutuhan[2] == 1, "RSUD / Bidan: 1,0 is a whole 1");
	CHECK(strstr(err, ":4:1: formasi 'Dinas Kesehatan / Perawat' given twice\n") != NULL,
	      "a formasi given twice, named by its values");
	CHECK(strstr(err, ":5:3: kebutuhan '1.5': expected a whole number, 0 or more\n") != NULL,
	      "a kebutuhan with a fraction");

	CHECK_INT(rejected, 6, "two formasi rows and four candidates rejected");
	CHECK(strstr(err, ":4:1: no_peserta is empty\n") != NULL, "an empty id");
	CHECK(strstr(err, ":5:1: no_peserta 'P1': duplicate (already seen in an earlier row)\n") !=
	      NULL, "an id seen before");
	CHECK(strstr(err, ":6:4: twk '151': expected a number from 0 to 150 (or empty when "
	             "absent)\n") != NULL, "a score above maks");
	snprintf(want, sizeof want, ":7:2: formasi 'RSUD / Perawat' is not in %s\n", fpath);
	CHECK(strstr(err, want) != NULL, "a formasi not in the formasi table, which is named");

	CHECK_INT(k.n, 8, "every candidate kept");
	CHECK(k.rows[2].rejected && k.rows[3].rejected && k.rows[4].rejected && k.rows[5].rejected &&
	      !k.rows[0].rejected && !k.rows[6].rejected, "the rejected ones marked");
	CHECK(k.p[3].integrasi == -1 && !k.p[3].memenuhi, "a rejected one has no result");
	CHECK_STR(k.p[3].id, "P1", "its id still kept");
	CHECK(k.rows[1].nfields == 7, "the row kept whole");
	CHECK_STR(k.rows[7].fields[3], "65,5", "as written");
	CHECK(k.p[7].formasi == 2 && k.p[6].formasi == 1, "formasi found by their values");
	CHECK_INT(k.p[0].integrasi, 77091, "P1: 77.091");
	CHECK(isnan(k.p[6].nilai[0]) && k.p[6].integrasi == -1, "P5: twk absent, no integration");

	asn_seleksi_rank(&s, k.p, k.n, fo.kebutuhan);
	CHECK(k.p[0].peringkat == 1 && k.p[0].lulus, "P1 first of Dinas Kesehatan / Perawat");
	CHECK(k.p[1].peringkat == 0 && !k.p[1].lulus, "P2 below the twk threshold: no rank");
	CHECK(k.p[2].peringkat == 0 && k.p[4].peringkat == 0, "rejected ones out of the ranking");
	asn_seleksi_gagal(&s, &k.p[0], gagal, sizeof gagal);
	CHECK_STR(gagal, "", "P1 fails no test");
	asn_seleksi_gagal(&s, &k.p[1], gagal, sizeof gagal);
	CHECK_STR(gagal, "twk", "P2 fails twk");
	asn_seleksi_gagal(&s, &k.p[6], gagal, sizeof gagal);
	CHECK_STR(gagal, "twk", "P5: an absent score fails");
	asn_seleksi_gagal(&s, &k.p[7], gagal, sizeof gagal);
	CHECK_STR(gagal, "tiu;tkp", "P6 fails tiu and tkp");
	asn_seleksi_gagal(&s, &k.p[7], gagal, 6);
	CHECK_STR(gagal, "tiu;t", "cut to the buffer");

	asn_seleksi_kandidat_free(&k);
	asn_seleksi_formasi_free(&fo);
	asn_seleksi_free(&s);
	unlink(fpath);
	unlink(kpath);
}

int main(void)
{
	asn_cli_init("test_seleksi");
	test_load();
	test_errors();
	test_score();
	test_rank();
	test_tables();
	return TEST_DONE();
}
