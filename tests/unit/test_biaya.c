#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "biaya.h"
#include "cli.h"
#include "test.h"

/* Lookups in the built-in PP 5/2024 table (its lampiran) and the edges of a
 * table: before the first step, between steps, past the last. */
static void test_lookup(void)
{
	asn_biaya_rules r;
	char err[512];

	CHECK_INT(asn_biaya_rules_load(&r, NULL, err, sizeof err), 0, "built-in rules");
	CHECK_INT(r.pns.n, 17, "PNS golongan I/a to IV/e");
	CHECK_INT(r.pppk.n, 17, "PPPK golongan I to XVII");
	CHECK_INT(asn_gaji_lookup(&r.pns, "I/a", 0), 1685700, "I/a MKG 0: the lowest salary");
	CHECK_INT(asn_gaji_lookup(&r.pns, "IV/e", 32), 6373200, "IV/e MKG 32: the highest");
	CHECK_INT(asn_gaji_lookup(&r.pns, "IV/e", 40), 6373200, "past the last step: the last");
	CHECK_INT(asn_gaji_lookup(&r.pns, "III/a", 1), 2785700, "between steps: the one before");
	CHECK_INT(asn_gaji_lookup(&r.pns, "II/a", 1), 2218400, "II/a steps at MKG 1");
	CHECK_INT(asn_gaji_lookup(&r.pns, "I/b", 0), 1840800, "I/b starts at 3: before, the first");
	CHECK_INT(asn_gaji_lookup(&r.pns, "iii/a", 0), 2785700, "golongan in any case");
	CHECK_INT(asn_gaji_lookup(&r.pns, "III/e", 0), -1, "no such golongan");
	/* Perpres 11/2024, lampiran: IX steps every 2 years from 3,203,600 */
	CHECK_INT(asn_gaji_lookup(&r.pppk, "IX", 0), 3203600, "PPPK IX MK 0: the starting salary");
	CHECK_INT(asn_gaji_lookup(&r.pppk, "IX", 10), 3740800, "PPPK IX MK 10");
	CHECK_INT(asn_gaji_lookup(&r.pppk, "IX", 11), 3740800, "PPPK IX MK 11: the step of 10");
	CHECK_INT(asn_gaji_lookup(&r.pppk, "V", 1), 2551100, "PPPK V steps at MK 1, as II/a");
	CHECK_INT(asn_gaji_lookup(&r.pppk, "II", 0), 2116900, "PPPK II starts at 3: the first");
	CHECK_INT(asn_gaji_lookup(&r.pppk, "XVII", 32), 7329000, "PPPK XVII MK 32: the highest");
	CHECK_INT(asn_gaji_lookup(&r.pppk, "XVII", 40), 7329000, "PPPK past the last: the last");
	CHECK_INT(asn_gaji_lookup(&r.pppk, "I", 26), 2900900, "PPPK I's last step, MK 26");
	CHECK_INT(asn_gaji_lookup(&r.pns, "II/d", 33), 4125600, "II/d's last step, MKG 33");
	CHECK(r.cpns_persen == 80 && r.keluarga_persen == 14 && r.bulan_tambahan == 2,
	      "CPNS 80 %%, keluarga 14 %%, two extra months");
	CHECK_STR(r.pns.peraturan, "PP 5/2024", "the regulation named");
	asn_biaya_rules_free(&r);
}

/* One month's items by hand: III/a MKG 0, PNS, pelaksana, in January. */
static void test_month(void)
{
	asn_biaya_rules r;
	asn_biaya_orang o;
	double item[ASN_BIAYA_N] = { 0 }, pegawai = 0;
	asn_date jan = { 2026, 1, 1 };
	char err[512];

	asn_biaya_rules_load(&r, NULL, err, sizeof err);
	memset(&o, 0, sizeof o);
	o.golongan = "III/a";
	o.golongan_group = 2;
	o.at = jan;
	o.start = jan;
	o.end = (asn_date){ 2026, 2, 1 };
	CHECK_INT(asn_biaya_tahun(&r, &o, 2026, 2026, jan, 0, item, &pegawai), 0, "costed");
	CHECK(item[ASN_BIAYA_GAJI] == 2785700, "gaji pokok");
	CHECK(item[ASN_BIAYA_KELUARGA] == 389998, "keluarga 14 %% of 2,785,700");
	CHECK(item[ASN_BIAYA_JABATAN] == 185000, "tunjangan umum III");
	CHECK(item[ASN_BIAYA_TAMBAHAN] == 464283, "2/12 of gaji, rounded");
	CHECK(item[ASN_BIAYA_TAMBAHAN_T] == 95833, "2/12 of 574,998, rounded");
	CHECK(pegawai > 0.0833 && pegawai < 0.0834, "a month is a twelfth of a person-year");
	o.golongan = "III/e";
	CHECK_INT(asn_biaya_tahun(&r, &o, 2026, 2026, jan, 0, item, &pegawai), -1,
	          "a golongan not in the table");
	asn_biaya_rules_free(&r);
}

/* The exit weights, by hand (R: q0 <- 1 - sqrt(.9); 1 - q0 / 4 ...): a
 * rate of 0.1 over half the first year left is q0 = 1 - 0.9^0.5 = 0.0513167;
 * in post over the first year 1 - q0 x 0.5 / 2 = 0.9871708; at the start of
 * the second 1 - q0 = 0.9486833, over it 0.9486833 x 0.95 = 0.9012491; over
 * the third 0.9486833 x 0.9 x 0.95 = 0.8111242. */
static void test_weight(void)
{
	CHECK(fabs(asn_biaya_weight(0.1, 0.5, 0, 1) - 1) < 1e-12, "retiring in the first year: 1");
	CHECK(fabs(asn_biaya_weight(0.1, 0.5, 0, 0) - 0.9871708) < 1e-7, "first year, half left");
	CHECK(fabs(asn_biaya_weight(0.1, 0.5, 1, 1) - 0.9486833) < 1e-7,
	      "retiring in the second: those at its start");
	CHECK(fabs(asn_biaya_weight(0.1, 0.5, 1, 0) - 0.9012491) < 1e-7, "second year");
	CHECK(fabs(asn_biaya_weight(0.1, 0.5, 2, 0) - 0.8111242) < 1e-7, "third year");
	CHECK(fabs(asn_biaya_weight(0.1, 1, 0, 0) - 0.95) < 1e-12, "a whole first year: 1 - r/2");
	CHECK(fabs(asn_biaya_weight(0, 0.5, 3, 0) - 1) < 1e-12, "no exits: 1");
}

int main(void)
{
	asn_cli_init("test_biaya");
	test_lookup();
	test_month();
	test_weight();
	return TEST_DONE();
}
