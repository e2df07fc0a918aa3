#include "test.h"
#include "pegawai.h"

int main(void)
{
	char g[8];
	const char *p;

	CHECK_INT(asn_golongan_pns("I/a", g), 0, "I/a is the first step");
	CHECK_STR(g, "I/a", "canonical I/a");
	CHECK_INT(asn_golongan_pns("IV/e", g), 16, "IV/e is the 17th step");
	CHECK_INT(asn_golongan_pns("iii/A", g), 8, "case");
	CHECK_STR(g, "III/a", "case folded");
	CHECK_INT(asn_golongan_pns("III / b", g), 9, "spaces");
	CHECK_INT(asn_golongan_pns("IIIc", g), 10, "no slash");
	CHECK_INT(asn_golongan_pns("Penata Muda Tingkat I (III/b)", g), 9, "pangkat label");
	CHECK_STR(g, "III/b", "pangkat label to golongan");
	CHECK_INT(asn_golongan_pns("III/e", g), -1, "III has no e");
	CHECK_INT(asn_golongan_pns("III/f", g), -1, "no f");
	CHECK_INT(asn_golongan_pns("V/a", g), -1, "no V for PNS");
	CHECK_INT(asn_golongan_pns("IX", g), -1, "PPPK golongan is not PNS");
	CHECK_INT(asn_golongan_pns("", g), -1, "empty");
	CHECK_INT(asn_golongan_pppk("IX", g), 8, "PPPK IX");
	CHECK_INT(asn_golongan_pppk("xvii", g), 16, "PPPK XVII, case");
	CHECK_STR(g, "XVII", "canonical XVII");
	CHECK_INT(asn_golongan_pppk("XVIII", g), -1, "no XVIII");
	CHECK_INT(asn_golongan_pppk("III/a", g), -1, "PNS golongan is not PPPK");

	CHECK_INT(asn_pendidikan_parse("S1", &p), 7, "S1");
	CHECK_INT(asn_pendidikan_parse("S-1/Sarjana", &p), 7, "SIASN S-1/Sarjana");
	CHECK_STR(p, "S1", "to S1");
	CHECK_INT(asn_pendidikan_parse("SLTA", &p), 2, "SLTA");
	CHECK_STR(p, "SMA", "to SMA");
	CHECK_INT(asn_pendidikan_parse("Diploma III", &p), 5, "Diploma III");
	CHECK_STR(p, "D3", "to D3");
	CHECK_INT(asn_pendidikan_parse("SLTP", &p), 1, "SLTP");
	CHECK_INT(asn_pendidikan_parse("S-3", &p), 9, "S-3");
	CHECK_INT(asn_pendidikan_parse("SMK Plus", &p), -1, "unknown");

	CHECK_INT(asn_jenis_jabatan_find("pelaksana"), 5, "pelaksana");
	CHECK_INT(asn_jenis_jabatan_find("JPT_Pratama"), 2, "case-insensitive");
	CHECK_INT(asn_jenis_jabatan_find("fungsional_ahli"), -1, "unknown");
	CHECK(asn_jenis_jabatan_names[13] != NULL && asn_jenis_jabatan_names[14] == NULL,
	      "14 jenis jabatan");

	CHECK_INT(asn_jenis_kelamin_parse("M"), 'L', "M");
	CHECK_INT(asn_jenis_kelamin_parse("Perempuan"), 'P', "Perempuan");
	CHECK_INT(asn_jenis_kelamin_parse("laki-laki"), 'L', "laki-laki");
	CHECK_INT(asn_jenis_kelamin_parse("2"), 'P', "2");
	CHECK_INT(asn_jenis_kelamin_parse("X"), 0, "unknown");

	CHECK_STR(asn_status_parse("pns"), "PNS", "pns");
	CHECK_STR(asn_status_parse("P3K"), "PPPK", "P3K");
	CHECK(asn_status_parse("Honorer") == NULL, "Honorer is not ASN");

	CHECK(asn_nama_has_gelar("dr. Nur Aisyah"), "dr.");
	CHECK(asn_nama_has_gelar("Sitti Rahmah, S.Pd."), ", S.Pd.");
	CHECK(!asn_nama_has_gelar("Andi Baso"), "no title");
	CHECK(!asn_nama_has_gelar("Drsiman"), "a name that starts like Drs");

	CHECK_STR(asn_pegawai_columns[0], "nip", "first column");
	CHECK_STR(asn_pegawai_columns[ASN_COL_TANGGAL_PENSIUN], "tanggal_pensiun", "13th column");
	return TEST_DONE();
}
