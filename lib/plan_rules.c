/* The rules and tables of the plan: the priority set and its YAML, the
 * quota, the IKM per unit, the moves of a redistribution. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "plan.h"
#include "text.h"
#include "yaml.h"

const char *const asn_sektor_names[ASN_SEKTOR_N] = { "pendidikan", "kesehatan", "teknis" };
const char *const asn_kuota_names[ASN_KUOTA_N] = {
	"pendidikan", "kesehatan", "teknis", "semua"
};

/* NULL-terminated, as asn_yaml_check_keys reads them */
static const char *const komponen_names[ASN_KOMPONEN_N + 1] = {
	"sektor", "rasio_kurang", "pensiun_depan", "ikm", NULL
};
static const char *const sektor_keys[ASN_SEKTOR_N + 1] = {
	"pendidikan", "kesehatan", "teknis", NULL
};

/* Teachers and health workers are the positions regional government
 * recruits first (the yearly formasi policy of KemenPAN-RB, the PPPK guru
 * and nakes programmes); the teacher sector is every jabatan named Guru
 * (UU 14/2005), the health one the health professions of UU 17/2023 as the
 * regional jabatan fungsional name them. */
static const char *const pola_pendidikan[] = { "Guru*", NULL };
static const char *const pola_kesehatan[] = {
	"Dokter*", "Perawat*", "Bidan*", "Apoteker*", "Nutrisionis*", "Sanitarian*",
	"Pranata Laboratorium Kesehatan*", "Epidemiolog*", "Penyuluh Kesehatan*", "Terapis*",
	"Radiografer*", "Perekam Medis*", "Fisioterapis*", "Tenaga Sanitasi*",
	"Administrator Kesehatan*",
	/* the professions of the puskesmas standard (lib/layanan, doc/layanan.md) */
	"Tenaga Promosi Kesehatan*", "Tenaga Kesehatan Lingkungan*", "Tenaga Gizi*",
	"Tenaga Kefarmasian*", "Ahli Teknologi Laboratorium Medik*", NULL
};

static void
set_pola(asn_plan_priority *p, int s, const char *const *pola)
{
	size_t i, n;

	for (i = 0; i < p->npola[s]; i++)
		free(p->pola[s][i]);
	free(p->pola[s]);
	for (n = 0; pola[n]; n++)
		;
	p->pola[s] = asn_calloc(n ? n : 1, sizeof *p->pola[s]);
	for (i = 0; i < n; i++)
		p->pola[s][i] = asn_strdup(pola[i]);
	p->npola[s] = n;
}

void
asn_plan_priority_init(asn_plan_priority *p)
{
	memset(p, 0, sizeof *p);
	/* Shortage and the sector weigh most: the plan fills the posts that
	 * serve education and health and the deepest shortages first; the
	 * retirements ahead and the unit's service quality break the rest. */
	p->bobot[ASN_KOMPONEN_SEKTOR] = 0.4;
	p->bobot[ASN_KOMPONEN_RASIO] = 0.3;
	p->bobot[ASN_KOMPONEN_PENSIUN] = 0.2;
	p->bobot[ASN_KOMPONEN_IKM] = 0.1;
	p->sektor_bobot[ASN_SEKTOR_PENDIDIKAN] = 1;
	p->sektor_bobot[ASN_SEKTOR_KESEHATAN] = 1;
	p->sektor_bobot[ASN_SEKTOR_TEKNIS] = 0.5;
	/* Teachers are recruited as PPPK (the guru ASN PPPK programme), health
	 * workers as both, technical posts as PNS: an assumption to set per
	 * regency and year, not a rule of law. */
	p->pppk_persen[ASN_SEKTOR_PENDIDIKAN] = 100;
	p->pppk_persen[ASN_SEKTOR_KESEHATAN] = 50;
	p->pppk_persen[ASN_SEKTOR_TEKNIS] = 0;
	set_pola(p, ASN_SEKTOR_PENDIDIKAN, pola_pendidikan);
	set_pola(p, ASN_SEKTOR_KESEHATAN, pola_kesehatan);
	p->name = "(built-in)";
}

