/* asn-score: talent 9-box, education fit and training hours per employee;
 * IKM per service unit; ranking of selection candidates. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "config.h"
#include "csv.h"
#include "ikm.h"
#include "input.h"
#include "opts.h"
#include "scores.h"
#include "seleksi.h"
#include "talent.h"
#include "text.h"

enum { OPT_AS_OF = ASN_OPT_LONG, OPT_PRINT_CONFIG, OPT_SELEKSI_CONFIG, OPT_PENGUMUMAN };

static const asn_option options[] = {
	{ 'k', "kinerja", "FILE", N_("SKP: nip,tahun and nilai_kinerja, predikat, or\n"
	  "hasil_kerja,perilaku (Permenpan RB 6/2022)"), "SKP table", ASN_OPT_CSV },
	{ 'p', "potensi", "FILE", N_("assessment: nip,nilai_potensi (0-100)"), "assessment table",
	  ASN_OPT_CSV },
	{ 's', "standar", "FILE", N_("YAML: minimum pendidikan and jurusan per jabatan"),
	  "education standard YAML", ASN_OPT_YAML },
	{ 't', "pelatihan", "FILE", N_("training: nip,tahun,jp"), "training table", ASN_OPT_CSV },
	{ 'y', "tahun", "YEAR", N_("use SKP and training rows of YEAR only\n"
	  "(default: the latest SKP year of each NIP, the\nlatest training year of the file)"),
	  "year of the SKP and training rows", NULL },
	{ 'i', "ikm", "FILE", N_("survey unit,u1..u9 (answers 1-4): IKM per unit"),
	  "IKM survey table", ASN_OPT_CSV },
	{ 'S', "seleksi", "FILE", N_("candidates: pass marks, the cut to SKB, nilai akhir,\n"
	  "rank and lulus per formasi (CASN rules)"), "candidates table", ASN_OPT_CSV },
	{ 'f', "formasi", "FILE", N_("places per formasi (kebutuhan) for --seleksi"),
	  "formasi table", ASN_OPT_CSV },
	{ OPT_SELEKSI_CONFIG, "seleksi-config", "RULES",
	  N_("cpns (default), pppk, or a YAML file of rules"), "selection rules",
	  ASN_OPT_YAML },
	{ OPT_PENGUMUMAN, "pengumuman", "FILE", N_("also write the announcement: per formasi,\n"
	  "the ranked list with status and why"), "announcement CSV", ASN_OPT_CSV },
	ASN_OPTION_DELIMITER(N_("input delimiter (default: ,)")),
	ASN_OPTION_OUTPUT,
	ASN_OPTION_CONFIG(N_("configuration YAML (default: $ASN_CONFIG, ./asn.yaml,\n"
	                  "$XDG_CONFIG_HOME/asn/config.yaml)")),
	ASN_OPTION_AS_OF(N_("reference date YYYY-MM-DD: tahun must lie in the 64\n"
	                 "years up to its year\n(default: today, or SOURCE_DATE_EPOCH)")),
	ASN_OPTION_PRINT_CONFIG(OPT_PRINT_CONFIG),
	ASN_OPTION_QUIET(N_("no summary or warnings")),
	ASN_OPTION_HELP,
	ASN_OPTION_VERSION,
	ASN_OPTION_END
};

/* The three modes, one usage form each: talent, IKM, selection. */
static const asn_program program = {
	"[-q] [-c config] [-d delim] [-o output] [-k skp.csv] [-p potensi.csv] "
	"[-s standar.yaml] [-t pelatihan.csv] [-y tahun] [--as-of date] [--print-config] "
	"[pegawai.csv]\n"
	"[-q] [-c config] [-d delim] [-o output] -i survey.csv\n"
	"[-q] [-d delim] [-o output] -S kandidat.csv -f formasi.csv "
	"[--seleksi-config cpns|pppk|rules.yaml] [--pengumuman file]",
	N_("Per employee: kinerja and potensi levels, 9-box (kotak) and rekomendasi\n"
	"(Permenpan RB 3/2020), education fit, training hours.  Per unit: the IKM\n"
	"(Permenpan RB 14/2017).  Selection: the CASN rules (PermenPANRB 27/2021,\n"
	"6/2024): pass marks, the SKB cut, 40/60 integration, ties, optimalisasi."),
	options,
	N_("Exit status: 0 all rows good, 1 rows rejected, 2 usage or configuration\n"
	"error, 3 unreadable or malformed input or write failure."),
	ASN_OPT_CSV
};

