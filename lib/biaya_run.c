/* Personnel cost: a member's pay month by month, the groups' costs per
 * year, the entrants of a plan and the 30 % cap (lib/biaya.h). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "biaya.h"
#include "cli.h"
#include "pegawai.h"
#include "rules.h"
#include "stats.h"


enum { NLEVELS = 10, LEVEL_S1 = 7 };
/* PPPK golongan of an education (Perpres 38/2020 and the PPPK pay table's
 * minimum qualifications): SD I, SMP III, SMA and D1 V, D2 VI, D3 VII, D4 and
 * S1 IX, S2 X, S3 XI; as an index into roman */
static const int pppk_entry[NLEVELS] = { 0, 2, 4, 4, 5, 6, 8, 8, 9, 10 };

static double round_rp(double v)
{
	return floor(v + 0.5);
}

/* Months from a to b (the day of the month does not count). */
static long months_between(asn_date a, asn_date b)
{
	return (long)(b.year - a.year) * 12 + (b.month - a.month);
}

/* A golongan as asn-import writes it (case and spacing variants, a pangkat
 * label around it): its index (PNS I/a 0 ... IV/e 16, PPPK I 0 ... XVII 16),
 * its canonical form into out, its band 0..3 (I..IV; PPPK by the band of its
 * entry rank) into *group; -1 when it is none. */
static int band(int index)
{
	return index < 4 ? 0 : index < 8 ? 1 : index < 12 ? 2 : 3;
}

static int golongan_of(const char *s, int pppk, char out[8], int *group)
{
	int i = pppk ? asn_golongan_pppk(s, out) : asn_golongan_pns(s, out);

	if (i >= 0)
		*group = band(i);
	return i;
}

static long jabatan_rp(const asn_biaya_rules *r, const asn_biaya_orang *o)
{
	size_t i;

	for (i = 0; o->jenis_jabatan && i < r->njabatan; i++)
		if (strcmp(r->jabatan[i], o->jenis_jabatan) == 0)
			return r->jabatan_rp[i];
	return r->umum[o->golongan_group];
}

/* The items of month d of a member paid that month (0; 1: not paid that
 * month; -1: the golongan is not in the table); *gapok gets the table's
 * gaji pokok and *persen the percent of it paid. */
static int bulan(const asn_biaya_rules *r, const asn_biaya_orang *o, const asn_gaji_golongan *gol,
                 asn_date d, double rise, double v[ASN_BIAYA_N], long *gapok, double *persen)
{
	long mkg;

	if (asn_date_cmp(d, o->start) < 0 || asn_date_cmp(d, o->end) >= 0)
		return 1;
	mkg = o->mkg_months + months_between(o->at, d);
	if (!gol || !gol->n)
		return -1;
	*gapok = asn_gaji_at(gol, mkg < 0 ? 0 : (int)(mkg / 12));
	*persen = asn_date_cmp(d, o->pns_from) < 0 ? r->cpns_persen : 100;
	v[ASN_BIAYA_GAJI] = round_rp((double)*gapok * rise * *persen / 100);
	v[ASN_BIAYA_KELUARGA] = round_rp(v[ASN_BIAYA_GAJI] * r->keluarga_persen / 100);
	v[ASN_BIAYA_JABATAN] = (double)jabatan_rp(r, o);
	v[ASN_BIAYA_BERAS] = (double)r->beras;
	v[ASN_BIAYA_TPP] = (double)r->tpp;
	/* gaji ketiga belas and THR: a month of gaji and of its allowances
	 * each, spread over the months paid */
	v[ASN_BIAYA_TAMBAHAN] = round_rp(v[ASN_BIAYA_GAJI] * r->bulan_tambahan / 12);
	v[ASN_BIAYA_TAMBAHAN_T] = round_rp((v[ASN_BIAYA_KELUARGA] + v[ASN_BIAYA_JABATAN]) *
	                                   r->bulan_tambahan / 12);
	return 0;
}

static const asn_gaji_golongan *steps_of(const asn_biaya_rules *r, const asn_biaya_orang *o)
{
	return o->tabel ? o->tabel : asn_gaji_find(o->pppk ? &r->pppk : &r->pns, o->golongan);
}