static void
free_wajib(asn_plan_priority *p)
{
	size_t i;

	for (i = 0; i < p->nwajib; i++) {
		free(p->wajib[i].unit);
		free(p->wajib[i].jabatan);
	}
	free(p->wajib);
	p->wajib = NULL;
	p->nwajib = 0;
}

void
asn_plan_priority_free(asn_plan_priority *p)
{
	size_t i;
	int s;

	for (s = 0; s < ASN_SEKTOR_TEKNIS; s++) {
		for (i = 0; i < p->npola[s]; i++)
			free(p->pola[s][i]);
		free(p->pola[s]);
		p->pola[s] = NULL;
		p->npola[s] = 0;
	}
	free_wajib(p);
}

static int
load_bobot(asn_plan_priority *p, const asn_yaml_node *map, const char *name, char *err,
    size_t errsize)
{
	const asn_yaml_node *n;
	int i;

	if (asn_yaml_expect(map, ASN_YAML_MAPPING, name, err, errsize) < 0 ||
	    asn_yaml_check_keys(map, name, komponen_names, err, errsize) < 0)
		return -1;
	for (i = 0; i < ASN_KOMPONEN_N; i++)
		if ((n = asn_yaml_get(map, komponen_names[i])) &&
		    asn_yaml_double(n, name, 0, 1000, &p->bobot[i], err, errsize) < 0)
			return -1;
	return 0;
}

static int
load_pola(asn_plan_priority *p, int s, const asn_yaml_node *n, const char *name, char *err,
    size_t errsize)
{
	const char **pola;
	size_t i;
	int rc = 0;

	if (asn_yaml_expect(n, ASN_YAML_SEQUENCE, name, err, errsize) < 0)
		return -1;
	pola = asn_calloc(n->nitems + 1, sizeof *pola);
	for (i = 0; i < n->nitems && rc == 0; i++)
		rc = asn_yaml_string(n->items[i], name, &pola[i], err, errsize);
	if (rc == 0)
		set_pola(p, s, pola);
	free(pola);
	return rc;
}

static int
load_sektor(asn_plan_priority *p, const asn_yaml_node *map, const char *name, char *err,
    size_t errsize)
{
	static const char *const keys[] = { "bobot", "pppk_persen", "jabatan", NULL };
	static const char *const teknis_keys[] = { "bobot", "pppk_persen", NULL };
	const asn_yaml_node *m, *n;
	int s;

	if (asn_yaml_expect(map, ASN_YAML_MAPPING, name, err, errsize) < 0 ||
	    asn_yaml_check_keys(map, name, sektor_keys, err, errsize) < 0)
		return -1;
	for (s = 0; s < ASN_SEKTOR_N; s++) {
		if (!(m = asn_yaml_get(map, asn_sektor_names[s])))
			continue;
		/* teknis is every jabatan the others do not match: it has no globs */
		if (asn_yaml_expect(m, ASN_YAML_MAPPING, name, err, errsize) < 0 ||
		    asn_yaml_check_keys(m, name, s == ASN_SEKTOR_TEKNIS ? teknis_keys : keys, err,
		    errsize) < 0)
			return -1;
		if ((n = asn_yaml_get(m, "bobot")) &&
		    asn_yaml_double(n, name, 0, 1000, &p->sektor_bobot[s], err, errsize) < 0)
			return -1;
		if ((n = asn_yaml_get(m, "pppk_persen")) &&
		    asn_yaml_double(n, name, 0, 100, &p->pppk_persen[s], err, errsize) < 0)
			return -1;
		if ((n = asn_yaml_get(m, "jabatan")) &&
		    load_pola(p, s, n, name, err, errsize) < 0)
			return -1;
	}
	return 0;
}

