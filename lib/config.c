#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "cli.h"
#include "config.h"
#include "names.h"
#include "pegawai.h"
#include "yaml.h"

enum { BUP_MIN = 40, BUP_MAX = 80, AGE_MIN = 10, AGE_MAX = 100 };

/* PP 11/2017 art. 240: a law on a specific functional position wins, so
 * those rules come first. */
static const struct {
	const char *jenis_jabatan, *jabatan;
	int bup;
} default_rules[] = {
	{ NULL, "Guru Besar*", 70 },             /* UU 14/2005 art. 67 (5): a professor, 70 */
	{ NULL, "*Profesor*", 70 },
	{ NULL, "Guru *", 60 },                  /* UU 14/2005 art. 30 */
	{ NULL, "Dosen *", 65 },                 /* UU 14/2005 art. 67 (4) */
	{ "jpt_utama", NULL, 60 },               /* PP 11/2017 art. 239 */
	{ "jpt_madya", NULL, 60 },
	{ "jpt_pratama", NULL, 60 },
	{ "fungsional_ahli_utama", NULL, 65 },
	{ "fungsional_ahli_madya", NULL, 60 },
};

static const char *const rounding_names[] = { "round", "ceil", "floor", "none", NULL };

typedef struct {
	const char *name;
	char *err;
	size_t errsize;
} context;

static char *
copy(const char *s)
{
	return s != NULL ? asn_strdup(s) : NULL;
}

static void
free_rules(asn_config *cfg)
{
	size_t i;

	for (i = 0; i < cfg->nbup_rules; i++) {
		free(cfg->bup_rules[i].jenis_jabatan);
		free(cfg->bup_rules[i].jabatan);
	}
	free(cfg->bup_rules);
	cfg->bup_rules = NULL;
	cfg->nbup_rules = 0;
}

void
asn_config_defaults(asn_config *cfg)
{
	size_t i, n = sizeof(default_rules) / sizeof(default_rules[0]);

	memset(cfg, 0, sizeof(*cfg));
	cfg->bahasa = "id";
	cfg->bup_rules = asn_calloc(n, sizeof(*cfg->bup_rules));
	for (i = 0; i < n; i++) {
		cfg->bup_rules[i].jenis_jabatan = copy(default_rules[i].jenis_jabatan);
		cfg->bup_rules[i].jabatan = copy(default_rules[i].jabatan);
		cfg->bup_rules[i].bup = default_rules[i].bup;
	}
	cfg->nbup_rules = n;
	cfg->bup_default = 58;           /* PP 11/2017 art. 239 */

	cfg->wke_hours = 1250;           /* Permenpan RB 1/2020 */
	/* Permenpan RB 1/2020's tables count 250 days and 50 weeks a year;
	 * KEP/75/M.PAN/2004 put 235 days behind the same 1250 hours */
	cfg->hari_kerja = 250;
	cfg->minggu_kerja = 50;
	cfg->rounding = ASN_ROUND_HALF_UP;
	cfg->pj_a = 1.00;
	cfg->pj_b = 0.90;
	cfg->pj_c = 0.70;
	cfg->pj_d = 0.50;

	cfg->kinerja_low_max = 60;       /* Permenpan RB 3/2020 */
	cfg->kinerja_mid_max = 80;
	cfg->potensi_low_max = 60;
	cfg->potensi_mid_max = 80;

	cfg->skp_sangat_baik = 90;       /* Permenpan RB 6/2022 */
	cfg->skp_baik = 70;
	cfg->skp_butuh_perbaikan = 50;
	cfg->skp_kurang = 40;
	cfg->skp_sangat_kurang = 30;

	cfg->ikm_a = 88.31;              /* Permenpan RB 14/2017 */
	cfg->ikm_b = 76.61;
	cfg->ikm_c = 65.00;
	cfg->ikm_d = 25.00;

	cfg->jp_minimum = 20;            /* PP 17/2020 art. 203 */
	/* a move within the unit (OPD) is preferred to one between units; no
	 * one within a year of BUP is moved */
	cfg->pindah_biaya_unit = 1;
	cfg->pindah_biaya_lain = 2;
	cfg->pindah_sisa_tahun = 1;

	cfg->age_min = 17;
	cfg->age_max = 70;
	cfg->tmt_min_age = 17;

	cfg->kedudukan_aktif = asn_calloc(2, sizeof(*cfg->kedudukan_aktif));
	cfg->kedudukan_aktif[0] = asn_strdup("aktif");  /* BKN KEDUDUKAN HUKUM 1 */
	cfg->nkedudukan_aktif = 1;
	for (i = 0; asn_names_acronyms[i]; i++)
		;
	cfg->singkatan = asn_calloc(i + 1, sizeof(*cfg->singkatan));
	for (i = 0; asn_names_acronyms[i]; i++)
		cfg->singkatan[i] = asn_strdup(asn_names_acronyms[i]);
	cfg->nsingkatan = i;
}

