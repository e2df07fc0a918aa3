#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "report.h"
#include "report_model.h"
#include "report_text.h"
#include "table.h"
#include "test.h"

/* Kind of a header given as one CSV line, or -1; the message in err. */
static int kind_of(const char *line, char *err, size_t size)
{
	asn_csv_reader *r = asn_csv_reader_from_memory(line, strlen(line), "t", ',');
	asn_csv_record rec;
	asn_table t;
	int kind = -2;

	err[0] = '\0';
	if (asn_csv_reader_next(r, &rec) == 1 && asn_table_init(&t, &rec, err, size) == 0) {
		kind = asn_report_recognise(&t, err, size);
		asn_table_free(&t);
	}
	asn_csv_reader_free(r);
	return kind;
}

#define PEGAWAI "nip,nama,jenis_kelamin,tanggal_lahir,status,golongan,jenis_jabatan," \
	"jabatan,bidang,unit,pendidikan,tmt_cpns,tanggal_pensiun"

static void recognition(void)
{
	char err[512];

	CHECK_INT(kind_of(PEGAWAI "\n", err, sizeof err), ASN_REPORT_PEGAWAI, "pegawai table");
	CHECK_INT(kind_of(PEGAWAI ",subunit,AGAMA NAMA\n", err, sizeof err), ASN_REPORT_PEGAWAI,
	          "pegawai with extra columns");
	CHECK_INT(kind_of("TAHUN,Unit,Awal,pensiun,keluar,masuk,akhir\n", err, sizeof err),
	          ASN_REPORT_FORECAST, "forecast, names case-insensitive, keys anywhere");
	CHECK_INT(kind_of("unit,jabatan,beban_jam,kebutuhan_hitung,kebutuhan,bezetting,selisih,"
	                  "status,ej,pj,wisn_ratio\n", err, sizeof err), ASN_REPORT_GAP, "gap");
	CHECK_INT(kind_of("nip,nama,unit,jabatan,tanggal_pensiun\n", err, sizeof err),
	          ASN_REPORT_RETIREES, "retirees");
	CHECK_INT(kind_of(PEGAWAI ",nilai_kinerja,nilai_potensi,level_kinerja,level_potensi,kotak,"
	                  "rekomendasi,kesesuaian_pendidikan\n", err, sizeof err),
	          ASN_REPORT_SCORE, "score wins over pegawai (most specific)");
	CHECK_INT(kind_of("unit,responden,u1,u2,u3,u4,u5,u6,u7,u8,u9,nilai_ikm,mutu,kinerja_unit,"
	                  "unsur_terendah\n", err, sizeof err), ASN_REPORT_IKM, "ikm");
	CHECK_INT(kind_of("a,b,c\n", err, sizeof err), -1, "unknown header");
	CHECK_STR(err, "header not recognised (a,b,c): expected the pegawai table or an output "
	          "of asn-gap, asn-forecast or asn-score", "message names the header");
	CHECK_INT(kind_of("unit,jabatan,beban_jam,kebutuhan_hitung,kebutuhan,bezetting,selisih\n",
	                  err, sizeof err), -1, "gap without status");
	CHECK_STR(err, "header not recognised (unit,jabatan,beban_jam,kebutuhan_hitung,kebutuhan,"
	          "bezetting,selisih): looks like an asn-gap table but column 'status' is missing",
	          "near miss names the kind and the column");
	CHECK_STR(asn_report_kind_name(ASN_REPORT_IKM), "asn-score --ikm table", "kind name");
	CHECK_INT(kind_of("unit,jabatan,jenis_formasi,kebutuhan,no_peserta,nama,twk,tiu,tkp,skb,"
	                  "skd,nilai_integrasi,peringkat,status,penentu,keterangan\n",
	                  err, sizeof err), ASN_REPORT_SELEKSI, "announcement");
	CHECK_INT(kind_of("satker,jabatan,lokasi,jenis,kebutuhan,nomor,teknis,manajerial,"
	                  "wawancara,nilai_integrasi,peringkat,status,penentu,keterangan\n",
	                  err, sizeof err), ASN_REPORT_SELEKSI,
	          "announcement with the rules' own names: by the fixed block");
	CHECK_INT(kind_of("no_peserta,unit,jabatan,twk,tiu,tkp,skb,memenuhi_ambang,gagal_ambang,"
	                  "peringkat_skd,status_skd,nilai_integrasi,peringkat,penentu,status,lulus,"
	                  "formasi_penempatan\n", err, sizeof err), -1,
	          "the candidates with their results are not the announcement");
	CHECK(strstr(err, "looks like an asn-score --pengumuman table but column 'kebutuhan' "
	             "is missing") != NULL, "near miss of the announcement: %s", err);
}

