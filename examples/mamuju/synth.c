/* asn-synth: a synthetic but realistic civil service of Kabupaten Mamuju
 * (Sulawesi Barat, BPS 7604) as a SIASN export or a canonical pegawai table,
 * and the formasi, SKP, assessment, training and IKM survey tables that go
 * with it.  Every person is made up; the output depends only on the options. */
#include <ctype.h>
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <limits.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "date.h"
#include "names.h"
#include "rules.h"

enum {
	DEFAULT_ROWS = 6000,        /* one regency: its structural roster once */
	DEFAULT_SEED = 7604,
	MAX_AGE_DAYS = 81 * 366,    /* range of the NIP serial counters */
	SERIAL_MAX = 999,
	MAX_TRIES = 10000
};

/* Golongan index 0..16 is I/a..IV/e (PNS); PPPK golongan are 1..17. */
enum { G_IIA = 4, G_IIIA = 8, G_IIIB = 9, G_IIID = 11, G_IVA = 12,
       G_IVB = 13, G_IVD = 15 };

/* Study flags */
enum { S_PNS_ONLY = 1, S_ISLAM = 2, S_KRISTEN = 4, S_DRS = 8, S_IR = 16 };

typedef struct {
	const char *level;     /* canonical pendidikan: SD SMP SMA D1 D2 D3 D4 S1 S2 S3 */
	const char *jurusan;   /* PENDIDIKAN NAMA */
	const char *gelar;     /* GELAR BELAKANG */
	const char *old_gelar; /* GELAR BELAKANG when Drs./Ir. is in front */
	const char *front;     /* dr., drg., drh., apt. */
	int weight;
	int min_age;
	int flags;
} study;

#define N(a) (sizeof(a) / sizeof((a)[0]))
#define STUDIES(a) (a), N(a)

static const study st_guru_sd[] = {
	{ "S1", "S-1 Pendidikan Guru Sekolah Dasar", "S.Pd.", NULL, NULL, 70, 0, S_DRS },
	{ "S1", "S-1 Pendidikan Agama Islam", "S.Pd.I.", NULL, NULL, 9, 0, S_ISLAM },
	{ "S1", "S-1 Pendidikan Agama Kristen", "S.Pd.K.", NULL, NULL, 2, 0, S_KRISTEN },
	{ "S1", "S-1 Pendidikan Jasmani, Kesehatan dan Rekreasi", "S.Pd.", NULL, NULL, 8, 0, 0 },
	{ "S2", "S-2 Pendidikan Dasar", "S.Pd., M.Pd.", "M.Pd.", NULL, 4, 32, S_DRS },
	{ "D2", "D-II Pendidikan Guru Sekolah Dasar", "A.Ma.Pd.", NULL, NULL, 4, 50, S_PNS_ONLY },
};

static const study st_guru_smp[] = {
	{ "S1", "S-1 Pendidikan Matematika", "S.Pd.", NULL, NULL, 12, 0, S_DRS },
	{ "S1", "S-1 Pendidikan Bahasa Indonesia", "S.Pd.", NULL, NULL, 12, 0, S_DRS },
	{ "S1", "S-1 Pendidikan Bahasa Inggris", "S.Pd.", NULL, NULL, 10, 0, S_DRS },
	{ "S1", "S-1 Pendidikan Biologi", "S.Pd.", NULL, NULL, 8, 0, S_DRS },
	{ "S1", "S-1 Pendidikan Fisika", "S.Pd.", NULL, NULL, 5, 0, S_DRS },
	{ "S1", "S-1 Pendidikan Ekonomi", "S.Pd.", NULL, NULL, 5, 0, S_DRS },
	{ "S1", "S-1 Pendidikan Sejarah", "S.Pd.", NULL, NULL, 4, 0, S_DRS },
	{ "S1", "S-1 Pendidikan Geografi", "S.Pd.", NULL, NULL, 4, 0, S_DRS },
	{ "S1", "S-1 Pendidikan Pancasila dan Kewarganegaraan", "S.Pd.", NULL, NULL, 7, 0, S_DRS },
	{ "S1", "S-1 Pendidikan Agama Islam", "S.Pd.I.", NULL, NULL, 7, 0, S_ISLAM },
	{ "S1", "S-1 Pendidikan Agama Kristen", "S.Pd.K.", NULL, NULL, 2, 0, S_KRISTEN },
	{ "S1", "S-1 Pendidikan Jasmani, Kesehatan dan Rekreasi", "S.Pd.", NULL, NULL, 6, 0, 0 },
	{ "S1", "S-1 Bimbingan dan Konseling", "S.Pd.", NULL, NULL, 5, 0, S_DRS },
	{ "S1", "S-1 Pendidikan Seni Drama, Tari dan Musik", "S.Pd.", NULL, NULL, 2, 0, 0 },
	{ "S2", "S-2 Pendidikan Matematika", "S.Pd., M.Pd.", "M.Pd.", NULL, 3, 32, S_DRS },
	{ "S2", "S-2 Manajemen Pendidikan", "S.Pd., M.Pd.", "M.Pd.", NULL, 3, 32, S_DRS },
};

static const study st_pengawas_sekolah[] = {
	{ "S2", "S-2 Manajemen Pendidikan", "S.Pd., M.Pd.", "M.Pd.", NULL, 55, 45, S_DRS },
	{ "S1", "S-1 Pendidikan Guru Sekolah Dasar", "S.Pd.", NULL, NULL, 30, 45, S_DRS },
	{ "S1", "S-1 Pendidikan Bahasa Indonesia", "S.Pd.", NULL, NULL, 15, 45, S_DRS },
};

static const study st_perawat[] = {
	{ "D3", "D-III Keperawatan", "A.Md.Kep.", NULL, NULL, 55, 0, 0 },
	{ "S1", "S-1 Keperawatan (Ners)", "S.Kep., Ns.", NULL, NULL, 36, 0, 0 },
	{ "D4", "D-IV Keperawatan", "S.Tr.Kep.", NULL, NULL, 3, 0, 0 },
	{ "S2", "S-2 Keperawatan", "S.Kep., Ns., M.Kep.", NULL, NULL, 2, 32, 0 },
	{ "SMA", "SPK (Sekolah Perawat Kesehatan)", NULL, NULL, NULL, 3, 50, S_PNS_ONLY },
};

static const study st_bidan[] = {
	{ "D3", "D-III Kebidanan", "A.Md.Keb.", NULL, NULL, 68, 0, 0 },
	{ "D4", "D-IV Kebidanan", "S.Tr.Keb.", NULL, NULL, 20, 0, 0 },
	{ "S1", "S-1 Kebidanan (Profesi Bidan)", "S.Keb., Bd.", NULL, NULL, 8, 0, 0 },
	{ "D1", "D-I Kebidanan", NULL, NULL, NULL, 4, 50, S_PNS_ONLY },
};

static const study st_dokter[] = {
	{ "S1", "S-1 Kedokteran", NULL, NULL, "dr.", 85, 0, 0 },
	{ "S2", "S-2 Kesehatan Masyarakat", "M.Kes.", NULL, "dr.", 15, 32, 0 },
};

/* Doctors of the RSUD: specialists (TINGKAT PENDIDIKAN Spesialis, canonical
 * S2) and a subspecialist (Subspesialis, canonical S3). */
static const study st_dokter_rsud[] = {
	{ "S1", "S-1 Kedokteran", NULL, NULL, "dr.", 55, 0, 0 },
	{ "S2", "Spesialis Penyakit Dalam", "Sp.PD.", NULL, "dr.", 9, 31, 0 },
	{ "S2", "Spesialis Anak", "Sp.A.", NULL, "dr.", 8, 31, 0 },
	{ "S2", "Spesialis Obstetri dan Ginekologi", "Sp.OG.", NULL, "dr.", 8, 31, 0 },
	{ "S2", "Spesialis Bedah", "Sp.B.", NULL, "dr.", 7, 31, 0 },
	{ "S2", "Spesialis Anestesiologi dan Terapi Intensif", "Sp.An.", NULL, "dr.", 5, 31, 0 },
	{ "S2", "Spesialis Radiologi", "Sp.Rad.", NULL, "dr.", 3, 31, 0 },
	{ "S3", "Subspesialis Penyakit Dalam Ginjal Hipertensi", "Sp.PD., Subsp.GH.", NULL,
	  "dr.", 2, 38, 0 },
};

static const study st_dokter_gigi[] = {
	{ "S1", "S-1 Kedokteran Gigi", NULL, NULL, "drg.", 1, 0, 0 },
};

static const study st_apoteker[] = {
	{ "S1", "Profesi Apoteker", "S.Farm.", NULL, "apt.", 1, 0, 0 },
};

static const study st_asisten_apoteker[] = {
	{ "D3", "D-III Farmasi", "A.Md.Farm.", NULL, NULL, 85, 0, 0 },
	{ "SMA", "SMF (Sekolah Menengah Farmasi)", NULL, NULL, NULL, 15, 45, S_PNS_ONLY },
};

static const study st_gizi[] = {
	{ "D3", "D-III Gizi", "A.Md.Gz.", NULL, NULL, 70, 0, 0 },
	{ "S1", "S-1 Gizi", "S.Gz.", NULL, NULL, 30, 0, 0 },
};

static const study st_sanitasi[] = {
	{ "D3", "D-III Kesehatan Lingkungan", "A.Md.KL.", NULL, NULL, 65, 0, 0 },
	{ "S1", "S-1 Kesehatan Masyarakat", "S.KM.", NULL, NULL, 35, 0, 0 },
};

static const study st_lab[] = {
	{ "D3", "D-III Analis Kesehatan", "A.Md.AK.", NULL, NULL, 75, 0, 0 },
	{ "D4", "D-IV Teknologi Laboratorium Medis", "S.Tr.Kes.", NULL, NULL, 25, 0, 0 },
};

static const study st_kesmas[] = {
	{ "S1", "S-1 Kesehatan Masyarakat", "S.KM.", NULL, NULL, 85, 0, 0 },
	{ "S2", "S-2 Kesehatan Masyarakat", "S.KM., M.Kes.", NULL, NULL, 15, 30, 0 },
};

static const study st_radiologi[] = {
	{ "D3", "D-III Radiologi", "A.Md.Rad.", NULL, NULL, 1, 0, 0 },
};

static const study st_rekam_medis[] = {
	{ "D3", "D-III Rekam Medis dan Informasi Kesehatan", "A.Md.RMIK.", NULL, NULL, 1, 0, 0 },
};

static const study st_fisioterapi[] = {
	{ "D3", "D-III Fisioterapi", "A.Md.Ftr.", NULL, NULL, 1, 0, 0 },
};

static const study st_pertanian[] = {
	{ "S1", "S-1 Agroteknologi", "S.P.", NULL, NULL, 30, 0, S_IR },
	{ "S1", "S-1 Agribisnis", "S.P.", NULL, NULL, 25, 0, S_IR },
	{ "D4", "D-IV Penyuluhan Pertanian", "S.Tr.P.", NULL, NULL, 10, 0, 0 },
	{ "D3", "D-III Penyuluhan Pertanian", "A.Md.P.", NULL, NULL, 20, 0, 0 },
	{ "SMA", "SMK Pertanian", NULL, NULL, NULL, 15, 0, 0 },
};

static const study st_veteriner[] = {
	{ "S1", "S-1 Kedokteran Hewan", NULL, NULL, "drh.", 1, 0, 0 },
};

static const study st_paramedik[] = {
	{ "D3", "D-III Kesehatan Hewan", "A.Md.Pt.", NULL, NULL, 1, 0, 0 },
};

static const study st_perikanan[] = {
	{ "S1", "S-1 Budidaya Perairan", "S.Pi.", NULL, NULL, 50, 0, S_IR },
	{ "S1", "S-1 Pemanfaatan Sumberdaya Perikanan", "S.Pi.", NULL, NULL, 35, 0, S_IR },
	{ "D3", "D-III Teknologi Penangkapan Ikan", "A.Md.Pi.", NULL, NULL, 15, 0, 0 },
};

static const study st_teknik[] = {
	{ "S1", "S-1 Teknik Sipil", "S.T.", NULL, NULL, 70, 0, S_IR },
	{ "S1", "S-1 Perencanaan Wilayah dan Kota", "S.T.", NULL, NULL, 15, 0, S_IR },
	{ "S2", "S-2 Teknik Sipil", "S.T., M.T.", "M.T.", NULL, 15, 32, S_IR },
};

static const study st_lingkungan[] = {
	{ "S1", "S-1 Teknik Lingkungan", "S.T.", NULL, NULL, 60, 0, 0 },
	{ "S1", "S-1 Biologi", "S.Si.", NULL, NULL, 25, 0, S_DRS },
	{ "S1", "S-1 Kesehatan Masyarakat", "S.KM.", NULL, NULL, 15, 0, 0 },
};

static const study st_akuntansi[] = {
	{ "S1", "S-1 Akuntansi", "S.E.", NULL, NULL, 55, 0, S_DRS },
	{ "S1", "S-1 Manajemen", "S.E.", NULL, NULL, 20, 0, S_DRS },
	{ "S1", "S-1 Ekonomi Pembangunan", "S.E.", NULL, NULL, 10, 0, S_DRS },
	{ "S2", "S-2 Akuntansi", "S.E., M.Ak.", "M.Ak.", NULL, 15, 30, S_DRS },
};

static const study st_sosial[] = {
	{ "S1", "S-1 Ilmu Administrasi Negara", "S.Sos.", NULL, NULL, 30, 0, S_DRS },
	{ "S1", "S-1 Ilmu Pemerintahan", "S.IP.", NULL, NULL, 15, 0, S_DRS },
	{ "S1", "S-1 Ilmu Hukum", "S.H.", NULL, NULL, 15, 0, 0 },
	{ "S1", "S-1 Ekonomi Pembangunan", "S.E.", NULL, NULL, 10, 0, S_DRS },
	{ "D4", "D-IV Ilmu Pemerintahan", "S.STP.", NULL, NULL, 8, 0, 0 },
	{ "S2", "S-2 Administrasi Publik", "S.Sos., M.AP.", "M.AP.", NULL, 12, 30, S_DRS },
	{ "S2", "S-2 Ilmu Pemerintahan", "S.IP., M.Si.", "M.Si.", NULL, 10, 30, S_DRS },
};

static const study st_perencana[] = {
	{ "S1", "S-1 Perencanaan Wilayah dan Kota", "S.T.", NULL, NULL, 35, 0, S_IR },
	{ "S1", "S-1 Ekonomi Pembangunan", "S.E.", NULL, NULL, 30, 0, S_DRS },
	{ "S1", "S-1 Statistika", "S.Stat.", NULL, NULL, 10, 0, 0 },
	{ "S2", "S-2 Perencanaan dan Pengembangan Wilayah", "S.E., M.Si.", "M.Si.", NULL,
	  25, 30, S_DRS },
};

static const study st_komputer[] = {
	{ "S1", "S-1 Teknik Informatika", "S.Kom.", NULL, NULL, 45, 0, 0 },
	{ "S1", "S-1 Sistem Informasi", "S.Kom.", NULL, NULL, 30, 0, 0 },
	{ "D3", "D-III Manajemen Informatika", "A.Md.Kom.", NULL, NULL, 25, 0, 0 },
};

static const study st_komunikasi[] = {
	{ "S1", "S-1 Ilmu Komunikasi", "S.I.Kom.", NULL, NULL, 80, 0, 0 },
	{ "S1", "S-1 Ilmu Administrasi Negara", "S.Sos.", NULL, NULL, 20, 0, S_DRS },
};

static const study st_statistik[] = {
	{ "S1", "S-1 Statistika", "S.Stat.", NULL, NULL, 70, 0, 0 },
	{ "S1", "S-1 Matematika", "S.Si.", NULL, NULL, 30, 0, S_DRS },
};

static const study st_hukum[] = {
	{ "S1", "S-1 Ilmu Hukum", "S.H.", NULL, NULL, 80, 0, 0 },
	{ "S2", "S-2 Ilmu Hukum", "S.H., M.H.", NULL, NULL, 20, 30, 0 },
};

static const study st_kesejahteraan[] = {
	{ "S1", "S-1 Kesejahteraan Sosial", "S.Sos.", NULL, NULL, 70, 0, S_DRS },
	{ "D4", "D-IV Pekerjaan Sosial", "S.Tr.Sos.", NULL, NULL, 30, 0, 0 },
};

static const study st_kependudukan[] = {
	{ "S1", "S-1 Sistem Informasi", "S.Kom.", NULL, NULL, 60, 0, 0 },
	{ "S1", "S-1 Ilmu Administrasi Negara", "S.Sos.", NULL, NULL, 40, 0, S_DRS },
};

static const study st_otomotif[] = {
	{ "D3", "D-III Teknik Otomotif", "A.Md.T.", NULL, NULL, 50, 0, 0 },
	{ "SMA", "SMK Teknik Kendaraan Ringan", NULL, NULL, NULL, 50, 0, 0 },
};

static const study st_satpol[] = {
	{ "SMA", "SMA IPS", NULL, NULL, NULL, 45, 0, 0 },
	{ "SMA", "SMA IPA", NULL, NULL, NULL, 15, 0, 0 },
	{ "D3", "D-III Administrasi Negara", "A.Md.", NULL, NULL, 10, 0, 0 },
	{ "S1", "S-1 Ilmu Hukum", "S.H.", NULL, NULL, 30, 0, 0 },
};

static const study st_perpustakaan[] = {
	{ "S1", "S-1 Ilmu Perpustakaan", "S.IP.", NULL, NULL, 50, 0, 0 },
	{ "D3", "D-III Perpustakaan", "A.Md.", NULL, NULL, 50, 0, 0 },
};

static const study st_kearsipan[] = {
	{ "D3", "D-III Kearsipan", "A.Md.", NULL, NULL, 60, 0, 0 },
	{ "S1", "S-1 Ilmu Administrasi Negara", "S.Sos.", NULL, NULL, 40, 0, S_DRS },
};

static const study st_sma[] = {
	{ "SMA", "SMA IPA", NULL, NULL, NULL, 25, 0, 0 },
	{ "SMA", "SMA IPS", NULL, NULL, NULL, 35, 0, 0 },
	{ "SMA", "SMK Akuntansi", NULL, NULL, NULL, 10, 0, 0 },
	{ "SMA", "SMK Administrasi Perkantoran", NULL, NULL, NULL, 12, 0, 0 },
	{ "SMA", "SMK Teknik Komputer dan Jaringan", NULL, NULL, NULL, 8, 0, 0 },
	{ "SMA", "SMEA", NULL, NULL, NULL, 5, 45, 0 },
	{ "SMP", "SMP", NULL, NULL, NULL, 3, 40, 0 },
	{ "SD", "SD", NULL, NULL, NULL, 2, 45, 0 },
};

static const study st_administrasi[] = {
	{ "SMA", "SMA IPS", NULL, NULL, NULL, 30, 0, 0 },
	{ "SMA", "SMK Administrasi Perkantoran", NULL, NULL, NULL, 20, 0, 0 },
	{ "SMA", "SMA IPA", NULL, NULL, NULL, 15, 0, 0 },
	{ "SMA", "SMEA", NULL, NULL, NULL, 5, 45, 0 },
	{ "D1", "D-I Komputer Administrasi", NULL, NULL, NULL, 5, 0, 0 },
	{ "D3", "D-III Administrasi Perkantoran", "A.Md.", NULL, NULL, 13, 0, 0 },
	{ "D3", "D-III Akuntansi", "A.Md.Ak.", NULL, NULL, 12, 0, 0 },
};

static const study st_diploma[] = {
	{ "D3", "D-III Manajemen Informatika", "A.Md.Kom.", NULL, NULL, 35, 0, 0 },
	{ "D3", "D-III Administrasi Perkantoran", "A.Md.", NULL, NULL, 25, 0, 0 },
	{ "D3", "D-III Akuntansi", "A.Md.Ak.", NULL, NULL, 25, 0, 0 },
	{ "D3", "D-III Teknik Sipil", "A.Md.T.", NULL, NULL, 15, 0, 0 },
};

static const study st_sarjana[] = {
	{ "S1", "S-1 Ilmu Administrasi Negara", "S.Sos.", NULL, NULL, 22, 0, S_DRS },
	{ "S1", "S-1 Manajemen", "S.E.", NULL, NULL, 16, 0, S_DRS },
	{ "S1", "S-1 Akuntansi", "S.E.", NULL, NULL, 12, 0, S_DRS },
	{ "S1", "S-1 Ilmu Hukum", "S.H.", NULL, NULL, 12, 0, 0 },
	{ "S1", "S-1 Ilmu Pemerintahan", "S.IP.", NULL, NULL, 10, 0, S_DRS },
	{ "S1", "S-1 Ilmu Komunikasi", "S.I.Kom.", NULL, NULL, 6, 0, 0 },
	{ "S1", "S-1 Sistem Informasi", "S.Kom.", NULL, NULL, 8, 0, 0 },
	{ "S1", "S-1 Administrasi Bisnis", "S.AB.", NULL, NULL, 4, 0, 0 },
	{ "S1", "S-1 Pendidikan Ekonomi", "S.Pd.", NULL, NULL, 4, 0, S_DRS },
	{ "D4", "D-IV Akuntansi Sektor Publik", "S.Tr.Ak.", NULL, NULL, 3, 0, 0 },
	{ "S2", "S-2 Manajemen", "S.E., M.M.", "M.M.", NULL, 3, 30, S_DRS },
};

static const study st_pimpinan[] = {
	{ "S1", "S-1 Ilmu Administrasi Negara", "S.Sos.", NULL, NULL, 16, 0, S_DRS },
	{ "S1", "S-1 Ilmu Pemerintahan", "S.IP.", NULL, NULL, 10, 0, S_DRS },
	{ "S1", "S-1 Ilmu Hukum", "S.H.", NULL, NULL, 8, 0, 0 },
	{ "S1", "S-1 Manajemen", "S.E.", NULL, NULL, 8, 0, S_DRS },
	{ "S1", "S-1 Teknik Sipil", "S.T.", NULL, NULL, 5, 0, S_IR },
	{ "S1", "S-1 Agribisnis", "S.P.", NULL, NULL, 4, 0, S_IR },
	{ "D4", "D-IV Ilmu Pemerintahan", "S.STP.", NULL, NULL, 9, 0, 0 },
	{ "S2", "S-2 Administrasi Publik", "S.Sos., M.AP.", "M.AP.", NULL, 14, 32, S_DRS },
	{ "S2", "S-2 Ilmu Pemerintahan", "S.STP., M.Si.", NULL, NULL, 10, 32, 0 },
	{ "S2", "S-2 Manajemen", "S.E., M.M.", "M.M.", NULL, 8, 32, S_DRS },
	{ "S2", "S-2 Ilmu Hukum", "S.H., M.H.", NULL, NULL, 5, 32, 0 },
	{ "S2", "S-2 Perencanaan dan Pengembangan Wilayah", "S.T., M.Si.", "M.Si.", NULL,
	  3, 32, S_IR },
};

