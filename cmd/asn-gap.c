/* asn-gap: staffing need (ABK workload, formasi or WISN) against the staff
 * in post (bezetting), per group of positions. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "abk.h"
#include "cli.h"
#include "config.h"
#include "csv.h"
#include "date.h"
#include "input.h"
#include "keymap.h"
#include "needs.h"
#include "names.h"
#include "opts.h"
#include "redistribusi.h"
#include "rules.h"
#include "table.h"
#include "text.h"

/* --by columns at the most (more make no sense as a key) */
enum { BY_MAX = 64 };

enum { OPT_AS_OF = ASN_OPT_LONG, OPT_PRINT_CONFIG, OPT_BIAYA, OPT_CALON };

static const asn_option options[] = {
	{ 'n', "needs", "FILE", N_("NEEDS table: formasi (unit,jabatan,kebutuhan) or ABK\n"
	  "workload (unit,jabatan,uraian_tugas,volume,\n"
	  "satuan_periode,norma_waktu,satuan_waktu[,cas_persen,\n"
	  "ias_jam]); required; repeat it to take some\n"
	  "positions from an ABK table, the rest from a formasi"),
	  "NEEDS table (formasi or ABK)", ASN_OPT_CSV },
	{ 'b', "by", "KEYS", N_("group by these columns (default: unit,jabatan)"),
	  "group by these columns",
	  "unit,jabatan unit unit,subunit,jabatan jabatan bidang jenis_jabatan golongan" },
	{ 't', "total", NULL, N_("add a subtotal per first key and a grand total"),
	  "subtotals per first key and a grand total", NULL },
	{ 'w', "wke", "HOURS", N_("waktu kerja efektif a year (default: config, 1250)"),
	  "effective working hours a year", "1250" },
	{ 'r', "redistribusi", "FILE", N_("also write the moves that take surplus staff to the\n"
	  "shortages of the same jabatan at the least cost"), "moves CSV", ASN_OPT_CSV },
	{ OPT_BIAYA, "biaya", "FILE", N_("cost of a move: dari,ke,biaya (units or subunits;\n"
	  "- forbids it); default: config redistribusi"), "cost table", ASN_OPT_CSV },
	{ OPT_CALON, "calon", "FILE", N_("also write the staff to move (nip, ...)"),
	  "candidates CSV", ASN_OPT_CSV },
	ASN_OPTION_DELIMITER(N_("input delimiter (default: , for pegawai, detected\nfor NEEDS)")),
	ASN_OPTION_OUTPUT,
	ASN_OPTION_CONFIG(N_("configuration YAML (default: $ASN_CONFIG, ./asn.yaml,\n"
	                  "$XDG_CONFIG_HOME/asn/config.yaml)")),
	ASN_OPTION_AS_OF(N_("count staff active on DATE, YYYY-MM-DD\n"
	                 "(default: today, or SOURCE_DATE_EPOCH)")),
	ASN_OPTION_PRINT_CONFIG(OPT_PRINT_CONFIG),
	ASN_OPTION_QUIET(N_("no summary or warnings")),
	ASN_OPTION_HELP,
	ASN_OPTION_VERSION,
	ASN_OPTION_END
};

static const asn_program program = {
	"[-qt] [-b keys] [-c config] [-d delim] [-o output] [-w hours] [--as-of date] "
	"[--print-config] -n needs.csv [-r moves.csv [--biaya biaya.csv] "
	"[--calon calon.csv]] [file ...]",
	N_("Compare the staffing need of each position (ABK workload, formasi or WISN)\n"
	"with the staff in post (bezetting) counted from the pegawai table."),
	options,
	N_("Output: keys, beban_jam, kebutuhan_hitung, kebutuhan, bezetting, selisih,\n"
	"status, ej, pj (and wisn_ratio with WISN columns).\n"
	"\n"
	"Exit status: 0 all rows good, 1 rows rejected, 2 usage or configuration\n"
	"error, 3 unreadable or malformed input or write failure."),
	ASN_OPT_CSV
};

