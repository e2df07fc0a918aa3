/* The service standards (lib/layanan) and the schools and facilities
 * tables read by lib/needs, each figure worked out by hand. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "csv.h"
#include "layanan.h"
#include "needs.h"
#include "test.h"
#include "test_files.h"

#define NEAR(a, b) (fabs((a) - (b)) < 1e-9)

typedef struct {
	int count;
	char message[16][512];   /* "file:line: message", as the programs print it */
	char column[16][64];
	char value[16][64];
} rejects;

static void
collect(void *ctx, const char *file, long line, const char *column, const char *value,
    const char *message)
{
	rejects *r = ctx;

	if (r->count < 16) {
		snprintf(r->message[r->count], sizeof r->message[0], "%s:%ld: %s", file, line, message);
		snprintf(r->column[r->count], sizeof r->column[0], "%s", column);
		snprintf(r->value[r->count], sizeof r->value[0], "%s", value);
	}
	r->count++;
}

/* Read text as a NEEDS table named name, rounding half up; rules NULL: the
 * built-in standards. */
static int
read_text(asn_needs *n, const char *name, const char *text, const char *rules, rejects *rej,
    char *err, size_t errsize)
{
	asn_needs_options opt;
	asn_config cfg;
	asn_csv_reader *r;
	int rc;

	asn_config_defaults(&cfg);
	asn_needs_options_init(&opt, &cfg);
	opt.rounding = ASN_ROUND_HALF_UP;
	opt.reject = collect;
	opt.ctx = rej;
	opt.layanan_path = rules;
	memset(rej, 0, sizeof *rej);
	r = asn_csv_reader_from_memory(text, strlen(text), name, 0);
	rc = asn_needs_read_csv(n, r, &opt, err, errsize);
	asn_csv_reader_free(r);
	asn_config_free(&cfg);
	return rc;
}

/* The position of a school or facility: keys unit, jabatan, subunit. */
static const asn_needs_entry *
find(const asn_needs *n, const char *subunit, const char *jabatan)
{
	const char *keys[3] = { n->form == ASN_NEEDS_FASKES ? "Dinas Kesehatan" : "Disdik", jabatan,
	                        subunit };

	return asn_needs_find(n, keys);
}

static int
need_is(const asn_needs *n, const char *subunit, const char *jabatan, double hitung,
    double kebutuhan)
{
	const asn_needs_entry *e = find(n, subunit, jabatan);

	if (!e)
		printf("# no position %s, %s\n", subunit, jabatan);
	else if (!NEAR(e->kebutuhan_hitung, hitung) || !NEAR(e->kebutuhan, kebutuhan))
		printf("# %s, %s: %g (%g), want %g (%g)\n", subunit, jabatan, e->kebutuhan_hitung,
		    e->kebutuhan, hitung, kebutuhan);
	return e && NEAR(e->kebutuhan_hitung, hitung) && NEAR(e->kebutuhan, kebutuhan);
}

static const char sekolah_header[] =
    "unit,subunit,jenjang,rombel_1,rombel_2,rombel_3,rombel_4,rombel_5,rombel_6,rombel_7,"
    "rombel_8,rombel_9,siswa\n";

