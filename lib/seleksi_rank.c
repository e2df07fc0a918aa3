/* Selection: the cut to the second stage, the ranking with the rules'
 * tie-breaks and optimalisasi (doc/seleksi.md, "The stages"). */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "seleksi.h"

const char *const asn_seleksi_status_code[] = { "", "P/L", "P", "TL", "TH", "P/L-O" };

enum { PENENTU_PRIORITAS, PENENTU_NILAI, PENENTU_SERI };

const char *asn_seleksi_penentu_name(const asn_seleksi *s, int penentu)
{
	if (penentu < 0)
		return "";
	if (penentu == PENENTU_PRIORITAS)
		return s->prioritas ? s->prioritas : "prioritas";
	if (penentu == PENENTU_NILAI)
		return "nilai_integrasi";
	if ((size_t)(penentu - PENENTU_SERI) < s->nseri)
		return asn_seleksi_krit_name(s, &s->seri[penentu - PENENTU_SERI]);
	return s->peserta;
}

/* Higher is better: a score, the IPK, or the older (an earlier birth). */
static int64_t krit_value(const asn_seleksi_peserta *p, const asn_seleksi_krit *k)
{
	if (k->kind == ASN_KRIT_IPK)
		return p->ipk;
	if (k->kind == ASN_KRIT_USIA)
		return p->lahir == LONG_MAX ? INT64_MIN : -(int64_t)p->lahir;
	return p->nilai[k->nilai];
}

/* The order of the cut: 0 when equal on every criterion of tahap.urut. */
static int cmp_urut(const asn_seleksi *s, const asn_seleksi_peserta *a,
                    const asn_seleksi_peserta *b)
{
	int64_t x, y;
	size_t i;

	for (i = 0; i < s->nurut; i++) {
		x = krit_value(a, &s->urut[i]);
		y = krit_value(b, &s->urut[i]);
		if (x != y)
			return x > y ? -1 : 1;
	}
	return 0;
}

/* The final order: the criterion that decides between a and b, and in *sign
 * whether a goes first (-1) or b. */
static int decide(const asn_seleksi *s, const asn_seleksi_peserta *a,
                  const asn_seleksi_peserta *b, int *sign)
{
	int64_t x, y;
	size_t i;

	if (a->prio != b->prio) {
		*sign = a->prio < b->prio ? -1 : 1;
		return PENENTU_PRIORITAS;
	}
	if (a->akhir != b->akhir) {
		*sign = a->akhir > b->akhir ? -1 : 1;
		return PENENTU_NILAI;
	}
	for (i = 0; i < s->nseri; i++) {
		x = krit_value(a, &s->seri[i]);
		y = krit_value(b, &s->seri[i]);
		if (x != y) {
			*sign = x > y ? -1 : 1;
			return PENENTU_SERI + (int)i;
		}
	}
	/* no rule decides: the lower id, so that the same input gives the same result */
	*sign = strcmp(a->id, b->id) < 0 ? -1 : 1;
	return PENENTU_SERI + (int)s->nseri;
}

typedef int compare_fn(const asn_seleksi *s, const asn_seleksi_peserta *a,
                       const asn_seleksi_peserta *b);

static int cmp_cut(const asn_seleksi *s, const asn_seleksi_peserta *a,
                   const asn_seleksi_peserta *b)
{
	int c = cmp_urut(s, a, b);

	return c ? c : strcmp(a->id, b->id);
}

static int cmp_final(const asn_seleksi *s, const asn_seleksi_peserta *a,
                     const asn_seleksi_peserta *b)
{
	int sign;

	decide(s, a, b, &sign);
	return sign;
}

/* Merge sort of candidate indices (qsort has no context argument). */
static void sort(const asn_seleksi *s, const asn_seleksi_peserta *p, compare_fn *cmp,
                 size_t *idx, size_t *tmp, size_t n)
{
	size_t mid = n / 2, i = 0, j = mid, k = 0;

	if (n < 2)
		return;
	sort(s, p, cmp, idx, tmp, mid);
	sort(s, p, cmp, idx + mid, tmp, n - mid);
	while (i < mid && j < n)
		if (cmp(s, &p[idx[j]], &p[idx[i]]) < 0)
			tmp[k++] = idx[j++];
		else
			tmp[k++] = idx[i++];
	while (i < mid)
		tmp[k++] = idx[i++];
	while (j < n)
		tmp[k++] = idx[j++];
	memcpy(idx, tmp, n * sizeof *idx);
}