/* Staff in post and the need of one output group. */
typedef struct {
	const char *key;             /* the --by values, each ended by NUL; set once all are read */
	size_t key_len;
	long bezetting;
	int has_needs, formasi;      /* a need is given; some of it by a formasi */
	double beban_jam, kebutuhan_hitung, kebutuhan;
} group;

/* What one output row adds up: a group, a subtotal or the grand total. */
typedef struct {
	int has_needs, formasi;
	long bezetting;
	double beban_jam, kebutuhan_hitung, kebutuhan;
} sums;

typedef struct {
	asn_config cfg;
	asn_needs *needs;            /* one per --needs */
	const char **needs_paths;
	size_t nneeds;
	int wisn;                    /* some NEEDS file has WISN columns */
	unsigned long noverlap;      /* positions refused: already in an earlier file */
	char **by;                   /* --by column names */
	size_t nby;
	size_t *by_needs;            /* per --by key, its index in a NEEDS entry's keys */
	const char **extra_keys;     /* --by keys besides unit and jabatan */
	size_t nextra;
	char as_of[11];
	unsigned char delimiter;
	int total;

	group *groups;               /* by their index in keys */
	size_t ngroups, groups_cap;
	asn_keymap keys;
	char *key;                   /* the key being built */
	size_t key_cap;

	asn_output *out;
	asn_csv_writer *writer;
	unsigned long long nread, nactive, nretired, nrejected;
	asn_date as_of_date;
	asn_post_tally away;         /* not in post by kedudukan */
	asn_names_memo *names;       /* unit, jabatan, subunit in their one form */
	int *normalise;              /* per --by key: is it such a name */

	const char *pindah_path, *biaya_path, *calon_path;
	int unit_key, subunit_key, jabatan_key;     /* in --by; -1 absent */
	asn_pindah_staf *staf;       /* staff in post, for --calon */
	size_t nstaf, staf_cap;
	int staf_cols[4];            /* nip, nama, tmt_jabatan, tanggal_pensiun */
	asn_layanan_staf *layanan;   /* teachers and health staff by standard jabatan */
} gap;

/* The group of the key in g->key[0..len), added when new. */
static group *group_of(gap *g, size_t len)
{
	int added;
	size_t i = asn_keymap_add(&g->keys, g->key, len, &added);

	if (added) {
		if (g->ngroups == g->groups_cap) {
			g->groups_cap = g->groups_cap ? 2 * g->groups_cap : 256;
			g->groups = asn_realloc(g->groups, g->groups_cap * sizeof(*g->groups));
		}
		memset(&g->groups[i], 0, sizeof(g->groups[i]));
		g->ngroups++;
	}
	return &g->groups[i];
}

/* Append one key value (and its terminating NUL) at g->key + len. */
static size_t key_add(gap *g, size_t len, const char *s, size_t n)
{
	if (g->key_cap - len <= n) {
		while (g->key_cap - len <= n)
			g->key_cap = g->key_cap ? 2 * g->key_cap : 256;
		g->key = asn_realloc(g->key, g->key_cap);
	}
	memcpy(g->key + len, s, n);
	g->key[len + n] = '\0';
	return len + n + 1;
}

static void read_needs_file(gap *g, size_t f)
{
	asn_needs_options opt;
	char err[2048];
	int rc;

	asn_needs_options_init(&opt, &g->cfg);
	opt.delimiter = g->delimiter;
	opt.extra_keys = g->extra_keys;
	opt.nextra = g->nextra;
	rc = asn_needs_read_file(&g->needs[f], g->needs_paths[f], &opt, err, sizeof(err));
	if (rc == ASN_NEEDS_EKEY)
		asn_die(ASN_EXIT_USAGE, "%s (a --by key other than unit and jabatan must be a "
		        "column of the NEEDS table)", err);
	if (rc != ASN_NEEDS_OK)
		asn_die(ASN_EXIT_INPUT, "%s", err);
	g->wisn |= g->needs[f].wisn;
}