static void text(void)
{
	char *s;

	s = asn_report_text_clean("a\tb\nc\x7f" "d", 7);
	CHECK_STR(s, "a b c d", "controls become spaces");
	free(s);
	s = asn_report_text_clean("x\xff" "y", 3);
	CHECK_STR(s, "x\xef\xbf\xbdy", "invalid byte becomes U+FFFD");
	free(s);
	s = asn_report_text_clean("\xc2\x85" "\xc3\xa9", 4);
	CHECK_STR(s, " \xc3\xa9", "C1 control becomes a space, e-acute kept");
	free(s);
	CHECK_INT(asn_report_text_width("55\xe2\x80\x93" "59"), 5, "en dash is one character");
	CHECK_INT(asn_report_text_prefix("\xc3\xa9t\xc3\xa9", 2), 3, "prefix in bytes");
	s = asn_report_text_truncate("Dinas Kesehatan", 15);
	CHECK_STR(s, "Dinas Kesehatan", "fits: unchanged");
	free(s);
	s = asn_report_text_truncate("Dinas Kesehatan", 7);
	CHECK_STR(s, "Dinas\xe2\x80\xa6", "cut: trailing space dropped, ellipsis");
	free(s);
	s = asn_report_text_truncate("abc", 1);
	CHECK_STR(s, "\xe2\x80\xa6", "one character: only the ellipsis");
	free(s);
	s = asn_report_text_clean("Dinas \xe2\x80\xae" "exe.txt\xe2\x80\xac \xe2\x81\xa6" "A\xe2\x81\xa9"
	                          "\xe2\x80\x8f" "B\xd8\x9c", 33);
	CHECK_STR(s, "Dinas exe.txt AB", "override, embedding, isolates and marks of direction dropped");
	free(s);
	s = asn_report_text_clean("\xe2\x80\x8d\xe2\x81\xa0", 6);
	CHECK_STR(s, "\xe2\x80\x8d\xe2\x81\xa0", "joiners kept");
	free(s);
	CHECK_INT(asn_report_text_width("\xe9\x9b\x85\xe5\x8a\xa0" "x"), 5, "CJK: two columns each");
	CHECK_INT(asn_report_text_width("\xf0\x9f\x8f\xa2"), 2, "emoji: two columns");
	CHECK_INT(asn_report_text_width("\xef\xbc\xa1"), 2, "fullwidth A: two columns");
	CHECK_INT(asn_report_text_width("e\xcc\x81" "a"), 2, "combining acute: no column");
	CHECK_INT(asn_report_text_width("\xea\xa6\xa7\xea\xa6\xb6"), 1,
	          "Javanese vowel sign: no column");
	CHECK_INT(asn_report_text_width("\xc3\xa9\xc2\xb7\xe2\x88\x92\xe2\x80\xa6"), 4,
	          "Latin, middle dot, minus, ellipsis: one column each");
	CHECK_INT(asn_report_text_prefix("\xe9\x9b\x85\xe5\x8a\xa0" "x", 3), 3,
	          "a wide character that would straddle the cut is left out");
	CHECK_INT(asn_report_text_prefix("ae\xcc\x81x", 2), 4, "the cut keeps a combining mark");
	s = asn_report_text_truncate("\xe9\x9b\x85\xe5\x8a\xa0\xe9\x9b\x85\xe5\x8a\xa0", 5);
	CHECK_STR(s, "\xe9\x9b\x85\xe5\x8a\xa0\xe2\x80\xa6", "CJK cut by columns");
	CHECK_INT(asn_report_text_width(s), 5, "cut CJK fits its columns");
	free(s);
}

static void bands(void)
{
	CHECK_INT(report_age_band(17), 0, "17 in < 25");
	CHECK_INT(report_age_band(24), 0, "24 in < 25");
	CHECK_INT(report_age_band(25), 1, "25 in 25-29");
	CHECK_INT(report_age_band(59), 7, "59 in 55-59");
	CHECK_INT(report_age_band(60), 8, "60 in >= 60");
	CHECK_INT(report_age_band(70), 8, "70 in >= 60");
}

static void ikm_grades(void)
{
	char c[] = "C", b[] = "b", none[] = "";
	report_ikm_unit u;

	memset(&u, 0, sizeof u);
	u.mutu = c;
	u.nilai = 90;
	CHECK_INT(report_ikm_below_b(&u, 76.61), 1, "mutu C is below B whatever the score");
	u.mutu = b;
	u.nilai = 10;
	CHECK_INT(report_ikm_below_b(&u, 76.61), 0, "mutu b is not below B");
	u.mutu = none;
	u.nilai = 76.6;
	CHECK_INT(report_ikm_below_b(&u, 76.61), 1, "no mutu: the score under the bound");
	u.nilai = 76.61;
	CHECK_INT(report_ikm_below_b(&u, 76.61), 0, "no mutu: the score at the bound");
	u.nilai = NAN;
	CHECK_INT(report_ikm_below_b(&u, 76.61), 0, "no mutu and no score: not counted");
}

int main(void)
{
	recognition();
	text();
	bands();
	ikm_grades();
	return TEST_DONE();
}