/* "jabatan" or "unit|jabatan", neither part empty. */
static int
load_wajib(asn_plan_priority *p, const asn_yaml_node *list, const char *name, char *err,
    size_t errsize)
{
	const char *v, *bar;
	asn_plan_wajib *w;
	size_t i;

	if (asn_yaml_expect(list, ASN_YAML_SEQUENCE, name, err, errsize) < 0)
		return -1;
	free_wajib(p);
	p->wajib = asn_calloc(list->nitems ? list->nitems : 1, sizeof *p->wajib);
	for (i = 0; i < list->nitems; i++) {
		if (asn_yaml_string(list->items[i], name, &v, err, errsize) < 0)
			return -1;
		bar = strchr(v, '|');
		if (!*v || (bar && (bar == v || !bar[1] || strchr(bar + 1, '|'))))
			return asn_yaml_error(list->items[i], name, err, errsize, "key 'wajib': "
			    "expected a jabatan or unit|jabatan, got '%s'", v);
		w = &p->wajib[p->nwajib++];
		w->unit = bar ? asn_strndup(v, (size_t)(bar - v)) : NULL;
		w->jabatan = asn_strdup(bar ? bar + 1 : v);
		w->line = list->items[i]->line;
		w->column = list->items[i]->column;
	}
	return 0;
}

static int
build(void *obj, const asn_yaml_node *root, const char *name, char *err, size_t errsize)
{
	static const char *const keys[] = { "bobot", "sektor", "wajib", NULL };
	asn_plan_priority *p = obj;
	const asn_yaml_node *n;

	if (asn_yaml_expect(root, ASN_YAML_MAPPING, name, err, errsize) < 0 ||
	    asn_yaml_check_keys(root, name, keys, err, errsize) < 0)
		return -1;
	if ((n = asn_yaml_get(root, "bobot")) && load_bobot(p, n, name, err, errsize) < 0)
		return -1;
	if ((n = asn_yaml_get(root, "sektor")) && load_sektor(p, n, name, err, errsize) < 0)
		return -1;
	if ((n = asn_yaml_get(root, "wajib")) && !asn_yaml_is_null(n) &&
	    load_wajib(p, n, name, err, errsize) < 0)
		return -1;
	return 0;
}

int
asn_plan_priority_load_file(asn_plan_priority *p, const char *path, char *err, size_t errsize)
{
	p->name = path;
	return asn_yaml_build_file(path, build, p, err, errsize);
}

int
asn_plan_priority_load_string(asn_plan_priority *p, const char *text, size_t len,
    const char *name, char *err, size_t errsize)
{
	p->name = name ? name : "(string)";
	return asn_yaml_build_string(text, len, name, build, p, err, errsize);
}

asn_sektor
asn_plan_sektor(const asn_plan_priority *p, const char *jabatan)
{
	size_t i;
	int s;

	for (s = 0; s < ASN_SEKTOR_TEKNIS; s++)
		for (i = 0; i < p->npola[s]; i++)
			if (asn_glob_match(p->pola[s][i], jabatan))
				return (asn_sektor)s;
	return ASN_SEKTOR_TEKNIS;
}

int
asn_plan_sektor_of(const void *p, const char *jabatan)
{
	return (int)asn_plan_sektor(p, jabatan);
}

double
asn_plan_sektor_komponen(const asn_plan_priority *p, asn_sektor s)
{
	double max = 0;
	int i;

	for (i = 0; i < ASN_SEKTOR_N; i++)
		if (p->sektor_bobot[i] > max)
			max = p->sektor_bobot[i];
	return max > 0 ? p->sektor_bobot[s] / max : 0;
}

long
asn_plan_pppk(const asn_plan_priority *p, asn_sektor s, long usulan)
{
	/* the tolerance keeps 2.4999999999 from a share such as 83.3 at 2 */
	long pppk = (long)floor(p->pppk_persen[s] * (double)usulan / 100 + 0.5 + 1e-9);

	return pppk > usulan ? usulan : pppk;
}

