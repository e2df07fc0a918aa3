#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "csv.h"
#include "import.h"
#include "pegawai.h"
#include "profile.h"
#include "table.h"
#include "test.h"
#include "text.h"

#define CANONICAL_HEADER "nip,nama,jenis_kelamin,tanggal_lahir,status,golongan,jenis_jabatan," \
	"jabatan,bidang,unit,pendidikan,tmt_cpns,tmt_jabatan\n"
#define SIASN_HEADER "NIP BARU,NAMA,GELAR DEPAN,GELAR BELAKANG,TANGGAL LAHIR,JENIS KELAMIN," \
	"JENIS PEGAWAI NAMA,STATUS CPNS PNS,TMT CPNS,GOL AKHIR NAMA,JENIS JABATAN NAMA,JABATAN NAMA," \
	"TINGKAT PENDIDIKAN NAMA,PENDIDIKAN NAMA,UNOR NAMA,UNOR INDUK NAMA,TMT JABATAN\n"

/* One export of a header and a row, converted as asn-import does. */
typedef struct {
	asn_config cfg;
	asn_profile profile;
	asn_csv_reader *reader;
	asn_csv_record rec;
	asn_table table;
	asn_import_ctx ctx;
	asn_import_result r;
	int nwarnings;
	char warnings[4][2048];
} import;

static void collect(const asn_import_ctx *ctx, const asn_csv_record *rec, const char *fmt,
                    va_list ap)
{
	import *im = ctx->arg;

	(void)rec;
	if (im->nwarnings < 4)
		vsnprintf(im->warnings[im->nwarnings], sizeof im->warnings[0], fmt, ap);
	im->nwarnings++;
}

/* Returns what asn_import_row returns, or 9 when the text does not get that far. */
static int import_row(import *im, const char *profile, const char *text)
{
	char err[256];
	int missing, rc;

	memset(im, 0, sizeof *im);
	asn_config_defaults(&im->cfg);
	asn_import_result_init(&im->r);
	if (asn_profile_builtin(&im->profile, profile, err, sizeof err))
		return 9;
	im->reader = asn_csv_reader_from_memory(text, strlen(text), "export.csv", 0);
	/* as asn-import: SIASN's raw '|' export has no quoting */
	if (asn_csv_reader_detect_delimiter(im->reader) == '|')
		asn_csv_reader_set_quoting(im->reader, 0);
	if (asn_table_read_header(&im->table, im->reader, err, sizeof err))
		return 9;
	if (asn_import_ctx_init(&im->ctx, &im->cfg, &im->profile, &im->table,
	                        (asn_date){ 2025, 1, 1 }, &missing))
		return 9;
	im->ctx.warn = collect;
	im->ctx.arg = im;
	if (asn_csv_reader_next(im->reader, &im->rec) != 1)
		return 9;
	asn_import_prepare(&im->ctx, &im->rec);
	rc = asn_import_row(&im->ctx, &im->rec, &im->r);
	if (rc == 0)
		asn_import_finish(&im->ctx, &im->rec, &im->r);
	return rc;
}

static void import_free(import *im)
{
	asn_import_result_free(&im->r);
	asn_table_free(&im->table);
	asn_csv_reader_free(im->reader);
	asn_profile_free(&im->profile);
	asn_config_free(&im->cfg);
}

