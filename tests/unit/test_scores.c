/* lib/scores: the value each NIP keeps from SKP, potensi and pelatihan
 * files, the rows rejected and why, the NIPs the table never asks for.
 * Expected values worked by hand from the rules in lib/scores.h with the
 * default configuration, reference year 2026. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "config.h"
#include "scores.h"
#include "test.h"

#define NIP_A "198001012005011001"
#define NIP_B "198102022006022002"
#define NIP_C "198203032007031003"

static asn_config cfg;

/* Reads text as the score file `file` into s; stderr into err. */
static void read_text(asn_scores *s, int file, const char *text, unsigned long long *rejected,
                      char *err, size_t errsize)
{
	char path[] = "/tmp/asn-test-scores-XXXXXX";
	int fd = mkstemp(path);
	size_t len = strlen(text), n;
	FILE *saved = stderr, *f = tmpfile();
	asn_input in;

	if (fd < 0 || !f || write(fd, text, len) != (ssize_t)len)
		abort();
	close(fd);
	stderr = f;
	asn_input_open(&in, path, ',');
	asn_scores_begin(s, file, &in);
	while (asn_input_next(&in))
		asn_scores_row(s, &in, rejected);
	asn_scores_end(s);
	asn_input_close(&in);
	stderr = saved;
	rewind(f);
	n = fread(err, 1, errsize - 1, f);
	err[n] = '\0';
	fclose(f);
	unlink(path);
}

static void test_skp_years(void)
{
	asn_scores s;
	asn_score v;
	asn_scores_unmatched *list;
	unsigned long long rejected = 0;
	char err[2048];
	size_t n;
	long rows;

	asn_scores_init(&s, &cfg, 2026, 0);
	read_text(&s, ASN_SCORES_SKP,
	          "nip,tahun,nilai_kinerja\n"
	          NIP_A ",2024,70\n"                /* 2 */
	          NIP_A ",2025,85.5\n"              /* 3: the latest tahun */
	          NIP_A ",2023,60\n"                /* 4: older, not kept */
	          NIP_A ",2025,90\n"                /* 5: a second row for 2025 */
	          NIP_B ",1962,80\n"                /* 6: 64 years before 2026 */
	          NIP_B ",1963,80\n"                /* 7: 63 years before: the first year */
	          NIP_C ",2027,80\n"                /* 8: after the reference year */
	          "19820303200703100,2025,80\n"     /* 9: 17 digits */
	          NIP_C ",2025.5,80\n",             /* 10: not a year */
	          &rejected, err, sizeof err);
	CHECK_INT(rejected, 5, "five rows rejected");
	CHECK(strstr(err, ":5:1: nip '" NIP_A "': second SKP row for tahun 2025\n") != NULL,
	      "a second row for a tahun");
	CHECK(strstr(err, ":6:2: tahun '1962': expected a year from 1963 to 2026\n") != NULL,
	      "a tahun 64 years back");
	CHECK(strstr(err, ":8:2: tahun '2027'") != NULL, "a tahun after the reference year");
	CHECK(strstr(err, ":9:1: nip '19820303200703100': expected 18 digits\n") != NULL,
	      "a NIP of 17 digits");
	CHECK(strstr(err, ":10:2: tahun '2025.5'") != NULL, "a tahun with a fraction");

	list = asn_scores_unmatched_list(&s, ASN_SCORES_SKP, &n, &rows);
	CHECK_INT(n, 2, "two NIPs not asked for yet");
	CHECK(n == 2 && list[0].line == 2 && list[1].line == 7, "by the line of their first row");
	CHECK(n == 2 && list[0].nip == 198001012005011001ULL, "with their NIP");
	CHECK_INT(rows, 4, "A's three tahun and B's one");
	free(list);

	CHECK_INT(asn_scores_match(&s, NIP_A, &v), 1, "A has scores");
	CHECK(v.has_kinerja && v.kinerja == 85.5, "A keeps 85.5 of 2025 (got %g)", v.kinerja);
	CHECK(!v.has_potensi && v.jp == 0, "no potensi, no JP");
	CHECK_INT(asn_scores_match(&s, NIP_B, &v), 1, "B has scores");
	CHECK(v.kinerja == 80, "B keeps 80 of 1963");
	CHECK_INT(asn_scores_match(&s, NIP_C, &v), 0, "C's rows were all rejected");
	CHECK(!v.has_kinerja, "so C has no kinerja");
	CHECK_INT(asn_scores_match(&s, "1980", &v), 0, "a NIP not of 18 digits has none");

	list = asn_scores_unmatched_list(&s, ASN_SCORES_SKP, &n, &rows);
	CHECK_INT(n, 0, "every NIP asked for");
	CHECK_INT(rows, 0, "no row left");
	free(list);
	list = asn_scores_unmatched_list(&s, ASN_SCORES_POTENSI, &n, &rows);
	CHECK(list == NULL && n == 0 && rows == 0, "a file not read has no rows");
	asn_scores_free(&s);
}

