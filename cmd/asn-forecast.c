/* asn-forecast: staff supply, demand and hiring need over the coming years
 * (cohort projection with Monte Carlo bands), retirements to prepare, and
 * trend forecasts of a series. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gsl/gsl_errno.h>

#include "cli.h"
#include "cohort.h"
#include "cohort_read.h"
#include "config.h"
#include "csv.h"
#include "date.h"
#include "history.h"
#include "input.h"
#include "names.h"
#include "opts.h"
#include "plan.h"
#include "plan_skenario.h"
#include "biaya_plan.h"
#include "retirees.h"
#include "rules.h"
#include "series.h"
#include "stats.h"
#include "table.h"
#include "text.h"
#include "tumbuh.h"

enum { YEARS_MAX = 50, SIMS_MAX = 1000000, BY_MAX = 64, THREADS_MAX = 64 };

typedef struct {
	asn_config cfg;
	asn_date as_of;
	unsigned char delimiter;
	asn_cohort_options opts;
	asn_cohort *cohort;

	char **by;                 /* --by */
	size_t nby;

	const char *needs_path, *history_path, *hires_path;
	double exit_rate;
	const char *demand_growth;   /* --demand-growth (lib/tumbuh) */
	asn_tumbuh tumbuh;
	int have_exit_rate, have_hire;
	asn_hire_policy hire;
	long sims;
	int threads;                /* --threads; 0: one per processor */
	unsigned long seed;
	double level;

	int list_retirees;
	asn_retirees retirees;

	int series;
	asn_series_options series_opt;

	/* --plan (lib/plan, doc/plan.md) */
	int plan, by_given;
	const char *pindah_path, *kuota_path, *prioritas_path, *ikm_path, *usulan_path,
	    *standar_path, *skenario_path;
	long kuota;                 /* --kuota N or ASN_KUOTA_BATAS; -1: none */
	asn_plan_priority priority;
	asn_standar standar;

	/* --biaya (lib/biaya, doc/biaya.md) */
	const char *biaya_path, *gaji_path, *apbd_arg, *rincian_path;
	asn_biaya_rules gaji;
	asn_biaya biaya;
	asn_biaya_cols bcols;

	/* owned here so that an input error can end the program at any point */
	asn_input in;
	asn_group_keys keys;       /* key columns of the input, the key being built */
	asn_history history;

	asn_output *out;
	asn_csv_writer *writer;
	unsigned long long nread, nactive, nretired, nrejected;
	asn_post_tally away;       /* not in post by kedudukan */
	asn_names_memo *names;     /* unit, jabatan, subunit in their one form */
	int status;
} forecast;

/* Columns of a pegawai input. */
typedef struct {
	int pensiun, lahir, jenis_jabatan, jabatan, nip, nama, unit, kedudukan;
} pegawai_columns;

static void
resolve_pegawai(forecast *fc, pegawai_columns *c)
{
	static const char derive[] = " (no tanggal_pensiun either)";

	c->pensiun = asn_table_find(&fc->in.table, "tanggal_pensiun");
	c->kedudukan = asn_table_find(&fc->in.table, "kedudukan");
	c->lahir = c->jenis_jabatan = c->jabatan = c->nip = c->nama = c->unit = -1;
	if (c->pensiun < 0) {
		c->lahir = asn_input_require(&fc->in, "tanggal_lahir", derive);
		c->jenis_jabatan = asn_input_require(&fc->in, "jenis_jabatan", derive);
		c->jabatan = asn_input_require(&fc->in, "jabatan", derive);
		if (!asn_quiet)
			asn_warn("%s: no tanggal_pensiun column: derived from tanggal_lahir "
			    "by the BUP rules", fc->in.name);
	}
	if (fc->list_retirees) {
		c->nip = asn_input_require(&fc->in, "nip", "");
		c->nama = asn_input_require(&fc->in, "nama", "");
		c->unit = asn_input_require(&fc->in, "unit", "");
		c->jabatan = asn_input_require(&fc->in, "jabatan", "");
		asn_group_keys_columns(&fc->keys, 4);
		fc->keys.cols[0] = c->nip;
		fc->keys.cols[1] = c->nama;
		fc->keys.cols[2] = c->unit;
		fc->keys.cols[3] = c->jabatan;
		return;
	}
	asn_group_keys_require(&fc->keys, &fc->in);
}



/* One pass over a pegawai file: each person counted in the bucket of the
 * group and year of retirement; only the retirees are kept for a listing. */
