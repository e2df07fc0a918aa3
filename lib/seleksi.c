/* Selection: the formasi and candidates tables, the marks and the nilai
 * akhir in exact arithmetic (doc/seleksi.md). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "date.h"
#include "seleksi.h"
#include "seleksi_int.h"

int asn_seleksi_is_tahap(const asn_seleksi *s, size_t v)
{
	return v < s->ntes ? s->tes[v].tahap : s->grup[v - s->ntes].tahap;
}

int asn_seleksi_alias(const asn_seleksi *s, size_t v)
{
	size_t t;

	if (v < s->ntes)
		return 0;
	for (t = 0; t < s->ntes; t++)
		if (strcmp(s->tes[t].kolom, s->grup[v - s->ntes].nama) == 0)
			return 1;
	return 0;
}

static const char *nilai_name(const asn_seleksi *s, size_t v)
{
	return v < s->ntes ? s->tes[v].kolom : s->grup[v - s->ntes].nama;
}

/* A score as people write it: no trailing zeros. */
static void format_score(int64_t v, char *buf, size_t size)
{
	size_t len;

	asn_seleksi_format(v, ASN_SELEKSI_DECIMALS, ASN_SELEKSI_DECIMALS, buf, size);
	len = strlen(buf);
	while (len && buf[len - 1] == '0')
		buf[--len] = '\0';
	if (len && buf[len - 1] == '.')
		buf[--len] = '\0';
}

/* Letters and digits only, lower case: "Putra/Putri Papua" is "putraputripapua". */
static void squeeze(const char *v, char *buf, size_t size)
{
	size_t k = 0;

	for (; *v && k + 1 < size; v++)
		if ((*v >= 'a' && *v <= 'z') || (*v >= '0' && *v <= '9'))
			buf[k++] = *v;
		else if (*v >= 'A' && *v <= 'Z')
			buf[k++] = (char)(*v - 'A' + 'a');
	buf[k] = '\0';
}

/* The jenis a cell names: its name in any case and spacing, or the one
 * jenis whose name the cell contains ("Putra/Putri Papua": papua,
 * "Penyandang Disabilitas": disabilitas). */
static int find_jenis(const asn_seleksi *s, const char *v, size_t *out)
{
	char cell[256], name[256];
	size_t i, found = 0;

	squeeze(v, cell, sizeof cell);
	for (i = 0; i < s->njenis; i++) {
		squeeze(s->jenis[i].nama, name, sizeof name);
		if (strcmp(name, cell) == 0) {
			*out = i;
			return 0;
		}
		if (*name && strstr(cell, name)) {
			*out = i;
			found++;
		}
	}
	return found == 1 ? 0 : -1;
}

/* "umum, cumlaude, ..." for messages. */
static void jenis_list(const asn_seleksi *s, char *buf, size_t size)
{
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < s->njenis && len < size; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s", i ? ", " : "",
		                        s->jenis[i].nama);
}

/* The jenis of a cell: empty is umum. */
static int read_jenis(const asn_seleksi *s, const asn_input *in, int col, size_t *out,
                      unsigned long long *rejected)
{
	const char *v = asn_input_cell(in, col);
	char list[512];

	*out = 0;
	if (col < 0 || !*v || find_jenis(s, v, out) == 0)
		return 0;
	jenis_list(s, list, sizeof list);
	asn_reject(rejected, in->name, in->rec.line, col, "%s '%s': expected one of %s (empty: umum)",
	           in->table.names[col], v, list);
	return -1;
}

/* A formasi: the values of the formasi columns and the jenis, joined by US. */
static char *formasi_key(const asn_seleksi *s, const asn_input *in, const int *cols,
                         size_t jenis)
{
	size_t i, len = strlen(s->jenis[jenis].nama) + 1;
	char *key;

	for (i = 0; i < s->nformasi; i++)
		len += strlen(asn_input_cell(in, cols[i])) + 1;
	key = asn_malloc(len);
	key[0] = '\0';
	for (i = 0; i < s->nformasi; i++) {
		strcat(key, asn_input_cell(in, cols[i]));
		strcat(key, "\x1f");
	}
	strcat(key, s->jenis[jenis].nama);
	return key;
}