static void add_need(void *ctx, const asn_needs *n, const asn_needs_entry *e)
{
	gap *g = ctx;
	group *gr;
	size_t k, len;

	if (asn_needs_covered(n, e, g->layanan))
		return;
	for (k = 0, len = 0; k < g->nby; k++)
		len = key_add(g, len, e->keys[g->by_needs[k]], strlen(e->keys[g->by_needs[k]]));
	gr = group_of(g, len);
	gr->has_needs = 1;
	if (n->form == ASN_NEEDS_ABK)
		gr->beban_jam += e->beban_jam;
	else
		gr->formasi = 1;
	gr->kebutuhan_hitung += e->kebutuhan_hitung;
	gr->kebutuhan += e->kebutuhan;
}

/* With several NEEDS files, a position takes its need from the first file
 * that gives it (asn_needs_merge). */
static void add_needs(gap *g)
{
	g->noverlap = asn_needs_merge(g->needs, g->nneeds, g->nextra, add_need, g);
}

/* One row of the pegawai table: counted as bezetting when in post. */
static void count_row(gap *g, const char *name, const asn_csv_record *rec, const int *cols,
                      int pensiun_col, int kedudukan_col)
{
	const char *pensiun = rec->fields[pensiun_col];
	group *gr;
	size_t k, len;
	int c;

	g->nread++;
	for (k = 0; k < g->nby; k++) {
		c = cols[k];
		if (!asn_utf8_valid(rec->fields[c], rec->lengths[c])) {
			asn_reject(&g->nrejected, name, rec->line, -1, "column '%s': invalid UTF-8 (save "
			           "the file as CSV UTF-8; row not counted)", g->by[k]);
			return;
		}
	}
	switch (asn_rules_in_post(&g->cfg, kedudukan_col >= 0 ? rec->fields[kedudukan_col] : NULL,
	                          pensiun, rec->lengths[pensiun_col], g->as_of_date)) {
	case ASN_POST_INVALID:
		if (!*pensiun)
			asn_reject(&g->nrejected, name, rec->line, -1,
			           "tanggal_pensiun is empty (row not counted)");
		else
			asn_reject(&g->nrejected, name, rec->line, -1,
			           "tanggal_pensiun '%s': expected a date YYYY-MM-DD (row not counted)",
			           pensiun);
		return;
	case ASN_NOT_IN_POST_RETIRED:
		g->nretired++;
		return;
	case ASN_NOT_IN_POST_KEDUDUKAN:
		asn_post_tally_add(&g->away, rec->fields[kedudukan_col]);
		return;
	case ASN_IN_POST:
		break;
	}
	g->nactive++;
	for (k = 0, len = 0; k < g->nby; k++) {
		const char *v;
		size_t n;

		c = cols[k];
		if (rec->lengths[c] == 0 && !asn_quiet)
			asn_warn("%s:%ld: warning: %s is empty: counted under an empty %s",
			         name, rec->line, g->by[k], g->by[k]);
		v = rec->fields[c];
		n = rec->lengths[c];
		if (g->normalise[k])
			v = asn_names_memo_get(g->names, v, n, &n);
		if ((int)k == g->jabatan_key)
			v = asn_layanan_staf_jabatan(g->layanan, rec, v, &n);
		len = key_add(g, len, v, n);
	}
	gr = group_of(g, len);
	gr->bezetting++;
	if (g->calon_path)
		asn_pindah_keep(&g->staf, &g->nstaf, &g->staf_cap, (size_t)(gr - g->groups), rec,
		                g->staf_cols);
}

/* Count the staff of one pegawai table; a table that cannot be read ends
 * the program (status 3). */
static void read_pegawai(gap *g, const char *path)
{
	asn_input in;
	int *cols, pensiun_col, kedudukan_col;
	size_t k;

	asn_input_open(&in, path, g->delimiter ? g->delimiter : ',');
	cols = asn_calloc(g->nby, sizeof(*cols));
	for (k = 0; k < g->nby; k++)
		cols[k] = asn_input_require(&in, g->by[k], " (a --by key)");
	pensiun_col = asn_input_require(&in, "tanggal_pensiun", "");
	kedudukan_col = asn_input_find(&in, "kedudukan");
	asn_layanan_staf_columns(g->layanan, &in.table);
	if (g->calon_path) {
		g->staf_cols[0] = asn_input_require(&in, "nip", " (for --calon)");
		g->staf_cols[1] = asn_input_find(&in, "nama");
		g->staf_cols[2] = asn_input_find(&in, "tmt_jabatan");
		g->staf_cols[3] = pensiun_col;
	}
	while (asn_input_next(&in))
		count_row(g, in.name, &in.rec, cols, pensiun_col, kedudukan_col);
	free(cols);
	asn_input_close(&in);
}
static const char *status_of(const sums *s, double selisih)
{
	if (!s->has_needs)
		return "tanpa_kebutuhan";
	return selisih < 0 ? "kurang" : selisih > 0 ? "lebih" : "sesuai";
}