static void
read_pegawai(forecast *fc, const char *path)
{
	pegawai_columns c;
	asn_cohort_group *g;
	size_t keylen;
	int t;
	asn_date d;

	asn_input_open(&fc->in, path, fc->delimiter);
	resolve_pegawai(fc, &c);
	if (fc->biaya_path)
		asn_biaya_columns(&fc->bcols, &fc->in);
	while (asn_input_next(&fc->in)) {
		fc->nread++;
		if (!asn_group_keys_valid_utf8(&fc->keys, &fc->in, fc->list_retirees ? 4 : fc->nby,
		    &fc->nrejected))
			continue;
		if (asn_cohort_read_pensiun(&fc->in, &fc->cfg, c.pensiun, c.lahir, c.jenis_jabatan,
		    c.jabatan, &d, &fc->nrejected) != 0)
			continue;
		t = asn_cohort_year_index(&fc->opts, fc->as_of, d);
		if (t < 0) {
			fc->nretired++;
			continue;
		}
		/* staff on leave, suspended or in MPP are no supply (lib/rules);
		 * the pension list names everyone still in the service */
		if (c.kedudukan >= 0 && (fc->list_retirees
		    ? asn_rules_kedudukan_left(fc->in.rec.fields[c.kedudukan])
		    : !asn_rules_kedudukan_active(&fc->cfg, fc->in.rec.fields[c.kedudukan]))) {
			asn_post_tally_add(&fc->away, fc->in.rec.fields[c.kedudukan]);
			continue;
		}
		fc->nactive++;
		if (fc->list_retirees) {
			if (t < fc->opts.years)
				asn_retirees_add(&fc->retirees, d, fc->in.rec.fields[c.nip],
				    fc->in.rec.fields[c.nama], fc->in.rec.fields[c.unit],
				    fc->in.rec.fields[c.jabatan]);
			continue;
		}
		keylen = asn_group_keys_make(&fc->keys, &fc->in.rec, fc->nby, NULL);
		g = asn_cohort_group_get(fc->cohort, fc->keys.key, keylen);
		g->retiring[t]++;
		if (fc->biaya_path)
			asn_biaya_add_row(&fc->biaya, &fc->bcols, &fc->in, fc->keys.key, keylen, t, d);
	}
	asn_input_close(&fc->in);
}

/* The groups in key order with their exit rates; *n gets their number. */
static asn_cohort_group **
prepare(forecast *fc, size_t *n)
{
	asn_cohort_group **groups;
	size_t i;

	if (fc->history_path)
		asn_cohort_read_history(fc->cohort, &fc->keys, &fc->history, &fc->in,
		    fc->history_path, fc->delimiter);
	groups = asn_cohort_sorted(fc->cohort);
	*n = asn_cohort_ngroups(fc->cohort);
	if (fc->needs_path)
		asn_cohort_warn_near_misses(fc->cohort, groups, *n, (const char *const *)fc->by);
	asn_layanan_staf_warn(fc->keys.layanan);
	for (i = 0; fc->have_exit_rate && i < *n; i++)
		groups[i]->exit_rate = fc->exit_rate;
	return groups;
}

static void
project(forecast *fc)
{
	asn_cohort_group **groups;
	size_t i, n;
	int t;

	groups = prepare(fc, &n);
	for (i = 0; i < n; i++)
		asn_cohort_project(&fc->opts, groups[i]);
	if (fc->sims > 0 && fc->biaya_path)
		asn_biaya_simulation(&fc->biaya, fc->cohort, NULL, fc->sims, fc->level);
	if (fc->sims > 0)
		asn_cohort_simulate_all(&fc->opts, groups, n, fc->sims, fc->seed, fc->level,
		    asn_cohort_threads(fc->threads));
	asn_cohort_write_header(fc->writer, (const char *const *)fc->by, fc->nby);
	for (t = 0; t < fc->opts.years; t++) {
		for (i = 0; i < n; i++)
			asn_cohort_write_year(fc->writer, groups[i], &groups[i]->year[t], fc->nby);
		asn_output_check(fc->out);
	}
	if (fc->biaya_path && asn_biaya_finish(&fc->biaya, fc->cohort, NULL, fc->biaya_path,
	    (const char *const *)fc->by, fc->nby))
		fc->status = ASN_EXIT_REJECTED;
}

/* --skenario: the same start planned under each scenario (lib/plan_skenario). */
static void
run_skenario(forecast *fc, const asn_plan *proto, int years)
{
	asn_skenario_set set;
	unsigned long rejected;
	asn_skenario_run_options o = { fc->pindah_path, &fc->keys, &fc->in, fc->delimiter,
	    fc->sims, fc->seed, fc->level, asn_cohort_threads(fc->threads),
	    fc->biaya_path ? &fc->biaya : NULL };

	/* the scenarios read are compared even when some rows were refused */
	rejected = asn_skenario_read(&set, &fc->in, fc->skenario_path, fc->delimiter);
	if (asn_skenario_run(&set, proto, fc->cohort, years, &o, fc->writer) || rejected)
		fc->status = ASN_EXIT_REJECTED;
	asn_skenario_free(&set);
}

