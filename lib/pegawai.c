#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "pegawai.h"

const char *const asn_pegawai_columns[ASN_NCOLS_ALL + 1] = {
	"nip", "nama", "jenis_kelamin", "tanggal_lahir", "status", "golongan",
	"jenis_jabatan", "jabatan", "bidang", "unit", "pendidikan", "tmt_cpns",
	"tanggal_pensiun", "kedudukan",
	"subunit", "jurusan", "tmt_jabatan", "jabatan_id", "unit_id",
	NULL
};

const char *const asn_pendidikan_levels[] = {
	"SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", "S3", NULL
};

const char *const asn_jenis_jabatan_names[] = {
	"jpt_utama", "jpt_madya", "jpt_pratama", "administrator", "pengawas", "pelaksana",
	"fungsional_ahli_utama", "fungsional_ahli_madya", "fungsional_ahli_muda",
	"fungsional_ahli_pertama", "fungsional_penyelia", "fungsional_mahir",
	"fungsional_terampil", "fungsional_pemula", NULL
};

static const char *const romans[] = {
	"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
	"XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", NULL
};

/* Copy s upper-cased without spaces; 0 if it does not fit. */
static int squeeze_upper(const char *s, size_t len, char *buf, size_t size)
{
	size_t n = 0, i;

	for (i = 0; i < len; i++) {
		if (s[i] == ' ')
			continue;
		if (n + 1 >= size)
			return 0;
		buf[n++] = (char)toupper((unsigned char)s[i]);
	}
	buf[n] = '\0';
	return 1;
}

/* The part inside the last "(...)", or the whole string. */
static void inner_part(const char *s, const char **start, size_t *len)
{
	const char *open = strrchr(s, '('), *close;

	if (open && (close = strchr(open, ')')) != NULL) {
		*start = open + 1;
		*len = (size_t)(close - open - 1);
	} else {
		*start = s;
		*len = strlen(s);
	}
}

static int roman_index(const char *s, size_t len)
{
	int i;

	/* the lengths of romans[], I ... XVII */
	static const unsigned char lengths[] = { 1, 2, 3, 2, 1, 2, 3, 4, 2, 1, 2, 3, 4, 3, 2, 3, 4 };

	for (i = 0; romans[i]; i++)
		if (lengths[i] == len && memcmp(romans[i], s, len) == 0)
			return i;
	return -1;
}

int asn_golongan_pns(const char *s, char out[8])
{
	static const int first[] = { 0, 4, 8, 12 };
	const char *p;
	size_t len;
	char buf[16];
	char *slash;
	int group, ruang, max;

	inner_part(s, &p, &len);
	if (!squeeze_upper(p, len, buf, sizeof buf))
		return -1;
	slash = strchr(buf, '/');
	if (slash)
		memmove(slash, slash + 1, strlen(slash));
	len = strlen(buf);
	if (len < 2)
		return -1;
	ruang = buf[len - 1] - 'A';
	group = roman_index(buf, len - 1);
	if (group < 0 || group > 3)
		return -1;
	max = group == 3 ? 5 : 4;
	if (ruang < 0 || ruang >= max)
		return -1;
	snprintf(out, 8, "%s/%c", romans[group], 'a' + ruang);
	return first[group] + ruang;
}

void asn_golongan_name(int index, int pppk, char out[8])
{
	static const int first[] = { 0, 4, 8, 12, 17 };
	int group;

	if (pppk) {
		snprintf(out, 8, "%s", romans[index]);
		return;
	}
	for (group = 0; index >= first[group + 1]; group++)
		;
	snprintf(out, 8, "%s/%c", romans[group], 'a' + index - first[group]);
}

int asn_golongan_pppk(const char *s, char out[8])
{
	const char *p;
	size_t len;
	char buf[16];
	int i;

	inner_part(s, &p, &len);
	if (!squeeze_upper(p, len, buf, sizeof buf))
		return -1;
	i = roman_index(buf, strlen(buf));
	if (i < 0)
		return -1;
	snprintf(out, 8, "%s", romans[i]);
	return i;
}