/* The potensi part is added after the SKP records exist: they are widened
 * and keep their values. */
static void test_potensi_after_skp(void)
{
	asn_scores s;
	asn_score v;
	unsigned long long rejected = 0;
	char err[2048];

	asn_scores_init(&s, &cfg, 2026, 2025);
	read_text(&s, ASN_SCORES_SKP,
	          "nip,predikat\n"
	          NIP_A ",Sangat Baik\n"
	          NIP_B ",Baik\n"
	          NIP_A ",Baik\n",                  /* 4: second row, no tahun */
	          &rejected, err, sizeof err);
	CHECK(strstr(err, ":4:1: nip '" NIP_A "': second SKP row (first at line 2)\n") != NULL,
	      "without tahun a second row names the first");
	read_text(&s, ASN_SCORES_POTENSI,
	          "nilai_potensi,nip\n"
	          "\"77,777\"," NIP_B "\n"          /* 2: rounded to 77.78 */
	          "55," NIP_C "\n"                  /* 3: a NIP new to the store */
	          "101," NIP_A "\n"                 /* 4: above 100 */
	          "60," NIP_C "\n",                 /* 5: second row */
	          &rejected, err, sizeof err);
	CHECK_INT(rejected, 3, "three rows rejected in the two files");
	CHECK(strstr(err, ":4:1: nilai_potensi '101': expected a number from 0 to 100\n") != NULL,
	      "potensi above 100");
	CHECK(strstr(err, ":5:2: nip '" NIP_C "': second potensi row (first at line 3)\n") != NULL,
	      "a second potensi row");
	asn_scores_match(&s, NIP_A, &v);
	CHECK(v.has_kinerja && v.kinerja == 90 && !v.has_potensi,
	      "A: Sangat Baik is 90 after the records widened, no potensi");
	asn_scores_match(&s, NIP_B, &v);
	CHECK(v.kinerja == 70 && v.has_potensi && v.potensi == 77.78, "B: Baik 70, potensi 77.78");
	asn_scores_match(&s, NIP_C, &v);
	CHECK(!v.has_kinerja && v.potensi == 55, "C: potensi 55 only");
	CHECK_INT(s.skipped, 0, "tahun filters nothing without a tahun column");
	asn_scores_free(&s);
}

static void test_pelatihan(void)
{
	asn_scores s;
	asn_score v;
	unsigned long long rejected = 0;
	char err[2048];
	size_t n;
	long rows;

	asn_scores_init(&s, &cfg, 2026, 0);
	read_text(&s, ASN_SCORES_PELATIHAN,
	          "nip,tahun,jp\n"
	          NIP_A ",2024,10\n"
	          NIP_A ",2025,4.5\n"
	          NIP_A ",2025,\"3,25\"\n"
	          NIP_B ",2024,12\n"                /* B's latest year is before the file's */
	          NIP_C ",2025,x\n"                 /* 6 */
	          NIP_A ",2023,100\n",
	          &rejected, err, sizeof err);
	CHECK_INT(rejected, 1, "one row rejected");
	CHECK(strstr(err, ":6:3: jp 'x': expected a number of hours, 0 or more\n") != NULL,
	      "jp not a number");
	CHECK_INT(s.jp_tahun, 2025, "JP of the latest year of the file");
	free(asn_scores_unmatched_list(&s, ASN_SCORES_PELATIHAN, &n, &rows));
	CHECK_INT(rows, 5, "every row of A and B counted, of every year");
	asn_scores_match(&s, NIP_A, &v);
	CHECK(v.jp == 7.75, "A: 4.5 + 3.25 in 2025 (got %g)", v.jp);
	asn_scores_match(&s, NIP_B, &v);
	CHECK(v.jp == 0, "B: nothing in 2025");
	asn_scores_free(&s);
}

