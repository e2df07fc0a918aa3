/* Effective configuration: built-in regulation defaults overridden by YAML. */
#ifndef ASN_CONFIG_H
#define ASN_CONFIG_H

#include <stddef.h>
#include <stdio.h>

typedef enum { ASN_ROUND_HALF_UP, ASN_ROUND_CEIL, ASN_ROUND_FLOOR, ASN_ROUND_NONE } asn_rounding;

typedef struct {
	char *jenis_jabatan;  /* exact (case-insensitive); NULL matches any */
	char *jabatan;        /* glob on the jabatan name, case-insensitive; NULL any */
	int bup;              /* retirement age in years */
} asn_bup_rule;

typedef struct {
	/* BUP: PP 11/2017 art. 239-240, UU 20/2023 art. 55, UU 14/2005 art. 30 */
	asn_bup_rule *bup_rules;   /* first match wins */
	size_t nbup_rules;
	int bup_default;

	/* ABK: Permenpan RB 1/2020 */
	double wke_hours;          /* waktu kerja efektif per year */
	double hari_kerja;         /* working days a year, behind a daily volume */
	double minggu_kerja;       /* working weeks a year, behind a weekly volume */
	asn_rounding rounding;
	double pj_a, pj_b, pj_c, pj_d; /* A: ej > pj_a; B: >= pj_b; C: >= pj_c; D: >= pj_d; else E */

	/* Talent 9-box: Permenpan RB 3/2020; rendah <= low_max < sedang <= mid_max < tinggi */
	double kinerja_low_max, kinerja_mid_max;
	double potensi_low_max, potensi_mid_max;

	/* SKP predikat to a 0-100 kinerja value (Permenpan RB 6/2022) */
	double skp_sangat_baik, skp_baik, skp_butuh_perbaikan, skp_kurang, skp_sangat_kurang;

	/* IKM: Permenpan RB 14/2017; lower bounds of mutu A, B, C, D */
	double ikm_a, ikm_b, ikm_c, ikm_d;

	/* Competency development: PP 17/2020 art. 203, 20 JP a year */
	double jp_minimum;

	/* Redistribution (pemerataan, PP 11/2017 art. 190 on mutasi): the cost
	 * of a move within a unit and between units, and the years to BUP a
	 * candidate to move keeps at least */
	double pindah_biaya_unit, pindah_biaya_lain, pindah_sisa_tahun;

	/* asn-import plausibility */
	int age_min, age_max;      /* at --as-of */
	int tmt_min_age;           /* TMT CPNS not before this age */

	/* In post: the kedudukan words that count as serving (BKN KEDUDUKAN
	 * HUKUM 1 Aktif); any other is staff not in post */
	char **kedudukan_aktif;
	size_t nkedudukan_aktif;

	/* Names: words kept in capitals (lib/names.h; default its list) */
	char **singkatan;
	size_t nsingkatan;         /* default: asn_names_acronyms */

	/* Messages when no locale says the language (LANG unset, C or POSIX:
	 * a cron job): "id" (default) or "en" */
	const char *bahasa;

	char *source;              /* file the configuration came from, or NULL */
} asn_config;

/* Built-in defaults (the regulations). */
void asn_config_defaults(asn_config *cfg);

/* Defaults, then the first of: explicit path, $ASN_CONFIG, ./asn.yaml,
 * $XDG_CONFIG_HOME/asn/config.yaml (or ~/.config/asn/config.yaml), the
 * installed asn_config_system (DATADIR/config.yaml; NULL: none).
 * An explicit path or $ASN_CONFIG that cannot be read is an error; the
 * others are skipped when absent.  Returns 0, or -1 with err set to
 * "file:line:column: message" (unknown keys, duplicate keys, wrong types and
 * out-of-range values are errors). */
extern const char *asn_config_system;
int asn_config_load(asn_config *cfg, const char *path, char *err, size_t errsize);
/* Each loader starts from the defaults (cfg must not hold a configuration
 * yet) and overrides what the document gives; a `bup.rules` list replaces
 * the built-in rules as a whole, `bup.default` only the default.  On error
 * cfg holds the defaults, so asn_config_free is always right afterwards. */
int asn_config_load_file(asn_config *cfg, const char *path, char *err, size_t errsize);
int asn_config_load_string(asn_config *cfg, const char *text, size_t len, const char *name,
                           char *err, size_t errsize);

/* Print the effective configuration as YAML that asn_config_load accepts. */
void asn_config_print(const asn_config *cfg, FILE *f);

/* Same values (the source is not compared). */
int asn_config_equal(const asn_config *a, const asn_config *b);

void asn_config_free(asn_config *cfg);

#endif