/* The plan: moves first, then year by year the shortfalls ranked and cut
 * at the quota (lib/plan); the plan table, and the submission when asked. */
static void
run_plan(forecast *fc)
{
	asn_plan plan;
	asn_plan_kuota kuota;
	asn_plan_ikm ikm;
	asn_output *out;
	asn_csv_writer *w;
	size_t n;
	long moved;
	int years = fc->opts.years - 1;

	memset(&plan, 0, sizeof plan);
	memset(&ikm, 0, sizeof ikm);
	asn_plan_keys_find(&plan.keys, (const char *const *)fc->by, fc->nby);
	asn_plan_kuota_init(&kuota, fc->opts.first_year, years);
	if (fc->kuota >= 0)
		asn_plan_kuota_total(&kuota, fc->kuota);
	if (fc->kuota_path && asn_plan_kuota_read(&kuota, &fc->in, fc->kuota_path, fc->delimiter))
		fc->status = ASN_EXIT_REJECTED;
	if (fc->ikm_path && asn_plan_ikm_read(&ikm, &fc->in, fc->names, fc->ikm_path,
	    fc->delimiter))
		fc->status = ASN_EXIT_REJECTED;
	(void)prepare(fc, &n);
	plan.priority = &fc->priority;
	plan.ikm = fc->ikm_path ? &ikm : NULL;
	plan.acronyms = fc->cfg.nsingkatan ? (const char *const *)fc->cfg.singkatan : NULL;
	if (fc->skenario_path) {
		run_skenario(fc, &plan, years);
	} else if (fc->pindah_path) {
		if (asn_biaya_pindah_read(fc->biaya_path ? &fc->biaya : NULL, fc->cohort, &fc->keys,
		    &plan.keys, &fc->in, fc->pindah_path, fc->delimiter, &moved))
			fc->status = ASN_EXIT_REJECTED;
		asn_cli_summary("%s: %ld moved before the first year", fc->pindah_path, moved);
	}
	plan.kuota = &kuota;
	if (fc->kuota == ASN_KUOTA_BATAS)
		asn_biaya_kuota_batas(&fc->biaya, fc->cohort, &plan, &kuota, years);
	if (!fc->skenario_path) {
		asn_plan_run(&plan, fc->cohort, years);
		asn_plan_write(&plan, fc->writer, fc->cohort, (const char *const *)fc->by, fc->nby);
	}
	asn_output_check(fc->out);
	if (fc->usulan_path) {
		if (!fc->standar_path)
			asn_cli_summary("%s: kualifikasi_pendidikan empty: no --standar",
			    fc->usulan_path);
		out = asn_output_open(fc->usulan_path);
		w = asn_csv_writer_new(asn_output_file(out));
		asn_plan_write_usulan(&plan, w, fc->cohort, fc->standar_path ? &fc->standar : NULL);
		asn_csv_writer_free(w);
		asn_output_close(out);
	}
	if (fc->sims > 0 && fc->biaya_path && !fc->skenario_path)
		asn_biaya_plan_simulate(&fc->biaya, fc->cohort, &plan, fc->sims, fc->seed, fc->level,
		    asn_cohort_threads(fc->threads));
	if (fc->biaya_path && asn_biaya_finish(&fc->biaya, fc->cohort, fc->skenario_path ? NULL :
	    &plan, fc->biaya_path, (const char *const *)fc->by, fc->nby))
		fc->status = ASN_EXIT_REJECTED;
	asn_plan_free(&plan);
	asn_plan_kuota_free(&kuota);
	asn_plan_ikm_free(&ikm);
}

enum {
	OPT_AS_OF = ASN_OPT_LONG, OPT_BY, OPT_DEMAND_GROWTH, OPT_EXIT_RATE, OPT_HIRE, OPT_HIRES,
	OPT_HISTORY, OPT_LEVEL, OPT_LIST_RETIREES, OPT_METHOD, OPT_NEEDS, OPT_PARAMS, OPT_SEED,
	OPT_SERIES, OPT_SIMS, OPT_THREADS, OPT_X, OPT_Y, OPT_YEARS, OPT_PLAN, OPT_PINDAH,
	OPT_KUOTA, OPT_PRIORITAS, OPT_IKM, OPT_USULAN, OPT_STANDAR, OPT_SKENARIO,
	OPT_BIAYA, OPT_GAJI, OPT_APBD, OPT_RINCIAN
};

