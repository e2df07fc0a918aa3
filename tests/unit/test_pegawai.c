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
	CHECK_STR(asn_pegawai_columns[ASN_COL_KEDUDUKAN], "kedudukan", "14th column");

	/* BKN KEDUDUKAN HUKUM (doc/design.md, The exports) */
	CHECK_STR(asn_kedudukan_parse("Aktif"), "aktif", "kedudukan: Aktif");
	CHECK_STR(asn_kedudukan_parse("PPPK Aktif"), "aktif", "kedudukan: PPPK Aktif");
	CHECK_STR(asn_kedudukan_parse("1"), "aktif", "kedudukan: ID 1");
	CHECK_STR(asn_kedudukan_parse("01"), "aktif", "kedudukan: ID 01");
	CHECK_STR(asn_kedudukan_parse("CLTN"), "cltn", "kedudukan: CLTN");
	CHECK_STR(asn_kedudukan_parse("tugas  belajar"), "tugas_belajar", "kedudukan: case, blanks");
	CHECK_STR(asn_kedudukan_parse("20"), "mpp", "kedudukan: 20 MPP");
	CHECK_STR(asn_kedudukan_parse("Masa Persiapan Pensiun"), "mpp", "kedudukan: MPP name");
	CHECK_STR(asn_kedudukan_parse("13"), "hukuman_disiplin", "kedudukan: 11-16 disciplinary");
	CHECK_STR(asn_kedudukan_parse("99"), "pensiun", "kedudukan: 99 Pensiun");
	CHECK_STR(asn_kedudukan_parse("Pemberhentian dengan hak pensiun"), "berhenti_dengan_pensiun",
	          "kedudukan: 88");
	CHECK_STR(asn_kedudukan_parse("cltn"), "cltn", "kedudukan: the canonical word itself");
	CHECK(asn_kedudukan_parse("Cuti Bersama") == NULL, "kedudukan: unknown");
	{
		char slug[32];

		asn_kedudukan_slug("Cuti  Bersama (X)", slug, sizeof slug);
		CHECK_STR(slug, "cuti_bersama_x", "kedudukan: slug of an unknown one");
	}
	/* PP 11/2017 art. 131: eselon to the JPT, administrator, pengawas levels */
	CHECK_STR(asn_eselon_jenis_jabatan("I.a"), "jpt_utama", "eselon I.a");
	CHECK_STR(asn_eselon_jenis_jabatan("I.b"), "jpt_madya", "eselon I.b");
	CHECK_STR(asn_eselon_jenis_jabatan("II.a"), "jpt_pratama", "eselon II.a");
	CHECK_STR(asn_eselon_jenis_jabatan("II/b"), "jpt_pratama", "eselon II/b");
	CHECK_STR(asn_eselon_jenis_jabatan("III.a"), "administrator", "eselon III.a");
	CHECK_STR(asn_eselon_jenis_jabatan("IIIb"), "administrator", "eselon IIIb");
	CHECK_STR(asn_eselon_jenis_jabatan("IV.a"), "pengawas", "eselon IV.a");
	CHECK_STR(asn_eselon_jenis_jabatan("iv.b"), "pengawas", "eselon iv.b");
	CHECK_STR(asn_eselon_jenis_jabatan("V.a"), "pengawas", "eselon V.a");
	CHECK_STR(asn_eselon_jenis_jabatan("22"), "jpt_pratama", "eselon ID 22");
	CHECK_STR(asn_eselon_jenis_jabatan("11"), "jpt_utama", "eselon ID 11");
	CHECK_STR(asn_eselon_jenis_jabatan("32"), "administrator", "eselon ID 32");
	CHECK_STR(asn_eselon_jenis_jabatan("41"), "pengawas", "eselon ID 41");
	CHECK(asn_eselon_jenis_jabatan("") == NULL, "eselon empty");
	CHECK(asn_eselon_jenis_jabatan("Non Eselon") == NULL, "eselon none");
	/* BKN tingkat pendidikan, names and IDs (doc/design.md, The exports) */
	{
		static const struct { const char *in, *out; } bkn[] = {
			{ "05", "SD" }, { "10", "SMP" }, { "SLTP Kejuruan", "SMP" }, { "15", "SMA" },
			{ "SLTA Kejuruan", "SMA" }, { "SLTA Keguruan", "SMA" }, { "Diploma I", "D1" },
			{ "25", "D2" }, { "Diploma III/Sarjana Muda", "D3" }, { "D.III", "D3" },
			{ "Diploma IV", "D4" }, { "S-1/Sarjana", "S1" }, { "Profesi", "S1" },
			{ "42", "S1" }, { "S-2", "S2" }, { "Spesialis", "S2" }, { "47", "S2" },
			{ "Subspesialis", "S3" }, { "49", "S3" }, { "S-3/Doktor", "S3" }, { "50", "S3" },
		};
		const char *out;
		size_t i;

		for (i = 0; i < sizeof bkn / sizeof bkn[0]; i++) {
			out = NULL;
			asn_pendidikan_parse(bkn[i].in, &out);
			CHECK_STR(out, bkn[i].out, "pendidikan '%s'", bkn[i].in);
		}
	}
	return TEST_DONE();
}