int asn_biaya_tahun(const asn_biaya_rules *r, const asn_biaya_orang *o, int tahun, int first_year,
                    asn_date from, double exit_rate, double item[ASN_BIAYA_N], double *pegawai)
{
	const asn_gaji_golongan *gol = steps_of(r, o);
	double rise = pow(1 + r->kenaikan_persen / 100, tahun - first_year), v[ASN_BIAYA_N], w, persen;
	asn_date d = { tahun, 1, 1 };
	long gapok, since;
	int m, k, paid;

	for (m = 1; m <= 12; m++) {
		d.month = m;
		if ((paid = bulan(r, o, gol, d, rise, v, &gapok, &persen)) < 0)
			return -1;
		if (paid > 0)
			continue;
		since = months_between(from, d);
		w = since > 0 && exit_rate > 0 ? pow(1 - exit_rate, (double)since / 12) : 1;
		for (k = 0; k < ASN_BIAYA_N; k++)
			item[k] += v[k] * w;
		*pegawai += w / 12;
	}
	return 0;
}

void asn_biaya_init(asn_biaya *b, const asn_biaya_rules *r, asn_date as_of, int first_year,
                    int years, int kohorts)
{
	int t;

	memset(b, 0, sizeof *b);
	b->rules = r;
	b->as_of = as_of;
	b->first_year = first_year;
	b->years = years;
	b->kohorts = kohorts > years ? kohorts : years + 1;
	b->intake = 1;
	b->apbd = asn_malloc((size_t)years * sizeof *b->apbd);
	for (t = 0; t < years; t++)
		b->apbd[t] = -1;
}

void asn_biaya_free(asn_biaya *b)
{
	asn_keymap_free(&b->keys);
	free(b->sum);
	free(b->kohort);
	free(b->model);
	free(b->model_staf);
	free(b->model_masuk);
	free(b->band);
	asn_cohort_biaya_total_free(b->total);
	free(b->pendidikan);
	free(b->apbd);
	memset(b, 0, sizeof *b);
}

enum { SLOTS = ASN_BIAYA_N + 1 };

static void rincian(asn_biaya *b, const asn_biaya_orang *o, const char *nip, const char *nama,
                    const char *key);

/* The slots of group g's cohort j in year t. */
static double *kohort_at(const asn_biaya *b, size_t g, int j, int t)
{
	size_t y = (size_t)b->years;

	return &b->kohort[((g * (size_t)b->kohorts + (size_t)j) * y + (size_t)t) * SLOTS];
}

static size_t group_index(asn_biaya *b, const char *key, size_t keylen)
{
	int added;
	size_t i = asn_keymap_add(&b->keys, key, keylen, &added), per = (size_t)b->years * SLOTS;
	size_t kper = per * (size_t)b->kohorts;

	if (added) {
		if (b->n == b->cap) {
			b->cap = b->cap ? 2 * b->cap : 256;
			b->sum = asn_realloc(b->sum, b->cap * per * sizeof *b->sum);
			b->kohort = asn_realloc(b->kohort, b->cap * kper * sizeof *b->kohort);
			b->pendidikan = asn_realloc(b->pendidikan, b->cap * NLEVELS * sizeof *b->pendidikan);
		}
		memset(&b->sum[i * per], 0, per * sizeof *b->sum);
		memset(&b->kohort[i * kper], 0, kper * sizeof *b->kohort);
		memset(&b->pendidikan[i * NLEVELS], 0, NLEVELS * sizeof *b->pendidikan);
		b->n++;
	}
	return i;
}

size_t asn_biaya_group(asn_biaya *b, const char *key, size_t keylen)
{
	return group_index(b, key, keylen);
}

/* Add a member of retirement cohort j to group g; -1 when the golongan is
 * not in the table (nothing added). */
static int add_orang(asn_biaya *b, size_t g, int j, const asn_biaya_orang *o)
{
	double item[ASN_BIAYA_N + 1], all[SLOTS * 64], *v, *s, *ks;
	int t, k, years = b->years, many = years > 64;

	v = many ? asn_malloc((size_t)years * SLOTS * sizeof *v) : all;
	for (t = 0; t < years; t++) {
		memset(item, 0, sizeof item);
		if (asn_biaya_tahun(b->rules, o, b->first_year + t, b->first_year, b->as_of, 0,
		                    item, &item[ASN_BIAYA_N]) < 0) {
			if (many)
				free(v);
			return -1;
		}
		memcpy(&v[t * SLOTS], item, sizeof item);
	}
	for (t = 0; t < years; t++) {
		s = &b->sum[(g * (size_t)years + (size_t)t) * SLOTS];
		ks = kohort_at(b, g, j, t);
		for (k = 0; k < SLOTS; k++) {
			s[k] += v[t * SLOTS + k];
			ks[k] += v[t * SLOTS + k];
		}
	}
	if (many)
		free(v);
	return 0;
}

