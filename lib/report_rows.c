/* The rows of each kind of input added to the model, once report.c has
 * recognised the table: the columns a kind reads, the checks of a row and
 * the sums it goes into. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "csv.h"
#include "pegawai.h"
#include "report.h"
#include "report_model.h"
#include "input.h"
#include "nip.h"
#include "report_field.h"
#include "report_rows.h"
#include "report_text.h"
#include "rules.h"
#include "table.h"
#include "text.h"

/* Columns of asn-gap that are not grouping keys. */
static const char *const gap_values[] = {
	"beban_jam", "kebutuhan_hitung", "kebutuhan", "bezetting", "selisih", "status",
	"ej", "pj", "wisn_ratio", "cas_persen", "ias_jam", NULL
};
static const char *const forecast_values[] = {
	"tahun", "awal", "pensiun", "keluar", "masuk", "akhir", "akhir_lo", "akhir_hi",
	"p_kurang", "kebutuhan", "selisih", "formasi_usulan", NULL
};

int report_age_band(int age)
{
	if (age < 25)
		return 0;
	if (age >= 60)
		return REPORT_AGE_BANDS - 1;
	return (age - 25) / 5 + 1;
}

/* The cleaned text of n columns, each NUL-terminated, in one allocation. */
static char *join_fields(const asn_csv_record *rec, const int *cols, int n)
{
	char *parts[8], *out;
	size_t len = 0, k;
	int i;

	for (i = 0; i < n; i++) {
		parts[i] = report_clean_field(rec, cols[i]);
		len += strlen(parts[i]) + 1;
	}
	out = asn_malloc(len);
	for (i = 0, len = 0; i < n; i++) {
		k = strlen(parts[i]) + 1;
		memcpy(out + len, parts[i], k);
		len += k;
		free(parts[i]);
	}
	return out;
}

static int iso_date(report_input *in, const asn_csv_record *rec, int col, asn_date *d)
{
	const char *s = report_field(rec, col);

	if (asn_date_parse_iso(s, strlen(s), d) != 0)
		return report_reject(in, "%s '%s': expected a date YYYY-MM-DD", in->table.names[col], s);
	return 0;
}

static asn_date add_year(asn_date d)
{
	d.year++;
	if (d.month == 2 && d.day == 29)
		d.day = 28;
	return d;
}

enum { P_JK, P_LAHIR, P_STATUS, P_GOLONGAN, P_JENIS, P_PENDIDIKAN, P_PENSIUN, P_KEDUDUKAN,
       P_NIP };

static void pegawai_columns(asn_report_data *d, report_input *in)
{
	static const char *const names[] = {
		"jenis_kelamin", "tanggal_lahir", "status", "golongan", "jenis_jabatan",
		"pendidikan", "tanggal_pensiun", "kedudukan", "nip"
	};
	size_t i;

	(void)d;
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		in->col[i] = asn_table_find(&in->table, names[i]);
}

/* Index of the status: PNS, CPNS, PPPK, other. */
static int status_index(const char *s)
{
	const char *status = asn_status_parse(s);

	if (!status)
		return REPORT_STATUS - 1;
	return strcmp(status, "PNS") == 0 ? 0 : strcmp(status, "CPNS") == 0 ? 1 : 2;
}

/* Index of the golongan: PNS I/a..IV/e, then PPPK I..XVII, then other. */
static int golongan_index(const char *s, int pppk)
{
	char canonical[8];
	int g;

	if (pppk) {
		g = asn_golongan_pppk(s, canonical);
		if (g >= 0)
			g += 17;
	} else {
		g = asn_golongan_pns(s, canonical);
	}
	return g >= 0 ? g : REPORT_GOLONGAN - 1;
}

/* A NIP of 18 digits into the set (any other is left out: it names no
 * one a retiree list would). */
static void report_nip_add(report_pegawai *p, const char *nip)
{
	uint64_t v;

	if (asn_nip_to_number(nip, &v) < 0)
		return;
	if (p->naway_nips == p->away_cap) {
		p->away_cap = p->away_cap ? 2 * p->away_cap : 64;
		p->away_nips = asn_realloc(p->away_nips, p->away_cap * sizeof *p->away_nips);
	}
	p->away_nips[p->naway_nips++] = v;
}

