#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "config.h"
#include "input.h"
#include "talent.h"
#include "test.h"
#include "test_files.h"

/* text in a temporary file, opened as a ','-delimited table */
static void open_table(asn_input *in, char *path, const char *text)
{
	test_write_file(path, text);
	asn_input_open(in, path, ',');
}

/* Everything written to stderr while fn ran, into buf. */
static void stderr_of(void (*fn)(void *), void *arg, char *buf, size_t size)
{
	FILE *saved = stderr, *f = tmpfile();
	size_t n;

	stderr = f;
	fn(arg);
	stderr = saved;
	rewind(f);
	n = fread(buf, 1, size - 1, f);
	buf[n] = '\0';
	fclose(f);
}

static void test_levels(void)
{
	asn_config cfg;

	asn_config_defaults(&cfg);
	CHECK_INT(asn_talent_level_kinerja(&cfg, 0), ASN_LEVEL_RENDAH, "kinerja 0 is rendah");
	CHECK_INT(asn_talent_level_kinerja(&cfg, 60), ASN_LEVEL_RENDAH, "kinerja 60 is rendah (edge)");
	CHECK_INT(asn_talent_level_kinerja(&cfg, 60.01), ASN_LEVEL_SEDANG, "kinerja 60.01 is sedang");
	CHECK_INT(asn_talent_level_kinerja(&cfg, 80), ASN_LEVEL_SEDANG, "kinerja 80 is sedang (edge)");
	CHECK_INT(asn_talent_level_kinerja(&cfg, 80.01), ASN_LEVEL_TINGGI, "kinerja 80.01 is tinggi");
	CHECK_INT(asn_talent_level_kinerja(&cfg, 100), ASN_LEVEL_TINGGI, "kinerja 100 is tinggi");
	cfg.potensi_low_max = 50;
	cfg.potensi_mid_max = 70;
	CHECK_INT(asn_talent_level_potensi(&cfg, 55), ASN_LEVEL_SEDANG, "potensi bands from config");
	CHECK_INT(asn_talent_level_potensi(&cfg, 70.5), ASN_LEVEL_TINGGI, "potensi above mid_max");
	CHECK_INT(asn_talent_level_kinerja(&cfg, 55), ASN_LEVEL_RENDAH, "kinerja bands unchanged");
	CHECK_STR(asn_level_names[ASN_LEVEL_SEDANG], "sedang", "level name");
	asn_config_free(&cfg);
}

static void test_boxes(void)
{
	/* Permenpan RB 3/2020 numbering as doc/design.md gives it */
	static const struct { asn_level kinerja, potensi; int box; } cases[] = {
		{ ASN_LEVEL_RENDAH, ASN_LEVEL_RENDAH, 1 },
		{ ASN_LEVEL_SEDANG, ASN_LEVEL_RENDAH, 2 },
		{ ASN_LEVEL_RENDAH, ASN_LEVEL_SEDANG, 3 },
		{ ASN_LEVEL_TINGGI, ASN_LEVEL_RENDAH, 4 },
		{ ASN_LEVEL_SEDANG, ASN_LEVEL_SEDANG, 5 },
		{ ASN_LEVEL_RENDAH, ASN_LEVEL_TINGGI, 6 },
		{ ASN_LEVEL_TINGGI, ASN_LEVEL_SEDANG, 7 },
		{ ASN_LEVEL_SEDANG, ASN_LEVEL_TINGGI, 8 },
		{ ASN_LEVEL_TINGGI, ASN_LEVEL_TINGGI, 9 },
	};
	size_t i;
	int seen = 0;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		int box = asn_talent_box(cases[i].kinerja, cases[i].potensi);

		CHECK_INT(box, cases[i].box, "kinerja %s potensi %s is box %d",
		          asn_level_names[cases[i].kinerja], asn_level_names[cases[i].potensi],
		          cases[i].box);
		seen |= 1 << box;
	}
	CHECK_INT(seen, 0x3fe, "each of the nine boxes once");
	CHECK_STR(asn_talent_recommendation(9), "promosi; kelompok rencana suksesi", "box 9 recommendation");
	CHECK_STR(asn_talent_recommendation(4), "rotasi; pengembangan kompetensi", "box 4 recommendation");
	CHECK_STR(asn_talent_recommendation(6), "penempatan yang sesuai; bimbingan kinerja; konseling kinerja",
	          "box 6 recommendation");
	CHECK_STR(asn_talent_recommendation(1), "diproses sesuai ketentuan disiplin", "box 1 recommendation");
	CHECK(asn_talent_recommendation(0) == NULL && asn_talent_recommendation(10) == NULL,
	      "no recommendation outside 1-9");
	for (i = 1; i <= 9; i++)
		CHECK(asn_talent_recommendation((int)i) && !strchr(asn_talent_recommendation((int)i), ','),
		      "box %zu recommendation has no comma", i);
}