static void key_label(const char *key, char *buf, size_t size)
{
	size_t k = 0;
	const char *last = strrchr(key, '\x1f');

	for (; *key && k + 4 < size; key++) {
		if (key == last) {
			if (strcmp(key + 1, "umum") == 0)
				break;
			buf[k++] = ' ';
			buf[k++] = '(';
			for (key++; *key && k + 2 < size; key++)
				buf[k++] = *key;
			buf[k++] = ')';
			break;
		}
		if (*key == '\x1f') {
			memcpy(buf + k, " / ", 3);
			k += 3;
		} else {
			buf[k++] = *key;
		}
	}
	buf[k] = '\0';
}

void asn_seleksi_formasi_label(const asn_seleksi_formasi *f, size_t i, char *buf, size_t size)
{
	key_label(f->keys[i], buf, size);
}

static int *require_all(const asn_input *in, char *const *names, size_t n)
{
	int *cols = asn_calloc(n ? n : 1, sizeof *cols);
	size_t i;

	for (i = 0; i < n; i++)
		cols[i] = asn_input_require(in, names[i], "");
	return cols;
}

static int *find_all(const asn_input *in, char *const *names, size_t n)
{
	int *cols = asn_calloc(n ? n : 1, sizeof *cols);
	size_t i;

	for (i = 0; i < n; i++)
		cols[i] = asn_input_find(in, names[i]);
	return cols;
}

void asn_seleksi_formasi_begin(asn_seleksi_formasi *f, const asn_seleksi *s,
                               const asn_input *in)
{
	size_t v, nv = s->ntes + s->ngrup;
	char name[256];

	memset(f, 0, sizeof *f);
	f->rules = s;
	f->name = asn_strdup(in->name);
	f->cols = require_all(in, s->formasi, s->nformasi);
	f->jenis_col = s->jenis_kolom ? asn_input_find(in, s->jenis_kolom) : -1;
	f->kebutuhan_col = asn_input_require(in, "kebutuhan", "");
	f->ambang_cols = asn_calloc(nv ? nv : 1, sizeof *f->ambang_cols);
	for (v = 0; v < nv; v++) {
		snprintf(name, sizeof name, "ambang_%s", nilai_name(s, v));
		f->ambang_cols[v] = asn_seleksi_alias(s, v) ? -1 : asn_input_find(in, name);
	}
	f->sama_cols = find_all(in, s->sama, s->nsama);
}

static int64_t *read_overrides(asn_seleksi_formasi *f, const asn_input *in,
                               unsigned long long *rejected, int *bad)
{
	const asn_seleksi *s = f->rules;
	size_t v, nv = s->ntes + s->ngrup;
	int64_t *ambang = NULL, maks;
	const char *cell;
	char buf[40];

	for (v = 0; v < nv; v++) {
		if (f->ambang_cols[v] < 0 || !*(cell = asn_input_cell(in, f->ambang_cols[v])))
			continue;
		if (!ambang) {
			ambang = asn_malloc(nv * sizeof *ambang);
			memset(ambang, 0xff, nv * sizeof *ambang);
		}
		maks = v < s->ntes ? s->tes[v].maks : s->grup[v - s->ntes].maks;
		if (asn_seleksi_decimal(cell, maks, &ambang[v]) < 0) {
			format_score(maks, buf, sizeof buf);
			asn_reject(rejected, in->name, in->rec.line, f->ambang_cols[v],
			           "%s '%s': expected a mark from 0 to %s with at most %d decimals "
			           "(empty: the jenis mark)", in->table.names[f->ambang_cols[v]], cell, buf,
			           ASN_SELEKSI_DECIMALS);
			*bad = 1;
			break;
		}
	}
	return ambang;
}