static int pegawai_row(asn_report_data *d, report_input *in, const asn_csv_record *rec)
{
	report_pegawai *p = &d->pegawai;
	asn_date birth, pensiun = { 9999, 12, 31 };
	const char *s, *pend;
	char jk;
	int status, i;

	/* the one rule of lib/rules: an empty tanggal_pensiun is no date */
	if (iso_date(in, rec, in->col[P_PENSIUN], &pensiun))
		return -1;
	if (asn_date_cmp(pensiun, d->as_of) <= 0) {
		p->retired++;
		return 0;
	}
	if (!asn_rules_kedudukan_active(d->cfg, report_field(rec, in->col[P_KEDUDUKAN]))) {
		p->away++;
		/* kept for the retirees list, which names the next 12 months (an
		 * empty date: the list may have derived one): the set stays small
		 * whatever the table's size */
		if (asn_date_cmp(pensiun, add_year(d->as_of)) <= 0 || pensiun.year == 9999)
			report_nip_add(p, report_field(rec, in->col[P_NIP]));
		return 0;
	}
	if (iso_date(in, rec, in->col[P_LAHIR], &birth))
		return -1;
	if (asn_date_cmp(birth, d->as_of) > 0)
		return report_reject(in, "tanggal_lahir %s is after the report date",
		              report_field(rec, in->col[P_LAHIR]));
	s = report_field(rec, in->col[P_JK]);
	if (!(jk = asn_jenis_kelamin_parse(s)))
		return report_reject(in, "jenis_kelamin '%s': expected L or P", s);

	p->active++;
	p->age[report_age_band(asn_date_age(birth, d->as_of))][jk == 'P']++;
	status = status_index(report_field(rec, in->col[P_STATUS]));
	p->status[status]++;
	p->golongan[golongan_index(report_field(rec, in->col[P_GOLONGAN]), status == 2)]++;
	i = asn_pendidikan_parse(report_field(rec, in->col[P_PENDIDIKAN]), &pend);
	p->pendidikan[i >= 0 ? i : REPORT_PENDIDIKAN - 1]++;
	i = asn_jenis_jabatan_find(report_field(rec, in->col[P_JENIS]));
	p->jenis[i >= 0 ? i : REPORT_JENIS - 1]++;

	if (pensiun.year == d->as_of.year)
		p->retire_this_year++;
	else if (pensiun.year == d->as_of.year + 1)
		p->retire_next_year++;
	if (asn_date_cmp(pensiun, add_year(d->as_of)) <= 0)
		p->retire_12_months++;
	return 0;
}

enum { G_KEBUTUHAN, G_BEZETTING, G_SELISIH, G_STATUS, G_GROUP, G_JABATAN, G_BEBAN, G_HITUNG,
       G_WISN };

static int is_value_column(const char *name, const char *const *values)
{
	size_t i;

	for (i = 0; values[i]; i++)
		if (strcasecmp(name, values[i]) == 0)
			return 1;
	return 0;
}

static size_t count_keys(const asn_table *t, const char *const *values)
{
	size_t i, n = 0;

	for (i = 0; i < t->ncols; i++)
		n += !is_value_column(t->names[i], values);
	return n;
}

static void gap_columns(asn_report_data *d, report_input *in)
{
	size_t i;

	in->col[G_KEBUTUHAN] = asn_table_find(&in->table, "kebutuhan");
	in->col[G_BEZETTING] = asn_table_find(&in->table, "bezetting");
	in->col[G_SELISIH] = asn_table_find(&in->table, "selisih");
	in->col[G_STATUS] = asn_table_find(&in->table, "status");
	in->col[G_GROUP] = asn_table_find(&in->table, "unit");
	in->col[G_JABATAN] = asn_table_find(&in->table, "jabatan");
	in->col[G_BEBAN] = asn_table_find(&in->table, "beban_jam");
	in->col[G_HITUNG] = asn_table_find(&in->table, "kebutuhan_hitung");
	in->col[G_WISN] = asn_table_find(&in->table, "wisn_ratio");
	d->gapjab.present = in->col[G_JABATAN] >= 0;
	d->gapjab.wisn = in->col[G_WISN] >= 0;
	for (i = 0; in->col[G_GROUP] < 0 && i < in->table.ncols; i++)
		if (!is_value_column(in->table.names[i], gap_values))
			in->col[G_GROUP] = (int)i;
	if (in->col[G_GROUP] >= 0)
		d->gap.group_column = asn_report_text_clean(in->table.names[in->col[G_GROUP]],
		                                            strlen(in->table.names[in->col[G_GROUP]]));
}