/* Columns added to the pegawai table, in order. */
static const char *const added_columns[] = {
	"nilai_kinerja", "nilai_potensi", "level_kinerja", "level_potensi", "kotak",
	"rekomendasi", "kesesuaian_pendidikan", "jp_pelatihan", "kurang_jp", NULL
};

/* The three jobs; the options choose one (main). */
typedef enum { MODE_TALENT, MODE_IKM, MODE_SELEKSI } mode;

typedef struct {
	asn_config cfg;
	asn_date as_of;
	unsigned char delimiter;    /* -d; 0: ',' */
	long tahun;                 /* --tahun, 0 for the latest */
	const char *paths[ASN_SCORES_FILES];
	const char *standar_path;
	asn_standar standar;
	asn_scores scores;          /* the score files, per NIP */
	unsigned long long rejected;    /* rejected rows, of every input */
	int *keep;                  /* pegawai input column written (not replaced) */
} scorer;

static int is_stdin(const char *path)
{
	return !path || strcmp(path, "-") == 0;
}

/* Every input is ','-delimited unless -d says otherwise: none is guessed. */
static void open_input(const scorer *sc, asn_input *in, const char *path)
{
	asn_input_open(in, path, sc->delimiter ? sc->delimiter : ',');
}

/* Up to two decimals, trailing zeros dropped. */
static void write_number(asn_csv_writer *w, double v)
{
	char buf[64];
	long long c = llround(v * 100);
	int n;

	if (c % 100 == 0)
		n = snprintf(buf, sizeof buf, "%lld", c / 100);
	else if (c % 10 == 0)
		n = snprintf(buf, sizeof buf, "%lld.%lld", c / 100, (c % 100) / 10);
	else
		n = snprintf(buf, sizeof buf, "%lld.%02lld", c / 100, c % 100);
	asn_csv_write_field(w, buf, (size_t)n);
}

static void write_centi(asn_csv_writer *w, long c)
{
	char buf[32];
	int n = snprintf(buf, sizeof buf, "%ld.%02ld", c / 100, c % 100);

	asn_csv_write_field(w, buf, (size_t)n);
}

/* Each score file given, into one record per NIP. */
static void load_scores(scorer *sc)
{
	asn_input in;
	int f;

	asn_scores_init(&sc->scores, &sc->cfg, sc->as_of.year, sc->tahun);
	for (f = 0; f < ASN_SCORES_FILES; f++) {
		if (!sc->paths[f])
			continue;
		open_input(sc, &in, sc->paths[f]);
		asn_scores_begin(&sc->scores, f, &in);
		while (asn_input_next(&in) > 0)
			asn_scores_row(&sc->scores, &in, &sc->rejected);
		asn_scores_end(&sc->scores);
		asn_input_close(&in);
	}
}

typedef struct {
	int nip, jabatan, pendidikan, jurusan;
} pegawai_columns;

static int is_added(const char *name)
{
	int i;

	for (i = 0; added_columns[i]; i++)
		if (strcasecmp(name, added_columns[i]) == 0)
			return 1;
	return 0;
}

static void write_pegawai_header(asn_csv_writer *w, const asn_input *in, int *keep, int pelatihan)
{
	size_t i;
	int k, last = pelatihan ? 9 : 7;

	for (i = 0; i < in->table.ncols; i++) {
		keep[i] = !is_added(in->table.names[i]);
		if (keep[i])
			asn_csv_write_str(w, in->table.names[i]);
		else if (!asn_quiet)
			asn_warn("%s:1: column '%s' is computed again and replaced", in->name,
			         in->table.names[i]);
	}
	for (k = 0; k < last; k++)
		asn_csv_write_str(w, added_columns[k]);
	asn_csv_end_record(w);
}

typedef struct {
	unsigned long long read, kinerja, potensi, none;
} pegawai_counts;

static void write_number_or_empty(asn_csv_writer *w, int known, double v)
{
	if (known)
		write_number(w, v);
	else
		asn_csv_write_str(w, "");
}