static void write_number(asn_csv_writer *w, int show, double v, int decimals)
{
	if (show)
		asn_csv_write_double(w, asn_abk_round_decimals(v, decimals), decimals);
	else
		asn_csv_write_str(w, "");
}

static void write_sums(gap *g, const sums *s)
{
	asn_csv_writer *w = g->writer;
	int abk = s->has_needs && !s->formasi;
	int counts = g->cfg.rounding == ASN_ROUND_NONE ? 2 : 0;
	double selisih, ej = NAN;
	char pj[2] = "";

	selisih = asn_abk_round_decimals(s->bezetting - (s->has_needs ? s->kebutuhan : 0), counts);
	if (abk)
		ej = asn_abk_ej(s->beban_jam, s->bezetting, g->cfg.wke_hours);
	pj[0] = asn_abk_pj(ej, &g->cfg);
	write_number(w, abk, s->beban_jam, 2);
	write_number(w, s->has_needs, s->kebutuhan_hitung, 3);
	write_number(w, s->has_needs, s->kebutuhan, counts);
	asn_csv_write_long(w, s->bezetting);
	write_number(w, 1, selisih, counts);
	asn_csv_write_str(w, status_of(s, selisih));
	write_number(w, isfinite(ej), ej, 2);
	asn_csv_write_str(w, pj);
	if (g->wisn) {
		double ratio = asn_wisn_ratio(s->bezetting, s->kebutuhan_hitung);

		write_number(w, abk && isfinite(ratio), ratio, 2);
	}
	asn_csv_end_record(w);
	asn_output_check(g->out);
}

static void sums_add(sums *to, const sums *s)
{
	to->has_needs |= s->has_needs;
	to->formasi |= s->formasi;
	to->bezetting += s->bezetting;
	to->beban_jam += s->beban_jam;
	to->kebutuhan_hitung += s->kebutuhan_hitung;
	to->kebutuhan += s->kebutuhan;
}

static void sums_of(const gap *g, const group *gr, sums *s)
{
	s->has_needs = gr->has_needs;
	s->formasi = gr->formasi;
	s->bezetting = gr->bezetting;
	s->beban_jam = gr->beban_jam;
	s->kebutuhan_hitung = gr->kebutuhan_hitung;
	/* with rounding none the need is shown, and compared, to two decimals */
	s->kebutuhan = g->cfg.rounding == ASN_ROUND_NONE ?
	               asn_abk_round_decimals(gr->kebutuhan, 2) : gr->kebutuhan;
}

static void write_header(gap *g)
{
	static const char *const columns[] = {
		"beban_jam", "kebutuhan_hitung", "kebutuhan", "bezetting", "selisih", "status",
		"ej", "pj", NULL
	};
	size_t k;

	for (k = 0; k < g->nby; k++)
		asn_csv_write_str(g->writer, g->by[k]);
	for (k = 0; columns[k]; k++)
		asn_csv_write_str(g->writer, columns[k]);
	if (g->wisn)
		asn_csv_write_str(g->writer, "wisn_ratio");
	asn_csv_end_record(g->writer);
}

static void write_keys(gap *g, const group *gr)
{
	const char *p = gr->key;
	size_t k, len;

	for (k = 0; k < g->nby; k++) {
		len = strlen(p);
		asn_csv_write_field(g->writer, p, len);
		p += len + 1;
	}
}