static void gap_rehash(report_gap *g)
{
	size_t i, j, mask;

	free(g->slots);
	g->nslots = g->nslots ? g->nslots * 2 : 64;
	g->slots = asn_calloc(g->nslots, sizeof *g->slots);
	mask = g->nslots - 1;
	for (i = 0; i < g->nunits; i++) {
		for (j = report_hash_text(g->units[i].name) & mask; g->slots[j]; j = (j + 1) & mask)
			;
		g->slots[j] = i + 1;
	}
}

static report_gap_unit *gap_unit(report_gap *g, const char *name)
{
	size_t j, mask;

	if ((g->nunits + 1) * 2 > g->nslots)
		gap_rehash(g);
	mask = g->nslots - 1;
	for (j = report_hash_text(name) & mask; g->slots[j]; j = (j + 1) & mask)
		if (strcmp(g->units[g->slots[j] - 1].name, name) == 0)
			return &g->units[g->slots[j] - 1];
	if (g->nunits == g->cap) {
		g->cap = g->cap ? g->cap * 2 : 32;
		g->units = asn_realloc(g->units, g->cap * sizeof *g->units);
	}
	memset(&g->units[g->nunits], 0, sizeof g->units[0]);
	g->units[g->nunits].name = asn_strdup(name);
	g->slots[j] = ++g->nunits;
	return &g->units[g->nunits - 1];
}

/* A total row of asn-gap --total: a key cell saying so. */
static int gap_total_row(const report_input *in, const asn_csv_record *rec)
{
	size_t i;
	const char *s;

	for (i = 0; i < in->table.ncols && i < rec->nfields; i++) {
		if (is_value_column(in->table.names[i], gap_values))
			continue;
		s = rec->fields[i];
		if (strcasecmp(s, "total") == 0 || strcasecmp(s, "jumlah") == 0 ||
		    strcasecmp(s, "(total)") == 0 || strcasecmp(s, "(jumlah)") == 0)
			return 1;
	}
	return 0;
}

/* The row's jabatan over every unit: its shortages (the decisions), need
 * and staff, and what EJ and the WISN ratio are made of (the gap section). */
static void gap_add_jabatan(report_gap *j, report_input *in, const asn_csv_record *rec,
                            double kebutuhan, double bezetting, double selisih)
{
	char *name = report_clean_field(rec, in->col[G_JABATAN]);
	report_gap_unit *u = gap_unit(j, name);
	double beban = NAN, hitung = NAN;

	free(name);
	u->rows++;
	u->kebutuhan += kebutuhan;
	u->bezetting += bezetting;
	u->selisih += selisih;
	if (selisih < 0) {
		u->kurang -= selisih;
		j->kurang -= selisih;
	} else {
		u->lebih += selisih;
	}
	/* asn-gap wrote these: a malformed one is left out, not rejected twice */
	if (in->col[G_BEBAN] >= 0 &&
	    asn_number_parse(report_field(rec, in->col[G_BEBAN]), 0, &beban) == 0 && beban >= 0) {
		u->beban_jam += beban;
		u->bezetting_abk += bezetting;
	}
	if (in->col[G_HITUNG] >= 0 &&
	    asn_number_parse(report_field(rec, in->col[G_HITUNG]), 0, &hitung) == 0 && hitung > 0) {
		u->kebutuhan_hitung += hitung;
		u->bezetting_hitung += bezetting;
	}
}