static const asn_option options[] = {
	ASN_OPTION_CONFIG(N_("configuration YAML (BUP rules, WKE, rounding)")),
	ASN_OPTION_DELIMITER(N_("input delimiter (default: detected among , ; tab |)")),
	ASN_OPTION_OUTPUT,
	ASN_OPTION_AS_OF(N_("reference date YYYY-MM-DD: the staff in post that day;\n"
	    "its year counts from that day on (default: today,\nor SOURCE_DATE_EPOCH)")),
	{ OPT_BY, "by", "KEYS", N_("group columns, comma-separated (default: unit;\n"
	  "empty: one group for all staff)"), "group columns",
	  "unit unit,jabatan unit,subunit,jabatan jabatan bidang jenis_jabatan golongan" },
	{ OPT_YEARS, "years", "N", N_("calendar years from the --as-of year (default: 5)"),
	  "years to project", NULL },
	{ OPT_NEEDS, "needs", "FILE", N_("formasi (unit,jabatan,kebutuhan) or ABK workload table"),
	  "formasi or ABK table", ASN_OPT_CSV },
	{ OPT_DEMAND_GROWTH, "demand-growth", "SPEC", N_("kebutuhan grows by R a year, or per sector\n"
	  "SEKTOR=R or SEKTOR=FILE (tahun,nilai), comma-separated"), "growth of the need", NULL },
	{ OPT_EXIT_RATE, "exit-rate", "R", N_("annual rate of other exits (default: 0)"),
	  "annual exit rate", NULL },
	{ OPT_HISTORY, "history", "FILE", N_("estimate the exit rate from tahun,keys...,awal,keluar"),
	  "past exits table", ASN_OPT_CSV },
	{ OPT_HIRE, "hire", "POLICY", N_("none (default) or fill: hire the shortfall each year"),
	  "hiring policy", "none fill" },
	{ OPT_HIRES, "hires", "FILE", N_("planned intake: tahun,keys...,masuk"),
	  "planned intake table", ASN_OPT_CSV },
	{ OPT_SIMS, "sims", "N", N_("Monte Carlo runs for akhir_lo, akhir_hi, p_kurang"),
	  "Monte Carlo runs", NULL },
	{ OPT_SEED, "seed", "S", N_("random seed (default: 1)"), "random seed", NULL },
	{ OPT_LEVEL, "level", "L", N_("interval level (default: 0.90)"), "interval level",
	  "0.80 0.90 0.95" },
	{ OPT_THREADS, "threads", "N", N_("simulate groups on N threads (default: one per\n"
	  "processor, at most 8); results do not depend on N"), "simulation threads", NULL },
	{ OPT_LIST_RETIREES, "list-retirees", NULL, N_("list nip,nama,unit,jabatan,tanggal_pensiun "
	  "of the\nstaff retiring within the horizon, by date"),
	  "list the retirements of the horizon", NULL },
	{ OPT_SERIES, "series", NULL, N_("forecast a series instead (columns tahun,nilai)"),
	  "forecast a tahun,nilai series", NULL },
	{ OPT_X, "x", "COL", N_("the x column of the series (default: tahun)"),
	  "x column of the series", NULL },
	{ OPT_Y, "y", "COL", N_("the y column of the series (default: nilai)"),
	  "y column of the series", NULL },
	{ OPT_METHOD, "method", "M", N_("ols (default) or holt"), "series method", "ols holt" },
	{ OPT_PARAMS, "params", NULL, N_("print the fitted parameters instead of forecasts"),
	  "print the fitted parameters", NULL },
	{ OPT_PLAN, "plan", NULL, N_("the five-year plan: shortfalls per year ranked by\n"
	  "priority, cut at the quota, split PNS/PPPK"),
	  "five-year recruitment plan", NULL },
	{ OPT_PINDAH, "pindah", "FILE", N_("moves of a redistribution, applied first"),
	  "redistribution moves table", ASN_OPT_CSV },
	/* xgettext:no-c-format */
	{ OPT_KUOTA, "kuota", "N|FILE", N_("hires a year in all, tahun,sektor,kuota, or batas\n"
	  "(the most that keep the cost under 30 % of --apbd)"),
	  "hiring quota", ASN_OPT_CSV },
	{ OPT_PRIORITAS, "prioritas", "FILE", N_("priority weights, sectors, wajib list (YAML)"),
	  "priority set", ASN_OPT_YAML },
	{ OPT_IKM, "ikm", "FILE", N_("unit,nilai_ikm as asn-score --ikm writes it"),
	  "IKM per unit", ASN_OPT_CSV },
	{ OPT_BIAYA, "biaya", "FILE", N_("also write the personnel cost per year and group\n"
	  "(pay tables PP 5/2024, Perpres 11/2024)"), "cost table to write", ASN_OPT_FILE },
	{ OPT_RINCIAN, "biaya-rincian", "FILE", N_("also write each member's pay per year and\n"
	  "pay-table step (with --biaya)"), "pay list to write", ASN_OPT_FILE },
	{ OPT_GAJI, "gaji", "FILE", N_("pay tables and allowances over the built-in (YAML)"),
	  "pay rules", ASN_OPT_YAML },
	/* xgettext:no-c-format */
	{ OPT_APBD, "apbd", "N|FILE", N_("total spending a year, or tahun,apbd: the 30 % cap"),
	  "APBD per year", ASN_OPT_CSV },
	{ OPT_SKENARIO, "skenario", "FILE", N_("plan each scenario of nama,kuota[,pindah][,exit_rate]\n"
	  "and compare them year by year"), "scenarios table", ASN_OPT_CSV },
	{ OPT_USULAN, "usulan", "FILE", N_("also write the submission table (usulan kebutuhan)"),
	  "submission table to write", ASN_OPT_FILE },
	{ OPT_STANDAR, "standar", "FILE", N_("education standard for kualifikasi_pendidikan"),
	  "education standard", ASN_OPT_YAML },
	ASN_OPTION_QUIET(N_("no summary or notes")),
	ASN_OPTION_HELP,
	ASN_OPTION_VERSION,
	ASN_OPTION_END
};