void asn_biaya_move(asn_biaya *b, size_t from, size_t to, int j, double share)
{
	double *kf, *kt, *sf, *st, d;
	int t, k;

	if (from == to || share <= 0)
		return;
	if (share > 1)
		share = 1;
	for (t = 0; t < b->years; t++) {
		kf = kohort_at(b, from, j, t);
		kt = kohort_at(b, to, j, t);
		sf = &b->sum[(from * (size_t)b->years + (size_t)t) * SLOTS];
		st = &b->sum[(to * (size_t)b->years + (size_t)t) * SLOTS];
		for (k = 0; k < SLOTS; k++) {
			d = kf[k] * share;
			kf[k] -= d;
			kt[k] += d;
			sf[k] -= d;
			st[k] += d;
		}
	}
}

/* Total and capped part of slots s. */
static void total_batas(const asn_biaya *b, const double *s, double out[2])
{
	int k;

	out[0] = out[1] = 0;
	for (k = 0; k < ASN_BIAYA_N; k++) {
		out[0] += s[k];
		if (!b->rules->dikecualikan[k])
			out[1] += s[k];
	}
}

void asn_biaya_cohort_cost(const asn_biaya *b, size_t g, int j, int t, double out[2])
{
	total_batas(b, kohort_at(b, g, j, t), out);
}

void asn_biaya_columns(asn_biaya_cols *c, const asn_input *in)
{
	c->status = asn_input_require(in, "status", " (for --biaya: PNS, CPNS or PPPK)");
	c->golongan = asn_input_require(in, "golongan", " (for --biaya)");
	c->mk_tahun = asn_input_find(in, "MK TAHUN");
	c->mk_bulan = asn_input_find(in, "MK BULAN");
	c->tmt_golongan = asn_input_find(in, "TMT GOLONGAN");
	c->tmt_cpns = asn_input_find(in, "tmt_cpns");
	c->gol_awal = asn_input_find(in, "GOL AWAL NAMA");
	c->jenis_jabatan = asn_input_find(in, "jenis_jabatan");
	c->pendidikan = asn_input_find(in, "pendidikan");
	c->nip = asn_input_find(in, "nip");
	c->nama = asn_input_find(in, "nama");
}

static int whole(const char *s, long max, long *out)
{
	char *end;

	if (*s < '0' || *s > '9')
		return -1;
	*out = strtol(s, &end, 10);
	return *end || *out > max ? -1 : 0;
}

static int date_of(const asn_input *in, int col, asn_date *d)
{
	const char *v = asn_input_cell(in, col);

	return col >= 0 && *v && asn_date_parse_iso(v, strlen(v), d) == 0 ? 0 : -1;
}

/* Masa kerja golongan: MK TAHUN and MK BULAN at TMT GOLONGAN as the export
 * records them; else from TMT CPNS, less 6 years from golongan I to II and 5
 * from II to III when the first golongan is known (the pay rules of PP
 * 7/1977 as amended).  Returns -1 when neither can be read. */
static int masa_kerja(const asn_biaya_cols *c, const asn_input *in, int group,
                      asn_biaya_orang *o)
{
	long th, bl = 0;
	int awal;
	char name[8];

	if (c->mk_tahun >= 0 && whole(asn_input_cell(in, c->mk_tahun), 60, &th) == 0 &&
	    (c->mk_bulan < 0 || !*asn_input_cell(in, c->mk_bulan) ||
	     whole(asn_input_cell(in, c->mk_bulan), 11, &bl) == 0) &&
	    date_of(in, c->tmt_golongan, &o->at) == 0) {
		o->mkg_months = th * 12 + bl;
		return 0;
	}
	if (date_of(in, c->tmt_cpns, &o->at) < 0)
		return -1;
	o->mkg_months = 0;
	if (!o->pppk && c->gol_awal >= 0 &&
	    golongan_of(asn_input_cell(in, c->gol_awal), 0, name, &awal) >= 0) {
		if (awal == 0 && group >= 1)
			o->mkg_months -= 6 * 12;
		if (awal <= 1 && group >= 2)
			o->mkg_months -= 5 * 12;
	}
	return 0;
}