int asn_pendidikan_parse(const char *s, const char **out)
{
	static const struct { const char *label; int level; } aliases[] = {
		{ "SD", 0 }, { "SEKOLAHDASAR", 0 }, { "MI", 0 },
		{ "SMP", 1 }, { "SLTP", 1 }, { "MTS", 1 }, { "SLTPSEDERAJAT", 1 },
		{ "SLTPKEJURUAN", 1 }, { "SMPKEJURUAN", 1 },
		{ "SMA", 2 }, { "SLTA", 2 }, { "SMK", 2 }, { "MA", 2 }, { "SMU", 2 },
		{ "SLTASEDERAJAT", 2 }, { "SPK", 2 }, { "SLTAKEJURUAN", 2 }, { "SLTAKEGURUAN", 2 },
		{ "STM", 2 }, { "SMEA", 2 }, { "SPG", 2 }, { "SMAKEJURUAN", 2 },
		{ "D1", 3 }, { "D-I", 3 }, { "DI", 3 }, { "D.I", 3 }, { "DIPLOMAI", 3 },
		{ "D2", 4 }, { "D-II", 4 }, { "DII", 4 }, { "D.II", 4 }, { "DIPLOMAII", 4 },
		{ "D3", 5 }, { "D-III", 5 }, { "DIII", 5 }, { "D.III", 5 }, { "DIPLOMAIII", 5 },
		{ "DIPLOMAIII/SARJANAMUDA", 5 }, { "SARJANAMUDA", 5 }, { "AKADEMI", 5 },
		{ "D4", 6 }, { "D-IV", 6 }, { "DIV", 6 }, { "D.IV", 6 }, { "DIPLOMAIV", 6 },
		{ "S1", 7 }, { "S-1", 7 }, { "S.1", 7 }, { "S-1/SARJANA", 7 }, { "SARJANA", 7 },
		{ "STRATA1", 7 }, { "STRATAI", 7 }, { "PROFESI", 7 },
		{ "S2", 8 }, { "S-2", 8 }, { "S.2", 8 }, { "S-2/MAGISTER", 8 }, { "MAGISTER", 8 },
		{ "STRATA2", 8 }, { "STRATAII", 8 }, { "PASCASARJANA", 8 }, { "SPESIALIS", 8 },
		{ "SPESIALIS1", 8 }, { "SPESIALISI", 8 },
		{ "S3", 9 }, { "S-3", 9 }, { "S.3", 9 }, { "S-3/DOKTOR", 9 }, { "DOKTOR", 9 },
		{ "STRATA3", 9 }, { "STRATAIII", 9 }, { "SUBSPESIALIS", 9 }, { "SPESIALIS2", 9 },
		{ "SPESIALISII", 9 },
		/* BKN's TINGKAT PENDIDIKAN ID: Profesi (42) sits with S1, Spesialis
		 * (47) with S2, Subspesialis (49) with S3 */
		{ "05", 0 }, { "10", 1 }, { "12", 1 }, { "15", 2 }, { "17", 2 }, { "18", 2 },
		{ "20", 3 }, { "25", 4 }, { "30", 5 }, { "35", 6 }, { "40", 7 }, { "42", 7 },
		{ "45", 8 }, { "47", 8 }, { "49", 9 }, { "50", 9 },
	};
	char buf[32];
	size_t i;

	/* the canonical labels first: they are what most rows hold */
	for (i = 0; asn_pendidikan_levels[i]; i++)
		if (strcmp(s, asn_pendidikan_levels[i]) == 0) {
			if (out)
				*out = asn_pendidikan_levels[i];
			return (int)i;
		}
	if (!squeeze_upper(s, strlen(s), buf, sizeof buf))
		return -1;
	for (i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
		if (strcmp(buf, aliases[i].label) == 0) {
			if (out)
				*out = asn_pendidikan_levels[aliases[i].level];
			return aliases[i].level;
		}
	return -1;
}

int asn_jenis_jabatan_find(const char *s)
{
	int i;

	for (i = 0; asn_jenis_jabatan_names[i]; i++)
		if (strcmp(s, asn_jenis_jabatan_names[i]) == 0)
			return i;
	for (i = 0; asn_jenis_jabatan_names[i]; i++)
		if (strcasecmp(s, asn_jenis_jabatan_names[i]) == 0)
			return i;
	return -1;
}

char asn_jenis_kelamin_parse(const char *s)
{
	static const char *const male[] = { "L", "M", "1", "PRIA", "LAKI-LAKI", "LAKI LAKI",
		"LAKI", "LAKILAKI", "MALE", NULL };
	static const char *const female[] = { "P", "F", "W", "2", "WANITA", "PEREMPUAN",
		"FEMALE", NULL };
	int i;

	for (i = 0; male[i]; i++)
		if (strcasecmp(s, male[i]) == 0)
			return 'L';
	for (i = 0; female[i]; i++)
		if (strcasecmp(s, female[i]) == 0)
			return 'P';
	return 0;
}

const char *asn_status_parse(const char *s)
{
	if (strcasecmp(s, "PNS") == 0)
		return "PNS";
	if (strcasecmp(s, "CPNS") == 0)
		return "CPNS";
	if (strcasecmp(s, "PPPK") == 0 || strcasecmp(s, "P3K") == 0)
		return "PPPK";
	return NULL;
}

int asn_nama_has_gelar(const char *s)
{
	static const char *const front[] = { "dr. ", "drs. ", "dra. ", "ir. ", "prof. ",
		"drg. ", "h. ", "hj. ", "dr ", NULL };
	static const char *const back[] = { ", s.", ", m.", ", a.md", ", dr.", ", ns", ", sp.",
		", amd", NULL };
	char low[256];
	size_t i, n = strlen(s);
	int k;

	if (n >= sizeof low)
		n = sizeof low - 1;
	for (i = 0; i < n; i++)
		low[i] = (char)tolower((unsigned char)s[i]);
	low[n] = '\0';
	for (k = 0; front[k]; k++)
		if (strncmp(low, front[k], strlen(front[k])) == 0)
			return 1;
	for (k = 0; back[k]; k++)
		if (strstr(low, back[k]))
			return 1;
	return 0;
}

/* BKN's KEDUDUKAN HUKUM reference (SIASN): ID, name, canonical word. */
static const struct {
	const char *id, *name, *word;
} kedudukan_table[] = {
	{ "1", "Aktif", "aktif" },
	{ "", "PPPK Aktif", "aktif" },
	{ "2", "CLTN", "cltn" },
	{ "", "Cuti di Luar Tanggungan Negara", "cltn" },
	{ "3", "Tugas Belajar", "tugas_belajar" },
	{ "4", "Pemberhentian Sementara", "pemberhentian_sementara" },
	{ "5", "Penerima Uang Tunggu", "uang_tunggu" },
	{ "6", "Prajurit Wajib", "prajurit_wajib" },
	{ "7", "Pejabat Negara", "pejabat_negara" },
	{ "8", "Kepala Desa", "kepala_desa" },
	{ "9", "Sedang dalam Proses Banding BAPEK", "banding_bapek" },
	{ "11", "", "hukuman_disiplin" }, { "12", "", "hukuman_disiplin" },
	{ "13", "", "hukuman_disiplin" }, { "14", "", "hukuman_disiplin" },
	{ "15", "", "hukuman_disiplin" }, { "16", "", "hukuman_disiplin" },
	{ "20", "Masa Persiapan Pensiun", "mpp" },
	{ "", "MPP", "mpp" },
	{ "51", "CPNS yang belum menerima SK CPNS", "cpns_belum_sk" },
	{ "52", "Tidak Aktif", "tidak_aktif" },
	{ "66", "Diberhentikan", "diberhentikan" },
	{ "67", "Punah", "punah" },
	{ "", "Meninggal", "punah" },
	{ "", "Meninggal Dunia", "punah" },
	{ "69", "TMS dari Pengadaan", "tms_pengadaan" },
	{ "70", "Pembatalan NIP", "pembatalan_nip" },
	{ "77", "Pemberhentian tanpa hak pensiun", "berhenti_tanpa_pensiun" },
	{ "88", "Pemberhentian dengan hak pensiun", "berhenti_dengan_pensiun" },
	{ "98", "Mencapai BUP", "bup" },
	{ "99", "Pensiun", "pensiun" },
	{ NULL, NULL, NULL }
};

/* s equal to t ignoring case and blanks at the ends and inside. */
static int loose_equal(const char *s, const char *t)
{
	for (;;) {
		while (*s == ' ' || *s == '\t')
			s++;
		while (*t == ' ')
			t++;
		if (!*s || !*t)
			return !*s && !*t;
		if (tolower((unsigned char)*s) != tolower((unsigned char)*t))
			return 0;
		s++;
		t++;
	}
}

const char *asn_kedudukan_parse(const char *s)
{
	size_t i;

	for (i = 0; kedudukan_table[i].word; i++)
		if ((*kedudukan_table[i].id && loose_equal(s, kedudukan_table[i].id)) ||
		    (*kedudukan_table[i].name && loose_equal(s, kedudukan_table[i].name)) ||
		    strcmp(s, kedudukan_table[i].word) == 0)
			return kedudukan_table[i].word;
	/* "01" as well as "1" */
	if (s[0] == '0' && s[1] >= '1' && s[1] <= '9')
		return asn_kedudukan_parse(s + 1);
	return NULL;
}

void asn_kedudukan_slug(const char *s, char *out, size_t size)
{
	size_t n = 0;
	int gap = 0;

	if (!size)
		return;
	for (; *s && n + 1 < size; s++) {
		if (isalnum((unsigned char)*s)) {
			if (gap && n > 0 && n + 2 < size)
				out[n++] = '_';
			gap = 0;
			out[n++] = (char)tolower((unsigned char)*s);
		} else {
			gap = 1;
		}
	}
	out[n] = '\0';
}

const char *asn_eselon_jenis_jabatan(const char *s)
{
	char buf[16];
	size_t n = 0;
	int level;
	char letter;

	for (; *s && n + 1 < sizeof buf; s++)
		if (*s != ' ' && *s != '.' && *s != '/' && *s != '-')
			buf[n++] = (char)toupper((unsigned char)*s);
	buf[n] = '\0';
	if (n == 2 && isdigit((unsigned char)buf[0]) && isdigit((unsigned char)buf[1])) {
		/* BKN ESELON ID: 11 I.a, 12 I.b, 21 II.a ... 42 IV.b, 51 V.a */
		level = buf[0] - '0';
		if (level == 1)
			return buf[1] == '1' ? "jpt_utama" : "jpt_madya";
	} else if (n >= 2 && buf[n - 1] >= 'A' && buf[n - 1] <= 'E') {
		letter = buf[n - 1];
		buf[n - 1] = '\0';
		level = strcmp(buf, "I") == 0 ? 1 : strcmp(buf, "II") == 0 ? 2 :
		        strcmp(buf, "III") == 0 ? 3 : strcmp(buf, "IV") == 0 ? 4 :
		        strcmp(buf, "V") == 0 ? 5 : 0;
		if (level == 1)
			return letter == 'A' ? "jpt_utama" : "jpt_madya";
	} else {
		return NULL;
	}
	switch (level) {
	case 2: return "jpt_pratama";
	case 3: return "administrator";
	case 4: case 5: return "pengawas";
	default: return NULL;
	}
}