/* The three modes: a projection (the default), --list-retirees, --series. */
static const asn_program program = {
	"[-hqV] [-c config] [-d delim] [-o output] [--as-of date] [--by keys] "
	"[--years n] [--needs file] [--demand-growth spec] [--exit-rate r | --history file] "
	"[--hire none|fill | --hires file] [--sims n] [--seed s] [--level l] [--threads n] "
	"[--biaya file [--gaji file] [--apbd n|file]] [--biaya-rincian file] [file ...]\n"
	"--list-retirees [-c config] [-d delim] [-o output] [--as-of date] [--years n] "
	"[file ...]\n"
	"--series [-d delim] [-o output] [--x col] [--y col] [--method ols|holt] "
	"[--params] [--years n] [--level l] [file]\n"
	"--plan --needs file [-c config] [-d delim] [-o output] [--as-of date] [--by keys] "
	"[--years n] [--demand-growth spec] [--exit-rate r | --history file] [--pindah file] "
	"[--kuota n|file|batas] [--prioritas file] [--ikm file] [--usulan file [--standar file]] "
	"[--skenario file] [--biaya file [--gaji file] [--apbd n|file]] [--sims n] "
	"[--biaya-rincian file] [file ...]",
	N_("Project staff per group and year: retirements at BUP from tanggal_pensiun,\n"
	"other exits at a rate, hires by a policy, against the need (kebutuhan);\n"
	"or list the coming retirements; or forecast a tahun,nilai series;\n"
	"or plan the hires of each year by priority within a quota."),
	options,
	N_("Exit status: 0 ok, 1 rows rejected, 2 usage or configuration error,\n"
	"3 unreadable or malformed input or write failure."),
	ASN_OPT_CSV
};

/* --plan and its options: a mode of its own. */
static void
check_plan(forecast *fc)
{
	if (!fc->plan) {
		if (fc->pindah_path || fc->kuota_path || fc->kuota != -1 || fc->prioritas_path ||
		    fc->ikm_path || fc->usulan_path || fc->standar_path || fc->skenario_path)
			asn_die(ASN_EXIT_USAGE, "--pindah, --kuota, --prioritas, --ikm, --usulan, "
			    "--standar and --skenario need --plan");
		return;
	}
	if (fc->series || fc->list_retirees || fc->have_hire || fc->hires_path ||
	    ((fc->sims || fc->threads) && !fc->skenario_path && !fc->biaya_path))
		asn_die(ASN_EXIT_USAGE, "--plan decides the hires of each year: it takes none of "
		    "--series, --list-retirees, --hire, --hires, and --sims, --threads only with "
		    "--skenario or --biaya");
	if (fc->skenario_path && (fc->kuota_path || fc->kuota != -1 || fc->usulan_path))
		asn_die(ASN_EXIT_USAGE, "--skenario gives each scenario its quota and writes the "
		    "comparison: it takes no --kuota or --usulan");
	if (!fc->needs_path)
		asn_die(ASN_EXIT_USAGE, "--plan needs --needs (the kebutuhan to plan for)");
	if (fc->standar_path && !fc->usulan_path)
		asn_die(ASN_EXIT_USAGE, "--standar gives the kualifikasi of --usulan: it needs "
		    "--usulan");
	if (!fc->by_given) {
		free(fc->by);
		fc->by = asn_parse_columns("unit,jabatan", "by", 1, BY_MAX, &fc->nby);
	}
	{
		asn_plan_keys pk;

		if (asn_plan_keys_find(&pk, (const char *const *)fc->by, fc->nby) < 0)
			asn_die(ASN_EXIT_USAGE, "--plan groups by unit and jabatan, and subunit when "
			    "given: --by takes only these columns and needs unit and jabatan");
	}
	fc->hire = ASN_HIRE_PLANNED;
}