static int gap_row(asn_report_data *d, report_input *in, const asn_csv_record *rec)
{
	report_gap *g = &d->gap;
	report_gap_unit *u;
	double kebutuhan, bezetting, selisih;
	const char *status;
	char *name;

	if (gap_total_row(in, rec)) {
		g->total_rows++;
		return 0;
	}
	if (report_number(in, rec, in->col[G_KEBUTUHAN], 1, &REPORT_COUNT, &kebutuhan) ||
	    report_number(in, rec, in->col[G_BEZETTING], 0, &REPORT_COUNT, &bezetting) ||
	    report_number(in, rec, in->col[G_SELISIH], 1, &REPORT_SIGNED, &selisih))
		return -1;
	if (isnan(kebutuhan))
		kebutuhan = 0;
	if (isnan(selisih))
		selisih = bezetting - kebutuhan;
	status = report_field(rec, in->col[G_STATUS]);
	name = in->col[G_GROUP] >= 0 ? report_clean_field(rec, in->col[G_GROUP]) : asn_strdup("");
	u = gap_unit(g, name);
	free(name);
	if (in->col[G_JABATAN] >= 0)
		gap_add_jabatan(&d->gapjab, in, rec, kebutuhan, bezetting, selisih);
	u->rows++;
	u->kebutuhan += kebutuhan;
	u->bezetting += bezetting;
	u->selisih += selisih;
	g->rows++;
	g->kebutuhan += kebutuhan;
	g->bezetting += bezetting;
	if (selisih < 0) {
		u->kurang -= selisih;
		g->kurang -= selisih;
		g->rows_kurang++;
	} else if (selisih > 0) {
		u->lebih += selisih;
		g->lebih += selisih;
		g->rows_lebih++;
	}
	if (strcmp(status, "tanpa_kebutuhan") == 0)
		g->rows_tanpa++;
	return 0;
}

enum { F_TAHUN, F_AWAL, F_PENSIUN, F_KELUAR, F_MASUK, F_AKHIR, F_LO, F_HI, F_P,
       F_KEBUTUHAN, F_SELISIH, F_FORMASI, F_NCOLS };

static void forecast_columns(asn_report_data *d, report_input *in)
{
	int i;

	for (i = 0; i < F_NCOLS; i++)
		in->col[i] = asn_table_find(&in->table, forecast_values[i]);
	in->col[F_NCOLS] = asn_table_find(&in->table, "jabatan");
	d->forecast.nkeys = count_keys(&in->table, forecast_values);
	d->forecast.has_jabatan = in->col[F_NCOLS] >= 0;
}

static report_year *forecast_find(report_forecast *fc, int tahun)
{
	size_t i;

	for (i = 0; i < fc->nyears; i++)
		if (fc->years[i].tahun == tahun)
			return &fc->years[i];
	return NULL;
}

static report_year *forecast_year(report_forecast *fc, int tahun)
{
	report_year *y = forecast_find(fc, tahun);

	if (y)
		return y;
	if (fc->nyears == fc->cap) {
		fc->cap = fc->cap ? fc->cap * 2 : 16;
		fc->years = asn_realloc(fc->years, fc->cap * sizeof *fc->years);
	}
	memset(&fc->years[fc->nyears], 0, sizeof fc->years[0]);
	fc->years[fc->nyears].tahun = tahun;
	return &fc->years[fc->nyears++];
}

static void add_optional(double *sum, unsigned long *n, double v)
{
	if (!isnan(v)) {
		*sum += v;
		(*n)++;
	}
}

static const report_range *forecast_range(int col)
{
	static const report_range YEAR = { 0, 9999, "a year" };

	switch (col) {
	case F_TAHUN: return &YEAR;
	case F_P: return &REPORT_SHARE;
	case F_SELISIH: return &REPORT_SIGNED;
	default: return &REPORT_COUNT;
	}
}

/* The retirements of a row's jabatan, for the decisions. */
static void pensiun_jabatan(report_forecast *fc, const asn_csv_record *rec, int col, double n)
{
	char *name = report_clean_field(rec, col);

	if (!fc->pensiun_jabatan)
		fc->pensiun_jabatan = asn_calloc(1, sizeof *fc->pensiun_jabatan);
	report_count_of(fc->pensiun_jabatan, name)->n += n;
	free(name);
}