/* The row as read (but the replaced columns), then its talent columns. */
static void write_pegawai_row(scorer *sc, asn_csv_writer *w, const asn_input *in,
                              const pegawai_columns *c, pegawai_counts *n)
{
	const asn_csv_record *rec = &in->rec;
	asn_score score;
	asn_level lk, lp;
	size_t i;
	int box;

	asn_scores_match(&sc->scores, asn_input_cell(in, c->nip), &score);
	lk = asn_talent_level_kinerja(&sc->cfg, score.kinerja);
	lp = asn_talent_level_potensi(&sc->cfg, score.potensi);
	box = score.has_kinerja && score.has_potensi ? asn_talent_box(lk, lp) : 0;
	n->kinerja += score.has_kinerja != 0;
	n->potensi += score.has_potensi != 0;
	n->none += !score.has_kinerja && !score.has_potensi;
	for (i = 0; i < rec->nfields; i++)
		if (sc->keep[i])
			asn_csv_write_field(w, rec->fields[i], rec->lengths[i]);
	write_number_or_empty(w, score.has_kinerja, score.kinerja);
	write_number_or_empty(w, score.has_potensi, score.potensi);
	asn_csv_write_str(w, score.has_kinerja ? asn_level_names[lk] : "");
	asn_csv_write_str(w, score.has_potensi ? asn_level_names[lp] : "");
	if (box)
		asn_csv_write_long(w, box);
	else
		asn_csv_write_str(w, "");
	asn_csv_write_str(w, asn_talent_recommendation(box));
	if (sc->standar_path)
		asn_csv_write_str(w, asn_fit_names[asn_standar_fit(&sc->standar,
		                  asn_input_cell(in, c->jabatan), asn_input_cell(in, c->pendidikan),
		                  c->jurusan >= 0 ? asn_input_cell(in, c->jurusan) : NULL)]);
	else
		asn_csv_write_str(w, "");
	if (sc->paths[ASN_SCORES_PELATIHAN]) {
		write_number(w, score.jp);
		write_number(w, score.jp < sc->cfg.jp_minimum ? sc->cfg.jp_minimum - score.jp : 0);
	}
	asn_csv_end_record(w);
}

/* Score rows whose NIP is not in the pegawai table: one warning each, in
 * file order; rows[] gets their number in each file. */
static void report_unmatched(const scorer *sc, long rows[ASN_SCORES_FILES])
{
	asn_scores_unmatched *list;
	size_t i, n;
	int f;

	for (f = 0; f < ASN_SCORES_FILES; f++) {
		list = asn_scores_unmatched_list(&sc->scores, f, &n, &rows[f]);
		for (i = 0; i < n && !asn_quiet; i++)
			asn_warn("%s:%ld: nip '%018llu' is not in the pegawai table",
			         is_stdin(sc->paths[f]) ? "<stdin>" : sc->paths[f], list[i].line,
			         (unsigned long long)list[i].nip);
		free(list);
	}
}

static void summary_talent(const scorer *sc, const pegawai_counts *n)
{
	char buf[1024];
	long rows[ASN_SCORES_FILES], year;
	size_t len;
	int f, parts = 0;

	report_unmatched(sc, rows);
	len = asn_cli_format(buf, sizeof buf, "read %llu, wrote %llu; kinerja for %llu, potensi "
	                     "for %llu, no score for %llu", n->read, n->read, n->kinerja,
	                     n->potensi, n->none);
	year = sc->tahun ? sc->tahun : sc->scores.jp_tahun;
	if (sc->paths[ASN_SCORES_PELATIHAN] && year && len < sizeof buf)
		len += asn_cli_format(buf + len, sizeof buf - len, ", jp_pelatihan of tahun %ld",
		                      year);
	for (f = 0; f < ASN_SCORES_FILES && len < sizeof buf; f++) {
		if (!rows[f])
			continue;
		len += asn_cli_format(buf + len, sizeof buf - len, "%s%ld %s row%s",
		                      parts++ ? ", " : "; ", rows[f], asn_scores_labels[f],
		                      rows[f] == 1 ? "" : "s");
	}
	if (parts && len < sizeof buf)
		len += (size_t)snprintf(buf + len, sizeof buf - len, "%s",
		                        _(" for NIPs not in the table"));
	if (sc->scores.skipped && len < sizeof buf)
		len += asn_cli_format(buf + len, sizeof buf - len, "; %llu row%s of other years skipped",
		                      sc->scores.skipped, sc->scores.skipped == 1 ? "" : "s");
	if (sc->rejected && len < sizeof buf)
		asn_cli_format(buf + len, sizeof buf - len, "; rejected %llu score row%s",
		               sc->rejected, sc->rejected == 1 ? "" : "s");
	/* made and translated in parts: printed as they are */
	asn_cli_summary("%s", buf);
}

/* A pegawai row is never dropped: bytes that are not UTF-8 are written
 * unchanged, with a warning naming the first such column. */
