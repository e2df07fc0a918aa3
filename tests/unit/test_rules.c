#include <string.h>

#include "config.h"
#include "rules.h"
#include "test.h"

static void
test_bup_classes(void)
{
	static const struct {
		const char *jenis_jabatan, *jabatan;
		int bup;
	} cases[] = {
		{ "administrator", "Kepala Bidang Anggaran", 58 },
		{ "pengawas", "Kepala Seksi Kurikulum", 58 },
		{ "pelaksana", "Pengadministrasi Perkantoran", 58 },
		{ "fungsional_ahli_muda", "Analis Kebijakan Ahli Muda", 58 },
		{ "fungsional_ahli_pertama", "Perencana Ahli Pertama", 58 },
		{ "fungsional_penyelia", "Perawat Penyelia", 58 },
		{ "fungsional_mahir", "Pranata Komputer Mahir", 58 },
		{ "fungsional_terampil", "Bidan Terampil", 58 },
		{ "fungsional_pemula", "Arsiparis Pemula", 58 },
		{ "jpt_utama", "Kepala Badan Nasional", 60 },
		{ "jpt_madya", "Sekretaris Daerah Provinsi", 60 },
		{ "jpt_pratama", "Kepala Dinas Kesehatan", 60 },
		{ "fungsional_ahli_madya", "Perencana Ahli Madya", 60 },
		{ "fungsional_ahli_utama", "Peneliti Ahli Utama", 65 },
		/* UU 14/2005: the law of the position wins over its level */
		{ "fungsional_ahli_muda", "Guru Ahli Muda", 60 },
		{ "fungsional_ahli_pertama", "Guru Kelas Ahli Pertama", 60 },
		{ "fungsional_ahli_utama", "Guru Ahli Utama", 60 },
		{ "fungsional_ahli_madya", "Dosen Lektor Kepala", 65 },
		/* UU 14/2005 art. 67 (5): a professor may serve to 70 */
		{ "fungsional_ahli_utama", "Dosen Profesor", 70 },
		{ "fungsional_ahli_utama", "Guru Besar", 70 },
		{ "fungsional_ahli_muda", "guru mata pelajaran", 60 },
		{ "fungsional_ahli_muda", "GURU BK AHLI MUDA", 60 },
		{ "JPT_Pratama", "Kepala Badan Kepegawaian", 60 },
		{ "fungsional_ahli_muda", "Penguru Ahli Muda", 58 },
		{ "fungsional_ahli_muda", "Guru", 58 },
		{ "pelaksana", NULL, 58 },
		{ "jpt_madya", NULL, 60 },
		{ NULL, "Guru Ahli Madya", 60 },
		{ NULL, NULL, 58 },
		{ "", "", 58 },
	};
	asn_config cfg;
	size_t i;

	asn_config_defaults(&cfg);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK_INT(asn_rules_bup(&cfg, cases[i].jenis_jabatan, cases[i].jabatan),
		    cases[i].bup, "BUP %d for %s / %s", cases[i].bup,
		    cases[i].jenis_jabatan ? cases[i].jenis_jabatan : "(none)",
		    cases[i].jabatan ? cases[i].jabatan : "(none)");
	asn_config_free(&cfg);
}

static void
test_bup_config(void)
{
	static const char text[] =
	    "bup:\n"
	    "  default: 56\n"
	    "  rules:\n"
	    "    - {jenis_jabatan: fungsional_ahli_madya, match: \"Penyuluh *\", bup: 62}\n"
	    "    - {match: \"*Dokter*\", bup: 63}\n"
	    "    - {jenis_jabatan: fungsional_ahli_madya, bup: 61}\n";
	asn_config cfg;
	char err[512];

	if (asn_config_load_string(&cfg, text, strlen(text), "t.yaml", err,
	    sizeof(err)) < 0) {
		CHECK(0, "config loads: %s", err);
		return;
	}
	CHECK_INT(asn_rules_bup(&cfg, "fungsional_ahli_madya", "Penyuluh Pertanian Ahli Madya"),
	    62, "rule with both jenis_jabatan and match");
	CHECK_INT(asn_rules_bup(&cfg, "fungsional_ahli_muda", "Penyuluh Pertanian Ahli Muda"),
	    56, "both must fit");
	CHECK_INT(asn_rules_bup(&cfg, "fungsional_ahli_madya", "Dokter Ahli Madya"),
	    63, "first match wins");
	CHECK_INT(asn_rules_bup(&cfg, "fungsional_ahli_madya", "Analis Ahli Madya"),
	    61, "later rule");
	CHECK_INT(asn_rules_bup(&cfg, "jpt_pratama", "Kepala Dinas"),
	    56, "user rules replace the built-in ones");
	CHECK_INT(asn_rules_bup(&cfg, "fungsional_ahli_muda", "Guru Ahli Muda"),
	    56, "no built-in guru rule left");
	asn_config_free(&cfg);
}