static void
test_sd(void)
{
	char text[1024], err[512];
	rejects rej;
	asn_needs n;

	snprintf(text, sizeof text, "%s%s", sekolah_header,
	    "Disdik,SD 1,SD,1,1,1,1,1,1,,,,\n"
	    "Disdik,SD 2,sd,2,2,2,1,1,1,0,,,120\n");
	CHECK_INT(read_text(&n, "sekolah.csv", text, NULL, &rej, err, sizeof err), ASN_NEEDS_OK,
	    "an SD table reads");
	CHECK_INT(n.form, ASN_NEEDS_SEKOLAH, "told a schools table by its jenjang column");
	CHECK_INT(rej.count, 0, "nothing rejected");
	/* SD 1, one rombel in each of the six grades (Kurikulum 2013, PAI and
	 * PJOK 4 JP a week in every grade; a teacher's load 24 JP):
	 *   Guru Kelas  one per rombel           = 6
	 *   Guru PAI    6 rombel x 4 JP / 24     = 1.0
	 *   Guru PJOK   6 rombel x 4 JP / 24     = 1.0 */
	CHECK(need_is(&n, "SD 1", "Guru Kelas", 6, 6), "SD 1: Guru Kelas 6");
	CHECK(need_is(&n, "SD 1", "Guru PAI", 1, 1), "SD 1: Guru PAI 6 x 4 / 24 = 1");
	CHECK(need_is(&n, "SD 1", "Guru PJOK", 1, 1), "SD 1: Guru PJOK 6 x 4 / 24 = 1");
	/* SD 2, rombel 2+2+2+1+1+1 = 9 (a 0 in rombel_7, a grade SD has not,
	 * is allowed; its students name no guru BK: SD has none):
	 *   Guru Kelas  9
	 *   Guru PAI    9 x 4 / 24 = 1.5, rounded half up 2
	 *   Guru PJOK   the same */
	CHECK(need_is(&n, "SD 2", "Guru Kelas", 9, 9), "SD 2: Guru Kelas 9");
	CHECK(need_is(&n, "SD 2", "Guru PAI", 1.5, 2), "SD 2: Guru PAI 9 x 4 / 24 = 1.5 -> 2");
	CHECK(need_is(&n, "SD 2", "Guru PJOK", 1.5, 2), "SD 2: Guru PJOK 1.5 -> 2");
	CHECK(!find(&n, "SD 2", "Guru BK"), "no guru BK in an SD");
	CHECK_INT(n.nentries, 6, "three positions a school");
	asn_needs_free(&n);
}

static void
test_smp(void)
{
	char text[1024], err[512];
	rejects rej;
	asn_needs n;

	snprintf(text, sizeof text, "%s%s", sekolah_header,
	    "Disdik,SMP 1,SMP,,,,,,,3,3,2,240\n"
	    "Disdik,SMP 2,SMP,,,,,,,1,1,1,\n");
	CHECK_INT(read_text(&n, "sekolah.csv", text, NULL, &rej, err, sizeof err), ASN_NEEDS_OK,
	    "an SMP table reads");
	CHECK_INT(rej.count, 0, "nothing rejected");
	/* SMP 1: 3 + 3 + 2 = 8 rombel, the same JP in grades VII-IX
	 * (Kurikulum 2013), over 24 JP a teacher:
	 *   PAI, PPKN, Seni Budaya, PJOK  8 x 3 / 24 = 1.0
	 *   Bahasa Indonesia              8 x 6 / 24 = 2.0
	 *   Matematika, IPA               8 x 5 / 24 = 1.667 -> 2
	 *   IPS, Bahasa Inggris           8 x 4 / 24 = 1.333 -> 1
	 *   Prakarya                      8 x 2 / 24 = 0.667 -> 1
	 *   Guru BK, 150 students each    240 / 150  = 1.6   -> 2 */
	CHECK(need_is(&n, "SMP 1", "Guru PAI", 1, 1), "SMP 1: PAI 8 x 3 / 24 = 1");
	CHECK(need_is(&n, "SMP 1", "Guru PPKN", 1, 1), "SMP 1: PPKN 1");
	CHECK(need_is(&n, "SMP 1", "Guru Seni Budaya", 1, 1), "SMP 1: Seni Budaya 1");
	CHECK(need_is(&n, "SMP 1", "Guru PJOK", 1, 1), "SMP 1: PJOK 1");
	CHECK(need_is(&n, "SMP 1", "Guru Bahasa Indonesia", 2, 2), "SMP 1: Bahasa Indonesia 2");
	CHECK(need_is(&n, "SMP 1", "Guru Matematika", 40.0 / 24, 2), "SMP 1: Matematika 1.667");
	CHECK(need_is(&n, "SMP 1", "Guru IPA", 40.0 / 24, 2), "SMP 1: IPA 1.667");
	CHECK(need_is(&n, "SMP 1", "Guru IPS", 32.0 / 24, 1), "SMP 1: IPS 1.333");
	CHECK(need_is(&n, "SMP 1", "Guru Bahasa Inggris", 32.0 / 24, 1), "SMP 1: Inggris 1.333");
	CHECK(need_is(&n, "SMP 1", "Guru Prakarya", 16.0 / 24, 1), "SMP 1: Prakarya 0.667");
	CHECK(need_is(&n, "SMP 1", "Guru BK", 1.6, 2), "SMP 1: Guru BK 240 / 150 = 1.6");
	CHECK(!find(&n, "SMP 1", "Guru Kelas"), "no Guru Kelas in an SMP");
	/* SMP 2: 3 rombel, no students given, so no guru BK:
	 *   Matematika 3 x 5 / 24 = 0.625 -> 1; Prakarya 3 x 2 / 24 = 0.25 -> 0 */
	CHECK(need_is(&n, "SMP 2", "Guru Matematika", 0.625, 1), "SMP 2: Matematika 0.625 -> 1");
	CHECK(need_is(&n, "SMP 2", "Guru Prakarya", 0.25, 0), "SMP 2: Prakarya 0.25 -> 0");
	CHECK(!find(&n, "SMP 2", "Guru BK"), "no students: no guru BK");
	CHECK_INT(n.nentries, 11 + 10, "eleven positions and ten");
	asn_needs_free(&n);
}