static void test_ratings(void)
{
	static const struct { const char *s; int rating; } cases[] = {
		{ "diatas", ASN_RATING_DIATAS }, { "Di Atas Ekspektasi", ASN_RATING_DIATAS },
		{ "DIATAS", ASN_RATING_DIATAS }, { "di_atas_ekspektasi", ASN_RATING_DIATAS },
		{ "di-atas", ASN_RATING_DIATAS }, { "sesuai", ASN_RATING_SESUAI },
		{ "Sesuai Ekspektasi", ASN_RATING_SESUAI }, { "dibawah", ASN_RATING_DIBAWAH },
		{ "Di Bawah Ekspektasi", ASN_RATING_DIBAWAH }, { "", -1 }, { "ekspektasi", -1 },
		{ "melebihi", -1 }, { "diatas ekspektasi!", -1 },
		{ "diatasdiatasdiatasdiatasdiatasdiatasdiatasdiatasdiatasdiatasdiatasdiatas", -1 },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK_INT(asn_rating_parse(cases[i].s), cases[i].rating, "rating '%s'", cases[i].s);
}

static void test_predikat(void)
{
	static const struct { const char *s; int p; } names[] = {
		{ "Sangat Baik", ASN_SKP_SANGAT_BAIK }, { "sangat_baik", ASN_SKP_SANGAT_BAIK },
		{ "Baik", ASN_SKP_BAIK }, { "BUTUH PERBAIKAN", ASN_SKP_BUTUH_PERBAIKAN },
		{ "Kurang", ASN_SKP_KURANG }, { "Kurang/Misconduct", ASN_SKP_KURANG },
		{ "Sangat Kurang", ASN_SKP_SANGAT_KURANG }, { "Luar Biasa", -1 }, { "", -1 },
		{ "Cukup", -1 },
	};
	/* Permenpan RB 6/2022 matrix: rows hasil kerja, columns perilaku */
	static const struct { asn_rating hasil_kerja, perilaku; asn_predikat p; } matrix[] = {
		{ ASN_RATING_DIATAS, ASN_RATING_DIATAS, ASN_SKP_SANGAT_BAIK },
		{ ASN_RATING_DIATAS, ASN_RATING_SESUAI, ASN_SKP_BAIK },
		{ ASN_RATING_SESUAI, ASN_RATING_DIATAS, ASN_SKP_BAIK },
		{ ASN_RATING_SESUAI, ASN_RATING_SESUAI, ASN_SKP_BAIK },
		{ ASN_RATING_DIBAWAH, ASN_RATING_DIATAS, ASN_SKP_BUTUH_PERBAIKAN },
		{ ASN_RATING_DIBAWAH, ASN_RATING_SESUAI, ASN_SKP_BUTUH_PERBAIKAN },
		{ ASN_RATING_DIATAS, ASN_RATING_DIBAWAH, ASN_SKP_KURANG },
		{ ASN_RATING_SESUAI, ASN_RATING_DIBAWAH, ASN_SKP_KURANG },
		{ ASN_RATING_DIBAWAH, ASN_RATING_DIBAWAH, ASN_SKP_SANGAT_KURANG },
	};
	static const char *const rating[] = { "dibawah", "sesuai", "diatas" };
	asn_config cfg;
	size_t i;
	int seen = 0;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		CHECK_INT(asn_predikat_parse(names[i].s), names[i].p, "predikat '%s'", names[i].s);
	for (i = 0; i < sizeof matrix / sizeof matrix[0]; i++) {
		asn_predikat p = asn_predikat_from_ratings(matrix[i].hasil_kerja, matrix[i].perilaku);

		CHECK_STR(asn_predikat_names[p], asn_predikat_names[matrix[i].p],
		          "hasil kerja %s x perilaku %s", rating[matrix[i].hasil_kerja],
		          rating[matrix[i].perilaku]);
		seen |= 1 << p;
	}
	CHECK_INT(seen, 0x1f, "all five predikat come out of the matrix");
	asn_config_defaults(&cfg);
	CHECK(asn_predikat_value(&cfg, ASN_SKP_SANGAT_BAIK) == 90, "Sangat Baik is 90");
	CHECK(asn_predikat_value(&cfg, ASN_SKP_BAIK) == 70, "Baik is 70");
	CHECK(asn_predikat_value(&cfg, ASN_SKP_BUTUH_PERBAIKAN) == 50, "Butuh Perbaikan is 50");
	CHECK(asn_predikat_value(&cfg, ASN_SKP_KURANG) == 40, "Kurang is 40");
	CHECK(asn_predikat_value(&cfg, ASN_SKP_SANGAT_KURANG) == 30, "Sangat Kurang is 30");
	cfg.skp_baik = 75;
	CHECK(asn_predikat_value(&cfg, ASN_SKP_BAIK) == 75, "values come from the config");
	CHECK_INT(asn_talent_level_kinerja(&cfg, asn_predikat_value(&cfg, ASN_SKP_SANGAT_BAIK)),
	          ASN_LEVEL_TINGGI, "Sangat Baik bands as tinggi");
	asn_config_free(&cfg);
}

/* The kinerja each row gives: Sangat Baik 90, Baik 70, Butuh Perbaikan 50,
 * Kurang 40, Sangat Kurang 30 (the defaults), the hasil kerja x perilaku
 * matrix of Permenpan RB 6/2022 as above; -1 for a rejected row. */
typedef struct {
	const char *text;
	double want[16];
	double got[16];
	size_t n;
	unsigned long long rejected;
} skp_case;

static void read_skp(void *arg)
{
	skp_case *c = arg;
	char path[] = "/tmp/asn-test-skp-XXXXXX";
	asn_config cfg;
	asn_input in;
	asn_skp_columns cols;
	double v;

	asn_config_defaults(&cfg);
	open_table(&in, path, c->text);
	asn_skp_columns_find(&cols, &in);
	for (c->n = 0; asn_input_next(&in) && c->n < 16; c->n++) {
		v = -2;
		c->got[c->n] = asn_skp_kinerja(&cfg, &in, &cols, &v, &c->rejected) < 0 ? -1 : v;
	}
	asn_input_close(&in);
	unlink(path);
	asn_config_free(&cfg);
}

static void test_skp_rows(void)
{
	skp_case c = {
		"nip,nilai_kinerja,predikat,hasil_kerja,perilaku\n"
		"1,87.5,,,\n"                       /* 2: the number as written */
		"2,\"85,25\",Kurang,,\n"             /* 3: a number wins over a predikat */
		"3,,Sangat Baik,,\n"                /* 4: 90 */
		"4,,,diatas,Di Atas Ekspektasi\n"   /* 5: Sangat Baik, 90 */
		"5,,,Di Bawah Ekspektasi,sesuai\n"  /* 6: Butuh Perbaikan, 50 */
		"6,,Kurang,sesuai,dibawah\n"        /* 7: both, agreeing: 40 */
		"7,,Baik,diatas,diatas\n"           /* 8: both, disagreeing */
		"8,101,,,\n"                        /* 9: above 100 */
		"9,,,,\n"                           /* 10: nothing */
		"10,,,melebihi,sesuai\n"            /* 11: no such rating */
		"11,,,sesuai,\n"                    /* 12: perilaku missing */
		"12,,Cukup,,\n"                     /* 13: no such predikat */
		"13,1.2.3,,,\n"                     /* 14: not a number */
		"14,0,,dibawah,dibawah\n",          /* 15: a number wins: 0 */
		{ 87.5, 85.25, 90, 90, 50, 40, -1, -1, -1, -1, -1, -1, -1, 0 },
		{ 0 }, 0, 0
	};
	char err[4096];
	size_t i;

	stderr_of(read_skp, &c, err, sizeof err);
	CHECK_INT(c.n, 14, "fourteen rows read");
	for (i = 0; i < c.n; i++)
		CHECK(c.got[i] == c.want[i], "row of line %zu gives %g (got %g)", i + 2, c.want[i],
		      c.got[i]);
	CHECK_INT(c.rejected, 7, "seven rows rejected");
	CHECK(strstr(err, ":8:3: predikat 'Baik' disagrees with hasil_kerja 'diatas' x perilaku "
	             "'diatas' (Sangat Baik)\n") != NULL, "a disagreement names both");
	CHECK(strstr(err, ":9:2: nilai_kinerja '101': expected a number from 0 to 100\n") != NULL,
	      "a number above 100");
	CHECK(strstr(err, ":10:2: no kinerja: nilai_kinerja, predikat and hasil_kerja/perilaku "
	             "are empty\n") != NULL, "an empty row, told at nilai_kinerja");
	CHECK(strstr(err, ":11:4: hasil_kerja 'melebihi': expected diatas, sesuai or dibawah "
	             "(ekspektasi)\n") != NULL, "a bad hasil_kerja");
	CHECK(strstr(err, ":12:5: perilaku '': expected diatas, sesuai or dibawah "
	             "(ekspektasi)\n") != NULL, "perilaku missing beside hasil_kerja");
	CHECK(strstr(err, ":13:3: predikat 'Cukup': expected Sangat Baik, Baik, Butuh Perbaikan, "
	             "Kurang or Sangat Kurang\n") != NULL, "a bad predikat");
	CHECK(strstr(err, ":14:2: nilai_kinerja '1.2.3'") != NULL, "not a number");
}

static void test_skp_predikat_only(void)
{
	skp_case c = { "NIP,Predikat\n1,Butuh Perbaikan\n2,\n", { 50, -1 }, { 0 }, 0, 0 };
	char err[1024];

	stderr_of(read_skp, &c, err, sizeof err);
	CHECK_INT(c.n, 2, "two rows read");
	CHECK(c.got[0] == 50, "a predikat column alone: Butuh Perbaikan is 50");
	CHECK(c.got[1] == -1 && c.rejected == 1, "an empty predikat is rejected");
	CHECK(strstr(err, ":3:2: no kinerja:") != NULL, "told at the predikat column");
}

static const char standar_yaml[] =
	"standar:\n"
	"  - jabatan: \"Guru *\"\n"
	"    pendidikan_min: S1\n"
	"    jurusan: [\"Pendidikan *\", PGSD]\n"
	"  - jabatan: \"Perawat *\"\n"
	"    pendidikan_min: D-III\n"
	"    jurusan: Keperawatan\n"
	"  - jabatan: \"*\"\n"
	"    pendidikan_min: SMA\n";

static void test_standar(void)
{
	static const struct { const char *jabatan, *pendidikan, *jurusan; asn_fit fit; } cases[] = {
		{ "Guru Ahli Muda", "S1", "Pendidikan Matematika", ASN_FIT_SESUAI },
		{ "guru ahli pertama", "S2", "pgsd", ASN_FIT_SESUAI },
		{ "Guru Ahli Muda", "D4", "Pendidikan Fisika", ASN_FIT_SESUAI },
		{ "Guru Ahli Muda", "D3", "Pendidikan Fisika", ASN_FIT_TIDAK_SESUAI },
		{ "Guru Ahli Muda", "S1", "Ekonomi", ASN_FIT_TIDAK_SESUAI },
		{ "Guru Ahli Muda", "S1", "", ASN_FIT_TIDAK_DIKETAHUI },
		{ "Guru Ahli Muda", "S1", NULL, ASN_FIT_TIDAK_DIKETAHUI },
		{ "Guru Ahli Muda", "", "Pendidikan Fisika", ASN_FIT_TIDAK_DIKETAHUI },
		{ "Guru Ahli Muda", "Sarjana", "Pendidikan Fisika", ASN_FIT_SESUAI },
		{ "Perawat Terampil", "SMA", "Keperawatan", ASN_FIT_TIDAK_SESUAI },
		{ "Perawat Terampil", "D3", "Keperawatan", ASN_FIT_SESUAI },
		{ "Pengadministrasi Umum", "SMP", NULL, ASN_FIT_TIDAK_SESUAI },
		{ "Pengadministrasi Umum", "SMA", NULL, ASN_FIT_SESUAI },
	};
	asn_standar s;
	char err[512];
	size_t i;

	CHECK_INT(asn_standar_load_string(&s, standar_yaml, sizeof standar_yaml - 1, "std.yaml",
	                                  err, sizeof err), 0, "standard loads");
	CHECK_INT(s.nrules, 3, "three rules");
	CHECK_INT(s.rules[1].pendidikan_min, 5, "D-III read as D3");
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK_STR(asn_fit_names[asn_standar_fit(&s, cases[i].jabatan, cases[i].pendidikan,
		                                        cases[i].jurusan)],
		          asn_fit_names[cases[i].fit], "%s, %s, %s", cases[i].jabatan,
		          cases[i].pendidikan, cases[i].jurusan ? cases[i].jurusan : "(none)");
	asn_standar_free(&s);

	CHECK_INT(asn_standar_load_string(&s, "standar: []\n", 12, "e.yaml", err, sizeof err), 0,
	          "an empty list loads");
	CHECK_STR(asn_fit_names[asn_standar_fit(&s, "Guru", "S1", NULL)], "tidak_diketahui",
	          "no rule: tidak_diketahui");
	asn_standar_free(&s);
}

static void test_standar_errors(void)
{
	static const struct { const char *yaml, *err; } cases[] = {
		{ "standar:\n  - jabatan: Guru\n    pendidikan_min: SMA\n    gelar: x\n",
		  "bad.yaml:4:5: unknown key 'gelar' (expected one of: jabatan, pendidikan_min, jurusan)" },
		{ "standar:\n  - jabatan: Guru\n    pendidikan_min: S4\n",
		  "bad.yaml:3:21: key 'pendidikan_min': expected SD, SMP, SMA, D1, D2, D3, D4, S1, S2 or S3, got 'S4'" },
		{ "standar:\n  - pendidikan_min: S1\n",
		  "bad.yaml:2:5: standar rule needs 'jabatan' (a name or a glob such as \"Guru *\")" },
		{ "standar:\n  - jabatan: Guru\n",
		  "bad.yaml:2:5: standar rule needs 'pendidikan_min'" },
		{ "standar:\n  - jabatan: Guru\n    pendidikan_min: S1\n    jurusan: []\n",
		  "bad.yaml:4:14: key 'jurusan': expected at least one field of study, got an empty list" },
		{ "jabatan: []\n", "bad.yaml:1:1: unknown key 'jabatan' (expected one of: standar)" },
		{ "{}\n", "bad.yaml:1:1: missing key 'standar' (a list of {jabatan, pendidikan_min, jurusan})" },
		{ "standar: 5\n", "bad.yaml:1:10: key 'standar': expected a list, got '5'" },
	};
	asn_standar s;
	char err[512];
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		err[0] = '\0';
		CHECK_INT(asn_standar_load_string(&s, cases[i].yaml, strlen(cases[i].yaml), "bad.yaml",
		                                  err, sizeof err), -1, "bad standard %zu fails", i);
		CHECK_STR(err, cases[i].err, "message of bad standard %zu", i);
		CHECK(s.rules == NULL && s.nrules == 0, "nothing kept after error %zu", i);
	}
	CHECK_INT(asn_standar_load_file(&s, "/nonexistent/std.yaml", err, sizeof err), -1,
	          "missing file fails");
	CHECK(strstr(err, "/nonexistent/std.yaml") != NULL, "message names the file");
}

int main(void)
{
	asn_cli_init("test_talent");
	test_levels();
	test_boxes();
	test_ratings();
	test_predikat();
	test_skp_rows();
	test_skp_predikat_only();
	test_standar();
	test_standar_errors();
	return TEST_DONE();
}