static void test_siasn(void)
{
	import im;
	const char *const *v = im.r.val;

	CHECK_INT(import_row(&im, "siasn", SIASN_HEADER
	                     "196812062002071001,Andi Baso,,S.KM.,06-12-1968,M,PNS,P,01-07-2002,"
	                     "Penata Tingkat I (III/d),Jabatan Fungsional,Sanitarian Ahli Muda,"
	                     "S-1/Sarjana,S-1 Kesehatan Masyarakat,Puskesmas Tapalang,"
	                     "Dinas Kesehatan,1 Oktober 2010\n"), 0, "siasn: a good row is kept");
	CHECK_STR(v[ASN_COL_NIP], "196812062002071001", "siasn: nip");
	CHECK_STR(v[ASN_COL_NAMA], "Andi Baso, S.KM.", "siasn: gelar belakang joined to nama");
	CHECK_STR(v[ASN_COL_JENIS_KELAMIN], "L", "siasn: M is L");
	CHECK_STR(v[ASN_COL_TANGGAL_LAHIR], "1968-12-06", "siasn: DD-MM-YYYY to ISO");
	CHECK_STR(v[ASN_COL_STATUS], "PNS", "siasn: status");
	CHECK_STR(v[ASN_COL_GOLONGAN], "III/d", "siasn: golongan from its pangkat label");
	CHECK_STR(v[ASN_COL_JENIS_JABATAN], "fungsional_ahli_muda", "siasn: jenis_jabatan derived");
	CHECK_STR(v[ASN_COL_BIDANG], "kesehatan", "siasn: bidang derived");
	CHECK_STR(v[ASN_COL_UNIT], "Dinas Kesehatan", "siasn: unit from UNOR INDUK NAMA");
	CHECK_STR(v[ASN_COL_SUBUNIT], "Puskesmas Tapalang", "siasn: subunit from UNOR NAMA");
	CHECK_STR(v[ASN_COL_PENDIDIKAN], "S1", "siasn: S-1/Sarjana is S1");
	CHECK_STR(v[ASN_COL_TMT_CPNS], "2002-07-01", "siasn: tmt_cpns");
	CHECK_STR(v[ASN_COL_TMT_JABATAN], "2010-10-01", "siasn: tmt_jabatan from an Indonesian month");
	CHECK_STR(v[ASN_COL_TANGGAL_PENSIUN], "2027-01-01", "siasn: BUP 58, the month after");
	CHECK(im.r.nip_number == 196812062002071001ULL, "siasn: the NIP's number");
	CHECK_INT(im.nwarnings, 0, "siasn: no warning");
	import_free(&im);

	CHECK_INT(import_row(&im, "siasn", SIASN_HEADER
	                     "200001012025011001,Budi,,,01-01-2000,M,PNS,C,01-01-2025,II/a,"
	                     "Jabatan Pelaksana,Pengadministrasi Perkantoran,SLTA,,Bagian Umum,"
	                     "Sekretariat Daerah,\n"), 0, "siasn: a CPNS row is kept");
	CHECK_STR(v[ASN_COL_STATUS], "CPNS", "siasn: STATUS CPNS PNS C makes PNS a CPNS");
	CHECK_STR(v[ASN_COL_JENIS_JABATAN], "pelaksana", "siasn: Jabatan Pelaksana is pelaksana");
	CHECK_STR(v[ASN_COL_PENDIDIKAN], "SMA", "siasn: SLTA is SMA");
	CHECK_STR(v[ASN_COL_TMT_JABATAN], "", "siasn: empty tmt_jabatan stays empty");
	import_free(&im);
}

/* The real export (doc/design.md, The exports): '|', no quoting, apostrophe NIPs, BKN
 * codes, KEDUDUKAN HUKUM, ESELON and the UNOR path. */
#define REAL_HEADER "PNS ID|NIP BARU|NAMA|GELAR DEPAN|GELAR BELAKANG|TANGGAL LAHIR|" \
	"JENIS KELAMIN|NIK|ALAMAT|JENIS PEGAWAI ID|JENIS PEGAWAI NAMA|KEDUDUKAN HUKUM ID|" \
	"KEDUDUKAN HUKUM NAMA|STATUS CPNS PNS|TMT CPNS|GOL AKHIR ID|GOL AKHIR NAMA|" \
	"JENIS JABATAN ID|JENIS JABATAN NAMA|JABATAN NAMA|TINGKAT PENDIDIKAN ID|" \
	"TINGKAT PENDIDIKAN NAMA|UNOR NAMA|ESELON ID|ESELON NAMA\n"
#define PNS_DAERAH "15|PNS Daerah Kab./Kota yang bekerja pada Kab./Kota"
#define ROOT " - PEMERINTAH KAB. MAMUJU"