static void
free_list(char ***list, size_t *n)
{
	size_t i;

	for (i = 0; *list && (*list)[i]; i++)
		free((*list)[i]);
	free(*list);
	*list = NULL;
	*n = 0;
}

void
asn_config_free(asn_config *cfg)
{
	free_rules(cfg);
	free_list(&cfg->kedudukan_aktif, &cfg->nkedudukan_aktif);
	free_list(&cfg->singkatan, &cfg->nsingkatan);
	free(cfg->source);
	cfg->source = NULL;
}

/* The mapping under `key`, checked against its keys; *out is NULL when the
 * key is absent or left empty. */
static int
section(const context *c, const asn_yaml_node *map, const char *key,
    const char *const *keys, const asn_yaml_node **out)
{
	const asn_yaml_node *n = asn_yaml_get(map, key);

	*out = NULL;
	if (n == NULL || asn_yaml_is_null(n))
		return 0;
	if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(n, c->name, keys, c->err, c->errsize) < 0)
		return -1;
	*out = n;
	return 0;
}

static int
get_int(const context *c, const asn_yaml_node *map, const char *key, int min,
    int max, int *out)
{
	const asn_yaml_node *n = asn_yaml_get(map, key);
	long v;

	if (n == NULL)
		return 0;
	if (asn_yaml_int(n, c->name, min, max, &v, c->err, c->errsize) < 0)
		return -1;
	*out = (int)v;
	return 0;
}

static int
get_double(const context *c, const asn_yaml_node *map, const char *key,
    double min, double max, double *out)
{
	const asn_yaml_node *n = asn_yaml_get(map, key);

	if (n == NULL)
		return 0;
	return asn_yaml_double(n, c->name, min, max, out, c->err, c->errsize);
}

static int
load_rule(const context *c, const asn_yaml_node *n, asn_bup_rule *rule)
{
	static const char *const keys[] = { "match", "jenis_jabatan", "bup", NULL };
	const asn_yaml_node *match, *jenis, *bup;
	const char *glob;
	int kind;

	if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(n, c->name, keys, c->err, c->errsize) < 0)
		return -1;
	match = asn_yaml_get(n, "match");
	jenis = asn_yaml_get(n, "jenis_jabatan");
	bup = asn_yaml_get(n, "bup");
	if (match == NULL && jenis == NULL)
		return asn_yaml_error(n, c->name, c->err, c->errsize,
		    "bup rule needs 'match' or 'jenis_jabatan'");
	if (bup == NULL)
		return asn_yaml_error(n, c->name, c->err, c->errsize,
		    "bup rule needs 'bup'");
	if (match != NULL) {
		if (asn_yaml_string(match, c->name, &glob, c->err, c->errsize) < 0)
			return -1;
		rule->jabatan = asn_strdup(glob);
	}
	if (jenis != NULL) {
		if (asn_yaml_enum(jenis, c->name, asn_jenis_jabatan_names, &kind,
		    c->err, c->errsize) < 0)
			return -1;
		rule->jenis_jabatan = asn_strdup(asn_jenis_jabatan_names[kind]);
	}
	return get_int(c, n, "bup", BUP_MIN, BUP_MAX, &rule->bup);
}