void asn_seleksi_formasi_row(asn_seleksi_formasi *f, const asn_input *in,
                             unsigned long long *rejected)
{
	const asn_seleksi *s = f->rules;
	const char *v = asn_input_cell(in, f->kebutuhan_col);
	char *key, label[512];
	size_t jenis, i;
	int64_t *ambang;
	double k;
	int added, bad = 0;

	if (asn_number_parse(v, ASN_NUMBER_COMMA, &k) < 0 || k != (double)(long)k || k > 1e9) {
		asn_reject(rejected, in->name, in->rec.line, f->kebutuhan_col,
		           "kebutuhan '%s': expected a whole number, 0 or more", v);
		return;
	}
	if (read_jenis(s, in, f->jenis_col, &jenis, rejected) < 0)
		return;
	ambang = read_overrides(f, in, rejected, &bad);
	if (bad) {
		free(ambang);
		return;
	}
	key = formasi_key(s, in, f->cols, jenis);
	asn_strmap_add(&f->index, key, f->n, &added);
	if (!added) {
		key_label(key, label, sizeof label);
		asn_reject(rejected, in->name, in->rec.line, f->cols[0], "formasi '%s' given twice",
		           label);
		free(key);
		free(ambang);
		return;
	}
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 64;
		f->keys = asn_realloc(f->keys, f->cap * sizeof *f->keys);
		f->jenis = asn_realloc(f->jenis, f->cap * sizeof *f->jenis);
		f->kebutuhan = asn_realloc(f->kebutuhan, f->cap * sizeof *f->kebutuhan);
		f->ambang = asn_realloc(f->ambang, f->cap * sizeof *f->ambang);
		f->sama = asn_realloc(f->sama, f->cap * sizeof *f->sama);
	}
	f->keys[f->n] = key;
	f->jenis[f->n] = jenis;
	f->kebutuhan[f->n] = (long)k;
	f->ambang[f->n] = ambang;
	f->sama[f->n] = asn_calloc(s->nsama ? s->nsama : 1, sizeof **f->sama);
	for (i = 0; i < s->nsama; i++)
		if (f->sama_cols[i] >= 0)
			f->sama[f->n][i] = asn_strdup(asn_input_cell(in, f->sama_cols[i]));
	f->n++;
	f->places += (unsigned long long)k;
}

void asn_seleksi_formasi_free(asn_seleksi_formasi *f)
{
	size_t i, j;

	for (i = 0; i < f->n; i++) {
		free(f->keys[i]);
		free(f->ambang[i]);
		for (j = 0; j < f->rules->nsama; j++)
			free(f->sama[i][j]);
		free(f->sama[i]);
	}
	free(f->keys);
	free(f->jenis);
	free(f->kebutuhan);
	free(f->ambang);
	free(f->sama);
	free(f->name);
	free(f->cols);
	free(f->ambang_cols);
	free(f->sama_cols);
	asn_strmap_free(&f->index);
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
	k->jenis_col = s->jenis_kolom ? asn_input_find(in, s->jenis_kolom) : -1;
	k->ipk_col = s->ipk ? asn_input_find(in, s->ipk) : -1;
	k->lahir_col = s->lahir ? asn_input_find(in, s->lahir) : -1;
	k->prio_col = s->prioritas ? asn_input_find(in, s->prioritas) : -1;
	k->nama_col = asn_input_find(in, "nama");
	k->sama_cols = find_all(in, s->sama, s->nsama);
	k->flag_cols = asn_calloc(s->nflags ? s->nflags : 1, sizeof *k->flag_cols);
	for (t = 0; t < s->nflags; t++)
		k->flag_cols[t] = asn_input_require(in, s->flags[t].kolom, "(an affirmation flag)");
}

/* Yes or no: 1, 0, or -1. */
static int flag_value(const char *v)
{
	static const char *const yes[] = { "1", "ya", "y", "yes", "true", NULL };
	static const char *const no[] = { "", "0", "tidak", "t", "no", "n", "false", NULL };
	size_t i;

	for (i = 0; yes[i]; i++)
		if (strcasecmp(v, yes[i]) == 0)
			return 1;
	for (i = 0; no[i]; i++)
		if (strcasecmp(v, no[i]) == 0)
			return 0;
	return -1;
}