static void
check_options(forecast *fc, int seen_cohort_option, const char *method)
{
	if (method) {
		if (strcmp(method, "holt") == 0)
			fc->series_opt.holt = 1;
		else if (strcmp(method, "ols") != 0)
			asn_die(ASN_EXIT_USAGE, "invalid value '%s' for --method: expected ols or holt",
			    method);
	}
	if (fc->series && (seen_cohort_option || fc->list_retirees))
		asn_die(ASN_EXIT_USAGE, "--series forecasts a tahun,nilai table: it takes none of "
		    "--by, --needs, --exit-rate, --history, --hire, --hires, --sims, --seed, "
		    "--threads, --demand-growth, --list-retirees");
	if (fc->list_retirees && seen_cohort_option)
		asn_die(ASN_EXIT_USAGE, "--list-retirees lists the retirements of the horizon: it "
		    "takes none of --by, --needs, --exit-rate, --history, --hire, --hires, --sims, "
		    "--seed, --threads, --demand-growth");
	if (!fc->series && (fc->series_opt.params || method || fc->series_opt.x_name ||
	    fc->series_opt.y_name))
		asn_die(ASN_EXIT_USAGE, "--params, --method, --x and --y need --series");
	if (fc->have_exit_rate && fc->history_path)
		asn_die(ASN_EXIT_USAGE, "--exit-rate and --history exclude each other");
	if ((fc->gaji_path || fc->apbd_arg || fc->rincian_path) && !fc->biaya_path)
		asn_die(ASN_EXIT_USAGE, "--gaji, --apbd and --biaya-rincian go with --biaya");
	if (fc->kuota == ASN_KUOTA_BATAS && !fc->apbd_arg)
		asn_die(ASN_EXIT_USAGE, "--kuota batas needs --biaya and --apbd (its 30 %% cap)");
	if (fc->biaya_path && (fc->series || fc->list_retirees))
		asn_die(ASN_EXIT_USAGE, "--biaya costs a projection or a plan: not --series or "
		    "--list-retirees");
	check_plan(fc);
	if (fc->have_hire && fc->hires_path)
		asn_die(ASN_EXIT_USAGE, "--hire and --hires exclude each other");
	if (fc->hire == ASN_HIRE_FILL && !fc->needs_path)
		asn_die(ASN_EXIT_USAGE, "--hire fill needs --needs (the kebutuhan to fill)");
	if (fc->demand_growth && !fc->needs_path)
		asn_die(ASN_EXIT_USAGE, "--demand-growth needs --needs");
	if (fc->hires_path)
		fc->hire = ASN_HIRE_PLANNED;
	if (!fc->series_opt.x_name)
		fc->series_opt.x_name = "tahun";
	if (!fc->series_opt.y_name)
		fc->series_opt.y_name = "nilai";
}

static void
free_forecast(forecast *fc)
{
	asn_retirees_free(&fc->retirees);
	asn_history_free(&fc->history);
	asn_group_keys_free(&fc->keys);
	asn_cohort_free(fc->cohort);
	free(fc->by);
	asn_names_memo_free(fc->names);
	asn_config_free(&fc->cfg);
	asn_plan_priority_free(&fc->priority);
	asn_tumbuh_free(&fc->tumbuh);
	asn_standar_free(&fc->standar);
	asn_biaya_free(&fc->biaya);
	asn_biaya_rules_free(&fc->gaji);
}