/* A rules list given by the user replaces the built-in one as a whole. */
static int
load_bup(const context *c, const asn_yaml_node *root, asn_config *cfg)
{
	static const char *const keys[] = { "default", "rules", NULL };
	const asn_yaml_node *bup, *rules;
	size_t i;

	if (section(c, root, "bup", keys, &bup) < 0)
		return -1;
	if (bup == NULL)
		return 0;
	if (get_int(c, bup, "default", BUP_MIN, BUP_MAX, &cfg->bup_default) < 0)
		return -1;
	if ((rules = asn_yaml_get(bup, "rules")) == NULL)
		return 0;
	if (asn_yaml_expect(rules, ASN_YAML_SEQUENCE, c->name, c->err,
	    c->errsize) < 0)
		return -1;
	free_rules(cfg);
	cfg->bup_rules = asn_calloc(rules->nitems, sizeof(*cfg->bup_rules));
	for (i = 0; i < rules->nitems; i++) {
		cfg->nbup_rules = i + 1;
		if (load_rule(c, rules->items[i], &cfg->bup_rules[i]) < 0)
			return -1;
	}
	return 0;
}

static int
load_abk(const context *c, const asn_yaml_node *root, asn_config *cfg)
{
	static const char *const keys[] = {
		"wke_hours", "hari_kerja", "minggu_kerja", "rounding", "pj", NULL
	};
	static const char *const pj_keys[] = { "a", "b", "c", "d", NULL };
	const asn_yaml_node *abk, *pj, *n;
	char a[32], b[32], cc[32], d[32];
	int rounding;

	if (section(c, root, "abk", keys, &abk) < 0)
		return -1;
	if (abk == NULL)
		return 0;
	if (get_double(c, abk, "wke_hours", 1, 8784, &cfg->wke_hours) < 0 ||
	    get_double(c, abk, "hari_kerja", 1, 366, &cfg->hari_kerja) < 0 ||
	    get_double(c, abk, "minggu_kerja", 1, 53, &cfg->minggu_kerja) < 0)
		return -1;
	if ((n = asn_yaml_get(abk, "rounding")) != NULL) {
		if (asn_yaml_enum(n, c->name, rounding_names, &rounding, c->err,
		    c->errsize) < 0)
			return -1;
		cfg->rounding = (asn_rounding)rounding;
	}
	if (section(c, abk, "pj", pj_keys, &pj) < 0)
		return -1;
	if (pj == NULL)
		return 0;
	if (get_double(c, pj, "a", 0, 10, &cfg->pj_a) < 0 ||
	    get_double(c, pj, "b", 0, 10, &cfg->pj_b) < 0 ||
	    get_double(c, pj, "c", 0, 10, &cfg->pj_c) < 0 ||
	    get_double(c, pj, "d", 0, 10, &cfg->pj_d) < 0)
		return -1;
	if (cfg->pj_a >= cfg->pj_b && cfg->pj_b >= cfg->pj_c &&
	    cfg->pj_c >= cfg->pj_d)
		return 0;
	asn_yaml_format_number(cfg->pj_a, a, sizeof(a));
	asn_yaml_format_number(cfg->pj_b, b, sizeof(b));
	asn_yaml_format_number(cfg->pj_c, cc, sizeof(cc));
	asn_yaml_format_number(cfg->pj_d, d, sizeof(d));
	return asn_yaml_error(pj, c->name, c->err, c->errsize,
	    "abk.pj: expected a >= b >= c >= d, got a %s, b %s, c %s, d %s",
	    a, b, cc, d);
}

static int
load_band(const context *c, const asn_yaml_node *talent, const char *key,
    double *low_max, double *mid_max)
{
	static const char *const keys[] = { "rendah_max", "sedang_max", NULL };
	const asn_yaml_node *band;
	char low[32], mid[32];

	if (section(c, talent, key, keys, &band) < 0)
		return -1;
	if (band == NULL)
		return 0;
	if (get_double(c, band, "rendah_max", 0, 100, low_max) < 0 ||
	    get_double(c, band, "sedang_max", 0, 100, mid_max) < 0)
		return -1;
	if (*low_max < *mid_max)
		return 0;
	asn_yaml_format_number(*low_max, low, sizeof(low));
	asn_yaml_format_number(*mid_max, mid, sizeof(mid));
	return asn_yaml_error(band, c->name, c->err, c->errsize,
	    "talent.%s: rendah_max (%s) must be less than sedang_max (%s)",
	    key, low, mid);
}

static int
load_talent(const context *c, const asn_yaml_node *root, asn_config *cfg)
{
	static const char *const keys[] = { "kinerja", "potensi", NULL };
	const asn_yaml_node *talent;

	if (section(c, root, "talent", keys, &talent) < 0)
		return -1;
	if (talent == NULL)
		return 0;
	if (load_band(c, talent, "kinerja", &cfg->kinerja_low_max,
	    &cfg->kinerja_mid_max) < 0)
		return -1;
	return load_band(c, talent, "potensi", &cfg->potensi_low_max,
	    &cfg->potensi_mid_max);
}

