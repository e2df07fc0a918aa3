#include <math.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "ikm.h"

const char *const asn_ikm_unsur_codes[ASN_IKM_UNSUR] = {
	"u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9"
};

/* Permenpan RB 14/2017 art. 3: the nine elements of the survey. */
const char *const asn_ikm_unsur_names[ASN_IKM_UNSUR] = {
	"persyaratan", "sistem, mekanisme dan prosedur", "waktu penyelesaian",
	"biaya/tarif", "produk spesifikasi jenis pelayanan", "kompetensi pelaksana",
	"perilaku pelaksana", "penanganan pengaduan, saran dan masukan",
	"sarana dan prasarana"
};

int asn_ikm_answer_parse(const char *s)
{
	if (s[0] >= '1' && s[0] <= '4' && s[1] == '\0')
		return s[0] - '0';
	return -1;
}

void asn_ikm_add(asn_ikm_sums *s, const int answers[ASN_IKM_UNSUR])
{
	int i;

	s->responden++;
	for (i = 0; i < ASN_IKM_UNSUR; i++) {
		s->sum[i] += (unsigned long long)answers[i];
		s->blank[i] += answers[i] == 0;
	}
}

/* round(num / den) half up, for num, den > 0 */
static long round_ratio(unsigned long long num, unsigned long long den)
{
	return (long)((2 * num + den) / (2 * den));
}

static long centi(double bound)
{
	return lround(bound * 100);
}

char asn_ikm_mutu(const asn_config *cfg, long ikm_centi)
{
	if (ikm_centi >= centi(cfg->ikm_a))
		return 'A';
	if (ikm_centi >= centi(cfg->ikm_b))
		return 'B';
	if (ikm_centi >= centi(cfg->ikm_c))
		return 'C';
	if (ikm_centi >= centi(cfg->ikm_d))
		return 'D';
	return 0;
}

const char *asn_ikm_kinerja(char mutu)
{
	switch (mutu) {
	case 'A': return "sangat baik";
	case 'B': return "baik";
	case 'C': return "kurang baik";
	case 'D': return "tidak baik";
	}
	return NULL;
}

/* IKM x 100 from element means over uneven counts: 2500 / k x the sum of
 * sum_i / count_i over the k elements answered. */
static long ikm_centi_uneven(const asn_ikm_sums *s)
{
	double v = 0;
	int i, k = 0;

	for (i = 0; i < ASN_IKM_UNSUR; i++) {
		if (s->blank[i] == s->responden)
			continue;
		v += (double)s->sum[i] / (double)(s->responden - s->blank[i]);
		k++;
	}
	v = 2500 * v / k;
	return (long)floor(v + 0.5 + 1e-9 * v);
}

/* IKM x 100 = 100 x 25 x (sum of all answers / n) / 9, computed on the
 * integer total so that 76.605 rounds to 76.61 as it does on paper. */
int asn_ikm_compute(const asn_ikm_sums *s, const asn_config *cfg, asn_ikm_result *r)
{
	unsigned long long total = 0, n = s->responden, count, lowest = 0, blanks = 0;
	int i;

	if (n == 0)
		return -1;
	r->unsur_terendah = -1;
	for (i = 0; i < ASN_IKM_UNSUR; i++) {
		total += s->sum[i];
		blanks += s->blank[i];
		count = n - s->blank[i];
		r->mean_centi[i] = count ? round_ratio(100 * s->sum[i], count) : -1;
		if (!count)
			continue;
		/* sum_i / count_i < sum_t / count_t, in integers */
		if (r->unsur_terendah < 0 || s->sum[i] * lowest <
		    s->sum[r->unsur_terendah] * count) {
			r->unsur_terendah = i;
			lowest = count;
		}
	}
	if (r->unsur_terendah < 0)
		return -1;
	r->ikm_centi = blanks ? ikm_centi_uneven(s) : round_ratio(2500 * total, 9 * n);
	r->mutu = asn_ikm_mutu(cfg, r->ikm_centi);
	r->kinerja = asn_ikm_kinerja(r->mutu);
	return 0;
}

void asn_ikm_units_begin(asn_ikm_units *t, const asn_input *in)
{
	int i;

	memset(t, 0, sizeof *t);
	t->unit_col = asn_input_require(in, "unit", "");
	for (i = 0; i < ASN_IKM_UNSUR; i++)
		t->cols[i] = asn_input_require(in, asn_ikm_unsur_codes[i], "");
}

void asn_ikm_units_row(asn_ikm_units *t, const asn_input *in, unsigned long long *rejected)
{
	const char *unit = asn_input_cell(in, t->unit_col), *v;
	int answers[ASN_IKM_UNSUR], i, added, blank = 0;
	size_t k;

	if (!*unit) {
		asn_reject(rejected, in->name, in->rec.line, t->unit_col, "unit is empty");
		return;
	}
	for (i = 0; i < ASN_IKM_UNSUR; i++) {
		v = asn_input_cell(in, t->cols[i]);
		if (!*v) {
			answers[i] = 0;
			blank++;
			continue;
		}
		if ((answers[i] = asn_ikm_answer_parse(v)) < 0) {
			asn_reject(rejected, in->name, in->rec.line, t->cols[i],
			           "%s '%s': expected an answer 1, 2, 3 or 4", asn_ikm_unsur_codes[i], v);
			return;
		}
	}
	if (blank == ASN_IKM_UNSUR) {
		asn_reject(rejected, in->name, in->rec.line, t->cols[0],
		           "no answer given: u1 ... u9 all blank");
		return;
	}
	t->blank += (unsigned long long)blank;
	k = asn_strmap_add(&t->index, unit, t->n, &added);
	if (added) {
		if (t->n == t->cap) {
			t->cap = t->cap ? t->cap * 2 : 16;
			t->units = asn_realloc(t->units, t->cap * sizeof *t->units);
		}
		memset(&t->units[t->n], 0, sizeof *t->units);
		t->units[t->n++].unit = asn_strdup(unit);
	}
	asn_ikm_add(&t->units[k].sums, answers);
}

static int by_unit(const void *a, const void *b)
{
	return strcmp(((const asn_ikm_unit *)a)->unit, ((const asn_ikm_unit *)b)->unit);
}

/* Sorting moves the units away from the indices the map holds: it goes. */
void asn_ikm_units_sort(asn_ikm_units *t)
{
	asn_strmap_free(&t->index);
	if (t->n)
		qsort(t->units, t->n, sizeof *t->units, by_unit);
}

void asn_ikm_units_free(asn_ikm_units *t)
{
	size_t k;

	for (k = 0; k < t->n; k++)
		free(t->units[k].unit);
	free(t->units);
	asn_strmap_free(&t->index);
	memset(t, 0, sizeof *t);
}