/* A total row: the first key (or "Total"), the others "Jumlah" (or empty). */
static void write_total(gap *g, const char *first, size_t first_len, const char *others,
                        const sums *s)
{
	size_t k;

	asn_csv_write_field(g->writer, first, first_len);
	for (k = 1; k < g->nby; k++)
		asn_csv_write_str(g->writer, others);
	write_sums(g, s);
}

typedef struct {
	const char *key;
	size_t len;
	const group *group;
} sort_item;

/* Bytewise on the joined values: the NUL ending each value sorts it before
 * any longer value it begins, so this is key-by-key order. */
static int by_key(const void *a, const void *b)
{
	const sort_item *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->key, y->key, n);

	if (c)
		return c;
	return x->len < y->len ? -1 : x->len > y->len;
}

static void write_groups(gap *g)
{
	sort_item *order;
	const group *gr;
	size_t i;
	const char *first = NULL;
	size_t first_len = 0;
	sums s, sub, all;

	order = asn_calloc(g->ngroups, sizeof(*order));
	for (i = 0; i < g->ngroups; i++) {
		order[i].key = g->groups[i].key;
		order[i].len = g->groups[i].key_len;
		order[i].group = &g->groups[i];
	}
	qsort(order, g->ngroups, sizeof(*order), by_key);
	write_header(g);
	memset(&sub, 0, sizeof(sub));
	memset(&all, 0, sizeof(all));
	for (i = 0; i < g->ngroups; i++) {
		gr = order[i].group;
		if (g->total && g->nby > 1) {
			const char *key = gr->key;
			size_t len = strlen(key);

			if (first && (len != first_len || memcmp(key, first, len) != 0)) {
				write_total(g, first, first_len, "Jumlah", &sub);
				memset(&sub, 0, sizeof(sub));
			}
			first = key;
			first_len = len;
		}
		write_keys(g, gr);
		sums_of(g, gr, &s);
		write_sums(g, &s);
		sums_add(&sub, &s);
		sums_add(&all, &s);
	}
	if (first)
		write_total(g, first, first_len, "Jumlah", &sub);
	if (g->total)
		write_total(g, "Total", 5, "", &all);
	free(order);
}

/* A NEEDS position with no staff whose names differ from a staffed one
 * only in spelling (case, spacing, punctuation, a known abbreviation) is
 * most likely that position: a silent phantom shortage unless told. */
static void near_misses(gap *g)
{
	asn_names_position *a, *b;
	size_t i, n = 0, nb = 0;

	a = asn_calloc(g->ngroups + 1, sizeof *a);
	b = asn_calloc(g->ngroups + 1, sizeof *b);
	for (i = 0; i < g->ngroups; i++) {
		const group *gr = &g->groups[i];
		asn_names_position pos = { gr->key, gr->key_len };

		if (gr->has_needs && gr->bezetting == 0)
			a[n++] = pos;
		else if (!gr->has_needs && gr->bezetting > 0)
			b[nb++] = pos;
	}
	asn_names_warn_near_misses((const char *const *)g->by, a, n, b, nb);
	free(a);
	free(b);
}

/* Value k of a group's key ("" for k < 0). */
static const char *key_value(const group *gr, int k)
{
	const char *p = gr->key;

	if (k < 0)
		return "";
	while (k-- > 0)
		p += strlen(p) + 1;
	return p;
}

/* --redistribusi: the moves (and --calon the staff to move) between the
 * positions of the table. */
static void redistribute(gap *g)
{
	asn_pindah_posisi *p = asn_calloc(g->ngroups ? g->ngroups : 1, sizeof *p);
	asn_pindah_run run = { g->pindah_path, g->biaya_path, g->calon_path,
	                       g->delimiter ? g->delimiter : ',', g->staf, g->nstaf,
	                       g->as_of_date };
	size_t i;

	for (i = 0; i < g->ngroups; i++) {
		const group *gr = &g->groups[i];

		p[i].jabatan = key_value(gr, g->jabatan_key);
		p[i].unit = key_value(gr, g->unit_key);
		p[i].subunit = key_value(gr, g->subunit_key);
		/* whole people: a need in decimals (rounding none) is rounded half up */
		p[i].kebutuhan = (long)floor(gr->kebutuhan + 0.5);
		p[i].has_kebutuhan = gr->has_needs;
		p[i].bezetting = gr->bezetting;
	}
	asn_pindah_run_all(&run, p, g->ngroups, &g->cfg, &g->nrejected);
	free(p);
}