void asn_biaya_add_row(asn_biaya *b, const asn_biaya_cols *c, const asn_input *in,
                       const char *key, size_t keylen, int j, asn_date pensiun)
{
	const char *status = asn_input_cell(in, c->status), *gol = asn_input_cell(in, c->golongan);
	asn_biaya_orang o;
	size_t g = group_index(b, key, keylen);
	asn_date tmt;
	char canon[8];
	const char *level;
	int group, l;

	memset(&o, 0, sizeof o);
	if (j < 0 || j >= b->kohorts)
		return;
	o.pppk = strcasecmp(status, "PPPK") == 0;
	o.jenis_jabatan = c->jenis_jabatan >= 0 ? asn_input_cell(in, c->jenis_jabatan) : NULL;
	o.start = (asn_date){ b->first_year, 1, 1 };
	o.end = pensiun;
	if (c->pendidikan >= 0 && (l = asn_pendidikan_parse(asn_input_cell(in, c->pendidikan),
	                                                    &level)) >= 0)
		b->pendidikan[g * NLEVELS + (size_t)l]++;
	if (golongan_of(gol, o.pppk, canon, &group) < 0 ||
	    !(o.pppk ? &b->rules->pppk : &b->rules->pns)->n) {
		asn_reject(&b->rejected, in->name, in->rec.line, c->golongan, "golongan '%s': not in "
		           "the %s pay table (row not costed)", gol, o.pppk ? "PPPK" : "PNS");
		return;
	}
	o.golongan = canon;
	o.golongan_group = group;
	o.tabel = asn_gaji_find(o.pppk ? &b->rules->pppk : &b->rules->pns, canon);
	if (masa_kerja(c, in, group, &o) < 0) {
		asn_reject(&b->rejected, in->name, in->rec.line, -1, "no masa kerja: MK TAHUN and TMT "
		           "GOLONGAN, or tmt_cpns, expected (row not costed)");
		return;
	}
	if (date_of(in, c->tmt_cpns, &tmt) == 0) {
		/* paid from TMT (CPNS or PPPK) when it falls within the horizon */
		if (asn_date_cmp(tmt, o.start) > 0) {
			o.start = tmt;
			o.start.day = 1;
		}
		/* a CPNS is paid 80 % until appointed PNS, a year after TMT CPNS */
		if (strcasecmp(status, "CPNS") == 0) {
			o.pns_from = tmt;
			o.pns_from.year++;
		}
	}
	if (add_orang(b, g, j, &o) < 0)
		asn_reject(&b->rejected, in->name, in->rec.line, c->golongan, "golongan '%s': not in "
		           "the %s pay table (row not costed)", gol, o.pppk ? "PPPK" : "PNS");
	else if (b->rincian)
		rincian(b, &o, c->nip >= 0 ? asn_input_cell(in, c->nip) : "",
		        c->nama >= 0 ? asn_input_cell(in, c->nama) : "", key);
}

/* An entrant of education level l starting on start: PNS as CPNS at the
 * entry rank (PP 11/2017 art. 35), or PPPK at the entry golongan. */
static void entrant(asn_biaya_orang *o, int pppk, int l, asn_date start, char name[8])
{
	int e = asn_rules_entry_golongan(asn_pendidikan_levels[l]), i;

	memset(o, 0, sizeof *o);
	o->pppk = pppk;
	i = pppk ? pppk_entry[l] : e < 0 ? 8 : e;
	asn_golongan_name(i, pppk, name);
	o->golongan = name;
	o->golongan_group = band(i);
	o->at = start;
	o->start = start;
	o->end = (asn_date){ 9999, 12, 1 };
	if (!pppk) {
		o->pns_from = start;
		o->pns_from.year++;
	}
}

/* The most common education of group g's staff (S1 when none). */
static int best_level(const asn_biaya *b, size_t g)
{
	int l, best = LEVEL_S1;

	for (l = 0; l < NLEVELS; l++)
		if (b->pendidikan[g * NLEVELS + l] > b->pendidikan[g * NLEVELS + best])
			best = l;
	return best;
}

