/* The plan year by year: the shortfalls on the projection with the hires
 * planned so far, ranked, cut at the quota, split PNS/PPPK; the plan table
 * and the submission. */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "names.h"
#include "pegawai.h"
#include "plan.h"
#include "text.h"

/* The i-th value of a group key. */
static const char *
key_value(const asn_cohort_group *g, int i)
{
	const char *v = g->key;

	while (i-- > 0)
		v += strlen(v) + 1;
	return v;
}

static int
key_cmp(const asn_cohort_group *x, const asn_cohort_group *y)
{
	size_t n = x->keylen < y->keylen ? x->keylen : y->keylen;
	int d = memcmp(x->key, y->key, n);

	if (d)
		return d;
	return (x->keylen > y->keylen) - (x->keylen < y->keylen);
}

int
asn_plan_row_cmp(const void *a, const void *b)
{
	const asn_plan_row *x = a, *y = b;

	if (x->wajib != y->wajib)
		return y->wajib - x->wajib;
	if (x->skor != y->skor)
		return x->skor > y->skor ? -1 : 1;
	if (x->kurang != y->kurang)
		return x->kurang > y->kurang ? -1 : 1;
	return key_cmp(x->g, y->g);
}

/* Thousandths, a half up, as the skor is printed and ranked: two rows that
 * print the same skor are a tie, so the order can be checked from the
 * table.  The tolerance keeps 0.4125 computed as 0.41249999 at 0.413. */
static long
thousandths(double x)
{
	return (long)floor(x * 1000 + 0.5 + 1e-9);
}

/* Per group: sector, must-fill, ikm component (fixed over the years). */
typedef struct {
	asn_sektor sektor;
	int wajib;
	double ikm;
} group_info;

/* Is group g named by the must-fill entry w (in its one form)? */
static int
names_wajib(const asn_plan *p, const asn_cohort_group *g, const char *unit, const char *jabatan)
{
	if (strcmp(key_value(g, p->keys.jabatan), jabatan) != 0)
		return 0;
	return !unit || strcmp(key_value(g, p->keys.unit), unit) == 0;
}

static void
group_infos(asn_plan *p, asn_cohort_group **groups, size_t n, group_info *info)
{
	const asn_plan_priority *pr = p->priority;
	char unit[1024], jabatan[1024];
	size_t i, j, matched;
	double nilai;

	for (i = 0; i < n; i++) {
		info[i].sektor = asn_plan_sektor(pr, key_value(groups[i], p->keys.jabatan));
		nilai = asn_plan_ikm_of(p->ikm, key_value(groups[i], p->keys.unit));
		/* a unit without a survey is not ranked up: (100 - nilai) / 100 */
		info[i].ikm = nilai < 0 ? 0 : (100 - nilai) / 100;
	}
	for (j = 0; j < pr->nwajib; j++) {
		asn_names_normalize(pr->wajib[j].jabatan, p->acronyms, jabatan, sizeof jabatan);
		if (pr->wajib[j].unit)
			asn_names_normalize(pr->wajib[j].unit, p->acronyms, unit, sizeof unit);
		for (matched = 0, i = 0; i < n; i++)
			if (names_wajib(p, groups[i], pr->wajib[j].unit ? unit : NULL, jabatan)) {
				info[i].wajib = 1;
				matched++;
			}
		/* one priority file serves the whole regency and runs on a part of
		 * it, so a must-fill post not among the positions is told, not an
		 * error */
		if (!matched)
			asn_warn("%s:%d:%d: wajib '%s%s%s': no such position among the groups: "
			    "not used", pr->name, pr->wajib[j].line, pr->wajib[j].column,
			    pr->wajib[j].unit ? pr->wajib[j].unit : "", pr->wajib[j].unit ? "|" : "",
			    pr->wajib[j].jabatan);
	}
}