static void warn_invalid_utf8(const asn_input *in)
{
	const asn_csv_record *rec = &in->rec;
	size_t i;

	if (asn_quiet)
		return;
	for (i = 0; i < rec->nfields; i++)
		if (!asn_utf8_valid(rec->fields[i], rec->lengths[i])) {
			asn_warn("%s:%ld: warning: column '%s': invalid UTF-8, written unchanged "
			         "(save the file as CSV UTF-8)", in->name, rec->line, in->table.names[i]);
			return;
		}
}

/* The pegawai table with the talent columns added, row for row. */
static int run_talent(scorer *sc, const char *path, const char *output)
{
	asn_input in;
	pegawai_columns c;
	pegawai_counts n = { 0, 0, 0, 0 };
	asn_output *out;
	asn_csv_writer *w;
	char err[1024];

	if (sc->standar_path && asn_standar_load_file(&sc->standar, sc->standar_path, err, sizeof err))
		asn_die(ASN_EXIT_USAGE, "%s", err);
	load_scores(sc);
	open_input(sc, &in, path);
	c.nip = asn_input_require(&in, "nip", "");
	c.jabatan = asn_input_find(&in, "jabatan");
	c.pendidikan = asn_input_find(&in, "pendidikan");
	c.jurusan = asn_input_find(&in, "jurusan");
	if (sc->standar_path) {
		c.jabatan = asn_input_require(&in, "jabatan", "");
		c.pendidikan = asn_input_require(&in, "pendidikan", "");
	}
	sc->keep = asn_calloc(in.table.ncols, sizeof *sc->keep);
	out = asn_output_open(output);
	w = asn_csv_writer_new(asn_output_file(out));
	write_pegawai_header(w, &in, sc->keep, sc->paths[ASN_SCORES_PELATIHAN] != NULL);
	while (asn_input_next(&in) > 0) {
		n.read++;
		warn_invalid_utf8(&in);
		write_pegawai_row(sc, w, &in, &c, &n);
		asn_output_check(out);
	}
	asn_csv_writer_free(w);
	asn_output_close(out);
	summary_talent(sc, &n);
	asn_scores_free(&sc->scores);
	asn_standar_free(&sc->standar);
	free(sc->keep);
	asn_input_close(&in);
	return sc->rejected ? ASN_EXIT_REJECTED : ASN_EXIT_OK;
}

static void write_ikm(const scorer *sc, asn_csv_writer *w, const asn_ikm_unit *u)
{
	asn_ikm_result r;
	int i;

	asn_ikm_compute(&u->sums, &sc->cfg, &r);
	asn_csv_write_str(w, u->unit);
	asn_csv_write_long(w, (long)u->sums.responden);
	for (i = 0; i < ASN_IKM_UNSUR; i++)
		if (r.mean_centi[i] < 0)
			asn_csv_write_str(w, "");
		else
			write_centi(w, r.mean_centi[i]);
	write_centi(w, r.ikm_centi);
	asn_csv_write_field(w, &r.mutu, r.mutu ? 1 : 0);
	asn_csv_write_str(w, r.kinerja);
	asn_csv_write_str(w, asn_ikm_unsur_codes[r.unsur_terendah]);
	asn_csv_end_record(w);
}

/* Per unit, in byte order of the unit name. */
static int run_ikm(scorer *sc, const char *path, const char *output)
{
	asn_input in;
	asn_ikm_units t;
	unsigned long long nread = 0;
	asn_output *out;
	asn_csv_writer *w;
	size_t k;
	int i;

	open_input(sc, &in, path);
	asn_ikm_units_begin(&t, &in);
	while (asn_input_next(&in) > 0) {
		nread++;
		asn_ikm_units_row(&t, &in, &sc->rejected);
	}
	asn_input_close(&in);
	asn_ikm_units_sort(&t);

	out = asn_output_open(output);
	w = asn_csv_writer_new(asn_output_file(out));
	asn_csv_write_str(w, "unit");
	asn_csv_write_str(w, "responden");
	for (i = 0; i < ASN_IKM_UNSUR; i++)
		asn_csv_write_str(w, asn_ikm_unsur_codes[i]);
	asn_csv_write_str(w, "nilai_ikm");
	asn_csv_write_str(w, "mutu");
	asn_csv_write_str(w, "kinerja_unit");
	asn_csv_write_str(w, "unsur_terendah");
	asn_csv_end_record(w);
	for (k = 0; k < t.n; k++) {
		write_ikm(sc, w, &t.units[k]);
		asn_output_check(out);
	}
	asn_csv_writer_free(w);
	asn_output_close(out);
	if (t.blank)
		asn_cli_summary("blank answers %llu: each element's mean is over the answers it got",
		                t.blank);
	asn_cli_summary("read %llu respondents, used %llu, rejected %llu; %zu unit%s", nread,
	                nread - sc->rejected, sc->rejected, t.n, t.n == 1 ? "" : "s");
	asn_ikm_units_free(&t);
	return sc->rejected ? ASN_EXIT_REJECTED : ASN_EXIT_OK;
}

