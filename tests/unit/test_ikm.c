#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "config.h"
#include "ikm.h"
#include "input.h"
#include "test.h"
#include "test_files.h"

/* Sums of n respondents whose answers add up to total, spread over the
 * nine elements as evenly as possible (element 0 gets the remainder). */
static asn_ikm_sums spread(unsigned long long n, unsigned long long total)
{
	asn_ikm_sums s;
	int i;

	memset(&s, 0, sizeof s);
	s.responden = n;
	for (i = 0; i < ASN_IKM_UNSUR; i++)
		s.sum[i] = total / ASN_IKM_UNSUR;
	s.sum[0] += total % ASN_IKM_UNSUR;
	return s;
}

static void test_answers(void)
{
	static const struct { const char *s; int v; } cases[] = {
		{ "1", 1 }, { "2", 2 }, { "3", 3 }, { "4", 4 }, { "0", -1 }, { "5", -1 },
		{ "", -1 }, { " 3", -1 }, { "3 ", -1 }, { "3.0", -1 }, { "-1", -1 }, { "44", -1 },
		{ "x", -1 },
	};
	size_t i;

	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		CHECK_INT(asn_ikm_answer_parse(cases[i].s), cases[i].v, "answer '%s'", cases[i].s);
}

static void test_edges(void)
{
	/* IKM x 100 = round(2500 x total / (9 n)) */
	static const struct {
		unsigned long long n, total;
		long centi;
		char mutu;
		const char *kinerja;
	} cases[] = {
		{ 1, 9, 2500, 'D', "tidak baik" },          /* all answers 1 */
		{ 1, 36, 10000, 'A', "sangat baik" },       /* all answers 4 */
		{ 38, 889, 6499, 'D', "tidak baik" },       /* 64.985 -> 64.99 */
		{ 5, 117, 6500, 'C', "kurang baik" },       /* exactly 65.00 */
		{ 26, 717, 7660, 'C', "kurang baik" },      /* 76.6026 -> 76.60 */
		{ 19, 524, 7661, 'B', "baik" },             /* 76.6082 -> 76.61 */
		{ 19, 604, 8830, 'B', "baik" },             /* 88.3041 -> 88.30 */
		{ 24, 763, 8831, 'A', "sangat baik" },      /* 88.3102 -> 88.31 */
		/* exactly halfway: 76.605 and 88.305 round up, as on paper */
		{ 5000, 137889, 7661, 'B', "baik" },
		{ 5000, 158949, 8831, 'A', "sangat baik" },
		{ 8, 81, 2813, 'D', "tidak baik" },         /* 28.125 -> 28.13 */
	};
	asn_config cfg;
	asn_ikm_result r;
	asn_ikm_sums s;
	size_t i;

	asn_config_defaults(&cfg);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		s = spread(cases[i].n, cases[i].total);
		CHECK_INT(asn_ikm_compute(&s, &cfg, &r), 0, "n %llu total %llu computes",
		          cases[i].n, cases[i].total);
		CHECK_INT(r.ikm_centi, cases[i].centi, "n %llu total %llu: IKM %ld.%02ld",
		          cases[i].n, cases[i].total, cases[i].centi / 100, cases[i].centi % 100);
		CHECK_INT(r.mutu, cases[i].mutu, "IKM %ld.%02ld is mutu %c", cases[i].centi / 100,
		          cases[i].centi % 100, cases[i].mutu);
		CHECK_STR(r.kinerja, cases[i].kinerja, "IKM %ld.%02ld is %s", cases[i].centi / 100,
		          cases[i].centi % 100, cases[i].kinerja);
	}
	asn_config_free(&cfg);
}

static void test_bands(void)
{
	asn_config cfg;

	asn_config_defaults(&cfg);
	CHECK_INT(asn_ikm_mutu(&cfg, 8831), 'A', "88.31 is A");
	CHECK_INT(asn_ikm_mutu(&cfg, 8830), 'B', "88.30 is B");
	CHECK_INT(asn_ikm_mutu(&cfg, 7661), 'B', "76.61 is B");
	CHECK_INT(asn_ikm_mutu(&cfg, 7660), 'C', "76.60 is C");
	CHECK_INT(asn_ikm_mutu(&cfg, 6500), 'C', "65.00 is C");
	CHECK_INT(asn_ikm_mutu(&cfg, 6499), 'D', "64.99 is D");
	CHECK_INT(asn_ikm_mutu(&cfg, 2500), 'D', "25.00 is D");
	CHECK_INT(asn_ikm_mutu(&cfg, 2499), 0, "below 25.00 has no mutu");
	CHECK(asn_ikm_kinerja(0) == NULL, "no mutu, no kinerja");
	cfg.ikm_a = 90;
	cfg.ikm_d = 30;
	CHECK_INT(asn_ikm_mutu(&cfg, 8999), 'B', "bounds from the config (a)");
	CHECK_INT(asn_ikm_mutu(&cfg, 9000), 'A', "bounds from the config (a edge)");
	CHECK_INT(asn_ikm_mutu(&cfg, 2999), 0, "bounds from the config (d)");
	asn_config_free(&cfg);
}