static int forecast_row(asn_report_data *d, report_input *in, const asn_csv_record *rec)
{
	double v[F_NCOLS];
	report_year *y;
	int i;

	for (i = 0; i < F_NCOLS; i++)
		if (report_number(in, rec, in->col[i], i > F_AKHIR, forecast_range(i), &v[i]))
			return -1;
	if (v[F_TAHUN] != floor(v[F_TAHUN]) || v[F_TAHUN] < 1900 || v[F_TAHUN] > 2199)
		return report_reject(in, "tahun '%s': expected a year", report_field(rec, in->col[F_TAHUN]));
	if (d->forecast.nyears >= 200 && !forecast_find(&d->forecast, (int)v[F_TAHUN]))
		return report_reject(in, "tahun '%s': more than 200 distinct years",
		              report_field(rec, in->col[F_TAHUN]));
	y = forecast_year(&d->forecast, (int)v[F_TAHUN]);
	y->groups++;
	y->awal += v[F_AWAL];
	y->pensiun += v[F_PENSIUN];
	y->keluar += v[F_KELUAR];
	y->masuk += v[F_MASUK];
	y->akhir += v[F_AKHIR];
	add_optional(&y->lo, &y->n_lo, v[F_LO]);
	add_optional(&y->hi, &y->n_hi, v[F_HI]);
	add_optional(&y->p_kurang, &y->n_p, v[F_P]);
	add_optional(&y->kebutuhan, &y->n_kebutuhan, v[F_KEBUTUHAN]);
	add_optional(&y->selisih, &y->n_selisih, v[F_SELISIH]);
	if (v[F_SELISIH] < 0)
		y->kurang -= v[F_SELISIH];
	add_optional(&y->formasi, &y->n_formasi, v[F_FORMASI]);
	if (in->col[F_NCOLS] >= 0 && (y->tahun == d->as_of.year || y->tahun == d->as_of.year + 1))
		pensiun_jabatan(&d->forecast, rec, in->col[F_NCOLS], v[F_PENSIUN]);
	return 0;
}

enum { R_NIP, R_NAMA, R_UNIT, R_JABATAN, R_TANGGAL };

static void retiree_columns(asn_report_data *d, report_input *in)
{
	static const char *const names[] = { "nip", "nama", "unit", "jabatan", "tanggal_pensiun" };
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		in->col[i] = asn_table_find(&in->table, names[i]);
	d->retirees.from = d->as_of;
	d->retirees.to = add_year(d->as_of);
}

static int retiree_row(asn_report_data *d, report_input *in, const asn_csv_record *rec)
{
	report_retirees *r = &d->retirees;
	report_retiree *p;
	asn_date t;

	if (iso_date(in, rec, in->col[R_TANGGAL], &t))
		return -1;
	r->total++;
	if (asn_date_cmp(t, r->from) <= 0 || asn_date_cmp(t, r->to) > 0)
		return 0;
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 64;
		r->rows = asn_realloc(r->rows, r->cap * sizeof *r->rows);
	}
	p = &r->rows[r->n++];
	p->nip = join_fields(rec, in->col + R_NIP, 4);
	p->nama = p->nip + strlen(p->nip) + 1;
	p->unit = p->nama + strlen(p->nama) + 1;
	p->jabatan = p->unit + strlen(p->unit) + 1;
	p->tanggal = t;
	return 0;
}

enum { S_KOTAK, S_KESESUAIAN, S_KURANG_JP };

static void score_columns(asn_report_data *d, report_input *in)
{
	in->col[S_KOTAK] = asn_table_find(&in->table, "kotak");
	in->col[S_KESESUAIAN] = asn_table_find(&in->table, "kesesuaian_pendidikan");
	in->col[S_KURANG_JP] = asn_table_find(&in->table, "kurang_jp");
	d->score.has_kesesuaian = in->col[S_KESESUAIAN] >= 0;
	d->score.has_jp = in->col[S_KURANG_JP] >= 0;
}