/* Every candidate is written, in input order, after the selection. */
static int run_seleksi(scorer *sc, const char *path, const char *formasi_path,
                       const char *config_path, const char *output, const char *pengumuman)
{
	asn_seleksi s;
	asn_seleksi_formasi f;
	asn_seleksi_kandidat k;
	asn_input in;
	size_t i, unbroken;
	unsigned long long passed = 0, lulus = 0, moved = 0;
	asn_output *out, *ann = NULL;
	asn_csv_writer *w;
	char err[1024];

	if (asn_seleksi_load(&s, config_path, err, sizeof err))
		asn_die(ASN_EXIT_USAGE, "%s", err);
	open_input(sc, &in, formasi_path);
	asn_seleksi_formasi_begin(&f, &s, &in);
	while (asn_input_next(&in) > 0)
		asn_seleksi_formasi_row(&f, &in, &sc->rejected);
	asn_input_close(&in);

	open_input(sc, &in, path);
	asn_seleksi_kandidat_begin(&k, &s, &f, &in);
	out = asn_output_open(output);
	w = asn_csv_writer_new(asn_output_file(out));
	asn_seleksi_write_header(w, &in);
	while (asn_input_next(&in) > 0)
		asn_seleksi_kandidat_row(&k, &in, &sc->rejected);
	asn_input_close(&in);
	unbroken = asn_seleksi_run(&s, &f, k.p, k.n);
	for (i = 0; i < k.n; i++) {
		if (!k.p[i].rejected) {
			passed += k.p[i].memenuhi != 0;
			lulus += k.p[i].lulus != 0;
			moved += k.p[i].status == ASN_ST_PLO;
		}
		asn_seleksi_write_row(w, &k, i);
		asn_output_check(out);
	}
	asn_csv_writer_free(w);
	if (pengumuman) {
		ann = asn_output_open(pengumuman);
		w = asn_csv_writer_new(asn_output_file(ann));
		asn_seleksi_write_pengumuman(w, &k);
		asn_csv_writer_free(w);
		asn_output_close(ann);
	}
	asn_output_close(out);
	if (unbroken && !asn_quiet)
		asn_warn("%zu formasi: the last place went to a tie no rule breaks, decided by "
		             "the lower %s (see penentu)", unbroken, s.peserta);
	asn_cli_summary("read %zu candidates, rejected %llu; %llu memenuhi ambang, %llu lulus "
	                "(%llu by optimalisasi) for %llu places in %zu formasi", k.n, sc->rejected,
	                passed, lulus, moved, f.places, f.n);
	asn_seleksi_kandidat_free(&k);
	asn_seleksi_formasi_free(&f);
	asn_seleksi_free(&s);
	return sc->rejected ? ASN_EXIT_REJECTED : ASN_EXIT_OK;
}