static void test_means(void)
{
	static const int a[ASN_IKM_UNSUR] = { 4, 3, 2, 4, 3, 2, 4, 3, 2 };
	static const int b[ASN_IKM_UNSUR] = { 3, 3, 3, 3, 3, 3, 3, 3, 3 };
	asn_config cfg;
	asn_ikm_result r;
	asn_ikm_sums s;
	int i;

	asn_config_defaults(&cfg);
	memset(&s, 0, sizeof s);
	CHECK_INT(asn_ikm_compute(&s, &cfg, &r), -1, "no respondents: no IKM");
	asn_ikm_add(&s, a);
	asn_ikm_add(&s, b);
	asn_ikm_add(&s, b);
	CHECK_INT(s.responden, 3, "three respondents");
	CHECK_INT(s.sum[0], 10, "u1 sum");
	asn_ikm_compute(&s, &cfg, &r);
	CHECK_INT(r.mean_centi[0], 333, "u1 mean 10/3 = 3.33");
	CHECK_INT(r.mean_centi[2], 267, "u3 mean 8/3 = 2.67");
	CHECK_INT(r.unsur_terendah, 2, "lowest mean: u3 (ties with u6 and u9 go to the lowest index)");
	/* 81 points over 27 answers: IKM = 3 x 25 = 75.00 */
	CHECK_INT(r.ikm_centi, 7500, "IKM 75.00");
	CHECK_INT(r.mutu, 'C', "75.00 is C");

	memset(&s, 0, sizeof s);
	s.responden = 8;
	for (i = 0; i < ASN_IKM_UNSUR; i++)
		s.sum[i] = 25;
	asn_ikm_compute(&s, &cfg, &r);
	CHECK_INT(r.mean_centi[0], 313, "mean 25/8 = 3.125 rounds half up to 3.13");
	CHECK_INT(r.unsur_terendah, 0, "all equal: u1");
	s.sum[8] = 24;
	asn_ikm_compute(&s, &cfg, &r);
	CHECK_INT(r.unsur_terendah, 8, "u9 alone lowest");
	CHECK_STR(asn_ikm_unsur_codes[8], "u9", "element code");
	CHECK_STR(asn_ikm_unsur_names[3], "biaya/tarif", "element u4 is cost");
	asn_config_free(&cfg);
}

/* A survey read row by row: respondents summed per unit, bad rows told
 * and left out, units in byte order. */
static void test_units(void)
{
	static const char text[] =
		"u9,u8,u7,u6,u5,u4,u3,u2,u1,unit\n"
		"3,3,3,3,3,3,3,3,3,Puskesmas Kalukku\n"
		"4,4,4,4,4,4,4,4,4,Puskesmas Kalukku\n"
		"1,2,3,4,1,2,3,4,1,Dinas Kesehatan\n"
		"4,4,4,4,4,4,4,4,4,\n"                    /* 5: no unit */
		"4,4,4,4,5,4,4,4,4,Dinas Kesehatan\n"     /* 6: u5 '5' */
		",,,,,,,,,dinas kesehatan\n"              /* 7: no answer */
		"2,2,2,2,2,2,2,2,2,RSUD\n"
		"2,2,2,2,2,2,2,2,2,Puskesmas Kalukku\n";
	char path[] = "/tmp/asn-test-ikm-XXXXXX", err[1024];
	int fd = mkstemp(path);
	FILE *saved = stderr, *f = tmpfile();
	unsigned long long rejected = 0;
	asn_ikm_units t;
	asn_ikm_result r;
	asn_config cfg;
	asn_input in;

	if (fd < 0 || !f || write(fd, text, sizeof text - 1) != (ssize_t)(sizeof text - 1))
		abort();
	close(fd);
	stderr = f;
	asn_input_open(&in, path, ',');
	asn_ikm_units_begin(&t, &in);
	while (asn_input_next(&in))
		asn_ikm_units_row(&t, &in, &rejected);
	asn_input_close(&in);
	stderr = saved;
	test_read_back(f, err, sizeof err);
	unlink(path);

	CHECK_INT(rejected, 3, "three rows rejected");
	CHECK(strstr(err, ":5:10: unit is empty\n") != NULL, "an empty unit");
	CHECK(strstr(err, ":6:5: u5 '5': expected an answer 1, 2, 3 or 4\n") != NULL,
	      "an answer out of 1-4, told at its column");
	CHECK(strstr(err, ":7:9: no answer given: u1 ... u9 all blank\n") != NULL,
	      "all answers blank");
	CHECK(t.blank == 0, "no blank answer kept");
	CHECK_INT(t.n, 3, "three units");
	asn_ikm_units_sort(&t);
	CHECK(t.n == 3 && strcmp(t.units[0].unit, "Dinas Kesehatan") == 0 &&
	      strcmp(t.units[1].unit, "Puskesmas Kalukku") == 0 &&
	      strcmp(t.units[2].unit, "RSUD") == 0, "in byte order of their names");
	CHECK_INT(t.units[1].sums.responden, 3, "Puskesmas Kalukku: three respondents");
	CHECK_INT(t.units[1].sums.sum[0], 9, "u1: 3 + 4 + 2");
	CHECK_INT(t.units[0].sums.sum[3], 2, "Dinas Kesehatan u4 (the sixth column): 2");
	asn_config_defaults(&cfg);
	asn_ikm_compute(&t.units[1].sums, &cfg, &r);
	/* 81 points over 27 answers: 3 x 25 = 75.00 */
	CHECK_INT(r.ikm_centi, 7500, "Puskesmas Kalukku: IKM 75.00");
	asn_ikm_compute(&t.units[0].sums, &cfg, &r);
	/* 21 points over 9 answers: 2500 x 21 / 9 = 5833.3 */
	CHECK_INT(r.ikm_centi, 5833, "Dinas Kesehatan: IKM 58.33");
	CHECK_INT(r.mutu, 'D', "58.33 is D");
	asn_config_free(&cfg);
	asn_ikm_units_free(&t);
	CHECK_INT(t.n, 0, "freed");
}