static const study st_pimpinan_pendidikan[] = {
	{ "S2", "S-2 Manajemen Pendidikan", "S.Pd., M.Pd.", "M.Pd.", NULL, 60, 32, S_DRS },
	{ "S1", "S-1 Pendidikan Guru Sekolah Dasar", "S.Pd.", NULL, NULL, 25, 0, S_DRS },
	{ "S1", "S-1 Pendidikan Matematika", "S.Pd.", NULL, NULL, 15, 0, S_DRS },
};

static const study st_pimpinan_kesehatan[] = {
	{ "S2", "S-2 Kesehatan Masyarakat", "M.Kes.", NULL, "dr.", 35, 32, 0 },
	{ "S2", "S-2 Kesehatan Masyarakat", "S.KM., M.Kes.", NULL, NULL, 35, 32, 0 },
	{ "S1", "S-1 Kesehatan Masyarakat", "S.KM.", NULL, NULL, 20, 0, 0 },
	{ "S1", "S-1 Keperawatan (Ners)", "S.Kep., Ns.", NULL, NULL, 10, 0, 0 },
};

static const study st_direktur_rsud[] = {
	{ "S2", "S-2 Manajemen Rumah Sakit", "MARS", NULL, "dr.", 60, 32, 0 },
	{ "S2", "S-2 Kesehatan Masyarakat", "M.Kes.", NULL, "dr.", 40, 32, 0 },
};

/* A position family; for functional positions the jenjang follows the
 * golongan (keahlian III/a..IV/e, keterampilan II/a..III/d), capped by the
 * levels the family has. */
typedef struct {
	const char *name;
	const char *bidang;
	int pelaksana;
	int female_pct, pppk_pct;
	int ahli_min, ahli_max;       /* 0 Pertama .. 3 Utama; -1 none */
	int trampil_min, trampil_max; /* 0 Pemula .. 3 Penyelia; -1 none */
	const study *studies;
	size_t nstudies;
} family;

#define JF(name, bidang, f, p, amin, amax, tmin, tmax, st) \
	{ name, bidang, 0, f, p, amin, amax, tmin, tmax, STUDIES(st) }
#define PL(name, f, p, st) \
	{ name, "administrasi", 1, f, p, -1, -1, -1, -1, STUDIES(st) }

static const family f_guru_sd = JF("Guru", "pendidikan", 74, 38, 0, 2, 1, 2, st_guru_sd);
static const family f_guru_smp = JF("Guru", "pendidikan", 60, 34, 0, 2, 1, 2, st_guru_smp);
static const family f_pengawas_sekolah =
	JF("Pengawas Sekolah", "pendidikan", 40, 0, 1, 2, -1, -1, st_pengawas_sekolah);
static const family f_perawat = JF("Perawat", "kesehatan", 72, 34, 0, 1, 1, 3, st_perawat);
static const family f_bidan = JF("Bidan", "kesehatan", 100, 34, 0, 1, 1, 3, st_bidan);
static const family f_dokter = JF("Dokter", "kesehatan", 58, 15, 0, 2, -1, -1, st_dokter);
static const family f_dokter_rsud =
	JF("Dokter", "kesehatan", 58, 15, 0, 2, -1, -1, st_dokter_rsud);
static const family f_dokter_gigi =
	JF("Dokter Gigi", "kesehatan", 72, 15, 0, 1, -1, -1, st_dokter_gigi);
static const family f_apoteker = JF("Apoteker", "kesehatan", 76, 20, 0, 1, -1, -1, st_apoteker);
static const family f_asisten_apoteker =
	JF("Asisten Apoteker", "kesehatan", 80, 25, -1, -1, 1, 3, st_asisten_apoteker);
static const family f_nutrisionis = JF("Nutrisionis", "kesehatan", 88, 25, 0, 1, 1, 3, st_gizi);
static const family f_sanitarian = JF("Sanitarian", "kesehatan", 55, 25, 0, 1, 1, 3, st_sanitasi);
static const family f_lab =
	JF("Pranata Laboratorium Kesehatan", "kesehatan", 70, 25, 0, 1, 1, 3, st_lab);
static const family f_penyuluh_kesehatan =
	JF("Penyuluh Kesehatan Masyarakat", "kesehatan", 66, 20, 0, 1, -1, -1, st_kesmas);
static const family f_epidemiolog =
	JF("Epidemiolog Kesehatan", "kesehatan", 55, 10, 0, 1, -1, -1, st_kesmas);
static const family f_administrator_kesehatan =
	JF("Administrator Kesehatan", "kesehatan", 55, 0, 0, 2, -1, -1, st_kesmas);
static const family f_radiografer =
	JF("Radiografer", "kesehatan", 40, 20, -1, -1, 1, 3, st_radiologi);
static const family f_perekam_medis =
	JF("Perekam Medis", "kesehatan", 65, 20, -1, -1, 1, 3, st_rekam_medis);
static const family f_fisioterapis =
	JF("Fisioterapis", "kesehatan", 60, 20, -1, -1, 1, 3, st_fisioterapi);
static const family f_penyuluh_pertanian =
	JF("Penyuluh Pertanian", "teknis", 28, 20, 0, 2, 0, 3, st_pertanian);
static const family f_medik_veteriner =
	JF("Medik Veteriner", "administrasi", 45, 10, 0, 1, -1, -1, st_veteriner);
static const family f_paramedik_veteriner =
	JF("Paramedik Veteriner", "administrasi", 30, 10, -1, -1, 1, 3, st_paramedik);
static const family f_penyuluh_perikanan =
	JF("Penyuluh Perikanan", "teknis", 30, 10, 0, 1, 1, 2, st_perikanan);
static const family f_auditor = JF("Auditor", "administrasi", 45, 0, 0, 2, -1, -1, st_akuntansi);
static const family f_p2upd =
	JF("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", "administrasi", 40, 0,
	   0, 2, -1, -1, st_sosial);
static const family f_perencana =
	JF("Perencana", "administrasi", 45, 0, 0, 2, -1, -1, st_perencana);
static const family f_analis_kebijakan =
	JF("Analis Kebijakan", "administrasi", 42, 0, 0, 2, -1, -1, st_sosial);
static const family f_analis_sdm =
	JF("Analis Sumber Daya Manusia Aparatur", "administrasi", 52, 0, 0, 1, -1, -1, st_sosial);
static const family f_analis_keuangan =
	JF("Analis Keuangan Pusat dan Daerah", "administrasi", 52, 0, 0, 1, -1, -1, st_akuntansi);
static const family f_pranata_komputer =
	JF("Pranata Komputer", "teknis", 35, 10, 0, 1, 1, 2, st_komputer);
static const family f_pranata_humas =
	JF("Pranata Hubungan Masyarakat", "administrasi", 50, 0, 0, 1, -1, -1, st_komunikasi);
static const family f_statistisi =
	JF("Statistisi", "administrasi", 50, 0, 0, 1, -1, -1, st_statistik);
static const family f_perancang =
	JF("Perancang Peraturan Perundang-Undangan", "administrasi", 45, 0, 0, 1, -1, -1, st_hukum);
static const family f_pengadaan =
	JF("Pengelola Pengadaan Barang/Jasa", "administrasi", 35, 0, 0, 1, -1, -1, st_teknik);
static const family f_pekerja_sosial =
	JF("Pekerja Sosial", "administrasi", 55, 10, 0, 1, -1, -1, st_kesejahteraan);
static const family f_adminduk =
	JF("Administrator Database Kependudukan", "administrasi", 45, 0, 0, 1, -1, -1,
	   st_kependudukan);
static const family f_pengendali_dampak =
	JF("Pengendali Dampak Lingkungan", "teknis", 40, 0, 0, 1, -1, -1, st_lingkungan);
static const family f_pengawas_lingkungan =
	JF("Pengawas Lingkungan Hidup", "teknis", 40, 0, 0, 1, -1, -1, st_lingkungan);
static const family f_penguji_kendaraan =
	JF("Penguji Kendaraan Bermotor", "administrasi", 5, 0, -1, -1, 0, 2, st_otomotif);
static const family f_polisi_pamong_praja =
	JF("Polisi Pamong Praja", "ketertiban", 15, 10, 0, 1, 0, 2, st_satpol);
static const family f_pustakawan =
	JF("Pustakawan", "pendidikan", 70, 0, 0, 1, 1, 2, st_perpustakaan);
static const family f_arsiparis = JF("Arsiparis", "administrasi", 60, 0, 0, 1, 1, 2, st_kearsipan);
static const family f_teknik_jalan =
	JF("Teknik Jalan dan Jembatan", "teknis", 15, 0, 0, 1, -1, -1, st_teknik);
static const family f_teknik_pengairan =
	JF("Teknik Pengairan", "teknis", 15, 0, 0, 1, -1, -1, st_teknik);
static const family f_penata_ruang =
	JF("Penata Ruang", "teknis", 35, 0, 0, 1, -1, -1, st_teknik);

/* Jabatan pelaksana (KepmenPAN-RB 11/2024 nomenclature). */
static const family p_pengadministrasi =
	PL("Pengadministrasi Perkantoran", 52, 14, st_administrasi);
static const family p_operator = PL("Operator Layanan Operasional", 28, 22, st_sma);
static const family p_pengolah_data = PL("Pengolah Data dan Informasi", 45, 10, st_diploma);
static const family p_pengelola = PL("Pengelola Layanan Operasional", 45, 10, st_diploma);
static const family p_penata = PL("Penata Layanan Operasional", 48, 10, st_sarjana);

/* Where a member of a unit works: an office of the unit (its bidang,
 * bagian, seksi or kelurahan), a fixed subunit, a subunit in a kecamatan
 * chosen by the kecamatan's size, or a school. */
enum place { AT_OFFICE, AT_FIXED, AT_KECAMATAN, AT_SD, AT_SMP };

typedef struct {
	const family *fam;
	int weight;
	enum place place;
	const char *subunit;  /* AT_FIXED: the name; AT_KECAMATAN: followed by its name */
} mix;

static const mix mix_pendidikan[] = {
	{ &f_guru_sd, 1570, AT_SD, NULL },
	{ &p_operator, 60, AT_SD, NULL },
	{ &p_pengadministrasi, 70, AT_SD, NULL },
	{ &f_guru_smp, 650, AT_SMP, NULL },
	{ &p_pengadministrasi, 40, AT_SMP, NULL },
	{ &p_operator, 25, AT_SMP, NULL },
	{ &f_pengawas_sekolah, 30, AT_OFFICE, NULL },
	{ &p_pengadministrasi, 28, AT_OFFICE, NULL },
	{ &p_penata, 20, AT_OFFICE, NULL },
	{ &p_pengolah_data, 14, AT_OFFICE, NULL },
	{ &f_analis_kebijakan, 8, AT_OFFICE, NULL },
	{ &f_pranata_komputer, 5, AT_OFFICE, NULL },
	{ &f_pustakawan, 4, AT_OFFICE, NULL },
};

static const mix mix_kesehatan[] = {
	{ &f_perawat, 300, AT_KECAMATAN, "Puskesmas" },
	{ &f_bidan, 290, AT_KECAMATAN, "Puskesmas" },
	{ &f_dokter, 45, AT_KECAMATAN, "Puskesmas" },
	{ &f_dokter_gigi, 12, AT_KECAMATAN, "Puskesmas" },
	{ &f_apoteker, 14, AT_KECAMATAN, "Puskesmas" },
	{ &f_asisten_apoteker, 24, AT_KECAMATAN, "Puskesmas" },
	{ &f_nutrisionis, 38, AT_KECAMATAN, "Puskesmas" },
	{ &f_sanitarian, 34, AT_KECAMATAN, "Puskesmas" },
	{ &f_lab, 34, AT_KECAMATAN, "Puskesmas" },
	{ &f_penyuluh_kesehatan, 24, AT_KECAMATAN, "Puskesmas" },
	{ &f_perekam_medis, 14, AT_KECAMATAN, "Puskesmas" },
	{ &f_epidemiolog, 6, AT_KECAMATAN, "Puskesmas" },
	{ &p_pengadministrasi, 66, AT_KECAMATAN, "Puskesmas" },
	{ &p_operator, 38, AT_KECAMATAN, "Puskesmas" },
	{ &p_pengolah_data, 18, AT_KECAMATAN, "Puskesmas" },
	{ &f_administrator_kesehatan, 15, AT_OFFICE, NULL },
	{ &f_epidemiolog, 6, AT_OFFICE, NULL },
	{ &f_penyuluh_kesehatan, 8, AT_OFFICE, NULL },
	{ &f_sanitarian, 6, AT_OFFICE, NULL },
	{ &f_nutrisionis, 6, AT_OFFICE, NULL },
	{ &f_apoteker, 4, AT_FIXED, "Instalasi Farmasi Kabupaten" },
	{ &f_asisten_apoteker, 4, AT_FIXED, "Instalasi Farmasi Kabupaten" },
	{ &p_pengadministrasi, 28, AT_OFFICE, NULL },
	{ &p_penata, 20, AT_OFFICE, NULL },
	{ &p_pengolah_data, 14, AT_OFFICE, NULL },
	{ &p_operator, 10, AT_OFFICE, NULL },
	{ &f_pranata_komputer, 3, AT_OFFICE, NULL },
};

static const mix mix_rsud[] = {
	{ &f_perawat, 50, AT_FIXED, "Instalasi Gawat Darurat" },
	{ &f_perawat, 140, AT_FIXED, "Instalasi Rawat Inap" },
	{ &f_perawat, 35, AT_FIXED, "Instalasi Rawat Jalan" },
	{ &f_perawat, 25, AT_FIXED, "Instalasi Bedah Sentral" },
	{ &f_bidan, 50, AT_FIXED, "Instalasi Rawat Inap" },
	{ &f_dokter_rsud, 12, AT_FIXED, "Instalasi Gawat Darurat" },
	{ &f_dokter_rsud, 18, AT_FIXED, "Instalasi Rawat Jalan" },
	{ &f_dokter_rsud, 10, AT_FIXED, "Instalasi Rawat Inap" },
	{ &f_dokter_gigi, 3, AT_FIXED, "Instalasi Rawat Jalan" },
	{ &f_apoteker, 8, AT_FIXED, "Instalasi Farmasi" },
	{ &f_asisten_apoteker, 15, AT_FIXED, "Instalasi Farmasi" },
	{ &f_lab, 20, AT_FIXED, "Instalasi Laboratorium" },
	{ &f_radiografer, 10, AT_FIXED, "Instalasi Radiologi" },
	{ &f_nutrisionis, 10, AT_FIXED, "Instalasi Gizi" },
	{ &f_perekam_medis, 15, AT_FIXED, "Instalasi Rekam Medis" },
	{ &f_fisioterapis, 5, AT_FIXED, "Instalasi Rehabilitasi Medik" },
	{ &f_sanitarian, 5, AT_FIXED, "Instalasi Pemeliharaan Sarana dan Sanitasi" },
	{ &p_pengadministrasi, 40, AT_OFFICE, NULL },
	{ &p_operator, 25, AT_OFFICE, NULL },
	{ &p_pengolah_data, 15, AT_OFFICE, NULL },
	{ &p_penata, 10, AT_OFFICE, NULL },
};

/* An office of a general OPD: mostly pelaksana, a few functional staff. */
#define OFFICE_STAFF \
	{ &p_pengadministrasi, 30, AT_OFFICE, NULL }, \
	{ &p_penata, 22, AT_OFFICE, NULL }, \
	{ &p_pengolah_data, 12, AT_OFFICE, NULL }, \
	{ &p_pengelola, 8, AT_OFFICE, NULL }, \
	{ &p_operator, 10, AT_OFFICE, NULL }, \
	{ &f_analis_kebijakan, 8, AT_OFFICE, NULL }

static const mix mix_setda[] = {
	OFFICE_STAFF,
	{ &f_perancang, 4, AT_OFFICE, NULL },
	{ &f_pengadaan, 4, AT_OFFICE, NULL },
	{ &f_pranata_humas, 3, AT_OFFICE, NULL },
	{ &f_pranata_komputer, 2, AT_OFFICE, NULL },
};
static const mix mix_office[] = { OFFICE_STAFF };
static const mix mix_inspektorat[] = {
	OFFICE_STAFF,
	{ &f_auditor, 45, AT_OFFICE, NULL },
	{ &f_p2upd, 30, AT_OFFICE, NULL },
};
static const mix mix_bappeda[] = { OFFICE_STAFF, { &f_perencana, 40, AT_OFFICE, NULL },
	{ &f_statistisi, 4, AT_OFFICE, NULL } };
static const mix mix_bkpsdm[] = { OFFICE_STAFF, { &f_analis_sdm, 30, AT_OFFICE, NULL },
	{ &f_pranata_komputer, 6, AT_OFFICE, NULL } };
static const mix mix_keuangan[] = { OFFICE_STAFF, { &f_analis_keuangan, 20, AT_OFFICE, NULL },
	{ &p_pengadministrasi, 20, AT_OFFICE, NULL } };
static const mix mix_pupr[] = { OFFICE_STAFF, { &f_teknik_jalan, 18, AT_OFFICE, NULL },
	{ &f_teknik_pengairan, 12, AT_OFFICE, NULL }, { &f_penata_ruang, 8, AT_OFFICE, NULL } };
static const mix mix_pertanian[] = {
	OFFICE_STAFF,
	{ &f_penyuluh_pertanian, 130, AT_KECAMATAN, "Balai Penyuluhan Pertanian" },
	{ &p_pengadministrasi, 12, AT_KECAMATAN, "Balai Penyuluhan Pertanian" },
	{ &f_medik_veteriner, 5, AT_OFFICE, NULL },
	{ &f_paramedik_veteriner, 8, AT_OFFICE, NULL },
};
static const mix mix_perikanan[] = { OFFICE_STAFF,
	{ &f_penyuluh_perikanan, 25, AT_OFFICE, NULL } };
static const mix mix_sosial[] = { OFFICE_STAFF, { &f_pekerja_sosial, 18, AT_OFFICE, NULL } };
static const mix mix_dukcapil[] = { OFFICE_STAFF, { &f_adminduk, 14, AT_OFFICE, NULL },
	{ &p_operator, 10, AT_OFFICE, NULL } };
static const mix mix_lingkungan[] = { OFFICE_STAFF,
	{ &f_pengendali_dampak, 8, AT_OFFICE, NULL },
	{ &f_pengawas_lingkungan, 6, AT_OFFICE, NULL }, { &p_operator, 40, AT_OFFICE, NULL } };
static const mix mix_perhubungan[] = { OFFICE_STAFF,
	{ &f_penguji_kendaraan, 10, AT_OFFICE, NULL }, { &p_operator, 25, AT_OFFICE, NULL } };
static const mix mix_satpol[] = { OFFICE_STAFF,
	{ &f_polisi_pamong_praja, 180, AT_OFFICE, NULL } };
static const mix mix_kominfo[] = { OFFICE_STAFF, { &f_pranata_komputer, 18, AT_OFFICE, NULL },
	{ &f_pranata_humas, 8, AT_OFFICE, NULL }, { &f_statistisi, 5, AT_OFFICE, NULL } };
static const mix mix_perpustakaan[] = { OFFICE_STAFF, { &f_pustakawan, 16, AT_OFFICE, NULL },
	{ &f_arsiparis, 14, AT_OFFICE, NULL } };
static const mix mix_kecamatan[] = {
	{ &p_pengadministrasi, 40, AT_OFFICE, NULL },
	{ &p_penata, 20, AT_OFFICE, NULL },
	{ &p_operator, 15, AT_OFFICE, NULL },
	{ &p_pengolah_data, 8, AT_OFFICE, NULL },
	{ &f_analis_kebijakan, 5, AT_OFFICE, NULL },
	{ &f_polisi_pamong_praja, 6, AT_OFFICE, NULL },
};

#define MIX(a) (a), N(a)

/* Origins of the people of the regency: Mandar, Bugis and Makassar
 * (Muslim); Toraja, Mamasa and Kalumpang (mostly Christian); Javanese and
 * Balinese transmigrants. */
enum origin { O_SULAWESI, O_TORAJA, O_JAWA, O_BALI, N_ORIGINS };

typedef struct {
	const char *name;
	int population;       /* thousands, for puskesmas and BPP staffing */
	int sd, smp;          /* number of SD Negeri and SMP Negeri */
	int origin[N_ORIGINS];
	const char *const *offices;
} kecamatan;

static const char *const kecamatan_offices[] = {
	"Subbagian Umum dan Kepegawaian", "Seksi Pemerintahan",
	"Seksi Ketenteraman dan Ketertiban Umum", "Seksi Pemberdayaan Masyarakat dan Desa",
	"Seksi Kesejahteraan Sosial", NULL
};
static const char *const mamuju_offices[] = {
	"Subbagian Umum dan Kepegawaian", "Seksi Pemerintahan",
	"Seksi Ketenteraman dan Ketertiban Umum", "Seksi Pemberdayaan Masyarakat dan Desa",
	"Seksi Kesejahteraan Sosial", "Kelurahan Binanga", "Kelurahan Karema",
	"Kelurahan Mamunyu", "Kelurahan Rimuku", NULL
};
static const char *const simboro_offices[] = {
	"Subbagian Umum dan Kepegawaian", "Seksi Pemerintahan",
	"Seksi Ketenteraman dan Ketertiban Umum", "Seksi Pemberdayaan Masyarakat dan Desa",
	"Seksi Kesejahteraan Sosial", "Kelurahan Simboro", NULL
};
static const char *const kalukku_offices[] = {
	"Subbagian Umum dan Kepegawaian", "Seksi Pemerintahan",
	"Seksi Ketenteraman dan Ketertiban Umum", "Seksi Pemberdayaan Masyarakat dan Desa",
	"Seksi Kesejahteraan Sosial", "Kelurahan Kalukku", NULL
};