static int
load_skp(const context *c, const asn_yaml_node *root, asn_config *cfg)
{
	static const char *const keys[] = { "sangat_baik", "baik",
	    "butuh_perbaikan", "kurang", "sangat_kurang", NULL };
	const asn_yaml_node *skp;

	if (section(c, root, "skp", keys, &skp) < 0)
		return -1;
	if (skp == NULL)
		return 0;
	if (get_double(c, skp, "sangat_baik", 0, 100, &cfg->skp_sangat_baik) < 0 ||
	    get_double(c, skp, "baik", 0, 100, &cfg->skp_baik) < 0 ||
	    get_double(c, skp, "butuh_perbaikan", 0, 100,
	    &cfg->skp_butuh_perbaikan) < 0 ||
	    get_double(c, skp, "kurang", 0, 100, &cfg->skp_kurang) < 0 ||
	    get_double(c, skp, "sangat_kurang", 0, 100,
	    &cfg->skp_sangat_kurang) < 0)
		return -1;
	return 0;
}

static int
load_ikm(const context *c, const asn_yaml_node *root, asn_config *cfg)
{
	static const char *const keys[] = { "a", "b", "c", "d", NULL };
	const asn_yaml_node *ikm;
	char a[32], b[32], cc[32], d[32];

	if (section(c, root, "ikm", keys, &ikm) < 0)
		return -1;
	if (ikm == NULL)
		return 0;
	if (get_double(c, ikm, "a", 0, 100, &cfg->ikm_a) < 0 ||
	    get_double(c, ikm, "b", 0, 100, &cfg->ikm_b) < 0 ||
	    get_double(c, ikm, "c", 0, 100, &cfg->ikm_c) < 0 ||
	    get_double(c, ikm, "d", 0, 100, &cfg->ikm_d) < 0)
		return -1;
	if (cfg->ikm_a > cfg->ikm_b && cfg->ikm_b > cfg->ikm_c &&
	    cfg->ikm_c > cfg->ikm_d)
		return 0;
	asn_yaml_format_number(cfg->ikm_a, a, sizeof(a));
	asn_yaml_format_number(cfg->ikm_b, b, sizeof(b));
	asn_yaml_format_number(cfg->ikm_c, cc, sizeof(cc));
	asn_yaml_format_number(cfg->ikm_d, d, sizeof(d));
	return asn_yaml_error(ikm, c->name, c->err, c->errsize,
	    "ikm: expected a > b > c > d, got a %s, b %s, c %s, d %s",
	    a, b, cc, d);
}

static int
load_training(const context *c, const asn_yaml_node *root, asn_config *cfg)
{
	static const char *const keys[] = { "jp_minimum", NULL };
	const asn_yaml_node *training;

	if (section(c, root, "training", keys, &training) < 0)
		return -1;
	if (training == NULL)
		return 0;
	return get_double(c, training, "jp_minimum", 0, 1000, &cfg->jp_minimum);
}

static int
load_redistribusi(const context *c, const asn_yaml_node *root, asn_config *cfg)
{
	static const char *const keys[] = { "biaya_unit", "biaya_lain", "sisa_tahun", NULL };
	const asn_yaml_node *r;

	if (section(c, root, "redistribusi", keys, &r) < 0)
		return -1;
	if (r == NULL)
		return 0;
	return get_double(c, r, "biaya_unit", 0, 1000000, &cfg->pindah_biaya_unit) < 0 ||
	    get_double(c, r, "biaya_lain", 0, 1000000, &cfg->pindah_biaya_lain) < 0 ||
	    get_double(c, r, "sisa_tahun", 0, 50, &cfg->pindah_sisa_tahun) < 0 ? -1 : 0;
}

