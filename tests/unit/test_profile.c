#include "test.h"
#include "profile.h"

static int load(asn_profile *p, const char *text, char *err, size_t size)
{
	return asn_profile_load_string(p, text, strlen(text), "map.yaml", err, size);
}

int main(void)
{
	asn_profile p;
	char err[512];
	const char *jenis, *bidang;
	int rc;

	rc = asn_profile_builtin(&p, "siasn", err, sizeof err);
	CHECK(rc == 0, "siasn profile loads");
	CHECK_STR(p.source[ASN_COL_NIP][0], "NIP BARU", "siasn nip column");
	CHECK_STR(asn_profile_map_value(&p, ASN_COL_JENIS_JABATAN, "jabatan pelaksana"), "pelaksana",
	          "value map, case-insensitive");
	CHECK_STR(asn_profile_map_value(&p, ASN_COL_JENIS_JABATAN, "Other"), "Other", "unmapped value kept");
	jenis = bidang = NULL;
	asn_profile_derive(&p, "Guru Ahli Muda", &jenis, &bidang);
	CHECK_STR(jenis, "fungsional_ahli_muda", "guru ahli muda: jenjang");
	CHECK_STR(bidang, "pendidikan", "guru: pendidikan");
	jenis = bidang = NULL;
	asn_profile_derive(&p, "Asisten Apoteker Mahir", &jenis, &bidang);
	CHECK_STR(jenis, "fungsional_mahir", "asisten apoteker is a JF, not a JPT asisten");
	CHECK_STR(bidang, "kesehatan", "asisten apoteker: kesehatan");
	jenis = bidang = NULL;
	asn_profile_derive(&p, "Sekretaris Kecamatan Kalukku", &jenis, &bidang);
	CHECK_STR(jenis, "administrator", "sekretaris kecamatan: administrator (eselon III.b)");
	jenis = bidang = NULL;
	asn_profile_derive(&p, "Sekretaris Daerah", &jenis, &bidang);
	CHECK_STR(jenis, "jpt_pratama", "sekda: JPT pratama");
	jenis = bidang = NULL;
	asn_profile_derive(&p, "Lurah Binanga", &jenis, &bidang);
	CHECK_STR(jenis, "pengawas", "lurah: pengawas");
	CHECK_STR(bidang, "administrasi", "fallback bidang");
	jenis = "pelaksana";
	bidang = "teknis";
	asn_profile_derive(&p, "Guru Ahli Muda", &jenis, &bidang);
	CHECK_STR(jenis, "pelaksana", "a given jenis_jabatan is kept");
	CHECK_STR(bidang, "teknis", "a given bidang is kept");
	asn_profile_free(&p);

	rc = asn_profile_builtin(&p, "canonical", err, sizeof err);
	CHECK(rc == 0, "canonical profile loads");
	asn_profile_free(&p);
	rc = asn_profile_builtin(&p, "simpeg", err, sizeof err);
	CHECK(rc == 0, "simpeg profile loads");
	asn_profile_free(&p);
	rc = asn_profile_builtin(&p, "sigap", err, sizeof err);
	CHECK(rc < 0, "unknown profile");
	CHECK_STR(err, "unknown profile 'sigap' (expected siasn, simpeg or canonical)",
	          "unknown profile message");

	rc = load(&p, "columns:\n  nip: NIP\n  unit: [OPD, Unit Kerja]\n", err, sizeof err);
	CHECK(rc == 0, "minimal map");
	CHECK_INT(p.nsource[ASN_COL_UNIT], 2, "alternatives");
	asn_profile_free(&p);
	rc = load(&p, "columns:\n  nipp: NIP\n", err, sizeof err);
	CHECK(rc < 0, "unknown target");
	CHECK_STR(err, "map.yaml:2:3: unknown canonical column 'nipp'", "unknown target message");
	rc = load(&p, "rules: []\n", err, sizeof err);
	CHECK(rc < 0, "columns required");
	rc = load(&p, "columns: {nip: NIP}\nrules:\n  - {match: 'x*'}\n", err, sizeof err);
	CHECK(rc < 0, "rule without effect");
	CHECK(strstr(err, "rule sets neither jenis_jabatan nor bidang") != NULL, "rule without effect message");
	rc = load(&p, "columns: {nip: NIP}\nrules:\n  - {jenis_jabatan: pelaksana}\n", err, sizeof err);
	CHECK(rc < 0, "rule without match");
	rc = load(&p, "columns: {nip: NIP}\nvalues:\n  status: [a, b]\n", err, sizeof err);
	CHECK(rc < 0, "value map must be a mapping");
	rc = load(&p, "columns:\n  nip: []\n", err, sizeof err);
	CHECK(rc != 0 && strcmp(err, "map.yaml:2:3: nip needs a source column (an empty list "
	      "maps it to none)") == 0, "nip mapped to no column refused at load: %s", err);
	rc = load(&p, "columns:\n  nip: NIP\n  nama: ~\n", err, sizeof err);
	CHECK(rc != 0 && strcmp(err, "map.yaml:3:3: expected a column name or a list of them, "
	      "got nothing") == 0, "YAML's null (~) is no column named '~': %s", err);
	rc = load(&p, "columns: {nip: NIP}\nvalues:\n  status: {X: ~}\n", err, sizeof err);
	CHECK(rc == 0 && p.nvalues[ASN_COL_STATUS] == 1 &&
	      strcmp(p.values[ASN_COL_STATUS][0].to, "") == 0, "a code mapped to ~ maps to nothing");
	if (rc == 0)
		asn_profile_free(&p);
	return TEST_DONE();
}