enum { K_MAMUJU = 0 };

static const kecamatan kecamatans[] = {
	{ "Mamuju", 70, 36, 7, { 75, 12, 10, 3 }, mamuju_offices },
	{ "Simboro", 30, 16, 3, { 75, 12, 10, 3 }, simboro_offices },
	{ "Kalukku", 60, 32, 6, { 68, 8, 19, 5 }, kalukku_offices },
	{ "Papalang", 30, 16, 3, { 70, 8, 18, 4 }, kecamatan_offices },
	{ "Sampaga", 17, 10, 2, { 72, 8, 16, 4 }, kecamatan_offices },
	{ "Tommo", 28, 16, 3, { 40, 10, 35, 15 }, kecamatan_offices },
	{ "Tapalang", 20, 12, 3, { 92, 3, 5, 0 }, kecamatan_offices },
	{ "Tapalang Barat", 10, 8, 2, { 92, 3, 5, 0 }, kecamatan_offices },
	{ "Balabalakang", 3, 4, 1, { 96, 0, 4, 0 }, kecamatan_offices },
	{ "Kalumpang", 12, 12, 3, { 22, 73, 5, 0 }, kecamatan_offices },
	{ "Bonehau", 9, 8, 2, { 25, 70, 5, 0 }, kecamatan_offices },
};
#define N_KECAMATAN N(kecamatans)

typedef struct {
	const char *name;
	int weight;             /* staff below the structural posts, per 10,000 */
	const char *head, *head_jenis;
	const char *secretary;  /* or NULL */
	const char *const *offices;
	const study *head_studies;
	size_t nhead_studies;
	const mix *mix;
	size_t nmix;
} opd;

static const char *const setda_offices[] = {
	"Bagian Pemerintahan", "Bagian Hukum", "Bagian Kesejahteraan Rakyat",
	"Bagian Perekonomian dan Sumber Daya Alam", "Bagian Administrasi Pembangunan",
	"Bagian Pengadaan Barang dan Jasa", "Bagian Organisasi", "Bagian Umum",
	"Bagian Protokol dan Komunikasi Pimpinan", NULL
};
static const char *const dprd_offices[] = {
	"Bagian Umum dan Keuangan", "Bagian Persidangan dan Perundang-Undangan",
	"Bagian Fasilitasi Penganggaran dan Pengawasan", NULL
};
static const char *const inspektorat_offices[] = {
	"Subbagian Umum dan Kepegawaian", "Subbagian Perencanaan dan Keuangan",
	"Inspektorat Pembantu Wilayah I", "Inspektorat Pembantu Wilayah II",
	"Inspektorat Pembantu Wilayah III", "Inspektorat Pembantu Wilayah IV", NULL
};
#define SUBBAGIAN "Subbagian Umum dan Kepegawaian", "Subbagian Perencanaan dan Keuangan"
static const char *const bappeda_offices[] = { SUBBAGIAN,
	"Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan",
	"Bidang Perekonomian dan Sumber Daya Alam",
	"Bidang Pemerintahan dan Pembangunan Manusia",
	"Bidang Infrastruktur dan Kewilayahan", NULL };
static const char *const bkpsdm_offices[] = { SUBBAGIAN,
	"Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian",
	"Bidang Mutasi dan Promosi", "Bidang Pengembangan Kompetensi Aparatur",
	"Bidang Penilaian Kinerja Aparatur dan Penghargaan", NULL };
static const char *const keuangan_offices[] = { SUBBAGIAN, "Bidang Anggaran",
	"Bidang Perbendaharaan", "Bidang Akuntansi dan Pelaporan", "Bidang Aset",
	"Bidang Pendapatan Daerah", NULL };
static const char *const pendidikan_offices[] = { SUBBAGIAN,
	"Bidang Pembinaan Sekolah Dasar", "Bidang Pembinaan Sekolah Menengah Pertama",
	"Bidang Pendidikan Anak Usia Dini dan Pendidikan Nonformal",
	"Bidang Pendidik dan Tenaga Kependidikan", "Bidang Kebudayaan", NULL };
static const char *const kesehatan_offices[] = { SUBBAGIAN, "Bidang Kesehatan Masyarakat",
	"Bidang Pencegahan dan Pengendalian Penyakit",
	"Bidang Pelayanan dan Sumber Daya Kesehatan", NULL };
static const char *const rsud_offices[] = { "Bagian Tata Usaha",
	"Bidang Pelayanan Medik dan Keperawatan", "Bidang Penunjang Medik dan Nonmedik", NULL };
static const char *const pupr_offices[] = { SUBBAGIAN, "Bidang Bina Marga",
	"Bidang Sumber Daya Air", "Bidang Cipta Karya", "Bidang Penataan Ruang", NULL };
static const char *const pertanian_offices[] = { SUBBAGIAN,
	"Bidang Tanaman Pangan dan Hortikultura", "Bidang Perkebunan",
	"Bidang Peternakan dan Kesehatan Hewan", "Bidang Prasarana dan Penyuluhan", NULL };
static const char *const perikanan_offices[] = { SUBBAGIAN, "Bidang Perikanan Tangkap",
	"Bidang Perikanan Budidaya", "Bidang Pengolahan dan Pemasaran Hasil Perikanan", NULL };
static const char *const sosial_offices[] = { SUBBAGIAN, "Bidang Rehabilitasi Sosial",
	"Bidang Perlindungan dan Jaminan Sosial", "Bidang Pemberdayaan Sosial", NULL };
static const char *const dukcapil_offices[] = { SUBBAGIAN,
	"Bidang Pelayanan Pendaftaran Penduduk", "Bidang Pelayanan Pencatatan Sipil",
	"Bidang Pengelolaan Informasi Administrasi Kependudukan", NULL };
static const char *const lingkungan_offices[] = { SUBBAGIAN, "Bidang Tata Lingkungan",
	"Bidang Pengelolaan Sampah dan Limbah B3",
	"Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan", NULL };
static const char *const perhubungan_offices[] = { SUBBAGIAN,
	"Bidang Lalu Lintas dan Angkutan Jalan", "Bidang Pelayaran",
	"Bidang Sarana dan Prasarana", NULL };
static const char *const satpol_offices[] = { SUBBAGIAN,
	"Bidang Penegakan Peraturan Daerah",
	"Bidang Ketertiban Umum dan Ketenteraman Masyarakat", "Bidang Perlindungan Masyarakat",
	NULL };
static const char *const ptsp_offices[] = { SUBBAGIAN, "Bidang Penanaman Modal",
	"Bidang Pelayanan Perizinan", "Bidang Pengaduan dan Informasi", NULL };
static const char *const kominfo_offices[] = { SUBBAGIAN,
	"Bidang Informasi dan Komunikasi Publik", "Bidang Aplikasi Informatika",
	"Bidang Statistik dan Persandian", NULL };
static const char *const kesbangpol_offices[] = { SUBBAGIAN,
	"Bidang Ideologi dan Wawasan Kebangsaan", "Bidang Politik dalam Negeri", NULL };
static const char *const bpbd_offices[] = { SUBBAGIAN,
	"Bidang Pencegahan dan Kesiapsiagaan", "Bidang Kedaruratan dan Logistik",
	"Bidang Rehabilitasi dan Rekonstruksi", NULL };
static const char *const pmd_offices[] = { SUBBAGIAN, "Bidang Pemerintahan Desa",
	"Bidang Pemberdayaan Masyarakat Desa", NULL };
static const char *const p3ap2kb_offices[] = { SUBBAGIAN,
	"Bidang Pengendalian Penduduk dan Keluarga Berencana",
	"Bidang Pemberdayaan Perempuan dan Perlindungan Anak", NULL };
static const char *const perdagangan_offices[] = { SUBBAGIAN, "Bidang Perdagangan",
	"Bidang Perindustrian", "Bidang Koperasi dan Usaha Mikro", NULL };
static const char *const pariwisata_offices[] = { SUBBAGIAN, "Bidang Pariwisata",
	"Bidang Kepemudaan dan Olahraga", NULL };
static const char *const perkim_offices[] = { SUBBAGIAN, "Bidang Perumahan",
	"Bidang Kawasan Permukiman", NULL };
static const char *const pangan_offices[] = { SUBBAGIAN,
	"Bidang Ketersediaan dan Distribusi Pangan",
	"Bidang Konsumsi dan Keamanan Pangan", NULL };
static const char *const perpustakaan_offices[] = { SUBBAGIAN, "Bidang Perpustakaan",
	"Bidang Kearsipan", NULL };

#define HEAD(st) (st), N(st)

/* Perangkat daerah of the regency (PP 18/2016); weights give the unit
 * sizes of a regency of some 300,000 people. */
static const opd opds[] = {
	{ "Sekretariat Daerah", 150, "Sekretaris Daerah", "jpt_pratama", NULL, setda_offices,
	  HEAD(st_pimpinan), MIX(mix_setda) },
	{ "Sekretariat DPRD", 70, "Sekretaris DPRD", "jpt_pratama", NULL, dprd_offices,
	  HEAD(st_pimpinan), MIX(mix_office) },
	{ "Inspektorat", 70, "Inspektur", "jpt_pratama", "Sekretaris Inspektorat",
	  inspektorat_offices, HEAD(st_pimpinan), MIX(mix_inspektorat) },
	{ "Badan Perencanaan Pembangunan Daerah", 60,
	  "Kepala Badan Perencanaan Pembangunan Daerah", "jpt_pratama",
	  "Sekretaris Badan Perencanaan Pembangunan Daerah", bappeda_offices,
	  HEAD(st_pimpinan), MIX(mix_bappeda) },
	{ "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", 60,
	  "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "jpt_pratama",
	  "Sekretaris Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", bkpsdm_offices,
	  HEAD(st_pimpinan), MIX(mix_bkpsdm) },
	{ "Badan Pengelolaan Keuangan dan Pendapatan Daerah", 110,
	  "Kepala Badan Pengelolaan Keuangan dan Pendapatan Daerah", "jpt_pratama",
	  "Sekretaris Badan Pengelolaan Keuangan dan Pendapatan Daerah", keuangan_offices,
	  HEAD(st_pimpinan), MIX(mix_keuangan) },
	{ "Dinas Pendidikan dan Kebudayaan", 3900, "Kepala Dinas Pendidikan dan Kebudayaan",
	  "jpt_pratama", "Sekretaris Dinas Pendidikan dan Kebudayaan", pendidikan_offices,
	  HEAD(st_pimpinan_pendidikan), MIX(mix_pendidikan) },
	{ "Dinas Kesehatan", 1830, "Kepala Dinas Kesehatan", "jpt_pratama",
	  "Sekretaris Dinas Kesehatan", kesehatan_offices, HEAD(st_pimpinan_kesehatan),
	  MIX(mix_kesehatan) },
	{ "RSUD Kabupaten Mamuju", 500, "Direktur RSUD Kabupaten Mamuju", "jpt_pratama", NULL,
	  rsud_offices, HEAD(st_direktur_rsud), MIX(mix_rsud) },
	{ "Dinas Pekerjaan Umum dan Penataan Ruang", 110,
	  "Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "jpt_pratama",
	  "Sekretaris Dinas Pekerjaan Umum dan Penataan Ruang", pupr_offices,
	  HEAD(st_pimpinan), MIX(mix_pupr) },
	{ "Dinas Pertanian", 220, "Kepala Dinas Pertanian", "jpt_pratama",
	  "Sekretaris Dinas Pertanian", pertanian_offices, HEAD(st_pimpinan), MIX(mix_pertanian) },
	{ "Dinas Perikanan", 60, "Kepala Dinas Perikanan", "jpt_pratama",
	  "Sekretaris Dinas Perikanan", perikanan_offices, HEAD(st_pimpinan), MIX(mix_perikanan) },
	{ "Dinas Sosial", 45, "Kepala Dinas Sosial", "jpt_pratama", "Sekretaris Dinas Sosial",
	  sosial_offices, HEAD(st_pimpinan), MIX(mix_sosial) },
	{ "Dinas Kependudukan dan Pencatatan Sipil", 50,
	  "Kepala Dinas Kependudukan dan Pencatatan Sipil", "jpt_pratama",
	  "Sekretaris Dinas Kependudukan dan Pencatatan Sipil", dukcapil_offices,
	  HEAD(st_pimpinan), MIX(mix_dukcapil) },
	{ "Dinas Lingkungan Hidup", 70, "Kepala Dinas Lingkungan Hidup", "jpt_pratama",
	  "Sekretaris Dinas Lingkungan Hidup", lingkungan_offices, HEAD(st_pimpinan),
	  MIX(mix_lingkungan) },
	{ "Dinas Perhubungan", 60, "Kepala Dinas Perhubungan", "jpt_pratama",
	  "Sekretaris Dinas Perhubungan", perhubungan_offices, HEAD(st_pimpinan),
	  MIX(mix_perhubungan) },
	{ "Satuan Polisi Pamong Praja", 110, "Kepala Satuan Polisi Pamong Praja", "jpt_pratama",
	  "Sekretaris Satuan Polisi Pamong Praja", satpol_offices, HEAD(st_pimpinan),
	  MIX(mix_satpol) },
	{ "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", 40,
	  "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "jpt_pratama",
	  "Sekretaris Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", ptsp_offices,
	  HEAD(st_pimpinan), MIX(mix_office) },
	{ "Dinas Komunikasi dan Informatika", 45, "Kepala Dinas Komunikasi dan Informatika",
	  "jpt_pratama", "Sekretaris Dinas Komunikasi dan Informatika", kominfo_offices,
	  HEAD(st_pimpinan), MIX(mix_kominfo) },
	{ "Badan Kesatuan Bangsa dan Politik", 25, "Kepala Badan Kesatuan Bangsa dan Politik",
	  "jpt_pratama", "Sekretaris Badan Kesatuan Bangsa dan Politik", kesbangpol_offices,
	  HEAD(st_pimpinan), MIX(mix_office) },
	{ "Badan Penanggulangan Bencana Daerah", 40,
	  "Kepala Pelaksana Badan Penanggulangan Bencana Daerah", "jpt_pratama",
	  "Sekretaris Badan Penanggulangan Bencana Daerah", bpbd_offices, HEAD(st_pimpinan),
	  MIX(mix_office) },
	{ "Dinas Pemberdayaan Masyarakat dan Desa", 35,
	  "Kepala Dinas Pemberdayaan Masyarakat dan Desa", "jpt_pratama",
	  "Sekretaris Dinas Pemberdayaan Masyarakat dan Desa", pmd_offices, HEAD(st_pimpinan),
	  MIX(mix_office) },
	{ "Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan "
	  "Keluarga Berencana", 40,
	  "Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan "
	  "Keluarga Berencana", "jpt_pratama",
	  "Sekretaris Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk "
	  "dan Keluarga Berencana", p3ap2kb_offices, HEAD(st_pimpinan), MIX(mix_office) },
	{ "Dinas Perdagangan, Perindustrian, Koperasi dan Usaha Mikro", 35,
	  "Kepala Dinas Perdagangan, Perindustrian, Koperasi dan Usaha Mikro", "jpt_pratama",
	  "Sekretaris Dinas Perdagangan, Perindustrian, Koperasi dan Usaha Mikro",
	  perdagangan_offices, HEAD(st_pimpinan), MIX(mix_office) },
	{ "Dinas Pariwisata, Kepemudaan dan Olahraga", 30,
	  "Kepala Dinas Pariwisata, Kepemudaan dan Olahraga", "jpt_pratama",
	  "Sekretaris Dinas Pariwisata, Kepemudaan dan Olahraga", pariwisata_offices,
	  HEAD(st_pimpinan), MIX(mix_office) },
	{ "Dinas Perumahan dan Kawasan Permukiman", 30,
	  "Kepala Dinas Perumahan dan Kawasan Permukiman", "jpt_pratama",
	  "Sekretaris Dinas Perumahan dan Kawasan Permukiman", perkim_offices, HEAD(st_pimpinan),
	  MIX(mix_pupr) },
	{ "Dinas Ketahanan Pangan", 30, "Kepala Dinas Ketahanan Pangan", "jpt_pratama",
	  "Sekretaris Dinas Ketahanan Pangan", pangan_offices, HEAD(st_pimpinan),
	  MIX(mix_office) },
	{ "Dinas Perpustakaan dan Kearsipan", 30, "Kepala Dinas Perpustakaan dan Kearsipan",
	  "jpt_pratama", "Sekretaris Dinas Perpustakaan dan Kearsipan", perpustakaan_offices,
	  HEAD(st_pimpinan), MIX(mix_perpustakaan) },
};
#define N_OPD N(opds)

/* Units that serve other units rather than the public, so no IKM survey
 * (Permenpan RB 14/2017 surveys public services). */
static const char *const internal_units[] = { "Sekretariat Daerah", "Sekretariat DPRD",
	"Inspektorat", "Badan Perencanaan Pembangunan Daerah", NULL };

/* Weights of the Kecamatan units, in the order of kecamatans[]. */
static const int kecamatan_unit_weight[] = { 45, 30, 40, 28, 22, 28, 25, 20, 15, 25, 20 };

/* A unit as the generator uses it: an OPD, or the office of a kecamatan. */
typedef struct {
	char name[160];
	int weight;
	int kecamatan;          /* LOKASI KERJA */
	const char *const *offices;
	const mix *mix;
	size_t nmix;
	int surveyed;           /* serves the public: in the IKM survey */
	const char *secretariat; /* the office above its subbagian, or NULL */
} unit;

typedef struct {
	char jabatan[192];
	const char *jenis;
	int eselon;
	char subunit[160];
	int unit;
	const study *studies;
	size_t nstudies;
} post;

/* ESELON ID / NAMA (BKN codes); I.a and I.b do not occur in a regency. */
enum { ES_NONE, ES_IIA, ES_IIB, ES_IIIA, ES_IIIB, ES_IVA, ES_IVB };
static const struct {
	const char *id, *name;
} eselons[] = {
	{ "", "" }, { "21", "II.a" }, { "22", "II.b" }, { "31", "III.a" }, { "32", "III.b" },
	{ "41", "IV.a" }, { "42", "IV.b" },
};

/* KEDUDUKAN HUKUM ID / NAMA and the canonical kedudukan.  PPPK Aktif has
 * no published ID; 71 is this generator's. */
enum { KD_AKTIF, KD_CLTN, KD_TUGAS_BELAJAR, KD_PEMBERHENTIAN_SEMENTARA, KD_MPP,
       KD_PENSIUN, KD_DIBERHENTIKAN, KD_PPPK_AKTIF };
static const struct {
	const char *id, *name, *slug;
} kedudukans[] = {
	{ "1", "Aktif", "aktif" },
	{ "2", "CLTN", "cltn" },
	{ "3", "Tugas Belajar", "tugas_belajar" },
	{ "4", "Pemberhentian Sementara", "pemberhentian_sementara" },
	{ "20", "Masa Persiapan Pensiun", "mpp" },
	{ "99", "Pensiun", "pensiun" },
	{ "66", "Diberhentikan", "diberhentikan" },
	{ "71", "PPPK Aktif", "aktif" },
};

/* Names.  Mandar and Bugis given names are often single or paired; Toraja
 * names take a family name; Balinese names carry the birth-order name. */
static const char *const sul_male[] = {
	"Muhammad", "Ahmad", "Abdul Rahman", "Arif", "Ridwan", "Hasanuddin", "Syamsuddin",
	"Jamaluddin", "Rahmat", "Irwan", "Hamzah", "Akbar", "Basri", "Darwis", "Firman",
	"Haeruddin", "Ilham", "Jufri", "Kamaruddin", "Lukman", "Mansyur", "Nasrullah", "Syahrir",
	"Taufik", "Usman", "Yusuf", "Zainal", "Amiruddin", "Baharuddin", "Suardi", "Muhlis",
	"Ramli", "Sofyan", "Herman", "Hendra", "Ansar", "Arman", "Rusdi", "Aswar", "Syarifuddin",
	"Mukhtar", "Asri", "Fadli", "Rizal", "Salman", "Wahyudin", "Burhanuddin", "Nurdin",
	"Abdul Kadir", "Muhammad Yusuf", "Muhammad Arif", "Andi Baso", "Amran", "Syahrul",
	"Rahmatullah", "Ikhsan", "Muhammad Fauzan", "Anwar", "Idham", "Tamrin",
};
static const char *const sul_female[] = {
	"Nurhayati", "Sitti Rahmah", "Nur Aisyah", "Hasnah", "Hasmawati", "Rahmawati",
	"Nurhidayah", "Suriani", "Rosmiati", "Hajrah", "Megawati", "Sumarni", "Nurjannah",
	"Fatmawati", "Hariani", "Irmawati", "Jumriah", "Kasmawati", "Marhumah", "Nurbaya",
	"Rahmatia", "Sahriani", "Wahidah", "Zulaikha", "Asriani", "Nurlina", "Mardiana",
	"Ernawati", "Darmawati", "Sitti Aminah", "Sitti Nurhaedah", "Nur Hikmah", "Andi Nurhayati",
	"Besse Sumiati", "Haslinda", "Musdalifah", "Nurul Fadhilah", "Risnawati", "Syamsiah",
	"Nurmiati", "Kartini", "Hastuti", "Sri Rahayu", "Yuliana", "Indrawati", "Rosdiana",
	"Nurfadillah", "Ramlah", "St. Maryam", "Andi Ratnasari", "Nur Annisa", "Mutmainnah",
	"Ayu Lestari", "Sri Wahyuni", "Fitriani", "Hasriani",
};
static const char *const sul_family[] = {
	"Syam", "Rahman", "Hamid", "Said", "Arsyad", "Latif", "Amir", "Kadir", "Saleh", "Tahir",
	"Yunus", "Ibrahim", "Mustafa", "Hasan", "Idris", "Malik", "Jafar", "Makmur", "Alwi",
	"Sanusi", "Ramli", "Rauf", "Basir", "Mappiasse", "Daud", "Sulaiman", "Hamzah", "Dahlan",
	"Djafar", "Patta", "Tammalele", "Hafid",
};
static const char *const toraja_male[] = {
	"Yohanis", "Daniel", "Markus", "Petrus", "Paulus", "Samuel", "Yakobus", "Simon",
	"Andarias", "Yulius", "Frans", "Agustinus", "Elias", "Benyamin", "Stefanus", "Lukas",
	"Matius", "Yonathan", "Ruben", "Yosef", "Demianus", "Aris", "Hendrik", "Kornelius",
};
static const char *const toraja_female[] = {
	"Maria", "Marta", "Yuliana", "Ester", "Debora", "Ribka", "Lidia", "Agustina", "Herlina",
	"Susanti", "Sarce", "Magdalena", "Ruth", "Yohana", "Selvi", "Oktaviani", "Rince",
	"Yuliani", "Naomi", "Elisabeth", "Meri", "Febriani",
};
static const char *const toraja_family[] = {
	"Paembonan", "Tandirerung", "Pasanda", "Rante", "Sampe", "Tandilino", "Parinding",
	"Pakiding", "Palimbong", "Sambara", "Tangdilintin", "Patandianan", "Rombe", "Lembang",
	"Tandiarrang", "Bua", "Tangkeallo", "Sarungallo", "Pabisangan", "Todingan", "Salu",
	"Mangopang",
};
static const char *const jawa_male[] = {
	"Sugiyanto", "Slamet Riyadi", "Agus Setiawan", "Budi Santoso", "Eko Prasetyo",
	"Joko Susilo", "Heru Purnomo", "Bambang Sutrisno", "Wahyudi", "Supriyadi", "Sutrisno",
	"Teguh Wibowo", "Dwi Haryanto", "Sunarto", "Suparman", "Tri Wahyono", "Agus Salim",
	"Puji Rahardjo", "Edi Susanto", "Widodo",
};
static const char *const jawa_female[] = {
	"Sri Wahyuni", "Siti Aminah", "Dwi Lestari", "Tri Handayani", "Endang Susilowati",
	"Rini Astuti", "Wulan Sari", "Sulastri", "Suprihatin", "Yuni Kartika", "Sri Mulyani",
	"Siti Fatimah", "Nining Suryani", "Eka Purwanti", "Retno Wulandari", "Sumiyati",
	"Sri Hartati", "Anik Setyowati",
};
static const char *const bali_order_male[] = { "I Wayan", "I Made", "I Nyoman", "I Ketut",
	"I Putu", "I Kadek", "I Komang", "I Gede" };