/* The row of group g in year t, or 0 when it is not short. */
static int
make_row(const asn_plan *p, asn_cohort_group *g, const group_info *info, int t,
    asn_plan_row *r)
{
	const asn_plan_priority *pr = p->priority;
	const asn_cohort_year *y = &g->year[t];
	double skor = 0;
	int k;

	if (!g->has_kebutuhan || y->kebutuhan <= y->akhir)
		return 0;
	memset(r, 0, sizeof *r);
	r->g = g;
	r->kebutuhan = y->kebutuhan;
	r->proyeksi = y->akhir;
	r->kurang = y->kebutuhan - y->akhir;
	r->wajib = info->wajib;
	r->sektor = info->sektor;
	r->komponen[ASN_KOMPONEN_SEKTOR] = asn_plan_sektor_komponen(pr, info->sektor);
	r->komponen[ASN_KOMPONEN_RASIO] = (double)r->kurang / (double)r->kebutuhan;
	/* the staff at the start of the year who retire in it or the next */
	r->komponen[ASN_KOMPONEN_PENSIUN] = y->awal > 0 ?
	    (double)(y->pensiun + g->year[t + 1].pensiun) / (double)y->awal : 0;
	r->komponen[ASN_KOMPONEN_IKM] = info->ikm;
	for (k = 0; k < ASN_KOMPONEN_N; k++)
		skor += pr->bobot[k] * r->komponen[k];
	r->skor = thousandths(skor);
	return 1;
}

static long
left_of(long cap)
{
	return cap == ASN_KUOTA_NONE ? LONG_MAX : cap;
}

void
asn_plan_run(asn_plan *p, asn_cohort *c, int years)
{
	const asn_cohort_options *o = asn_cohort_get_options(c);
	asn_cohort_group **groups = asn_cohort_sorted(c);
	size_t n = asn_cohort_ngroups(c), i, m;
	group_info *info = asn_calloc(n ? n : 1, sizeof *info);
	long left[ASN_KUOTA_N], u, kurang, usulan, sisa, pns;
	asn_plan_row *r;
	int t, s;

	p->years = years;
	p->ngroups = n;
	p->rows = asn_calloc((size_t)years, sizeof *p->rows);
	p->nrows = asn_calloc((size_t)years, sizeof *p->nrows);
	p->usulan = asn_calloc(n * (size_t)years + 1, sizeof *p->usulan);
	p->pns = asn_calloc(n * (size_t)years + 1, sizeof *p->pns);
	p->pppk = asn_calloc(n * (size_t)years + 1, sizeof *p->pppk);
	group_infos(p, groups, n, info);
	for (i = 0; i < n; i++)
		memset(groups[i]->planned, 0, (size_t)o->years * sizeof *groups[i]->planned);
	for (t = 0; t < years; t++) {
		/* year-major: the quota of a year couples the groups, and a year's
		 * shortfall depends on every earlier year's hires */
		p->rows[t] = asn_calloc(n ? n : 1, sizeof *p->rows[t]);
		for (m = 0, i = 0; i < n; i++) {
			if (!groups[i]->has_kebutuhan)
				continue;
			asn_cohort_project(o, groups[i]);
			if (make_row(p, groups[i], &info[i], t, &p->rows[t][m])) {
				p->rows[t][m].group = i;
				m++;
			}
		}
		p->nrows[t] = m;
		qsort(p->rows[t], m, sizeof *p->rows[t], asn_plan_row_cmp);
		for (s = 0; s < ASN_KUOTA_N; s++)
			left[s] = p->kuota ? left_of(p->kuota->cap[t][s]) : LONG_MAX;
		kurang = usulan = sisa = pns = 0;
		for (i = 0; i < m; i++) {
			r = &p->rows[t][i];
			r->peringkat = (long)i + 1;
			u = r->kurang;
			if (u > left[r->sektor])
				u = left[r->sektor];
			if (u > left[ASN_KUOTA_SEMUA])
				u = left[ASN_KUOTA_SEMUA];
			if (left[r->sektor] != LONG_MAX)
				left[r->sektor] -= u;
			if (left[ASN_KUOTA_SEMUA] != LONG_MAX)
				left[ASN_KUOTA_SEMUA] -= u;
			r->usulan = u;
			r->pppk = asn_plan_pppk(p->priority, r->sektor, u);
			r->pns = u - r->pppk;
			r->sisa = r->kurang - u;
			r->g->planned[t] = u;
			p->usulan[r->group * (size_t)years + (size_t)t] = u;
			p->pns[r->group * (size_t)years + (size_t)t] = r->pns;
			p->pppk[r->group * (size_t)years + (size_t)t] = r->pppk;
			kurang += r->kurang;
			usulan += u;
			sisa += r->sisa;
			pns += r->pns;
		}
		p->total_kurang += kurang;
		p->total_usulan += usulan;
		p->total_sisa += sisa;
		/* the regency's shortfall is the sum of the positions' shortfalls:
		 * a surplus of one post never fills another */
		asn_cli_summary("%d: kurang %ld in %zu position%s, usulan %ld (pns %ld, pppk %ld), "
		    "sisa %ld", o->first_year + t, kurang, m, m == 1 ? "" : "s", usulan, pns,
		    usulan - pns, sisa);
	}
	free(info);
}