/* The match patterns, through a configuration of name-only rules. */
static void
test_match(void)
{
	static const char text[] =
	    "bup:\n"
	    "  default: 50\n"
	    "  rules:\n"
	    "    - {match: \"Guru *\", bup: 60}\n"
	    "    - {match: \"*ahli*utama\", bup: 65}\n"
	    "    - {match: \"Pe?yuluh\", bup: 62}\n"
	    "    - {match: \"a*b*c\", bup: 63}\n"
	    "    - {match: \"\", bup: 64}\n";
	static const struct {
		const char *jabatan;
		int bup;
	} cases[] = {
		{ "Guru Ahli Muda", 60 }, { "Guru ", 60 }, { "Guru", 50 },
		{ "GURU KELAS", 60 }, { "Peneliti Ahli Utama", 65 },
		{ "Analis Ahli Kebijakan Utama", 65 }, { "Peneliti Ahli Utama X", 50 },
		{ "Penyuluh", 62 }, { "Pesyuluh", 62 }, { "Pe yuluh", 62 },
		{ "Peyuluh", 50 }, { "Penyuluh Pertanian", 50 },
		{ "aXbXbXc", 63 }, { "aXbXbXcX", 50 }, { "abc", 63 },
		{ "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", 50 },
		{ "", 64 },
	};
	asn_config cfg;
	char err[512];
	size_t i;

	if (asn_config_load_string(&cfg, text, strlen(text), "t.yaml", err,
	    sizeof(err)) < 0) {
		CHECK(0, "config loads: %s", err);
		return;
	}
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK_INT(asn_rules_bup(&cfg, "pelaksana", cases[i].jabatan),
		    cases[i].bup, "jabatan '%s'", cases[i].jabatan);
	asn_config_free(&cfg);
}

static void
test_retirement(void)
{
	static const struct {
		asn_date birth;
		int bup;
		asn_date want;
	} cases[] = {
		{ { 1966, 3, 1 }, 58, { 2024, 4, 1 } },
		{ { 1966, 3, 31 }, 58, { 2024, 4, 1 } },
		{ { 1966, 1, 1 }, 58, { 2024, 2, 1 } },
		{ { 1966, 1, 31 }, 60, { 2026, 2, 1 } },
		{ { 1970, 4, 30 }, 58, { 2028, 5, 1 } },
		{ { 1970, 6, 30 }, 65, { 2035, 7, 1 } },
		{ { 1966, 11, 30 }, 65, { 2031, 12, 1 } },
		{ { 1966, 12, 1 }, 58, { 2025, 1, 1 } },
		{ { 1966, 12, 15 }, 60, { 2027, 1, 1 } },
		{ { 1966, 12, 31 }, 65, { 2032, 1, 1 } },
		{ { 1967, 2, 28 }, 58, { 2025, 3, 1 } },
		/* 29 February: in a common year the BUP birthday is still in February */
		{ { 1964, 2, 29 }, 58, { 2022, 3, 1 } },
		{ { 1964, 2, 29 }, 60, { 2024, 3, 1 } },
		{ { 1964, 2, 29 }, 65, { 2029, 3, 1 } },
		{ { 1968, 2, 29 }, 58, { 2026, 3, 1 } },
	};
	asn_date got;
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		got = asn_rules_retirement_date(cases[i].birth, cases[i].bup);
		CHECK(got.year == cases[i].want.year && got.month == cases[i].want.month &&
		    got.day == cases[i].want.day,
		    "born %04d-%02d-%02d, BUP %d: retires %04d-%02d-%02d",
		    cases[i].birth.year, cases[i].birth.month, cases[i].birth.day,
		    cases[i].bup, cases[i].want.year, cases[i].want.month,
		    cases[i].want.day);
	}
}