void asn_biaya_add_hires(asn_biaya *b, const char *key, size_t keylen, int t, double pns,
                         double pppk, double exit_rate)
{
	size_t g = group_index(b, key, keylen);
	asn_date start = { b->first_year + t + 1, 1, 1 };
	asn_biaya_orang o;
	char name[8];
	double item[ASN_BIAYA_N], pegawai, *s, w;
	int best = best_level(b, g), y, k, kind;
	double n;

	for (kind = 0; kind < 2; kind++) {
		n = kind ? pppk : pns;
		if (n <= 0)
			continue;
		entrant(&o, kind, best, start, name);
		for (y = t + 1; y < b->years; y++) {
			memset(item, 0, sizeof item);
			pegawai = 0;
			if (asn_biaya_tahun(b->rules, &o, b->first_year + y, b->first_year, start, 0,
			                    item, &pegawai) < 0)
				break;
			w = n * asn_biaya_weight(exit_rate, 1, y - t - 1, 0);
			s = &b->sum[(g * (size_t)b->years + (size_t)y) * SLOTS];
			for (k = 0; k < ASN_BIAYA_N; k++)
				s[k] += item[k] * w;
			s[ASN_BIAYA_N] += pegawai * w;
		}
	}
}

void asn_biaya_hire_cost(const asn_biaya *b, size_t g, int pppk, int h, int t, double out[2])
{
	asn_date start = { b->first_year + h + 1, 1, 1 };
	asn_biaya_orang o;
	char name[8];
	double item[ASN_BIAYA_N] = { 0 }, pegawai = 0;

	out[0] = out[1] = 0;
	if (t <= h)
		return;
	entrant(&o, pppk, best_level(b, g), start, name);
	if (asn_biaya_tahun(b->rules, &o, b->first_year + t, b->first_year, start, 0, item,
	                    &pegawai) == 0)
		total_batas(b, item, out);
}

double asn_biaya_weight(double rate, double first_fraction, int t, int retiring)
{
	double q0 = asn_stats_rate_fraction(rate, first_fraction), s;

	if (rate <= 0)
		return 1;
	s = t == 0 ? 1 : (1 - q0) * pow(1 - rate, t - 1);
	if (retiring)
		return s;
	return t == 0 ? s * (1 - q0 * first_fraction / 2) : s * (1 - rate / 2);
}

void asn_biaya_exits(asn_biaya *b, const char *key, size_t keylen, double rate,
                     double first_fraction)
{
	size_t g = group_index(b, key, keylen);
	double w, *s, *ks;
	int t, k, j;

	for (t = 0; rate > 0 && t < b->years; t++) {
		s = &b->sum[(g * (size_t)b->years + (size_t)t) * SLOTS];
		memset(s, 0, SLOTS * sizeof *s);
		for (j = t; j < b->kohorts; j++) {
			w = asn_biaya_weight(rate, first_fraction, t, j == t);
			ks = kohort_at(b, g, j, t);
			for (k = 0; k < SLOTS; k++)
				s[k] += ks[k] * w;
		}
	}
}

unsigned long asn_biaya_apbd_option(asn_biaya *b, const char *arg, asn_input *in,
                                    unsigned char delimiter)
{
	if (strspn(arg, "-+0123456789.,") != strlen(arg))
		return asn_biaya_apbd_read(b, in, arg, delimiter);
	asn_biaya_apbd_all(b, asn_cli_double(arg, "apbd", 1, 1e18));
	return 0;
}

void asn_biaya_apbd_all(asn_biaya *b, double apbd)
{
	int t;

	for (t = 0; t < b->years; t++)
		b->apbd[t] = apbd;
}

unsigned long asn_biaya_apbd_read(asn_biaya *b, asn_input *in, const char *path,
                                  unsigned char delimiter)
{
	unsigned long long rejected = 0;
	int ct, ca;
	long tahun;
	double v;

	asn_input_open(in, path, delimiter);
	ct = asn_input_require(in, "tahun", " (APBD: tahun,apbd)");
	ca = asn_input_require(in, "apbd", " (APBD: tahun,apbd)");
	while (asn_input_next(in)) {
		if (whole(asn_input_cell(in, ct), 9999, &tahun) < 0 || tahun < b->first_year ||
		    tahun >= b->first_year + b->years) {
			asn_reject(&rejected, in->name, in->rec.line, ct, "tahun '%s': expected a year "
			           "from %d to %d", asn_input_cell(in, ct), b->first_year,
			           b->first_year + b->years - 1);
			continue;
		}
		if (asn_number_parse(asn_input_cell(in, ca), ASN_NUMBER_COMMA, &v) < 0 || v <= 0 ||
		    v > 1e18) {
			asn_reject(&rejected, in->name, in->rec.line, ca, "apbd '%s': expected the "
			           "year's total spending in rupiah, above 0", asn_input_cell(in, ca));
			continue;
		}
		b->apbd[tahun - b->first_year] = v;
	}
	asn_input_close(in);
	return (unsigned long)rejected;
}