static int read_scores(asn_seleksi_kandidat *k, const asn_input *in, asn_seleksi_peserta *p,
                       unsigned long long *rejected)
{
	const asn_seleksi *s = k->rules;
	int64_t bonus = 0, *v;
	const char *cell;
	char maks[40];
	size_t t, g, i;
	int f;

	for (t = 0; t < s->ntes; t++) {
		cell = asn_input_cell(in, k->tes_cols[t]);
		p->nilai[t] = -1;
		if (*cell && asn_seleksi_decimal(cell, s->tes[t].maks, &p->nilai[t]) < 0) {
			format_score(s->tes[t].maks, maks, sizeof maks);
			asn_reject(rejected, in->name, in->rec.line, k->tes_cols[t],
			           "%s '%s': expected a number from 0 to %s with at most %d decimals "
			           "(or empty when absent)", s->tes[t].kolom, cell, maks,
			           ASN_SELEKSI_DECIMALS);
			return -1;
		}
	}
	/* The affirmation bonuses: a share of the test's maximum each, summed and
	 * capped, added to the score and capped at its maximum. */
	for (i = 0; i < s->nflags; i++) {
		cell = asn_input_cell(in, k->flag_cols[i]);
		if ((f = flag_value(cell)) < 0) {
			asn_reject(rejected, in->name, in->rec.line, k->flag_cols[i],
			           "%s '%s': expected ya or tidak (1 or 0; empty: tidak)",
			           s->flags[i].kolom, cell);
			return -1;
		}
		if (f)
			bonus += s->flags[i].persen;
	}
	if (s->afirmasi && p->nilai[s->afirmasi_tes] >= 0 && bonus) {
		int64_t maks_t = s->tes[s->afirmasi_tes].maks;
		seleksi_wide add;

		if (bonus > s->batas)
			bonus = s->batas;
		add = ((seleksi_wide)maks_t * bonus * 2 + 100 * ASN_SELEKSI_SCALE) /
		      (2 * 100 * ASN_SELEKSI_SCALE);
		v = &p->nilai[s->afirmasi_tes];
		*v = *v + (int64_t)add > maks_t ? maks_t : *v + (int64_t)add;
	}
	for (g = 0; g < s->ngrup; g++) {
		v = &p->nilai[s->ntes + g];
		*v = 0;
		for (i = 0; i < s->grup[g].ntes && *v >= 0; i++) {
			t = s->grup[g].tes[i];
			*v = p->nilai[t] < 0 ? -1 : *v + p->nilai[t];
		}
	}
	return 0;
}

static int read_extra(asn_seleksi_kandidat *k, const asn_input *in, asn_seleksi_peserta *p,
                      unsigned long long *rejected)
{
	const asn_seleksi *s = k->rules;
	const char *cell;
	asn_date d;
	size_t i;

	p->ipk = -1;
	p->lahir = LONG_MAX;
	cell = asn_input_cell(in, k->ipk_col);
	if (*cell && asn_seleksi_decimal(cell, 4 * ASN_SELEKSI_SCALE, &p->ipk) < 0) {
		asn_reject(rejected, in->name, in->rec.line, k->ipk_col,
		           "%s '%s': expected a number from 0 to 4 (or empty)", s->ipk, cell);
		return -1;
	}
	cell = asn_input_cell(in, k->lahir_col);
	if (*cell) {
		if (asn_date_parse_iso(cell, strlen(cell), &d) < 0) {
			asn_reject(rejected, in->name, in->rec.line, k->lahir_col,
			           "%s '%s': expected a date YYYY-MM-DD (or empty)", s->lahir, cell);
			return -1;
		}
		p->lahir = asn_date_to_days(d);
	}
	p->prio = (long)s->nurutan;
	cell = asn_input_cell(in, k->prio_col);
	for (i = 0; i < s->nurutan; i++)
		if (strcmp(cell, s->urutan[i]) == 0)
			p->prio = (long)i;
	p->sama = asn_calloc(s->nsama ? s->nsama : 1, sizeof *p->sama);
	for (i = 0; i < s->nsama; i++)
		if (k->sama_cols[i] >= 0)
			p->sama[i] = asn_strdup(asn_input_cell(in, k->sama_cols[i]));
	return 0;
}

/* Id, formasi, scores; -1 after rejecting the row. */
static int kandidat_read(asn_seleksi_kandidat *k, const asn_input *in, asn_seleksi_peserta *p,
                         unsigned long long *rejected)
{
	const asn_seleksi *s = k->rules;
	const char *v = asn_input_cell(in, k->id_col);
	char *key, label[512];
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
	if (read_jenis(s, in, k->jenis_col, &p->jenis, rejected) < 0)
		return -1;
	key = formasi_key(s, in, k->formasi_cols, p->jenis);
	if (asn_strmap_find(&k->formasi->index, key, &p->formasi) < 0) {
		key_label(key, label, sizeof label);
		free(key);
		asn_reject(rejected, in->name, in->rec.line, k->formasi_cols[0],
		           "formasi '%s' is not in %s", label, k->formasi->name);
		return -1;
	}
	free(key);
	if (read_scores(k, in, p, rejected) < 0 || read_extra(k, in, p, rejected) < 0)
		return -1;
	return 0;
}