static int
load_import(const context *c, const asn_yaml_node *root, asn_config *cfg)
{
	static const char *const keys[] = { "age_min", "age_max", "tmt_min_age", NULL };
	const asn_yaml_node *import;

	if (section(c, root, "import", keys, &import) < 0)
		return -1;
	if (import == NULL)
		return 0;
	if (get_int(c, import, "age_min", AGE_MIN, AGE_MAX, &cfg->age_min) < 0 ||
	    get_int(c, import, "age_max", AGE_MIN, AGE_MAX, &cfg->age_max) < 0 ||
	    get_int(c, import, "tmt_min_age", AGE_MIN, AGE_MAX,
	    &cfg->tmt_min_age) < 0)
		return -1;
	if (cfg->age_min >= cfg->age_max)
		return asn_yaml_error(import, c->name, c->err, c->errsize,
		    "import: age_min (%d) must be less than age_max (%d)",
		    cfg->age_min, cfg->age_max);
	if (cfg->tmt_min_age > cfg->age_max)
		return asn_yaml_error(import, c->name, c->err, c->errsize,
		    "import: tmt_min_age (%d) must not exceed age_max (%d)",
		    cfg->tmt_min_age, cfg->age_max);
	return 0;
}

/* A list of strings (NULL-terminated) replacing *list. */
static int
get_list(const context *c, const asn_yaml_node *map, const char *key, char ***list,
    size_t *n)
{
	const asn_yaml_node *seq = asn_yaml_get(map, key);
	size_t i;

	if (seq == NULL)
		return 0;
	if (asn_yaml_expect(seq, ASN_YAML_SEQUENCE, c->name, c->err, c->errsize) < 0)
		return -1;
	for (i = 0; i < seq->nitems; i++)
		if (seq->items[i]->kind != ASN_YAML_SCALAR || !*seq->items[i]->value)
			return asn_yaml_error(seq->items[i], c->name, c->err, c->errsize,
			    "%s: expected a word", key);
	free_list(list, n);
	*list = asn_calloc(seq->nitems + 1, sizeof(**list));
	for (i = 0; i < seq->nitems; i++)
		(*list)[i] = asn_strdup(seq->items[i]->value);
	*n = seq->nitems;
	return 0;
}

static int
load_kedudukan(const context *c, const asn_yaml_node *root, asn_config *cfg)
{
	static const char *const keys[] = { "aktif", NULL };
	const asn_yaml_node *k;
	size_t i;

	if (section(c, root, "kedudukan", keys, &k) < 0)
		return -1;
	if (k == NULL)
		return 0;
	if (get_list(c, k, "aktif", &cfg->kedudukan_aktif, &cfg->nkedudukan_aktif) < 0)
		return -1;
	for (i = 0; i < cfg->nkedudukan_aktif; i++)
		if (!asn_kedudukan_parse(cfg->kedudukan_aktif[i]))
			return asn_yaml_error(asn_yaml_get(k, "aktif"), c->name, c->err,
			    c->errsize, "kedudukan.aktif: unknown kedudukan '%s'",
			    cfg->kedudukan_aktif[i]);
		else
			snprintf(cfg->kedudukan_aktif[i], strlen(cfg->kedudukan_aktif[i]) + 1,
			    "%s", asn_kedudukan_parse(cfg->kedudukan_aktif[i]));
	return 0;
}

static int
load_nama(const context *c, const asn_yaml_node *root, asn_config *cfg)
{
	static const char *const keys[] = { "singkatan", NULL };
	const asn_yaml_node *k;

	if (section(c, root, "nama", keys, &k) < 0)
		return -1;
	if (k == NULL)
		return 0;
	return get_list(c, k, "singkatan", &cfg->singkatan, &cfg->nsingkatan);
}

static const char *const bahasa_names[] = { "id", "en", NULL };

static int
apply(asn_config *cfg, const asn_yaml_node *root, const char *name, char *err,
    size_t errsize)
{
	static const char *const keys[] = { "bup", "abk", "talent", "skp", "ikm",
	    "training", "import", "kedudukan", "nama", "redistribusi", "bahasa", NULL };
	context c = { name, err, errsize };
	const asn_yaml_node *n;
	int bahasa;

	if (asn_yaml_expect(root, ASN_YAML_MAPPING, name, err, errsize) < 0 ||
	    asn_yaml_check_keys(root, name, keys, err, errsize) < 0)
		return -1;
	if (load_bup(&c, root, cfg) < 0 || load_abk(&c, root, cfg) < 0 ||
	    load_talent(&c, root, cfg) < 0 || load_skp(&c, root, cfg) < 0 ||
	    load_ikm(&c, root, cfg) < 0 || load_training(&c, root, cfg) < 0 ||
	    load_import(&c, root, cfg) < 0 || load_kedudukan(&c, root, cfg) < 0 ||
	    load_nama(&c, root, cfg) < 0 || load_redistribusi(&c, root, cfg) < 0)
		return -1;
	if ((n = asn_yaml_get(root, "bahasa")) != NULL) {
		if (asn_yaml_enum(n, name, bahasa_names, &bahasa, err, errsize) < 0)
			return -1;
		cfg->bahasa = bahasa_names[bahasa];
	}
	return 0;
}