static int score_row(asn_report_data *d, report_input *in, const asn_csv_record *rec)
{
	static const char *const kesesuaian[] = { "sesuai", "tidak_sesuai", "tidak_diketahui" };
	report_score *s = &d->score;
	const char *k = report_field(rec, in->col[S_KOTAK]);
	double jp;
	int i;

	if (*k && (k[0] < '1' || k[0] > '9' || k[1]))
		return report_reject(in, "kotak '%s': expected a box number 1-9", k);
	if (report_number(in, rec, in->col[S_KURANG_JP], 1, &REPORT_SIGNED, &jp))
		return -1;
	s->rows++;
	s->kotak[*k ? k[0] - '0' : 0]++;
	if (s->has_kesesuaian) {
		k = report_field(rec, in->col[S_KESESUAIAN]);
		for (i = 0; i < 3 && strcasecmp(k, kesesuaian[i]) != 0; i++)
			;
		s->kesesuaian[i]++;
	}
	if (!isnan(jp)) {
		s->jp_rows++;
		s->kurang_jp += jp > 0;
	}
	return 0;
}

enum { I_UNIT, I_RESPONDEN, I_NILAI, I_MUTU, I_KINERJA, I_UNSUR };

static void ikm_columns(asn_report_data *d, report_input *in)
{
	static const char *const names[] = {
		"unit", "responden", "nilai_ikm", "mutu", "kinerja_unit", "unsur_terendah"
	};
	size_t i;

	(void)d;
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		in->col[i] = asn_table_find(&in->table, names[i]);
}

static int ikm_row(asn_report_data *d, report_input *in, const asn_csv_record *rec)
{
	report_ikm *k = &d->ikm;
	report_ikm_unit *u;
	double responden, nilai;

	if (report_number(in, rec, in->col[I_RESPONDEN], 0, &REPORT_COUNT, &responden) ||
	    report_number(in, rec, in->col[I_NILAI], 1, &REPORT_IKM, &nilai))
		return -1;
	if (k->n == k->cap) {
		k->cap = k->cap ? k->cap * 2 : 32;
		k->units = asn_realloc(k->units, k->cap * sizeof *k->units);
	}
	u = &k->units[k->n++];
	u->unit = report_clean_field(rec, in->col[I_UNIT]);
	u->mutu = report_clean_field(rec, in->col[I_MUTU]);
	u->kinerja = report_clean_field(rec, in->col[I_KINERJA]);
	u->unsur = report_clean_field(rec, in->col[I_UNSUR]);
	u->responden = responden;
	u->nilai = nilai;
	return 0;
}

enum { SL_NO, SL_NAMA, SL_STATUS, SL_PENENTU, SL_KETERANGAN, SL_JENIS, SL_KEBUTUHAN,
       SL_NILAI, SL_PERINGKAT };

/* The candidate id and the jenis are named by the selection rules: when
 * the built-in names are not there, they are where asn-score writes them,
 * on either side of kebutuhan.  The formasi columns are all before the
 * jenis. */
static void seleksi_columns(asn_report_data *d, report_input *in)
{
	static const char *const names[] = {
		"no_peserta", "nama", "status", "penentu", "keterangan", "jenis_formasi",
		"kebutuhan", "nilai_integrasi", "peringkat"
	};
	int k;
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		in->col[i] = asn_table_find(&in->table, names[i]);
	k = in->col[SL_KEBUTUHAN];
	if (in->col[SL_JENIS] < 0)
		in->col[SL_JENIS] = k - 1;
	if (in->col[SL_NO] < 0 && (size_t)k + 1 < in->table.ncols)
		in->col[SL_NO] = k + 1;
	d->seleksi.has_nama = in->col[SL_NAMA] >= 0;
}