static const asn_biaya *sort_b;

static int by_key(const void *x, const void *y)
{
	size_t la, lb;
	const char *a = asn_keymap_key(&sort_b->keys, *(const size_t *)x, &la);
	const char *c = asn_keymap_key(&sort_b->keys, *(const size_t *)y, &lb);
	int r = memcmp(a, c, la < lb ? la : lb);

	return r ? r : (la > lb) - (la < lb);
}

static void write_money(asn_csv_writer *w, double v)
{
	char buf[40];

	snprintf(buf, sizeof buf, "%.0f", round_rp(v));
	asn_csv_write_str(w, buf);
}

double asn_biaya_entrant_cost(const asn_biaya *b, int t)
{
	asn_biaya_orang o;
	char name[8];
	double item[ASN_BIAYA_N] = { 0 }, pegawai = 0, sum = 0;
	int k;

	entrant(&o, 0, LEVEL_S1, (asn_date){ b->first_year + t, 1, 1 }, name);
	asn_biaya_tahun(b->rules, &o, b->first_year + t, b->first_year, o.start, 0, item, &pegawai);
	for (k = 0; k < ASN_BIAYA_N; k++)
		if (!b->rules->dikecualikan[k])
			sum += item[k];
	return sum;
}

static void write_sums(asn_csv_writer *w, const asn_biaya *b, const double *s, double *batas)
{
	double gaji = s[ASN_BIAYA_GAJI] + s[ASN_BIAYA_TAMBAHAN], total = 0;
	char buf[40];
	int k;

	*batas = 0;
	for (k = 0; k < ASN_BIAYA_N; k++) {
		total += s[k];
		if (!b->rules->dikecualikan[k])
			*batas += s[k];
	}
	snprintf(buf, sizeof buf, "%.2f", s[ASN_BIAYA_N]);
	asn_csv_write_str(w, buf);
	write_money(w, gaji);
	write_money(w, total - gaji);
	write_money(w, total);
	write_money(w, *batas);
}

/* biaya_lo, biaya_hi (band NULL: empty) and p_lewat_batas (p < 0: empty). */
static void write_band(asn_csv_writer *w, const double *band, double p)
{
	if (band) {
		write_money(w, band[0]);
		write_money(w, band[1]);
	} else {
		asn_csv_write_str(w, "");
		asn_csv_write_str(w, "");
	}
	if (p >= 0)
		asn_csv_write_double(w, p, 4);
	else
		asn_csv_write_str(w, "");
}