static void test_real_siasn(void)
{
	import im;
	const char *const *v = im.r.val;

	CHECK_INT(import_row(&im, "siasn", REAL_HEADER
	                     "A1|'199005122015032001|Sitti Aminah||S.Pd.|12-05-1990|F|'7604015205900001|"
	                     "Jl. \"Poros\" No. 12|" PNS_DAERAH "|1|Aktif|P|01-03-2015|32|III/b|2|"
	                     "Jabatan Fungsional|GURU AHLI PERTAMA |40|S-1/Sarjana|"
	                     "SD NEGERI 1 MAMUJU - DINAS PENDIDIKAN DAN KEBUDAYAAN" ROOT "||\n"), 0,
	          "real: a guru row is kept");
	CHECK_STR(v[ASN_COL_NIP], "199005122015032001", "real: the apostrophe is dropped");
	CHECK_STR(v[ASN_COL_STATUS], "PNS", "real: JENIS PEGAWAI 15 with P is PNS");
	CHECK_STR(v[ASN_COL_JABATAN], "Guru Ahli Pertama", "real: jabatan in one form, blank trimmed");
	CHECK_STR(v[ASN_COL_JENIS_JABATAN], "fungsional_ahli_pertama", "real: jenjang from the name");
	CHECK_STR(v[ASN_COL_UNIT], "Dinas Pendidikan dan Kebudayaan", "real: the OPD below the root");
	CHECK_STR(v[ASN_COL_SUBUNIT], "SD Negeri 1 Mamuju", "real: the first segment is the subunit");
	CHECK_STR(v[ASN_COL_KEDUDUKAN], "aktif", "real: kedudukan Aktif");
	/* UU 14/2005 art. 30: guru 60; 1990-05-12 + 60 = 2050-05, the month after */
	CHECK_STR(v[ASN_COL_TANGGAL_PENSIUN], "2050-06-01", "real: BUP 60 for a guru");
	CHECK_STR(im.rec.fields[7], "7604015205900001", "real: the NIK's apostrophe is dropped too");
	CHECK_STR(im.rec.fields[8], "Jl. \"Poros\" No. 12", "real: a quote is a character");
	import_free(&im);

	CHECK_INT(import_row(&im, "siasn", REAL_HEADER
	                     "A2|'197003151995031002|Yusuf|dr.|M.Kes.|15-03-1970|M||x|" PNS_DAERAH
	                     "|1|Aktif|P|01-03-1995|42|IV/b|1|Jabatan Struktural|Sekretaris DPRD|45|"
	                     "S-2|SEKRETARIAT DPRD" ROOT "|22|II.b\n"), 0, "real: a structural row");
	CHECK_STR(v[ASN_COL_JENIS_JABATAN], "jpt_pratama", "real: eselon II.b is jpt_pratama");
	CHECK_STR(v[ASN_COL_UNIT], "Sekretariat DPRD", "real: an OPD just below the root");
	CHECK_STR(v[ASN_COL_PENDIDIKAN], "S2", "real: S-2");
	import_free(&im);

	CHECK_INT(import_row(&im, "siasn", REAL_HEADER
	                     "A3|'198101012006041003|Andi|||01-01-1981|M||x|" PNS_DAERAH "|1|Aktif|P|"
	                     "01-04-2006|34|III/d|1|Jabatan Struktural|Sekretaris Camat|35|Diploma IV|"
	                     "KECAMATAN KALUKKU" ROOT "|32|III.b\n"), 0, "real: a sekretaris camat");
	CHECK_STR(v[ASN_COL_JENIS_JABATAN], "administrator",
	          "real: III.b is administrator (the title alone would mislead)");
	import_free(&im);

	CHECK_INT(import_row(&im, "siasn", REAL_HEADER
	                     "A4|'199208172023212004|Nurul|dr.||17-08-1992|F||x||PPPK||PPPK Aktif||"
	                     "01-03-2023||IX|2|Jabatan Fungsional|AHLI PERTAMA - DOKTER|42|Profesi|"
	                     "PUSKESMAS KALUKKU - DINAS KESEHATAN" ROOT "||\n"), 0, "real: a PPPK doctor");
	CHECK_STR(v[ASN_COL_STATUS], "PPPK", "real: PPPK");
	CHECK_STR(v[ASN_COL_JABATAN], "Dokter Ahli Pertama", "real: JENJANG - NAMA turned round");
	CHECK_STR(v[ASN_COL_JENIS_JABATAN], "fungsional_ahli_pertama", "real: its jenjang");
	CHECK_STR(v[ASN_COL_PENDIDIKAN], "S1", "real: Profesi sits with S1");
	CHECK_STR(v[ASN_COL_KEDUDUKAN], "aktif", "real: PPPK Aktif");
	import_free(&im);

	CHECK_INT(import_row(&im, "siasn", REAL_HEADER
	                     "A5|'198506102010012005|Rahma|||10-06-1985|F||x|" PNS_DAERAH "|2|CLTN|P|"
	                     "01-01-2010|31|III/a|2|Jabatan Fungsional|Bidan Mahir|30|"
	                     "Diploma III/Sarjana Muda|PUSKESMAS TAPALANG - DINAS KESEHATAN" ROOT "||\n"),
	          0, "real: a row on CLTN is kept");
	CHECK_STR(v[ASN_COL_KEDUDUKAN], "cltn", "real: KEDUDUKAN HUKUM 2 CLTN");
	CHECK_STR(v[ASN_COL_PENDIDIKAN], "D3", "real: Diploma III/Sarjana Muda is D3");
	import_free(&im);

	CHECK_INT(import_row(&im, "siasn", REAL_HEADER
	                     "A6|'199112032019031006|Fauzi|||03-12-1991|M||x|" PNS_DAERAH "|1|Aktif|P|"
	                     "01-03-2019|31|III/a|4|Jabatan Pelaksana|PNS TUGAS BELAJAR|40|S-1/Sarjana|"
	                     "DINAS KOMUNIKASI DAN INFORMATIKA" ROOT "||\n"), 0, "real: study leave");
	CHECK_STR(v[ASN_COL_KEDUDUKAN], "tugas_belajar", "real: Aktif but PNS TUGAS BELAJAR");
	import_free(&im);

	CHECK_INT(import_row(&im, "siasn", REAL_HEADER
	                     "A7|'200001152025011007|Ikhsan|||36540|M||x|" PNS_DAERAH "|1|Aktif|C|"
	                     "2025-01-01|21|II/a|4|Jabatan Pelaksana|Pengadministrasi Perkantoran|17|"
	                     "SLTA Kejuruan|DINAS KESEHATAN" ROOT "||\n"), 0, "real: a CPNS");
	CHECK_STR(v[ASN_COL_STATUS], "CPNS", "real: STATUS CPNS PNS C");
	/* 36540 days after 1899-12-30 is 2000-01-15 (36526 is 2000-01-01) */
	CHECK_STR(v[ASN_COL_TANGGAL_LAHIR], "2000-01-15", "real: an Excel serial in a date column");
	CHECK_STR(v[ASN_COL_PENDIDIKAN], "SMA", "real: SLTA Kejuruan is SMA");
	import_free(&im);

	CHECK_INT(import_row(&im, "siasn", REAL_HEADER
	                     "A8|1,99005E+17|Sitti|||12-05-1990|F||x|" PNS_DAERAH "|1|Aktif|P|"
	                     "01-03-2015|32|III/b|2|Jabatan Fungsional|Guru Ahli Pertama|40|S-1|"
	                     "DINAS KESEHATAN" ROOT "||\n"), -1, "real: a NIP Excel made a number");
	CHECK(strstr(im.r.reason, "Excel turned it into a number") != NULL &&
	      strstr(im.r.reason, "as Text") != NULL, "real: the reason says Excel did it and how");
	import_free(&im);
	CHECK_INT(import_row(&im, "siasn", REAL_HEADER
	                     "A9|199005122015032000|Sitti|||12-05-1990|F||x|" PNS_DAERAH "|1|Aktif|P|"
	                     "01-03-2015|32|III/b|2|Jabatan Fungsional|Guru Ahli Pertama|40|S-1|"
	                     "DINAS KESEHATAN" ROOT "||\n"), -1, "real: a NIP cut to 15 digits");
	CHECK(strstr(im.r.reason, "15 significant digits") != NULL, "real: says why: %s", im.r.reason);
	import_free(&im);
	CHECK_INT(import_row(&im, "siasn", REAL_HEADER
	                     "A10|'199005122015032001|Sitti|||12-05-1990|F||x|" PNS_DAERAH "|1|Aktif|P|"
	                     "01-03-2015|32|III/b|2|Jabatan Fungsional|Guru|40|S-1|"
	                     "DINAS KESEHATAN" ROOT "||\n"), -1, "real: no jenjang, no eselon");
	CHECK(strstr(im.r.reason, "jabatan 'Guru'") != NULL, "real: the message names the jabatan");
	import_free(&im);
}

