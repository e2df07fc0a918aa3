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

static char *written(FILE *f)
{
	static char buf[4096];
	size_t n;

	rewind(f);
	n = fread(buf, 1, sizeof buf - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

static void test_ols(void)
{
	char path[] = "/tmp/asn-test-series-XXXXXX";
	const char text[] = "tahun,nilai\n1,2\n2,4\n3,5\n4,8\n";
	asn_series_options opt = { "tahun", "nilai", 0, 0, 0, 2, 0.90 };
	asn_series s;
	asn_csv_writer *w;
	FILE *f = tmpfile();
	int fd = mkstemp(path);
	char *out;

	CHECK(fd >= 0 && write(fd, text, sizeof text - 1) == (ssize_t)(sizeof text - 1),
	      "a series written");
	close(fd);
	asn_series_read(&s, path, &opt);
	CHECK_INT(s.n, 4, "four points");
	w = asn_csv_writer_new(f);
	asn_series_forecast(w, &s, path, &opt);
	asn_csv_writer_free(w);
	out = written(f);
	CHECK(strncmp(out, "tahun,nilai,nilai_lo,nilai_hi\n5,9.5,", 36) == 0,
	      "the next point on the fitted line");
	CHECK(strstr(out, "\n6,11.4,") != NULL, "two steps ahead");
	opt.params = 1;
	f = tmpfile();
	w = asn_csv_writer_new(f);
	asn_series_forecast(w, &s, path, &opt);
	asn_csv_writer_free(w);
	out = written(f);
	CHECK(strstr(out, "\nslope,1.9,") != NULL, "the slope");
	CHECK(strstr(out, "\nn,4,\n") != NULL, "the number of points");
	asn_series_free(&s);
	unlink(path);
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
	char path[] = "/tmp/asn-test-series-XXXXXX";
	const char text[] = "tahun,nilai\n0.1,2\n0.2,3\n0.3,4\n";
	asn_series_options opt = { "tahun", "nilai", 0, 0, 0, 2, 0.90 };
	asn_series s;
	asn_csv_writer *w;
	FILE *f = tmpfile();
	int fd = mkstemp(path);
	char *out;

	CHECK(fd >= 0 && write(fd, text, sizeof text - 1) == (ssize_t)(sizeof text - 1),
	      "a series written");
	close(fd);
	asn_series_read(&s, path, &opt);
	CHECK_INT(s.x_decimals, 1, "one decimal");
	w = asn_csv_writer_new(f);
	asn_series_forecast(w, &s, path, &opt);
	asn_csv_writer_free(w);
	out = written(f);
	CHECK(strstr(out, "\n0.4,5,") && strstr(out, "\n0.5,6,"), "0.4 and 0.5: %s", out);
	asn_series_free(&s);
	unlink(path);
}

int main(void)
{
	asn_cli_init("test_series");
	test_ols();
	test_decimals();
	test_retirees();
	return TEST_DONE();
}
