/* asn-forecast: staff supply, demand and hiring need over the coming years
 * (cohort projection with Monte Carlo bands), retirements to prepare, and
 * trend forecasts of a series. */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include <gsl/gsl_errno.h>

#include "cli.h"
#include "cohort.h"
#include "config.h"
#include "csv.h"
#include "date.h"
#include "needs.h"
#include "names.h"
#include "rules.h"
#include "stats.h"
#include "table.h"
#include "text.h"

#define SYNOPSIS "[-hqV] [-c config] [-d delim] [-o output] [--as-of date] [--by keys] " \
	"[--years n] [--needs file] [--demand-growth r] [--exit-rate r | --history file] " \
	"[--hire none|fill | --hires file] [--sims n] [--seed s] [--level l] [--threads n] " \
	"[--list-retirees] [--series [--x col] [--y col] [--method ols|holt] [--params]] " \
	"[file ...]"

enum { YEARS_MAX = 50, SIMS_MAX = 1000000, BY_MAX = 64, THREADS_MAX = 64, THREADS_AUTO = 8 };

typedef struct {
	asn_date date;
	size_t seq;               /* input order, the last tie-break */
	char *nip, *nama, *unit, *jabatan;
} retiree;

/* Exit counts of one history key, summed over the years. */
typedef struct {
	char *key;
	size_t keylen;
	double awal, keluar;
} history_entry;

/* The auxiliary or pegawai input being read. */
typedef struct {
	asn_csv_reader *rd;
	asn_table table;
	asn_csv_record rec;
	const char *name;
} input;

typedef struct {
	asn_config cfg;
	asn_date as_of;
	unsigned char delimiter;
	asn_cohort_options opts;
	asn_cohort *cohort;

	char *by_list;             /* --by, split in place */
	char **by;
	size_t nby;

	const char *needs_path, *history_path, *hires_path;
	double exit_rate, demand_growth;
	int have_exit_rate, have_hire;
	asn_hire_policy hire;
	long sims;
	int threads;                /* --threads; 0: one per processor */
	unsigned long seed;
	double level;

	int list_retirees;
	retiree *retirees;
	size_t nretirees, retirees_cap;

	int series, params, holt;
	const char *x_name, *y_name;

	/* owned here so that an input error can end the program at any point */
	input in;
	int *cols;                 /* key columns of the input */
	char *key;                 /* key being built */
	size_t keycap;
	double *x, *y;             /* the series */
	history_entry *history;
	size_t nhistory;

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
usage(void)
{
	fprintf(stderr, "usage: %s " SYNOPSIS "\n", asn_progname);
	exit(ASN_EXIT_USAGE);
}

static void
help(void)
{
	printf("usage: %s " SYNOPSIS "\n"
	    "\n"
	    "Project staff per group and year: retirements at BUP from tanggal_pensiun,\n"
	    "other exits at a rate, hires by a policy, against the need (kebutuhan);\n"
	    "or list the coming retirements; or forecast a tahun,nilai series.\n"
	    "\n"
	    "  -c, --config FILE      configuration YAML (BUP rules, WKE, rounding)\n"
	    "  -d, --delimiter C      input delimiter (default: detected among , ; tab |)\n"
	    "  -o, --output FILE      write to FILE atomically (default: stdout)\n"
	    "      --as-of DATE       reference date YYYY-MM-DD; the projection starts\n"
	    "                         the day after (default: today, or SOURCE_DATE_EPOCH)\n"
	    "      --by KEYS          group columns, comma-separated (default: unit;\n"
	    "                         empty: one group for all staff)\n"
	    "      --years N          calendar years from the --as-of year (default: 5)\n"
	    "      --needs FILE       formasi (unit,jabatan,kebutuhan) or ABK workload table\n"
	    "      --demand-growth R  kebutuhan grows by R a year (default: 0)\n"
	    "      --exit-rate R      annual rate of other exits (default: 0)\n"
	    "      --history FILE     estimate the exit rate from tahun,keys...,awal,keluar\n"
	    "      --hire POLICY      none (default) or fill: hire the shortfall each year\n"
	    "      --hires FILE       planned intake: tahun,keys...,masuk\n"
	    "      --sims N           Monte Carlo runs for akhir_lo, akhir_hi, p_kurang\n"
	    "      --seed S           random seed (default: 1)\n"
	    "      --level L          interval level (default: 0.90)\n"
	    "      --threads N        simulate groups on N threads (default: one per\n"
	    "                         processor, at most 8); results do not depend on N\n"
	    "      --list-retirees    list nip,nama,unit,jabatan,tanggal_pensiun of the\n"
	    "                         staff retiring within the horizon, by date\n"
	    "      --series           forecast a series instead (columns tahun,nilai)\n"
	    "      --x COL, --y COL   the series columns (default: tahun, nilai)\n"
	    "      --method M         ols (default) or holt\n"
	    "      --params           print the fitted parameters instead of forecasts\n"
	    "  -q, --quiet            no summary or notes\n"
	    "  -h, --help             this help\n"
	    "  -V, --version          version\n"
	    "\n"
	    "Exit status: 0 ok, 1 rows rejected, 2 usage or configuration error,\n"
	    "3 unreadable or malformed input or write failure.\n", asn_progname);
	exit(asn_cli_finish(ASN_EXIT_OK));
}

static void input_error(const char *name, long line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4), noreturn));

static void
input_error(const char *name, long line, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	asn_die(ASN_EXIT_INPUT, "%s:%ld: %s", name, line, msg);
}

/* A whole number in [min, max], the whole field. */
static int
parse_long(const char *s, long min, long max, long *out)
{
	char *end;

	errno = 0;
	*out = strtol(s, &end, 10);
	return *s && !errno && !*end && *out >= min && *out <= max ? 0 : -1;
}

