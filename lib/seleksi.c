#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "seleksi.h"
#include "yaml.h"

enum { SCORE_MAX = 1000000 };

typedef struct {
	const char *name;
	char *err;
	size_t errsize;
} context;

static int fail(const context *c, const asn_yaml_node *n, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int fail(const context *c, const asn_yaml_node *n, const char *fmt, ...)
{
	va_list ap;
	int len;

	len = snprintf(c->err, c->errsize, "%s:%d:%d: ", c->name, n->line, n->column);
	if (len < 0 || (size_t)len >= c->errsize)
		return -1;
	va_start(ap, fmt);
	vsnprintf(c->err + len, c->errsize - (size_t)len, fmt, ap);
	va_end(ap);
	return -1;
}

static int get_string(const context *c, const asn_yaml_node *n, char **out)
{
	const char *v;

	if (asn_yaml_string(n, c->name, &v, c->err, c->errsize) < 0)
		return -1;
	if (!*v)
		return fail(c, n, "expected a column name, got ''");
	*out = asn_strdup(v);
	return 0;
}

/* A scalar (kept in *one) or a non-empty list; items are checked by the caller. */
static int get_list(const context *c, const asn_yaml_node *n, const asn_yaml_node **one,
                    const asn_yaml_node *const **items, size_t *nitems)
{
	if (n->kind == ASN_YAML_SCALAR) {
		*one = n;
		*items = one;
		*nitems = 1;
		return 0;
	}
	if (asn_yaml_expect(n, ASN_YAML_SEQUENCE, c->name, c->err, c->errsize) < 0)
		return -1;
	if (n->nitems == 0)
		return fail(c, n, "key '%s': expected at least one item, got an empty list",
		            n->key ? n->key : "");
	*items = (const asn_yaml_node *const *)n->items;
	*nitems = n->nitems;
	return 0;
}

static int find_test(const asn_seleksi *s, const char *kolom)
{
	size_t i;

	for (i = 0; i < s->ntes; i++)
		if (strcmp(s->tes[i].kolom, kolom) == 0)
			return (int)i;
	return -1;
}

/* Index of the test named by the scalar n. */
static int test_ref(const context *c, const asn_seleksi *s, const asn_yaml_node *n, size_t *out)
{
	const char *v;
	int t;

	if (asn_yaml_string(n, c->name, &v, c->err, c->errsize) < 0)
		return -1;
	if ((t = find_test(s, v)) < 0)
		return fail(c, n, "test '%s' is not in 'tes'", v);
	*out = (size_t)t;
	return 0;
}

static int load_test(const context *c, asn_seleksi *s, const asn_yaml_node *n)
{
	static const char *const keys[] = { "kolom", "maks", "ambang", NULL };
	const asn_yaml_node *kolom, *maks, *ambang;
	asn_seleksi_tes *t = &s->tes[s->ntes];

	if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(n, c->name, keys, c->err, c->errsize) < 0)
		return -1;
	if (!(kolom = asn_yaml_get(n, "kolom")))
		return fail(c, n, "test needs 'kolom' (the column of its score)");
	if (!(maks = asn_yaml_get(n, "maks")))
		return fail(c, n, "test needs 'maks' (its highest possible score)");
	if (get_string(c, kolom, &t->kolom) < 0)
		return -1;
	s->ntes++;
	if (find_test(s, t->kolom) != (int)s->ntes - 1)
		return fail(c, kolom, "test '%s' given twice", t->kolom);
	if (asn_yaml_double(maks, c->name, 0, SCORE_MAX, &t->maks, c->err, c->errsize) < 0)
		return -1;
	if (t->maks <= 0)
		return fail(c, maks, "key 'maks': expected a number above 0, got '%s'", maks->value);
	t->ambang = 0;
	if ((ambang = asn_yaml_get(n, "ambang")) &&
	    asn_yaml_double(ambang, c->name, 0, t->maks, &t->ambang, c->err, c->errsize) < 0)
		return -1;
	return 0;
}

