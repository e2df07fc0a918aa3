#include <string.h>

#include "config.h"
#include "ikm.h"
#include "test.h"

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

int main(void)
{
	test_answers();
	test_edges();
	test_bands();
	test_means();
	return TEST_DONE();
}