void
asn_plan_write(const asn_plan *p, asn_csv_writer *w, const asn_cohort *c,
    const char *const *by, size_t nby)
{
	static const char *const columns[] = {
		"kebutuhan", "proyeksi", "kurang", "wajib", "sektor", "komponen_sektor",
		"rasio_kurang", "pensiun_depan", "ikm", "skor", "peringkat", "usulan", "pns",
		"pppk", "sisa", NULL
	};
	const asn_cohort_options *o = asn_cohort_get_options(c);
	const asn_plan_row *r;
	size_t i, k;
	int t;

	asn_csv_write_str(w, "tahun");
	for (i = 0; i < nby; i++)
		asn_csv_write_str(w, by[i]);
	for (i = 0; columns[i]; i++)
		asn_csv_write_str(w, columns[i]);
	asn_csv_end_record(w);
	for (t = 0; t < p->years; t++)
		for (i = 0; i < p->nrows[t]; i++) {
			r = &p->rows[t][i];
			asn_csv_write_long(w, o->first_year + t);
			for (k = 0; k < nby; k++)
				asn_csv_write_str(w, key_value(r->g, (int)k));
			asn_csv_write_long(w, r->kebutuhan);
			asn_csv_write_long(w, r->proyeksi);
			asn_csv_write_long(w, r->kurang);
			asn_csv_write_str(w, r->wajib ? "ya" : "tidak");
			asn_csv_write_str(w, asn_sektor_names[r->sektor]);
			for (k = 0; k < ASN_KOMPONEN_N; k++)
				asn_csv_write_double(w, r->komponen[k], 3);
			asn_csv_write_double(w, (double)r->skor / 1000, 3);
			asn_csv_write_long(w, r->peringkat);
			asn_csv_write_long(w, r->usulan);
			asn_csv_write_long(w, r->pns);
			asn_csv_write_long(w, r->pppk);
			asn_csv_write_long(w, r->sisa);
			asn_csv_end_record(w);
		}
}

void
asn_plan_kualifikasi(const asn_standar *s, const char *jabatan, char *out, size_t size)
{
	const asn_standar_rule *rule = NULL;
	size_t i, len;

	*out = '\0';
	for (i = 0; s && i < s->nrules && !rule; i++)
		if (asn_glob_match(s->rules[i].jabatan, jabatan))
			rule = &s->rules[i];
	if (!rule || size == 0)
		return;
	len = (size_t)snprintf(out, size, "%s", asn_pendidikan_levels[rule->pendidikan_min]);
	for (i = 0; i < rule->njurusan && len < size; i++)
		len += (size_t)snprintf(out + len, size - len, "%s%s%s", i ? ", " : " (",
		    rule->jurusan[i], i + 1 == rule->njurusan ? ")" : "");
}

/* Submission rows in the order of its columns: jabatan, unit, subunit. */
typedef struct {
	const asn_plan *p;
	asn_cohort_group **groups;
} usulan_order;

static usulan_order order;

