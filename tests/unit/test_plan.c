/* lib/plan and lib/plan_rules: the priority set, the sector of a jabatan,
 * the PNS/PPPK split, the order of rows, the kualifikasi text, and a plan
 * of two groups worked by hand. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cohort.h"
#include "plan.h"
#include "talent.h"
#include "test.h"

static void test_defaults(void)
{
	asn_plan_priority p;

	asn_plan_priority_init(&p);
	CHECK_INT(asn_plan_sektor(&p, "Guru Ahli Pertama"), ASN_SEKTOR_PENDIDIKAN, "Guru*: pendidikan");
	CHECK_INT(asn_plan_sektor(&p, "guru kelas"), ASN_SEKTOR_PENDIDIKAN, "globs ignore case");
	CHECK_INT(asn_plan_sektor(&p, "Perawat Terampil"), ASN_SEKTOR_KESEHATAN, "Perawat*: kesehatan");
	CHECK_INT(asn_plan_sektor(&p, "Pranata Laboratorium Kesehatan Ahli Muda"),
	    ASN_SEKTOR_KESEHATAN, "Pranata Laboratorium Kesehatan*: kesehatan");
	CHECK_INT(asn_plan_sektor(&p, "Pranata Komputer Terampil"), ASN_SEKTOR_TEKNIS,
	    "Pranata Komputer: teknis");
	CHECK_INT(asn_plan_sektor(&p, "Analis Kebijakan"), ASN_SEKTOR_TEKNIS, "the rest: teknis");
	/* weights 1, 1, 0.5 over the largest, 1 */
	CHECK(asn_plan_sektor_komponen(&p, ASN_SEKTOR_KESEHATAN) == 1, "kesehatan 1/1");
	CHECK(asn_plan_sektor_komponen(&p, ASN_SEKTOR_TEKNIS) == 0.5, "teknis 0.5/1");
	/* PPPK: 100 % of 3 = 3; 50 % of 1 = 0.5 -> 1; of 3 = 1.5 -> 2; of 4 = 2;
	 * teknis 0 % of 5 = 0 */
	CHECK_INT(asn_plan_pppk(&p, ASN_SEKTOR_PENDIDIKAN, 3), 3, "pendidikan all PPPK");
	CHECK_INT(asn_plan_pppk(&p, ASN_SEKTOR_KESEHATAN, 1), 1, "half of 1 rounds up");
	CHECK_INT(asn_plan_pppk(&p, ASN_SEKTOR_KESEHATAN, 3), 2, "half of 3 rounds up");
	CHECK_INT(asn_plan_pppk(&p, ASN_SEKTOR_KESEHATAN, 4), 2, "half of 4");
	CHECK_INT(asn_plan_pppk(&p, ASN_SEKTOR_TEKNIS, 5), 0, "teknis all PNS");
	asn_plan_priority_free(&p);
}