void
asn_plan_kuota_init(asn_plan_kuota *k, int first_year, int years)
{
	int t, s;

	k->first_year = first_year;
	k->years = years;
	k->cap = asn_calloc((size_t)years, sizeof *k->cap);
	for (t = 0; t < years; t++)
		for (s = 0; s < ASN_KUOTA_N; s++)
			k->cap[t][s] = ASN_KUOTA_NONE;
}

void
asn_plan_kuota_total(asn_plan_kuota *k, long n)
{
	int t;

	for (t = 0; t < k->years; t++)
		k->cap[t][ASN_KUOTA_SEMUA] = n;
}

void
asn_plan_kuota_free(asn_plan_kuota *k)
{
	free(k->cap);
	k->cap = NULL;
}

/* A whole number in [0, max] written as digits alone (no sign, no
 * blanks); -1 if not. */
static int
whole(const char *s, long max, long *out)
{
	const char *p;
	char *end;
	long v;

	for (p = s; *p >= '0' && *p <= '9'; p++)
		;
	if (p == s || *p)
		return -1;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || v > max)
		return -1;
	*out = v;
	return 0;
}

unsigned long
asn_plan_kuota_read(asn_plan_kuota *k, asn_input *in, const char *path, unsigned char delimiter)
{
	static const char form[] = " (kuota: tahun,sektor,kuota)";
	unsigned long long rejected = 0;
	int c_tahun, c_sektor, c_kuota, s, last = k->first_year + k->years - 1;
	const char *v;
	long tahun, kuota;

	asn_input_open(in, path, delimiter);
	c_tahun = asn_input_require(in, "tahun", form);
	c_sektor = asn_input_require(in, "sektor", form);
	c_kuota = asn_input_require(in, "kuota", form);
	while (asn_input_next(in)) {
		v = asn_input_cell(in, c_tahun);
		if (whole(v, 9999, &tahun) < 0 || tahun < k->first_year || tahun > last) {
			asn_reject(&rejected, in->name, in->rec.line, c_tahun, "tahun '%s': expected "
			    "a year of the plan, %d to %d", v, k->first_year, last);
			continue;
		}
		v = asn_input_cell(in, c_sektor);
		for (s = 0; s < ASN_KUOTA_N && strcmp(v, asn_kuota_names[s]) != 0; s++)
			;
		if (s == ASN_KUOTA_N) {
			asn_reject(&rejected, in->name, in->rec.line, c_sektor, "sektor '%s': "
			    "expected pendidikan, kesehatan, teknis or semua", v);
			continue;
		}
		v = asn_input_cell(in, c_kuota);
		if (whole(v, 10000000, &kuota) < 0) {
			asn_reject(&rejected, in->name, in->rec.line, c_kuota, "kuota '%s': expected "
			    "a whole number from 0 to 10000000", v);
			continue;
		}
		if (k->cap[tahun - k->first_year][s] != ASN_KUOTA_NONE) {
			asn_reject(&rejected, in->name, in->rec.line, c_sektor, "sektor '%s': "
			    "a kuota for %ld was given before", asn_kuota_names[s], tahun);
			continue;
		}
		k->cap[tahun - k->first_year][s] = kuota;
	}
	asn_input_close(in);
	return (unsigned long)rejected;
}

