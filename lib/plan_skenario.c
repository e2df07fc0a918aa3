/* Scenarios side by side (lib/plan_skenario.h). */
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "plan_skenario.h"
#include "biaya_plan.h"

static void add(asn_skenario_set *set, const asn_skenario *s)
{
	if (set->n == set->cap) {
		set->cap = set->cap ? 2 * set->cap : 8;
		set->s = asn_realloc(set->s, set->cap * sizeof *set->s);
	}
	set->s[set->n++] = *s;
}

/* One row; 0, or -1 after rejecting it. */
static int read_row(asn_skenario_set *set, asn_input *in, const int *col,
                    unsigned long long *rejected)
{
	asn_skenario s = { NULL, ASN_KUOTA_NONE, 0, -1 };
	const char *v;
	char *end;
	size_t i;

	v = asn_input_cell(in, col[0]);
	if (!*v) {
		asn_reject(rejected, in->name, in->rec.line, col[0], "nama is empty");
		return -1;
	}
	for (i = 0; i < set->n; i++)
		if (strcmp(set->s[i].nama, v) == 0) {
			asn_reject(rejected, in->name, in->rec.line, col[0],
			           "nama '%s': given twice", v);
			return -1;
		}
	v = asn_input_cell(in, col[1]);
	if (*v && strcasecmp(v, "isi") != 0) {
		s.kuota = *v >= '0' && *v <= '9' ? strtol(v, &end, 10) : -1;
		if (s.kuota < 0 || *end || s.kuota > 100000000) {
			asn_reject(rejected, in->name, in->rec.line, col[1], "kuota '%s': expected a whole "
			           "number of hires a year, 0 or more, or isi (every shortfall filled)", v);
			return -1;
		}
	}
	v = asn_input_cell(in, col[2]);
	if (*v && strcasecmp(v, "ya") != 0 && strcasecmp(v, "tidak") != 0) {
		asn_reject(rejected, in->name, in->rec.line, col[2], "pindah '%s': expected ya or "
		           "tidak (empty: tidak)", v);
		return -1;
	}
	s.pindah = strcasecmp(v, "ya") == 0;
	v = asn_input_cell(in, col[3]);
	if (*v && (asn_number_parse(v, ASN_NUMBER_COMMA, &s.exit_rate) < 0 || s.exit_rate > 1)) {
		asn_reject(rejected, in->name, in->rec.line, col[3], "exit_rate '%s': expected a "
		           "number from 0 to 1 (empty: the run's)", v);
		return -1;
	}
	s.nama = asn_strdup(asn_input_cell(in, col[0]));
	add(set, &s);
	return 0;
}

unsigned long asn_skenario_read(asn_skenario_set *set, asn_input *in, const char *path,
                                unsigned char delimiter)
{
	static const char form[] = " (scenarios: nama,kuota[,pindah][,exit_rate])";
	unsigned long long rejected = 0;
	int col[4];

	memset(set, 0, sizeof *set);
	asn_input_open(in, path, delimiter);
	col[0] = asn_input_require(in, "nama", form);
	col[1] = asn_input_require(in, "kuota", form);
	col[2] = asn_input_find(in, "pindah");
	col[3] = asn_input_find(in, "exit_rate");
	while (asn_input_next(in))
		read_row(set, in, col, &rejected);
	asn_input_close(in);
	return (unsigned long)rejected;
}

void asn_skenario_free(asn_skenario_set *set)
{
	size_t i;

	for (i = 0; i < set->n; i++)
		free(set->s[i].nama);
	free(set->s);
	memset(set, 0, sizeof *set);
}

/* The start every scenario begins from. */
typedef struct {
	long *retiring;
	double exit_rate, exit_trials;
} start;

typedef struct {
	double awal, pensiun, keluar, masuk, akhir, kebutuhan, kurang, p;
	long posisi, needs;
} totals;