static const char *const bali_order_female[] = { "Ni Wayan", "Ni Made", "Ni Nyoman",
	"Ni Ketut", "Ni Putu", "Ni Kadek", "Ni Komang", "Ni Luh" };
static const char *const bali_male[] = { "Sudarsana", "Suartika", "Arsana", "Wirawan",
	"Putra Yasa", "Sukadana", "Widiana", "Adnyana", "Suarjana", "Mertayasa", "Darmawan" };
static const char *const bali_female[] = { "Sriani", "Suartini", "Ariani", "Sukarni",
	"Widiasih", "Puspawati", "Rusmini", "Sudiartini", "Kartini", "Ayu Lestari" };

static const char *const sul_birthplaces[] = {
	"Mamuju", "Mamuju", "Mamuju", "Majene", "Polewali", "Pinrang", "Makassar", "Parepare",
	"Bone", "Sidrap", "Sengkang", "Palu", "Pasangkayu", "Wonomulyo", "Campalagian",
};
static const char *const toraja_birthplaces[] = {
	"Kalumpang", "Bonehau", "Mamasa", "Rantepao", "Makale", "Mamuju", "Palopo", "Mambi",
};
static const char *const jawa_birthplaces[] = {
	"Klaten", "Boyolali", "Ngawi", "Banyuwangi", "Kediri", "Blitar", "Mamuju", "Tommo",
	"Kalukku", "Wonomulyo", "Sragen",
};
static const char *const bali_birthplaces[] = {
	"Tabanan", "Gianyar", "Buleleng", "Jembrana", "Karangasem", "Tommo", "Kalukku",
};

#define PICK_STR(r, a) ((a)[rng_below((r), N(a))])

static const char *const bulan[] = { "Januari", "Februari", "Maret", "April", "Mei", "Juni",
	"Juli", "Agustus", "September", "Oktober", "November", "Desember" };
static const char *const roman[] = { "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
	"X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII" };
static const char *const ahli_names[] = { "Ahli Pertama", "Ahli Muda", "Ahli Madya",
	"Ahli Utama" };
static const char *const ahli_jenis[] = { "fungsional_ahli_pertama", "fungsional_ahli_muda",
	"fungsional_ahli_madya", "fungsional_ahli_utama" };
static const char *const trampil_names[] = { "Pemula", "Terampil", "Mahir", "Penyelia" };
static const char *const trampil_jenis[] = { "fungsional_pemula", "fungsional_terampil",
	"fungsional_mahir", "fungsional_penyelia" };
/* Highest golongan of each jenjang. */
static const int ahli_top[] = { 9, 11, 14, 16 };
static const int trampil_top[] = { 5, 7, 9, 11 };

/* The faults of --faults: each at a fixed line of the file (header = 1);
 * those marked excel_only are Excel's and spoil only an --excel file. */
enum fault_kind {
	FAULT_NONE, FAULT_NAME_COMMA, FAULT_NIP_SHORT, FAULT_DATE_MONTH_NAME, FAULT_RAGGED,
	FAULT_DATE_IMPOSSIBLE, FAULT_DUPLICATE, FAULT_GENDER, FAULT_GOLONGAN, FAULT_NIP_SWAP,
	FAULT_AGE_15, FAULT_NIP_LETTER, FAULT_NIP_SCIENTIFIC, FAULT_NIP_15_DIGITS
};

static const struct {
	long line;
	enum fault_kind kind;
	int excel_only;
} faults[] = {
	{ 58, FAULT_NAME_COMMA, 0 },
	{ 613, FAULT_NIP_SHORT, 0 },
	{ 1207, FAULT_DATE_MONTH_NAME, 0 },
	{ 1510, FAULT_RAGGED, 0 },
	{ 1809, FAULT_DATE_IMPOSSIBLE, 0 },
	{ 2412, FAULT_DUPLICATE, 0 },
	{ 3016, FAULT_GENDER, 0 },
	{ 3318, FAULT_NIP_SCIENTIFIC, 1 },
	{ 3620, FAULT_GOLONGAN, 0 },
	{ 4223, FAULT_NIP_SWAP, 0 },
	{ 4827, FAULT_AGE_15, 0 },
	{ 5129, FAULT_NIP_15_DIGITS, 1 },
	{ 5431, FAULT_NIP_LETTER, 0 },
};

enum format { FORMAT_SIASN, FORMAT_CANONICAL };
enum only { ONLY_ALL, ONLY_PNS, ONLY_PPPK };
enum table { TABLE_PEGAWAI, TABLE_FORMASI, TABLE_SKP, TABLE_POTENSI, TABLE_PELATIHAN,
             TABLE_IKM };
static const char *const table_names[] = { "pegawai", "formasi", "skp", "potensi",
	"pelatihan", "ikm" };
enum date_style { DATE_DMY, DATE_DMY_SLASH };

typedef struct {
	uint64_t s;
} rng;

typedef struct {
	char nip[24];
	char nama[96];
	char gelar_depan[32];
	const char *gelar_belakang;
	const char *tempat_lahir;
	asn_date birth, tmt, tmt_golongan, tmt_jabatan, pensiun;
	char gender;              /* 'L' or 'P' */
	const char *agama;
	int pppk, cpns;
	int golongan_awal, golongan;
	const char *jenis_siasn;  /* Jabatan Struktural / Fungsional / Pelaksana */
	const char *jenis;        /* canonical jenis_jabatan */
	char jabatan[192];
	const char *bidang;
	const study *study;
	char subunit[160];
	const char *unit;
	int unit_index;
	const char *lokasi;
	long row;                 /* its index: the streams of the SIASN fields */
	const char *fam_name;     /* functional family, for JENJANG - NAMA */
	const char *jenjang;      /* Ahli Pertama ... Penyelia; NULL if none */
	int structural, eselon;
	int kedudukan;            /* index into kedudukans[] */
	int study_leave;          /* Aktif, but JABATAN NAMA PNS TUGAS BELAJAR */
} person;

typedef struct {
	long rows;
	uint64_t seed;
	enum format format;
	enum table table;
	enum date_style date_style;
	int faults;
	int excel;                /* an Excel re-save of the SIASN export */
	int columns;              /* of the SIASN export: 69, or 64/65 (older) */
	enum only only;
	char delimiter;
	const char *eol;
	asn_date as_of;
	long as_of_days;
	asn_config cfg;
	unit *units;
	size_t nunits;
	post *posts;
	size_t nposts;
	asn_date pppk_tmt[8];
	size_t npppk_tmt;
	uint16_t *serials;        /* [gender][days before as_of] */
	person previous;
	char special[5];          /* characters that make a field quoted */
} synth;