static void test_nip_groups(void)
{
	import im;

	/* the NIP as an SK writes it: birth date, TMT, gender, serial */
	CHECK_INT(import_row(&im, "canonical", CANONICAL_HEADER
	                     "19800101 200501 1 018,Budi,L,1980-01-01,PNS,II/a,pelaksana,Staf,,Setda,"
	                     "SMA,2005-01-01,\n"), 0, "nip in groups: kept");
	CHECK_STR(im.r.val[ASN_COL_NIP], "198001012005011018", "nip in groups: joined");
	import_free(&im);
	CHECK_INT(import_row(&im, "canonical", CANONICAL_HEADER
	                     "1980010 1200501 1 018,Budi,L,1980-01-01,PNS,II/a,pelaksana,Staf,,Setda,"
	                     "SMA,2005-01-01,\n"), -1, "nip in other groups: refused");
	import_free(&im);
}

static void test_unor_levels(void)
{
	import im;
	const char *const *v = im.r.val;

	CHECK_INT(import_row(&im, "siasn", "NIP BARU|NAMA|TANGGAL LAHIR|JENIS KELAMIN|"
	                     "JENIS PEGAWAI NAMA|STATUS CPNS PNS|TMT CPNS|GOL AKHIR NAMA|"
	                     "JENIS JABATAN NAMA|JABATAN NAMA|TINGKAT PENDIDIKAN NAMA|UNOR (1)|"
	                     "UNOR (2)|UNOR (3)\n"
	                     "'199005122015032001|Sitti|12-05-1990|F|PNS|P|01-03-2015|III/b|"
	                     "Jabatan Fungsional|Perawat Ahli Pertama|S-1/Sarjana|DINAS KESEHATAN|"
	                     "UPTD PUSKESMAS KALUKKU|\n"), 0, "levels: a row with UNOR (1)..(3)");
	CHECK_STR(v[ASN_COL_UNIT], "Dinas Kesehatan", "levels: the OPD from UNOR (1)");
	CHECK_STR(v[ASN_COL_SUBUNIT], "UPTD Puskesmas Kalukku", "levels: the deepest given");
	import_free(&im);
}