/* Σ of the staff standard of one facility. */
static double
facility_total(const asn_needs *n, const char *subunit)
{
	double sum = 0;
	size_t i;

	for (i = 0; i < n->nentries; i++)
		if (strcmp(n->entries[i].keys[2], subunit) == 0)
			sum += n->entries[i].kebutuhan;
	return sum;
}

static void
test_puskesmas(void)
{
	static const char text[] =
	    "unit,subunit,jenis,penduduk\n"
	    "Dinas Kesehatan,Puskesmas A,puskesmas_perkotaan,30000\n"
	    "Dinas Kesehatan,Puskesmas B,Puskesmas_Perkotaan_Rawat_Inap,\n"
	    "Dinas Kesehatan,Puskesmas C,puskesmas_perdesaan,\n"
	    "Dinas Kesehatan,Puskesmas D,puskesmas_perdesaan_rawat_inap,\n"
	    "Dinas Kesehatan,Puskesmas E,puskesmas_terpencil,\n"
	    "Dinas Kesehatan,Puskesmas F,puskesmas_terpencil_rawat_inap,\n";
	char err[512];
	rejects rej;
	asn_needs n;

	CHECK_INT(read_text(&n, "faskes.csv", text, NULL, &rej, err, sizeof err), ASN_NEEDS_OK,
	    "a facilities table reads");
	CHECK_INT(n.form, ASN_NEEDS_FASKES, "told a facilities table by its jenis column");
	CHECK_INT(rej.count, 0, "nothing rejected");
	/* The standard by kind (the lampiran's table; its "Jumlah" row in the
	 * last column):
	 *                 dr drg prw bdn promkes kesling atlm gizi farm adm pekarya  sum
	 *   perkotaan      1  1   5   4    2       1      1    1    1    3    2      22
	 *   + rawat inap   2  1   8   7    2       1      1    2    2    3    2      31
	 *   perdesaan      1  1   5   4    1       1      1    1    1    2    1      19
	 *   + rawat inap   2  1   8   7    1       1      1    2    1    2    1      27
	 *   terpencil      as perdesaan                                             19
	 *   + rawat inap   as perdesaan rawat inap                                  27 */
	CHECK(need_is(&n, "Puskesmas A", "Dokter", 1, 1), "perkotaan: 1 dokter");
	CHECK(need_is(&n, "Puskesmas A", "Perawat", 5, 5), "perkotaan: 5 perawat");
	CHECK(need_is(&n, "Puskesmas A", "Tenaga Promosi Kesehatan", 2, 2), "perkotaan: 2 promkes");
	CHECK(NEAR(facility_total(&n, "Puskesmas A"), 22), "perkotaan: 22 in all");
	CHECK(need_is(&n, "Puskesmas B", "Dokter", 2, 2), "perkotaan rawat inap: 2 dokter");
	CHECK(need_is(&n, "Puskesmas B", "Bidan", 7, 7), "perkotaan rawat inap: 7 bidan");
	CHECK(need_is(&n, "Puskesmas B", "Tenaga Kefarmasian", 2, 2), "rawat inap: 2 farmasi");
	CHECK(NEAR(facility_total(&n, "Puskesmas B"), 31), "perkotaan rawat inap: 31 in all");
	CHECK(need_is(&n, "Puskesmas C", "Tenaga Administrasi", 2, 2), "perdesaan: 2 admin");
	CHECK(NEAR(facility_total(&n, "Puskesmas C"), 19), "perdesaan: 19 in all");
	CHECK(need_is(&n, "Puskesmas D", "Perawat", 8, 8), "perdesaan rawat inap: 8 perawat");
	CHECK(NEAR(facility_total(&n, "Puskesmas D"), 27), "perdesaan rawat inap: 27 in all");
	CHECK(need_is(&n, "Puskesmas E", "Ahli Teknologi Laboratorium Medik", 1, 1), "terpencil: atlm");
	CHECK(NEAR(facility_total(&n, "Puskesmas E"), 19), "terpencil: 19 in all");
	CHECK(need_is(&n, "Puskesmas F", "Tenaga Gizi", 2, 2), "terpencil rawat inap: 2 gizi");
	CHECK(NEAR(facility_total(&n, "Puskesmas F"), 27), "terpencil rawat inap: 27 in all");
	CHECK_INT(n.nentries, 6 * 11, "eleven professions a puskesmas");
	asn_needs_free(&n);
}