/* Defaults overridden by the document; on error cfg is left at the
 * defaults, so asn_config_free is right in every case. */
static int
build(void *obj, const asn_yaml_node *root, const char *name, char *err,
    size_t errsize)
{
	asn_config *cfg = obj;

	if (apply(cfg, root, name, err, errsize) < 0) {
		asn_config_free(cfg);
		asn_config_defaults(cfg);
		return -1;
	}
	cfg->source = asn_strdup(name);
	return 0;
}

int
asn_config_load_string(asn_config *cfg, const char *text, size_t len,
    const char *name, char *err, size_t errsize)
{
	asn_config_defaults(cfg);
	return asn_yaml_build_string(text, len, name, build, cfg, err, errsize);
}

int
asn_config_load_file(asn_config *cfg, const char *path, char *err, size_t errsize)
{
	asn_config_defaults(cfg);
	return asn_yaml_build_file(path, build, cfg, err, errsize);
}

static int
absent(const char *path)
{
	return access(path, F_OK) < 0 && (errno == ENOENT || errno == ENOTDIR);
}

#ifndef ASN_DATADIR
#define ASN_DATADIR "/usr/local/share/asn-toolkit"
#endif
/* the configuration make install puts in DATADIR (the Makefile compiles
 * its DATADIR in): read when no other is found */
const char *asn_config_system = ASN_DATADIR "/config.yaml";

int
asn_config_load(asn_config *cfg, const char *path, char *err, size_t errsize)
{
	const char *dir, *suffix, *sys = asn_config_system;
	char *user;
	int r;

	if (path != NULL)
		return asn_config_load_file(cfg, path, err, errsize);
	if ((path = getenv("ASN_CONFIG")) != NULL && *path != '\0')
		return asn_config_load_file(cfg, path, err, errsize);
	if (!absent("asn.yaml"))
		return asn_config_load_file(cfg, "asn.yaml", err, errsize);
	if ((dir = getenv("XDG_CONFIG_HOME")) != NULL && *dir != '\0')
		suffix = "/asn/config.yaml";
	else if ((dir = getenv("HOME")) != NULL && *dir != '\0')
		suffix = "/.config/asn/config.yaml";
	else
		dir = suffix = NULL;
	if (sys != NULL && (*sys == '\0' || absent(sys)))
		sys = NULL;
	if (dir != NULL) {
		user = asn_malloc(strlen(dir) + strlen(suffix) + 1);
		strcpy(user, dir);
		strcat(user, suffix);
		/* a home that cannot be searched hides no configuration we could
		 * read: the lookup goes on to the installed one, else the built-in
		 * rules */
		if (access(user, F_OK) < 0 && errno == EACCES) {
			if (!asn_quiet)
				asn_warn("%s: cannot be looked for (%s): %s%s used", user,
				         strerror(EACCES), sys ? sys : "the built-in rules",
				         sys ? " is" : " are");
		} else if (!absent(user)) {
			r = asn_config_load_file(cfg, user, err, errsize);
			free(user);
			return r;
		}
		free(user);
	}
	if (sys != NULL)
		return asn_config_load_file(cfg, sys, err, errsize);
	asn_config_defaults(cfg);
	return 0;
}

static unsigned long
decode_utf8(const unsigned char *s, size_t *len)
{
	unsigned long cp;
	size_t n, i;

	if (s[0] < 0x80) {
		*len = 1;
		return s[0];
	}
	n = s[0] >= 0xF0 ? 4 : s[0] >= 0xE0 ? 3 : 2;
	cp = s[0] & (0x3F >> (n - 1));
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			break;
		cp = cp << 6 | (s[i] & 0x3F);
	}
	*len = i;
	return cp;
}

/* Characters YAML would not read back as themselves inside double quotes:
 * controls, and the line breaks NEL, LS and PS that it folds. */
