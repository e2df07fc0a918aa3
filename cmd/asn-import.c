/* asn-import: raw exports (SIASN, SIMPEG, spreadsheets) to the canonical
 * pegawai table of doc/design.md. */
#include <sys/stat.h>

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "config.h"
#include "csv.h"
#include "date.h"
#include "export.h"
#include "import.h"
#include "layout.h"
#include "nip.h"
#include "names.h"
#include "nipset.h"
#include "opts.h"
#include "pegawai.h"
#include "profile.h"
#include "rules.h"
#include "spool.h"
#include "table.h"

typedef struct {
	asn_config cfg;
	asn_profile profile;
	const char *profile_name;  /* --profile */
	const char *map_path;      /* --map */
	int profile_loaded;
	asn_date as_of;
	unsigned char delimiter;   /* 0: detect */
	int quoting;               /* -1: auto (off for '|'), 0 off, 1 on */
	long skip_lines;           /* --skip-lines, -1: find the header */
	const char *sheet;         /* --sheet of an .xlsx workbook */
	int strict;

	asn_output *out;
	asn_csv_writer *writer;
	asn_spool *spool;          /* --strict: rows held until the end */
	asn_csv_writer *spool_writer;
	asn_output *rejects_out;
	asn_csv_writer *rejects;

	/* output header, fixed by the first input */
	int header_written;
	asn_layout layout;

	asn_nipdup nips;           /* the duplicate-NIP check */
	asn_names_memo *names;     /* unit, subunit and jabatan forms seen */
	char **file_names;         /* the inputs as messages name them */
	struct stat *first_read;   /* each input as the first pass found it */
	size_t file_index;         /* the input being read */
	unsigned long long nread, nwritten, nrejected, nwarned, nblank, ntitle;
	asn_post_tally not_in_post; /* rows written, not in post at --as-of */
} importer;

/* Per-file column resolution. */
typedef struct {
	const char *name;
	asn_table table;
	asn_import_ctx ctx;          /* column of each target, the row path's context */
	int *pass_idx;               /* column of each passthrough name, -1 absent */
	long title_lines;            /* lines above the header, skipped */
} input_file;

enum {
	OPT_AS_OF = ASN_OPT_LONG, OPT_NO_QUOTES, OPT_PRINT_CONFIG, OPT_PRINT_MAP, OPT_QUOTES,
	OPT_SAFE_CELLS, OPT_SHEET, OPT_SKIP_LINES
};

static const asn_option options[] = {
	{ 'p', "profile", "NAME", N_("built-in mapping: siasn, simpeg or canonical\n"
	  "(default: detected from the header)"), "built-in mapping", "siasn simpeg canonical" },
	{ 'm', "map", "FILE", N_("YAML mapping: columns, value maps, jabatan rules;\n"
	  "'base: siasn' starts from a built-in one"), "YAML mapping", ASN_OPT_YAML },
	{ OPT_PRINT_MAP, "print-map", NULL, N_("print the effective mapping as YAML and exit"),
	  "print the effective mapping as YAML", NULL },
	ASN_OPTION_DELIMITER(N_("input delimiter (default: detected among , ; tab |)")),
	{ OPT_QUOTES, "quotes", NULL, N_("RFC 4180 quoting even with '|' (default: on, but\n"
	  "off for '|': SIASN's raw export has no quoting)"), "RFC 4180 quoting even with |",
	  NULL },
	{ OPT_NO_QUOTES, "no-quotes", NULL, N_("a '\"' is an ordinary character, any delimiter"),
	  "a quote is an ordinary character", NULL },
	{ OPT_SHEET, "sheet", "NAME", N_("worksheet of an .xlsx workbook (default: the first)"),
	  "worksheet of an .xlsx workbook", NULL },
	{ OPT_SKIP_LINES, "skip-lines", "N", N_("N title lines above the header (default: found)"),
	  "title lines above the header", NULL },
	ASN_OPTION_OUTPUT,
	{ 'r', "rejects", "FILE", N_("write rejected rows: line,column,value,reason + fields"),
	  "rejected rows file", ASN_OPT_FILE },
	{ OPT_SAFE_CELLS, "safe-cells", NULL, N_("a cell starting with = + - @ written with an\n"
	  "apostrophe first: a spreadsheet shows it as text"), "cells never read as formulas",
	  NULL },
	{ 's', "strict", NULL, N_("any rejected row: exit 1 and write no rows"),
	  "any rejected row: write no rows", NULL },
	ASN_OPTION_CONFIG(N_("configuration YAML (default: $ASN_CONFIG, ./asn.yaml,\n"
	                  "$XDG_CONFIG_HOME/asn/config.yaml)")),
	ASN_OPTION_AS_OF(N_("reference date YYYY-MM-DD for age checks\n"
	                 "(default: today, or SOURCE_DATE_EPOCH)")),
	ASN_OPTION_PRINT_CONFIG(OPT_PRINT_CONFIG),
	ASN_OPTION_QUIET(N_("no summary, warnings or detected-profile note")),
	ASN_OPTION_HELP,
	ASN_OPTION_VERSION,
	ASN_OPTION_END
};

