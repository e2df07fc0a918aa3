#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "pegawai.h"
#include "talent.h"
#include "text.h"
#include "yaml.h"

enum { PENDIDIKAN_D4 = 6, PENDIDIKAN_S1 = 7 };

const char *const asn_level_names[3] = { "rendah", "sedang", "tinggi" };

const char *const asn_predikat_names[5] = {
	"Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang"
};

const char *const asn_fit_names[3] = { "sesuai", "tidak_sesuai", "tidak_diketahui" };

asn_level asn_talent_level(double value, double low_max, double mid_max)
{
	if (value <= low_max)
		return ASN_LEVEL_RENDAH;
	if (value <= mid_max)
		return ASN_LEVEL_SEDANG;
	return ASN_LEVEL_TINGGI;
}

asn_level asn_talent_level_kinerja(const asn_config *cfg, double value)
{
	return asn_talent_level(value, cfg->kinerja_low_max, cfg->kinerja_mid_max);
}

asn_level asn_talent_level_potensi(const asn_config *cfg, double value)
{
	return asn_talent_level(value, cfg->potensi_low_max, cfg->potensi_mid_max);
}

/* Permenpan RB 3/2020: boxes numbered by potensi row, kinerja column. */
int asn_talent_box(asn_level kinerja, asn_level potensi)
{
	static const int box[3][3] = {
		/* kinerja rendah, sedang, tinggi */
		{ 1, 2, 4 },    /* potensi rendah */
		{ 3, 5, 7 },    /* potensi sedang */
		{ 6, 8, 9 },    /* potensi tinggi */
	};

	return box[potensi][kinerja];
}

const char *asn_talent_recommendation(int box)
{
	static const char *const text[9] = {
		"diproses sesuai ketentuan disiplin",
		"bimbingan kinerja",
		"bimbingan kinerja",
		"rotasi; pengembangan kompetensi",
		"pengembangan kompetensi",
		"penempatan yang sesuai; bimbingan kinerja; konseling kinerja",
		"dipertahankan; kelompok rencana suksesi; rotasi",
		"dipertahankan; kelompok rencana suksesi; rotasi",
		"promosi; kelompok rencana suksesi",
	};

	if (box < 1 || box > 9)
		return NULL;
	return text[box - 1];
}

/* Lower-case copy without spaces, '_' and '-'; 0 if it does not fit. */
static int squeeze_lower(const char *s, char *buf, size_t size)
{
	size_t n = 0;

	for (; *s; s++) {
		if (*s == ' ' || *s == '_' || *s == '-')
			continue;
		if (n + 1 >= size)
			return 0;
		buf[n++] = (char)tolower((unsigned char)*s);
	}
	buf[n] = '\0';
	return 1;
}

int asn_rating_parse(const char *s)
{
	static const char *const names[] = { "dibawah", "sesuai", "diatas" };
	static const char suffix[] = "ekspektasi";
	char buf[64];
	size_t n, k = sizeof suffix - 1;
	int i;

	if (!squeeze_lower(s, buf, sizeof buf))
		return -1;
	n = strlen(buf);
	if (n > k && strcmp(buf + n - k, suffix) == 0)
		buf[n - k] = '\0';
	for (i = 0; i < 3; i++)
		if (strcmp(buf, names[i]) == 0)
			return i;
	return -1;
}

int asn_predikat_parse(const char *s)
{
	static const struct { const char *name; asn_predikat p; } names[] = {
		{ "sangatbaik", ASN_SKP_SANGAT_BAIK },
		{ "baik", ASN_SKP_BAIK },
		{ "butuhperbaikan", ASN_SKP_BUTUH_PERBAIKAN },
		{ "kurang", ASN_SKP_KURANG },
		{ "kurang/misconduct", ASN_SKP_KURANG },
		{ "misconduct", ASN_SKP_KURANG },
		{ "sangatkurang", ASN_SKP_SANGAT_KURANG },
	};
	char buf[64];
	size_t i;

	if (!squeeze_lower(s, buf, sizeof buf))
		return -1;
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(buf, names[i].name) == 0)
			return (int)names[i].p;
	return -1;
}

/* Permenpan RB 6/2022: predikat kinerja from hasil kerja x perilaku. */
asn_predikat asn_predikat_from_ratings(asn_rating hasil_kerja, asn_rating perilaku)
{
	if (hasil_kerja == ASN_RATING_DIBAWAH)
		return perilaku == ASN_RATING_DIBAWAH ? ASN_SKP_SANGAT_KURANG : ASN_SKP_BUTUH_PERBAIKAN;
	if (perilaku == ASN_RATING_DIBAWAH)
		return ASN_SKP_KURANG;
	if (hasil_kerja == ASN_RATING_DIATAS && perilaku == ASN_RATING_DIATAS)
		return ASN_SKP_SANGAT_BAIK;
	return ASN_SKP_BAIK;
}