/* Permenpan RB 14/2017: each element's mean is over the answers it got.
 * By hand: answers 4 x 9; 2 x 8 with u9 blank; 3 x 9 with u4 blank.
 * u1-u3, u5-u8: (4 + 2 + 3) / 3 = 3.00; u4: (4 + 2) / 2 = 3.00; u9:
 * (4 + 3) / 2 = 3.50; IKM = 25 x (8 x 3 + 3.5) / 9 = 76.3889 -> 76.39 C. */
static void test_blanks(void)
{
	static const int r1[ASN_IKM_UNSUR] = { 4, 4, 4, 4, 4, 4, 4, 4, 4 };
	static const int r2[ASN_IKM_UNSUR] = { 2, 2, 2, 2, 2, 2, 2, 2, 0 };
	static const int r3[ASN_IKM_UNSUR] = { 3, 3, 3, 0, 3, 3, 3, 3, 3 };
	static const int r4[ASN_IKM_UNSUR] = { 4, 1, 4, 0, 4, 4, 4, 4, 4 };
	asn_ikm_sums s;
	asn_ikm_result r;
	asn_config cfg;
	int i;

	asn_config_defaults(&cfg);
	memset(&s, 0, sizeof s);
	asn_ikm_add(&s, r1);
	asn_ikm_add(&s, r2);
	asn_ikm_add(&s, r3);
	CHECK_INT(asn_ikm_compute(&s, &cfg, &r), 0, "computed");
	for (i = 0; i < 8; i++)
		CHECK_INT(r.mean_centi[i], 300, "u%d 3.00", i + 1);
	CHECK_INT(r.mean_centi[8], 350, "u9 over its two answers: 3.50");
	CHECK_INT(r.ikm_centi, 7639, "76.39");
	CHECK_INT(r.mutu, 'C', "mutu C");
	CHECK_INT(r.unsur_terendah, 0, "u1 lowest, first of the ties");

	/* u4 answered by nobody: left out, IKM over eight elements; u2 (4 + 1)
	 * / 2 = 2.50 lowest; 25 x (7 x 4 + 2.5) / 8 = 95.3125 -> 95.31 A */
	memset(&s, 0, sizeof s);
	asn_ikm_add(&s, r4);
	asn_ikm_add(&s, r4);
	s.sum[1] = 5;
	CHECK_INT(asn_ikm_compute(&s, &cfg, &r), 0, "computed");
	CHECK_INT(r.mean_centi[3], -1, "u4: no answer, no mean");
	CHECK_INT(r.mean_centi[1], 250, "u2 2.50");
	CHECK_INT(r.ikm_centi, 9531, "95.31 over eight elements");
	CHECK_INT(r.unsur_terendah, 1, "u2 lowest");
	asn_config_free(&cfg);
}

int main(void)
{
	asn_cli_init("test_ikm");
	test_answers();
	test_edges();
	test_bands();
	test_means();
	test_units();
	test_blanks();
	return TEST_DONE();
}
