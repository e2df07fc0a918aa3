#include <math.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "plan.h"
#include "test.h"
#include "test_files.h"
#include "tumbuh.h"

/* The plan's sectors over 2026-2028 at a 90 % level. */
static int parse(asn_tumbuh *t, const char *spec, const asn_plan_priority *p, char *err)
{
	return asn_tumbuh_parse(t, spec, 2026, 3, 0.9, asn_sektor_names, asn_plan_sektor_of, p,
	                        err, 512);
}

/* A rate per sector, and a sector not named left as it is. */
static void test_rate(void)
{
	asn_plan_priority p;
	asn_tumbuh t;
	char err[512];
	double sd;

	asn_plan_priority_init(&p);
	CHECK_INT(parse(&t, "kesehatan=0.1", &p, err), 0,
	          "a rate for one sector");
	CHECK(fabs(asn_tumbuh_faktor(&t, "Perawat Terampil", 2, &sd) - 1.21) < 1e-12 && sd == 0,
	      "kesehatan: 1.1 squared in year 2");
	CHECK(asn_tumbuh_faktor(&t, "Guru Kelas", 2, &sd) == 1, "pendidikan not named: 1");
	asn_tumbuh_free(&t);
	CHECK_INT(parse(&t, "0.1", &p, err), 0, "one rate");
	CHECK(fabs(asn_tumbuh_faktor(&t, "Analis", 1, &sd) - 1.1) < 1e-12, "teknis too");
	asn_tumbuh_free(&t);
	CHECK_INT(parse(&t, "guru=0.1", &p, err), -1,
	          "not a sector");
	CHECK_STR(err, "--demand-growth 'guru=0.1': 'guru' is not a sector (pendidikan, "
	          "kesehatan, teknis)", "the message names it");
	asn_tumbuh_free(&t);
	CHECK_INT(parse(&t, "teknis=0.1,teknis=0", &p, err),
	          -1, "a sector twice");
	CHECK_STR(err, "--demand-growth 'teknis=0': teknis is given twice", "told");
	asn_tumbuh_free(&t);
	CHECK_INT(parse(&t, "teknis=2", &p, err), -1,
	          "a rate above 1");
	asn_tumbuh_free(&t);
	asn_plan_priority_free(&p);
}

/* The trend of 100, 160, 190, 260, 290 (2021-2025), by hand: centred x
 * -2..2, Sxx 10, Sxy 480, slope 48, mean 200; trend 344 in 2026, 392 in
 * 2027, 440 in 2028: factors 392/344 and 440/344.  Residuals -4, 8, -10,
 * 12, -6: s^2 = 360/3 = 120.  Prediction se in 2027: s sqrt(1 + 1/5 +
 * 16/10) = 18.3303028; the 90 % interval's half width t(0.95, 3) = 2.3533634
 * times that, 43.1378643, read as a normal one: / 1.6448536 = 26.2259646,
 * / 344 = 0.0762383.  2028: s sqrt(3.7) = 21.0713075, 49.5884339,
 * 30.1476937, 0.0876386. */
static void test_series(void)
{
	asn_plan_priority p;
	asn_tumbuh t;
	char path[] = "/tmp/test_tumbuh_XXXXXX", spec[64], err[512];
	double sd, f;

	asn_plan_priority_init(&p);
	test_write_file(path, "tahun,nilai\n2021,100\n2022,160\n2023,190\n2024,260\n2025,290\n");
	snprintf(spec, sizeof spec, "pendidikan=%s", path);
	CHECK_INT(parse(&t, spec, &p, err), 0, "a series");
	f = asn_tumbuh_faktor(&t, "Guru Matematika", 0, &sd);
	CHECK(f == 1 && sd == 0, "year 0 is the need as given");
	f = asn_tumbuh_faktor(&t, "Guru Matematika", 1, &sd);
	CHECK(fabs(f - 392.0 / 344) < 1e-12, "2027: 392/344");
	CHECK(fabs(sd - 0.0762383) < 2e-7, "2027: its standard error");
	f = asn_tumbuh_faktor(&t, "Guru Matematika", 2, &sd);
	CHECK(fabs(f - 440.0 / 344) < 1e-12, "2028: 440/344");
	CHECK(fabs(sd - 0.0876386) < 2e-7, "2028: its standard error");
	f = asn_tumbuh_faktor(&t, "Bidan Terampil", 2, &sd);
	CHECK(f == 1 && sd == 0, "kesehatan not named");
	asn_tumbuh_free(&t);
	unlink(path);
	asn_plan_priority_free(&p);
}

int main(void)
{
	asn_cli_init("test_tumbuh");
	test_rate();
	test_series();
	return TEST_DONE();
}