static void
test_bad_rows(void)
{
	char text[2048], err[512];
	rejects rej;
	asn_needs n;

	snprintf(text, sizeof text, "%s%s", sekolah_header,
	    "Disdik,SD 1,SD,1,-1,1,1,1,1,,,,\n"        /* line 2 */
	    "Disdik,SD 2,SD,1,1,dua,1,1,1,,,,\n"       /* 3 */
	    "Disdik,SD 3,SMA,1,1,1,1,1,1,,,,\n"        /* 4 */
	    "Disdik,SD 4,SD,1,1,1,1,1,1,2,,,\n"        /* 5 */
	    "Disdik,SD 5,SD,1,1,,1,1,1,,,,\n"          /* 6 */
	    "Disdik,SD 6,SD,1,1,1.5,1,1,1,,,,\n"       /* 7 */
	    "Disdik,,SD,1,1,1,1,1,1,,,,\n"             /* 8 */
	    "Disdik,SD 7,SD,1,1,1,1,1,1,,,,\n"         /* 9 */
	    "Disdik,SD 7,SD,2,2,2,2,2,2,,,,\n"         /* 10 */
	    "Disdik,SMP 1,SMP,,,,,,,1,1,1,-5\n");      /* 11 */
	CHECK_INT(read_text(&n, "sekolah.csv", text, NULL, &rej, err, sizeof err), ASN_NEEDS_OK,
	    "bad rows are rejected, the table still reads");
	CHECK_INT(rej.count, 9, "nine rows rejected");
	CHECK_INT(n.nrejected, 9, "and counted");
	CHECK_INT(n.nread, 10, "ten rows read");
	CHECK_STR(rej.message[0], "sekolah.csv:2: rombel_2 '-1': must not be negative",
	    "a negative rombel");
	CHECK(strcmp(rej.column[0], "rombel_2") == 0 && strcmp(rej.value[0], "-1") == 0,
	    "its column and value");
	CHECK_STR(rej.message[1], "sekolah.csv:3: rombel_3 'dua': not a number", "not a number");
	CHECK_STR(rej.message[2], "sekolah.csv:4: jenjang 'SMA': expected SD or SMP",
	    "an unknown jenjang");
	CHECK_STR(rej.message[3], "sekolah.csv:5: rombel_7 '2': SD has grades 1 to 6 only "
	    "(leave it empty)", "a grade the jenjang has not");
	CHECK_STR(rej.message[4], "sekolah.csv:6: rombel_3 is empty (0 when the school has no "
	    "class in grade 3)", "an empty grade");
	CHECK_STR(rej.message[5], "sekolah.csv:7: rombel_3 '1.5': expected a whole number",
	    "half a rombel");
	CHECK_STR(rej.message[6], "sekolah.csv:8: subunit is empty (the school or facility)",
	    "no school");
	CHECK_STR(rej.message[7], "sekolah.csv:10: subunit 'SD 7': already on line 9",
	    "a school given twice");
	CHECK_STR(rej.message[8], "sekolah.csv:11: siswa '-5': must not be negative",
	    "negative students");
	CHECK(need_is(&n, "SD 7", "Guru Kelas", 6, 6), "the first row of SD 7 counts");
	CHECK_INT(n.nentries, 3, "only SD 7's positions");
	asn_needs_free(&n);

	CHECK_INT(read_text(&n, "faskes.csv", "unit,subunit,jenis\n"
	    "Dinas Kesehatan,Puskesmas A,klinik\n"
	    "Dinas Kesehatan,Puskesmas B,puskesmas_perdesaan\n", NULL, &rej, err, sizeof err),
	    ASN_NEEDS_OK, "a facilities table with a bad row reads");
	CHECK_INT(rej.count, 1, "one row rejected");
	CHECK_STR(rej.message[0], "faskes.csv:2: jenis 'klinik': expected puskesmas_perkotaan, "
	    "puskesmas_perkotaan_rawat_inap, puskesmas_perdesaan, puskesmas_perdesaan_rawat_inap, "
	    "puskesmas_terpencil or puskesmas_terpencil_rawat_inap", "an unknown facility kind");
	CHECK(strcmp(rej.column[0], "jenis") == 0, "the jenis column");
	CHECK_INT(n.nentries, 11, "Puskesmas B's positions");
	asn_needs_free(&n);
}