static void gap_free(gap *g)
{
	size_t k;

	free(g->by);
	free(g->by_needs);
	free(g->extra_keys);
	free(g->groups);
	asn_keymap_free(&g->keys);
	free(g->key);
	for (k = 0; g->needs && k < g->nneeds; k++)
		asn_needs_free(&g->needs[k]);
	free(g->needs);
	free(g->needs_paths);
	free(g->normalise);
	asn_names_memo_free(g->names);
	asn_layanan_staf_finish(g->layanan);
	asn_config_free(&g->cfg);
	for (k = 0; k < g->nstaf; k++) {
		free((char *)g->staf[k].nip);
		free((char *)g->staf[k].nama);
	}
	free(g->staf);
}

int main(int argc, char *argv[])
{
	gap g;
	asn_opts opts;
	const char *config_path = NULL, *as_of = NULL, *output = NULL, *wke = NULL, *by = NULL;
	char err[1024];
	asn_date date;
	unsigned long rejected_needs = 0;
	int ch, print_config = 0, status = ASN_EXIT_OK, stdin_users, i;
	size_t k;

	asn_cli_init(argv[0]);
	memset(&g, 0, sizeof(g));
	asn_opts_init(&opts, &program);
	while ((ch = asn_opts_next(&opts, argc, argv)) != -1) {
		switch (ch) {
		case OPT_AS_OF: as_of = optarg; break;
		case 'b': by = optarg; break;
		case 'c': config_path = optarg; break;
		case 'd': g.delimiter = asn_cli_delimiter(optarg, "delimiter"); break;
		case 'n':
			g.needs_paths = asn_realloc(g.needs_paths, (g.nneeds + 1) * sizeof(*g.needs_paths));
			g.needs_paths[g.nneeds++] = optarg;
			break;
		case 'o': output = optarg; break;
		case OPT_PRINT_CONFIG: print_config = 1; break;
		case 'q': asn_quiet = 1; break;
		case 'r': g.pindah_path = optarg; break;
		case OPT_BIAYA: g.biaya_path = optarg; break;
		case OPT_CALON: g.calon_path = optarg; break;
		case 't': g.total = 1; break;
		case 'w': wke = optarg; break;
		default:
			asn_opts_usage(&program);
		}
	}
	argc -= optind;
	argv += optind;
	{
		const char *outputs[] = { output, g.pindah_path, g.calon_path };

		g.needs_paths = asn_realloc(g.needs_paths, (g.nneeds + 1) * sizeof(*g.needs_paths));
		g.needs_paths[g.nneeds] = g.biaya_path;
		asn_cli_check_outputs(outputs, 3, argv, argc, g.needs_paths, g.nneeds + 1);
	}
	g.by = asn_parse_columns(by ? by : "unit,jabatan", "by", 0, BY_MAX, &g.nby);
	g.unit_key = g.subunit_key = g.jabatan_key = -1;
	for (k = 0; k < g.nby; k++) {
		if (strcasecmp(g.by[k], "unit") == 0)
			g.unit_key = (int)k;
		else if (strcasecmp(g.by[k], "subunit") == 0)
			g.subunit_key = (int)k;
		else if (strcasecmp(g.by[k], "jabatan") == 0)
			g.jabatan_key = (int)k;
	}
	if ((g.biaya_path || g.calon_path) && !g.pindah_path)
		asn_die(ASN_EXIT_USAGE, "--%s goes with --redistribusi", g.biaya_path ? "biaya" : "calon");
	if (g.pindah_path && (g.unit_key < 0 || g.jabatan_key < 0))
		asn_die(ASN_EXIT_USAGE, "--redistribusi moves staff between positions of one jabatan: "
		        "--by must hold unit and jabatan (and subunit, where staff move between "
		        "schools or puskesmas)");
	if (asn_config_load(&g.cfg, config_path, err, sizeof(err)))
		asn_die(ASN_EXIT_USAGE, "%s", err);
	if (wke)
		g.cfg.wke_hours = asn_cli_double(wke, "wke", 1, 8784);
	if (print_config) {
		asn_config_print(&g.cfg, stdout);
		gap_free(&g);
		return asn_cli_finish(ASN_EXIT_OK);
	}
	if (!g.nneeds) {
		asn_warn("missing --needs FILE");
		asn_opts_usage(&program);
	}
	for (k = 0, stdin_users = argc == 0; k < g.nneeds; k++)
		stdin_users += strcmp(g.needs_paths[k], "-") == 0;
	for (i = 0; i < argc; i++)
		stdin_users += strcmp(argv[i], "-") == 0;
	if (stdin_users > 1)
		asn_die(ASN_EXIT_USAGE, "standard input can be read only once (--needs - and the pegawai table)");
	if (asn_cli_as_of(as_of, &date)) {
		gap_free(&g);
		return ASN_EXIT_USAGE;
	}
	asn_date_format(date, g.as_of);
	g.as_of_date = date;
	g.by_needs = asn_calloc(g.nby, sizeof(*g.by_needs));
	g.extra_keys = asn_calloc(g.nby, sizeof(*g.extra_keys));
	g.nextra = asn_needs_key_positions((const char *const *)g.by, g.nby, g.by_needs,
	                                   g.extra_keys);
	g.names = asn_names_memo_new(g.cfg.nsingkatan ? (const char *const *)g.cfg.singkatan : NULL);
	g.normalise = asn_calloc(g.nby, sizeof(*g.normalise));
	for (k = 0; k < g.nby; k++)
		g.normalise[k] = strcasecmp(g.by[k], "unit") == 0 || strcasecmp(g.by[k], "jabatan") == 0 ||
		                 strcasecmp(g.by[k], "subunit") == 0;

	g.out = asn_output_open(output);
	g.needs = asn_calloc(g.nneeds, sizeof(*g.needs));
	for (k = 0; k < g.nneeds; k++)
		read_needs_file(&g, k);
	g.layanan = asn_needs_staf(g.needs, g.nneeds, g.cfg.nsingkatan ?
	                           (const char *const *)g.cfg.singkatan : NULL);
	add_needs(&g);
	/* a table that cannot be read ends the program (status 3), and the
	 * temporary output goes with it */
	if (argc == 0)
		read_pegawai(&g, "-");
	for (i = 0; i < argc; i++)
		read_pegawai(&g, argv[i]);
	for (k = 0; k < g.ngroups; k++)
		g.groups[k].key = asn_keymap_key(&g.keys, k, &g.groups[k].key_len);
	near_misses(&g);
	asn_layanan_staf_warn(g.layanan);
	if (g.pindah_path)
		redistribute(&g);
	g.writer = asn_csv_writer_new(asn_output_file(g.out));
	write_groups(&g);
	asn_csv_writer_free(g.writer);
	asn_output_close(g.out);
	for (k = 0; k < g.nneeds; k++) {
		if (g.needs[k].nblank)
			asn_cli_summary("%s: read %lu, positions %zu, rejected %lu, %lu blank lines "
			                "skipped", g.needs[k].name, g.needs[k].nread,
			                g.needs[k].nentries, g.needs[k].nrejected, g.needs[k].nblank);
		else
			asn_cli_summary("%s: read %lu, positions %zu, rejected %lu", g.needs[k].name,
			                g.needs[k].nread, g.needs[k].nentries, g.needs[k].nrejected);
		rejected_needs += g.needs[k].nrejected;
	}
	if (g.away.total) {
		char tally[1024];

		asn_post_tally_format(&g.away, tally, sizeof tally);
		asn_cli_summary("not in post by kedudukan, not counted as bezetting: %s", tally);
	}
	asn_cli_summary("read %llu, active %llu, retired %llu, rejected %llu",
	                g.nread, g.nactive, g.nretired, g.nrejected);
	asn_post_tally_free(&g.away);
	if (g.nrejected || rejected_needs || g.noverlap)
		status = ASN_EXIT_REJECTED;
	gap_free(&g);
	return asn_cli_finish(status);
}