static uint64_t
rng_next(rng *r)
{
	uint64_t z = (r->s += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

static unsigned
rng_below(rng *r, size_t n)
{
	return (unsigned)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

static int
rng_percent(rng *r, int pct)
{
	return (int)rng_below(r, 100) < pct;
}

/* Each row and attempt has its own stream, so row k does not depend on the
 * rows before it (save the NIP serial) nor on --rows. */
static void
rng_seed(rng *r, uint64_t seed, long row, int attempt)
{
	r->s = seed * 0xD1B54A32D192ED03ULL ^ ((uint64_t)row << 8) ^ (uint64_t)attempt;
	rng_next(r);
	r->s ^= rng_next(r);
}

static size_t
pick_weighted(rng *r, const int *weights, size_t n, size_t stride)
{
	const char *p = (const char *)weights;
	long total = 0, x;
	size_t i;

	for (i = 0; i < n; i++)
		total += *(const int *)(p + i * stride);
	x = (long)rng_below(r, (size_t)total);
	for (i = 0; i + 1 < n; i++) {
		x -= *(const int *)(p + i * stride);
		if (x < 0)
			break;
	}
	return i;
}

#define PICK(r, a, n) pick_weighted((r), &(a)[0].weight, (n), sizeof((a)[0]))

#define USAGE_LINE \
	"usage: asn-synth [--rows N] [--seed S] [--format siasn|canonical] [--table T]\n" \
	"                 [--as-of YYYY-MM-DD] [--excel] [--only pns|pppk] [--columns 64|65|69]\n" \
	"                 [--date-style dmy|dmy-slash] [--crlf] [--faults] [-d C]\n"

static void
usage(void)
{
	fputs(USAGE_LINE, stderr);
	exit(2);
}

static void
help(void)
{
	printf(USAGE_LINE
	       "\n"
	       "Write a synthetic civil service of Kabupaten Mamuju (made-up people) as CSV\n"
	       "on stdout.  The same options give the same bytes on every machine.\n"
	       "\n"
	       "  -n, --rows N         employees to write (default 6000)\n"
	       "  -s, --seed S         seed of the generator, 0 or more (default 7604)\n"
	       "  -f, --format F       siasn: a SIASN \"Export Data ASN\" as regencies receive\n"
	       "                       it, 69 columns, '|', no quoting (default);\n"
	       "                       canonical: the pegawai table asn-import should make\n"
	       "                       of it\n"
	       "  -t, --table T        what to write about the employees of --rows, --seed\n"
	       "                       and --as-of:\n"
	       "                       pegawai    the employees themselves (default)\n"
	       "                       formasi    unit,jabatan,kebutuhan for asn-gap --needs\n"
	       "                       skp        nip,tahun,hasil_kerja,perilaku, two years\n"
	       "                       potensi    nip,nilai_potensi of those assessed\n"
	       "                       pelatihan  nip,tahun,jp, one row per course\n"
	       "                       ikm        an IKM survey, one respondent per 10\n"
	       "                                  employees, for asn-score --ikm\n"
	       "      --as-of DATE     reference date YYYY-MM-DD (default 2026-11-01): nobody\n"
	       "                       is past retirement age on it\n"
	       "      --excel          siasn only: the export after a re-save in Excel (BOM,\n"
	       "                       CR LF, ';', quoted where needed, D/M/YYYY dates, no\n"
	       "                       apostrophes, blank rows at the end)\n"
	       "      --only W         pegawai only: write only the pns (and CPNS) or only the\n"
	       "                       pppk of the --rows employees, as SIASN delivers them\n"
	       "      --columns N      siasn only: 69 (default), or the older 64 or 65\n"
	       "      --date-style S   siasn dates as dmy (DD-MM-YYYY, default) or\n"
	       "                       dmy-slash (DD/MM/YYYY); not with --excel\n"
	       "      --crlf           end lines with CR LF, as a spreadsheet saves CSV\n"
	       "      --faults         siasn only: spoil about 10 rows at fixed lines (see\n"
	       "                       examples/mamuju/README.md)\n"
	       "  -d, --delimiter C    field delimiter, one character or \"tab\" (default |\n"
	       "                       for siasn, ; for --excel, , otherwise)\n"
	       "  -h, --help           show this help\n");
	exit(0);
}

static long
number_arg(const char *s, const char *name, long min, long max)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (end == s || *end != '\0' || errno == ERANGE || v < min || v > max)
		errx(2, "invalid value '%s' for --%s: expected an integer %ld-%ld", s, name,
		     min, max);
	return v;
}

static char
delimiter_arg(const char *s)
{
	if (strcmp(s, "tab") == 0 || strcmp(s, "\\t") == 0)
		return '\t';
	if (strlen(s) != 1 || *s == '"' || *s == '\r' || *s == '\n')
		errx(2, "invalid value '%s' for --delimiter: expected one character other than "
		     "a quote or a line end", s);
	return *s;
}

static asn_date
add_days(asn_date d, long days)
{
	return asn_date_from_days(asn_date_to_days(d) + days);
}

static asn_date
add_years(asn_date d, int years)
{
	asn_date r = { d.year + years, d.month, d.day };

	if (!asn_date_valid(r.year, r.month, r.day))
		r.day = 28;
	return r;
}

static asn_date
add_months(asn_date d, int months)
{
	int m = d.year * 12 + (d.month - 1) + months;
	asn_date r = { m / 12, m % 12 + 1, d.day };

	if (!asn_date_valid(r.year, r.month, r.day))
		r.day = asn_date_days_in_month(r.year, r.month);
	return r;
}

static int
months_between(asn_date from, asn_date to)
{
	return (to.year - from.year) * 12 + (to.month - from.month);
}

static int
is_keahlian(const char *level)
{
	return strcmp(level, "S1") == 0 || strcmp(level, "D4") == 0 ||
	    strcmp(level, "S2") == 0 || strcmp(level, "S3") == 0;
}

/* Highest golongan by regular promotion for an education level (PP 99/2000
 * as amended by PP 12/2002). */
static int
pelaksana_top(const char *level)
{
	static const struct {
		const char *level;
		int top;
	} tops[] = {
		{ "SD", 4 }, { "SMP", 6 }, { "SMA", 9 }, { "D1", 9 }, { "D2", 9 },
		{ "D3", 10 }, { "D4", 11 }, { "S1", 11 }, { "S2", 12 }, { "S3", 13 },
	};
	size_t i;

	for (i = 0; i < N(tops); i++)
		if (strcmp(tops[i].level, level) == 0)
			return tops[i].top;
	return 9;
}

/* Entry golongan of PPPK by education: SD I, SMP IV, SMA/D1 V, D2 VI,
 * D3 VII, S1/D4 IX, S2 X, S3 XI. */
static int
pppk_golongan(const char *level)
{
	static const struct {
		const char *level;
		int golongan;
	} base[] = {
		{ "SD", 1 }, { "SMP", 4 }, { "SMA", 5 }, { "D1", 5 }, { "D2", 6 },
		{ "D3", 7 }, { "D4", 9 }, { "S1", 9 }, { "S2", 10 }, { "S3", 11 },
	};
	size_t i;

	for (i = 0; i < N(base); i++)
		if (strcmp(base[i].level, level) == 0)
			return base[i].golongan;
	return 5;
}

static int
entry_age_min(const char *level)
{
	if (strcmp(level, "S2") == 0 || strcmp(level, "S3") == 0)
		return 25;
	if (is_keahlian(level))
		return 22;
	if (strcmp(level, "D3") == 0)
		return 21;
	if (strcmp(level, "D1") == 0 || strcmp(level, "D2") == 0)
		return 20;
	return 19;
}

static int
entry_age_max(const char *level)
{
	if (is_keahlian(level))
		return 35;
	if (strcmp(level, "D3") == 0)
		return 33;
	return 30;
}

static void
golongan_name(const person *p, int g, char *buf, size_t size)
{
	static const char *const ruang = "abcde";

	if (p->pppk)
		snprintf(buf, size, "%s", roman[g - 1]);
	else if (g < 4)
		snprintf(buf, size, "I/%c", ruang[g]);
	else
		snprintf(buf, size, "%s/%c", roman[(g - 4) / 4 + 1], ruang[(g - 4) % 4]);
}

/* Age profile of a regency's ASN at the reference date: PNS heavy in their
 * fifties (the recruitment waves of the 1980s and 1990s), PPPK in their
 * thirties and forties (long-serving honorer appointed 2022-2025). */
static const struct {
	int from, to;
	int pns, pppk;
} age_bands[] = {
	{ 19, 24, 8, 4 },
	{ 25, 29, 55, 60 },
	{ 30, 34, 90, 170 },
	{ 35, 39, 105, 220 },
	{ 40, 44, 120, 210 },
	{ 45, 49, 140, 170 },
	{ 50, 54, 180, 110 },
	{ 55, 59, 190, 50 },
};

static int
sample_age(rng *r, int pppk)
{
	long total = 0, x;
	size_t i;

	for (i = 0; i < N(age_bands); i++)
		total += pppk ? age_bands[i].pppk : age_bands[i].pns;
	x = (long)rng_below(r, (size_t)total);
	for (i = 0; i + 1 < N(age_bands); i++) {
		x -= pppk ? age_bands[i].pppk : age_bands[i].pns;
		if (x < 0)
			break;
	}
	return age_bands[i].from +
	    (int)rng_below(r, (size_t)(age_bands[i].to - age_bands[i].from + 1));
}

static asn_date
birth_for_age(const synth *s, rng *r, int age)
{
	asn_date birthday = add_years(s->as_of, -age);

	return add_days(birthday, -1 - (long)rng_below(r, 364));
}

static const study *
pick_study(rng *r, const study *studies, size_t n, int age, const person *p)
{
	long total = 0, x;
	size_t i;
	int ok[32];

	if (n > N(ok))
		n = N(ok);
	for (i = 0; i < n; i++) {
		const study *st = &studies[i];

		ok[i] = age >= st->min_age &&
		    !((st->flags & S_PNS_ONLY) && p->pppk) &&
		    !((st->flags & S_ISLAM) && strcmp(p->agama, "Islam") != 0) &&
		    !((st->flags & S_KRISTEN) && strcmp(p->agama, "Kristen") != 0 &&
		      strcmp(p->agama, "Katholik") != 0);
		if (ok[i])
			total += st->weight;
	}
	if (total == 0)
		return NULL;
	x = (long)rng_below(r, (size_t)total);
	for (i = 0; i < n; i++) {
		if (!ok[i])
			continue;
		x -= studies[i].weight;
		if (x < 0)
			break;
	}
	return &studies[i < n ? i : n - 1];
}

static int
pick_kecamatan(rng *r, enum place place)
{
	long total = 0, x;
	size_t i;
	int w;

	for (i = 0; i < N_KECAMATAN; i++)
		total += place == AT_SD ? kecamatans[i].sd :
		    place == AT_SMP ? kecamatans[i].smp : kecamatans[i].population;
	x = (long)rng_below(r, (size_t)total);
	for (i = 0; i + 1 < N_KECAMATAN; i++) {
		w = place == AT_SD ? kecamatans[i].sd :
		    place == AT_SMP ? kecamatans[i].smp : kecamatans[i].population;
		x -= w;
		if (x < 0)
			break;
	}
	return (int)i;
}

static size_t
count_strings(const char *const *list)
{
	size_t n = 0;

	while (list[n] != NULL)
		n++;
	return n;
}

/* Origin, religion, name and birthplace of a person working in kecamatan k. */
static void
make_identity(rng *r, person *p, int k)
{
	const kecamatan *kec = &kecamatans[k];
	int female = p->gender == 'P';
	size_t o = pick_weighted(r, kec->origin, N_ORIGINS, sizeof(int));
	const char *first, *family = NULL;

	switch (o) {
	case O_SULAWESI:
		p->agama = "Islam";
		first = female ? PICK_STR(r, sul_female) : PICK_STR(r, sul_male);
		if (rng_percent(r, female ? 8 : 10) && strncmp(first, "Andi ", 5) != 0)
			snprintf(p->nama, sizeof p->nama, "Andi %s", first);
		else
			snprintf(p->nama, sizeof p->nama, "%s", first);
		if (strchr(first, ' ') == NULL && rng_percent(r, female ? 35 : 55))
			family = PICK_STR(r, sul_family);
		p->tempat_lahir = rng_percent(r, 40) ? kec->name : PICK_STR(r, sul_birthplaces);
		break;
	case O_TORAJA:
		p->agama = rng_percent(r, 85) ? "Kristen" : "Katholik";
		first = female ? PICK_STR(r, toraja_female) : PICK_STR(r, toraja_male);
		snprintf(p->nama, sizeof p->nama, "%s", first);
		family = PICK_STR(r, toraja_family);
		p->tempat_lahir = rng_percent(r, 35) ? kec->name : PICK_STR(r, toraja_birthplaces);
		break;
	case O_JAWA:
		p->agama = rng_percent(r, 92) ? "Islam" :
		    rng_percent(r, 75) ? "Kristen" : "Katholik";
		first = female ? PICK_STR(r, jawa_female) : PICK_STR(r, jawa_male);
		snprintf(p->nama, sizeof p->nama, "%s", first);
		p->tempat_lahir = PICK_STR(r, jawa_birthplaces);
		break;
	default:
		p->agama = "Hindu";
		first = female ? PICK_STR(r, bali_order_female) : PICK_STR(r, bali_order_male);
		snprintf(p->nama, sizeof p->nama, "%s", first);
		family = female ? PICK_STR(r, bali_female) : PICK_STR(r, bali_male);
		p->tempat_lahir = PICK_STR(r, bali_birthplaces);
		break;
	}
	if (family != NULL) {
		size_t len = strlen(p->nama);

		snprintf(p->nama + len, sizeof p->nama - len, " %s", family);
	}
}

/* Titles: a professional title in front (dr., apt.), Drs./Dra. or Ir. for
 * degrees before the 1993 reform, H./Hj. after the hajj. */
static void
make_titles(const synth *s, rng *r, person *p)
{
	const study *st = p->study;
	int old = p->birth.year <= 1969 && !p->pppk;
	int hajj_age = asn_date_age(p->birth, s->as_of) >= 40;
	char *b = p->gelar_depan;
	size_t size = sizeof p->gelar_depan;
	int n = 0;

	b[0] = '\0';
	p->gelar_belakang = st->gelar;
	if (st->front != NULL)
		n += snprintf(b + n, size - (size_t)n, "%s", st->front);
	else if (old && (st->flags & S_DRS) && rng_percent(r, 70)) {
		n += snprintf(b + n, size - (size_t)n, "%s", p->gender == 'P' ? "Dra." : "Drs.");
		p->gelar_belakang = st->old_gelar;
	} else if (old && (st->flags & S_IR) && rng_percent(r, 70)) {
		n += snprintf(b + n, size - (size_t)n, "Ir.");
		p->gelar_belakang = st->old_gelar;
	}
	if (strcmp(p->agama, "Islam") == 0 && hajj_age && rng_percent(r, 14))
		snprintf(b + n, size - (size_t)n, "%s%s", n ? " " : "",
		         p->gender == 'P' ? "Hj." : "H.");
	if (p->gelar_belakang == NULL)
		p->gelar_belakang = "";
}

/* Posts of the Sekretariat Daerah beside its head and bagian. */
static const char *const setda_deputies[] = {
	"Asisten Pemerintahan dan Kesejahteraan Rakyat",
	"Asisten Perekonomian dan Pembangunan",
	"Asisten Administrasi Umum",
	"Staf Ahli Bupati Bidang Pemerintahan, Hukum dan Politik",
	"Staf Ahli Bupati Bidang Ekonomi, Keuangan dan Pembangunan",
	"Staf Ahli Bupati Bidang Kemasyarakatan dan Sumber Daya Manusia",
	NULL
};

/* The eselon of a structural post (Permendagri 12/2017 and PP 18/2016 for a
 * kabupaten): Sekretaris Daerah II.a, the other JPT pratama II.b, Sekretaris
 * Kecamatan III.b, the other administrators III.a, pengawas IV.a. */
static int
eselon_of(const char *jenis, const char *jabatan)
{
	if (strcmp(jenis, "jpt_pratama") == 0)
		return strcmp(jabatan, "Sekretaris Daerah") == 0 ? ES_IIA : ES_IIB;
	if (strcmp(jenis, "administrator") == 0)
		return strncmp(jabatan, "Sekretaris Kecamatan ", 21) == 0 ? ES_IIIB : ES_IIIA;
	if (strcmp(jenis, "pengawas") == 0)
		return ES_IVA;
	return ES_NONE;
}

static void
add_post(synth *s, size_t unit_index, const char *jabatan, const char *jenis,
         const char *subunit, const study *studies, size_t nstudies)
{
	post *p = &s->posts[s->nposts++];

	snprintf(p->jabatan, sizeof p->jabatan, "%s", jabatan);
	snprintf(p->subunit, sizeof p->subunit, "%s", subunit);
	p->jenis = jenis;
	p->eselon = eselon_of(jenis, jabatan);
	p->unit = (int)unit_index;
	p->studies = studies;
	p->nstudies = nstudies;
}

/* The structural head of an office, from its name (PP 18/2016). */
static const char *
office_head(const char *office, char *buf, size_t size)
{
	static const struct {
		const char *prefix, *title, *jenis;
		int keep_prefix;
	} heads[] = {
		{ "Bidang ", "Kepala ", "administrator", 1 },
		{ "Bagian ", "Kepala ", "administrator", 1 },
		{ "Subbagian ", "Kepala ", "pengawas", 1 },
		{ "Seksi ", "Kepala ", "pengawas", 1 },
		{ "Kelurahan ", "Lurah ", "pengawas", 0 },
		{ "Inspektorat Pembantu ", "Inspektur Pembantu ", "administrator", 0 },
	};
	size_t i, n;

	for (i = 0; i < N(heads); i++) {
		n = strlen(heads[i].prefix);
		if (strncmp(office, heads[i].prefix, n) == 0) {
			snprintf(buf, size, "%s%s", heads[i].title,
			         heads[i].keep_prefix ? office : office + n);
			return heads[i].jenis;
		}
	}
	return NULL;
}

static void
add_office_posts(synth *s, size_t u, const study *studies, size_t nstudies)
{
	const char *const *o;
	const char *jenis;
	char jabatan[192];

	for (o = s->units[u].offices; *o != NULL; o++)
		if ((jenis = office_head(*o, jabatan, sizeof jabatan)) != NULL)
			add_post(s, u, jabatan, jenis, *o, studies, nstudies);
}

static int
serves_public(const char *name)
{
	const char *const *u;

	for (u = internal_units; *u != NULL; u++)
		if (strcmp(name, *u) == 0)
			return 0;
	return 1;
}

static void
build_units(synth *s)
{
	size_t i, k, u, max_posts = 0;
	const char *const *d;
	char jabatan[192];

	s->nunits = N_OPD + N_KECAMATAN;
	s->units = calloc(s->nunits, sizeof(*s->units));
	if (s->units == NULL)
		err(3, NULL);
	for (i = 0; i < N_OPD; i++) {
		unit *un = &s->units[i];

		snprintf(un->name, sizeof un->name, "%s", opds[i].name);
		un->weight = opds[i].weight;
		un->kecamatan = K_MAMUJU;
		un->offices = opds[i].offices;
		un->mix = opds[i].mix;
		un->nmix = opds[i].nmix;
		un->surveyed = serves_public(un->name);
		un->secretariat = opds[i].secretary != NULL ? "Sekretariat" : NULL;
		max_posts += 2 + count_strings(un->offices);
	}
	for (k = 0; k < N_KECAMATAN; k++) {
		unit *un = &s->units[N_OPD + k];

		snprintf(un->name, sizeof un->name, "Kecamatan %s", kecamatans[k].name);
		un->weight = kecamatan_unit_weight[k];
		un->kecamatan = (int)k;
		un->offices = kecamatans[k].offices;
		un->mix = mix_kecamatan;
		un->nmix = N(mix_kecamatan);
		un->surveyed = 1;
		un->secretariat = "Sekretariat Kecamatan";
		max_posts += 2 + count_strings(un->offices);
	}
	max_posts += count_strings(setda_deputies);

	s->posts = calloc(max_posts, sizeof(*s->posts));
	if (s->posts == NULL)
		err(3, NULL);
	for (i = 0; i < N_OPD; i++) {
		const opd *o = &opds[i];
		const study *st = o->head_studies;
		size_t nst = o->nhead_studies;

		add_post(s, i, o->head, o->head_jenis, o->name, st, nst);
		if (st == st_direktur_rsud) {
			st = st_pimpinan_kesehatan;
			nst = N(st_pimpinan_kesehatan);
		}
		if (i == 0)
			for (d = setda_deputies; *d != NULL; d++)
				add_post(s, i, *d, "jpt_pratama", o->name, st, nst);
		if (o->secretary != NULL)
			add_post(s, i, o->secretary, "administrator", "Sekretariat", st, nst);
		add_office_posts(s, i, st, nst);
	}
	for (k = 0; k < N_KECAMATAN; k++) {
		u = N_OPD + k;
		snprintf(jabatan, sizeof jabatan, "Camat %s", kecamatans[k].name);
		add_post(s, u, jabatan, "administrator", s->units[u].name, STUDIES(st_pimpinan));
		snprintf(jabatan, sizeof jabatan, "Sekretaris Kecamatan %s", kecamatans[k].name);
		add_post(s, u, jabatan, "administrator", "Sekretariat Kecamatan",
		         STUDIES(st_pimpinan));
		add_office_posts(s, u, STUDIES(st_pimpinan));
	}
}

/* Years from entry rank to golongan g: about four a step, eight above
 * IV/a where a promotion needs more credit points. */
static int
promotion_years(int entry, int g)
{
	int years = 0;

	for (; entry < g; entry++)
		years += entry < G_IVA ? 4 : 8;
	return years;
}

/* Date of reaching golongan g from the entry rank: a kenaikan pangkat
 * period (1 April or 1 October), not after as_of nor before TMT CPNS. */
static asn_date
promotion_date(const synth *s, asn_date tmt, int entry, int g)
{
	asn_date d = add_years(tmt, promotion_years(entry, g));

	if (d.month <= 4)
		d.month = 4;
	else if (d.month <= 10)
		d.month = 10;
	else {
		d.year++;
		d.month = 4;
	}
	d.day = 1;
	while (asn_date_cmp(d, s->as_of) > 0)
		d = add_months(d, -6);
	return asn_date_cmp(d, tmt) > 0 ? d : tmt;
}

static int
appoint_pns(const synth *s, rng *r, person *p, int age)
{
	const char *level = p->study->level;
	int lo = entry_age_min(level), hi = entry_age_max(level), entry;

	if (hi > age)
		hi = age;
	if (lo > hi)
		return -1;
	entry = lo + (int)rng_below(r, (size_t)(hi - lo + 1));
	p->tmt = asn_date_first_of_next_month(add_days(add_years(p->birth, entry),
	                                               (long)rng_below(r, 365)));
	if (asn_date_cmp(p->tmt, s->as_of) > 0)
		return -1;
	/* CPNS during the one-year masa percobaan (PP 11/2017) */
	p->cpns = asn_date_cmp(add_years(p->tmt, 1), s->as_of) > 0;
	return 0;
}

static int
appoint_pppk(const synth *s, rng *r, person *p)
{
	p->tmt = s->pppk_tmt[rng_below(r, s->npppk_tmt)];
	p->cpns = 0;
	return asn_date_age(p->birth, p->tmt) >= 20 ? 0 : -1;
}

static int
jenjang_top(int j, int keahlian)
{
	return keahlian ? ahli_top[j] : trampil_top[j];
}

static int
jenjang_of(int golongan, int keahlian)
{
	int j = 0;

	while (j < 3 && golongan > jenjang_top(j, keahlian))
		j++;
	return j;
}

static int
jenjang_bottom(int j, int keahlian)
{
	if (j == 0)
		return keahlian ? G_IIIA : G_IIA;
	return jenjang_top(j - 1, keahlian) + 1;
}

static void
set_fungsional(const family *fam, person *p, int keahlian, int j)
{
	p->fam_name = fam->name;
	p->jenjang = keahlian ? ahli_names[j] : trampil_names[j];
	snprintf(p->jabatan, sizeof p->jabatan, "%s %s", fam->name, p->jenjang);
	p->jenis = keahlian ? ahli_jenis[j] : trampil_jenis[j];
	p->jenis_siasn = "Jabatan Fungsional";
}

static int
clamp(int v, int lo, int hi)
{
	return v < lo ? lo : v > hi ? hi : v;
}

/* Years of service give a promotion about every four years, up to the top
 * of the education level (pelaksana) or of the family's highest jenjang. */
static void
rank_pns(const synth *s, rng *r, const family *fam, person *p)
{
	const char *level = p->study->level;
	int entry = asn_rules_entry_golongan(level), steps = 0, months, g, j, top;
	int keahlian = is_keahlian(level);
	asn_date from;
	long span;

	if (!p->cpns) {
		months = months_between(p->tmt, s->as_of) + (int)rng_below(r, 37) - 18;
		steps = months > 0 ? months / 48 : 0;
	}
	g = entry + steps;
	/* above IV/a a promotion needs more credit points: about eight years */
	if (g > G_IVA)
		g = G_IVA + (g - G_IVA) / 2;
	if (fam->pelaksana) {
		top = pelaksana_top(level);
		if (g > top)
			g = top > entry ? top : entry;
	} else {
		top = jenjang_top(keahlian ? fam->ahli_max : fam->trampil_max, keahlian);
		if (g > top)
			g = top > entry ? top : entry;
	}
	p->golongan_awal = entry;
	p->golongan = g;
	p->tmt_golongan = promotion_date(s, p->tmt, entry, g);

	if (fam->pelaksana) {
		snprintf(p->jabatan, sizeof p->jabatan, "%s", fam->name);
		p->jenis = "pelaksana";
		p->jenis_siasn = "Jabatan Pelaksana";
		from = add_years(s->as_of, -8);
		if (asn_date_cmp(from, p->tmt) < 0)
			from = p->tmt;
		span = asn_date_to_days(s->as_of) - asn_date_to_days(from);
		p->tmt_jabatan = add_days(from, (long)rng_below(r, (size_t)span + 1));
		p->tmt_jabatan.day = 1;
		if (asn_date_cmp(p->tmt_jabatan, p->tmt) < 0)
			p->tmt_jabatan = p->tmt;
		return;
	}
	j = jenjang_of(g, keahlian);
	j = clamp(j, keahlian ? fam->ahli_min : fam->trampil_min,
	          keahlian ? fam->ahli_max : fam->trampil_max);
	set_fungsional(fam, p, keahlian, j);
	g = jenjang_bottom(j, keahlian);
	if (p->cpns)
		p->tmt_jabatan = p->tmt;
	else if (g > entry)
		p->tmt_jabatan = promotion_date(s, p->tmt, entry, g);
	else {
		p->tmt_jabatan = add_years(p->tmt, 1);
		if (asn_date_cmp(p->tmt_jabatan, s->as_of) > 0)
			p->tmt_jabatan = p->tmt;
	}
}

static void
rank_pppk(rng *r, const family *fam, person *p, int age)
{
	const char *level = p->study->level;
	int keahlian = is_keahlian(level), j, senior;

	p->golongan = pppk_golongan(level);
	p->tmt_golongan = p->tmt_jabatan = p->tmt;
	if (fam->pelaksana) {
		snprintf(p->jabatan, sizeof p->jabatan, "%s", fam->name);
		p->jenis = "pelaksana";
		p->jenis_siasn = "Jabatan Pelaksana";
	} else {
		senior = age >= 45 && rng_percent(r, 20);
		if (keahlian)
			j = clamp(senior, fam->ahli_min, fam->ahli_max);
		else
			j = clamp(strcmp(level, "D3") == 0 ? 1 + senior : senior,
			          fam->trampil_min, fam->trampil_max);
		if (j > (keahlian ? 0 : 1))
			p->golongan++;
		set_fungsional(fam, p, keahlian, j);
	}
	p->golongan_awal = p->golongan;
}

static int
retired(const synth *s, person *p)
{
	int bup = asn_rules_bup(&s->cfg, p->jenis, p->jabatan);

	p->pensiun = asn_rules_retirement_date(p->birth, bup);
	return asn_date_cmp(p->pensiun, s->as_of) <= 0;
}

static int
make_regular(const synth *s, rng *r, person *p)
{
	const unit *un = &s->units[PICK(r, s->units, s->nunits)];
	const mix *m = &un->mix[PICK(r, un->mix, un->nmix)];
	const family *fam = m->fam;
	int k = un->kecamatan, age, tries;

	p->unit = un->name;
	p->unit_index = (int)(un - s->units);
	switch (m->place) {
	case AT_OFFICE:
		snprintf(p->subunit, sizeof p->subunit, "%s",
		         un->offices[rng_below(r, count_strings(un->offices))]);
		break;
	case AT_FIXED:
		snprintf(p->subunit, sizeof p->subunit, "%s", m->subunit);
		break;
	case AT_KECAMATAN:
		k = pick_kecamatan(r, m->place);
		snprintf(p->subunit, sizeof p->subunit, "%s %s", m->subunit, kecamatans[k].name);
		break;
	case AT_SD:
	case AT_SMP:
		k = pick_kecamatan(r, m->place);
		snprintf(p->subunit, sizeof p->subunit, "%s Negeri %u %s",
		         m->place == AT_SD ? "SD" : "SMP",
		         1 + rng_below(r, (size_t)(m->place == AT_SD ? kecamatans[k].sd :
		                                   kecamatans[k].smp)),
		         kecamatans[k].name);
		break;
	}
	p->lokasi = kecamatans[k].name;
	p->bidang = fam->bidang;
	p->pppk = s->npppk_tmt > 0 && rng_percent(r, fam->pppk_pct);
	p->gender = rng_percent(r, fam->female_pct) ? 'P' : 'L';
	make_identity(r, p, k);
	for (tries = 0; tries < MAX_TRIES; tries++) {
		age = sample_age(r, p->pppk);
		if ((p->study = pick_study(r, fam->studies, fam->nstudies, age, p)) == NULL)
			continue;
		p->birth = birth_for_age(s, r, age);
		if (p->pppk) {
			if (appoint_pppk(s, r, p) != 0)
				continue;
			rank_pppk(r, fam, p, age);
		} else {
			if (appoint_pns(s, r, p, age) != 0)
				continue;
			rank_pns(s, r, fam, p);
		}
		if (retired(s, p))
			continue;
		make_titles(s, r, p);
		return 0;
	}
	return -1;
}

/* Structural posts: PNS only, older, golongan within the eselon's range
 * or one step below its lowest (PP 100/2000 as amended by PP 13/2002):
 * JPT pratama IV/b-IV/d, administrator III/d-IV/b, pengawas III/b-III/d. */
static int
make_structural(const synth *s, rng *r, const post *ps, person *p)
{
	const unit *un = &s->units[ps->unit];
	int jpt = strcmp(ps->jenis, "jpt_pratama") == 0;
	int admin = strcmp(ps->jenis, "administrator") == 0;
	int lo = jpt ? 45 : admin ? 38 : 32, hi = jpt ? 59 : 57;
	int glo = jpt ? G_IVB : admin ? G_IIID : G_IIIB;
	int ghi = jpt ? G_IVD : admin ? G_IVB : G_IIID;
	int age, entry, a, b, g, tries;

	p->unit = un->name;
	p->unit_index = ps->unit;
	snprintf(p->subunit, sizeof p->subunit, "%s", ps->subunit);
	snprintf(p->jabatan, sizeof p->jabatan, "%s", ps->jabatan);
	p->lokasi = kecamatans[un->kecamatan].name;
	p->jenis = ps->jenis;
	p->jenis_siasn = "Jabatan Struktural";
	p->structural = 1;
	p->eselon = ps->eselon;
	p->bidang = "administrasi";
	p->gender = rng_percent(r, 28) ? 'P' : 'L';
	make_identity(r, p, un->kecamatan);
	for (tries = 0; tries < MAX_TRIES; tries++) {
		a = (int)rng_below(r, (size_t)(hi - lo + 1));
		b = (int)rng_below(r, (size_t)(hi - lo + 1));
		age = lo + (a > b ? a : b);
		if ((p->study = pick_study(r, ps->studies, ps->nstudies, age, p)) == NULL)
			continue;
		p->birth = birth_for_age(s, r, age);
		if (appoint_pns(s, r, p, age) != 0 || p->cpns)
			continue;
		entry = asn_rules_entry_golongan(p->study->level);
		g = entry + months_between(p->tmt, s->as_of) / 48;
		g = clamp(g, glo, ghi);
		p->golongan_awal = entry;
		p->golongan = g;
		p->tmt_golongan = promotion_date(s, p->tmt, entry, g);
		p->tmt_jabatan = add_days(s->as_of, -30 - (long)rng_below(r, 2000));
		if (asn_date_cmp(p->tmt_jabatan, p->tmt_golongan) < 0)
			p->tmt_jabatan = p->tmt_golongan;
		if (retired(s, p))
			continue;
		make_titles(s, r, p);
		return 0;
	}
	return -1;
}

/* Rows whose slot falls on a step of nposts/DEFAULT_ROWS hold the
 * structural posts, so each DEFAULT_ROWS rows hold every post once. */
static int
make_person(const synth *s, long row, int attempt, person *p)
{
	long slot = row % DEFAULT_ROWS;
	long q = slot * (long)s->nposts / DEFAULT_ROWS;
	long q1 = (slot + 1) * (long)s->nposts / DEFAULT_ROWS;
	rng r;

	memset(p, 0, sizeof *p);
	rng_seed(&r, s->seed, row, attempt);
	if (q1 > q)
		return make_structural(s, &r, &s->posts[q], p);
	return make_regular(s, &r, p);
}

/* Serials count per (birth date, gender), which is stricter than the NIP
 * needs, so no two rows share a NIP and memory stays constant. */
static void
assign_nip(synth *s, person *p)
{
	int gender = p->gender == 'L' ? 1 : 2;
	long offset;
	uint16_t *count;

	for (;;) {
		offset = s->as_of_days - asn_date_to_days(p->birth);
		if (offset < 0 || offset >= MAX_AGE_DAYS)
			errx(3, "birth date out of range");
		count = &s->serials[(gender - 1) * MAX_AGE_DAYS + offset];
		if (*count < SERIAL_MAX)
			break;
		p->birth = add_days(p->birth, 1);
	}
	++*count;
	if (p->pppk)
		snprintf(p->nip, sizeof p->nip, "%04d%02d%02d%04d21%d%03u", p->birth.year % 10000,
		         p->birth.month % 100, p->birth.day % 100, p->tmt.year % 10000, gender,
		         (unsigned)*count);
	else
		snprintf(p->nip, sizeof p->nip, "%04d%02d%02d%04d%02d%d%03u", p->birth.year % 10000,
		         p->birth.month % 100, p->birth.day % 100, p->tmt.year % 10000,
		         p->tmt.month % 100, gender, (unsigned)*count);
	retired(s, p);
}

static enum fault_kind
fault_at(const synth *s, long line)
{
	size_t i;

	if (!s->faults)
		return FAULT_NONE;
	for (i = 0; i < N(faults); i++)
		if (faults[i].line == line && (s->excel || !faults[i].excel_only))
			return faults[i].kind;
	return FAULT_NONE;
}

/* Rows that can carry the fault: a gelar to move into the name, a PNS
 * golongan to spoil, birth-day digits that swap into another valid day. */
static int
fault_fits(enum fault_kind kind, const person *p, int attempt)
{
	int d = p->birth.day, swapped = d % 10 * 10 + d / 10;

	switch (kind) {
	case FAULT_NAME_COMMA:
		return *p->gelar_belakang != '\0' && *p->gelar_depan == '\0';
	case FAULT_GOLONGAN:
		return !p->pppk;
	case FAULT_NIP_SWAP:
		return swapped != d && swapped >= 1 && swapped <= 28 && p->birth.day < 28;
	case FAULT_AGE_15:
		return p->pppk || attempt > 100;
	default:
		return 1;
	}
}

static void
make_fifteen(synth *s, long row, person *p)
{
	rng r;

	rng_seed(&r, s->seed, row, 0xFF);
	p->birth = add_days(add_years(s->as_of, -15), -1 - (long)rng_below(&r, 300));
}

/* The 69 columns of SIASN's "Export Data ASN" (2024 on), in its order and
 * spelling; the older export has the first 64 or 65. */
enum {
	S_PNS_ID, S_NIP_BARU, S_NIP_LAMA, S_NAMA, S_GELAR_DEPAN, S_GELAR_BELAKANG,
	S_TEMPAT_LAHIR_ID, S_TEMPAT_LAHIR_NAMA, S_TANGGAL_LAHIR, S_JENIS_KELAMIN, S_AGAMA_ID,
	S_AGAMA_NAMA, S_JENIS_KAWIN_ID, S_JENIS_KAWIN_NAMA, S_NIK, S_NOMOR_HP, S_EMAIL,
	S_EMAIL_GOV, S_ALAMAT, S_NPWP, S_BPJS, S_JENIS_PEGAWAI_ID, S_JENIS_PEGAWAI_NAMA,
	S_KEDUDUKAN_ID, S_KEDUDUKAN_NAMA, S_STATUS, S_KARTU_ASN, S_NOMOR_SK_CPNS,
	S_TANGGAL_SK_CPNS, S_TMT_CPNS, S_NOMOR_SK_PNS, S_TANGGAL_SK_PNS, S_TMT_PNS,
	S_GOL_AWAL_ID, S_GOL_AWAL_NAMA, S_GOL_AKHIR_ID, S_GOL_AKHIR_NAMA, S_TMT_GOLONGAN,
	S_MK_TAHUN, S_MK_BULAN, S_JENIS_JABATAN_ID, S_JENIS_JABATAN_NAMA, S_JABATAN_ID,
	S_JABATAN_NAMA, S_TMT_JABATAN, S_TINGKAT_ID, S_TINGKAT_NAMA, S_PENDIDIKAN_ID,
	S_PENDIDIKAN_NAMA, S_TAHUN_LULUS, S_KPKN_ID, S_KPKN_NAMA, S_LOKASI_ID, S_LOKASI_NAMA,
	S_UNOR_ID, S_UNOR_NAMA, S_INSTANSI_INDUK_ID, S_INSTANSI_INDUK_NAMA, S_INSTANSI_KERJA_ID,
	S_INSTANSI_KERJA_NAMA, S_SATKER_INDUK_ID, S_SATKER_INDUK_NAMA, S_SATKER_KERJA_ID,
	S_SATKER_KERJA_NAMA, S_IS_VALID_NIK, S_NAMA_SEKOLAH, S_FLAG_IKD, S_ESELON_ID,
	S_ESELON_NAMA, N_SIASN
};

static const char *const siasn_header[N_SIASN] = {
	"PNS ID", "NIP BARU", "NIP LAMA", "NAMA", "GELAR DEPAN", "GELAR BELAKANG",
	"TEMPAT LAHIR ID", "TEMPAT LAHIR NAMA", "TANGGAL LAHIR", "JENIS KELAMIN", "AGAMA ID",
	"AGAMA NAMA", "JENIS KAWIN ID", "JENIS KAWIN NAMA", "NIK", "NOMOR HP", "EMAIL",
	"EMAIL GOV", "ALAMAT", "NPWP NOMOR", "BPJS", "JENIS PEGAWAI ID", "JENIS PEGAWAI NAMA",
	"KEDUDUKAN HUKUM ID", "KEDUDUKAN HUKUM NAMA", "STATUS CPNS PNS", "KARTU ASN VIRTUAL",
	"NOMOR SK CPNS", "TANGGAL SK CPNS", "TMT CPNS", "NOMOR SK PNS", "TANGGAL SK PNS",
	"TMT PNS", "GOL AWAL ID", "GOL AWAL NAMA", "GOL AKHIR ID", "GOL AKHIR NAMA",
	"TMT GOLONGAN", "MK TAHUN", "MK BULAN", "JENIS JABATAN ID", "JENIS JABATAN NAMA",
	"JABATAN ID", "JABATAN NAMA", "TMT JABATAN", "TINGKAT PENDIDIKAN ID",
	"TINGKAT PENDIDIKAN NAMA", "PENDIDIKAN ID", "PENDIDIKAN NAMA", "TAHUN LULUS", "KPKN ID",
	"KPKN NAMA", "LOKASI KERJA ID", "LOKASI KERJA NAMA", "UNOR ID", "UNOR NAMA",
	"INSTANSI INDUK ID", "INSTANSI INDUK NAMA", "INSTANSI KERJA ID", "INSTANSI KERJA NAMA",
	"SATUAN KERJA INDUK ID", "SATUAN KERJA INDUK NAMA", "SATUAN KERJA KERJA ID",
	"SATUAN KERJA KERJA NAMA", "IS VALID NIK", "NAMA SEKOLAH", "FLAG IKD", "ESELON ID",
	"ESELON NAMA"
};

static const char *const canonical_header[] = {
	"nip", "nama", "jenis_kelamin", "tanggal_lahir", "status", "golongan", "jenis_jabatan",
	"jabatan", "bidang", "unit", "pendidikan", "tmt_cpns", "tanggal_pensiun", "kedudukan",
	"subunit", "jurusan", "tmt_jabatan"
};
#define N_CANONICAL N(canonical_header)

enum { FIELD_SIZE = 384 };

typedef char field[FIELD_SIZE];

/* The root of every UNOR path, and the instansi. */
#define UNOR_ROOT "PEMERINTAH KAB. MAMUJU"
#define INSTANSI "Pemerintah Kab. Mamuju"

static void
put_field(const synth *s, const char *v, int first)
{
	if (!first)
		putchar(s->delimiter);
	if (v[strcspn(v, s->special)] == '\0') {
		fputs(v, stdout);
		return;
	}
	putchar('"');
	for (; *v != '\0'; v++) {
		if (*v == '"')
			putchar('"');
		putchar(*v);
	}
	putchar('"');
}

static void
put_record(const synth *s, const char *const *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		put_field(s, v[i], i == 0);
	fputs(s->eol, stdout);
}

static void
put_fields(const synth *s, field *f, size_t n)
{
	const char *v[N_CANONICAL];
	size_t i;

	for (i = 0; i < n; i++)
		v[i] = f[i];
	put_record(s, v, n);
}

static uint64_t
mix64(uint64_t z)
{
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

static uint64_t
text_hash(const char *t, uint64_t salt)
{
	uint64_t h = 14695981039346656037ULL ^ (salt * 0x9E3779B97F4A7C15ULL);

	for (; *t != '\0'; t++)
		h = (h ^ (unsigned char)*t) * 1099511628211ULL;
	return mix64(h);
}

/* A made-up reference id of a name, 32 hex digits like SIASN's GUIDs: the
 * same name has the same id in every row and every file. */
static void
guid_of(const char *name, char *buf)
{
	snprintf(buf, FIELD_SIZE, "%016" PRIX64 "%016" PRIX64, text_hash(name, 1),
	         text_hash(name, 2));
}

static void
upcase(char *t)
{
	for (; *t != '\0'; t++)
		*t = (char)toupper((unsigned char)*t);
}

static void
append(char *buf, const char *t)
{
	size_t n = strlen(buf);

	snprintf(buf + n, FIELD_SIZE - n, "%s", t);
}

static void
digits(rng *r, char *buf, int n)
{
	int i;

	for (i = 0; i < n; i++)
		buf[i] = (char)('0' + rng_below(r, 10));
	buf[n] = '\0';
}

enum date_form { DF_DASH, DF_SLASH, DF_SLASH_SHORT };

static void
format_date(enum date_form form, asn_date d, char *buf)
{
	if (form == DF_SLASH_SHORT)
		snprintf(buf, FIELD_SIZE, "%d/%d/%04d", d.day % 100, d.month % 100, d.year % 10000);
	else
		snprintf(buf, FIELD_SIZE, "%02d%c%02d%c%04d", d.day % 100, form == DF_DASH ? '-' : '/',
		         d.month % 100, form == DF_DASH ? '-' : '/', d.year % 10000);
}

/* BKN golongan ids: I/a 11 ... I/d 14, II/a 21 ... III/d 34, IV/a 41 ... IV/e 45;
 * PPPK golongan I ... XVII are 1 ... 17. */
static int
golongan_id(const person *p, int g)
{
	if (p->pppk)
		return g;
	if (g < 4)
		return 11 + g;
	if (g < 12)
		return 21 + (g - 4) / 4 * 10 + (g - 4) % 4;
	return 41 + (g - 12);
}

/* TINGKAT PENDIDIKAN of BKN.  Profesi counts as S1, Spesialis as S2 and
 * Subspesialis as S3 in the canonical pendidikan; the Kejuruan and
 * Keguruan SLTA as SMA. */
enum { T_SD, T_SLTP, T_SLTP_KEJURUAN, T_SLTA, T_SLTA_KEJURUAN, T_SLTA_KEGURUAN, T_D1, T_D2,
       T_D3, T_D4, T_S1, T_PROFESI, T_S2, T_SPESIALIS, T_SUBSPESIALIS, T_S3 };
static const struct {
	const char *id, *name;
} tingkats[] = {
	{ "05", "SD" }, { "10", "SLTP" }, { "12", "SLTP Kejuruan" }, { "15", "SLTA" },
	{ "17", "SLTA Kejuruan" }, { "18", "SLTA Keguruan" }, { "20", "Diploma I" },
	{ "25", "Diploma II" }, { "30", "Diploma III/Sarjana Muda" }, { "35", "Diploma IV" },
	{ "40", "S-1/Sarjana" }, { "42", "Profesi" }, { "45", "S-2" }, { "47", "Spesialis" },
	{ "49", "Subspesialis" }, { "50", "S-3/Doktor" },
};

static int
starts(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

static int
tingkat_of(const study *st)
{
	const char *l = st->level, *j = st->jurusan, *g = st->gelar != NULL ? st->gelar : "";

	if (strcmp(l, "SD") == 0)
		return T_SD;
	if (strcmp(l, "SMP") == 0)
		return T_SLTP;
	if (strcmp(l, "SMA") == 0)
		return starts(j, "SMK") || starts(j, "SPK") || starts(j, "SMF") || starts(j, "SMEA") ?
		    T_SLTA_KEJURUAN : starts(j, "SPG") ? T_SLTA_KEGURUAN : T_SLTA;
	if (strcmp(l, "D1") == 0)
		return T_D1;
	if (strcmp(l, "D2") == 0)
		return T_D2;
	if (strcmp(l, "D3") == 0)
		return T_D3;
	if (strcmp(l, "D4") == 0)
		return T_D4;
	if (strcmp(l, "S1") == 0)
		return st->front != NULL || starts(j, "Profesi") || strstr(g, "Ns.") != NULL ||
		    strstr(g, "Bd.") != NULL ? T_PROFESI : T_S1;
	if (strcmp(l, "S2") == 0)
		return starts(j, "Spesialis") ? T_SPESIALIS : T_S2;
	return starts(j, "Subspesialis") ? T_SUBSPESIALIS : T_S3;
}

/* Age at graduation, by tingkat. */
static const int graduation_age[] = { 12, 15, 15, 18, 18, 18, 19, 20, 21, 22, 22, 24, 25, 30,
	35, 30 };

static const char *const schools_sd[] = { "SD Negeri 1 Mamuju", "SD Inpres Rimuku",
	"SD Negeri 3 Kalukku", "SD Negeri 2 Majene" };
static const char *const schools_smp[] = { "SMP Negeri 1 Mamuju", "SMP Negeri 2 Kalukku",
	"SMP Negeri 1 Polewali" };
static const char *const schools_sma[] = { "SMA Negeri 1 Mamuju", "SMA Negeri 1 Kalukku",
	"SMK Negeri 1 Mamuju", "SMA Negeri 1 Majene", "SMA Negeri 1 Polewali",
	"SMA Negeri 2 Makassar" };
static const char *const schools_diploma[] = { "Poltekkes Kemenkes Mamuju",
	"Akademi Kebidanan Mamuju", "Politeknik Negeri Ujung Pandang", "STIKES Marendeng Majene",
	"Akademi Keperawatan Mamuju", "Poltekkes Kemenkes Makassar" };
static const char *const schools_university[] = { "Universitas Hasanuddin",
	"Universitas Negeri Makassar", "Universitas Tomakaka", "Universitas Muslim Indonesia",
	"Universitas Sulawesi Barat", "Universitas Muhammadiyah Makassar",
	"Universitas Islam Negeri Alauddin Makassar", "Universitas Gadjah Mada" };

static const char *
school_of(rng *r, int t)
{
	if (t <= T_SD)
		return PICK_STR(r, schools_sd);
	if (t <= T_SLTP_KEJURUAN)
		return PICK_STR(r, schools_smp);
	if (t <= T_SLTA_KEGURUAN)
		return PICK_STR(r, schools_sma);
	if (t <= T_D4)
		return PICK_STR(r, schools_diploma);
	return PICK_STR(r, schools_university);
}

static const char *const streets[] = { "Ahmad Yani", "Diponegoro", "Yos Sudarso", "Pattimura",
	"Sultan Hasanuddin", "Martadinata", "Andi Depu", "Soekarno-Hatta",
	"Abdul Malik Pattana Endeng", "Trans Sulawesi", "KS. Tubun", "Atiek Soetedja",
	"Kurungan Bassi", "Dr. Ratulangi", "Poros Mamuju-Kalukku" };
static const char *const housing[] = { "Griya Mamuju Permai", "Beringin Indah", "Puri Rimuku",
	"Taman Karema", "Bumi Tamalanrea Mamuju" };
static const char *const villages[] = { "Bambu", "Kasambang", "Tadui", "Botteng", "Sinyonyoi",
	"Beru-Beru", "Belang-Belang", "Pokkang", "Lumu", "Pasa'bu" };
static const char *const kelurahans[] = { "Binanga", "Karema", "Mamunyu", "Rimuku", "Simboro",
	"Kalukku" };
static const char *const hp_prefixes[] = { "0811", "0812", "0813", "0821", "0822", "0823",
	"0851", "0852", "0853", "0877", "0878", "0895", "0896", "0813", "0852", "0853" };

/* ALAMAT as people type it: a few hold quotes (Jl. "Poros"), a few a ';'. */
static void
make_alamat(rng *r, const person *p, char *buf)
{
	static const int weights[] = { 30, 6, 15, 20, 6, 23 };
	unsigned n = 1 + rng_below(r, 120);
	const char *kec = p->lokasi;

	const char *a, *b;
	unsigned x, y;

	/* one draw a statement: the order of a call's arguments is the
	 * compiler's, and the bytes must not depend on it */
	switch (pick_weighted(r, weights, N(weights), sizeof weights[0])) {
	case 0:
		a = PICK_STR(r, streets);
		snprintf(buf, FIELD_SIZE, "Jl. %s No. %u", a, n);
		break;
	case 1:
		snprintf(buf, FIELD_SIZE, "Jl. \"Poros\" Mamuju-%s No. %u",
		         strcmp(kec, "Mamuju") == 0 ? "Kalukku" : kec, n);
		break;
	case 2:
		a = PICK_STR(r, housing);
		x = rng_below(r, 8);
		snprintf(buf, FIELD_SIZE, "BTN %s Blok %c No. %u", a, (char)('A' + x), n % 40 + 1);
		break;
	case 3:
		a = PICK_STR(r, villages);
		b = PICK_STR(r, villages);
		snprintf(buf, FIELD_SIZE, "Dusun %s, Desa %s, Kec. %s", a, b, kec);
		break;
	case 4:
		a = PICK_STR(r, streets);
		x = 1 + rng_below(r, 9);
		y = 1 + rng_below(r, 5);
		snprintf(buf, FIELD_SIZE, "Jl. %s No. %u; RT %03u/RW %03u", a, n, x, y);
		break;
	default:
		a = PICK_STR(r, streets);
		x = 1 + rng_below(r, 6);
		b = PICK_STR(r, kelurahans);
		snprintf(buf, FIELD_SIZE, "Jl. %s Lr. %u No. %u, Kel. %s, Kec. Mamuju", a, x, n, b);
		break;
	}
}

/* name.surname of the name in lower case: first and last word of two
 * letters or more, or the one word and the year of birth. */
static void
make_mail_name(const person *p, int with_number, unsigned number, char *buf, size_t size)
{
	char words[6][32];
	const char *t = p->nama;
	size_t nw = 0, n;

	while (*t != '\0' && nw < N(words)) {
		while (*t != '\0' && !isalpha((unsigned char)*t))
			t++;
		for (n = 0; isalpha((unsigned char)t[n]); n++)
			;
		if (n >= 2 && n < sizeof words[0]) {
			size_t i;

			for (i = 0; i < n; i++)
				words[nw][i] = (char)tolower((unsigned char)t[i]);
			words[nw++][n] = '\0';
		}
		t += n;
	}
	if (nw == 0)
		snprintf(buf, size, "asn%02d", p->birth.year % 100);
	else if (nw == 1)
		snprintf(buf, size, "%s%02d", words[0], p->birth.year % 100);
	else if (with_number)
		snprintf(buf, size, "%s.%s%u", words[0], words[nw - 1], number);
	else
		snprintf(buf, size, "%s.%s", words[0], words[nw - 1]);
}

static int
kecamatan_index(const char *name)
{
	size_t k;

	for (k = 0; k < N_KECAMATAN; k++)
		if (kecamatans[k].name == name || strcmp(kecamatans[k].name, name) == 0)
			return (int)k;
	return 0;
}

/* UNOR NAMA: the path from the work unit up to the regency, in capitals.
 * A subbagian sits in the sekretariat of its unit. */
static void
unor_path(const synth *s, const person *p, char *buf)
{
	const unit *un = &s->units[p->unit_index];

	if (strcmp(p->subunit, p->unit) == 0)
		snprintf(buf, FIELD_SIZE, "%s - %s", p->unit, UNOR_ROOT);
	else if (starts(p->subunit, "Subbagian ") && un->secretariat != NULL)
		snprintf(buf, FIELD_SIZE, "%s - %s - %s - %s", p->subunit, un->secretariat, p->unit,
		         UNOR_ROOT);
	else
		snprintf(buf, FIELD_SIZE, "%s - %s - %s", p->subunit, p->unit, UNOR_ROOT);
	upcase(buf);
}

static const char *const agama_ids[][2] = { { "Islam", "1" }, { "Kristen", "2" },
	{ "Katholik", "3" }, { "Hindu", "4" }, { "Budha", "5" }, { "Konghucu", "6" } };

static const char *
agama_id(const char *agama)
{
	size_t i;

	for (i = 0; i < N(agama_ids); i++)
		if (strcmp(agama_ids[i][0], agama) == 0)
			return agama_ids[i][1];
	return "7";
}

/* JENIS KAWIN ID / NAMA of BKN, by age. */
static void
make_kawin(rng *r, const synth *s, const person *p, char *id, char *name)
{
	static const char *const names[] = { "", "Belum Kawin", "Menikah", "Cerai", "Janda",
		"Duda" };
	int age = asn_date_age(p->birth, s->as_of), single, k;

	single = age < 26 ? 60 : age <= 30 ? 30 : age <= 40 ? 10 : 4;
	if (rng_percent(r, single))
		k = 1;
	else if (age >= 45 && rng_percent(r, 5))
		k = p->gender == 'P' ? 4 : 5;
	else if (rng_percent(r, 2))
		k = 3;
	else
		k = 2;
	snprintf(id, FIELD_SIZE, "%d", k);
	snprintf(name, FIELD_SIZE, "%s", names[k]);
}

/* Each row's SIASN fields beyond the person come from streams of their own,
 * so the people stay the same whatever is written. */
enum { SALT_IDENTITY = 101, SALT_STYLE, SALT_KEDUDUKAN, SALT_EXCEL_END };

static void rng_seed_table(rng *r, const synth *s, int salt, long index);

static void
render_siasn(const synth *s, const person *p, field *f)
{
	int upper, jenjang_form, trailing, d3_short, short_dates, name_blank, t, k, m, female;
	enum date_form form;
	asn_date d, tmt_pns;
	char mail[64], *j;
	rng r, id;
	size_t c;

	for (c = 0; c < N_SIASN; c++)
		f[c][0] = '\0';
	rng_seed_table(&r, s, SALT_STYLE, p->row);
	upper = rng_percent(&r, 30);
	jenjang_form = rng_percent(&r, 85);
	trailing = rng_percent(&r, 3);
	d3_short = rng_percent(&r, 25);
	short_dates = rng_percent(&r, 40);
	name_blank = rng_percent(&r, 3);
	form = s->excel ? (short_dates ? DF_SLASH_SHORT : DF_SLASH) :
	    s->date_style == DATE_DMY_SLASH ? DF_SLASH : DF_DASH;
	female = p->gender == 'P';
	rng_seed_table(&id, s, SALT_IDENTITY, p->row);

	/* identity */
	{
		uint64_t a = rng_next(&id), b = rng_next(&id);

		if (!p->pppk && p->tmt.year < 2019)
			snprintf(f[S_PNS_ID], FIELD_SIZE, "%016" PRIX64 "%016" PRIX64, a, b);
		else
			snprintf(f[S_PNS_ID], FIELD_SIZE, "%08" PRIx64 "-%04" PRIx64 "-4%03" PRIx64
			         "-%04" PRIx64 "-%012" PRIx64, a >> 32, (a >> 16) & 0xffff, a & 0xfff,
			         ((b >> 48) & 0x3fff) | 0x8000, (uint64_t)(b & 0xffffffffffffULL));
	}
	snprintf(f[S_NIP_BARU], FIELD_SIZE, "%s", p->nip);
	if (!p->pppk && p->tmt.year < 2008)
		snprintf(f[S_NIP_LAMA], FIELD_SIZE, "%09u", 130000000u + rng_below(&id, 530000000));
	snprintf(f[S_NAMA], FIELD_SIZE, "%s%s", p->nama, s->excel && name_blank ? " " : "");
	snprintf(f[S_GELAR_DEPAN], FIELD_SIZE, "%s", p->gelar_depan);
	snprintf(f[S_GELAR_BELAKANG], FIELD_SIZE, "%s", p->gelar_belakang);
	snprintf(f[S_TEMPAT_LAHIR_ID], FIELD_SIZE, "%u",
	         (unsigned)(1000 + text_hash(p->tempat_lahir, 3) % 9000));
	snprintf(f[S_TEMPAT_LAHIR_NAMA], FIELD_SIZE, "%s", p->tempat_lahir);
	format_date(form, p->birth, f[S_TANGGAL_LAHIR]);
	snprintf(f[S_JENIS_KELAMIN], FIELD_SIZE, "%s", female ? "F" : "M");
	snprintf(f[S_AGAMA_ID], FIELD_SIZE, "%s", agama_id(p->agama));
	snprintf(f[S_AGAMA_NAMA], FIELD_SIZE, "%s", p->agama);
	make_kawin(&id, s, p, f[S_JENIS_KAWIN_ID], f[S_JENIS_KAWIN_NAMA]);
	{
		static const int elsewhere[] = { 1, 2, 3, 5, 6 };
		int kab = rng_percent(&id, 90) ? 4 : elsewhere[rng_below(&id, N(elsewhere))];
		int kec = kab == 4 ? 1 + kecamatan_index(p->lokasi) : 1 + (int)rng_below(&id, 12);

		snprintf(f[S_NIK], FIELD_SIZE, "76%02d%02d%02d%02d%02d%04u", kab, kec,
		         p->birth.day % 100 + (female ? 40 : 0), p->birth.month % 100,
		         p->birth.year % 100, 1 + rng_below(&id, 2999));
	}
	if (!rng_percent(&id, 4)) {
		snprintf(f[S_NOMOR_HP], FIELD_SIZE, "%s", PICK_STR(&id, hp_prefixes));
		digits(&id, f[S_NOMOR_HP] + 4, 7 + (int)rng_below(&id, 2));
	}
	k = rng_percent(&id, 20);
	m = 1 + (int)rng_below(&id, 99);
	make_mail_name(p, k, (unsigned)m, mail, sizeof mail);
	if (!rng_percent(&id, 7))
		snprintf(f[S_EMAIL], FIELD_SIZE, "%s@gmail.com", mail);
	if (rng_percent(&id, 12)) {
		make_mail_name(p, 0, 0, mail, sizeof mail);
		snprintf(f[S_EMAIL_GOV], FIELD_SIZE, "%s@mamujukab.go.id", mail);
	}
	make_alamat(&id, p, f[S_ALAMAT]);
	k = (int)rng_below(&id, 100);
	if (k >= 20)
		digits(&id, f[S_NPWP], 15);
	else if (k >= 10)
		memcpy(f[S_NPWP], f[S_NIK], FIELD_SIZE);
	if (!rng_percent(&id, 12)) {
		snprintf(f[S_BPJS], FIELD_SIZE, "000");
		digits(&id, f[S_BPJS] + 3, 10);
	}

	/* status */
	if (p->pppk) {
		snprintf(f[S_JENIS_PEGAWAI_ID], FIELD_SIZE, "71");
		snprintf(f[S_JENIS_PEGAWAI_NAMA], FIELD_SIZE, "PPPK");
	} else {
		k = (int)rng_below(&id, 1000);
		snprintf(f[S_JENIS_PEGAWAI_ID], FIELD_SIZE, "%s", k < 5 ? "16" : k < 8 ? "17" : "15");
		snprintf(f[S_JENIS_PEGAWAI_NAMA], FIELD_SIZE, "%s",
		         k < 5 ? "PNS Pusat DPK pada Kab./Kota" :
		         k < 8 ? "PNS Pusat DPB pada Kab./Kota" :
		         "PNS Daerah Kab./Kota yang bekerja pada Kab./Kota");
	}
	snprintf(f[S_KEDUDUKAN_ID], FIELD_SIZE, "%s", kedudukans[p->kedudukan].id);
	snprintf(f[S_KEDUDUKAN_NAMA], FIELD_SIZE, "%s", kedudukans[p->kedudukan].name);
	snprintf(f[S_STATUS], FIELD_SIZE, "%s", p->pppk ? "" : p->cpns ? "C" : "P");
	if (rng_percent(&id, 45))
		digits(&id, f[S_KARTU_ASN], 10);
	k = 1 + (int)rng_below(&id, 1999);
	if (p->pppk) {
		snprintf(f[S_NOMOR_SK_CPNS], FIELD_SIZE, "800.1.13.2/%03d/BKPSDM/%d", k, p->tmt.year);
		format_date(form, add_days(p->tmt, -10 - (long)rng_below(&id, 50)),
		            f[S_TANGGAL_SK_CPNS]);
		/* the appointment date, as asn-import keeps it in tmt_cpns (an empty
		 * TMT CPNS of a PPPK is in the hand-made fixtures) */
		format_date(form, p->tmt, f[S_TMT_CPNS]);
	} else {
		snprintf(f[S_NOMOR_SK_CPNS], FIELD_SIZE, "%s/%03d/%s/%d",
		         p->tmt.year < 2017 ? "813.2" : "800", k,
		         p->tmt.year < 2017 ? "BKD" : "BKPSDM", p->tmt.year);
		format_date(form, add_days(p->tmt, -15 - (long)rng_below(&id, 105)),
		            f[S_TANGGAL_SK_CPNS]);
		format_date(form, p->tmt, f[S_TMT_CPNS]);
	}
	if (!p->pppk && !p->cpns) {
		tmt_pns = add_months(p->tmt, 12 + (rng_percent(&id, 25) ? 12 : 0));
		if (asn_date_cmp(tmt_pns, s->as_of) > 0)
			tmt_pns = add_months(p->tmt, 12);
		k = 1 + (int)rng_below(&id, 1999);
		snprintf(f[S_NOMOR_SK_PNS], FIELD_SIZE, "821.13/%03d/%s/%d", k,
		         tmt_pns.year < 2017 ? "BKD" : "BKPSDM", tmt_pns.year);
		d = add_days(tmt_pns, (long)rng_below(&id, 90) - 20);
		format_date(form, asn_date_cmp(d, s->as_of) > 0 ? s->as_of : d, f[S_TANGGAL_SK_PNS]);
		format_date(form, tmt_pns, f[S_TMT_PNS]);
	}

	/* golongan */
	snprintf(f[S_GOL_AWAL_ID], FIELD_SIZE, "%d", golongan_id(p, p->golongan_awal));
	golongan_name(p, p->golongan_awal, f[S_GOL_AWAL_NAMA], FIELD_SIZE);
	snprintf(f[S_GOL_AKHIR_ID], FIELD_SIZE, "%d", golongan_id(p, p->golongan));
	golongan_name(p, p->golongan, f[S_GOL_AKHIR_NAMA], FIELD_SIZE);
	/* the entry rank dates from TMT CPNS; masa kerja golongan up to TMT GOLONGAN */
	d = p->golongan == p->golongan_awal ? p->tmt : p->tmt_golongan;
	format_date(form, d, f[S_TMT_GOLONGAN]);
	m = p->pppk ? 0 : months_between(p->tmt, d);
	snprintf(f[S_MK_TAHUN], FIELD_SIZE, "%d", m / 12);
	snprintf(f[S_MK_BULAN], FIELD_SIZE, "%d", m % 12);

	/* jabatan */
	snprintf(f[S_JENIS_JABATAN_ID], FIELD_SIZE, "%s",
	         strcmp(p->jenis_siasn, "Jabatan Struktural") == 0 ? "1" :
	         strcmp(p->jenis_siasn, "Jabatan Fungsional") == 0 ? "2" : "4");
	snprintf(f[S_JENIS_JABATAN_NAMA], FIELD_SIZE, "%s", p->jenis_siasn);
	guid_of(p->jabatan, f[S_JABATAN_ID]);
	j = f[S_JABATAN_NAMA];
	if (p->pppk && p->jenjang != NULL && jenjang_form) {
		snprintf(j, FIELD_SIZE, "%s - %s", p->jenjang, p->fam_name);
		upcase(j);
	} else {
		snprintf(j, FIELD_SIZE, "%s", p->jabatan);
		if (upper || p->study_leave)
			upcase(j);
	}
	if (trailing)
		append(j, " ");
	format_date(form, p->tmt_jabatan, f[S_TMT_JABATAN]);

	/* pendidikan */
	t = tingkat_of(p->study);
	snprintf(f[S_TINGKAT_ID], FIELD_SIZE, "%s", tingkats[t].id);
	snprintf(f[S_TINGKAT_NAMA], FIELD_SIZE, "%s",
	         t == T_D3 && d3_short ? "Diploma III" : tingkats[t].name);
	guid_of(p->study->jurusan, f[S_PENDIDIKAN_ID]);
	snprintf(f[S_PENDIDIKAN_NAMA], FIELD_SIZE, "%s", p->study->jurusan);
	k = p->birth.year + graduation_age[t] + (int)rng_below(&id, 3);
	if (k > p->tmt.year)
		k = p->tmt.year;
	snprintf(f[S_TAHUN_LULUS], FIELD_SIZE, "%d", k);
	if (rng_percent(&id, 65))
		snprintf(f[S_NAMA_SEKOLAH], FIELD_SIZE, "%s", school_of(&id, t));

	/* where */
	guid_of("KPPN MAMUJU", f[S_KPKN_ID]);
	snprintf(f[S_KPKN_NAMA], FIELD_SIZE, "MAMUJU");
	guid_of(p->lokasi, f[S_LOKASI_ID]);
	snprintf(f[S_LOKASI_NAMA], FIELD_SIZE, "%s", p->lokasi);
	unor_path(s, p, f[S_UNOR_NAMA]);
	guid_of(f[S_UNOR_NAMA], f[S_UNOR_ID]);
	guid_of(INSTANSI, f[S_INSTANSI_INDUK_ID]);
	snprintf(f[S_INSTANSI_INDUK_NAMA], FIELD_SIZE, "%s", INSTANSI);
	guid_of(INSTANSI, f[S_INSTANSI_KERJA_ID]);
	snprintf(f[S_INSTANSI_KERJA_NAMA], FIELD_SIZE, "%s", INSTANSI);
	guid_of(p->unit, f[S_SATKER_INDUK_ID]);
	snprintf(f[S_SATKER_INDUK_NAMA], FIELD_SIZE, "%s", p->unit);
	upcase(f[S_SATKER_INDUK_NAMA]);
	guid_of(p->unit, f[S_SATKER_KERJA_ID]);
	memcpy(f[S_SATKER_KERJA_NAMA], f[S_SATKER_INDUK_NAMA], FIELD_SIZE);
	snprintf(f[S_IS_VALID_NIK], FIELD_SIZE, "1");
	snprintf(f[S_FLAG_IKD], FIELD_SIZE, "%d", rng_percent(&id, 35));
	snprintf(f[S_ESELON_ID], FIELD_SIZE, "%s", eselons[p->eselon].id);
	snprintf(f[S_ESELON_NAMA], FIELD_SIZE, "%s", eselons[p->eselon].name);
}

/* Excel shows an 18-digit number in scientific notation with six
 * significant digits (Indonesian locale: decimal comma), 1,99802E+17. */
static void
nip_scientific(char *nip)
{
	size_t n = strlen(nip);
	long m = 0;
	int exp = (int)n - 1, i, frac;
	char buf[32];

	for (i = 0; i < 6 && i < (int)n; i++)
		m = m * 10 + (nip[i] - '0');
	if (n > 6 && nip[6] >= '5')
		m++;
	if (m >= 1000000) {
		m /= 10;
		exp++;
	}
	frac = (int)(m % 100000);
	for (i = 5; i > 0 && frac % 10 == 0; i--)
		frac /= 10;
	if (i == 0)
		snprintf(buf, sizeof buf, "%ldE+%d", m / 100000, exp);
	else
		snprintf(buf, sizeof buf, "%ld,%0*dE+%d", m / 100000, i, frac, exp);
	snprintf(nip, FIELD_SIZE, "%s", buf);
}

/* Excel keeps 15 significant digits of a number: 199802022020121001 becomes
 * 199802022020121000. */
static void
nip_15_digits(char *nip)
{
	size_t n = strlen(nip), i;
	int carry;

	if (n <= 15)
		return;
	carry = nip[15] >= '5';
	for (i = 15; i < n; i++)
		nip[i] = '0';
	for (i = 15; carry && i-- > 0;) {
		if (nip[i] == '9')
			nip[i] = '0';
		else {
			nip[i]++;
			carry = 0;
		}
	}
}

static void
spoil(const synth *s, enum fault_kind kind, const person *p, field *f)
{
	char *nip = f[S_NIP_BARU], *o, t, sep = s->excel ? '/' : '-';
	size_t len;

	switch (kind) {
	case FAULT_NAME_COMMA:
		len = strlen(f[S_NAMA]);
		snprintf(f[S_NAMA] + len, FIELD_SIZE - len, ", %s", p->gelar_belakang);
		f[S_GELAR_BELAKANG][0] = '\0';
		break;
	case FAULT_NIP_SHORT:
		memmove(nip + 9, nip + 10, strlen(nip + 10) + 1);
		break;
	case FAULT_DATE_MONTH_NAME:
		snprintf(f[S_TANGGAL_LAHIR], FIELD_SIZE, "%d %s %04d", p->birth.day % 100,
		         bulan[p->birth.month - 1], p->birth.year % 10000);
		break;
	case FAULT_DATE_IMPOSSIBLE:
		if (!s->excel && s->date_style == DATE_DMY_SLASH)
			sep = '/';
		snprintf(f[S_TANGGAL_LAHIR], FIELD_SIZE, "31%c02%c%04d", sep, sep,
		         p->birth.year % 10000);
		break;
	case FAULT_GENDER:
		snprintf(f[S_JENIS_KELAMIN], FIELD_SIZE, "%s", p->gender == 'L' ? "F" : "M");
		break;
	case FAULT_GOLONGAN:
		snprintf(f[S_GOL_AKHIR_ID], FIELD_SIZE, "36");
		snprintf(f[S_GOL_AKHIR_NAMA], FIELD_SIZE, "III/f");
		break;
	case FAULT_NIP_SWAP:
		t = nip[6];
		nip[6] = nip[7];
		nip[7] = t;
		if (t == nip[6])
			nip[7] = nip[7] == '1' ? '2' : '1';
		break;
	case FAULT_NIP_LETTER:
		if ((o = strchr(nip + 8, '0')) != NULL)
			*o = 'O';
		break;
	case FAULT_NIP_SCIENTIFIC:
		nip_scientific(nip);
		break;
	case FAULT_NIP_15_DIGITS:
		nip_15_digits(nip);
		break;
	default:
		break;
	}
}

/* Identifiers the raw export writes with a leading apostrophe, so that Excel
 * keeps them as text; an Excel re-save has lost it. */
static int
apostrophe_column(size_t c)
{
	return c == S_NIP_BARU || c == S_NIK || c == S_NOMOR_HP || c == S_NPWP || c == S_BPJS;
}

static void
write_siasn_header(const synth *s)
{
	if (s->excel)
		fputs("\xEF\xBB\xBF", stdout);
	put_record(s, siasn_header, (size_t)s->columns);
}

/* A ragged row has lost the delimiter after EMAIL GOV: one field short. */
static void
write_siasn(synth *s, enum fault_kind kind, const person *p)
{
	field f[N_SIASN];
	char buf[FIELD_SIZE + 1];
	size_t c;
	int first = 1;

	if (kind == FAULT_DUPLICATE) {
		render_siasn(s, &s->previous, f);
	} else {
		render_siasn(s, p, f);
		spoil(s, kind, p, f);
	}
	for (c = 0; c < (size_t)s->columns; c++) {
		if (kind == FAULT_RAGGED && c == S_EMAIL_GOV)
			continue;
		if (!s->excel && apostrophe_column(c) && f[c][0] != '\0') {
			buf[0] = '\'';
			memcpy(buf + 1, f[c], FIELD_SIZE);
			put_field(s, buf, first);
		} else
			put_field(s, f[c], first);
		first = 0;
	}
	fputs(s->eol, stdout);
}

/* Excel saves the rows of the used range that are empty as delimiters
 * only: three to five at the end, the same for every --rows. */
static void
write_excel_end(const synth *s)
{
	unsigned n, i;
	int c;
	rng r;

	rng_seed_table(&r, s, SALT_EXCEL_END, 0);
	n = 3 + rng_below(&r, 3);
	for (i = 0; i < n; i++) {
		for (c = 1; c < s->columns; c++)
			putchar(s->delimiter);
		fputs(s->eol, stdout);
	}
}

/* The canonical names are the normal form of asn_names_normalize, from
 * their own spelling and from the capitals of a SIASN export, so that what
 * asn-import makes of the export is this table byte for byte. */
enum { CHECKED_SLOTS = 8192 };   /* a fixed table: the names are a few thousand */

static void
check_name(const char *what, const char *name)
{
	static uint64_t checked[CHECKED_SLOTS];
	static size_t nchecked;
	char up[FIELD_SIZE], norm[FIELD_SIZE];
	uint64_t h = text_hash(name, 4) | 1;
	size_t i = (size_t)h & (CHECKED_SLOTS - 1);

	for (; checked[i] != 0; i = (i + 1) & (CHECKED_SLOTS - 1))
		if (checked[i] == h)
			return;
	asn_names_normalize(name, NULL, norm, sizeof norm);
	if (strcmp(norm, name) == 0) {
		snprintf(up, sizeof up, "%s", name);
		upcase(up);
		asn_names_normalize(up, NULL, norm, sizeof norm);
		if (strcmp(norm, name) == 0) {
			if (2 * (nchecked + 1) <= CHECKED_SLOTS) {
				checked[i] = h;
				nchecked++;
			}
			return;
		}
	}
	errx(3, "%s '%s' is not in normal form: asn_names_normalize makes it '%s'", what, name,
	     norm);
}

static void
write_canonical(const synth *s, const person *p)
{
	field f[N_CANONICAL];
	int n = 0;

	check_name("jabatan", p->jabatan);
	check_name("unit", p->unit);
	check_name("subunit", p->subunit);
	snprintf(f[0], FIELD_SIZE, "%s", p->nip);
	if (*p->gelar_depan != '\0')
		n = snprintf(f[1], FIELD_SIZE, "%s ", p->gelar_depan);
	n += snprintf(f[1] + n, FIELD_SIZE - (size_t)n, "%s", p->nama);
	if (*p->gelar_belakang != '\0')
		snprintf(f[1] + n, FIELD_SIZE - (size_t)n, ", %s", p->gelar_belakang);
	snprintf(f[2], FIELD_SIZE, "%c", p->gender);
	asn_date_format(p->birth, f[3]);
	snprintf(f[4], FIELD_SIZE, "%s", p->pppk ? "PPPK" : p->cpns ? "CPNS" : "PNS");
	golongan_name(p, p->golongan, f[5], FIELD_SIZE);
	snprintf(f[6], FIELD_SIZE, "%s", p->jenis);
	snprintf(f[7], FIELD_SIZE, "%s", p->jabatan);
	snprintf(f[8], FIELD_SIZE, "%s", p->bidang);
	snprintf(f[9], FIELD_SIZE, "%s", p->unit);
	snprintf(f[10], FIELD_SIZE, "%s", p->study->level);
	asn_date_format(p->tmt, f[11]);
	asn_date_format(p->pensiun, f[12]);
	snprintf(f[13], FIELD_SIZE, "%s",
	         p->study_leave ? "tugas_belajar" : kedudukans[p->kedudukan].slug);
	snprintf(f[14], FIELD_SIZE, "%s", p->subunit);
	snprintf(f[15], FIELD_SIZE, "%s", p->study->jurusan);
	asn_date_format(p->tmt_jabatan, f[16]);
	put_fields(s, f, N_CANONICAL);
}

/* A reader that went away (| head) ends the program quietly. */
static void
check_output(void)
{
	if (!ferror(stdout))
		return;
	if (errno == EPIPE)
		exit(0);
	err(3, "write error");
}

/* KEDUDUKAN HUKUM: of the PNS past the CPNS year and not in a structural
 * post, 45 % of those who retire within a year are on MPP; of those aged 40
 * or less 4 % are on study leave (kedudukan 3) and 2.5 % more study with
 * kedudukan Aktif but JABATAN NAMA PNS TUGAS BELAJAR (PNS Tugas Belajar,
 * pelaksana, administrasi); of the rest 0.8 % are on CLTN, 0.25 % suspended, and 0.3 %
 * retired early and 0.15 % dismissed but still listed.  About 3.5 % of the
 * rows in all.  PPPK are PPPK Aktif. */
static void
set_kedudukan(const synth *s, long row, person *p)
{
	int x, age;
	rng r;

	p->kedudukan = p->pppk ? KD_PPPK_AKTIF : KD_AKTIF;
	p->study_leave = 0;
	if (p->pppk || p->cpns || p->structural)
		return;
	rng_seed_table(&r, s, SALT_KEDUDUKAN, row);
	x = (int)rng_below(&r, 10000);
	age = asn_date_age(p->birth, s->as_of);
	if (asn_date_cmp(p->pensiun, add_years(s->as_of, 1)) <= 0) {
		if (x < 4500)
			p->kedudukan = KD_MPP;
		return;
	}
	if (age <= 40 && x < 400) {
		p->kedudukan = KD_TUGAS_BELAJAR;
		return;
	}
	if (age <= 40 && x < 650) {
		p->study_leave = 1;
		snprintf(p->jabatan, sizeof p->jabatan, "PNS Tugas Belajar");
		p->bidang = "administrasi";
		p->jenis = "pelaksana";
		p->jenis_siasn = "Jabatan Pelaksana";
		p->jenjang = NULL;
		retired(s, p);
		return;
	}
	x = (int)rng_below(&r, 10000);
	if (x < 80)
		p->kedudukan = KD_CLTN;
	else if (x < 105)
		p->kedudukan = KD_PEMBERHENTIAN_SEMENTARA;
	else if (x < 135)
		p->kedudukan = KD_PENSIUN;
	else if (x < 150)
		p->kedudukan = KD_DIBERHENTIKAN;
}

/* In post: counted as bezetting by the formasi. */
static int
in_post(const person *p)
{
	return (p->kedudukan == KD_AKTIF || p->kedudukan == KD_PPPK_AKTIF) && !p->study_leave;
}

/* Employee `row` before its NIP: the first attempt that is consistent and
 * can carry the fault of its line, and its kedudukan. */
static void
make_employee(const synth *s, long row, enum fault_kind kind, person *p)
{
	int attempt;

	for (attempt = 0;; attempt++) {
		if (make_person(s, row, attempt, p) != 0)
			errx(3, "row %ld: no consistent employee after %d tries", row + 1,
			     MAX_TRIES);
		if (fault_fits(kind, p, attempt))
			break;
	}
	p->row = row;
	set_kedudukan(s, row, p);
}

enum {
	SKP_YEARS = 2,          /* SKP and training of the two years before --as-of */
	RESPONDENT_EVERY = 10   /* one IKM respondent per ten employees */
};

/* Each table draws from streams of its own, so the employees stay the
 * same whatever table is written. */
enum { SALT_MERIT = 1, SALT_SKP, SALT_POTENSI, SALT_PELATIHAN, SALT_FORMASI, SALT_UNIT,
       SALT_RESPONDENT };

static void
rng_seed_table(rng *r, const synth *s, int salt, long index)
{
	rng_seed(r, (s->seed + (uint64_t)salt) * 0x9E3779B97F4A7C15ULL, index, 0);
}

static void
put_number(const synth *s, long v, int first)
{
	char buf[24];

	snprintf(buf, sizeof buf, "%ld", v);
	put_field(s, buf, first);
}

/* A merit of 0-99 behind both the SKP ratings and the potensi of an
 * employee, so that the two agree more often than chance. */
static int
merit(const synth *s, long row)
{
	rng r;

	rng_seed_table(&r, s, SALT_MERIT, row);
	return (int)rng_below(&r, 100);
}

/* About 11 % above and 7 % below expectations (Permenpan RB 6/2022). */
static const char *
rating(rng *r, int merit)
{
	int x = merit + (int)rng_below(r, 41) - 20;

	return x >= 90 ? "diatas" : x < 5 ? "dibawah" : "sesuai";
}

/* Appointed by the first of `month` in `year`. */
static int
appointed_by(const person *p, int year, int month)
{
	asn_date d = { year, month, 1 };

	return asn_date_cmp(p->tmt, d) <= 0;
}

/* One row a year for those appointed by July; about 3 % never filed. */
static void
write_skp(const synth *s, long row, const person *p)
{
	const char *hasil, *perilaku;
	int m = merit(s, row), y, year, filed;
	rng r;

	rng_seed_table(&r, s, SALT_SKP, row);
	for (y = 1; y <= SKP_YEARS; y++) {
		year = s->as_of.year - y;
		hasil = rating(&r, m);
		perilaku = rating(&r, m);
		filed = !rng_percent(&r, 3);
		if (!filed || !appointed_by(p, year, 7))
			continue;
		put_field(s, p->nip, 1);
		put_number(s, year, 0);
		put_field(s, hasil, 0);
		put_field(s, perilaku, 0);
		fputs(s->eol, stdout);
	}
}

/* Every structural official is assessed, most PNS, fewer PPPK and CPNS. */
static int
assessed_percent(const person *p)
{
	if (strcmp(p->jenis_siasn, "Jabatan Struktural") == 0)
		return 100;
	if (p->pppk)
		return 35;
	return p->cpns ? 10 : 65;
}

static int
education_bonus(const char *level)
{
	if (strcmp(level, "S3") == 0)
		return 80;
	if (strcmp(level, "S2") == 0)
		return 60;
	if (strcmp(level, "S1") == 0 || strcmp(level, "D4") == 0)
		return 30;
	return strcmp(level, "D3") == 0 ? 10 : 0;
}

/* nilai_potensi in tenths: about 72 +- 13, a little higher with more
 * education and merit, so that every box of the 9-box fills. */
static void
write_potensi(const synth *s, long row, const person *p)
{
	char nilai[16];
	int tenths, i;
	rng r;

	rng_seed_table(&r, s, SALT_POTENSI, row);
	if (!rng_percent(&r, assessed_percent(p)))
		return;
	tenths = 300 + education_bonus(p->study->level) + 2 * (merit(s, row) - 50);
	for (i = 0; i < 4; i++)
		tenths += (int)rng_below(&r, 201);
	tenths = clamp(tenths, 0, 1000);
	snprintf(nilai, sizeof nilai, "%d.%d", tenths / 10, tenths % 10);
	put_field(s, p->nip, 1);
	put_field(s, nilai, 0);
	fputs(s->eol, stdout);
}

static const struct {
	int jp, weight;
} courses[] = {
	{ 2, 20 }, { 4, 20 }, { 8, 20 }, { 12, 12 }, { 16, 10 }, { 24, 8 }, { 32, 6 }, { 40, 4 },
};
static const int courses_a_year[] = { 20, 35, 28, 12, 5 };

/* 0-4 courses a year, one row each: about half the employees reach the
 * 20 JP a year of PP 17/2020. */
static void
write_pelatihan(const synth *s, long row, const person *p)
{
	size_t n, i;
	int y, year;
	rng r;

	rng_seed_table(&r, s, SALT_PELATIHAN, row);
	for (y = SKP_YEARS; y >= 1; y--) {
		year = s->as_of.year - y;
		n = pick_weighted(&r, courses_a_year, N(courses_a_year), sizeof courses_a_year[0]);
		if (!appointed_by(p, year, 12))
			continue;
		for (i = 0; i < n; i++) {
			put_field(s, p->nip, 1);
			put_number(s, year, 0);
			put_number(s, courses[PICK(&r, courses, N(courses))].jp, 0);
			fputs(s->eol, stdout);
		}
	}
}

static void
write_employees(synth *s)
{
	static const char *const skp_header[] = { "nip", "tahun", "hasil_kerja", "perilaku" };
	static const char *const potensi_header[] = { "nip", "nilai_potensi" };
	static const char *const pelatihan_header[] = { "nip", "tahun", "jp" };
	enum fault_kind kind;
	person p;
	long row;

	switch (s->table) {
	case TABLE_SKP:
		put_record(s, skp_header, N(skp_header));
		break;
	case TABLE_POTENSI:
		put_record(s, potensi_header, N(potensi_header));
		break;
	case TABLE_PELATIHAN:
		put_record(s, pelatihan_header, N(pelatihan_header));
		break;
	default:
		if (s->format == FORMAT_SIASN)
			write_siasn_header(s);
		else
			put_record(s, canonical_header, N_CANONICAL);
		break;
	}
	for (row = 0; row < s->rows; row++) {
		kind = fault_at(s, row + 2);
		make_employee(s, row, kind, &p);
		if (kind == FAULT_AGE_15)
			make_fifteen(s, row, &p);
		assign_nip(s, &p);
		if ((s->only == ONLY_PNS && p.pppk) || (s->only == ONLY_PPPK && !p.pppk))
			continue;
		switch (s->table) {
		case TABLE_SKP:
			write_skp(s, row, &p);
			break;
		case TABLE_POTENSI:
			write_potensi(s, row, &p);
			break;
		case TABLE_PELATIHAN:
			write_pelatihan(s, row, &p);
			break;
		default:
			if (s->format == FORMAT_SIASN)
				write_siasn(s, kind, &p);
			else
				write_canonical(s, &p);
			s->previous = p;
			break;
		}
		if (row % 4096 == 0)
			check_output();
	}
	if (s->table == TABLE_PEGAWAI && s->format == FORMAT_SIASN && s->excel)
		write_excel_end(s);
}

/* A position of the formasi, with the employees who hold it. */
typedef struct {
	char *jabatan;
	const char *unit;
	int unit_index, structural;
	uint64_t hash;
	long bezetting;
} position;

typedef struct {
	position *slots;
	size_t size, used;      /* size is a power of two, at least twice used */
} position_set;

static uint64_t
position_hash(int unit_index, const char *jabatan)
{
	uint64_t h = 14695981039346656037ULL ^ (uint64_t)unit_index;

	for (; *jabatan != '\0'; jabatan++)
		h = (h ^ (unsigned char)*jabatan) * 1099511628211ULL;
	return h;
}

static size_t
position_slot(const position_set *set, uint64_t h, int unit_index, const char *jabatan)
{
	size_t i = (size_t)h & (set->size - 1);
	const position *ps;

	for (; (ps = &set->slots[i])->jabatan != NULL; i = (i + 1) & (set->size - 1))
		if (ps->hash == h && ps->unit_index == unit_index &&
		    strcmp(ps->jabatan, jabatan) == 0)
			break;
	return i;
}

static void
position_grow(position_set *set)
{
	position_set bigger = { NULL, set->size ? 2 * set->size : 1024, set->used };
	size_t i;

	if ((bigger.slots = calloc(bigger.size, sizeof(*bigger.slots))) == NULL)
		err(3, NULL);
	for (i = 0; i < set->size; i++)
		if (set->slots[i].jabatan != NULL)
			bigger.slots[position_slot(&bigger, set->slots[i].hash,
			    set->slots[i].unit_index, set->slots[i].jabatan)] = set->slots[i];
	free(set->slots);
	*set = bigger;
}

static void
count_position(position_set *set, const person *p)
{
	uint64_t h = position_hash(p->unit_index, p->jabatan);
	position *ps;

	if (2 * (set->used + 1) > set->size)
		position_grow(set);
	ps = &set->slots[position_slot(set, h, p->unit_index, p->jabatan)];
	if (ps->jabatan == NULL) {
		if ((ps->jabatan = strdup(p->jabatan)) == NULL)
			err(3, NULL);
		ps->unit = p->unit;
		ps->unit_index = p->unit_index;
		ps->structural = strcmp(p->jenis_siasn, "Jabatan Struktural") == 0;
		ps->hash = h;
		set->used++;
	}
	ps->bezetting++;
}

static int
by_position(const void *a, const void *b)
{
	const position *x = a, *y = b;
	int c = strcmp(x->unit, y->unit);

	return c != 0 ? c : strcmp(x->jabatan, y->jabatan);
}

/* A structural post is needed as often as it is held.  Other positions
 * need 75-130 % of their bezetting by unit, give or take 10 points by
 * position, so that some units are short and some over. */
static long
kebutuhan(const synth *s, const position *ps)
{
	long percent, k;
	rng r;

	if (ps->structural)
		return ps->bezetting;
	rng_seed_table(&r, s, SALT_FORMASI, ps->unit_index);
	percent = 75 + (long)rng_below(&r, 56);
	rng_seed_table(&r, s, SALT_FORMASI, (long)(ps->hash >> 16));
	percent += (long)rng_below(&r, 21) - 10;
	k = (ps->bezetting * percent + 50) / 100;
	return k > 0 ? k : 1;
}

/* Memory grows with the positions (some 800), not with the rows. */
static void
write_formasi(synth *s)
{
	static const char *const header[] = { "unit", "jabatan", "kebutuhan" };
	position_set set = { NULL, 0, 0 };
	person p;
	long row;
	size_t i, n;

	for (row = 0; row < s->rows; row++) {
		make_employee(s, row, FAULT_NONE, &p);
		if (in_post(&p))
			count_position(&set, &p);
	}
	for (i = n = 0; i < set.size; i++)
		if (set.slots[i].jabatan != NULL)
			set.slots[n++] = set.slots[i];
	if (n > 0)
		qsort(set.slots, n, sizeof(*set.slots), by_position);
	put_record(s, header, N(header));
	for (i = 0; i < n; i++) {
		put_field(s, set.slots[i].unit, 1);
		put_field(s, set.slots[i].jabatan, 0);
		put_number(s, kebutuhan(s, &set.slots[i]), 0);
		fputs(s->eol, stdout);
		free(set.slots[i].jabatan);
	}
	free(set.slots);
}

/* Leanings of the nine elements of the survey, in hundredths of an answer:
 * most services are free (u4 cost) while completion time, complaint handling
 * and facilities (u3, u8, u9) rate lowest. */
static const int unsur_leaning[] = { 0, 0, -20, 30, 0, 5, 10, -15, -15 };
#define N_UNSUR N(unsur_leaning)

static const struct {
	const char *level;
	int weight;
} respondent_education[] = {
	{ "SD", 14 }, { "SMP", 17 }, { "SMA", 41 }, { "D3", 8 }, { "S1", 17 }, { "S2", 3 },
};

/* A unit's mean answer per element, in hundredths: its base of 2.55-3.80
 * puts the units across the four mutu bands of Permenpan RB 14/2017, most
 * of them in B and C. */
static void
unit_answers(const synth *s, int unit_index, int *mean)
{
	int base;
	size_t i;
	rng r;

	rng_seed_table(&r, s, SALT_UNIT, unit_index);
	base = 255 + (int)rng_below(&r, 126);
	for (i = 0; i < N_UNSUR; i++)
		mean[i] = base + unsur_leaning[i] + (int)rng_below(&r, 31) - 15;
}

/* Respondent k was served by the unit of the first of employees 10k to
 * 10k + 9 whose unit serves the public, so the survey follows the units'
 * sizes and names only units of the pegawai table of the same --rows. */
static void
write_respondent(const synth *s, long k)
{
	int mean[N_UNSUR], mood, x, answer;
	char tanggal[11];
	person p;
	size_t i;
	long j;
	rng r;

	for (j = 0; j < RESPONDENT_EVERY; j++) {
		make_employee(s, k * RESPONDENT_EVERY + j, FAULT_NONE, &p);
		if (s->units[p.unit_index].surveyed)
			break;
	}
	unit_answers(s, p.unit_index, mean);
	rng_seed_table(&r, s, SALT_RESPONDENT, k);
	asn_date_format(add_days(s->as_of, -1 - (long)rng_below(&r, 30)), tanggal);
	put_number(s, k + 1, 1);
	put_field(s, tanggal, 0);
	put_field(s, p.unit, 0);
	put_field(s, rng_percent(&r, 48) ? "P" : "L", 0);
	put_field(s, respondent_education[PICK(&r, respondent_education,
	    N(respondent_education))].level, 0);
	mood = (int)rng_below(&r, 41) - 20;
	for (i = 0; i < N_UNSUR; i++) {
		x = clamp(mean[i] + mood, 100, 400);
		answer = x / 100 + ((int)rng_below(&r, 100) < x % 100);
		if (answer > 1 && rng_percent(&r, 4))
			answer--;
		put_number(s, answer, 0);
	}
	fputs(s->eol, stdout);
}

static void
write_survey(synth *s)
{
	static const char *const header[] = { "no", "tanggal", "unit", "jenis_kelamin",
		"pendidikan", "u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9" };
	long k;

	put_record(s, header, N(header));
	for (k = 0; k < s->rows / RESPONDENT_EVERY; k++) {
		write_respondent(s, k);
		if (k % 4096 == 0)
			check_output();
	}
}

static void
setup(synth *s)
{
	static const asn_date pppk_dates[] = {
		{ 2022, 3, 1 }, { 2022, 9, 1 }, { 2023, 4, 1 }, { 2024, 3, 1 },
		{ 2024, 7, 1 }, { 2025, 3, 1 }, { 2025, 10, 1 },
	};
	size_t i;

	asn_config_defaults(&s->cfg);
	s->as_of_days = asn_date_to_days(s->as_of);
	for (i = 0; i < N(pppk_dates); i++)
		if (asn_date_cmp(pppk_dates[i], s->as_of) <= 0)
			s->pppk_tmt[s->npppk_tmt++] = pppk_dates[i];
	s->serials = calloc(2 * MAX_AGE_DAYS, sizeof(*s->serials));
	if (s->serials == NULL)
		err(3, NULL);
	build_units(s);
	/* the raw SIASN export quotes nothing: a quote is an ordinary character */
	i = 0;
	s->special[i++] = s->delimiter;
	if (s->table != TABLE_PEGAWAI || s->format != FORMAT_SIASN || s->excel)
		s->special[i++] = '"';
	s->special[i++] = '\r';
	s->special[i++] = '\n';
	s->special[i] = '\0';
}

static void
teardown(synth *s)
{
	asn_config_free(&s->cfg);
	free(s->serials);
	free(s->units);
	free(s->posts);
}

int
main(int argc, char *argv[])
{
	enum { OPT_AS_OF = 256, OPT_COLUMNS, OPT_CRLF, OPT_DATE_STYLE, OPT_EXCEL, OPT_FAULTS,
	       OPT_ONLY };
	static const struct option longopts[] = {
		{ "as-of", required_argument, NULL, OPT_AS_OF },
		{ "columns", required_argument, NULL, OPT_COLUMNS },
		{ "crlf", no_argument, NULL, OPT_CRLF },
		{ "date-style", required_argument, NULL, OPT_DATE_STYLE },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "excel", no_argument, NULL, OPT_EXCEL },
		{ "faults", no_argument, NULL, OPT_FAULTS },
		{ "format", required_argument, NULL, 'f' },
		{ "help", no_argument, NULL, 'h' },
		{ "only", required_argument, NULL, OPT_ONLY },
		{ "rows", required_argument, NULL, 'n' },
		{ "seed", required_argument, NULL, 's' },
		{ "table", required_argument, NULL, 't' },
		{ NULL, 0, NULL, 0 }
	};
	synth s;
	const char *as_of = "2026-11-01", *siasn_only = NULL;
	int c, date_style_given = 0, delimiter_given = 0;
	size_t i;

	memset(&s, 0, sizeof s);
	s.rows = DEFAULT_ROWS;
	s.seed = DEFAULT_SEED;
	s.columns = N_SIASN;
	s.eol = "\n";
	while ((c = getopt_long(argc, argv, "d:f:hn:s:t:", longopts, NULL)) != -1) {
		switch (c) {
		case 'd':
			s.delimiter = delimiter_arg(optarg);
			delimiter_given = 1;
			break;
		case 'f':
			if (strcmp(optarg, "siasn") == 0)
				s.format = FORMAT_SIASN;
			else if (strcmp(optarg, "canonical") == 0)
				s.format = FORMAT_CANONICAL;
			else
				errx(2, "invalid value '%s' for --format: expected siasn or "
				     "canonical", optarg);
			break;
		case 'h':
			help();
			break;
		case 'n':
			s.rows = number_arg(optarg, "rows", 0, 100000000);
			break;
		case 's':
			s.seed = (uint64_t)number_arg(optarg, "seed", 0, LONG_MAX);
			break;
		case 't':
			for (i = 0; i < N(table_names); i++)
				if (strcmp(optarg, table_names[i]) == 0)
					break;
			if (i == N(table_names))
				errx(2, "invalid value '%s' for --table: expected pegawai, formasi, "
				     "skp, potensi, pelatihan or ikm", optarg);
			s.table = (enum table)i;
			break;
		case OPT_AS_OF:
			as_of = optarg;
			break;
		case OPT_COLUMNS:
			if (strcmp(optarg, "64") != 0 && strcmp(optarg, "65") != 0 &&
			    strcmp(optarg, "69") != 0)
				errx(2, "invalid value '%s' for --columns: expected 64, 65 or 69",
				     optarg);
			s.columns = atoi(optarg);
			siasn_only = "--columns";
			break;
		case OPT_CRLF:
			s.eol = "\r\n";
			break;
		case OPT_DATE_STYLE:
			if (strcmp(optarg, "dmy") == 0)
				s.date_style = DATE_DMY;
			else if (strcmp(optarg, "dmy-slash") == 0)
				s.date_style = DATE_DMY_SLASH;
			else
				errx(2, "invalid value '%s' for --date-style: expected dmy or "
				     "dmy-slash", optarg);
			date_style_given = 1;
			siasn_only = "--date-style";
			break;
		case OPT_EXCEL:
			s.excel = 1;
			siasn_only = "--excel";
			break;
		case OPT_FAULTS:
			s.faults = 1;
			siasn_only = "--faults";
			break;
		case OPT_ONLY:
			if (strcmp(optarg, "pns") == 0)
				s.only = ONLY_PNS;
			else if (strcmp(optarg, "pppk") == 0)
				s.only = ONLY_PPPK;
			else
				errx(2, "invalid value '%s' for --only: expected pns or pppk", optarg);
			break;
		case '?':
		default:
			usage();
		}
	}
	if (optind != argc)
		usage();
	if (asn_date_parse_iso(as_of, strlen(as_of), &s.as_of) != 0 ||
	    s.as_of.year < 2000 || s.as_of.year > 2150)
		errx(2, "invalid value '%s' for --as-of: expected a date YYYY-MM-DD in 2000-2150",
		     as_of);
	if (s.format == FORMAT_CANONICAL && siasn_only != NULL)
		errx(2, "%s applies to --format siasn only", siasn_only);
	if (s.table != TABLE_PEGAWAI && (siasn_only != NULL || s.only != ONLY_ALL))
		errx(2, "%s applies to --table pegawai only",
		     siasn_only != NULL ? siasn_only : "--only");
	if (s.excel && date_style_given)
		errx(2, "--date-style does not apply to --excel: Excel writes D/M/YYYY");
	if (s.faults && s.only != ONLY_ALL)
		errx(2, "--faults does not go with --only: its lines are those of the whole export");
	if (!delimiter_given)
		s.delimiter = s.table != TABLE_PEGAWAI || s.format != FORMAT_SIASN ? ',' :
		    s.excel ? ';' : '|';
	if (s.excel)
		s.eol = "\r\n";

	signal(SIGPIPE, SIG_IGN);
	setup(&s);
	if (s.table == TABLE_FORMASI)
		write_formasi(&s);
	else if (s.table == TABLE_IKM)
		write_survey(&s);
	else
		write_employees(&s);
	if (fflush(stdout) == EOF || ferror(stdout)) {
		if (errno == EPIPE)
			return 0;
		err(3, "write error");
	}
	teardown(&s);
	return 0;
}
