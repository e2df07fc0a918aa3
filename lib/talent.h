/* Talent management: 9-box, SKP predikat, education fit of a position. */
#ifndef ASN_TALENT_H
#define ASN_TALENT_H

#include <stddef.h>

#include "config.h"
#include "input.h"

typedef enum { ASN_LEVEL_RENDAH, ASN_LEVEL_SEDANG, ASN_LEVEL_TINGGI } asn_level;

/* "rendah", "sedang", "tinggi" */
extern const char *const asn_level_names[3];

/* rendah <= low_max < sedang <= mid_max < tinggi (Permenpan RB 3/2020). */
asn_level asn_talent_level(double value, double low_max, double mid_max);
asn_level asn_talent_level_kinerja(const asn_config *cfg, double value);
asn_level asn_talent_level_potensi(const asn_config *cfg, double value);

/* Box number 1-9 of the 9-box (Permenpan RB 3/2020): 4 is kinerja tinggi with
 * potensi rendah, 6 the reverse. */
int asn_talent_box(asn_level kinerja, asn_level potensi);

/* Development recommendation of a box (1-9), or NULL for another number. */
const char *asn_talent_recommendation(int box);

/* SKP ratings and predikat (Permenpan RB 6/2022). */
typedef enum { ASN_RATING_DIBAWAH, ASN_RATING_SESUAI, ASN_RATING_DIATAS } asn_rating;
typedef enum {
	ASN_SKP_SANGAT_BAIK, ASN_SKP_BAIK, ASN_SKP_BUTUH_PERBAIKAN, ASN_SKP_KURANG,
	ASN_SKP_SANGAT_KURANG
} asn_predikat;

/* "Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang" */
extern const char *const asn_predikat_names[5];

/* A rating as written in SKP exports: "diatas", "Di Atas Ekspektasi",
 * "sesuai_ekspektasi", "DIBAWAH" ...; case, spaces, '_' and '-' do not
 * matter.  Returns the rating or -1. */
int asn_rating_parse(const char *s);
/* A predikat ("Sangat Baik", "sangat_baik", "Kurang/Misconduct" ...), or -1. */
int asn_predikat_parse(const char *s);
/* The hasil kerja x perilaku matrix. */
asn_predikat asn_predikat_from_ratings(asn_rating hasil_kerja, asn_rating perilaku);
/* The 0-100 kinerja value of a predikat (config skp.*). */
double asn_predikat_value(const asn_config *cfg, asn_predikat p);

/* The columns of an SKP table that give kinerja, -1 where absent. */
typedef struct {
	int nilai, predikat, hasil_kerja, perilaku;
} asn_skp_columns;

/* Find them in the header of in: nilai_kinerja, predikat, or hasil_kerja
 * and perilaku together.  Without one of these ways to kinerja the program
 * ends with status 3 and "NAME:1: missing ..." naming what is missing. */
void asn_skp_columns_find(asn_skp_columns *c, const asn_input *in);

/* Kinerja 0-100 of the current SKP row of in (Permenpan RB 6/2022):
 * nilai_kinerja when written (a number, '.' or ',' as decimal point);
 * else the value of its predikat, or of the predikat its hasil_kerja x
 * perilaku give (both written: they must agree).  Returns 0 and sets
 * *value, or -1 after rejecting the row with asn_reject (counted in
 * *rejected), naming the cell at fault. */
int asn_skp_kinerja(const asn_config *cfg, const asn_input *in, const asn_skp_columns *c,
                    double *value, unsigned long long *rejected);

/* Education standard per position: the first rule whose glob matches the
 * jabatan name decides. */
typedef struct {
	char *jabatan;        /* glob, case-insensitive */
	int pendidikan_min;   /* index in asn_pendidikan_levels */
	char **jurusan;       /* accepted fields of study (globs); none: any */
	size_t njurusan;
	int line;             /* in the YAML file, for messages */
} asn_standar_rule;

typedef struct {
	asn_standar_rule *rules;
	size_t nrules;
} asn_standar;

typedef enum { ASN_FIT_SESUAI, ASN_FIT_TIDAK_SESUAI, ASN_FIT_TIDAK_DIKETAHUI } asn_fit;

/* "sesuai", "tidak_sesuai", "tidak_diketahui" */
extern const char *const asn_fit_names[3];

/* Load a standard:
 *   standar:
 *     - {jabatan: "Guru *", pendidikan_min: S1, jurusan: ["Pendidikan *"]}
 * Returns 0, or -1 with err set to "file:line:column: message". */
int asn_standar_load_file(asn_standar *s, const char *path, char *err, size_t errsize);
int asn_standar_load_string(asn_standar *s, const char *text, size_t len, const char *name,
                            char *err, size_t errsize);
void asn_standar_free(asn_standar *s);

/* Fit of one employee.  D4 counts as S1 (both sarjana level).  tidak_sesuai
 * when the education is below the minimum or the field of study is not
 * accepted; tidak_diketahui when no rule matches the jabatan or pendidikan
 * is unknown, or a rule lists fields and jurusan is empty or NULL. */
asn_fit asn_standar_fit(const asn_standar *s, const char *jabatan, const char *pendidikan,
                        const char *jurusan);

#endif