unsigned long
asn_plan_ikm_read(asn_plan_ikm *m, asn_input *in, asn_names_memo *names, const char *path,
    unsigned char delimiter)
{
	static const char form[] = " (the table asn-score --ikm writes: unit,...,nilai_ikm)";
	unsigned long long rejected = 0;
	unsigned long empty = 0;
	int c_unit, c_nilai, added;
	const char *unit, *v;
	size_t len, i;
	double nilai;

	asn_input_open(in, path, delimiter);
	c_unit = asn_input_require(in, "unit", form);
	c_nilai = asn_input_require(in, "nilai_ikm", form);
	while (asn_input_next(in)) {
		v = asn_input_cell(in, c_nilai);
		if (!*v) {
			empty++;
			continue;
		}
		if (asn_number_parse(v, 0, &nilai) < 0 || nilai > 100) {
			asn_reject(&rejected, in->name, in->rec.line, c_nilai, "nilai_ikm '%s': "
			    "expected a number from 0 to 100", v);
			continue;
		}
		unit = asn_names_memo_get(names, in->rec.fields[c_unit], in->rec.lengths[c_unit],
		    &len);
		i = asn_strmap_add(&m->units, unit, m->n, &added);
		if (!added) {
			asn_reject(&rejected, in->name, in->rec.line, c_unit, "unit '%s': given "
			    "before: one nilai_ikm per unit", asn_input_cell(in, c_unit));
			continue;
		}
		if (m->n == m->cap) {
			m->cap = m->cap ? 2 * m->cap : 64;
			m->nilai = asn_realloc(m->nilai, m->cap * sizeof *m->nilai);
		}
		m->nilai[i] = nilai;
		m->n++;
	}
	if (empty && !asn_quiet)
		asn_warn("%s: %lu unit%s without nilai_ikm: ikm 0", in->name, empty,
		    empty == 1 ? "" : "s");
	asn_input_close(in);
	return (unsigned long)rejected;
}

double
asn_plan_ikm_of(const asn_plan_ikm *m, const char *unit)
{
	size_t i;

	if (!m || asn_strmap_find(&m->units, unit, &i) < 0)
		return -1;
	return m->nilai[i];
}

void
asn_plan_ikm_free(asn_plan_ikm *m)
{
	asn_strmap_free(&m->units);
	free(m->nilai);
	memset(m, 0, sizeof *m);
}

int
asn_plan_keys_find(asn_plan_keys *pk, const char *const *by, size_t n)
{
	size_t i;

	pk->unit = pk->subunit = pk->jabatan = -1;
	for (i = 0; i < n; i++) {
		if (strcasecmp(by[i], "unit") == 0)
			pk->unit = (int)i;
		else if (strcasecmp(by[i], "subunit") == 0)
			pk->subunit = (int)i;
		else if (strcasecmp(by[i], "jabatan") == 0)
			pk->jabatan = (int)i;
		else
			return -1;
	}
	return pk->unit >= 0 && pk->jabatan >= 0 ? 0 : -1;
}

/* The key of one side of a move (dari or ke) into k->key: cols are the
 * table's unit, subunit and jabatan columns of that side. */
static size_t
move_key(asn_group_keys *k, const asn_plan_keys *pk, const asn_csv_record *rec,
    const int cols[3])
{
	size_t i, len = 0, vlen;
	const char *v;
	int c;

	for (i = 0; i < k->nby; i++) {
		c = (int)i == pk->unit ? cols[0] : (int)i == pk->subunit ? cols[1] : cols[2];
		v = asn_names_memo_get(k->names, rec->fields[c], rec->lengths[c], &vlen);
		len = asn_group_keys_append(k, len, v, vlen);
	}
	return len;
}

void
asn_plan_moves_free(asn_plan_moves *m)
{
	free(m->v);
	memset(m, 0, sizeof *m);
}

/* Take n staff from g, those retiring last first, into to; told to log. */
static void
take(asn_cohort_group *g, asn_cohort_group *to, int years, long n, asn_plan_moves *log)
{
	long m;
	int t;

	for (t = years; t >= 0 && n > 0; t--) {
		m = g->retiring[t] < n ? g->retiring[t] : n;
		if (m > 0 && log) {
			if (log->n == log->cap) {
				log->cap = log->cap ? 2 * log->cap : 16;
				log->v = asn_realloc(log->v, log->cap * sizeof *log->v);
			}
			log->v[log->n++] = (asn_plan_move){ g, to, t, m, g->retiring[t] };
		}
		g->retiring[t] -= m;
		to->retiring[t] += m;
		n -= m;
	}
}