void asn_seleksi_kandidat_row(asn_seleksi_kandidat *k, const asn_input *in,
                              unsigned long long *rejected)
{
	const asn_csv_record *rec = &in->rec;
	const asn_seleksi *s = k->rules;
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
	memset(p, 0, sizeof *p);
	p->nilai = asn_calloc(s->ntes + s->ngrup, sizeof *p->nilai);
	p->id = row->fields[k->id_col];
	p->akhir = -1;
	p->penentu = -1;
	if (kandidat_read(k, in, p, rejected) < 0)
		p->rejected = 1;
}

void asn_seleksi_kandidat_free(asn_seleksi_kandidat *k)
{
	size_t i, j;

	for (i = 0; i < k->n; i++) {
		for (j = 0; j < k->rows[i].nfields; j++)
			free(k->rows[i].fields[j]);
		free(k->rows[i].fields);
		free(k->p[i].nilai);
		if (k->p[i].sama)
			for (j = 0; j < k->rules->nsama; j++)
				free(k->p[i].sama[j]);
		free(k->p[i].sama);
	}
	free(k->rows);
	free(k->p);
	free(k->tes_cols);
	free(k->formasi_cols);
	free(k->flag_cols);
	free(k->sama_cols);
	asn_strmap_free(&k->ids);
	memset(k, 0, sizeof *k);
}

int asn_seleksi_meets(const asn_seleksi *s, const asn_seleksi_formasi *f,
                      const asn_seleksi_peserta *p, size_t j, int tahap, char *buf,
                      size_t size)
{
	const int64_t *over = f->ambang[p->formasi];
	size_t v, len = 0, nv = s->ntes + s->ngrup;
	int64_t mark;
	char num[40];
	int ok = 1;

	if (buf && size)
		buf[0] = '\0';
	for (v = 0; v < nv; v++) {
		mark = over && over[v] >= 0 ? over[v] : s->jenis[j].ambang[v];
		if (mark < 0 || (!tahap && asn_seleksi_is_tahap(s, v)) || asn_seleksi_alias(s, v))
			continue;
		if (p->nilai[v] >= mark)
			continue;
		ok = 0;
		if (buf && len < size) {
			format_score(mark, num, sizeof num);
			len += (size_t)snprintf(buf + len, size - len, "%s%s<%s", len ? ";" : "",
			                        nilai_name(s, v), num);
		}
	}
	return ok;
}

/* The rules' loader bounds the denominators (too_fine in seleksi_rules.c),
 * so that no sum below overflows. */
static void too_fine(void)
{
	abort();
}

int64_t asn_seleksi_akhir(const asn_seleksi *s, const asn_seleksi_peserta *p)
{
	seleksi_wide unit = 1, num = 0, den = 1, n, d, g, l, a, b;
	size_t i;
	int k;

	for (k = 0; k < s->desimal; k++)
		unit *= 10;
	if (!s->weighted) {
		for (i = 0; i < s->ntes; i++) {
			if (p->nilai[i] < 0)
				return -1;
			num += p->nilai[i];
		}
		return (int64_t)((2 * num * unit + ASN_SELEKSI_SCALE) / (2 * ASN_SELEKSI_SCALE));
	}
	/* sum over groups of bobot x total / maks, as one reduced fraction */
	for (i = 0; i < s->ngrup; i++) {
		const asn_seleksi_grup *gr = &s->grup[i];

		if (p->nilai[s->ntes + i] < 0)
			return -1;
		n = (seleksi_wide)gr->bobot * p->nilai[s->ntes + i];
		d = (seleksi_wide)gr->maks * ASN_SELEKSI_SCALE;
		g = seleksi_gcd(n, d);
		if (g > 1) {
			n /= g;
			d /= g;
		}
		g = seleksi_gcd(den, d);
		l = den / g;
		if (__builtin_mul_overflow(l, d, &l) || __builtin_mul_overflow(num, l / den, &a) ||
		    __builtin_mul_overflow(n, l / d, &b) || __builtin_add_overflow(a, b, &num))
			too_fine();
		den = l;
		g = seleksi_gcd(num, den);
		if (g > 1) {
			num /= g;
			den /= g;
		}
	}
	if (__builtin_mul_overflow(num, 2 * unit, &a) || __builtin_add_overflow(a, den, &a) ||
	    __builtin_mul_overflow(den, 2, &b))
		too_fine();
	return (int64_t)(a / b);
}