static void test_tahun(void)
{
	asn_scores s;
	asn_score v;
	unsigned long long rejected = 0;
	char err[2048];

	asn_scores_init(&s, &cfg, 2026, 2024);
	read_text(&s, ASN_SCORES_SKP,
	          "nip,tahun,nilai_kinerja\n"
	          NIP_A ",2024,61\n"
	          NIP_A ",2025,99\n",
	          &rejected, err, sizeof err);
	read_text(&s, ASN_SCORES_POTENSI,
	          "nip,tahun,nilai_potensi\n"
	          NIP_A ",2020,40\n"
	          NIP_A ",2025,45\n",
	          &rejected, err, sizeof err);
	read_text(&s, ASN_SCORES_PELATIHAN,
	          "nip,tahun,jp\n"
	          NIP_A ",2024,8\n"
	          NIP_A ",2025,30\n"
	          NIP_A ",2024,1.5\n",
	          &rejected, err, sizeof err);
	CHECK_INT(rejected, 0, "nothing rejected");
	CHECK_INT(s.skipped, 2, "the SKP and pelatihan rows of 2025 skipped");
	asn_scores_match(&s, NIP_A, &v);
	CHECK(v.kinerja == 61, "SKP of 2024");
	CHECK(v.potensi == 45, "potensi is not annual: the latest, 2025");
	CHECK(v.jp == 9.5, "JP of 2024");
	CHECK_INT(s.jp_tahun, 2024, "JP year 2024");
	asn_scores_free(&s);
}

/* Many NIPs: the slots grow from 1024 several times, records move, each
 * NIP still finds its own value. */
static void test_many(void)
{
	enum { N = 5000 };
	asn_scores s;
	asn_score v;
	unsigned long long rejected = 0;
	char *text = malloc(N * 32 + 64), nip[32], err[256];
	size_t len, i, right = 0;

	len = (size_t)sprintf(text, "nip,nilai_kinerja\n");
	for (i = 0; i < N; i++)
		len += (size_t)sprintf(text + len, "%018llu,%zu.%02zu\n",
		                       198001012005011001ULL + i * 1000, i % 100, i % 97);
	asn_scores_init(&s, &cfg, 2026, 0);
	read_text(&s, ASN_SCORES_SKP, text, &rejected, err, sizeof err);
	read_text(&s, ASN_SCORES_POTENSI, "nip,nilai_potensi\n198001012005011001,50\n", &rejected,
	          err, sizeof err);
	CHECK_INT(s.nrecords, N, "one record a NIP");
	for (i = 0; i < N; i++) {
		snprintf(nip, sizeof nip, "%018llu", 198001012005011001ULL + i * 1000);
		right += asn_scores_match(&s, nip, &v) && v.kinerja == (double)(i % 100 * 100 + i % 97) / 100;
	}
	CHECK_INT(right, N, "every NIP keeps its value");
	asn_scores_match(&s, "198001012005011001", &v);
	CHECK(v.potensi == 50, "and the part added after them");
	asn_scores_free(&s);
	free(text);
}

int main(void)
{
	asn_cli_init("test_scores");
	asn_config_defaults(&cfg);
	test_skp_years();
	test_potensi_after_skp();
	test_pelatihan();
	test_tahun();
	test_many();
	asn_config_free(&cfg);
	return TEST_DONE();
}