static void test_unor(void)
{
	char unit[128], sub[128];

	asn_import_unor_path("PUSKESMAS KALUKKU - DINAS KESEHATAN - PEMERINTAH KAB. MAMUJU",
	                     unit, sizeof unit, sub, sizeof sub);
	CHECK_STR(unit, "DINAS KESEHATAN", "unor: OPD below the root");
	CHECK_STR(sub, "PUSKESMAS KALUKKU", "unor: subunit the first segment");
	asn_import_unor_path("SEKSI A - BIDANG B - DINAS C - PEMERINTAH KAB. X", unit, sizeof unit,
	                     sub, sizeof sub);
	CHECK_STR(unit, "DINAS C", "unor: a deep path");
	CHECK_STR(sub, "SEKSI A", "unor: the deepest unit");
	asn_import_unor_path("DINAS C - PEMERINTAH KAB. X", unit, sizeof unit, sub, sizeof sub);
	CHECK_STR(unit, "DINAS C", "unor: the OPD itself");
	CHECK_STR(sub, "DINAS C", "unor: its own subunit");
	asn_import_unor_path("PUSKESMAS A - DINAS B", unit, sizeof unit, sub, sizeof sub);
	CHECK_STR(unit, "DINAS B", "unor: no root, the top segment");
	asn_import_unor_path("SD 1 - DIKBUD - PEMERINTAH KABUPATEN MAMUJU - PEMERINTAH PROVINSI",
	                     unit, sizeof unit, sub, sizeof sub);
	CHECK_STR(unit, "DIKBUD", "unor: the first root from below counts");
	{
		/* fuzz_import: a name cut to its buffer ended in a blank, and the
		 * cut name imported again differed; a name too long is refused */
		import im;
		char text[4096];
		char opd[600];

		memset(opd, 'X', sizeof opd - 1);
		opd[sizeof opd - 1] = '\0';
		snprintf(text, sizeof text, REAL_HEADER
		         "A1|'199005122015032001|Sitti|||12-05-1990|F||x|" PNS_DAERAH "|1|Aktif|P|"
		         "01-03-2015|32|III/b|2|Jabatan Fungsional|Guru Ahli Pertama|40|S-1|"
		         "SD 1 - %s" ROOT "||\n", opd);
		CHECK_INT(import_row(&im, "siasn", text), -1, "unor: a 599-byte OPD is refused");
		CHECK_STR(im.r.reason, "unit is longer than 511 bytes", "unor: the reason");
		import_free(&im);
	}
	asn_import_jenjang_first("AHLI PERTAMA - DOKTER", unit, sizeof unit);
	CHECK_STR(unit, "DOKTER AHLI PERTAMA", "jenjang: PPPK form turned round");
	asn_import_jenjang_first("TERAMPIL - PERAWAT", unit, sizeof unit);
	CHECK_STR(unit, "PERAWAT TERAMPIL", "jenjang: keterampilan");
	asn_import_jenjang_first("Kepala Seksi - Umum", unit, sizeof unit);
	CHECK_STR(unit, "Kepala Seksi - Umum", "jenjang: other names unchanged");
}