static const asn_program program = {
	"[-qs] [-c config] [-d delim] [-m map.yaml | -p profile] [-o output] [-r rejects] "
	"[--as-of date] [--safe-cells] [--sheet name] [--skip-lines n] [--quotes | --no-quotes] "
	"[--print-config | --print-map] [file ...]",
	N_("Convert a raw employee export (SIASN CSV or .xlsx, its Excel re-saves, a\n"
	"SIMPEG list, a spreadsheet) into the canonical pegawai table, validating\n"
	"every row.  Several files (PNS and PPPK) make one table."),
	options,
	N_("Exit status: 0 all rows good, 1 rows rejected (every other row written),\n"
	"2 usage or configuration error, 3 input that cannot be read at all or a\n"
	"write failure."),
	ASN_OPT_CSV
};


static void warn_row(const asn_import_ctx *ctx, const asn_csv_record *rec, const char *fmt,
                     va_list ap)
{
	importer *im = ctx->arg;

	im->nwarned++;
	if (asn_quiet)
		return;
	fprintf(stderr, _("%s: %s:%ld: warning: "), asn_progname, ctx->name, rec->line);
	vfprintf(stderr, gettext(fmt), ap);
	fputc('\n', stderr);
}

/* Map, normalise and validate one record into r.  Returns 0 or -1. */
static int convert(importer *im, const input_file *in, const asn_csv_record *rec,
                   asn_import_result *r)
{
	uint64_t first;
	long line;
	size_t file;

	if (asn_import_row(&in->ctx, rec, r) != 0)
		return -1;
	/* where: the input's index above 40 bits, the line below */
	if (r->nip_number && asn_nipdup_check_at(&im->nips, r->nip_number,
	    ((uint64_t)im->file_index << 40) | (uint64_t)rec->line, &first)) {
		line = (long)(first & (((uint64_t)1 << 40) - 1));
		file = (size_t)(first >> 40);
		if (!first)
			return asn_import_reject(&in->ctx, r, ASN_COL_NIP, r->val[ASN_COL_NIP],
			                         "nip '%s': duplicate (already seen in an earlier row)",
			                         r->val[ASN_COL_NIP]);
		if (file == im->file_index)
			return asn_import_reject(&in->ctx, r, ASN_COL_NIP, r->val[ASN_COL_NIP],
			                         "nip '%s': duplicate (already seen on line %ld)",
			                         r->val[ASN_COL_NIP], line);
		return asn_import_reject(&in->ctx, r, ASN_COL_NIP, r->val[ASN_COL_NIP],
		                         "nip '%s': duplicate (already seen at %s:%ld)",
		                         r->val[ASN_COL_NIP], im->file_names[file], line);
	}
	asn_import_finish(&in->ctx, rec, r);
	return 0;
}

