/* The NEEDS of schools and facilities by the service standards: a schools
 * table (unit,subunit,jenjang,rombel_K...[,siswa]) or a facilities table
 * (unit,subunit,jenis) read into positions, one per standard jabatan
 * (lib/layanan, doc/layanan.md). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "input.h"
#include "names.h"
#include "needs_int.h"

/* More rombel in one grade of one school than any school has. */
#define ROMBEL_MAX 1000
/* More students than any school has. */
#define SISWA_MAX 1000000

static int
header_error(char *err, size_t errsize, const asn_needs *n, const char *message,
    const char *column)
{
	snprintf(err, errsize, "%s:1: %s", n->name, gettext(message));
	if (column) {
		size_t len = strlen(err);

		snprintf(err + len, errsize - len, n->form == ASN_NEEDS_SEKOLAH ?
		    _(" '%s' (schools table)") : _(" '%s' (facilities table)"), column);
	}
	return ASN_NEEDS_EINPUT;
}

/* rombel_K columns: rd->rombel[K], or -1.  Returns -1 with err set for a
 * rombel_ column that names no grade. */
static int
rombel_columns(reading *rd, char *err, size_t errsize)
{
	const char *name, *digits;
	char *end;
	long g;
	int c, found = 0;

	for (g = 0; g <= ASN_LAYANAN_KELAS_MAX; g++)
		rd->rombel[g] = -1;
	for (c = 0; c < (int)rd->table.ncols; c++) {
		name = rd->table.names[c];
		if (strncasecmp(name, "rombel_", 7) != 0)
			continue;
		digits = name + 7;
		g = strtol(digits, &end, 10);
		if (*digits < '0' || *digits > '9' || *end || g < 1 || g > ASN_LAYANAN_KELAS_MAX) {
			snprintf(err, errsize, _("%s:1: column '%s': expected rombel_1 to rombel_%d, one "
			    "for each grade"), rd->n->name, name, ASN_LAYANAN_KELAS_MAX);
			return -1;
		}
		rd->rombel[g] = c;
		found = 1;
	}
	if (!found)
		return header_error(err, errsize, rd->n, "missing the rombel columns, one for each "
		    "grade K:", "rombel_K");
	return 0;
}

int
asn_needs_layanan_resolve(reading *rd, char *err, size_t errsize)
{
	static const int not_here[] = { COL_JABATAN, COL_KEBUTUHAN, COL_URAIAN_TUGAS, COL_VOLUME,
	    COL_SATUAN_PERIODE, COL_NORMA_WAKTU, COL_SATUAN_WAKTU, COL_CAS_PERSEN, COL_IAS_JAM };
	asn_needs *n = rd->n;
	char why[1024];
	size_t i;

	if (rd->col[COL_JENJANG] >= 0 && rd->col[COL_JENIS] >= 0)
		return header_error(err, errsize, n, "both jenjang (a schools table) and jenis (a "
		    "facilities table): a NEEDS table is one or the other", NULL);
	n->form = rd->col[COL_JENJANG] >= 0 ? ASN_NEEDS_SEKOLAH : ASN_NEEDS_FASKES;
	/* the jabatan and their need come from the standards, never from the table */
	for (i = 0; i < sizeof not_here / sizeof *not_here; i++)
		if (rd->col[not_here[i]] >= 0)
			return header_error(err, errsize, n, "the jabatan and their need come from the "
			    "service standards: unexpected column", asn_needs_column_names[not_here[i]]);
	if (rd->col[COL_UNIT] < 0 || rd->col[COL_SUBUNIT] < 0)
		return header_error(err, errsize, n, "missing required column",
		    rd->col[COL_UNIT] < 0 ? "unit" : "subunit");
	if (n->form == ASN_NEEDS_SEKOLAH && rombel_columns(rd, err, errsize) < 0)
		return ASN_NEEDS_EINPUT;
	if (asn_layanan_rules_load(&rd->layanan, rd->opt->layanan_path, why, sizeof why) < 0) {
		snprintf(err, errsize, "%s", why);
		return ASN_NEEDS_EINPUT;
	}
	n->layanan_path = rd->opt->layanan_path ? asn_strdup(rd->opt->layanan_path) : NULL;
	return ASN_NEEDS_OK;
}