double asn_predikat_value(const asn_config *cfg, asn_predikat p)
{
	switch (p) {
	case ASN_SKP_SANGAT_BAIK: return cfg->skp_sangat_baik;
	case ASN_SKP_BAIK: return cfg->skp_baik;
	case ASN_SKP_BUTUH_PERBAIKAN: return cfg->skp_butuh_perbaikan;
	case ASN_SKP_KURANG: return cfg->skp_kurang;
	case ASN_SKP_SANGAT_KURANG: break;
	}
	return cfg->skp_sangat_kurang;
}

void asn_skp_columns_find(asn_skp_columns *c, const asn_input *in)
{
	c->nilai = asn_input_find(in, "nilai_kinerja");
	c->predikat = asn_input_find(in, "predikat");
	c->hasil_kerja = asn_input_find(in, "hasil_kerja");
	c->perilaku = asn_input_find(in, "perilaku");
	if ((c->hasil_kerja < 0) != (c->perilaku < 0))
		asn_input_require(in, c->perilaku < 0 ? "perilaku" : "hasil_kerja",
		                  " (hasil_kerja and perilaku go together)");
	if (c->nilai < 0 && c->predikat < 0 && c->hasil_kerja < 0)
		asn_die(ASN_EXIT_INPUT, "%s:1: missing kinerja column: expected nilai_kinerja, predikat, "
		        "or hasil_kerja and perilaku", in->name);
}

int asn_skp_kinerja(const asn_config *cfg, const asn_input *in, const asn_skp_columns *c,
                    double *value, unsigned long long *rejected)
{
	const char *v = asn_input_cell(in, c->nilai), *hk = asn_input_cell(in, c->hasil_kerja);
	const char *pr = asn_input_cell(in, c->perilaku), *pred = asn_input_cell(in, c->predikat);
	long line = in->rec.line;
	int hasil, perilaku, p = -1, derived = -1;

	if (*v) {
		if (asn_number_parse(v, ASN_NUMBER_COMMA, value) < 0 || *value > 100) {
			asn_reject(rejected, in->name, line, c->nilai,
			           "nilai_kinerja '%s': expected a number from 0 to 100", v);
			return -1;
		}
		return 0;
	}
	if (*hk || *pr) {
		if ((hasil = asn_rating_parse(hk)) < 0) {
			asn_reject(rejected, in->name, line, c->hasil_kerja,
			           "hasil_kerja '%s': expected diatas, sesuai or dibawah (ekspektasi)", hk);
			return -1;
		}
		if ((perilaku = asn_rating_parse(pr)) < 0) {
			asn_reject(rejected, in->name, line, c->perilaku,
			           "perilaku '%s': expected diatas, sesuai or dibawah (ekspektasi)", pr);
			return -1;
		}
		derived = (int)asn_predikat_from_ratings((asn_rating)hasil, (asn_rating)perilaku);
	}
	if (*pred && (p = asn_predikat_parse(pred)) < 0) {
		asn_reject(rejected, in->name, line, c->predikat, "predikat '%s': expected Sangat Baik, "
		           "Baik, Butuh Perbaikan, Kurang or Sangat Kurang", pred);
		return -1;
	}
	if (p >= 0 && derived >= 0 && p != derived) {
		asn_reject(rejected, in->name, line, c->predikat, "predikat '%s' disagrees with "
		           "hasil_kerja '%s' x perilaku '%s' (%s)", pred, hk, pr,
		           asn_predikat_names[derived]);
		return -1;
	}
	if (p < 0)
		p = derived;
	if (p < 0) {
		asn_reject(rejected, in->name, line,
		           c->nilai >= 0 ? c->nilai : c->predikat >= 0 ? c->predikat : c->hasil_kerja,
		           "no kinerja: nilai_kinerja, predikat and hasil_kerja/perilaku are empty");
		return -1;
	}
	*value = asn_predikat_value(cfg, (asn_predikat)p);
	return 0;
}


static int load_jurusan(const asn_yaml_ctx *c, const asn_yaml_node *n, asn_standar_rule *rule)
{
	const char *v;
	size_t i;

	if (n->kind == ASN_YAML_SCALAR) {
		if (asn_yaml_string(n, c->name, &v, c->err, c->errsize) < 0)
			return -1;
		rule->jurusan = asn_calloc(1, sizeof *rule->jurusan);
		rule->jurusan[rule->njurusan++] = asn_strdup(v);
		return 0;
	}
	if (asn_yaml_expect(n, ASN_YAML_SEQUENCE, c->name, c->err, c->errsize) < 0)
		return -1;
	if (n->nitems == 0)
		return asn_yaml_fail(c, n, "key 'jurusan': expected at least one field of study, got "
		                     "an empty list");
	rule->jurusan = asn_calloc(n->nitems, sizeof *rule->jurusan);
	for (i = 0; i < n->nitems; i++) {
		if (asn_yaml_string(n->items[i], c->name, &v, c->err, c->errsize) < 0)
			return -1;
		rule->jurusan[rule->njurusan++] = asn_strdup(v);
	}
	return 0;
}