static void write_reject(importer *im, const input_file *in, const asn_csv_record *rec,
                         const asn_import_result *r)
{
	size_t i;

	im->nrejected++;
	if (!asn_quiet || !im->rejects)
		fprintf(stderr, "%s: %s:%ld: %s\n", asn_progname, in->name, rec->line, r->message);
	if (!im->rejects)
		return;
	asn_csv_write_long(im->rejects, rec->line);
	asn_csv_write_str(im->rejects, r->bad_col >= 0 ? in->table.names[r->bad_col] : r->bad_colname);
	asn_csv_write_str(im->rejects, r->bad_value);
	asn_csv_write_str(im->rejects, r->reason);
	for (i = 0; i < rec->nfields; i++)
		asn_csv_write_field(im->rejects, rec->fields[i], rec->lengths[i]);
	asn_csv_end_record(im->rejects);
	asn_output_check(im->rejects_out);
}

static void write_rejects_header(importer *im, const input_file *in)
{
	size_t i;

	asn_csv_write_str(im->rejects, "line");
	asn_csv_write_str(im->rejects, "column");
	asn_csv_write_str(im->rejects, "value");
	asn_csv_write_str(im->rejects, "reason");
	for (i = 0; i < in->table.ncols; i++)
		asn_csv_write_str(im->rejects, in->table.names[i]);
	asn_csv_end_record(im->rejects);
}

/* Resolve the profile's columns against this file's header. */
static void resolve_columns(importer *im, input_file *in)
{
	const asn_profile *p = &im->profile;
	int missing;

	if (asn_import_ctx_init(&in->ctx, &im->cfg, p, &in->table, im->as_of, &missing))
		asn_die(ASN_EXIT_INPUT, "%s:1: missing column for %s (profile %s expects '%s')",
		        in->name, asn_profile_targets[missing], p->name,
		        p->nsource[missing] ? p->source[missing][0] : "(not mapped)");
	in->ctx.name = in->name;
	in->ctx.warn = warn_row;
	in->ctx.arg = im;
	in->ctx.names = im->names;

	if (!im->header_written)
		asn_layout_init(&im->layout, &in->ctx, &in->table);
	in->pass_idx = asn_layout_columns(&im->layout, &in->ctx, &in->table, in->name);
}

static void load_profile(importer *im, const input_file *in)
{
	char err[1024];
	const char *name;

	if (im->profile_loaded)
		return;
	if (im->map_path) {
		if (asn_profile_load_file(&im->profile, im->map_path, err, sizeof err))
			asn_die(ASN_EXIT_USAGE, "%s", err);
	} else {
		name = im->profile_name;
		if (!name) {
			name = asn_profile_detect(&in->table);
			if (!name)
				asn_die(ASN_EXIT_USAGE, "%s: cannot tell the export format from the header "
				        "(first column '%s'); use --profile siasn|canonical or --map FILE",
				        in->name, in->table.ncols ? in->table.names[0] : "");
			if (!asn_quiet)
				asn_warn("%s: detected profile %s", in->name, name);
		}
		if (asn_profile_builtin(&im->profile, name, err, sizeof err))
			asn_die(ASN_EXIT_USAGE, "%s", err);
	}
	im->profile_loaded = 1;
}

static asn_csv_writer *row_writer(importer *im)
{
	return im->spool_writer ? im->spool_writer : im->writer;
}

/* Records above the header that may be title lines (a SIMPEG list puts
 * the agency and the period there). */
enum { TITLE_LINES_MAX = 30 };

/* Is the record the header?  With a profile chosen, when it has the
 * profile's required columns; else when a built-in profile knows it. */
static int header_like(void *arg, const asn_csv_record *rec, size_t *ncols)
{
	importer *im = arg;
	asn_csv_record head = *rec;
	asn_table t;
	asn_import_ctx ctx;
	char err[256];
	int ok, missing;

	/* a spreadsheet often leaves empty header cells after the last column */
	while (head.nfields > 1 && strspn(head.fields[head.nfields - 1], " \t") ==
	       head.lengths[head.nfields - 1])
		head.nfields--;
	*ncols = head.nfields;
	if (asn_table_init(&t, &head, err, sizeof err) != 0)
		return 0;
	if (im->profile_loaded)
		ok = asn_import_ctx_init(&ctx, &im->cfg, &im->profile, &t, im->as_of, &missing) == 0;
	else
		ok = asn_profile_detect(&t) != NULL;
	asn_table_free(&t);
	return ok;
}