void asn_biaya_write(asn_biaya *b, asn_csv_writer *w, const char *const *by, size_t nby)
{
	static const char *const columns[] = {
		"pegawai", "biaya_gaji", "biaya_tunjangan", "biaya_total", "biaya_batas", "apbd",
		"persen_apbd", "batas_30", "sisa_batas", "rekrut_muat", NULL
	};
	size_t *order = asn_malloc((b->n ? b->n : 1) * sizeof *order), i, j, len;
	double all[SLOTS], batas, sisa, cap, band[2], p;
	const double *s;
	const char *key;
	char buf[40];
	int t, k;

	for (i = 0; i < b->n; i++)
		order[i] = i;
	sort_b = b;
	qsort(order, b->n, sizeof *order, by_key);
	asn_csv_write_str(w, "tahun");
	for (j = 0; j < nby; j++)
		asn_csv_write_str(w, by[j]);
	for (j = 0; columns[j]; j++)
		asn_csv_write_str(w, columns[j]);
	/* the band only when simulated: a table without it is as before */
	if (b->total) {
		asn_csv_write_str(w, "biaya_lo");
		asn_csv_write_str(w, "biaya_hi");
		asn_csv_write_str(w, "p_lewat_batas");
	}
	asn_csv_end_record(w);
	for (t = 0; t < b->years; t++) {
		memset(all, 0, sizeof all);
		for (i = 0; i < b->n; i++) {
			s = &b->sum[(order[i] * (size_t)b->years + (size_t)t) * SLOTS];
			for (k = 0; k < SLOTS; k++)
				all[k] += s[k];
			/* with no group column the total row is the table */
			if (nby == 0)
				continue;
			asn_csv_write_long(w, b->first_year + t);
			key = asn_keymap_key(&b->keys, order[i], &len);
			for (j = 0; j < nby; j++, key += strlen(key) + 1)
				asn_csv_write_str(w, key);
			write_sums(w, b, s, &batas);
			for (k = 0; k < 5; k++)
				asn_csv_write_str(w, "");
			if (b->total)
				write_band(w, b->band ? &b->band[(order[i] * (size_t)b->years +
				                                  (size_t)t) * 2] : NULL, -1);
			asn_csv_end_record(w);
		}
		asn_csv_write_long(w, b->first_year + t);
		for (j = 0; j < nby; j++)
			asn_csv_write_str(w, j == 0 ? "Total" : "");
		write_sums(w, b, all, &batas);
		if (b->apbd[t] > 0) {
			double c = asn_biaya_entrant_cost(b, t);

			sisa = b->apbd[t] * b->rules->batas_persen / 100 - batas;
			write_money(w, b->apbd[t]);
			snprintf(buf, sizeof buf, "%.2f", 100 * batas / b->apbd[t]);
			asn_csv_write_str(w, buf);
			write_money(w, b->apbd[t] * b->rules->batas_persen / 100);
			write_money(w, sisa);
			asn_csv_write_long(w, sisa > 0 && c > 0 ? (long)floor(sisa / c) : 0);
		} else {
			for (k = 0; k < 5; k++)
				asn_csv_write_str(w, "");
		}
		cap = b->apbd[t] > 0 ? b->apbd[t] * b->rules->batas_persen / 100 : -1;
		if (b->total && asn_cohort_biaya_total_band(b->total, t, b->level, cap, &band[0],
		                                            &band[1], &p) == 0)
			write_band(w, band, p);
		else if (b->total)
			write_band(w, NULL, -1);
		asn_csv_end_record(w);
	}
	free(order);
}

/* A snapshot holds sum, then kohort, of the first ngroups groups. */
double *asn_biaya_snapshot(const asn_biaya *b, size_t *ngroups)
{
	size_t per = (size_t)b->years * SLOTS, kper = per * (size_t)b->kohorts;
	double *s = asn_malloc((b->n ? b->n * (per + kper) : 1) * sizeof *s);

	if (b->n) {
		memcpy(s, b->sum, b->n * per * sizeof *s);
		memcpy(s + b->n * per, b->kohort, b->n * kper * sizeof *s);
	}
	*ngroups = b->n;
	return s;
}

void asn_biaya_restore(asn_biaya *b, const double *snapshot, size_t ngroups)
{
	size_t per = (size_t)b->years * SLOTS, kper = per * (size_t)b->kohorts;

	if (ngroups) {
		memcpy(b->sum, snapshot, ngroups * per * sizeof *snapshot);
		memcpy(b->kohort, snapshot + ngroups * per, ngroups * kper * sizeof *snapshot);
	}
	if (b->n > ngroups) {
		memset(&b->sum[ngroups * per], 0, (b->n - ngroups) * per * sizeof *b->sum);
		memset(&b->kohort[ngroups * kper], 0, (b->n - ngroups) * kper * sizeof *b->kohort);
	}
}

void asn_biaya_year_total(const asn_biaya *b, int t, double *total, double *batas)
{
	const double *s;
	size_t g;
	int k;

	*total = *batas = 0;
	for (g = 0; g < b->n; g++) {
		s = &b->sum[(g * (size_t)b->years + (size_t)t) * SLOTS];
		for (k = 0; k < ASN_BIAYA_N; k++) {
			*total += s[k];
			if (!b->rules->dikecualikan[k])
				*batas += s[k];
		}
	}
}