static void test_yaml(void)
{
	static const char text[] =
	    "bobot: {ikm: 0.5}\n"
	    "sektor:\n"
	    "  kesehatan: {bobot: 2, pppk_persen: 30, jabatan: [\"Bidan*\"]}\n"
	    "wajib: [\"Dokter Ahli Pertama\", \"Dinas Kesehatan|Bidan Terampil\"]\n";
	asn_plan_priority p;
	char err[512];

	asn_plan_priority_init(&p);
	CHECK_INT(asn_plan_priority_load_string(&p, text, strlen(text), "p.yaml", err, sizeof err),
	    0, "a priority set loads");
	CHECK(p.bobot[ASN_KOMPONEN_IKM] == 0.5, "bobot ikm replaced");
	CHECK(p.bobot[ASN_KOMPONEN_SEKTOR] == 0.4, "bobot sektor kept");
	CHECK_INT(asn_plan_sektor(&p, "Perawat Terampil"), ASN_SEKTOR_TEKNIS,
	    "the kesehatan globs replaced: Perawat is teknis now");
	CHECK_INT(asn_plan_sektor(&p, "Bidan Terampil"), ASN_SEKTOR_KESEHATAN, "Bidan*");
	/* kesehatan 2 is the largest: pendidikan 1/2 */
	CHECK(asn_plan_sektor_komponen(&p, ASN_SEKTOR_PENDIDIKAN) == 0.5, "normalised by 2");
	/* 30 % of 5 = 1.5 -> 2 */
	CHECK_INT(asn_plan_pppk(&p, ASN_SEKTOR_KESEHATAN, 5), 2, "30 %% of 5 rounds up");
	CHECK_INT(p.nwajib, 2, "two wajib entries");
	CHECK(p.wajib[0].unit == NULL, "a jabatan alone: any unit");
	CHECK_STR(p.wajib[1].unit, "Dinas Kesehatan", "unit|jabatan: the unit");
	CHECK_STR(p.wajib[1].jabatan, "Bidan Terampil", "unit|jabatan: the jabatan");
	CHECK_INT(p.wajib[1].line, 4, "its line");
	asn_plan_priority_free(&p);

	asn_plan_priority_init(&p);
	CHECK_INT(asn_plan_priority_load_string(&p, "bobot: {skor: 1}\n", 16, "p.yaml", err,
	    sizeof err), -1, "an unknown component is refused");
	CHECK(strstr(err, "p.yaml:1:9: unknown key 'skor'") != NULL, "named with its place: %s", err);
	CHECK_INT(asn_plan_priority_load_string(&p, "sektor: {teknis: {pppk_persen: 101}}\n", 37,
	    "p.yaml", err, sizeof err), -1, "a share above 100 is refused");
	asn_plan_priority_free(&p);
}

static void test_order(void)
{
	asn_cohort_group a = { 0 }, b = { 0 };
	asn_plan_row x = { 0 }, y = { 0 };

	a.key = "U\0A";
	a.keylen = 4;
	b.key = "U\0B";
	b.keylen = 4;
	x.g = &a;
	y.g = &b;
	x.skor = y.skor = 260;
	x.kurang = y.kurang = 1;
	CHECK(asn_plan_row_cmp(&x, &y) < 0, "a tie on skor and kurang: keys in byte order");
	y.kurang = 2;
	CHECK(asn_plan_row_cmp(&x, &y) > 0, "a tie on skor: the larger kurang first");
	x.skor = 261;
	CHECK(asn_plan_row_cmp(&x, &y) < 0, "the higher skor first");
	y.wajib = 1;
	CHECK(asn_plan_row_cmp(&x, &y) > 0, "wajib before any skor");
}

static void test_kualifikasi(void)
{
	static const char text[] =
	    "standar:\n"
	    "  - {jabatan: \"Guru *\", pendidikan_min: S1, jurusan: [\"Pendidikan *\", PGSD]}\n"
	    "  - {jabatan: \"Pengadministrasi *\", pendidikan_min: SMA}\n";
	asn_standar s;
	char err[256], out[256];

	CHECK_INT(asn_standar_load_string(&s, text, strlen(text), "s.yaml", err, sizeof err), 0,
	    "a standard loads");
	asn_plan_kualifikasi(&s, "Guru Ahli Pertama", out, sizeof out);
	CHECK_STR(out, "S1 (Pendidikan *, PGSD)", "minimum and fields of study");
	asn_plan_kualifikasi(&s, "Pengadministrasi Perkantoran", out, sizeof out);
	CHECK_STR(out, "SMA", "a minimum alone");
	asn_plan_kualifikasi(&s, "Dokter Ahli Pertama", out, sizeof out);
	CHECK_STR(out, "", "no rule: empty");
	asn_plan_kualifikasi(NULL, "Guru Ahli Pertama", out, sizeof out);
	CHECK_STR(out, "", "no standard: empty");
	asn_standar_free(&s);
}

