#include <math.h>

#include "abk.h"
#include "config.h"
#include "test.h"

#define NEAR(a, b) (fabs((a) - (b)) < 1e-9)

static void
test_parse(void)
{
	CHECK_INT(asn_abk_period_parse("tahun"), ASN_ABK_TAHUN, "tahun");
	CHECK_INT(asn_abk_period_parse("Bulan"), ASN_ABK_BULAN, "Bulan (case)");
	CHECK_INT(asn_abk_period_parse("minggu"), ASN_ABK_MINGGU, "minggu");
	CHECK_INT(asn_abk_period_parse("HARI"), ASN_ABK_HARI, "HARI (case)");
	CHECK_INT(asn_abk_period_parse("tahunan"), -1, "tahunan is unknown");
	CHECK_INT(asn_abk_period_parse(""), -1, "empty period is unknown");
	CHECK_INT(asn_abk_time_unit_parse("menit"), ASN_ABK_MENIT, "menit");
	CHECK_INT(asn_abk_time_unit_parse("Jam"), ASN_ABK_JAM, "Jam (case)");
	CHECK_INT(asn_abk_time_unit_parse("detik"), -1, "detik is unknown");
}

static void
test_volume_and_workload(void)
{
	CHECK(NEAR(asn_abk_annual_volume(10, ASN_ABK_TAHUN, 250, 50), 10), "per year x1");
	CHECK(NEAR(asn_abk_annual_volume(10, ASN_ABK_BULAN, 250, 50), 120), "per month x12");
	CHECK(NEAR(asn_abk_annual_volume(10, ASN_ABK_MINGGU, 250, 50), 500), "per week x50");
	CHECK(NEAR(asn_abk_annual_volume(10, ASN_ABK_HARI, 250, 50), 2500), "per day x250");
	/* KEP/75/M.PAN/2004: 235 working days behind 1250 hours */
	CHECK(NEAR(asn_abk_annual_volume(10, ASN_ABK_HARI, 235, 47), 2350), "per day x235");
	CHECK(NEAR(asn_abk_annual_volume(10, ASN_ABK_MINGGU, 235, 47), 470), "per week x47");
	CHECK(NEAR(asn_abk_norma_hours(90, ASN_ABK_MENIT), 1.5), "90 minutes = 1.5 hours");
	CHECK(NEAR(asn_abk_norma_hours(2, ASN_ABK_JAM), 2), "hours stay hours");
	/* 96 lesson hours a week x 50 = 4800 a year, x 40 minutes = 3200 hours */
	CHECK(NEAR(asn_abk_workload_hours(96, ASN_ABK_MINGGU, 40, ASN_ABK_MENIT, 250, 50), 3200),
	    "tatap muka: 3200 hours");
	/* 40 patient-days a day x 250 = 10000, x 15 minutes = 2500 hours */
	CHECK(NEAR(asn_abk_workload_hours(40, ASN_ABK_HARI, 15, ASN_ABK_MENIT, 250, 50), 2500),
	    "asuhan keperawatan: 2500 hours");
	CHECK(NEAR(asn_abk_workload_hours(24, ASN_ABK_BULAN, 2, ASN_ABK_JAM, 250, 50), 576), "RPP: 576 hours");
	CHECK(NEAR(asn_abk_workload_hours(0, ASN_ABK_HARI, 15, ASN_ABK_MENIT, 250, 50), 0), "zero volume");
	CHECK(NEAR(asn_abk_need(4046, 1250), 3.2368), "4046 / 1250 = 3.2368");
	/* 75,000 minutes a year is the same WKE */
	CHECK(NEAR(asn_abk_need(asn_abk_workload_hours(75000, ASN_ABK_TAHUN, 1, ASN_ABK_MENIT, 250, 50),
	    1250), 1), "75,000 minutes of work is one person");
}