static int load_group(const context *c, asn_seleksi *s, const asn_yaml_node *n)
{
	static const char *const keys[] = { "nama", "tes", "bobot", NULL };
	const asn_yaml_node *nama, *tes, *bobot;
	const asn_yaml_node *const *items;
	const asn_yaml_node *one;
	asn_seleksi_grup *g = &s->grup[s->ngrup];
	size_t i, nitems;

	if (asn_yaml_expect(n, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(n, c->name, keys, c->err, c->errsize) < 0)
		return -1;
	if (!(tes = asn_yaml_get(n, "tes")))
		return fail(c, n, "integrasi group needs 'tes' (a list of tests)");
	if (!(bobot = asn_yaml_get(n, "bobot")))
		return fail(c, n, "integrasi group needs 'bobot' (its weight in percent)");
	s->ngrup++;
	if ((nama = asn_yaml_get(n, "nama")) && get_string(c, nama, &g->nama) < 0)
		return -1;
	if (get_list(c, tes, &one, &items, &nitems) < 0)
		return -1;
	g->tes = asn_calloc(nitems, sizeof *g->tes);
	for (i = 0; i < nitems; i++) {
		if (test_ref(c, s, items[i], &g->tes[i]) < 0)
			return -1;
		g->ntes++;
	}
	if (asn_yaml_double(bobot, c->name, 0, 100, &g->bobot, c->err, c->errsize) < 0)
		return -1;
	if (g->bobot <= 0)
		return fail(c, bobot, "key 'bobot': expected a number above 0, got '%s'", bobot->value);
	return 0;
}

static int load_columns(const context *c, asn_seleksi *s, const asn_yaml_node *root)
{
	const asn_yaml_node *peserta, *formasi;
	const asn_yaml_node *const *items;
	const asn_yaml_node *one;
	size_t i, nitems;

	if ((peserta = asn_yaml_get(root, "peserta"))) {
		if (get_string(c, peserta, &s->peserta) < 0)
			return -1;
	} else {
		s->peserta = asn_strdup("no_peserta");
	}
	if (!(formasi = asn_yaml_get(root, "formasi"))) {
		s->formasi = asn_calloc(1, sizeof *s->formasi);
		s->formasi[s->nformasi++] = asn_strdup("formasi");
		return 0;
	}
	if (get_list(c, formasi, &one, &items, &nitems) < 0)
		return -1;
	s->formasi = asn_calloc(nitems, sizeof *s->formasi);
	for (i = 0; i < nitems; i++) {
		if (get_string(c, items[i], &s->formasi[i]) < 0)
			return -1;
		s->nformasi++;
	}
	return 0;
}

static int load_tree(asn_seleksi *s, const asn_yaml_node *root, const context *c)
{
	static const char *const keys[] = { "peserta", "formasi", "tes", "integrasi", "seri", NULL };
	const asn_yaml_node *tes, *integrasi, *seri;
	const asn_yaml_node *const *items;
	const asn_yaml_node *one;
	size_t i, nitems;
	double total = 0;
	char buf[32];

	if (asn_yaml_expect(root, ASN_YAML_MAPPING, c->name, c->err, c->errsize) < 0 ||
	    asn_yaml_check_keys(root, c->name, keys, c->err, c->errsize) < 0 ||
	    load_columns(c, s, root) < 0)
		return -1;
	if (!(tes = asn_yaml_get(root, "tes")))
		return fail(c, root, "missing key 'tes' (a list of {kolom, maks, ambang})");
	if (!(integrasi = asn_yaml_get(root, "integrasi")))
		return fail(c, root, "missing key 'integrasi' (a list of {tes, bobot})");
	if (asn_yaml_expect(tes, ASN_YAML_SEQUENCE, c->name, c->err, c->errsize) < 0 ||
	    get_list(c, tes, &one, &items, &nitems) < 0)
		return -1;
	s->tes = asn_calloc(nitems, sizeof *s->tes);
	for (i = 0; i < nitems; i++)
		if (load_test(c, s, items[i]) < 0)
			return -1;
	if (asn_yaml_expect(integrasi, ASN_YAML_SEQUENCE, c->name, c->err, c->errsize) < 0 ||
	    get_list(c, integrasi, &one, &items, &nitems) < 0)
		return -1;
	s->grup = asn_calloc(nitems, sizeof *s->grup);
	for (i = 0; i < nitems; i++) {
		if (load_group(c, s, items[i]) < 0)
			return -1;
		total += s->grup[i].bobot;
	}
	if (fabs(total - 100) > 1e-9) {
		asn_yaml_format_number(total, buf, sizeof buf);
		return fail(c, integrasi, "integrasi: the weights (bobot) add up to %s, expected 100", buf);
	}
	if (!(seri = asn_yaml_get(root, "seri")) || asn_yaml_is_null(seri))
		return 0;
	if (get_list(c, seri, &one, &items, &nitems) < 0)
		return -1;
	s->seri = asn_calloc(nitems, sizeof *s->seri);
	for (i = 0; i < nitems; i++) {
		if (test_ref(c, s, items[i], &s->seri[i]) < 0)
			return -1;
		s->nseri++;
	}
	return 0;
}

static int build(void *obj, const asn_yaml_node *root, const char *name, char *err,
                 size_t errsize)
{
	context c = { name, err, errsize };

	if (load_tree(obj, root, &c) == 0)
		return 0;
	asn_seleksi_free(obj);
	return -1;
}

int asn_seleksi_load_file(asn_seleksi *s, const char *path, char *err, size_t errsize)
{
	memset(s, 0, sizeof *s);
	return asn_yaml_build_file(path, build, s, err, errsize);
}

int asn_seleksi_load_string(asn_seleksi *s, const char *text, size_t len, const char *name,
                            char *err, size_t errsize)
{
	memset(s, 0, sizeof *s);
	return asn_yaml_build_string(text, len, name, build, s, err, errsize);
}

void asn_seleksi_free(asn_seleksi *s)
{
	size_t i;

	free(s->peserta);
	for (i = 0; i < s->nformasi; i++)
		free(s->formasi[i]);
	free(s->formasi);
	for (i = 0; i < s->ntes; i++)
		free(s->tes[i].kolom);
	free(s->tes);
	for (i = 0; i < s->ngrup; i++) {
		free(s->grup[i].nama);
		free(s->grup[i].tes);
	}
	free(s->grup);
	free(s->seri);
	memset(s, 0, sizeof *s);
}

int asn_seleksi_meets(const asn_seleksi *s, size_t t, double v)
{
	return !isnan(v) && v >= s->tes[t].ambang;
}

void asn_seleksi_score(const asn_seleksi *s, asn_seleksi_peserta *p)
{
	double v = 0, sum, maks;
	size_t g, i, t;

	p->memenuhi = 1;
	p->integrasi = 0;
	for (t = 0; t < s->ntes; t++)
		if (!asn_seleksi_meets(s, t, p->nilai[t]))
			p->memenuhi = 0;
	for (g = 0; g < s->ngrup; g++) {
		sum = maks = 0;
		for (i = 0; i < s->grup[g].ntes; i++) {
			t = s->grup[g].tes[i];
			if (isnan(p->nilai[t])) {
				p->integrasi = -1;
				return;
			}
			sum += p->nilai[t];
			maks += s->tes[t].maks;
		}
		v += s->grup[g].bobot * sum / maks;
	}
	p->integrasi = llround(v * 1000);
}

static int compare(const asn_seleksi *s, const asn_seleksi_peserta *a, size_t ia,
                   const asn_seleksi_peserta *b, size_t ib)
{
	size_t i;
	double x, y;
	int c;

	if (a->formasi != b->formasi)
		return a->formasi < b->formasi ? -1 : 1;
	if (a->memenuhi != b->memenuhi)
		return a->memenuhi ? -1 : 1;
	if (a->integrasi != b->integrasi)
		return a->integrasi > b->integrasi ? -1 : 1;
	for (i = 0; i < s->nseri; i++) {
		x = a->nilai[s->seri[i]];
		y = b->nilai[s->seri[i]];
		if (isnan(x) || isnan(y)) {
			if (isnan(x) != isnan(y))
				return isnan(x) ? 1 : -1;
			continue;
		}
		if (x != y)
			return x > y ? -1 : 1;
	}
	if ((c = strcmp(a->id ? a->id : "", b->id ? b->id : "")) != 0)
		return c;
	return ia < ib ? -1 : ia > ib;
}

/* Merge sort of candidate indices (qsort has no context argument). */
static void sort(const asn_seleksi *s, const asn_seleksi_peserta *p, size_t *idx, size_t *tmp,
                 size_t n)
{
	size_t mid = n / 2, i = 0, j = mid, k = 0;

	if (n < 2)
		return;
	sort(s, p, idx, tmp, mid);
	sort(s, p, idx + mid, tmp, n - mid);
	while (i < mid && j < n)
		if (compare(s, &p[idx[j]], idx[j], &p[idx[i]], idx[i]) < 0)
			tmp[k++] = idx[j++];
		else
			tmp[k++] = idx[i++];
	while (i < mid)
		tmp[k++] = idx[i++];
	while (j < n)
		tmp[k++] = idx[j++];
	memcpy(idx, tmp, n * sizeof *idx);
}

void asn_seleksi_rank(const asn_seleksi *s, asn_seleksi_peserta *p, size_t n,
                      const long *kebutuhan)
{
	size_t *idx, *tmp, i;
	long rank = 0;

	if (n == 0)
		return;
	idx = asn_malloc(n * sizeof *idx);
	tmp = asn_malloc(n * sizeof *tmp);
	for (i = 0; i < n; i++)
		idx[i] = i;
	sort(s, p, idx, tmp, n);
	for (i = 0; i < n; i++) {
		asn_seleksi_peserta *c = &p[idx[i]];

		if (i == 0 || c->formasi != p[idx[i - 1]].formasi)
			rank = 0;
		c->peringkat = 0;
		c->lulus = 0;
		if (!c->memenuhi || c->integrasi < 0)
			continue;
		c->peringkat = ++rank;
		c->lulus = rank <= kebutuhan[c->formasi];
	}
	free(idx);
	free(tmp);
}

/* A formasi: the values of the formasi columns joined by US (0x1f). */
static char *formasi_key(const asn_seleksi *s, const asn_input *in, const int *cols)
{
	size_t i, len = 0;
	char *key;

	for (i = 0; i < s->nformasi; i++)
		len += strlen(asn_input_cell(in, cols[i])) + 1;
	key = asn_malloc(len + 1);
	key[0] = '\0';
	for (i = 0, len = 0; i < s->nformasi; i++) {
		if (i)
			key[len++] = '\x1f';
		strcpy(key + len, asn_input_cell(in, cols[i]));
		len += strlen(key + len);
	}
	return key;
}

/* The formasi as messages show it: values joined by " / ". */
static void formasi_label(const char *key, char *buf, size_t size)
{
	size_t k = 0;

	for (; *key && k + 4 < size; key++) {
		if (*key == '\x1f') {
			memcpy(buf + k, " / ", 3);
			k += 3;
		} else {
			buf[k++] = *key;
		}
	}
	buf[k] = '\0';
}

static int *require_all(const asn_input *in, char *const *names, size_t n)
{
	int *cols = asn_calloc(n ? n : 1, sizeof *cols);
	size_t i;

	for (i = 0; i < n; i++)
		cols[i] = asn_input_require(in, names[i], "");
	return cols;
}

void asn_seleksi_formasi_begin(asn_seleksi_formasi *f, const asn_seleksi *s,
                               const asn_input *in)
{
	memset(f, 0, sizeof *f);
	f->rules = s;
	f->name = asn_strdup(in->name);
	f->cols = require_all(in, s->formasi, s->nformasi);
	f->kebutuhan_col = asn_input_require(in, "kebutuhan", "");
}

void asn_seleksi_formasi_row(asn_seleksi_formasi *f, const asn_input *in,
                             unsigned long long *rejected)
{
	const char *v = asn_input_cell(in, f->kebutuhan_col);
	char *key, label[512];
	double k;
	int added;

	if (asn_number_parse(v, ASN_NUMBER_COMMA, &k) < 0 || k != floor(k) || k > 1e9) {
		asn_reject(rejected, in->name, in->rec.line, f->kebutuhan_col,
		           "kebutuhan '%s': expected a whole number, 0 or more", v);
		return;
	}
	key = formasi_key(f->rules, in, f->cols);
	asn_strmap_add(&f->index, key, f->n, &added);
	if (!added) {
		formasi_label(key, label, sizeof label);
		asn_reject(rejected, in->name, in->rec.line, f->cols[0], "formasi '%s' given twice",
		           label);
	} else {
		if (f->n == f->cap) {
			f->cap = f->cap ? f->cap * 2 : 64;
			f->kebutuhan = asn_realloc(f->kebutuhan, f->cap * sizeof *f->kebutuhan);
		}
		f->kebutuhan[f->n++] = (long)k;
		f->places += (unsigned long long)k;
	}
	free(key);
}

void asn_seleksi_formasi_free(asn_seleksi_formasi *f)
{
	free(f->name);
	free(f->cols);
	asn_strmap_free(&f->index);
	free(f->kebutuhan);
	memset(f, 0, sizeof *f);
}

void asn_seleksi_kandidat_begin(asn_seleksi_kandidat *k, const asn_seleksi *s,
                                const asn_seleksi_formasi *f, const asn_input *in)
{
	size_t t;

	memset(k, 0, sizeof *k);
	k->rules = s;
	k->formasi = f;
	k->id_col = asn_input_require(in, s->peserta, "");
	k->formasi_cols = require_all(in, s->formasi, s->nformasi);
	k->tes_cols = asn_calloc(s->ntes ? s->ntes : 1, sizeof *k->tes_cols);
	for (t = 0; t < s->ntes; t++)
		k->tes_cols[t] = asn_input_require(in, s->tes[t].kolom, "");
}

/* Id, scores and formasi of a candidate; -1 after rejecting the row. */
static int kandidat_read(asn_seleksi_kandidat *k, const asn_input *in, asn_seleksi_peserta *p,
                         unsigned long long *rejected)
{
	const asn_seleksi *s = k->rules;
	const char *v = asn_input_cell(in, k->id_col);
	char *key, label[512], maks[32];
	size_t t, f;
	int added;

	if (!*v) {
		asn_reject(rejected, in->name, in->rec.line, k->id_col, "%s is empty", s->peserta);
		return -1;
	}
	asn_strmap_add(&k->ids, v, 0, &added);
	if (!added) {
		asn_reject(rejected, in->name, in->rec.line, k->id_col,
		           "%s '%s': duplicate (already seen in an earlier row)", s->peserta, v);
		return -1;
	}
	for (t = 0; t < s->ntes; t++) {
		v = asn_input_cell(in, k->tes_cols[t]);
		if (!*v) {
			p->nilai[t] = NAN;
			continue;
		}
		if (asn_number_parse(v, ASN_NUMBER_COMMA, &p->nilai[t]) < 0 ||
		    p->nilai[t] > s->tes[t].maks) {
			snprintf(maks, sizeof maks, "%g", s->tes[t].maks);
			asn_reject(rejected, in->name, in->rec.line, k->tes_cols[t],
			           "%s '%s': expected a number from 0 to %s (or empty when absent)",
			           s->tes[t].kolom, v, maks);
			return -1;
		}
	}
	key = formasi_key(s, in, k->formasi_cols);
	if (asn_strmap_find(&k->formasi->index, key, &f) < 0) {
		formasi_label(key, label, sizeof label);
		free(key);
		asn_reject(rejected, in->name, in->rec.line, k->formasi_cols[0],
		           "formasi '%s' is not in %s", label, k->formasi->name);
		return -1;
	}
	free(key);
	p->formasi = f;
	asn_seleksi_score(s, p);
	return 0;
}

void asn_seleksi_kandidat_row(asn_seleksi_kandidat *k, const asn_input *in,
                              unsigned long long *rejected)
{
	const asn_csv_record *rec = &in->rec;
	asn_seleksi_row *row;
	asn_seleksi_peserta *p;
	size_t i;

	if (k->n == k->cap) {
		k->cap = k->cap ? k->cap * 2 : 256;
		k->rows = asn_realloc(k->rows, k->cap * sizeof *k->rows);
		k->p = asn_realloc(k->p, k->cap * sizeof *k->p);
	}
	row = &k->rows[k->n];
	p = &k->p[k->n++];
	row->nfields = rec->nfields;
	row->fields = asn_calloc(rec->nfields ? rec->nfields : 1, sizeof *row->fields);
	for (i = 0; i < rec->nfields; i++)
		row->fields[i] = asn_strndup(rec->fields[i], rec->lengths[i]);
	row->rejected = 0;
	memset(p, 0, sizeof *p);
	p->nilai = asn_calloc(k->rules->ntes ? k->rules->ntes : 1, sizeof *p->nilai);
	if (kandidat_read(k, in, p, rejected) < 0) {
		row->rejected = 1;
		/* out of the ranking: a formasi no candidate can reach */
		p->memenuhi = 0;
		p->integrasi = -1;
		p->formasi = 0;
	}
	p->id = row->fields[k->id_col];
}

void asn_seleksi_kandidat_free(asn_seleksi_kandidat *k)
{
	size_t i, j;

	for (i = 0; i < k->n; i++) {
		for (j = 0; j < k->rows[i].nfields; j++)
			free(k->rows[i].fields[j]);
		free(k->rows[i].fields);
		free(k->p[i].nilai);
	}
	free(k->rows);
	free(k->p);
	free(k->tes_cols);
	free(k->formasi_cols);
	asn_strmap_free(&k->ids);
	memset(k, 0, sizeof *k);
}

void asn_seleksi_gagal(const asn_seleksi *s, const asn_seleksi_peserta *p, char *buf,
                       size_t size)
{
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < s->ntes && len < size; i++)
		if (!asn_seleksi_meets(s, i, p->nilai[i]))
			len += (size_t)snprintf(buf + len, size - len, "%s%s", len ? ";" : "",
			                        s->tes[i].kolom);
}