static int
needs_escape(unsigned long cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 ||
	    cp == 0x2029 || cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF;
}

static int
is_plain(const char *s)
{
	static const char *const words[] = { "null", "true", "false", "yes", "no",
	    "on", "off", "y", "n", NULL };
	size_t i;

	if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || *s == '_'))
		return 0;
	for (i = 0; s[i] != '\0'; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
		    (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
			return 0;
	for (i = 0; words[i] != NULL; i++)
		if (strcasecmp(s, words[i]) == 0)
			return 0;
	return 1;
}

static void
print_string(FILE *f, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned long cp;
	size_t n;

	if (is_plain(s)) {
		fputs(s, f);
		return;
	}
	putc('"', f);
	for (; *p != '\0'; p += n) {
		cp = decode_utf8(p, &n);
		if (cp == '"' || cp == '\\')
			fprintf(f, "\\%c", (int)cp);
		else if (needs_escape(cp))
			fprintf(f, cp <= 0xFF ? "\\x%02lX" : "\\u%04lX", cp);
		else
			fwrite(p, 1, n, f);
	}
	putc('"', f);
}

static void
print_number(FILE *f, const char *indent, const char *key, double v)
{
	char buf[32];

	asn_yaml_format_number(v, buf, sizeof(buf));
	fprintf(f, "%s%s: %s\n", indent, key, buf);
}

static void
print_source(FILE *f, const char *source)
{
	fputs("# configuration: ", f);
	if (source == NULL) {
		fputs("built-in defaults\n", f);
		return;
	}
	for (; *source != '\0'; source++)
		putc((unsigned char)*source < 0x20 || *source == 0x7F ? '?' : *source, f);
	putc('\n', f);
}

void
asn_config_print(const asn_config *cfg, FILE *f)
{
	const asn_bup_rule *r;
	size_t i;

	print_source(f, cfg->source);
	fprintf(f, "bup:\n  default: %d\n", cfg->bup_default);
	fputs(cfg->nbup_rules == 0 ? "  rules: []\n" : "  rules:\n", f);
	for (i = 0; i < cfg->nbup_rules; i++) {
		r = &cfg->bup_rules[i];
		fputs("    -", f);
		if (r->jabatan != NULL) {
			fputs(" match: ", f);
			print_string(f, r->jabatan);
			fputs("\n     ", f);
		}
		if (r->jenis_jabatan != NULL) {
			fputs(" jenis_jabatan: ", f);
			print_string(f, r->jenis_jabatan);
			fputs("\n     ", f);
		}
		fprintf(f, " bup: %d\n", r->bup);
	}
	fputs("abk:\n", f);
	print_number(f, "  ", "wke_hours", cfg->wke_hours);
	print_number(f, "  ", "hari_kerja", cfg->hari_kerja);
	print_number(f, "  ", "minggu_kerja", cfg->minggu_kerja);
	fprintf(f, "  rounding: %s\n  pj:\n", rounding_names[cfg->rounding]);
	print_number(f, "    ", "a", cfg->pj_a);
	print_number(f, "    ", "b", cfg->pj_b);
	print_number(f, "    ", "c", cfg->pj_c);
	print_number(f, "    ", "d", cfg->pj_d);
	fputs("talent:\n  kinerja:\n", f);
	print_number(f, "    ", "rendah_max", cfg->kinerja_low_max);
	print_number(f, "    ", "sedang_max", cfg->kinerja_mid_max);
	fputs("  potensi:\n", f);
	print_number(f, "    ", "rendah_max", cfg->potensi_low_max);
	print_number(f, "    ", "sedang_max", cfg->potensi_mid_max);
	fputs("skp:\n", f);
	print_number(f, "  ", "sangat_baik", cfg->skp_sangat_baik);
	print_number(f, "  ", "baik", cfg->skp_baik);
	print_number(f, "  ", "butuh_perbaikan", cfg->skp_butuh_perbaikan);
	print_number(f, "  ", "kurang", cfg->skp_kurang);
	print_number(f, "  ", "sangat_kurang", cfg->skp_sangat_kurang);
	fputs("ikm:\n", f);
	print_number(f, "  ", "a", cfg->ikm_a);
	print_number(f, "  ", "b", cfg->ikm_b);
	print_number(f, "  ", "c", cfg->ikm_c);
	print_number(f, "  ", "d", cfg->ikm_d);
	fputs("training:\n", f);
	print_number(f, "  ", "jp_minimum", cfg->jp_minimum);
	fputs("# asn-gap --redistribusi: the cost of a move within a unit and between\n"
	    "# units; the years to BUP a candidate to move keeps at least\n"
	    "redistribusi:\n", f);
	print_number(f, "  ", "biaya_unit", cfg->pindah_biaya_unit);
	print_number(f, "  ", "biaya_lain", cfg->pindah_biaya_lain);
	print_number(f, "  ", "sisa_tahun", cfg->pindah_sisa_tahun);
	fprintf(f, "import:\n  age_min: %d\n  age_max: %d\n  tmt_min_age: %d\n",
	    cfg->age_min, cfg->age_max, cfg->tmt_min_age);
	fputs("# in post: BKN KEDUDUKAN HUKUM words counted as serving\nkedudukan:\n  aktif: [", f);
	for (i = 0; i < cfg->nkedudukan_aktif; i++)
		fprintf(f, "%s%s", i ? ", " : "", cfg->kedudukan_aktif[i]);
	fputs("]\n# words of unit and jabatan names kept in capitals\nnama:\n  singkatan: [", f);
	for (i = 0; i < cfg->nsingkatan; i++)
		fprintf(f, "%s%s", i ? ", " : "", cfg->singkatan[i]);
	fprintf(f, "]\n# messages when no locale says the language (LANG unset or C): id or en\n"
	    "bahasa: %s\n", cfg->bahasa);
}

static int
same_string(const char *a, const char *b)
{
	return a == b || (a != NULL && b != NULL && strcmp(a, b) == 0);
}

static int
same_list(char **a, size_t na, char **b, size_t nb)
{
	size_t i;

	if (na != nb)
		return 0;
	for (i = 0; i < na; i++)
		if (strcmp(a[i], b[i]) != 0)
			return 0;
	return 1;
}

int
asn_config_equal(const asn_config *a, const asn_config *b)
{
	size_t i;

	if (a->nbup_rules != b->nbup_rules)
		return 0;
	for (i = 0; i < a->nbup_rules; i++)
		if (!same_string(a->bup_rules[i].jenis_jabatan,
		    b->bup_rules[i].jenis_jabatan) ||
		    !same_string(a->bup_rules[i].jabatan, b->bup_rules[i].jabatan) ||
		    a->bup_rules[i].bup != b->bup_rules[i].bup)
			return 0;
	return a->bup_default == b->bup_default &&
	    a->wke_hours == b->wke_hours && a->rounding == b->rounding &&
	    a->hari_kerja == b->hari_kerja && a->minggu_kerja == b->minggu_kerja &&
	    a->pj_a == b->pj_a && a->pj_b == b->pj_b && a->pj_c == b->pj_c &&
	    a->pj_d == b->pj_d &&
	    a->kinerja_low_max == b->kinerja_low_max &&
	    a->kinerja_mid_max == b->kinerja_mid_max &&
	    a->potensi_low_max == b->potensi_low_max &&
	    a->potensi_mid_max == b->potensi_mid_max &&
	    a->skp_sangat_baik == b->skp_sangat_baik && a->skp_baik == b->skp_baik &&
	    a->skp_butuh_perbaikan == b->skp_butuh_perbaikan &&
	    a->skp_kurang == b->skp_kurang &&
	    a->skp_sangat_kurang == b->skp_sangat_kurang &&
	    a->ikm_a == b->ikm_a && a->ikm_b == b->ikm_b && a->ikm_c == b->ikm_c &&
	    a->ikm_d == b->ikm_d && a->jp_minimum == b->jp_minimum &&
	    a->pindah_biaya_unit == b->pindah_biaya_unit &&
	    a->pindah_biaya_lain == b->pindah_biaya_lain &&
	    a->pindah_sisa_tahun == b->pindah_sisa_tahun &&
	    a->age_min == b->age_min && a->age_max == b->age_max &&
	    a->tmt_min_age == b->tmt_min_age &&
	    same_list(a->kedudukan_aktif, a->nkedudukan_aktif, b->kedudukan_aktif,
	    b->nkedudukan_aktif) &&
	    same_list(a->singkatan, a->nsingkatan, b->singkatan, b->nsingkatan) &&
	    same_string(a->bahasa, b->bahasa);
}