/* Two groups of (unit, jabatan), 2 years planned (3 projected), reference
 * 2026-01-01, exit rate 0:
 * - G "U\0Guru A": need 4, staff 3 retiring after the horizon: 2026
 *   kurang 1, rasio 0.25, skor 0.4 + 0.075 = 0.475.
 * - T "U\0Teknis B": need 3, staff 2, one retiring 2026: 2026 proyeksi 1,
 *   kurang 2, rasio 2/3, pensiun (1 + 0) / 2 = 0.5: skor 0.2 + 0.2 + 0.1 =
 *   0.500.
 * Quota 2 a year: 2026 T 2, G 0 (sisa 1).  2027: G still 3, kurang 1, gets
 * it; T 1 + 2 = 3, no row. */
static void test_run(void)
{
	asn_cohort_options o;
	asn_cohort *c;
	asn_cohort_group *g, *t;
	asn_plan_priority pr;
	asn_plan_kuota k;
	asn_plan plan;
	asn_date d = { 2026, 1, 1 };

	asn_cohort_options_init(&o, d, 3);
	o.hire = ASN_HIRE_PLANNED;
	c = asn_cohort_alloc(&o);
	g = asn_cohort_group_get(c, "U\0Guru A", 9);
	g->has_kebutuhan = 1;
	g->kebutuhan = 4;
	g->retiring[3] = 3;
	t = asn_cohort_group_get(c, "U\0Teknis B", 11);
	t->has_kebutuhan = 1;
	t->kebutuhan = 3;
	t->retiring[0] = 1;
	t->retiring[3] = 1;
	asn_plan_priority_init(&pr);
	asn_plan_kuota_init(&k, 2026, 2);
	asn_plan_kuota_total(&k, 2);
	memset(&plan, 0, sizeof plan);
	plan.priority = &pr;
	plan.kuota = &k;
	plan.keys.unit = 0;
	plan.keys.subunit = -1;
	plan.keys.jabatan = 1;
	asn_quiet = 1;
	asn_plan_run(&plan, c, 2);
	CHECK_INT(plan.nrows[0], 2, "2026: two rows");
	CHECK(plan.rows[0][0].g == t, "2026: T first");
	CHECK_INT(plan.rows[0][0].skor, 500, "T skor 0.500");
	CHECK_INT(plan.rows[0][0].usulan, 2, "T gets 2");
	CHECK_INT(plan.rows[0][1].skor, 475, "G skor 0.475");
	CHECK_INT(plan.rows[0][1].usulan, 0, "G gets 0 after the cut");
	CHECK_INT(plan.rows[0][1].sisa, 1, "G carries 1");
	CHECK_INT(plan.nrows[1], 1, "2027: one row");
	CHECK(plan.rows[1][0].g == g, "2027: G");
	CHECK_INT(plan.rows[1][0].usulan, 1, "G gets 1");
	CHECK_INT(plan.rows[1][0].pppk, 1, "a guru is PPPK");
	CHECK_INT(plan.total_kurang, 4, "kurang 3 + 1");
	CHECK_INT(plan.total_sisa, 1, "sisa 1 + 0");
	asn_plan_free(&plan);
	asn_plan_kuota_free(&k);
	asn_plan_priority_free(&pr);
	asn_cohort_free(c);
}

static void test_keys(void)
{
	const char *ok[] = { "unit", "subunit", "jabatan" }, *bad[] = { "unit", "bidang" };
	asn_plan_keys pk;

	CHECK_INT(asn_plan_keys_find(&pk, ok, 3), 0, "unit,subunit,jabatan");
	CHECK_INT(pk.subunit, 1, "subunit second");
	CHECK_INT(asn_plan_keys_find(&pk, ok, 1), -1, "unit alone: no jabatan");
	CHECK_INT(asn_plan_keys_find(&pk, bad, 2), -1, "bidang is no plan key");
}

int main(void)
{
	asn_cli_init("test_plan");
	test_defaults();
	test_yaml();
	test_order();
	test_kualifikasi();
	test_run();
	test_keys();
	return TEST_DONE();
}