static void write_year(asn_csv_writer *w, const char *nama, int tahun, const totals *t,
                       int simulated, const asn_biaya *b, int year)
{
	double total, batas, cap, lo, hi, p;
	char buf[48];

	asn_csv_write_str(w, nama);
	asn_csv_write_long(w, tahun);
	asn_csv_write_long(w, (long)t->awal);
	asn_csv_write_long(w, (long)t->pensiun);
	asn_csv_write_long(w, (long)t->keluar);
	asn_csv_write_long(w, (long)t->masuk);
	asn_csv_write_long(w, (long)t->akhir);
	asn_csv_write_long(w, (long)t->kebutuhan);
	asn_csv_write_long(w, (long)t->kurang);
	asn_csv_write_long(w, t->posisi);
	if (simulated && t->needs)
		asn_csv_write_double(w, t->p / (double)t->needs, 4);
	else
		asn_csv_write_str(w, "");
	if (b) {
		asn_biaya_year_total(b, year, &total, &batas);
		snprintf(buf, sizeof buf, "%.0f", floor(total + 0.5));
		asn_csv_write_str(w, buf);
		if (b->apbd[year] > 0) {
			snprintf(buf, sizeof buf, "%.2f", 100 * batas / b->apbd[year]);
			asn_csv_write_str(w, buf);
		} else {
			asn_csv_write_str(w, "");
		}
		cap = b->apbd[year] > 0 ? b->apbd[year] * b->rules->batas_persen / 100 : -1;
		if (b->total && asn_cohort_biaya_total_band(b->total, year, b->level, cap, &lo, &hi,
		                                            &p) == 0) {
			snprintf(buf, sizeof buf, "%.0f", lo);
			asn_csv_write_str(w, buf);
			snprintf(buf, sizeof buf, "%.0f", hi);
			asn_csv_write_str(w, buf);
			if (p >= 0)
				asn_csv_write_double(w, p, 4);
			else
				asn_csv_write_str(w, "");
		} else if (simulated) {
			asn_csv_write_str(w, "");
			asn_csv_write_str(w, "");
			asn_csv_write_str(w, "");
		}
	}
	asn_csv_end_record(w);
}

/* Plan one scenario on the groups as they are, and write its years. */
static void plan_one(const asn_skenario *s, const asn_plan *proto, asn_cohort *c, int years,
                     const asn_skenario_run_options *o, asn_csv_writer *w)
{
	const asn_cohort_options *co = asn_cohort_get_options(c);
	asn_cohort_group **g = asn_cohort_sorted(c);
	size_t i, n = asn_cohort_ngroups(c);
	asn_plan_kuota kuota;
	asn_plan plan = *proto;
	int t, quiet = asn_quiet;
	totals tot;

	asn_plan_kuota_init(&kuota, co->first_year, years);
	if (s->kuota != ASN_KUOTA_NONE)
		asn_plan_kuota_total(&kuota, s->kuota);
	plan.kuota = &kuota;
	plan.rows = NULL;
	plan.nrows = NULL;
	plan.usulan = plan.pns = plan.pppk = NULL;
	plan.total_kurang = plan.total_usulan = plan.total_sisa = 0;
	/* the per-year lines of the plan would drown the comparison */
	asn_quiet = 1;
	asn_plan_run(&plan, c, years);
	asn_quiet = quiet;
	asn_plan_project(&plan, c);
	if (o->sims > 0 && o->biaya)
		asn_biaya_simulation(o->biaya, c, &plan, o->sims, o->level);
	if (o->sims > 0)
		asn_cohort_simulate_all(co, g, n, o->sims, o->seed, o->level, o->threads);
	if (o->biaya)
		asn_biaya_apply(o->biaya, c, &plan);
	for (t = 0; t < years; t++) {
		memset(&tot, 0, sizeof tot);
		for (i = 0; i < n; i++) {
			const asn_cohort_year *y = &g[i]->year[t];

			tot.awal += (double)y->awal;
			tot.pensiun += (double)y->pensiun;
			tot.keluar += (double)y->keluar;
			tot.masuk += (double)y->masuk;
			tot.akhir += (double)y->akhir;
			if (!y->has_kebutuhan)
				continue;
			tot.needs++;
			tot.kebutuhan += (double)y->kebutuhan;
			if (y->kebutuhan > y->akhir) {
				tot.kurang += (double)(y->kebutuhan - y->akhir);
				tot.posisi++;
			}
			if (y->simulated)
				tot.p += y->p_kurang;
		}
		write_year(w, s->nama, co->first_year + t, &tot, o->sims > 0, o->biaya, t);
	}
	if (o->biaya)
		asn_biaya_simulation_end(o->biaya, c);
	asn_plan_free(&plan);
	asn_plan_kuota_free(&kuota);
}