/* Adding the positions of one school or facility: first only looking for
 * one already given (a duplicate row), then adding. */
typedef struct {
	reading *rd;
	const asn_csv_record *rec;
	const asn_needs_entry *dup;
	int add;
} adding;

static void
need_of(void *ctx, const char *jabatan, double need)
{
	adding *a = ctx;
	reading *rd = a->rd;
	asn_needs_entry *e;

	asn_names_normalize(jabatan, rd->opt->acronyms, rd->norm[1], sizeof rd->norm[1]);
	rd->keys[1] = rd->norm[1];
	e = asn_needs_find_entry(rd->n, rd->keys);
	if (!a->add) {
		if (e && !a->dup)
			a->dup = e;
		return;
	}
	/* a jabatan the standards name twice for one school is one position */
	if (!e) {
		e = asn_needs_add_entry(rd->n, rd->keys, a->rec->line);
		e->nrows = 1;
	}
	e->kebutuhan_hitung += need;
}

static int
add_positions(reading *rd, const asn_csv_record *rec, int jenjang, const double *rombel,
    double siswa, int faskes)
{
	adding a = { rd, rec, NULL, 0 };
	int c = rd->col[COL_SUBUNIT];

	for (a.add = 0; a.add < 2; a.add++) {
		if (faskes >= 0)
			asn_layanan_faskes_need(rd->layanan, faskes, need_of, &a);
		else
			asn_layanan_sekolah(rd->layanan, jenjang, rombel, siswa, need_of, &a);
		if (a.dup)
			return asn_needs_reject(rd, rec, c, "subunit '%s': already on line %ld",
			    rec->fields[c], a.dup->line);
	}
	return 0;
}

/* A whole number from 0 to max in column c; empty is an error (told with
 * the hint). */
static int
whole(reading *rd, const asn_csv_record *rec, int c, double max, const char *empty_hint,
    double *out)
{
	const char *v = rec->fields[c], *name = rd->table.names[c];

	if (!*v)
		return asn_needs_reject(rd, rec, c, "%s is empty%s", name, empty_hint);
	if (asn_number_parse(v, ASN_NUMBER_SIGN, out) < 0)
		return asn_needs_reject(rd, rec, c, "%s '%s': not a number%s", name, v,
		    strchr(v, ',') ? _(" (use '.' as the decimal separator)") : "");
	if (*out < 0)
		return asn_needs_reject(rd, rec, c, "%s '%s': must not be negative", name, v);
	if (*out != floor(*out))
		return asn_needs_reject(rd, rec, c, "%s '%s': expected a whole number", name, v);
	if (*out > max)
		return asn_needs_reject(rd, rec, c, "%s '%s': expected at most %.0f", name, v, max);
	return 0;
}

static int
sekolah_row(reading *rd, const asn_csv_record *rec)
{
	const char *v = rec->fields[rd->col[COL_JENJANG]], *x;
	double rombel[ASN_LAYANAN_KELAS_MAX + 1] = { 0 }, siswa = -1, zero;
	char names[256], hint[160];
	int j, g, c, first, last;

	if ((j = asn_layanan_jenjang(rd->layanan, v)) < 0) {
		asn_layanan_names(rd->layanan, 0, names, sizeof names);
		return asn_needs_reject(rd, rec, rd->col[COL_JENJANG], "jenjang '%s': expected %s",
		    v, names);
	}
	asn_layanan_kelas(rd->layanan, j, &first, &last);
	for (g = 1; g <= ASN_LAYANAN_KELAS_MAX; g++) {
		c = rd->rombel[g];
		x = c >= 0 ? rec->fields[c] : "";
		/* a grade the jenjang does not have is left empty (or 0) */
		if (g < first || g > last) {
			if (*x && !(asn_number_parse(x, ASN_NUMBER_SIGN, &zero) == 0 && zero == 0))
				return asn_needs_reject(rd, rec, c, "%s '%s': %s has grades %d to %d only "
				    "(leave it empty)", rd->table.names[c], x, v, first, last);
			continue;
		}
		if (c < 0)
			return asn_needs_reject(rd, rec, rd->col[COL_JENJANG], "jenjang '%s': no column "
			    "rombel_%d (grades %d to %d)", v, g, first, last);
		snprintf(hint, sizeof hint, _(" (0 when the school has no class in grade %d)"), g);
		if (whole(rd, rec, c, ROMBEL_MAX, hint, &rombel[g]) < 0)
			return -1;
	}
	/* students only for the guru BK, and only when given */
	if (rd->col[COL_SISWA] >= 0 && *rec->fields[rd->col[COL_SISWA]] &&
	    whole(rd, rec, rd->col[COL_SISWA], SISWA_MAX, "", &siswa) < 0)
		return -1;
	return add_positions(rd, rec, j, rombel, siswa, -1);
}