static void test_canonical(void)
{
	import im;
	const char *const *v = im.r.val;

	CHECK_INT(import_row(&im, "canonical", CANONICAL_HEADER
	                     "197908042022212001,Sri Rahayu,P,1979-08-04,PPPK,ix,fungsional_ahli_pertama,"
	                     "Guru Ahli Pertama,pendidikan,Dinas Pendidikan,S1,,\n"), 0,
	      "canonical: a good PPPK row without tmt_cpns is kept");
	CHECK_STR(v[ASN_COL_GOLONGAN], "IX", "canonical: PPPK golongan normalised");
	CHECK_STR(v[ASN_COL_TMT_CPNS], "", "canonical: PPPK tmt_cpns may be empty");
	CHECK_STR(v[ASN_COL_BIDANG], "pendidikan", "canonical: bidang as given");
	CHECK_STR(v[ASN_COL_TANGGAL_PENSIUN], "2039-09-01", "canonical: guru BUP 60");
	CHECK_STR(v[ASN_COL_SUBUNIT], "", "canonical: an absent optional column is empty");
	CHECK_INT(im.nwarnings, 0, "canonical: PPPK golongan has no entry-rank warning");
	import_free(&im);
}

static const struct {
	const char *row;
	const char *column;
	const char *value;
	const char *reason;
} rejected[] = {
	{ "198001012005011001,Andi,L,1980-01-01,,II/a,pelaksana,Staf,,Setda,SMA,2005-01-01,",
	  "status", "", "status is empty (expected PNS, CPNS or PPPK)" },
	{ "198001012005011001,Andi,L,1980-01-01,Honorer,II/a,pelaksana,Staf,,Setda,SMA,2005-01-01,",
	  "status", "Honorer", "status 'Honorer': expected PNS, CPNS or PPPK" },
	{ "198001012005011001,,L,1980-01-01,PNS,II/a,pelaksana,Staf,,Setda,SMA,2005-01-01,",
	  "nama", "", "nama is empty" },
	{ "198001012005011001,Andi,X,1980-01-01,PNS,II/a,pelaksana,Staf,,Setda,SMA,2005-01-01,",
	  "jenis_kelamin", "X",
	  "jenis_kelamin 'X': expected L or P (also M/F, Pria/Wanita, Laki-laki/Perempuan, 1/2)" },
	{ "198001012005011001,Andi,L,1980-02-30,PNS,II/a,pelaksana,Staf,,Setda,SMA,2005-01-01,",
	  "tanggal_lahir", "1980-02-30", "tanggal_lahir '1980-02-30': no such day in the calendar" },
	{ "203001012025011001,Andi,L,2030-01-01,PNS,II/a,pelaksana,Staf,,Setda,SMA,2025-01-01,",
	  "tanggal_lahir", "2030-01-01", "tanggal_lahir 2030-01-01 is in the future" },
	{ "201101012025011001,Andi,L,2011-01-01,PNS,II/a,pelaksana,Staf,,Setda,SMA,2025-01-01,",
	  "tanggal_lahir", "2011-01-01", "age 14 at 2025-01-01 outside 17-70" },
	{ "19800101200501101,Andi,L,1980-01-01,PNS,II/a,pelaksana,Staf,,Setda,SMA,2005-01-01,",
	  "nip", "19800101200501101", "nip '19800101200501101': expected 18 digits, got 17" },
	{ "198001012005011001,Andi,L,1980-01-01,PNS,II/a,pelaksana,Staf,,Setda,SMA,2005-13-01,",
	  "tmt_cpns", "2005-13-01", "tmt_cpns '2005-13-01': no such month (expected 1-12)" },
	{ "199001012005011001,Andi,L,1990-01-01,PNS,II/a,pelaksana,Staf,,Setda,SMA,2005-01-01,",
	  "tmt_cpns", "2005-01-01", "tmt_cpns 2005-01-01 before age 17" },
	{ "198001012005011001,Andi,L,1980-01-01,CPNS,II/a,pelaksana,Staf,,Setda,SMA,,",
	  "tmt_cpns", "", "tmt_cpns is empty (required for CPNS)" },
	{ "198001012005011001,Andi,P,1980-01-01,PNS,II/a,pelaksana,Staf,,Setda,SMA,2005-01-01,",
	  "nip", "198001012005011001",
	  "nip '198001012005011001': jenis_kelamin P does not match NIP gender digit 1 (L)" },
	{ "198001012005011001,Andi,L,1980-01-01,PNS,IX,pelaksana,Staf,,Setda,SMA,2005-01-01,",
	  "golongan", "IX", "golongan 'IX': expected I/a to IV/e for PNS" },
	{ "198001012021011001,Andi,L,1980-01-01,PPPK,II/a,pelaksana,Staf,,Setda,SMA,,",
	  "golongan", "II/a", "golongan 'II/a': expected I to XVII for PPPK" },
	{ "198001012005011001,Andi,L,1980-01-01,PNS,II/a,pelaksana,Staf,,Setda,SMK Plus,2005-01-01,",
	  "pendidikan", "SMK Plus",
	  "pendidikan 'SMK Plus': expected SD, SMP, SMA, D1, D2, D3, D4, S1, S2 or S3 "
	  "(or a BKN tingkat pendidikan)" },
	{ "198001012005011001,Andi,L,1980-01-01,PNS,II/a,pelaksana,,,Setda,SMA,2005-01-01,",
	  "jabatan", "", "jabatan is empty" },
	{ "198001012005011001,Andi,L,1980-01-01,PNS,II/a,ahli,Staf,,Setda,SMA,2005-01-01,",
	  "jenis_jabatan", "ahli",
	  "jenis_jabatan 'ahli': unknown (the 14 values are in asn-import(1))" },
	{ "198001012005011001,Andi,L,1980-01-01,PNS,II/a,,Staf,,Setda,SMA,2005-01-01,",
	  "jabatan", "Staf",
	  "jenis_jabatan of jabatan 'Staf': cannot be derived (no JENIS JABATAN or eselon, and "
	  "the name has no jenjang); add a rule to the map" },
	{ "198001012005011001,Andi,L,1980-01-01,PNS,II/a,pelaksana,Staf,,,SMA,2005-01-01,",
	  "unit", "", "unit is empty" },
	{ "198001012005011001,Andi,L,1980-01-01,PNS,II/a,pelaksana,Staf,,Setda,SMA,2005-01-01,kemarin",
	  "tmt_jabatan", "kemarin", "tmt_jabatan 'kemarin': not a date (expected YYYY-MM-DD, "
	  "DD-MM-YYYY, DD/MM/YYYY or DD Month YYYY)" },
	{ "198001012005011001,Andi,L,1980-01-01,PNS,II/a,pelaksana,Staf,,Set\xff" "da,SMA,2005-01-01,",
	  "unit", "Set\xff" "da", "column 'unit': invalid UTF-8 (save the file as CSV UTF-8)" },
};