/* Open path (stdin for "-", or the stream f when given) on its header: the
 * delimiter detected, quoting off for SIASN's '|', title lines skipped
 * (--skip-lines N, or up to the first line that is a header).  Returns the
 * reader, or NULL after a message when the file cannot be read. */
static asn_csv_reader *open_input(importer *im, const char *path, FILE *f, input_file *in,
                                  int report)
{
	asn_csv_reader *rd;
	char err[1024];

	rd = f ? asn_csv_reader_from_file(f, strcmp(path, "-") == 0 ? "<stdin>" : path,
	                                  im->delimiter)
	       : asn_csv_reader_open(path, im->delimiter);
	if (!rd)
		return NULL;
	if (im->sheet)
		asn_csv_reader_set_sheet(rd, im->sheet);
	if (!im->delimiter)
		asn_csv_reader_detect_delimiter(rd);
	if (im->quoting == 0 || (im->quoting < 0 && asn_csv_reader_delimiter(rd) == '|'))
		asn_csv_reader_set_quoting(rd, 0);
	memset(in, 0, sizeof *in);
	in->name = asn_csv_reader_name(rd);
	if (asn_export_find_header(rd, im->skip_lines, TITLE_LINES_MAX, header_like, im,
	                           &in->table, &in->title_lines, err, sizeof err) == 0)
		return rd;
	if (report)
		asn_warn("%s", err);
	asn_csv_reader_free(rd);
	return NULL;
}
/* The first pass of the duplicate check: every NIP of the file into the
 * filter.  Returns the number of rows, or -1 if the file cannot be opened
 * or read: errors are left to the second pass, which meets them at the
 * same row. */
static long long scan_file(importer *im, const char *path, struct stat *st)
{
	asn_csv_reader *rd;
	asn_csv_record rec;
	input_file in;
	const char *why;
	uint64_t num;
	long long n = 0;
	long line;
	off_t start = 0;
	int is_stdin = strcmp(path, "-") == 0, missing, rc;
	FILE *f;

	if (is_stdin) {
		f = stdin;
		start = ftello(stdin);
	} else if (!(f = fopen(path, "rb")) || fstat(fileno(f), st) != 0) {
		if (f)
			fclose(f);
		return -1;
	}
	rd = open_input(im, path, f, &in, 0);
	if (rd) {
		load_profile(im, &in);
		asn_import_ctx_init(&in.ctx, &im->cfg, &im->profile, &in.table, im->as_of, &missing);
		while ((rc = asn_export_next(rd, &rec, &why, &line)) > 0) {
			n++;
			if (rc != 1)
				continue;
			asn_import_prepare(&in.ctx, &rec);
			if (asn_nip_to_number(asn_import_value(&in.ctx, &rec, ASN_COL_NIP), &num) == 0)
				asn_nipdup_scan(&im->nips, num);
		}
		if (rc < 0)
			n = -1;
		asn_table_free(&in.table);
		asn_csv_reader_free(rd);
	} else {
		n = -1;
	}
	if (is_stdin) {
		clearerr(stdin);
		if (fseeko(stdin, start, SEEK_SET) != 0)
			asn_die(ASN_EXIT_INPUT, "<stdin>: cannot read it a second time:");
	} else {
		fclose(f);
	}
	return n;
}

/* Two passes need every input to be a regular file that can be read again;
 * a pipe is read once, and the check then keeps every NIP in memory. */