static void
test_headers(void)
{
	char err[512];
	rejects rej;
	asn_needs n;

	CHECK_INT(read_text(&n, "sekolah.csv", "unit,jenjang,rombel_1\nDisdik,SD,1\n", NULL, &rej,
	    err, sizeof err), ASN_NEEDS_EINPUT, "no subunit column");
	CHECK_STR(err, "sekolah.csv:1: missing required column 'subunit' (schools table)",
	    "names the missing column");
	asn_needs_free(&n);
	CHECK_INT(read_text(&n, "sekolah.csv", "unit,subunit,jenjang,siswa\nDisdik,SD 1,SD,1\n",
	    NULL, &rej, err, sizeof err), ASN_NEEDS_EINPUT, "no rombel column");
	CHECK_STR(err, "sekolah.csv:1: missing the rombel columns, one for each grade K: "
	    "'rombel_K' (schools table)", "says which");
	asn_needs_free(&n);
	CHECK_INT(read_text(&n, "sekolah.csv", "unit,subunit,jenjang,rombel_13\nDisdik,SD 1,SD,1\n",
	    NULL, &rej, err, sizeof err), ASN_NEEDS_EINPUT, "rombel_13");
	CHECK_STR(err, "sekolah.csv:1: column 'rombel_13': expected rombel_1 to rombel_12, one "
	    "for each grade", "no grade 13");
	asn_needs_free(&n);
	CHECK_INT(read_text(&n, "faskes.csv", "unit,subunit,jenis,jabatan\nA,B,puskesmas_perdesaan,"
	    "Bidan\n", NULL, &rej, err, sizeof err), ASN_NEEDS_EINPUT, "a jabatan column");
	CHECK_STR(err, "faskes.csv:1: the jabatan and their need come from the service standards: "
	    "unexpected column 'jabatan' (facilities table)", "the standards give the jabatan");
	asn_needs_free(&n);
	CHECK_INT(read_text(&n, "x.csv", "unit,subunit,jenis,jenjang\n", NULL, &rej, err,
	    sizeof err), ASN_NEEDS_EINPUT, "both jenis and jenjang");
	CHECK_STR(err, "x.csv:1: both jenjang (a schools table) and jenis (a facilities table): "
	    "a NEEDS table is one or the other", "one or the other");
	asn_needs_free(&n);
}