static void
test_round(void)
{
	static const struct {
		double need;
		double round, ceil, floor;
	} cases[] = {
		{ 0, 0, 0, 0 },
		{ 0.464, 0, 1, 0 },
		{ 0.5, 1, 1, 0 },
		{ 0.9, 1, 1, 0 },
		{ 1, 1, 1, 1 },
		{ 1.5, 2, 2, 1 },
		{ 2.48, 2, 3, 2 },
		{ 2.5, 3, 3, 2 },
		{ 3.2368, 3, 4, 3 },
		{ 3.5000000001, 4, 4, 3 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		CHECK(asn_abk_round(cases[i].need, ASN_ROUND_HALF_UP) == cases[i].round,
		    "round %g = %g", cases[i].need, cases[i].round);
		CHECK(asn_abk_round(cases[i].need, ASN_ROUND_CEIL) == cases[i].ceil,
		    "ceil %g = %g", cases[i].need, cases[i].ceil);
		CHECK(asn_abk_round(cases[i].need, ASN_ROUND_FLOOR) == cases[i].floor,
		    "floor %g = %g", cases[i].need, cases[i].floor);
		CHECK(asn_abk_round(cases[i].need, ASN_ROUND_NONE) == cases[i].need,
		    "none %g unchanged", cases[i].need);
	}
	/* binary arithmetic: 3/7 x 17.5/3 is 2.5 less a hair */
	CHECK(asn_abk_round(3.0 / 7 * (2.5 * 7 / 3), ASN_ROUND_HALF_UP) == 3, "2.4999999999999996 rounds as 2.5");
	CHECK(asn_abk_round(0.1 * 3 * 10, ASN_ROUND_CEIL) == 3, "3.0000000000000004 ceils to 3");
	CHECK(asn_abk_round(0.7 * 10 / 7 * 3 - 1e-15, ASN_ROUND_FLOOR) == 3, "2.999999999999999 floors to 3");
	CHECK(asn_abk_round(-1.5, ASN_ROUND_HALF_UP) == -2, "round -1.5 = -2 (away from zero)");
	CHECK(NEAR(asn_abk_round_decimals(0.125, 2), 0.13), "0.125 to 2 decimals = 0.13");
	CHECK(NEAR(asn_abk_round_decimals(0.8266666, 2), 0.83), "0.8267 = 0.83");
	CHECK(NEAR(asn_abk_round_decimals(1.005, 2), 1.01), "1.005 = 1.01 (not 1.00)");
	/* large sums (a unit's subtotal): the tolerance for noise must not
	 * round them up; by hand, 252656.1349 is .13 and 5000001.0049 is .00 */
	CHECK(asn_abk_round_decimals(252656.1349, 2) == 252656.13, "252656.1349 = 252656.13");
	CHECK(asn_abk_round_decimals(5000001.0049, 2) == 5000001.00, "5000001.0049 = 5000001.00");
	CHECK(asn_abk_round_decimals(252656.135, 2) == 252656.14, "252656.135 = 252656.14");
	CHECK(asn_abk_round(600000000.4, ASN_ROUND_HALF_UP) == 600000000,
	    "a need of 600000000.4 rounds half up to 600000000");
	CHECK(NEAR(asn_abk_round_decimals(-0.125, 2), -0.13), "-0.125 = -0.13");
	CHECK(isnan(asn_abk_round_decimals(NAN, 2)), "NaN stays NaN");
}

static void
test_ej_pj(void)
{
	asn_config cfg;

	asn_config_defaults(&cfg);
	CHECK(NEAR(asn_abk_ej(4046, 2, 1250), 1.6184), "EJ 4046 / (2 x 1250) = 1.6184");
	CHECK(isnan(asn_abk_ej(4046, 0, 1250)), "EJ with no bezetting is NaN");
	CHECK_INT(asn_abk_pj(1.6184, &cfg), 'A', "1.62 is A");
	CHECK_INT(asn_abk_pj(1.004, &cfg), 'B', "1.004 prints 1.00: B, not A");
	CHECK_INT(asn_abk_pj(1.005, &cfg), 'A', "1.005 prints 1.01: A");
	CHECK_INT(asn_abk_pj(1.00, &cfg), 'B', "1.00 is B");
	CHECK_INT(asn_abk_pj(1125.0 / 1250, &cfg), 'B', "0.90 is B");
	CHECK_INT(asn_abk_pj(0.895, &cfg), 'B', "0.895 prints 0.90: B");
	CHECK_INT(asn_abk_pj(0.894, &cfg), 'C', "0.894 prints 0.89: C");
	CHECK_INT(asn_abk_pj(3100.0 / 3750, &cfg), 'C', "0.83 is C");
	CHECK_INT(asn_abk_pj(0.70, &cfg), 'C', "0.70 is C");
	CHECK_INT(asn_abk_pj(0.69, &cfg), 'D', "0.69 is D");
	CHECK_INT(asn_abk_pj(0.50, &cfg), 'D', "0.50 is D");
	CHECK_INT(asn_abk_pj(0.49, &cfg), 'E', "0.49 is E");
	CHECK_INT(asn_abk_pj(0, &cfg), 'E', "0 is E");
	CHECK_INT(asn_abk_pj(NAN, &cfg), 0, "no EJ, no PJ");
	CHECK_STR(asn_abk_pj_label('A'), "sangat baik", "A sangat baik");
	CHECK_STR(asn_abk_pj_label('C'), "cukup", "C cukup");
	CHECK_STR(asn_abk_pj_label('E'), "kurang", "E kurang");
	CHECK_STR(asn_abk_pj_label(0), "", "no label");
	cfg.pj_a = 1.2;
	cfg.pj_b = 1.0;
	CHECK_INT(asn_abk_pj(1.1, &cfg), 'B', "configured bands: 1.1 is B when A starts above 1.2");
	CHECK_INT(asn_abk_pj(0.95, &cfg), 'C', "configured bands: 0.95 is C when B starts at 1.0");
	asn_config_free(&cfg);
}

static void
test_wisn(void)
{
	double caf, iaf;

	CHECK(NEAR(asn_wisn_caf(0), 1), "no CAS: CAF 1");
	CHECK(NEAR(asn_wisn_caf(15), 1 / 0.85), "CAS 15%%: CAF 1/0.85");
	CHECK(NEAR(asn_wisn_caf(50), 2), "CAS 50%%: CAF 2");
	CHECK(isnan(asn_wisn_caf(100)), "CAS 100%%: undefined");
	CHECK(isnan(asn_wisn_caf(-1)), "negative CAS: undefined");
	CHECK(NEAR(asn_wisn_iaf(250, 1250), 0.2), "IAS 250 h: IAF 0.2");
	/* perawat: 3100 h / 1250 = 2.48; x 1/0.85 = 2.917647; + 0.2 = 3.117647 */
	caf = asn_wisn_caf(15);
	iaf = asn_wisn_iaf(250, 1250);
	CHECK(NEAR(asn_wisn_required(asn_abk_need(3100, 1250), caf, iaf), 2.48 / 0.85 + 0.2),
	    "WISN required 3.117647");
	CHECK(NEAR(asn_abk_round_decimals(asn_wisn_ratio(3, 2.48 / 0.85 + 0.2), 2), 0.96),
	    "WISN ratio 3 / 3.117647 = 0.96");
	CHECK(NEAR(asn_wisn_required(2.48, 1, 0), 2.48), "ABK is WISN with CAF 1, IAF 0");
	CHECK(isnan(asn_wisn_ratio(3, 0)), "ratio with nothing required is NaN");
	CHECK(NEAR(asn_wisn_ratio(0, 0.93), 0), "no staff: ratio 0");
}

int
main(void)
{
	test_parse();
	test_volume_and_workload();
	test_round();
	test_ej_pj();
	test_wisn();
	return TEST_DONE();
}