unsigned long
asn_plan_pindah_read(asn_cohort *c, asn_group_keys *k, const asn_plan_keys *pk, asn_input *in,
    const char *path, unsigned char delimiter, long *moved, asn_plan_moves *log)
{
	static const char form[] =
	    " (moves: jabatan,dari_unit,dari_subunit,ke_unit,ke_subunit,jumlah)";
	unsigned long long rejected = 0;
	int years = asn_cohort_get_options(c)->years, dari[3], ke[3], c_jumlah;
	asn_cohort_group *from, *to;
	const char *v;
	char *key = NULL;
	size_t len, keycap = 0;
	long jumlah, awal;

	*moved = 0;
	asn_input_open(in, path, delimiter);
	dari[2] = ke[2] = asn_input_require(in, "jabatan", form);
	dari[0] = asn_input_require(in, "dari_unit", form);
	ke[0] = asn_input_require(in, "ke_unit", form);
	dari[1] = ke[1] = -1;
	if (pk->subunit >= 0) {
		dari[1] = asn_input_require(in, "dari_subunit", " (--by names subunit)");
		ke[1] = asn_input_require(in, "ke_subunit", " (--by names subunit)");
	}
	c_jumlah = asn_input_require(in, "jumlah", form);
	while (asn_input_next(in)) {
		v = asn_input_cell(in, c_jumlah);
		if (whole(v, 10000000, &jumlah) < 0) {
			asn_reject(&rejected, in->name, in->rec.line, c_jumlah, "jumlah '%s': "
			    "expected a whole number >= 0", v);
			continue;
		}
		len = move_key(k, pk, &in->rec, dari);
		if (len > keycap) {
			keycap = 2 * len;
			key = asn_realloc(key, keycap);
		}
		memcpy(key, k->key, len);
		if (!(from = asn_cohort_group_find(c, key, len))) {
			asn_reject(&rejected, in->name, in->rec.line, dari[0], "dari_unit '%s', "
			    "jabatan '%s'%s%s%s: no such position in the projection",
			    asn_input_cell(in, dari[0]), asn_input_cell(in, dari[2]),
			    dari[1] >= 0 ? ", dari_subunit '" : "", asn_input_cell(in, dari[1]),
			    dari[1] >= 0 ? "'" : "");
			continue;
		}
		len = move_key(k, pk, &in->rec, ke);
		if (!(to = asn_cohort_group_find(c, k->key, len))) {
			asn_reject(&rejected, in->name, in->rec.line, ke[0], "ke_unit '%s', "
			    "jabatan '%s'%s%s%s: no such position in the projection",
			    asn_input_cell(in, ke[0]), asn_input_cell(in, ke[2]),
			    ke[1] >= 0 ? ", ke_subunit '" : "", asn_input_cell(in, ke[1]),
			    ke[1] >= 0 ? "'" : "");
			continue;
		}
		awal = asn_cohort_awal(c, from);
		if (jumlah > awal) {
			asn_reject(&rejected, in->name, in->rec.line, c_jumlah, "jumlah '%s': more "
			    "than the %ld staff of dari_unit '%s', jabatan '%s'", v, awal,
			    asn_input_cell(in, dari[0]), asn_input_cell(in, dari[2]));
			continue;
		}
		take(from, to, years, jumlah, log);
		*moved += jumlah;
	}
	free(key);
	asn_input_close(in);
	return (unsigned long)rejected;
}

long
asn_plan_kuota_option(const char *arg, const char **path)
{
	const char *p = arg + (*arg == '-' || *arg == '+');

	if (strcmp(arg, "batas") == 0) {
		*path = NULL;
		return ASN_KUOTA_BATAS;
	}
	if (*p < '0' || *p > '9' || strspn(p, "0123456789") != strlen(p)) {
		*path = arg;
		return -1;
	}
	*path = NULL;
	return asn_cli_long(arg, "kuota", 0, 10000000);
}