static void test_rejected(void)
{
	char text[1024];
	import im;
	size_t i;
	int col;

	for (i = 0; i < sizeof rejected / sizeof rejected[0]; i++) {
		snprintf(text, sizeof text, CANONICAL_HEADER "%s\n", rejected[i].row);
		CHECK_INT(import_row(&im, "canonical", text), -1, "rejected: %s", rejected[i].reason);
		CHECK_STR(im.r.reason, rejected[i].reason, "rejected: the reason");
		col = asn_table_find(&im.table, rejected[i].column);
		CHECK_INT(im.r.bad_col, col, "rejected: column %s", rejected[i].column);
		CHECK_STR(im.r.bad_value, rejected[i].value, "rejected: value '%s'", rejected[i].value);
		import_free(&im);
	}
}

static void test_reject(void)
{
	import im;

	CHECK_INT(import_row(&im, "canonical", CANONICAL_HEADER
	                     "198001012005011001,Andi,L,1980-01-01,PNS,II/a,pelaksana,Staf,,Setda,"
	                     "SMA,2005-01-01,\n"), 0, "reject: a good row");
	CHECK_INT(asn_import_reject(&im.ctx, &im.r, ASN_COL_NIP, im.r.val[ASN_COL_NIP],
	                            "nip '%s': duplicate (already seen in an earlier row)",
	                            im.r.val[ASN_COL_NIP]), -1, "reject: returns -1");
	CHECK_INT(im.r.bad_col, 0, "reject: the source column of nip");
	CHECK_STR(im.r.bad_colname, "nip", "reject: the canonical column");
	CHECK_STR(im.r.bad_value, "198001012005011001", "reject: the value");
	CHECK_STR(im.r.reason, "nip '198001012005011001': duplicate (already seen in an earlier row)",
	          "reject: the reason");
	import_free(&im);
}

