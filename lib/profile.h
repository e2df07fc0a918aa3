/* asn-import mappings: from an export's columns and labels to the canonical
 * pegawai table.  Built-in profiles are YAML texts read by the same code as
 * a user's --map file. */
#ifndef ASN_PROFILE_H
#define ASN_PROFILE_H

#include <stddef.h>
#include <stdio.h>
#include "pegawai.h"
#include "table.h"

/* Targets: the canonical columns (but tanggal_pensiun, which is derived)
 * and helpers: titles joined into nama, a CPNS flag, the eselon of a
 * structural post, and the UNOR path (one "UNIT - OPD - PEMERINTAH ..."
 * column, or levels UNOR (1) .. UNOR (3)) that unit and subunit come from. */
enum {
	ASN_TGT_GELAR_DEPAN = ASN_NCOLS_ALL,
	ASN_TGT_GELAR_BELAKANG,
	ASN_TGT_STATUS_CPNS,
	ASN_TGT_ESELON,
	ASN_TGT_UNOR,
	ASN_TGT_UNOR_1,
	ASN_TGT_UNOR_2,
	ASN_TGT_UNOR_3,
	ASN_NTARGETS
};
extern const char *const asn_profile_targets[ASN_NTARGETS + 1];

typedef struct {
	char *from, *to;
} asn_value_map;

typedef struct {
	char *match;          /* glob on jabatan, case-insensitive */
	char *jenis_jabatan;  /* NULL: rule does not set it */
	char *bidang;
} asn_jabatan_rule;

typedef struct {
	char *name;
	char **detect;                   /* header columns that identify it */
	size_t ndetect;
	char **source[ASN_NTARGETS];     /* candidate source columns, first present wins */
	size_t nsource[ASN_NTARGETS];
	asn_value_map *values[ASN_NTARGETS];
	size_t nvalues[ASN_NTARGETS];
	asn_jabatan_rule *rules;
	size_t nrules;
} asn_profile;

extern const char *const asn_profile_builtin_names[]; /* "siasn", "canonical" */

/* Load a built-in profile by name or a --map YAML file.  A map with
 * `base: NAME` starts from that built-in profile: its columns replace the
 * base's for the targets they name, its values are looked up before the
 * base's, its rules run before the base's.  Return 0, or -1 with
 * err set ("unknown profile 'x' (expected siasn or canonical)" or a
 * "file:line:column: message" for the YAML). */
int asn_profile_builtin(asn_profile *p, const char *name, char *err, size_t errsize);
int asn_profile_load_file(asn_profile *p, const char *path, char *err, size_t errsize);
int asn_profile_load_string(asn_profile *p, const char *text, size_t len, const char *name,
                            char *err, size_t errsize);
void asn_profile_free(asn_profile *p);

/* The built-in profile whose detect columns are all in the header, or NULL. */
const char *asn_profile_detect(const asn_table *t);

/* Value after the profile's value map of the target (case-insensitive match
 * of the whole value; a key holding '*' or '?' is a glob), or v unchanged. */
const char *asn_profile_map_value(const asn_profile *p, int target, const char *v);

/* Apply the ordered jabatan rules: set *jenis_jabatan and *bidang when they
 * are NULL or empty and a rule that sets them matches. */
void asn_profile_derive(const asn_profile *p, const char *jabatan,
                        const char **jenis_jabatan, const char **bidang);

/* The profile as a YAML map that --map reads back to the same profile. */
void asn_profile_print(const asn_profile *p, FILE *f);

#endif