/* A finite decimal number, the whole field, '.' as separator. */
static int
parse_double(const char *s, double *out)
{
	char *end;

	if (!*s || strpbrk(s, " \t\r\nxXpP"))
		return -1;
	errno = 0;
	*out = strtod(s, &end);
	return !errno && !*end && isfinite(*out) ? 0 : -1;
}

/* Column c of the current record as a number, or the program ends. */
static void
number_field(const forecast *fc, int c, double *out)
{
	const char *v = fc->in.rec.fields[c];

	if (parse_double(v, out))
		input_error(fc->in.name, fc->in.rec.line, "%s '%s': not a number%s",
		    fc->in.table.names[c], v, strchr(v, ',') ?
		    " (use '.' as the decimal separator)" : "");
}

/* Shortest form that reads back as the same double. */
static void
write_number(asn_csv_writer *w, double v)
{
	char buf[64];
	int prec;

	if (!isfinite(v)) {
		asn_csv_write_str(w, "");
		return;
	}
	for (prec = 15; prec < 17; prec++) {
		snprintf(buf, sizeof buf, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	if (prec == 17)
		snprintf(buf, sizeof buf, "%.17g", v);
	asn_csv_write_str(w, strcmp(buf, "-0") == 0 ? "0" : buf);
}

static void
write_rounded(asn_csv_writer *w, double v)
{
	char buf[64];

	snprintf(buf, sizeof buf, "%.10g", v);
	asn_csv_write_str(w, strcmp(buf, "-0") == 0 ? "0" : buf);
}

/* Open an input and read its header into fc->in. */
static void
open_input(forecast *fc, const char *path)
{
	input *in = &fc->in;
	char err[1024];

	memset(in, 0, sizeof *in);
	if (!(in->rd = asn_csv_reader_open(path, fc->delimiter)))
		exit(ASN_EXIT_INPUT);
	in->name = asn_csv_reader_name(in->rd);
	if (!fc->delimiter)
		asn_csv_reader_detect_delimiter(in->rd);
	if (asn_table_read_header(&in->table, in->rd, err, sizeof err))
		asn_die(ASN_EXIT_INPUT, "%s", err);
}

/* Next record into fc->in.rec: 1, or 0 at the end; a structure error ends
 * the program. */
static int
next_record(forecast *fc)
{
	int rc = asn_csv_reader_next(fc->in.rd, &fc->in.rec);

	if (rc < 0)
		asn_die(ASN_EXIT_INPUT, "%s", asn_csv_reader_error(fc->in.rd));
	return rc;
}

static void
close_input(forecast *fc)
{
	asn_table_free(&fc->in.table);
	asn_csv_reader_free(fc->in.rd);
	memset(&fc->in, 0, sizeof fc->in);
}

static int
require(const forecast *fc, const char *column, const char *why)
{
	int c = asn_table_find(&fc->in.table, column);

	if (c < 0)
		asn_die(ASN_EXIT_INPUT, "%s:1: missing required column '%s'%s", fc->in.name, column,
		    why);
	return c;
}

/* Room for n key columns in fc->cols. */
static int *
key_columns(forecast *fc, size_t n)
{
	free(fc->cols);
	fc->cols = asn_calloc(n ? n : 1, sizeof *fc->cols);
	return fc->cols;
}

/* Append a value and its NUL to the key in fc->key at len. */
static size_t
key_append(forecast *fc, size_t len, const char *v, size_t vlen)
{
	if (len + vlen + 1 > fc->keycap) {
		fc->keycap = 2 * (len + vlen + 1);
		fc->key = asn_realloc(fc->key, fc->keycap);
	}
	memcpy(fc->key + len, v, vlen);
	fc->key[len + vlen] = '\0';
	return len + vlen + 1;
}

/* Key of the current record: the values of the n columns fc->cols. */
static int
is_name_key(const char *column)
{
	return strcasecmp(column, "unit") == 0 || strcasecmp(column, "jabatan") == 0 ||
	    strcasecmp(column, "subunit") == 0;
}

static size_t
make_key(forecast *fc, size_t n)
{
	const asn_csv_record *rec = &fc->in.rec;
	const char *v;
	size_t i, len = 0, vlen;

	for (i = 0; i < n; i++) {
		v = rec->fields[fc->cols[i]];
		vlen = rec->lengths[fc->cols[i]];
		/* unit, jabatan and subunit matched to NEEDS in their one form */
		if (fc->names && i < fc->nby && is_name_key(fc->by[i]))
			v = asn_names_memo_get(fc->names, v, vlen, &vlen);
		len = key_append(fc, len, v, vlen);
	}
	return len;
}

/* The i-th value of a key. */
static const char *
key_value(const char *key, size_t i)
{
	while (i--)
		key += strlen(key) + 1;
	return key;
}

static void
reject_row(forecast *fc, const char *name, long line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void
reject_row(forecast *fc, const char *name, long line, const char *fmt, ...)
{
	va_list ap;

	fc->nrejected++;
	fprintf(stderr, "%s: %s:%ld: ", asn_progname, name, line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static void
resolve_pegawai(forecast *fc, pegawai_columns *c)
{
	static const char derive[] = " (no tanggal_pensiun either)";
	size_t i;

	c->pensiun = asn_table_find(&fc->in.table, "tanggal_pensiun");
	c->kedudukan = asn_table_find(&fc->in.table, "kedudukan");
	c->lahir = c->jenis_jabatan = c->jabatan = c->nip = c->nama = c->unit = -1;
	if (c->pensiun < 0) {
		c->lahir = require(fc, "tanggal_lahir", derive);
		c->jenis_jabatan = require(fc, "jenis_jabatan", derive);
		c->jabatan = require(fc, "jabatan", derive);
		if (!asn_quiet)
			asn_warn("%s: no tanggal_pensiun column: derived from tanggal_lahir "
			    "by the BUP rules", fc->in.name);
	}
	if (fc->list_retirees) {
		c->nip = require(fc, "nip", "");
		c->nama = require(fc, "nama", "");
		c->unit = require(fc, "unit", "");
		c->jabatan = require(fc, "jabatan", "");
		key_columns(fc, 4);
		fc->cols[0] = c->nip;
		fc->cols[1] = c->nama;
		fc->cols[2] = c->unit;
		fc->cols[3] = c->jabatan;
		return;
	}
	key_columns(fc, fc->nby);
	for (i = 0; i < fc->nby; i++)
		fc->cols[i] = require(fc, fc->by[i], " (--by)");
}

/* tanggal_pensiun of the row, given or by the BUP rules; -1 if invalid. */
static int
retirement_date(forecast *fc, const pegawai_columns *c, asn_date *d)
{
	const asn_csv_record *rec = &fc->in.rec;
	const char *v;
	asn_date birth;

	if (c->pensiun >= 0) {
		v = rec->fields[c->pensiun];
		if (asn_date_parse_iso(v, rec->lengths[c->pensiun], d) == 0)
			return 0;
		reject_row(fc, fc->in.name, rec->line, *v ? "tanggal_pensiun '%s': expected a date "
		    "YYYY-MM-DD" : "tanggal_pensiun%s is empty", v);
		return -1;
	}
	v = rec->fields[c->lahir];
	if (asn_date_parse_iso(v, rec->lengths[c->lahir], &birth) != 0) {
		reject_row(fc, fc->in.name, rec->line, "tanggal_lahir '%s': expected a date YYYY-MM-DD",
		    v);
		return -1;
	}
	/* PP 11/2017 art. 239-240: BUP by position, retirement the month after */
	*d = asn_rules_retirement_date(birth, asn_rules_bup(&fc->cfg,
	    rec->fields[c->jenis_jabatan], rec->fields[c->jabatan]));
	return 0;
}

/* Are the n columns fc->cols of the record UTF-8?  Else the row is rejected. */
static int
valid_utf8_fields(forecast *fc, size_t n)
{
	const asn_csv_record *rec = &fc->in.rec;
	size_t i;
	int c;

	for (i = 0; i < n; i++) {
		c = fc->cols[i];
		if (!asn_utf8_valid(rec->fields[c], rec->lengths[c])) {
			reject_row(fc, fc->in.name, rec->line, "column '%s': invalid UTF-8 "
			    "(save the file as CSV UTF-8)", fc->in.table.names[c]);
			return 0;
		}
	}
	return 1;
}

static void
keep_retiree(forecast *fc, const pegawai_columns *c, asn_date d)
{
	const asn_csv_record *rec = &fc->in.rec;
	retiree *r;

	if (fc->nretirees == fc->retirees_cap) {
		fc->retirees_cap = fc->retirees_cap ? 2 * fc->retirees_cap : 256;
		fc->retirees = asn_realloc(fc->retirees, fc->retirees_cap * sizeof *fc->retirees);
	}
	r = &fc->retirees[fc->nretirees];
	r->date = d;
	r->seq = fc->nretirees++;
	r->nip = asn_strdup(rec->fields[c->nip]);
	r->nama = asn_strdup(rec->fields[c->nama]);
	r->unit = asn_strdup(rec->fields[c->unit]);
	r->jabatan = asn_strdup(rec->fields[c->jabatan]);
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

	open_input(fc, path);
	resolve_pegawai(fc, &c);
	while (next_record(fc)) {
		fc->nread++;
		if (!valid_utf8_fields(fc, fc->list_retirees ? 4 : fc->nby))
			continue;
		if (retirement_date(fc, &c, &d) != 0)
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
				keep_retiree(fc, &c, d);
			continue;
		}
		keylen = make_key(fc, fc->nby);
		g = asn_cohort_group_get(fc->cohort, fc->key, keylen);
		g->retiring[t]++;
	}
	close_input(fc);
}

static int
is_named(const char *a, const char *b)
{
	return strcasecmp(a, b) == 0;
}

static void
read_needs(forecast *fc)
{
	asn_needs needs;
	asn_needs_options opt;
	const asn_needs_entry *e;
	const char *extra[BY_MAX];
	size_t pos[BY_MAX], i, k, len, nextra = 0;
	char err[1024];
	asn_cohort_group *g;
	int rc;

	for (k = 0; k < fc->nby; k++) {
		if (is_named(fc->by[k], "unit"))
			pos[k] = 0;
		else if (is_named(fc->by[k], "jabatan"))
			pos[k] = 1;
		else {
			pos[k] = 2 + nextra;
			extra[nextra++] = fc->by[k];
		}
	}
	asn_needs_options_init(&opt, &fc->cfg);
	opt.delimiter = fc->delimiter;
	opt.extra_keys = extra;
	opt.nextra = nextra;
	rc = asn_needs_read_file(&needs, fc->needs_path, &opt, err, sizeof err);
	if (rc != ASN_NEEDS_OK) {
		asn_needs_free(&needs);
		asn_die(rc == ASN_NEEDS_EKEY ? ASN_EXIT_USAGE : ASN_EXIT_INPUT, "%s%s", err,
		    rc == ASN_NEEDS_EKEY ? " (named by --by)" : "");
	}
	if (needs.nrejected)
		fc->status = ASN_EXIT_REJECTED;
	/* Positions are summed into the groups of --by. */
	for (i = 0; i < needs.nentries; i++) {
		e = &needs.entries[i];
		for (len = 0, k = 0; k < fc->nby; k++)
			len = key_append(fc, len, e->keys[pos[k]], strlen(e->keys[pos[k]]));
		g = asn_cohort_group_get(fc->cohort, fc->key, len);
		g->has_kebutuhan = 1;
		g->kebutuhan += e->kebutuhan;
	}
	asn_needs_free(&needs);
}

static int
by_history_key(const void *a, const void *b)
{
	const history_entry *x = a, *y = b;
	size_t n = x->keylen < y->keylen ? x->keylen : y->keylen;
	int d = memcmp(x->key, y->key, n);

	return d ? d : (x->keylen > y->keylen) - (x->keylen < y->keylen);
}

/* fc->history: the history rows summed per key, sorted by key. */
static void
read_history(forecast *fc, size_t *nkeys, size_t *key_index)
{
	static const char form[] = " (history: tahun,keys...,awal,keluar)";
	const asn_csv_record *rec = &fc->in.rec;
	const char *name;
	history_entry *h;
	size_t i, j, n = 0, cap = 0, keylen;
	int c_tahun, c_awal, c_keluar;
	long tahun, awal, keluar;

	open_input(fc, fc->history_path);
	name = fc->in.name;
	c_tahun = require(fc, "tahun", form);
	c_awal = require(fc, "awal", form);
	c_keluar = require(fc, "keluar", form);
	key_columns(fc, fc->nby);
	for (*nkeys = 0, i = 0; i < fc->nby; i++)
		if ((fc->cols[*nkeys] = asn_table_find(&fc->in.table, fc->by[i])) >= 0)
			key_index[(*nkeys)++] = i;
	while (next_record(fc)) {
		if (parse_long(rec->fields[c_tahun], 1900, 2199, &tahun))
			input_error(name, rec->line, "tahun '%s': expected a year", rec->fields[c_tahun]);
		if (parse_long(rec->fields[c_awal], 0, 100000000, &awal))
			input_error(name, rec->line, "awal '%s': expected a whole number >= 0",
			    rec->fields[c_awal]);
		if (parse_long(rec->fields[c_keluar], 0, awal, &keluar))
			input_error(name, rec->line, "keluar '%s': expected a whole number from 0 "
			    "to awal (%ld)", rec->fields[c_keluar], awal);
		keylen = make_key(fc, *nkeys);
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			fc->history = asn_realloc(fc->history, cap * sizeof *fc->history);
		}
		h = &fc->history[n];
		h->key = asn_malloc(keylen ? keylen : 1);
		memcpy(h->key, fc->key, keylen);
		h->keylen = keylen;
		h->awal = (double)awal;
		h->keluar = (double)keluar;
		fc->nhistory = ++n;
	}
	if (n == 0)
		asn_die(ASN_EXIT_INPUT, "%s: no rows: nothing to estimate an exit rate from", name);
	close_input(fc);
	h = fc->history;
	if (n > 1)
		qsort(h, n, sizeof *h, by_history_key);
	for (i = 0, j = 0; i < n; i++) {
		if (j > 0 && by_history_key(&h[j - 1], &h[i]) == 0) {
			h[j - 1].awal += h[i].awal;
			h[j - 1].keluar += h[i].keluar;
			free(h[i].key);
			continue;
		}
		h[j++] = h[i];
	}
	fc->nhistory = j;
}

/* Exit rate of every group: pooled over its history key's years, or over
 * the whole history for a group the history does not name. */
static void
estimate_rates(forecast *fc)
{
	history_entry *h, probe, *found;
	size_t n, i, k, keyed_count, key_index[BY_MAX], len, missing = 0;
	asn_cohort_group **groups = asn_cohort_sorted(fc->cohort);
	double all_awal = 0, all_keluar = 0, rate, se;
	const char *v;

	read_history(fc, &keyed_count, key_index);
	h = fc->history;
	n = fc->nhistory;
	for (i = 0; i < n; i++) {
		all_awal += h[i].awal;
		all_keluar += h[i].keluar;
	}
	if (all_awal <= 0)
		asn_die(ASN_EXIT_INPUT, "%s: awal is 0 in every row: no exit rate can be estimated",
		    fc->history_path);
	asn_stats_binomial_rate(all_keluar, all_awal, &rate, &se);
	if (!asn_quiet)
		asn_warn("%s: pooled exit rate %.4f (standard error %.4f) over %.0f staff-years",
		    fc->history_path, rate, se, all_awal);
	for (i = 0; i < asn_cohort_ngroups(fc->cohort); i++) {
		for (len = 0, k = 0; k < keyed_count; k++) {
			v = key_value(groups[i]->key, key_index[k]);
			len = key_append(fc, len, v, strlen(v));
		}
		probe.key = fc->key;
		probe.keylen = len;
		found = bsearch(&probe, h, n, sizeof *h, by_history_key);
		if (found && found->awal > 0) {
			groups[i]->exit_rate = found->keluar / found->awal;
			groups[i]->exit_trials = found->awal;
		} else {
			groups[i]->exit_rate = rate;
			groups[i]->exit_trials = all_awal;
			missing++;
		}
	}
	if (missing && keyed_count && !asn_quiet)
		asn_warn("%s: %zu group%s without history: pooled rate used", fc->history_path,
		    missing, missing == 1 ? "" : "s");
}

static void
read_hires(forecast *fc)
{
	static const char form[] = " (hires: tahun,keys...,masuk)";
	const asn_csv_record *rec = &fc->in.rec;
	int c_tahun, c_masuk, last = fc->opts.first_year + fc->opts.years - 1;
	const char *name;
	size_t i, keylen;
	long tahun, masuk;
	asn_cohort_group *g;

	open_input(fc, fc->hires_path);
	name = fc->in.name;
	c_tahun = require(fc, "tahun", form);
	c_masuk = require(fc, "masuk", form);
	key_columns(fc, fc->nby);
	for (i = 0; i < fc->nby; i++)
		fc->cols[i] = require(fc, fc->by[i], " (--by)");
	while (next_record(fc)) {
		if (parse_long(rec->fields[c_tahun], 1900, 2199, &tahun))
			input_error(name, rec->line, "tahun '%s': expected a year", rec->fields[c_tahun]);
		if (parse_long(rec->fields[c_masuk], 0, 10000000, &masuk))
			input_error(name, rec->line, "masuk '%s': expected a whole number >= 0",
			    rec->fields[c_masuk]);
		if (tahun < fc->opts.first_year || tahun > last) {
			if (!asn_quiet)
				asn_warn("%s:%ld: tahun %ld outside the projection %d-%d: not used",
				    name, rec->line, tahun, fc->opts.first_year, last);
			continue;
		}
		keylen = make_key(fc, fc->nby);
		g = asn_cohort_group_get(fc->cohort, fc->key, keylen);
		g->planned[tahun - fc->opts.first_year] += masuk;
	}
	close_input(fc);
}

static void
write_projection_header(forecast *fc)
{
	static const char *const columns[] = {
		"awal", "pensiun", "keluar", "masuk", "akhir", "akhir_lo", "akhir_hi",
		"p_kurang", "kebutuhan", "selisih", "formasi_usulan", NULL
	};
	size_t i;

	asn_csv_write_str(fc->writer, "tahun");
	for (i = 0; i < fc->nby; i++)
		asn_csv_write_str(fc->writer, fc->by[i]);
	for (i = 0; columns[i]; i++)
		asn_csv_write_str(fc->writer, columns[i]);
	asn_csv_end_record(fc->writer);
}

static void
write_projection_row(forecast *fc, const asn_cohort_group *g, const asn_cohort_year *y)
{
	asn_csv_writer *w = fc->writer;
	const char *v = g->key;
	size_t i;

	asn_csv_write_long(w, y->tahun);
	for (i = 0; i < fc->nby; i++) {
		asn_csv_write_str(w, v);
		v += strlen(v) + 1;
	}
	asn_csv_write_long(w, y->awal);
	asn_csv_write_long(w, y->pensiun);
	asn_csv_write_long(w, y->keluar);
	asn_csv_write_long(w, y->masuk);
	asn_csv_write_long(w, y->akhir);
	if (y->simulated) {
		asn_csv_write_long(w, y->akhir_lo);
		asn_csv_write_long(w, y->akhir_hi);
	} else {
		asn_csv_write_str(w, "");
		asn_csv_write_str(w, "");
	}
	if (y->simulated && y->has_kebutuhan)
		asn_csv_write_double(w, y->p_kurang, 4);
	else
		asn_csv_write_str(w, "");
	if (y->has_kebutuhan) {
		asn_csv_write_long(w, y->kebutuhan);
		asn_csv_write_long(w, y->selisih);
		asn_csv_write_long(w, y->formasi_usulan);
	} else {
		asn_csv_write_str(w, "");
		asn_csv_write_str(w, "");
		asn_csv_write_str(w, "");
	}
	asn_csv_end_record(w);
	asn_output_check(fc->out);
}

/* One thread per processor, but a few at most: each holds the end
 * headcount of every run and year of its group. */
static int
simulation_threads(const forecast *fc)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);

	if (fc->threads > 0)
		return fc->threads;
	if (n < 1)
		return 1;
	return n < THREADS_AUTO ? (int)n : THREADS_AUTO;
}

/* As asn-gap: a needed position with no staff that differs from a staffed
 * one without a need only in spelling is told, never a silent shortage. */
static void
near_misses(forecast *fc, asn_cohort_group **groups, size_t n)
{
	asn_names_position *a, *b;
	size_t i, na = 0, nb = 0;

	a = asn_calloc(n + 1, sizeof(*a));
	b = asn_calloc(n + 1, sizeof(*b));
	for (i = 0; i < n; i++) {
		asn_names_position pos = { groups[i]->key, groups[i]->keylen };
		long awal = asn_cohort_awal(fc->cohort, groups[i]);

		if (groups[i]->has_kebutuhan && awal == 0)
			a[na++] = pos;
		else if (!groups[i]->has_kebutuhan && awal > 0)
			b[nb++] = pos;
	}
	asn_names_warn_near_misses((const char *const *)fc->by, a, na, b, nb);
	free(a);
	free(b);
}

static void
project(forecast *fc)
{
	asn_cohort_group **groups;
	size_t i, n;
	int t;

	if (fc->history_path)
		estimate_rates(fc);
	groups = asn_cohort_sorted(fc->cohort);
	n = asn_cohort_ngroups(fc->cohort);
	if (fc->needs_path)
		near_misses(fc, groups, n);
	for (i = 0; i < n; i++) {
		if (fc->have_exit_rate)
			groups[i]->exit_rate = fc->exit_rate;
		asn_cohort_project(&fc->opts, groups[i]);
	}
	if (fc->sims > 0)
		asn_cohort_simulate_all(&fc->opts, groups, n, fc->sims, fc->seed, fc->level,
		    simulation_threads(fc));
	write_projection_header(fc);
	for (t = 0; t < fc->opts.years; t++)
		for (i = 0; i < n; i++)
			write_projection_row(fc, groups[i], &groups[i]->year[t]);
}

static int
by_date(const void *a, const void *b)
{
	const retiree *x = a, *y = b;
	int d = asn_date_cmp(x->date, y->date);

	if (!d)
		d = strcmp(x->nip, y->nip);
	return d ? d : (x->seq > y->seq) - (x->seq < y->seq);
}

static void
list_retirees(forecast *fc)
{
	asn_csv_writer *w = fc->writer;
	char date[11];
	size_t i;

	if (fc->nretirees > 1)
		qsort(fc->retirees, fc->nretirees, sizeof *fc->retirees, by_date);
	asn_csv_write_str(w, "nip");
	asn_csv_write_str(w, "nama");
	asn_csv_write_str(w, "unit");
	asn_csv_write_str(w, "jabatan");
	asn_csv_write_str(w, "tanggal_pensiun");
	asn_csv_end_record(w);
	for (i = 0; i < fc->nretirees; i++) {
		asn_date_format(fc->retirees[i].date, date);
		asn_csv_write_str(w, fc->retirees[i].nip);
		asn_csv_write_str(w, fc->retirees[i].nama);
		asn_csv_write_str(w, fc->retirees[i].unit);
		asn_csv_write_str(w, fc->retirees[i].jabatan);
		asn_csv_write_str(w, date);
		asn_csv_end_record(w);
		asn_output_check(fc->out);
	}
}

/* Read the x and y columns of a series into fc->x and fc->y; every value
 * must be a number.  Returns how many rows. */
static size_t
read_series(forecast *fc, const char *path)
{
	size_t n = 0, cap = 0;
	int cx, cy;

	open_input(fc, path);
	cx = require(fc, fc->x_name, " (--x)");
	cy = require(fc, fc->y_name, " (--y)");
	while (next_record(fc)) {
		if (n == cap) {
			cap = cap ? 2 * cap : 64;
			fc->x = asn_realloc(fc->x, cap * sizeof *fc->x);
			fc->y = asn_realloc(fc->y, cap * sizeof *fc->y);
		}
		number_field(fc, cx, &fc->x[n]);
		number_field(fc, cy, &fc->y[n]);
		n++;
	}
	close_input(fc);
	return n;
}

/* Spacing of x when it increases in equal steps, else 0. */
static double
equal_step(const double *x, size_t n)
{
	double step = x[1] - x[0];
	size_t i;

	if (!(step > 0))
		return 0;
	for (i = 2; i < n; i++)
		if (fabs((x[i] - x[i - 1]) - step) > 1e-9 * fmax(1, fabs(step)))
			return 0;
	return step;
}

static int
by_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The step of the forecasts: Holt takes the rows in order; a regression
 * may have them in any order. */
static double
series_step(const double *x, size_t n, int any_order)
{
	double *sorted, step;

	if (!any_order)
		return equal_step(x, n);
	sorted = asn_malloc(n * sizeof *sorted);
	memcpy(sorted, x, n * sizeof *sorted);
	qsort(sorted, n, sizeof *sorted, by_double);
	step = equal_step(sorted, n);
	free(sorted);
	return step;
}

static void
write_param(asn_csv_writer *w, const char *name, double value, double se)
{
	asn_csv_write_str(w, name);
	write_number(w, value);
	if (isnan(se))
		asn_csv_write_str(w, "");
	else
		write_number(w, se);
	asn_csv_end_record(w);
}

static void
series_error(const char *name, int status, size_t n, const char *method, int min)
{
	if (status == ASN_STATS_ETOOFEW)
		asn_die(ASN_EXIT_INPUT, "%s: too few points: %zu (%s needs at least %d)", name, n,
		    method, min);
	asn_die(ASN_EXIT_INPUT, "%s: %s", name, asn_stats_strerror(status));
}

static void
forecast_series(forecast *fc, const char *path)
{
	asn_csv_writer *w = fc->writer;
	asn_stats_ols ols;
	asn_stats_holt holt;
	double *x, *y, step, xmax, yhat, lo, hi;
	const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
	char label[256];
	size_t n, i;
	int status, h;

	n = read_series(fc, path);
	x = fc->x;
	y = fc->y;
	if (n >= 2 && !fc->holt) {
		for (i = 1; i < n && x[i] == x[0]; i++)
			;
		if (i == n)
			asn_die(ASN_EXIT_INPUT, "%s: %s is %.15g in every row: no trend can be fitted",
			    name, fc->x_name, x[0]);
	}
	if (n >= 2) {
		for (i = 1; i < n && y[i] == y[0]; i++)
			;
		if (i == n)
			asn_die(ASN_EXIT_INPUT, "%s: constant series: %s is %.15g in every row, "
			    "nothing to fit", name, fc->y_name, y[0]);
	}
	step = n >= 2 ? series_step(x, n, !fc->holt) : 0;
	if (fc->holt) {
		if (n >= 2 && step == 0)
			asn_die(ASN_EXIT_INPUT, "%s: holt needs %s increasing in equal steps, row by row",
			    name, fc->x_name);
		if ((status = asn_stats_holt_fit(y, n, &holt)) != ASN_STATS_OK)
			series_error(name, status, n, "holt", 5);
	} else if ((status = asn_stats_ols_fit(x, y, n, &ols)) != ASN_STATS_OK) {
		series_error(name, status, n, "ols", 3);
	}
	if (step == 0)
		step = 1;
	for (xmax = x[0], i = 1; i < n; i++)
		xmax = fmax(xmax, x[i]);

	if (fc->params) {
		asn_csv_write_str(w, "parameter");
		asn_csv_write_str(w, "value");
		asn_csv_write_str(w, "std_error");
		asn_csv_end_record(w);
		if (fc->holt) {
			write_param(w, "alpha", holt.alpha, NAN);
			write_param(w, "beta", holt.beta, NAN);
			write_param(w, "level", holt.level, NAN);
			write_param(w, "trend", holt.trend, NAN);
			write_param(w, "sigma", holt.sigma, NAN);
		} else {
			write_param(w, "intercept", ols.intercept, sqrt(ols.cov00));
			write_param(w, "slope", ols.slope, sqrt(ols.cov11));
			write_param(w, "residual_sd", ols.residual_sd, NAN);
			write_param(w, "r_squared", ols.r_squared, NAN);
		}
		write_param(w, "n", (double)n, NAN);
	} else {
		asn_csv_write_str(w, fc->x_name);
		asn_csv_write_str(w, fc->y_name);
		snprintf(label, sizeof label, "%s_lo", fc->y_name);
		asn_csv_write_str(w, label);
		snprintf(label, sizeof label, "%s_hi", fc->y_name);
		asn_csv_write_str(w, label);
		asn_csv_end_record(w);
		for (h = 1; h <= fc->opts.years; h++) {
			if (fc->holt)
				asn_stats_holt_predict(&holt, h, fc->level, &yhat, &lo, &hi);
			else
				asn_stats_ols_predict(&ols, xmax + h * step, fc->level, &yhat, &lo, &hi);
			write_number(w, xmax + h * step);
			write_rounded(w, yhat);
			write_rounded(w, lo);
			write_rounded(w, hi);
			asn_csv_end_record(w);
		}
	}
	asn_output_check(fc->out);
}

/* Split --by in place; an empty list is one group of everyone. */
static void
parse_by(forecast *fc, const char *arg)
{
	char *p, *comma;
	size_t j;

	free(fc->by_list);
	free(fc->by);
	fc->by_list = asn_strdup(arg);
	fc->by = asn_calloc(strlen(arg) + 1, sizeof *fc->by);
	fc->nby = 0;
	if (!*arg)
		return;
	for (p = fc->by_list; p; p = comma ? comma + 1 : NULL) {
		if ((comma = strchr(p, ',')))
			*comma = '\0';
		if (!*p)
			asn_die(ASN_EXIT_USAGE, "invalid value '%s' for --by: empty column name", arg);
		for (j = 0; j < fc->nby; j++)
			if (is_named(fc->by[j], p))
				asn_die(ASN_EXIT_USAGE, "invalid value '%s' for --by: '%s' twice", arg, p);
		if (fc->nby == BY_MAX)
			asn_die(ASN_EXIT_USAGE, "invalid value '%s' for --by: at most %d columns", arg,
			    BY_MAX);
		fc->by[fc->nby++] = p;
	}
}

static void
check_options(forecast *fc, int seen_cohort_option, const char *method)
{
	if (method) {
		if (strcmp(method, "holt") == 0)
			fc->holt = 1;
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
	if (!fc->series && (fc->params || method || fc->x_name || fc->y_name))
		asn_die(ASN_EXIT_USAGE, "--params, --method, --x and --y need --series");
	if (fc->have_exit_rate && fc->history_path)
		asn_die(ASN_EXIT_USAGE, "--exit-rate and --history exclude each other");
	if (fc->have_hire && fc->hires_path)
		asn_die(ASN_EXIT_USAGE, "--hire and --hires exclude each other");
	if (fc->hire == ASN_HIRE_FILL && !fc->needs_path)
		asn_die(ASN_EXIT_USAGE, "--hire fill needs --needs (the kebutuhan to fill)");
	if (fc->demand_growth != 0 && !fc->needs_path)
		asn_die(ASN_EXIT_USAGE, "--demand-growth needs --needs");
	if (fc->hires_path)
		fc->hire = ASN_HIRE_PLANNED;
	if (!fc->x_name)
		fc->x_name = "tahun";
	if (!fc->y_name)
		fc->y_name = "nilai";
}

static void
free_forecast(forecast *fc)
{
	size_t i;

	for (i = 0; i < fc->nretirees; i++) {
		free(fc->retirees[i].nip);
		free(fc->retirees[i].nama);
		free(fc->retirees[i].unit);
		free(fc->retirees[i].jabatan);
	}
	free(fc->retirees);
	for (i = 0; i < fc->nhistory; i++)
		free(fc->history[i].key);
	free(fc->history);
	free(fc->x);
	free(fc->y);
	free(fc->cols);
	free(fc->key);
	asn_cohort_free(fc->cohort);
	free(fc->by);
	free(fc->by_list);
	asn_names_memo_free(fc->names);
	asn_config_free(&fc->cfg);
}

int
main(int argc, char *argv[])
{
	enum {
		OPT_AS_OF = 256, OPT_BY, OPT_DEMAND_GROWTH, OPT_EXIT_RATE, OPT_HIRE, OPT_HIRES,
		OPT_HISTORY, OPT_LEVEL, OPT_LIST_RETIREES, OPT_METHOD, OPT_NEEDS, OPT_PARAMS,
		OPT_SEED, OPT_SERIES, OPT_SIMS, OPT_THREADS, OPT_X, OPT_Y, OPT_YEARS
	};
	static const struct option longopts[] = {
		{ "as-of", required_argument, NULL, OPT_AS_OF },
		{ "by", required_argument, NULL, OPT_BY },
		{ "config", required_argument, NULL, 'c' },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "demand-growth", required_argument, NULL, OPT_DEMAND_GROWTH },
		{ "exit-rate", required_argument, NULL, OPT_EXIT_RATE },
		{ "help", no_argument, NULL, 'h' },
		{ "hire", required_argument, NULL, OPT_HIRE },
		{ "hires", required_argument, NULL, OPT_HIRES },
		{ "history", required_argument, NULL, OPT_HISTORY },
		{ "level", required_argument, NULL, OPT_LEVEL },
		{ "list-retirees", no_argument, NULL, OPT_LIST_RETIREES },
		{ "method", required_argument, NULL, OPT_METHOD },
		{ "needs", required_argument, NULL, OPT_NEEDS },
		{ "output", required_argument, NULL, 'o' },
		{ "params", no_argument, NULL, OPT_PARAMS },
		{ "quiet", no_argument, NULL, 'q' },
		{ "seed", required_argument, NULL, OPT_SEED },
		{ "series", no_argument, NULL, OPT_SERIES },
		{ "sims", required_argument, NULL, OPT_SIMS },
		{ "threads", required_argument, NULL, OPT_THREADS },
		{ "version", no_argument, NULL, 'V' },
		{ "x", required_argument, NULL, OPT_X },
		{ "y", required_argument, NULL, OPT_Y },
		{ "years", required_argument, NULL, OPT_YEARS },
		{ NULL, 0, NULL, 0 }
	};
	forecast fc;
	const char *config_path = NULL, *as_of = NULL, *output = NULL, *method = NULL;
	char err[1024];
	int ch, i, cohort_option = 0;
	long years = 5;

	asn_cli_init(argv[0]);
	memset(&fc, 0, sizeof fc);
	/* never NULL, so that an empty key (--by '') is a valid memcpy source */
	fc.keycap = 64;
	fc.key = asn_malloc(fc.keycap);
	fc.seed = 1;
	fc.level = 0.90;
	parse_by(&fc, "unit");
	while ((ch = getopt_long(argc, argv, "c:d:ho:qV", longopts, NULL)) != -1) {
		switch (ch) {
		case OPT_AS_OF: as_of = optarg; break;
		case OPT_BY: parse_by(&fc, optarg); cohort_option = 1; break;
		case 'c': config_path = optarg; break;
		case 'd': fc.delimiter = asn_cli_delimiter(optarg, "delimiter"); break;
		case OPT_DEMAND_GROWTH:
			fc.demand_growth = asn_cli_double(optarg, "demand-growth", -0.99, 1);
			cohort_option = 1;
			break;
		case OPT_EXIT_RATE:
			fc.exit_rate = asn_cli_double(optarg, "exit-rate", 0, 1);
			fc.have_exit_rate = cohort_option = 1;
			break;
		case 'h': help(); break;
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
		case OPT_PARAMS: fc.params = 1; break;
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
		case 'V':
			printf("%s %s\n", asn_progname, ASN_VERSION);
			free_forecast(&fc);
			return asn_cli_finish(ASN_EXIT_OK);
		case OPT_X: fc.x_name = optarg; break;
		case OPT_Y: fc.y_name = optarg; break;
		case OPT_YEARS: years = asn_cli_long(optarg, "years", 1, YEARS_MAX); break;
		case '?':
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	check_options(&fc, cohort_option, method);
	if (fc.series && argc > 1)
		asn_die(ASN_EXIT_USAGE, "--series reads one table (got %d files)", argc);
	if (asn_config_load(&fc.cfg, config_path, err, sizeof err))
		asn_die(ASN_EXIT_USAGE, "%s", err);
	if (asn_cli_as_of(as_of, &fc.as_of)) {
		free_forecast(&fc);
		return ASN_EXIT_USAGE;
	}
	asn_cohort_options_init(&fc.opts, fc.as_of, (int)years);
	fc.opts.hire = fc.hire;
	fc.opts.demand_growth = fc.demand_growth;
	gsl_set_error_handler_off();
	fc.cohort = asn_cohort_alloc(&fc.opts);

	if (fc.series) {
		fc.out = asn_output_open(output);
		fc.writer = asn_csv_writer_new(asn_output_file(fc.out));
		forecast_series(&fc, argc ? argv[0] : "-");
	} else {
		fc.names = asn_names_memo_new(fc.cfg.nsingkatan ?
		    (const char *const *)fc.cfg.singkatan : NULL);
		if (fc.needs_path)
			read_needs(&fc);
		if (fc.hires_path)
			read_hires(&fc);
		if (argc == 0)
			read_pegawai(&fc, "-");
		for (i = 0; i < argc; i++)
			read_pegawai(&fc, argv[i]);
		if (fc.nrejected)
			fc.status = ASN_EXIT_REJECTED;
		fc.out = asn_output_open(output);
		fc.writer = asn_csv_writer_new(asn_output_file(fc.out));
		if (fc.list_retirees)
			list_retirees(&fc);
		else
			project(&fc);
	}
	asn_csv_writer_free(fc.writer);
	asn_output_close(fc.out);
	if (fc.away.total) {
		char tally[1024];

		asn_post_tally_format(&fc.away, tally, sizeof tally);
		asn_cli_summary(fc.list_retirees ? "left the service by kedudukan, not listed: %s"
		    : "not in post by kedudukan, not projected: %s", tally);
	}

	if (!fc.series && fc.list_retirees)
		asn_cli_summary("read %llu, listed %zu retiring %d-%d, rejected %llu", fc.nread,
		    fc.nretirees, fc.opts.first_year, fc.opts.first_year + fc.opts.years - 1,
		    fc.nrejected);
	else if (!fc.series)
		asn_cli_summary("read %llu, in post %llu, already retired %llu, rejected %llu",
		    fc.nread, fc.nactive, fc.nretired, fc.nrejected);
	asn_post_tally_free(&fc.away);
	free_forecast(&fc);
	return asn_cli_finish(fc.status);
}