/* A reason cut to its buffer keeps whole UTF-8 characters. */
static void test_long_reason(void)
{
	char text[4096], value[1024];
	size_t i, n = 0;
	import im;

	for (i = 0; i < 300; i++)
		n += (size_t)snprintf(value + n, sizeof value - n, "%s", "é");
	snprintf(text, sizeof text, CANONICAL_HEADER "198001012005011001,Andi,L,1980-01-01,%s,II/a,"
	         "pelaksana,Staf,,Setda,SMA,2005-01-01,\n", value);
	CHECK_INT(import_row(&im, "canonical", text), -1, "long reason: rejected");
	CHECK(strlen(im.r.reason) < ASN_IMPORT_REASON_MAX - 1 && strlen(im.r.reason) > 400,
	      "long reason: cut near the buffer size (%zu)", strlen(im.r.reason));
	CHECK(asn_utf8_valid(im.r.reason, strlen(im.r.reason)), "long reason: valid UTF-8");
	import_free(&im);
}

static void test_warnings(void)
{
	char text[8192], nama[2048];
	size_t i, n = 0;
	import im;

	CHECK_INT(import_row(&im, "canonical", CANONICAL_HEADER
	                     "198001012005011001,\"Drs. Andi, M.Si\",L,1980-01-01,PNS,II/a,pelaksana,"
	                     "Staf,,Setda,S2,2005-01-01,\n"), 0, "warnings: a row with both is kept");
	CHECK_INT(im.nwarnings, 2, "warnings: two");
	CHECK_STR(im.warnings[0], "nama 'Drs. Andi, M.Si' holds a gelar (title); keep titles in "
	          "their own columns", "warnings: gelar in nama");
	CHECK_STR(im.warnings[1], "golongan II/a below the entry rank for S2",
	          "warnings: golongan below the entry rank");
	import_free(&im);

	CHECK_INT(import_row(&im, "canonical", CANONICAL_HEADER
	                     "198001012005011001,\"Drs. Andi, M.Si\",L,1980-01-01,PNS,II/a,pelaksana,"
	                     "Staf,,,S2,2005-01-01,\n"), -1, "warnings: a rejected row");
	CHECK_INT(im.nwarnings, 1, "warnings: the gelar warning comes before the rejection");
	import_free(&im);

	for (i = 0; i < 600; i++)
		n += (size_t)snprintf(nama + n, sizeof nama - n, "%s", "é");
	snprintf(text, sizeof text, SIASN_HEADER "198001012005011001,%s,Dr.,S.Pd.,01-01-1980,M,PNS,,"
	         "01-01-2005,III/a,Jabatan Pelaksana,Staf,S-1/Sarjana,,Bagian Umum,Setda,\n", nama);
	CHECK_INT(import_row(&im, "siasn", text), 0, "long nama: kept");
	CHECK_INT(strlen(im.r.val[ASN_COL_NAMA]), 4 + 1200 + 7, "long nama: gelar joined in full");
	CHECK(asn_utf8_valid(im.r.val[ASN_COL_NAMA], strlen(im.r.val[ASN_COL_NAMA])),
	      "long nama: valid UTF-8");
	import_free(&im);
}

static void test_missing(void)
{
	static const char text[] = "nip,nama,jenis_kelamin,tanggal_lahir,status,golongan,jabatan,unit\n";
	asn_config cfg;
	asn_profile p;
	asn_csv_reader *rd;
	asn_table t;
	asn_import_ctx ctx;
	char err[256];
	int missing = -1;

	asn_config_defaults(&cfg);
	asn_profile_builtin(&p, "canonical", err, sizeof err);
	rd = asn_csv_reader_from_memory(text, strlen(text), "x.csv", 0);
	CHECK_INT(asn_table_read_header(&t, rd, err, sizeof err), 0, "missing: header read");
	CHECK_INT(asn_import_ctx_init(&ctx, &cfg, &p, &t, (asn_date){ 2025, 1, 1 }, &missing), -1,
	          "missing: a required column is absent");
	CHECK_INT(missing, ASN_COL_PENDIDIKAN, "missing: the first one is pendidikan");
	CHECK_INT(ctx.src[ASN_COL_UNIT], 7, "missing: the others are resolved");
	CHECK_INT(ctx.src[ASN_COL_BIDANG], -1, "missing: an optional one is -1");
	asn_table_free(&t);
	asn_csv_reader_free(rd);
	asn_profile_free(&p);
	asn_config_free(&cfg);
}

int main(void)
{
	test_siasn();
	test_real_siasn();
	test_unor();
	test_unor_levels();
	test_nip_groups();
	test_canonical();
	test_rejected();
	test_reject();
	test_long_reason();
	test_warnings();
	test_missing();
	return TEST_DONE();
}