/* The marks of the first stage; who sits the last. */
static void first_stage(const asn_seleksi *s, const asn_seleksi_formasi *f,
                        asn_seleksi_peserta *c)
{
	size_t t;

	c->hadir = 1;
	for (t = 0; t < s->ntes; t++)
		if (!s->tes[t].tahap && c->nilai[t] < 0)
			c->hadir = 0;
	c->memenuhi = c->hadir && asn_seleksi_meets(s, f, c, c->jenis, 0, NULL, 0);
	if (s->tahap)
		c->status_skd = !c->hadir ? ASN_ST_TH : c->memenuhi ? ASN_ST_P : ASN_ST_TL;
	else if (!c->memenuhi)
		c->status = c->hadir ? ASN_ST_TL : ASN_ST_TH;
}

/* The cut within one formasi: the best kali x places, and all tied with the last. */
static void cut(const asn_seleksi *s, asn_seleksi_peserta *p, size_t *idx, size_t *tmp,
                size_t n, long places)
{
	size_t i, limit = (size_t)places * (size_t)s->kali;

	sort(s, p, cmp_cut, idx, tmp, n);
	for (i = 0; i < n; i++) {
		asn_seleksi_peserta *c = &p[idx[i]];

		c->peringkat_skd = i && cmp_urut(s, c, &p[idx[i - 1]]) == 0 ?
		                   p[idx[i - 1]].peringkat_skd : (long)i + 1;
		if (i < limit || (limit && cmp_urut(s, c, &p[idx[limit - 1]]) == 0))
			c->status_skd = ASN_ST_PL;
	}
}

/* Rank the finalists of one formasi; 1 when the last place went to a tie no
 * rule breaks. */
static int rank(const asn_seleksi *s, asn_seleksi_peserta *p, size_t *idx, size_t *tmp,
                size_t n, long places)
{
	size_t i;
	int sign, unbroken = 0;

	sort(s, p, cmp_final, idx, tmp, n);
	for (i = 0; i < n; i++) {
		asn_seleksi_peserta *c = &p[idx[i]];

		c->peringkat = (long)i + 1;
		c->penentu = i ? decide(s, &p[idx[i - 1]], c, &sign) : -1;
		c->lulus = (long)i < places;
		c->status = c->lulus ? ASN_ST_PL : ASN_ST_TL;
		if ((long)i == places && c->penentu == PENENTU_SERI + (int)s->nseri)
			unbroken = 1;
	}
	return unbroken;
}

static int same_place(const asn_seleksi *s, const asn_seleksi_formasi *f,
                      const asn_seleksi_peserta *c, size_t to)
{
	size_t i;

	for (i = 0; i < s->nsama; i++)
		if (c->sama[i] && f->sama[to][i] && strcmp(c->sama[i], f->sama[to][i]) != 0)
			return 0;
	return 1;
}

/* Empty places, formasi by formasi in table order, to the best candidate not
 * yet lulus of another formasi of the same position and qualification who
 * meets the marks of opt_jenis (PermenPANRB 27/2021 art. 48). */
static void optimalisasi(const asn_seleksi *s, const asn_seleksi_formasi *f,
                         asn_seleksi_peserta *p, size_t n)
{
	long *filled = asn_calloc(f->n ? f->n : 1, sizeof *filled);
	size_t i, to, best;
	int sign;

	for (i = 0; i < n; i++)
		if (!p[i].rejected && p[i].lulus)
			filled[p[i].formasi]++;
	for (to = 0; to < f->n; to++)
		while (filled[to] < f->kebutuhan[to]) {
			best = n;
			for (i = 0; i < n; i++) {
				asn_seleksi_peserta *c = &p[i];

				if (c->rejected || c->lulus || c->akhir < 0 || c->formasi == to ||
				    !same_place(s, f, c, to) ||
				    !asn_seleksi_meets(s, f, c, s->opt_jenis, 1, NULL, 0))
					continue;
				if (best == n || (decide(s, c, &p[best], &sign), sign < 0))
					best = i;
			}
			if (best == n)
				break;
			p[best].lulus = 1;
			p[best].status = ASN_ST_PLO;
			p[best].penempatan = to;
			filled[to]++;
		}
	free(filled);
}