unsigned long asn_skenario_run(const asn_skenario_set *set, const asn_plan *proto,
                               asn_cohort *c, int years, const asn_skenario_run_options *o,
                               asn_csv_writer *w)
{
	static const char *const columns[] = {
		"skenario", "tahun", "awal", "pensiun", "keluar", "masuk", "akhir", "kebutuhan",
		"kurang", "posisi_kurang", "p_kurang", NULL
	};
	const asn_cohort_options *co = asn_cohort_get_options(c);
	asn_cohort_group **g = asn_cohort_sorted(c);
	size_t i, k, n = asn_cohort_ngroups(c), len = (size_t)co->years + 1;
	start *s0 = asn_calloc(n ? n : 1, sizeof *s0);
	unsigned long rejected = 0;
	double *snap = NULL;
	size_t nsnap = 0;

	for (i = 0; i < n; i++) {
		s0[i].retiring = asn_malloc(len * sizeof *s0[i].retiring);
		memcpy(s0[i].retiring, g[i]->retiring, len * sizeof *s0[i].retiring);
		s0[i].exit_rate = g[i]->exit_rate;
		s0[i].exit_trials = g[i]->exit_trials;
	}
	for (k = 0; columns[k]; k++)
		asn_csv_write_str(w, columns[k]);
	if (o->biaya) {
		o->biaya->intake = 0;
		asn_csv_write_str(w, "biaya_total");
		asn_csv_write_str(w, "persen_apbd");
		if (o->sims > 0) {
			asn_csv_write_str(w, "biaya_lo");
			asn_csv_write_str(w, "biaya_hi");
			asn_csv_write_str(w, "p_lewat_batas");
		}
		snap = asn_biaya_snapshot(o->biaya, &nsnap);
	}
	asn_csv_end_record(w);
	for (k = 0; k < set->n; k++) {
		const asn_skenario *s = &set->s[k];

		g = asn_cohort_sorted(c);
		for (i = 0; i < n; i++) {
			memcpy(g[i]->retiring, s0[i].retiring, len * sizeof *s0[i].retiring);
			g[i]->exit_rate = s->exit_rate >= 0 ? s->exit_rate : s0[i].exit_rate;
			g[i]->exit_trials = s->exit_rate >= 0 ? 0 : s0[i].exit_trials;
		}
		if (s->pindah && !o->pindah_path)
			asn_die(ASN_EXIT_USAGE, "scenario '%s' moves staff first (pindah ya): give the "
			        "moves with --pindah", s->nama);
		if (snap)
			asn_biaya_restore(o->biaya, snap, nsnap);
		if (s->pindah) {
			long moved;

			rejected += asn_biaya_pindah_read(o->biaya, c, o->keys, &proto->keys, o->in,
			                                  o->pindah_path, o->delimiter, &moved);
		}
		plan_one(s, proto, c, years, o, w);
	}
	/* the staff and their cost as read, for what follows (the --biaya table) */
	g = asn_cohort_sorted(c);
	for (i = 0; i < n; i++) {
		memcpy(g[i]->retiring, s0[i].retiring, len * sizeof *s0[i].retiring);
		g[i]->exit_rate = s0[i].exit_rate;
		g[i]->exit_trials = s0[i].exit_trials;
	}
	if (snap)
		asn_biaya_restore(o->biaya, snap, nsnap);
	free(snap);
	for (i = 0; i < n; i++)
		free(s0[i].retiring);
	free(s0);
	return rejected;
}