static void
test_staff(void)
{
	asn_layanan *r;
	char err[256];
	int unknown;

	CHECK_INT(asn_layanan_rules_load(&r, NULL, err, sizeof err), 0, "the built-ins load");
	CHECK_STR(asn_layanan_standar(r, ASN_LAYANAN_SEKOLAH, "Guru Ahli Pertama",
	    "S-1 Pendidikan Guru Sekolah Dasar", &unknown), "Guru Kelas", "PGSD: Guru Kelas");
	CHECK_STR(asn_layanan_standar(r, ASN_LAYANAN_SEKOLAH, "Guru Mahir",
	    "D-II Pendidikan Guru Sekolah Dasar", &unknown), "Guru Kelas", "D-II PGSD too");
	CHECK_STR(asn_layanan_standar(r, ASN_LAYANAN_SEKOLAH, "Guru Ahli Muda",
	    "S-1 Pendidikan Agama Islam", &unknown), "Guru PAI", "Agama Islam: Guru PAI");
	CHECK_STR(asn_layanan_standar(r, ASN_LAYANAN_SEKOLAH, "Guru Ahli Madya",
	    "S-1 Pendidikan Jasmani, Kesehatan dan Rekreasi", &unknown), "Guru PJOK", "Jasmani: PJOK");
	CHECK_STR(asn_layanan_standar(r, ASN_LAYANAN_SEKOLAH, "Guru Ahli Madya", "S-1 Penjaskes",
	    &unknown), "Guru PJOK", "Penjaskes: PJOK");
	CHECK_STR(asn_layanan_standar(r, ASN_LAYANAN_SEKOLAH, "Guru Ahli Madya",
	    "S-2 Pendidikan Matematika", &unknown), "Guru Matematika", "Matematika");
	CHECK_STR(asn_layanan_standar(r, ASN_LAYANAN_SEKOLAH, "GURU AHLI PERTAMA",
	    "S-1 PENDIDIKAN BIOLOGI", &unknown), "Guru IPA", "Biologi: IPA, in any case");
	CHECK_STR(asn_layanan_standar(r, ASN_LAYANAN_SEKOLAH, "Guru Ahli Pertama",
	    "S-1 Bimbingan dan Konseling", &unknown), "Guru BK", "BK");
	CHECK(unknown == 0, "a subject is known");
	CHECK_STR(asn_layanan_standar(r, ASN_LAYANAN_SEKOLAH, "Guru Ahli Muda",
	    "S-2 Manajemen Pendidikan", &unknown), "Guru Mapel Tidak Dikenal", "no subject");
	CHECK(unknown == 1, "told as unknown");
	CHECK_STR(asn_layanan_standar(r, ASN_LAYANAN_SEKOLAH, "Guru Matematika", "", &unknown),
	    "Guru Matematika", "the subject in the jabatan when the jurusan has none");
	CHECK(asn_layanan_standar(r, ASN_LAYANAN_SEKOLAH, "Pengadministrasi Perkantoran", "SMA IPA",
	    &unknown) == NULL, "not a teacher: kept");
	CHECK_STR(asn_layanan_standar(r, ASN_LAYANAN_FASKES, "Dokter Gigi Ahli Muda", "", &unknown),
	    "Dokter Gigi", "dokter gigi before dokter");
	CHECK_STR(asn_layanan_standar(r, ASN_LAYANAN_FASKES, "Dokter Ahli Madya", NULL, &unknown),
	    "Dokter", "dokter");
	CHECK_STR(asn_layanan_standar(r, ASN_LAYANAN_FASKES, "Bidan Terampil", NULL, &unknown),
	    "Bidan", "bidan");
	CHECK_STR(asn_layanan_standar(r, ASN_LAYANAN_FASKES, "Pranata Laboratorium Kesehatan Mahir",
	    NULL, &unknown), "Ahli Teknologi Laboratorium Medik", "ATLM");
	CHECK(asn_layanan_standar(r, ASN_LAYANAN_FASKES, "Epidemiolog Kesehatan Ahli Muda", NULL,
	    &unknown) == NULL, "not in the standard: kept");
	CHECK(asn_layanan_standar(r, ASN_LAYANAN_FASKES, "Guru Ahli Muda", "S-1 Pendidikan "
	    "Matematika", &unknown) == NULL, "a teacher at a puskesmas keeps the jabatan");
	asn_layanan_rules_free(r);
}

