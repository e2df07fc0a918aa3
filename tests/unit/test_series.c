/* lib/series and lib/retirees.  The regression is worked by hand:
 * x 1..4, y 2,4,5,8: Sxy 9.5, Sxx 5, slope 1.9, intercept 0, so the next
 * two points are 9.5 and 11.4. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "retirees.h"
#include "series.h"
#include "test.h"
#include "test_files.h"

static char *written(FILE *f)
{
	static char buf[4096];

	return test_read_back(f, buf, sizeof buf);
}

/* The forecast of a series (read from text) under opt, as written. */
static char *forecast(const asn_series *s, const asn_series_options *opt)
{
	FILE *f = tmpfile();
	asn_csv_writer *w = asn_csv_writer_new(f);

	asn_series_forecast(w, s, "s.csv", opt);
	asn_csv_writer_free(w);
	return written(f);
}

static void read_series(asn_series *s, const char *text, const asn_series_options *opt)
{
	char path[] = "/tmp/asn-test-series-XXXXXX";

	test_write_file(path, text);
	asn_series_read(s, path, opt);
	unlink(path);
}

static void test_ols(void)
{
	asn_series_options opt = { "tahun", "nilai", 0, 0, 0, 2, 0.90 };
	asn_series s;
	char *out;

	read_series(&s, "tahun,nilai\n1,2\n2,4\n3,5\n4,8\n", &opt);
	CHECK_INT(s.n, 4, "four points");
	out = forecast(&s, &opt);
	CHECK(strncmp(out, "tahun,nilai,nilai_lo,nilai_hi\n5,9.5,", 36) == 0,
	      "the next point on the fitted line");
	CHECK(strstr(out, "\n6,11.4,") != NULL, "two steps ahead");
	opt.params = 1;
	out = forecast(&s, &opt);
	CHECK(strstr(out, "\nslope,1.9,") != NULL, "the slope");
	CHECK(strstr(out, "\nn,4,\n") != NULL, "the number of points");
	asn_series_free(&s);
}

static void test_retirees(void)
{
	asn_retirees list = { NULL, 0, 0 };
	asn_date d1 = { 2027, 3, 1 }, d2 = { 2026, 12, 1 };
	asn_csv_writer *w;
	FILE *f = tmpfile();

	asn_retirees_add(&list, d1, "2", "B", "U", "J");
	asn_retirees_add(&list, d2, "3", "C", "U", "J");
	asn_retirees_add(&list, d1, "1", "A", "U, Kab", "J");
	w = asn_csv_writer_new(f);
	asn_retirees_write(&list, w);
	asn_csv_writer_free(w);
	CHECK_STR(written(f), "nip,nama,unit,jabatan,tanggal_pensiun\n"
	          "3,C,U,J,2026-12-01\n1,A,\"U, Kab\",J,2027-03-01\n2,B,U,J,2027-03-01\n",
	          "by date, then nip");
	asn_retirees_free(&list);
}

/* The x ahead are xmax + h x step to the inputs' decimals: with x 0.1,
 * 0.2, 0.3 (0.3 - 0.2 is 0.09999999999999998 in binary) the next two are
 * 0.4 and 0.5; y = 10 x + 1, so 5 and 6. */
static void test_decimals(void)
{
	asn_series_options opt = { "tahun", "nilai", 0, 0, 0, 2, 0.90 };
	asn_series s;
	char *out;

	read_series(&s, "tahun,nilai\n0.1,2\n0.2,3\n0.3,4\n", &opt);
	CHECK_INT(s.x_decimals, 1, "one decimal");
	out = forecast(&s, &opt);
	CHECK(strstr(out, "\n0.4,5,") && strstr(out, "\n0.5,6,"), "0.4 and 0.5");
	asn_series_free(&s);
}

int main(void)
{
	asn_cli_init("test_series");
	test_ols();
	test_decimals();
	test_retirees();
	return TEST_DONE();
}