static void seleksi_rehash(report_seleksi *s)
{
	size_t i, j, mask;

	free(s->slots);
	s->nslots = s->nslots ? s->nslots * 2 : 64;
	s->slots = asn_calloc(s->nslots, sizeof *s->slots);
	mask = s->nslots - 1;
	for (i = 0; i < s->n; i++) {
		for (j = report_hash_text(s->formasi[i].key) & mask; s->slots[j]; j = (j + 1) & mask)
			;
		s->slots[j] = i + 1;
	}
}

/* The formasi of key, or NULL with *slot where a new one goes: a file
 * sorted by hand may bring a formasi back after others. */
static report_seleksi_formasi *seleksi_find(report_seleksi *s, const char *key, size_t *slot)
{
	size_t j, mask;

	if ((s->n + 1) * 2 > s->nslots)
		seleksi_rehash(s);
	mask = s->nslots - 1;
	for (j = report_hash_text(key) & mask; s->slots[j]; j = (j + 1) & mask)
		if (strcmp(s->formasi[s->slots[j] - 1].key, key) == 0)
			return &s->formasi[s->slots[j] - 1];
	*slot = j;
	return NULL;
}

/* The cleaned values of columns 0..n-1 joined by sep, then, when last is
 * not NULL, sep and last. */
static char *join_columns(const asn_csv_record *rec, int n, const char *sep, const char *last)
{
	char *out = asn_strdup(""), *part, *next;
	int i;

	for (i = 0; i <= n; i++) {
		if (i == n && !last)
			break;
		part = i < n ? report_clean_field(rec, i) : asn_strdup(last);
		next = asn_malloc(strlen(out) + strlen(sep) + strlen(part) + 1);
		sprintf(next, "%s%s%s", out, i ? sep : "", part);
		free(out);
		free(part);
		out = next;
	}
	return out;
}

static report_seleksi_formasi *seleksi_add(report_seleksi *s, const asn_csv_record *rec,
                                           int nf, char *key, const char *jenis,
                                           double kebutuhan, size_t slot)
{
	report_seleksi_formasi *f;

	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 16;
		s->formasi = asn_realloc(s->formasi, s->cap * sizeof *s->formasi);
	}
	f = &s->formasi[s->n];
	memset(f, 0, sizeof *f);
	f->key = key;
	f->name = join_columns(rec, nf, " / ", NULL);
	f->jenis = asn_strdup(jenis);
	f->kebutuhan = kebutuhan;
	s->slots[slot] = ++s->n;
	s->kebutuhan += kebutuhan;
	return f;
}

/* The status codes of asn-score --seleksi (doc/seleksi.md "Codes"): a
 * ranked candidate is appointed or not; the others stopped at a stage. */
enum { ST_PL, ST_PLO, ST_TL, ST_P, ST_TH, ST_NONE };

static int status_code(const char *s)
{
	static const char *const codes[] = { "P/L", "P/L-O", "TL", "P", "TH" };
	int i;

	for (i = 0; i < ST_NONE && strcasecmp(s, codes[i]) != 0; i++)
		;
	return i;
}