static void
test_override(void)
{
	static const char rules[] =
	    "layanan:\n"
	    "  jp_guru: 12\n"
	    "  jenjang:\n"
	    "    SD: {kelas: [1, 6], guru_kelas: Guru Kelas, mapel: {Guru PAI: [2, 2, 2, 2, 2, 2]}}\n"
	    "  faskes:\n"
	    "    pustu: {Perawat: 1, Bidan: 1}\n";
	char path[] = "/tmp/test_layanan_XXXXXX", err[512], text[512];
	asn_layanan *r;
	rejects rej;
	asn_needs n;

	test_write_file(path, rules);
	snprintf(text, sizeof text, "%s%s", sekolah_header, "Disdik,SD 1,SD,1,1,1,1,1,1,,,,\n");
	CHECK_INT(read_text(&n, "sekolah.csv", text, path, &rej, err, sizeof err), ASN_NEEDS_OK,
	    "read with rules from a file");
	/* jp_guru 12 and PAI 2 JP: 6 x 2 / 12 = 1.0; no PJOK in the new SD */
	CHECK(need_is(&n, "SD 1", "Guru PAI", 1, 1), "PAI by the file's JP: 6 x 2 / 12 = 1");
	CHECK(!find(&n, "SD 1", "Guru PJOK"), "the file's SD replaces the built-in one");
	CHECK_STR(n.layanan_path, path, "the table keeps where its standards came from");
	asn_needs_free(&n);
	CHECK_INT(read_text(&n, "faskes.csv", "unit,subunit,jenis\nDinas Kesehatan,Pustu A,PUSTU\n",
	    path, &rej, err, sizeof err), ASN_NEEDS_OK, "a kind added by the file");
	CHECK(need_is(&n, "Pustu A", "Bidan", 1, 1) && n.nentries == 2, "pustu: 1 perawat, 1 bidan");
	asn_needs_free(&n);
	unlink(path);

	CHECK_INT(asn_layanan_rules_load_string(&r, "layanan:\n  jenjang:\n    SD:\n"
	    "      kelas: [1, 6]\n      mapel: {Guru PAI: [4, 4]}\n", "bad.yaml", err, sizeof err),
	    -1, "JP for too few grades");
	CHECK_STR(err, "bad.yaml:5:25: mapel 'Guru PAI': expected 6 JP, one for each grade 1 to 6",
	    "says how many");
	CHECK(r == NULL, "no rules");
	CHECK_INT(asn_layanan_rules_load_string(&r, "layanan:\n  jp_guru: 0\n", "bad.yaml", err,
	    sizeof err), -1, "jp_guru 0");
	CHECK_INT(asn_layanan_rules_load_string(&r, "layanan:\n  guru_kelas: x\n", "bad.yaml", err,
	    sizeof err), -1, "an unknown key");
	CHECK(strstr(err, "unknown key 'guru_kelas'") != NULL, "named: %s", err);
}

int
main(void)
{
	test_sd();
	test_smp();
	test_puskesmas();
	test_bad_rows();
	test_headers();
	test_staff();
	test_override();
	return TEST_DONE();
}