size_t asn_seleksi_run(const asn_seleksi *s, const asn_seleksi_formasi *f,
                       asn_seleksi_peserta *p, size_t n)
{
	size_t *start, *order, *idx, *tmp, i, m, k, fi, unbroken = 0;
	asn_seleksi_peserta *c;

	/* the candidates of each formasi, in input order: order[start[f]..start[f+1]) */
	start = asn_calloc(f->n + 2, sizeof *start);
	order = asn_malloc((n ? n : 1) * sizeof *order);
	idx = asn_malloc((n ? n : 1) * sizeof *idx);
	tmp = asn_malloc((n ? n : 1) * sizeof *tmp);
	for (i = 0; i < n; i++)
		if (!p[i].rejected) {
			first_stage(s, f, &p[i]);
			p[i].penempatan = p[i].formasi;
			start[p[i].formasi + 2]++;
		}
	for (fi = 0; fi < f->n; fi++)
		start[fi + 2] += start[fi + 1];
	for (i = 0; i < n; i++)
		if (!p[i].rejected)
			order[start[p[i].formasi + 1]++] = i;
	for (fi = 0; fi < f->n; fi++) {
		for (i = start[fi], m = 0; i < start[fi + 1]; i++)
			if (p[order[i]].memenuhi)
				idx[m++] = order[i];
		if (s->tahap)
			cut(s, p, idx, tmp, m, f->kebutuhan[fi]);
		for (i = 0, k = 0; i < m; i++) {
			c = &p[idx[i]];
			if (s->tahap && c->status_skd != ASN_ST_PL)
				continue;
			if (!asn_seleksi_meets(s, f, c, c->jenis, 1, NULL, 0)) {
				size_t t;

				c->akhir_gagal = 2;
				for (t = 0; t < s->ntes; t++)
					if (c->nilai[t] < 0)
						c->akhir_gagal = 1;
			} else if ((c->akhir = asn_seleksi_akhir(s, c)) < 0) {
				c->akhir_gagal = 1;
			}
			if (c->akhir_gagal)
				c->status = c->akhir_gagal == 1 ? ASN_ST_TH : ASN_ST_TL;
			else
				idx[k++] = idx[i];
		}
		unbroken += (size_t)rank(s, p, idx, tmp, k, f->kebutuhan[fi]);
	}
	if (s->optimalisasi)
		optimalisasi(s, f, p, n);
	free(start);
	free(order);
	free(idx);
	free(tmp);
	return unbroken;
}

void asn_seleksi_keterangan(const asn_seleksi *s, const asn_seleksi_formasi *f,
                            const asn_seleksi_peserta *p, char *buf, size_t size)
{
	char gagal[512], label[512];
	size_t len = 0;

	buf[0] = '\0';
	if (p->rejected)
		return;
	if (!p->hadir) {
		snprintf(buf, size, "tidak hadir (nilai kosong)");
		return;
	}
	if (!p->memenuhi) {
		asn_seleksi_meets(s, f, p, p->jenis, 0, gagal, sizeof gagal);
		snprintf(buf, size, "di bawah nilai ambang batas: %s", gagal);
		return;
	}
	if (s->tahap && p->status_skd == ASN_ST_P) {
		snprintf(buf, size, "memenuhi nilai ambang batas; peringkat SKD %ld di luar %ld x %ld "
		         "kebutuhan", p->peringkat_skd, s->kali, f->kebutuhan[p->formasi]);
		return;
	}
	if (p->akhir_gagal == 1) {
		snprintf(buf, size, "tidak hadir tahap akhir (nilai kosong)");
		return;
	}
	if (p->akhir_gagal == 2) {
		asn_seleksi_meets(s, f, p, p->jenis, 1, gagal, sizeof gagal);
		snprintf(buf, size, "di bawah nilai ambang batas: %s", gagal);
		return;
	}
	if (p->status == ASN_ST_PLO) {
		asn_seleksi_formasi_label(f, p->penempatan, label, sizeof label);
		len = (size_t)snprintf(buf, size, "lulus optimalisasi ke %s", label);
	} else if (p->lulus) {
		len = (size_t)snprintf(buf, size, "lulus, peringkat %ld dari %ld kebutuhan",
		                       p->peringkat, f->kebutuhan[p->formasi]);
	} else {
		len = (size_t)snprintf(buf, size, "peringkat %ld di luar %ld kebutuhan", p->peringkat,
		                       f->kebutuhan[p->formasi]);
	}
	if (len < size && p->penentu > PENENTU_NILAI)
		snprintf(buf + len, size - len, "; nilai sama dengan peringkat %ld, diputus oleh %s%s",
		         p->peringkat - 1, asn_seleksi_penentu_name(s, p->penentu),
		         p->penentu == PENENTU_SERI + (int)s->nseri ? " (aturan tidak memutus)" : "");
	else if (len < size && p->penentu == PENENTU_PRIORITAS)
		snprintf(buf + len, size - len, "; diurutkan oleh kelompok prioritas");
}