static int
usulan_cmp(const void *a, const void *b)
{
	const asn_cohort_group *x = order.groups[*(const size_t *)a];
	const asn_cohort_group *y = order.groups[*(const size_t *)b];
	const asn_plan_keys *k = &order.p->keys;
	int d = strcmp(key_value(x, k->jabatan), key_value(y, k->jabatan));

	if (!d)
		d = strcmp(key_value(x, k->unit), key_value(y, k->unit));
	if (!d && k->subunit >= 0)
		d = strcmp(key_value(x, k->subunit), key_value(y, k->subunit));
	return d;
}

static long
sum(const long *v, int n)
{
	long s = 0;
	int i;

	for (i = 0; i < n; i++)
		s += v[i];
	return s;
}

void
asn_plan_write_usulan(const asn_plan *p, asn_csv_writer *w, asn_cohort *c,
    const asn_standar *standar)
{
	const asn_cohort_options *o = asn_cohort_get_options(c);
	asn_cohort_group **groups = asn_cohort_sorted(c);
	size_t *rows = asn_calloc(p->ngroups + 1, sizeof *rows), n = 0, i, y = (size_t)p->years;
	const asn_cohort_group *g;
	char name[32], kualifikasi[2048];
	int t;

	for (i = 0; i < p->ngroups; i++)
		if (sum(p->usulan + i * y, p->years) > 0)
			rows[n++] = i;
	order.p = p;
	order.groups = groups;
	qsort(rows, n, sizeof *rows, usulan_cmp);
	asn_csv_write_str(w, "jabatan");
	asn_csv_write_str(w, "unit");
	asn_csv_write_str(w, "subunit");
	asn_csv_write_str(w, "kualifikasi_pendidikan");
	for (t = 0; t < p->years; t++) {
		snprintf(name, sizeof name, "jumlah_%d", o->first_year + t);
		asn_csv_write_str(w, name);
	}
	asn_csv_write_str(w, "jumlah");
	asn_csv_write_str(w, "pns");
	asn_csv_write_str(w, "pppk");
	asn_csv_end_record(w);
	for (i = 0; i < n; i++) {
		g = groups[rows[i]];
		asn_csv_write_str(w, key_value(g, p->keys.jabatan));
		asn_csv_write_str(w, key_value(g, p->keys.unit));
		asn_csv_write_str(w, p->keys.subunit >= 0 ? key_value(g, p->keys.subunit) : "");
		asn_plan_kualifikasi(standar, key_value(g, p->keys.jabatan), kualifikasi,
		    sizeof kualifikasi);
		asn_csv_write_str(w, kualifikasi);
		for (t = 0; t < p->years; t++)
			asn_csv_write_long(w, p->usulan[rows[i] * y + (size_t)t]);
		asn_csv_write_long(w, sum(p->usulan + rows[i] * y, p->years));
		asn_csv_write_long(w, sum(p->pns + rows[i] * y, p->years));
		asn_csv_write_long(w, sum(p->pppk + rows[i] * y, p->years));
		asn_csv_end_record(w);
	}
	free(rows);
}

void
asn_plan_free(asn_plan *p)
{
	int t;

	for (t = 0; p->rows && t < p->years; t++)
		free(p->rows[t]);
	free(p->rows);
	free(p->nrows);
	free(p->usulan);
	free(p->pns);
	free(p->pppk);
	p->rows = NULL;
	p->nrows = NULL;
	p->usulan = p->pns = p->pppk = NULL;
}

void
asn_plan_project(const asn_plan *p, asn_cohort *c)
{
	const asn_cohort_options *co = asn_cohort_get_options(c);
	asn_cohort_group **g = asn_cohort_sorted(c);
	size_t i, n = asn_cohort_ngroups(c), py = (size_t)p->years;
	int t;

	for (i = 0; i < n; i++) {
		for (t = 0; t < co->years; t++)
			g[i]->planned[t] = (size_t)t < py ? p->usulan[i * py + (size_t)t] : 0;
		asn_cohort_project(co, g[i]);
	}
}