static int rereadable(const char *path)
{
	struct stat st;

	if (strcmp(path, "-") == 0)
		return fstat(fileno(stdin), &st) == 0 && S_ISREG(st.st_mode) && ftello(stdin) >= 0;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* A row the reader could not split: reported and written to the rejects
 * with its line and the reader's reason. */
static void reject_broken(importer *im, const input_file *in, const asn_csv_record *rec,
                          long line, const char *why)
{
	size_t i;

	im->nrejected++;
	if (!asn_quiet || !im->rejects)
		fprintf(stderr, "%s: %s:%ld: %s\n", asn_progname, in->name, line, why);
	if (!im->rejects)
		return;
	asn_csv_write_long(im->rejects, line);
	asn_csv_write_str(im->rejects, "");
	asn_csv_write_str(im->rejects, "");
	asn_csv_write_str(im->rejects, why);
	for (i = 0; i < rec->nfields; i++)
		asn_csv_write_field(im->rejects, rec->fields[i], rec->lengths[i]);
	asn_csv_end_record(im->rejects);
	asn_output_check(im->rejects_out);
}

/* Staff written but not in post at --as-of, by reason, for the summary. */
static void tally_post(importer *im, const asn_import_result *r)
{
	const char *p = r->val[ASN_COL_TANGGAL_PENSIUN];

	switch (asn_rules_in_post(&im->cfg, r->val[ASN_COL_KEDUDUKAN], p, strlen(p), im->as_of)) {
	case ASN_NOT_IN_POST_RETIRED:
		asn_post_tally_add(&im->not_in_post, "pensiun");
		break;
	case ASN_NOT_IN_POST_KEDUDUKAN:
		asn_post_tally_add(&im->not_in_post, r->val[ASN_COL_KEDUDUKAN]);
		break;
	default:
		break;
	}
}

/* Returns 0, or ASN_EXIT_INPUT when the input cannot be read (reported).
 * limit: the rows the first pass read, or -1 without one. */
/* Is the file open on f the one the first pass read, as it was then? */
static int unchanged(FILE *f, const struct stat *then)
{
	struct stat now;

	return fstat(fileno(f), &now) == 0 && now.st_dev == then->st_dev &&
	       now.st_ino == then->st_ino && now.st_size == then->st_size &&
	       now.st_mtim.tv_sec == then->st_mtim.tv_sec &&
	       now.st_mtim.tv_nsec == then->st_mtim.tv_nsec;
}

static int import_file(importer *im, const char *path, long long limit, size_t index)
{
	FILE *f = NULL;
	asn_csv_reader *rd;
	asn_csv_record rec;
	input_file in;
	asn_import_result r;
	const char *why;
	long long nrecords = 0;
	long line;
	int rc, status = ASN_EXIT_OK;

	/* the second pass must read the file the first one did: a file
	 * replaced or changed in between could let a duplicate through */
	if (limit >= 0 && strcmp(path, "-") != 0) {
		if (!(f = fopen(path, "rb")))
			asn_die(ASN_EXIT_INPUT, "%s:", path);
		if (!unchanged(f, &im->first_read[index])) {
			fclose(f);
			asn_warn("%s: replaced or changed since its first reading (the duplicate "
			         "check reads it twice); run again when it is complete", path);
			return ASN_EXIT_INPUT;
		}
	}
	rd = open_input(im, path, f, &in, 1);
	if (!rd) {
		if (f)
			fclose(f);
		return ASN_EXIT_INPUT;
	}
	im->file_index = index;
	im->file_names[index] = asn_strdup(in.name);
	load_profile(im, &in);
	resolve_columns(im, &in);
	im->ntitle += (unsigned long long)in.title_lines;
	if (in.title_lines && !asn_quiet)
		asn_warn("%s: %ld line%s above the header skipped", in.name, in.title_lines,
		         in.title_lines == 1 ? "" : "s");
	asn_import_result_init(&r);
	if (!im->header_written) {
		asn_layout_write_header(&im->layout, row_writer(im));
		if (im->rejects)
			write_rejects_header(im, &in);
		im->header_written = 1;
	}
	while ((rc = asn_export_next(rd, &rec, &why, &line)) > 0) {
		if (limit >= 0 && nrecords++ == limit) {
			asn_warn("%s:%ld: the file grew while being read (%lld rows on the first "
			         "pass); run again when it is complete", in.name, rec.line, limit);
			status = ASN_EXIT_INPUT;
			break;
		}
		im->nread++;
		if (rec.nfields && asn_import_blank(&rec)) {
			im->nblank++;
			continue;
		}
		if (rc == 2) {
			reject_broken(im, &in, &rec, line, why);
			continue;
		}
		asn_import_prepare(&in.ctx, &rec);
		if (convert(im, &in, &rec, &r) == 0) {
			asn_layout_write_row(&im->layout, row_writer(im), in.pass_idx, &rec, &r);
			im->nwritten++;
			tally_post(im, &r);
			asn_output_check(im->out);
		} else {
			write_reject(im, &in, &rec, &r);
		}
	}
	if (rc < 0) {
		asn_warn("%s", asn_csv_reader_error(rd));
		status = ASN_EXIT_INPUT;
	}
	asn_import_result_free(&r);
	asn_table_free(&in.table);
	free(in.pass_idx);
	asn_csv_reader_free(rd);
	if (f) {
		if (status == ASN_EXIT_OK && !unchanged(f, &im->first_read[index])) {
			asn_warn("%s: changed while being read; run again when it is complete", path);
			status = ASN_EXIT_INPUT;
		}
		fclose(f);
	}
	return status;
}

int main(int argc, char *argv[])
{
	static char dash[] = "-", *stdin_only[] = { dash, NULL };
	importer im;
	asn_opts opts;
	long long *limits;
	const char *config_path = NULL, *as_of = NULL, *output = NULL, *rejects = NULL;
	char err[1024];
	int ch, print_config = 0, print_map = 0, safe_cells = 0, status = ASN_EXIT_OK, rc, i;

	asn_cli_init(argv[0]);
	memset(&im, 0, sizeof im);
	im.quoting = -1;
	im.skip_lines = -1;
	asn_opts_init(&opts, &program);
	while ((ch = asn_opts_next(&opts, argc, argv)) != -1) {
		switch (ch) {
		case OPT_AS_OF: as_of = optarg; break;
		case 'c': config_path = optarg; break;
		case 'd': im.delimiter = asn_cli_delimiter(optarg, "delimiter"); break;
		case 'm': im.map_path = optarg; break;
		case 'o': output = optarg; break;
		case OPT_SKIP_LINES: im.skip_lines = asn_cli_long(optarg, "skip-lines", 0, 1000000); break;
		case OPT_PRINT_MAP: print_map = 1; break;
		case OPT_NO_QUOTES: im.quoting = 0; break;
		case OPT_PRINT_CONFIG: print_config = 1; break;
		case OPT_QUOTES: im.quoting = 1; break;
		case OPT_SAFE_CELLS: safe_cells = 1; break;
		case OPT_SHEET: im.sheet = optarg; break;
		case 'p': im.profile_name = optarg; break;
		case 'q': asn_quiet = 1; break;
		case 'r': rejects = optarg; break;
		case 's': im.strict = 1; break;
		default:
			asn_opts_usage(&program);
		}
	}
	argc -= optind;
	argv += optind;
	{
		const char *outputs[] = { output, rejects };

		asn_cli_check_outputs(outputs, 2, argv, argc, NULL, 0);
	}
	if (im.map_path && im.profile_name)
		asn_die(ASN_EXIT_USAGE, "--map and --profile exclude each other");
	if (im.profile_name && strcmp(im.profile_name, "siasn") && strcmp(im.profile_name, "simpeg") &&
	    strcmp(im.profile_name, "canonical"))
		asn_die(ASN_EXIT_USAGE, "unknown profile '%s' (expected siasn, simpeg or canonical)",
		        im.profile_name);
	if (print_map && print_config)
		asn_die(ASN_EXIT_USAGE, "--print-map and --print-config exclude each other");
	if (asn_config_load(&im.cfg, config_path, err, sizeof err))
		asn_die(ASN_EXIT_USAGE, "%s", err);
	if (print_map) {
		if (!im.map_path && asn_profile_builtin(&im.profile, im.profile_name ? im.profile_name
		                                        : "siasn", err, sizeof err))
			asn_die(ASN_EXIT_USAGE, "%s", err);
		if (im.map_path && asn_profile_load_file(&im.profile, im.map_path, err, sizeof err))
			asn_die(ASN_EXIT_USAGE, "%s", err);
		asn_profile_print(&im.profile, stdout);
		asn_profile_free(&im.profile);
		asn_config_free(&im.cfg);
		return asn_cli_finish(ASN_EXIT_OK);
	}
	if (print_config) {
		asn_config_print(&im.cfg, stdout);
		asn_config_free(&im.cfg);
		return asn_cli_finish(ASN_EXIT_OK);
	}
	if (asn_cli_as_of(as_of, &im.as_of)) {
		asn_config_free(&im.cfg);
		return ASN_EXIT_USAGE;
	}
	if (im.map_path) {
		/* a broken map is a usage error before any output is made */
		if (asn_profile_load_file(&im.profile, im.map_path, err, sizeof err))
			asn_die(ASN_EXIT_USAGE, "%s", err);
		im.profile_loaded = 1;
	}

	im.names = asn_names_memo_new(im.cfg.nsingkatan ? (const char *const *)im.cfg.singkatan
	                                                : NULL);
	im.out = asn_output_open(output);
	im.writer = asn_csv_writer_new(asn_output_file(im.out));
	asn_csv_writer_set_safe_cells(im.writer, safe_cells);
	if (im.strict) {
		im.spool = asn_spool_open();
		im.spool_writer = asn_csv_writer_new(asn_spool_file(im.spool));
		asn_csv_writer_set_safe_cells(im.spool_writer, safe_cells);
	}
	if (rejects) {
		im.rejects_out = asn_output_open(rejects);
		im.rejects = asn_csv_writer_new(asn_output_file(im.rejects_out));
		asn_csv_writer_set_safe_cells(im.rejects, safe_cells);
	}

	if (argc == 0) {
		argv = stdin_only;
		argc = 1;
	}
	limits = asn_calloc((size_t)argc, sizeof *limits);
	im.file_names = asn_calloc((size_t)argc, sizeof *im.file_names);
	im.first_read = asn_calloc((size_t)argc, sizeof *im.first_read);
	for (i = 0; i < argc && rereadable(argv[i]); i++)
		;
	asn_nipdup_init(&im.nips, i == argc ? ASN_NIPFILTER_BYTES : 0);
	for (i = 0; i < argc; i++)
		limits[i] = -1;
	for (i = 0; im.nips.two_pass && i < argc; i++)
		if ((limits[i] = scan_file(&im, argv[i], &im.first_read[i])) < 0)
			break;
	for (i = 0; i < argc && status == ASN_EXIT_OK; i++)
		status = import_file(&im, argv[i], limits[i], (size_t)i);
	free(limits);

	if (status == ASN_EXIT_OK && im.nrejected)
		status = ASN_EXIT_REJECTED;
	if (im.strict && im.spool_writer) {
		asn_csv_writer_free(im.spool_writer);
		if (status == ASN_EXIT_OK)
			asn_spool_copy(im.spool, im.out);
		asn_spool_close(im.spool);
	}
	asn_csv_writer_free(im.writer);
	if (im.rejects) {
		asn_csv_writer_free(im.rejects);
		asn_output_close(im.rejects_out);
	}
	if (status == ASN_EXIT_INPUT || (im.strict && status != ASN_EXIT_OK)) {
		if (output)
			asn_output_abort(im.out);
		else
			asn_output_close(im.out);
	} else {
		asn_output_close(im.out);
	}
	if (im.not_in_post.total && status != ASN_EXIT_INPUT) {
		char tally[1024];

		asn_post_tally_format(&im.not_in_post, tally, sizeof tally);
		asn_cli_summary("not in post at %04d-%02d-%02d: %s (written, kept out of bezetting "
		                "and supply)", im.as_of.year, im.as_of.month, im.as_of.day, tally);
	}
	if (im.strict && im.nrejected)
		asn_cli_summary("read %llu, wrote 0, rejected %llu (--strict: %llu good rows not written)",
		                im.nread, im.nrejected, im.nwritten);
	else if (im.nblank)
		asn_cli_summary("read %llu, wrote %llu, rejected %llu, skipped %llu blank", im.nread,
		                im.nwritten, im.nrejected, im.nblank);
	else
		asn_cli_summary("read %llu, wrote %llu, rejected %llu", im.nread, im.nwritten, im.nrejected);
	asn_post_tally_free(&im.not_in_post);

	asn_layout_free(&im.layout);
	for (i = 0; i < argc; i++)
		free(im.file_names[i]);
	free(im.file_names);
	free(im.first_read);
	asn_nipdup_free(&im.nips);
	asn_names_memo_free(im.names);
	if (im.profile_loaded)
		asn_profile_free(&im.profile);
	asn_config_free(&im.cfg);
	rc = asn_cli_finish(status);
	return rc;
}