void asn_biaya_rincian_open(asn_biaya *b, const char *path, const char *const *by, size_t nby)
{
	static const char *const columns[] = {
		"status", "golongan", "mkg", "mkg_tabel", "gaji_pokok", "persen_gaji", "bulan",
		"biaya_gaji",
		"biaya_tunjangan", "biaya_total", "biaya_batas", NULL
	};
	size_t j;

	b->rincian_out = asn_output_open(path);
	b->rincian = asn_csv_writer_new(asn_output_file(b->rincian_out));
	b->rincian_nby = nby;
	asn_csv_write_str(b->rincian, "tahun");
	asn_csv_write_str(b->rincian, "nip");
	asn_csv_write_str(b->rincian, "nama");
	for (j = 0; j < nby; j++)
		asn_csv_write_str(b->rincian, by[j]);
	for (j = 0; columns[j]; j++)
		asn_csv_write_str(b->rincian, columns[j]);
	asn_csv_end_record(b->rincian);
}

void asn_biaya_rincian_close(asn_biaya *b)
{
	if (!b->rincian)
		return;
	asn_csv_writer_free(b->rincian);
	asn_output_close(b->rincian_out);
	b->rincian = NULL;
	b->rincian_out = NULL;
}

/* One row of the rincian: the months of a year at one pay-table step. */
static void rincian_row(asn_biaya *b, int tahun, const char *nip, const char *nama,
                        const char *key, const asn_biaya_orang *o, long mkg, int step,
                        long gapok, double persen, int months, const double sum[ASN_BIAYA_N])
{
	asn_csv_writer *w = b->rincian;
	double gaji = sum[ASN_BIAYA_GAJI] + sum[ASN_BIAYA_TAMBAHAN], tb[2];
	size_t j;

	asn_csv_write_long(w, tahun);
	asn_csv_write_str(w, nip);
	asn_csv_write_str(w, nama);
	for (j = 0; j < b->rincian_nby; j++, key += strlen(key) + 1)
		asn_csv_write_str(w, key);
	asn_csv_write_str(w, o->pppk ? "PPPK" : persen < 100 ? "CPNS" : "PNS");
	asn_csv_write_str(w, o->golongan);
	asn_csv_write_long(w, mkg);
	asn_csv_write_long(w, step);
	asn_csv_write_long(w, gapok);
	asn_csv_write_double(w, persen, 0);
	asn_csv_write_long(w, months);
	total_batas(b, sum, tb);
	write_money(w, gaji);
	write_money(w, tb[0] - gaji);
	write_money(w, tb[0]);
	write_money(w, tb[1]);
	asn_csv_end_record(w);
	asn_output_check(b->rincian_out);
}

/* The member's months of each year, a row per run of months at one step
 * of the pay table (and one percent of it). */
static void rincian(asn_biaya *b, const asn_biaya_orang *o, const char *nip, const char *nama,
                    const char *key)
{
	const asn_gaji_golongan *gol = steps_of(b->rules, o);
	double v[ASN_BIAYA_N], sum[ASN_BIAYA_N], persen = 0, run_persen = 0, rise;
	long gapok, run_gapok = -1, mkg, run_mkg = 0;
	int t, m, k, months, step = 0, run_step = 0;
	asn_date d;

	for (t = 0; t < b->years; t++) {
		rise = pow(1 + b->rules->kenaikan_persen / 100, t);
		months = 0;
		memset(sum, 0, sizeof sum);
		for (m = 1; m <= 13; m++) {
			d = (asn_date){ b->first_year + t, m <= 12 ? m : 12, 1 };
			mkg = o->mkg_months + months_between(o->at, d);
			mkg = mkg < 0 ? 0 : mkg / 12;
			if (m > 12 || bulan(b->rules, o, gol, d, rise, v, &gapok, &persen) != 0)
				gapok = -1;
			else
				step = asn_gaji_step_at(gol, (int)mkg)->mkg;
			/* a run ends at a month not paid, another row of the table or
			 * percent of it, or the year's end */
			if (months && (gapok != run_gapok || persen != run_persen || step != run_step)) {
				rincian_row(b, b->first_year + t, nip, nama, key, o, run_mkg, run_step,
				            run_gapok, run_persen, months, sum);
				months = 0;
				memset(sum, 0, sizeof sum);
			}
			if (gapok < 0)
				continue;
			if (!months) {
				run_gapok = gapok;
				run_persen = persen;
				run_step = step;
				run_mkg = mkg;
			}
			months++;
			for (k = 0; k < ASN_BIAYA_N; k++)
				sum[k] += v[k];
		}
	}
}