static int seleksi_row(asn_report_data *d, report_input *in, const asn_csv_record *rec)
{
	report_seleksi *s = &d->seleksi;
	report_seleksi_formasi *f;
	report_seleksi_row *r;
	double kebutuhan, rank, nilai;
	const char *status = report_field(rec, in->col[SL_STATUS]);
	char *jenis, *key;
	int nf = in->col[SL_JENIS], st, i;
	size_t slot = 0;

	if (nf < 1)
		return report_reject(in, "no formasi column before kebutuhan");
	for (i = 0; i <= nf; i++)
		if ((size_t)i < rec->nfields && !asn_utf8_valid(rec->fields[i], rec->lengths[i]))
			return report_reject(in, "column '%s': invalid UTF-8 (save the file as CSV UTF-8)",
			              in->table.names[i]);
	if (report_number(in, rec, in->col[SL_KEBUTUHAN], 0, &REPORT_COUNT, &kebutuhan) ||
	    report_number(in, rec, in->col[SL_PERINGKAT], 1, &REPORT_COUNT, &rank) ||
	    report_number(in, rec, in->col[SL_NILAI], 1, &REPORT_COUNT, &nilai))
		return -1;
	if (kebutuhan != floor(kebutuhan))
		return report_reject(in, "kebutuhan '%s': expected a whole number",
		              report_field(rec, in->col[SL_KEBUTUHAN]));
	if (!isnan(rank) && (rank < 1 || rank != floor(rank)))
		return report_reject(in, "peringkat '%s': expected a rank 1, 2, ...",
		              report_field(rec, in->col[SL_PERINGKAT]));
	if (!*report_field(rec, in->col[SL_NO]))
		return report_reject(in, "%s is empty (expected the candidate's number)",
		              in->col[SL_NO] >= 0 ? in->table.names[in->col[SL_NO]] : "no_peserta");
	st = status_code(status);
	if (!isnan(rank) && st > ST_TL)
		return report_reject(in, "status '%s': expected P/L, P/L-O or TL for a ranked candidate",
		              status);
	if (isnan(rank) && (st < ST_TL || st == ST_NONE))
		return report_reject(in, "status '%s': expected P, TL or TH for a candidate without "
		              "a peringkat", status);
	if (!isnan(rank) && isnan(nilai))
		return report_reject(in, "nilai_integrasi is empty (a ranked candidate has one)");

	jenis = report_clean_field(rec, nf);
	key = join_columns(rec, nf, "\n", jenis);
	f = seleksi_find(s, key, &slot);
	if (f && f->kebutuhan != kebutuhan) {
		free(key);
		free(jenis);
		return report_reject(in, "kebutuhan '%s': the formasi's earlier rows say %.0f",
		              report_field(rec, in->col[SL_KEBUTUHAN]), f->kebutuhan);
	}
	if (f)
		free(key);
	else
		f = seleksi_add(s, rec, nf, key, jenis, kebutuhan, slot);
	free(jenis);
	s->rows++;
	if (isnan(rank)) {
		f->others[st == ST_P ? 0 : st == ST_TL ? 1 : 2]++;
		return 0;
	}
	if (f->n == f->cap) {
		f->cap = f->cap ? f->cap * 2 : 16;
		f->rows = asn_realloc(f->rows, f->cap * sizeof *f->rows);
	}
	r = &f->rows[f->n++];
	r->no = join_fields(rec, in->col + SL_NO, 5);
	r->nama = r->no + strlen(r->no) + 1;
	r->status = r->nama + strlen(r->nama) + 1;
	r->penentu = r->status + strlen(r->status) + 1;
	r->keterangan = r->penentu + strlen(r->penentu) + 1;
	r->peringkat = rank;
	r->nilai = nilai;
	s->lulus += st != ST_TL;
	s->optimalisasi += st == ST_PLO;
	return 0;
}

const report_reader report_readers[ASN_REPORT_NKINDS] = {
	[ASN_REPORT_PEGAWAI] = { pegawai_columns, pegawai_row },
	[ASN_REPORT_GAP] = { gap_columns, gap_row },
	[ASN_REPORT_FORECAST] = { forecast_columns, forecast_row },
	[ASN_REPORT_RETIREES] = { retiree_columns, retiree_row },
	[ASN_REPORT_SCORE] = { score_columns, score_row },
	[ASN_REPORT_IKM] = { ikm_columns, ikm_row },
	[ASN_REPORT_SELEKSI] = { seleksi_columns, seleksi_row },
	[ASN_REPORT_RENCANA] = { report_rencana_columns, report_rencana_row },
	[ASN_REPORT_PINDAH] = { report_pindah_columns, report_pindah_row },
	[ASN_REPORT_BIAYA] = { report_biaya_columns, report_biaya_row },
	[ASN_REPORT_REJECTS] = { report_rejects_columns, report_rejects_row },
	[ASN_REPORT_CALON] = { report_calon_columns, report_calon_row },
	[ASN_REPORT_USULAN] = { report_usulan_columns, report_usulan_row },
	[ASN_REPORT_GAPSUB] = { report_gapsub_columns, report_gapsub_row },
	[ASN_REPORT_SKENARIO] = { report_skenario_columns, report_skenario_row },
	[ASN_REPORT_RINCIAN] = { report_rincian_columns, report_rincian_row },
};