int
main(int argc, char *argv[])
{
	forecast fc;
	asn_opts opts;
	asn_series series;
	const char *config_path = NULL, *as_of = NULL, *output = NULL, *method = NULL;
	char err[1024];
	int ch, i, cohort_option = 0;
	long years = 5;

	asn_cli_init(argv[0]);
	memset(&fc, 0, sizeof fc);
	fc.seed = 1;
	fc.level = 0.90;
	fc.kuota = -1;
	asn_plan_priority_init(&fc.priority);
	fc.by = asn_parse_columns("unit", "by", 1, BY_MAX, &fc.nby);
	asn_opts_init(&opts, &program);
	while ((ch = asn_opts_next(&opts, argc, argv)) != -1) {
		switch (ch) {
		case OPT_AS_OF: as_of = optarg; break;
		case OPT_BY:
			free(fc.by);
			fc.by = asn_parse_columns(optarg, "by", 1, BY_MAX, &fc.nby);
			fc.by_given = cohort_option = 1;
			break;
		case 'c': config_path = optarg; break;
		case 'd': fc.delimiter = asn_cli_delimiter(optarg, "delimiter"); break;
		case OPT_DEMAND_GROWTH: fc.demand_growth = optarg; cohort_option = 1; break;
		case OPT_EXIT_RATE:
			fc.exit_rate = asn_cli_double(optarg, "exit-rate", 0, 1);
			fc.have_exit_rate = cohort_option = 1;
			break;
		case OPT_HIRE:
			if (strcmp(optarg, "fill") == 0)
				fc.hire = ASN_HIRE_FILL;
			else if (strcmp(optarg, "none") == 0)
				fc.hire = ASN_HIRE_NONE;
			else
				asn_die(ASN_EXIT_USAGE, "invalid value '%s' for --hire: expected none or fill",
				    optarg);
			fc.have_hire = cohort_option = 1;
			break;
		case OPT_HIRES: fc.hires_path = optarg; cohort_option = 1; break;
		case OPT_HISTORY: fc.history_path = optarg; cohort_option = 1; break;
		case OPT_LEVEL:
			fc.level = asn_cli_double(optarg, "level", 0, 1);
			if (fc.level <= 0 || fc.level >= 1)
				asn_die(ASN_EXIT_USAGE, "invalid value '%s' for --level: expected a number "
				    "between 0 and 1, exclusive", optarg);
			break;
		case OPT_LIST_RETIREES: fc.list_retirees = 1; break;
		case OPT_METHOD: method = optarg; break;
		case OPT_NEEDS: fc.needs_path = optarg; cohort_option = 1; break;
		case 'o': output = optarg; break;
		case OPT_PARAMS: fc.series_opt.params = 1; break;
		case 'q': asn_quiet = 1; break;
		case OPT_SEED:
			fc.seed = (unsigned long)asn_cli_long(optarg, "seed", 0, 4294967295L);
			cohort_option = 1;
			break;
		case OPT_SERIES: fc.series = 1; break;
		case OPT_SIMS:
			fc.sims = asn_cli_long(optarg, "sims", 0, SIMS_MAX);
			cohort_option = 1;
			break;
		case OPT_THREADS:
			fc.threads = (int)asn_cli_long(optarg, "threads", 1, THREADS_MAX);
			cohort_option = 1;
			break;
		case OPT_X: fc.series_opt.x_name = optarg; break;
		case OPT_Y: fc.series_opt.y_name = optarg; break;
		case OPT_YEARS: years = asn_cli_long(optarg, "years", 1, YEARS_MAX); break;
		case OPT_PLAN: fc.plan = 1; break;
		case OPT_PINDAH: fc.pindah_path = optarg; break;
		case OPT_KUOTA: fc.kuota = asn_plan_kuota_option(optarg, &fc.kuota_path); break;
		case OPT_PRIORITAS: fc.prioritas_path = optarg; break;
		case OPT_IKM: fc.ikm_path = optarg; break;
		case OPT_USULAN: fc.usulan_path = optarg; break;
		case OPT_SKENARIO: fc.skenario_path = optarg; break;
		case OPT_BIAYA: fc.biaya_path = optarg; break;
		case OPT_GAJI: fc.gaji_path = optarg; break;
		case OPT_APBD: fc.apbd_arg = optarg; break;
		case OPT_RINCIAN: fc.rincian_path = optarg; break;
		case OPT_STANDAR: fc.standar_path = optarg; break;
		default:
			asn_opts_usage(&program);
		}
	}
	argc -= optind;
	argv += optind;
	const char *aux[] = { fc.needs_path, fc.history_path, fc.hires_path, fc.pindah_path,
	    fc.kuota_path, fc.prioritas_path, fc.ikm_path, fc.standar_path, fc.skenario_path,
	    fc.gaji_path, fc.apbd_arg }, *outputs[] = { output, fc.usulan_path, fc.biaya_path,
	    fc.rincian_path };
	asn_cli_check_outputs(outputs, 4, argv, argc, aux, 11);
	check_options(&fc, cohort_option, method);
	if (fc.series && argc > 1)
		asn_die(ASN_EXIT_USAGE, "--series reads one table (got %d files)", argc);
	if (asn_config_load(&fc.cfg, config_path, err, sizeof err) ||
	    (fc.prioritas_path && asn_plan_priority_load_file(&fc.priority, fc.prioritas_path, err,
	    sizeof err)) ||
	    (fc.standar_path && asn_standar_load_file(&fc.standar, fc.standar_path, err,
	    sizeof err)) ||
	    (fc.biaya_path && asn_biaya_rules_load(&fc.gaji, fc.gaji_path, err, sizeof err)))
		asn_die(ASN_EXIT_USAGE, "%s", err);
	if (asn_cli_as_of(as_of, &fc.as_of)) {
		free_forecast(&fc);
		return ASN_EXIT_USAGE;
	}
	/* the plan projects one year more: the retirements of the year after
	 * the last one planned weigh in that year's pensiun_depan */
	asn_cohort_options_init(&fc.opts, fc.as_of, (int)years + (fc.plan ? 1 : 0));
	fc.opts.hire = fc.hire;
	if (asn_tumbuh_parse(&fc.tumbuh, fc.demand_growth, fc.opts.first_year, fc.opts.years,
	    fc.level, asn_sektor_names, asn_plan_sektor_of, &fc.priority, err, sizeof err))
		asn_die(ASN_EXIT_USAGE, "%s", err);
	gsl_set_error_handler_off();
	fc.cohort = asn_cohort_alloc(&fc.opts);
	asn_biaya_init(&fc.biaya, &fc.gaji, fc.as_of, fc.opts.first_year, (int)years,
	    fc.opts.years + 1);
	if (fc.apbd_arg && asn_biaya_apbd_option(&fc.biaya, fc.apbd_arg, &fc.in, fc.delimiter))
		fc.status = ASN_EXIT_REJECTED;
	if (fc.rincian_path)
		asn_biaya_rincian_open(&fc.biaya, fc.rincian_path, (const char *const *)fc.by, fc.nby);

	if (fc.series) {
		fc.out = asn_output_open(output);
		fc.writer = asn_csv_writer_new(asn_output_file(fc.out));
		fc.series_opt.delimiter = fc.delimiter;
		fc.series_opt.years = (int)years;
		fc.series_opt.level = fc.level;
		asn_series_read(&series, argc ? argv[0] : "-", &fc.series_opt);
		asn_series_forecast(fc.writer, &series, argc && strcmp(argv[0], "-") ? argv[0] :
		    "<stdin>", &fc.series_opt);
		asn_series_free(&series);
	} else {
		fc.names = asn_names_memo_new(fc.cfg.nsingkatan ?
		    (const char *const *)fc.cfg.singkatan : NULL);
		asn_group_keys_init(&fc.keys, (const char *const *)fc.by, fc.nby, fc.names);
		if (fc.needs_path && asn_cohort_read_needs(fc.cohort, &fc.keys, &fc.cfg,
		    fc.needs_path, fc.delimiter, &fc.tumbuh))
			fc.status = ASN_EXIT_REJECTED;
		if (fc.hires_path)
			asn_cohort_read_hires(fc.cohort, &fc.keys, &fc.in, fc.hires_path, fc.delimiter);
		if (argc == 0)
			read_pegawai(&fc, "-");
		for (i = 0; i < argc; i++)
			read_pegawai(&fc, argv[i]);
		if (fc.nrejected)
			fc.status = ASN_EXIT_REJECTED;
		fc.out = asn_output_open(output);
		fc.writer = asn_csv_writer_new(asn_output_file(fc.out));
		if (fc.list_retirees)
			asn_retirees_write(&fc.retirees, fc.writer);
		else if (fc.plan)
			run_plan(&fc);
		else
			project(&fc);
	}
	asn_csv_writer_free(fc.writer);
	asn_output_check(fc.out);
	asn_output_close(fc.out);
	if (fc.away.total) {
		char tally[1024];

		asn_post_tally_format(&fc.away, tally, sizeof tally);
		asn_cli_summary(fc.list_retirees ? "left the service by kedudukan, not listed: %s"
		    : "not in post by kedudukan, not projected: %s", tally);
	}

	if (!fc.series && fc.list_retirees)
		asn_cli_summary("read %llu, listed %zu retiring %d-%d, rejected %llu", fc.nread,
		    fc.retirees.n, fc.opts.first_year, fc.opts.first_year + fc.opts.years - 1,
		    fc.nrejected);
	else if (!fc.series)
		asn_cli_summary("read %llu, in post %llu, already retired %llu, rejected %llu",
		    fc.nread, fc.nactive, fc.nretired, fc.nrejected);
	asn_post_tally_free(&fc.away);
	free_forecast(&fc);
	return asn_cli_finish(fc.status);
}