static void
test_entry_golongan(void)
{
	static const struct {
		const char *pendidikan;
		int golongan;
	} cases[] = {
		{ "SD", 0 }, { "SMP", 2 }, { "SMA", 4 }, { "D1", 4 }, { "D2", 5 },
		{ "D3", 6 }, { "D4", 8 }, { "S1", 8 }, { "S2", 9 }, { "S3", 10 },
		{ "s1", 8 }, { "Smp", 2 }, { "S4", -1 }, { "", -1 }, { "SMA ", -1 },
		{ "SLTA", -1 },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		CHECK_INT(asn_rules_entry_golongan(cases[i].pendidikan),
		    cases[i].golongan, "entry golongan of '%s'", cases[i].pendidikan);
	CHECK_INT(asn_rules_entry_golongan(NULL), -1, "no education level");
}

static void
test_in_post(void)
{
	asn_config cfg;
	asn_post_tally t;
	asn_date as_of = { 2026, 11, 1 };
	char buf[128];

	asn_config_defaults(&cfg);
	CHECK_INT(asn_rules_in_post(&cfg, "aktif", "2030-01-01", 10, as_of), ASN_IN_POST,
	          "in post: aktif before BUP");
	CHECK_INT(asn_rules_in_post(&cfg, "", "2030-01-01", 10, as_of), ASN_IN_POST,
	          "in post: no kedudukan is aktif");
	CHECK_INT(asn_rules_in_post(&cfg, NULL, "2026-11-02", 10, as_of), ASN_IN_POST,
	          "in post: the day before tanggal_pensiun");
	CHECK_INT(asn_rules_in_post(&cfg, "aktif", "2026-11-01", 10, as_of),
	          ASN_NOT_IN_POST_RETIRED, "not in post: on tanggal_pensiun");
	CHECK_INT(asn_rules_in_post(&cfg, "cltn", "2030-01-01", 10, as_of),
	          ASN_NOT_IN_POST_KEDUDUKAN, "not in post: CLTN");
	CHECK_INT(asn_rules_in_post(&cfg, "mpp", "2027-01-01", 10, as_of),
	          ASN_NOT_IN_POST_KEDUDUKAN, "not in post: MPP");
	CHECK_INT(asn_rules_in_post(&cfg, "aktif", "", 0, as_of), ASN_POST_INVALID,
	          "an empty tanggal_pensiun is no date");
	CHECK_INT(asn_rules_in_post(&cfg, "aktif", "01-01-2030", 10, as_of), ASN_POST_INVALID,
	          "tanggal_pensiun must be ISO");
	CHECK(asn_rules_kedudukan_active(NULL, "aktif") && !asn_rules_kedudukan_active(NULL, "cltn"),
	      "no configuration: only aktif");
	asn_config_free(&cfg);
	CHECK_INT(asn_config_load_string(&cfg, "kedudukan:\n  aktif: [aktif, MPP]\n", 33, "t.yaml",
	                                 buf, sizeof buf), 0, "kedudukan.aktif from YAML: %s", buf);
	CHECK_INT(asn_rules_in_post(&cfg, "mpp", "2027-01-01", 10, as_of), ASN_IN_POST,
	          "configured: MPP counted as serving");
	asn_config_free(&cfg);
	CHECK_INT(asn_config_load_string(&cfg, "kedudukan:\n  aktif: [cuti]\n", 27, "t.yaml",
	                                 buf, sizeof buf), -1, "an unknown kedudukan is refused");
	CHECK(strstr(buf, "unknown kedudukan 'cuti'") != NULL, "the message names it: %s", buf);
	asn_config_free(&cfg);

	memset(&t, 0, sizeof t);
	asn_post_tally_add(&t, "cltn");
	asn_post_tally_add(&t, "mpp");
	asn_post_tally_add(&t, "cltn");
	asn_post_tally_format(&t, buf, sizeof buf);
	CHECK_STR(buf, "3 (cltn 2, mpp 1)", "tally by reason, in first-seen order");
	asn_post_tally_free(&t);
	asn_post_tally_format(&t, buf, sizeof buf);
	CHECK_STR(buf, "0", "empty tally");
}

int
main(void)
{
	test_bup_classes();
	test_bup_config();
	test_match();
	test_retirement();
	test_entry_golongan();
	test_in_post();
	return TEST_DONE();
}