int main(int argc, char *argv[])
{
	scorer sc;
	asn_opts opts;
	const char *config_path = NULL, *as_of = NULL, *output = NULL, *ikm = NULL;
	const char *seleksi = NULL, *seleksi_config = NULL, *formasi = NULL, *pegawai;
	const char *pengumuman = NULL;
	char err[1024];
	int ch, print_config = 0, status, f, nstdin;
	mode m;

	asn_cli_init(argv[0]);
	memset(&sc, 0, sizeof sc);
	asn_opts_init(&opts, &program);
	while ((ch = asn_opts_next(&opts, argc, argv)) != -1) {
		switch (ch) {
		case OPT_AS_OF: as_of = optarg; break;
		case OPT_SELEKSI_CONFIG: seleksi_config = optarg; break;
		case OPT_PENGUMUMAN: pengumuman = optarg; break;
		case 'c': config_path = optarg; break;
		case 'd': sc.delimiter = asn_cli_delimiter(optarg, "delimiter"); break;
		case 'f': formasi = optarg; break;
		case 'i': ikm = optarg; break;
		case 'k': sc.paths[ASN_SCORES_SKP] = optarg; break;
		case 'o': output = optarg; break;
		case OPT_PRINT_CONFIG: print_config = 1; break;
		case 'p': sc.paths[ASN_SCORES_POTENSI] = optarg; break;
		case 'q': asn_quiet = 1; break;
		case 'S': seleksi = optarg; break;
		case 's': sc.standar_path = optarg; break;
		case 't': sc.paths[ASN_SCORES_PELATIHAN] = optarg; break;
		case 'y': sc.tahun = asn_cli_long(optarg, "tahun", 1900, 2199); break;
		default:
			asn_opts_usage(&program);
		}
	}
	argc -= optind;
	argv += optind;
	{
		const char *inputs[] = {
			sc.paths[ASN_SCORES_SKP], sc.paths[ASN_SCORES_POTENSI],
			sc.paths[ASN_SCORES_PELATIHAN], sc.standar_path, ikm, seleksi, formasi,
			seleksi_config && !asn_seleksi_builtin(seleksi_config) ? seleksi_config : NULL
		};
		const char *outputs[] = { output, pengumuman };

		asn_cli_check_outputs(outputs, 2, argv, argc, inputs, 8);
	}
	if (asn_config_load(&sc.cfg, config_path, err, sizeof err))
		asn_die(ASN_EXIT_USAGE, "%s", err);
	if (print_config) {
		asn_config_print(&sc.cfg, stdout);
		asn_config_free(&sc.cfg);
		return asn_cli_finish(ASN_EXIT_OK);
	}
	if (asn_cli_as_of(as_of, &sc.as_of)) {
		asn_config_free(&sc.cfg);
		return ASN_EXIT_USAGE;
	}
	if (sc.tahun && (sc.tahun > sc.as_of.year || sc.tahun <= sc.as_of.year - ASN_SCORES_YEARS))
		asn_die(ASN_EXIT_USAGE, "invalid value '%ld' for --tahun: expected a year from %d to %d "
		        "(see --as-of)", sc.tahun, sc.as_of.year - ASN_SCORES_YEARS + 1, sc.as_of.year);
	if (ikm && seleksi)
		asn_die(ASN_EXIT_USAGE, "--ikm and --seleksi exclude each other");
	if ((ikm || seleksi) && (sc.paths[ASN_SCORES_SKP] || sc.paths[ASN_SCORES_POTENSI] ||
	    sc.paths[ASN_SCORES_PELATIHAN] || sc.standar_path || sc.tahun || argc > 0))
		asn_die(ASN_EXIT_USAGE, "--%s takes no pegawai table, --kinerja, --potensi, --pelatihan, "
		        "--standar or --tahun", ikm ? "ikm" : "seleksi");
	if (seleksi && !formasi)
		asn_die(ASN_EXIT_USAGE, "--seleksi needs --formasi (the places per formasi)");
	if (!seleksi && (formasi || seleksi_config || pengumuman))
		asn_die(ASN_EXIT_USAGE, "--%s goes with --seleksi", formasi ? "formasi" :
		        seleksi_config ? "seleksi-config" : "pengumuman");
	if (argc > 1)
		asn_die(ASN_EXIT_USAGE, "one pegawai table at most, got %d files", argc);
	m = ikm ? MODE_IKM : seleksi ? MODE_SELEKSI : MODE_TALENT;
	pegawai = argc ? argv[0] : "-";
	nstdin = 0;
	if (m == MODE_TALENT)
		nstdin += is_stdin(pegawai);
	for (f = 0; f < ASN_SCORES_FILES; f++)
		nstdin += sc.paths[f] && is_stdin(sc.paths[f]);
	nstdin += ikm && is_stdin(ikm);
	nstdin += seleksi && is_stdin(seleksi);
	nstdin += formasi && is_stdin(formasi);
	if (nstdin > 1)
		asn_die(ASN_EXIT_USAGE, "only one input can be standard input");

	switch (m) {
	case MODE_TALENT:
		status = run_talent(&sc, pegawai, output);
		break;
	case MODE_IKM:
		status = run_ikm(&sc, ikm, output);
		break;
	default:
		status = run_seleksi(&sc, seleksi, formasi, seleksi_config ? seleksi_config : "cpns",
		                     output, pengumuman);
		break;
	}
	asn_config_free(&sc.cfg);
	return asn_cli_finish(status);
}