static int load_rule(const asn_yaml_ctx *c, const asn_yaml_node *n, asn_standar_rule *rule)
{
	static const char *const keys[] = { "jabatan", "pendidikan_min", "jurusan", NULL };
	const asn_yaml_node *jabatan, *min, *jurusan;
	const char *v, *canonical;

	if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(n, c->name, keys, c->err, c->errsize) < 0)
		return -1;
	rule->line = n->line;
	if (!(jabatan = asn_yaml_get(n, "jabatan")))
		return asn_yaml_fail(c, n, "standar rule needs 'jabatan' (a name or a glob such as \"Guru *\")");
	if (asn_yaml_string(jabatan, c->name, &v, c->err, c->errsize) < 0)
		return -1;
	rule->jabatan = asn_strdup(v);
	if (!(min = asn_yaml_get(n, "pendidikan_min")))
		return asn_yaml_fail(c, n, "standar rule needs 'pendidikan_min'");
	if (asn_yaml_string(min, c->name, &v, c->err, c->errsize) < 0)
		return -1;
	rule->pendidikan_min = asn_pendidikan_parse(v, &canonical);
	if (rule->pendidikan_min < 0)
		return asn_yaml_fail(c, min, "key 'pendidikan_min': expected SD, SMP, SMA, D1, D2, D3, "
		                     "D4, S1, S2 "
		            "or S3, got '%s'", v);
	if ((jurusan = asn_yaml_get(n, "jurusan")) && !asn_yaml_is_null(jurusan))
		return load_jurusan(c, jurusan, rule);
	return 0;
}

static int load_tree(asn_standar *s, const asn_yaml_node *root, const asn_yaml_ctx *c)
{
	static const char *const keys[] = { "standar", NULL };
	const asn_yaml_node *list;
	size_t i;

	if (asn_yaml_expect(root, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(root, c->name, keys, c->err, c->errsize) < 0)
		return -1;
	if (!(list = asn_yaml_get(root, "standar")))
		return asn_yaml_fail(c, root, "missing key 'standar' (a list of {jabatan, "
		                     "pendidikan_min, jurusan})");
	if (asn_yaml_expect(list, ASN_YAML_SEQUENCE, c->name, c->err, c->errsize) < 0)
		return -1;
	s->rules = asn_calloc(list->nitems ? list->nitems : 1, sizeof *s->rules);
	for (i = 0; i < list->nitems; i++) {
		s->nrules = i + 1;
		if (load_rule(c, list->items[i], &s->rules[i]) < 0)
			return -1;
	}
	return 0;
}

static int build(void *obj, const asn_yaml_node *root, const char *name, char *err,
                 size_t errsize)
{
	asn_yaml_ctx c = { name, err, errsize };

	if (load_tree(obj, root, &c) == 0)
		return 0;
	asn_standar_free(obj);
	return -1;
}

int asn_standar_load_file(asn_standar *s, const char *path, char *err, size_t errsize)
{
	memset(s, 0, sizeof *s);
	return asn_yaml_build_file(path, build, s, err, errsize);
}

int asn_standar_load_string(asn_standar *s, const char *text, size_t len, const char *name,
                            char *err, size_t errsize)
{
	memset(s, 0, sizeof *s);
	return asn_yaml_build_string(text, len, name, build, s, err, errsize);
}

void asn_standar_free(asn_standar *s)
{
	size_t i, j;

	for (i = 0; i < s->nrules; i++) {
		free(s->rules[i].jabatan);
		for (j = 0; j < s->rules[i].njurusan; j++)
			free(s->rules[i].jurusan[j]);
		free(s->rules[i].jurusan);
	}
	free(s->rules);
	s->rules = NULL;
	s->nrules = 0;
}

/* D4 (sarjana terapan) stands level with S1. */
static int education_rank(int level)
{
	return level == PENDIDIKAN_D4 ? PENDIDIKAN_S1 : level;
}

asn_fit asn_standar_fit(const asn_standar *s, const char *jabatan, const char *pendidikan,
                        const char *jurusan)
{
	const asn_standar_rule *rule = NULL;
	size_t i;
	int level;

	for (i = 0; i < s->nrules && !rule; i++)
		if (jabatan && asn_glob_match(s->rules[i].jabatan, jabatan))
			rule = &s->rules[i];
	if (!rule || !pendidikan || (level = asn_pendidikan_parse(pendidikan, NULL)) < 0)
		return ASN_FIT_TIDAK_DIKETAHUI;
	if (education_rank(level) < education_rank(rule->pendidikan_min))
		return ASN_FIT_TIDAK_SESUAI;
	if (rule->njurusan == 0)
		return ASN_FIT_SESUAI;
	if (!jurusan || !*jurusan)
		return ASN_FIT_TIDAK_DIKETAHUI;
	for (i = 0; i < rule->njurusan; i++)
		if (asn_glob_match(rule->jurusan[i], jurusan))
			return ASN_FIT_SESUAI;
	return ASN_FIT_TIDAK_SESUAI;
}