static int
faskes_row(reading *rd, const asn_csv_record *rec)
{
	const char *v = rec->fields[rd->col[COL_JENIS]];
	char names[512];
	int f;

	if ((f = asn_layanan_faskes(rd->layanan, v)) < 0) {
		asn_layanan_names(rd->layanan, 1, names, sizeof names);
		return asn_needs_reject(rd, rec, rd->col[COL_JENIS], "jenis '%s': expected %s", v,
		    names);
	}
	return add_positions(rd, rec, -1, NULL, -1, f);
}

int
asn_needs_layanan_row(reading *rd, const asn_csv_record *rec)
{
	int c = rd->col[COL_SUBUNIT];

	if (!*rec->fields[c])
		return asn_needs_reject(rd, rec, c, "subunit is empty (the school or facility)");
	if (rd->n->form == ASN_NEEDS_SEKOLAH)
		return sekolah_row(rd, rec);
	return faskes_row(rd, rec);
}

/* Does a formasi or ABK table give any position a standard jabatan (the
 * built-in rules or those of its layanan_path)? */
static int
standard_names(const asn_needs *t)
{
	asn_layanan *rules;
	char err[1024];
	size_t i;
	int found = 0;

	if (asn_layanan_rules_load(&rules, t->layanan_path, err, sizeof err) < 0)
		asn_die(ASN_EXIT_USAGE, "%s", err);
	for (i = 0; i < t->nentries && !found; i++)
		found = asn_layanan_standar_kind(rules, t->entries[i].keys[1]) != 0;
	asn_layanan_rules_free(rules);
	return found;
}

asn_layanan_staf *
asn_needs_staf(const asn_needs *tables, size_t n, const char *const *acronyms)
{
	asn_layanan_staf *s = NULL;
	asn_layanan *rules;
	const asn_needs *t;
	char err[1024];
	size_t f, i, sub;
	asn_layanan_kind kind;

	for (f = 0; f < n; f++) {
		t = &tables[f];
		/* the subunit is always a key of these tables: an extra one or the last */
		for (sub = 2; sub < t->nkeys && strcasecmp(t->key_names[sub], "subunit") != 0; sub++)
			;
		/* a formasi (as asn-gap writes one) names its schools and facilities by
		 * the standard jabatan it gives them */
		if (sub == t->nkeys ||
		    (t->form != ASN_NEEDS_SEKOLAH && t->form != ASN_NEEDS_FASKES && !standard_names(t)))
			continue;
		if (!s) {
			if (asn_layanan_rules_load(&rules, t->layanan_path, err, sizeof err) < 0)
				asn_die(ASN_EXIT_USAGE, "%s", err);
			s = asn_layanan_staf_new(rules, acronyms);
		}
		for (i = 0; i < t->nentries; i++) {
			kind = t->form == ASN_NEEDS_SEKOLAH ? ASN_LAYANAN_SEKOLAH :
			    t->form == ASN_NEEDS_FASKES ? ASN_LAYANAN_FASKES :
			    asn_layanan_standar_kind(asn_layanan_staf_rules(s), t->entries[i].keys[1]);
			if (kind)
				asn_layanan_staf_site(s, t->entries[i].keys[0], t->entries[i].keys[sub], kind);
		}
	}
	return s;
}

int
asn_needs_covered(const asn_needs *n, const asn_needs_entry *e, asn_layanan_staf *s)
{
	size_t sub;

	if (!s || n->form == ASN_NEEDS_SEKOLAH || n->form == ASN_NEEDS_FASKES)
		return 0;
	for (sub = 2; sub < n->nkeys && strcasecmp(n->key_names[sub], "subunit") != 0; sub++)
		;
	return sub < n->nkeys && asn_layanan_staf_covers(s, e->keys[0], e->keys[sub], e->keys[1]);
}
