/* asn-import: raw exports (SIASN, SIMPEG, spreadsheets) to the canonical
 * pegawai table of DESIGN.md. */
#include <sys/stat.h>

#include <getopt.h>
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
#include "import.h"
#include "nip.h"
#include "nipset.h"
#include "pegawai.h"
#include "profile.h"
#include "table.h"

typedef struct {
	asn_config cfg;
	asn_profile profile;
	const char *profile_name;  /* --profile */
	const char *map_path;      /* --map */
	int profile_loaded;
	asn_date as_of;
	unsigned char delimiter;   /* 0: detect */
	int strict;

	asn_output *out;
	asn_csv_writer *writer;
	FILE *spool;               /* --strict: rows held until the end */
	asn_csv_writer *spool_writer;
	asn_output *rejects_out;
	asn_csv_writer *rejects;

	/* output header, fixed by the first input */
	int header_written;
	int optional_present[ASN_NCOLS_ALL];
	char **passthrough;
	size_t npassthrough;

	asn_nipdup nips;           /* the duplicate-NIP check */
	unsigned long long nread, nwritten, nrejected, nwarned;
} importer;

/* Per-file column resolution. */
typedef struct {
	const char *name;
	asn_table table;
	asn_import_ctx ctx;          /* column of each target, the row path's context */
	int *pass_idx;               /* column of each passthrough name, -1 absent */
} input_file;

static void usage(void)
{
	fprintf(stderr, "usage: %s [-qs] [-c config] [-d delim] [-m map.yaml | -p profile] "
	        "[-o output] [-r rejects] [--as-of date] [--print-config] [file ...]\n", asn_progname);
	exit(ASN_EXIT_USAGE);
}

static void help(void)
{
	printf("usage: %s [-qs] [-c config] [-d delim] [-m map.yaml | -p profile] "
	       "[-o output] [-r rejects] [--as-of date] [--print-config] [file ...]\n"
	       "\n"
	       "Convert a raw employee export (SIASN, SIMPEG, spreadsheet CSV) into the\n"
	       "canonical pegawai table, validating every row.\n"
	       "\n"
	       "  -p, --profile NAME     built-in mapping: siasn or canonical (default: detected)\n"
	       "  -m, --map FILE         YAML mapping: columns, value maps, jabatan rules\n"
	       "  -d, --delimiter C      input delimiter (default: detected among , ; tab |)\n"
	       "  -o, --output FILE      write to FILE atomically (default: stdout)\n"
	       "  -r, --rejects FILE     write rejected rows: line,column,value,reason + fields\n"
	       "  -s, --strict           any rejected row: exit 1 and write no rows\n"
	       "  -c, --config FILE      configuration YAML (default: $ASN_CONFIG, ./asn.yaml,\n"
	       "                         $XDG_CONFIG_HOME/asn/config.yaml)\n"
	       "      --as-of DATE       reference date YYYY-MM-DD for age checks\n"
	       "                         (default: today, or SOURCE_DATE_EPOCH)\n"
	       "      --print-config     print the effective configuration and exit\n"
	       "  -q, --quiet            no summary, warnings or detected-profile note\n"
	       "  -h, --help             this help\n"
	       "  -V, --version          version\n"
	       "\n"
	       "Exit status: 0 all rows good, 1 rows rejected, 2 usage or configuration\n"
	       "error, 3 unreadable or malformed input or write failure.\n", asn_progname);
	exit(asn_cli_finish(ASN_EXIT_OK));
}

static void warn_row(const asn_import_ctx *ctx, const asn_csv_record *rec, const char *fmt,
                     va_list ap)
{
	importer *im = ctx->arg;

	im->nwarned++;
	if (asn_quiet)
		return;
	fprintf(stderr, "%s: %s:%ld: warning: ", asn_progname, ctx->name, rec->line);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

/* Map, normalise and validate one record into r.  Returns 0 or -1. */
static int convert(importer *im, const input_file *in, const asn_csv_record *rec,
                   asn_import_result *r)
{
	if (asn_import_row(&in->ctx, rec, r) != 0)
		return -1;
	if (r->nip_number && asn_nipdup_check(&im->nips, r->nip_number))
		return asn_import_reject(&in->ctx, r, ASN_COL_NIP, r->val[ASN_COL_NIP],
		                         "nip '%s': duplicate (already seen in an earlier row)",
		                         r->val[ASN_COL_NIP]);
	asn_import_finish(&in->ctx, rec, r);
	return 0;
}

static void write_header(importer *im, asn_csv_writer *w, const input_file *in)
{
	int t;
	size_t i;

	(void)in;
	for (t = 0; t < ASN_NCOLS; t++)
		asn_csv_write_str(w, asn_pegawai_columns[t]);
	for (t = ASN_NCOLS; t < ASN_NCOLS_ALL; t++)
		if (im->optional_present[t])
			asn_csv_write_str(w, asn_pegawai_columns[t]);
	for (i = 0; i < im->npassthrough; i++)
		asn_csv_write_str(w, im->passthrough[i]);
	asn_csv_end_record(w);
}

static void write_row(importer *im, asn_csv_writer *w, const input_file *in,
                      const asn_csv_record *rec, const asn_import_result *r)
{
	int t, c;
	size_t i;

	for (t = 0; t < ASN_NCOLS; t++)
		asn_csv_write_str(w, r->val[t]);
	for (t = ASN_NCOLS; t < ASN_NCOLS_ALL; t++)
		if (im->optional_present[t])
			asn_csv_write_str(w, r->val[t]);
	for (i = 0; i < im->npassthrough; i++) {
		c = in->pass_idx[i];
		if (c >= 0 && (size_t)c < rec->nfields)
			asn_csv_write_field(w, rec->fields[c], rec->lengths[c]);
		else
			asn_csv_write_str(w, "");
	}
	asn_csv_end_record(w);
}

static void write_reject(importer *im, const input_file *in, const asn_csv_record *rec,
                         const asn_import_result *r)
{
	size_t i;

	im->nrejected++;
	if (!asn_quiet || !im->rejects)
		fprintf(stderr, "%s: %s:%ld: %s\n", asn_progname, in->name, rec->line, r->reason);
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

static int is_canonical_name(const char *name)
{
	int t;

	for (t = 0; t < ASN_NCOLS_ALL; t++)
		if (strcasecmp(asn_pegawai_columns[t], name) == 0)
			return 1;
	return 0;
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

static int column_used(const input_file *in, int col)
{
	int t;

	for (t = 0; t < ASN_NTARGETS; t++)
		if (in->ctx.src[t] == col)
			return 1;
	return 0;
}

/* Resolve the profile's columns against this file's header. */
static void resolve_columns(importer *im, input_file *in)
{
	const asn_profile *p = &im->profile;
	size_t j;
	int t, c, missing;

	if (asn_import_ctx_init(&in->ctx, &im->cfg, p, &in->table, im->as_of, &missing))
		asn_die(ASN_EXIT_INPUT, "%s:1: missing column for %s (profile %s expects '%s')",
		        in->name, asn_profile_targets[missing], p->name,
		        p->nsource[missing] ? p->source[missing][0] : "(not mapped)");
	in->ctx.name = in->name;
	in->ctx.warn = warn_row;
	in->ctx.arg = im;

	if (!im->header_written) {
		for (t = ASN_NCOLS; t < ASN_NCOLS_ALL; t++)
			im->optional_present[t] = in->ctx.src[t] >= 0;
		im->passthrough = asn_calloc(in->table.ncols, sizeof *im->passthrough);
		for (c = 0; (size_t)c < in->table.ncols; c++)
			if (!column_used(in, c) && !is_canonical_name(in->table.names[c]))
				im->passthrough[im->npassthrough++] = asn_strdup(in->table.names[c]);
	}
	in->pass_idx = asn_calloc(im->npassthrough ? im->npassthrough : 1, sizeof *in->pass_idx);
	for (j = 0; j < im->npassthrough; j++)
		in->pass_idx[j] = asn_table_find(&in->table, im->passthrough[j]);
	for (c = 0; (size_t)c < in->table.ncols; c++) {
		int known = column_used(in, c);

		for (j = 0; !known && j < im->npassthrough; j++)
			known = in->pass_idx[j] == c;
		if (!known && !is_canonical_name(in->table.names[c]))
			asn_warn("%s:1: column '%s' is not in the first input's header: not written",
			         in->name, in->table.names[c]);
	}
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

/* The first pass of the duplicate check: every NIP of the file into the
 * filter.  Returns the number of records, or -1 if the file cannot be opened
 * or its CSV is broken: errors are left to the second pass, which meets them
 * at the same record and stops there. */
static long long scan_file(importer *im, const char *path)
{
	asn_csv_reader *rd;
	asn_csv_record rec;
	input_file in;
	char err[1024];
	uint64_t num;
	long long n = 0;
	off_t start = 0;
	int is_stdin = strcmp(path, "-") == 0, missing, rc;
	FILE *f;

	if (is_stdin) {
		f = stdin;
		start = ftello(stdin);
	} else if (!(f = fopen(path, "rb"))) {
		return -1;
	}
	rd = asn_csv_reader_from_file(f, is_stdin ? "<stdin>" : path, im->delimiter);
	if (!im->delimiter)
		asn_csv_reader_detect_delimiter(rd);
	memset(&in, 0, sizeof in);
	in.name = asn_csv_reader_name(rd);
	if (asn_table_read_header(&in.table, rd, err, sizeof err) == 0) {
		load_profile(im, &in);
		asn_import_ctx_init(&in.ctx, &im->cfg, &im->profile, &in.table, im->as_of, &missing);
		while ((rc = asn_csv_reader_next(rd, &rec)) > 0) {
			n++;
			if (asn_nip_to_number(asn_import_value(&in.ctx, &rec, ASN_COL_NIP), &num) == 0)
				asn_nipdup_scan(&im->nips, num);
		}
		if (rc < 0)
			n = -1;
	} else {
		n = -1;
	}
	asn_table_free(&in.table);
	asn_csv_reader_free(rd);
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

/* Returns 0, or ASN_EXIT_INPUT after a structure error (already reported).
 * limit: the records the first pass read, or -1 without one. */
static int import_file(importer *im, const char *path, long long limit)
{
	asn_csv_reader *rd;
	asn_csv_record rec;
	input_file in;
	asn_import_result r;
	char err[1024];
	long long nrecords = 0;
	int rc, status = ASN_EXIT_OK;

	rd = asn_csv_reader_open(path, im->delimiter);
	if (!rd)
		return ASN_EXIT_INPUT;
	if (!im->delimiter)
		asn_csv_reader_detect_delimiter(rd);
	memset(&in, 0, sizeof in);
	in.name = asn_csv_reader_name(rd);
	if (asn_table_read_header(&in.table, rd, err, sizeof err)) {
		asn_warn("%s", err);
		asn_csv_reader_free(rd);
		return ASN_EXIT_INPUT;
	}
	load_profile(im, &in);
	resolve_columns(im, &in);
	asn_import_result_init(&r);
	if (!im->header_written) {
		write_header(im, row_writer(im), &in);
		if (im->rejects)
			write_rejects_header(im, &in);
		im->header_written = 1;
	}
	while ((rc = asn_csv_reader_next(rd, &rec)) > 0) {
		if (limit >= 0 && nrecords++ == limit) {
			asn_warn("%s:%ld: the file grew while being read (%lld rows on the first "
			         "pass); run again when it is complete", in.name, rec.line, limit);
			status = ASN_EXIT_INPUT;
			break;
		}
		im->nread++;
		if (convert(im, &in, &rec, &r) == 0) {
			write_row(im, row_writer(im), &in, &rec, &r);
			im->nwritten++;
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
	return status;
}

static void copy_spool(importer *im)
{
	char buf[65536];
	size_t n;
	FILE *out = asn_output_file(im->out);

	fflush(im->spool);
	rewind(im->spool);
	while ((n = fread(buf, 1, sizeof buf, im->spool)) > 0) {
		fwrite(buf, 1, n, out);
		asn_output_check(im->out);
	}
}

int main(int argc, char *argv[])
{
	static const struct option longopts[] = {
		{ "as-of", required_argument, NULL, 'A' },
		{ "config", required_argument, NULL, 'c' },
		{ "delimiter", required_argument, NULL, 'd' },
		{ "help", no_argument, NULL, 'h' },
		{ "map", required_argument, NULL, 'm' },
		{ "output", required_argument, NULL, 'o' },
		{ "print-config", no_argument, NULL, 'P' },
		{ "profile", required_argument, NULL, 'p' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "rejects", required_argument, NULL, 'r' },
		{ "strict", no_argument, NULL, 's' },
		{ "version", no_argument, NULL, 'V' },
		{ NULL, 0, NULL, 0 }
	};
	static char dash[] = "-", *stdin_only[] = { dash, NULL };
	importer im;
	long long *limits;
	const char *config_path = NULL, *as_of = NULL, *output = NULL, *rejects = NULL;
	char err[1024];
	int ch, print_config = 0, status = ASN_EXIT_OK, rc, i;
	size_t k;

	asn_cli_init(argv[0]);
	memset(&im, 0, sizeof im);
	while ((ch = getopt_long(argc, argv, "c:d:hm:o:p:qr:sV", longopts, NULL)) != -1) {
		switch (ch) {
		case 'A': as_of = optarg; break;
		case 'c': config_path = optarg; break;
		case 'd': im.delimiter = asn_cli_delimiter(optarg, "delimiter"); break;
		case 'h': help(); break;
		case 'm': im.map_path = optarg; break;
		case 'o': output = optarg; break;
		case 'P': print_config = 1; break;
		case 'p': im.profile_name = optarg; break;
		case 'q': asn_quiet = 1; break;
		case 'r': rejects = optarg; break;
		case 's': im.strict = 1; break;
		case 'V':
			printf("%s %s\n", asn_progname, ASN_VERSION);
			return asn_cli_finish(ASN_EXIT_OK);
		case '?':
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (im.map_path && im.profile_name)
		asn_die(ASN_EXIT_USAGE, "--map and --profile exclude each other");
	if (im.profile_name && strcmp(im.profile_name, "siasn") && strcmp(im.profile_name, "canonical"))
		asn_die(ASN_EXIT_USAGE, "unknown profile '%s' (expected siasn or canonical)", im.profile_name);
	if (asn_config_load(&im.cfg, config_path, err, sizeof err))
		asn_die(ASN_EXIT_USAGE, "%s", err);
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

	im.out = asn_output_open(output);
	im.writer = asn_csv_writer_new(asn_output_file(im.out));
	if (im.strict) {
		if (!(im.spool = tmpfile()))
			asn_die(ASN_EXIT_INPUT, "cannot create a temporary file:");
		im.spool_writer = asn_csv_writer_new(im.spool);
	}
	if (rejects) {
		im.rejects_out = asn_output_open(rejects);
		im.rejects = asn_csv_writer_new(asn_output_file(im.rejects_out));
	}

	if (argc == 0) {
		argv = stdin_only;
		argc = 1;
	}
	limits = asn_calloc((size_t)argc, sizeof *limits);
	for (i = 0; i < argc && rereadable(argv[i]); i++)
		;
	asn_nipdup_init(&im.nips, i == argc ? ASN_NIPFILTER_BYTES : 0);
	for (i = 0; i < argc; i++)
		limits[i] = -1;
	for (i = 0; im.nips.two_pass && i < argc; i++)
		if ((limits[i] = scan_file(&im, argv[i])) < 0)
			break;
	for (i = 0; i < argc && status == ASN_EXIT_OK; i++)
		status = import_file(&im, argv[i], limits[i]);
	free(limits);

	if (status == ASN_EXIT_OK && im.nrejected)
		status = ASN_EXIT_REJECTED;
	if (im.strict && im.spool_writer) {
		asn_csv_writer_free(im.spool_writer);
		if (status == ASN_EXIT_OK)
			copy_spool(&im);
		fclose(im.spool);
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
	if (im.strict && im.nrejected)
		asn_cli_summary("read %llu, wrote 0, rejected %llu (--strict: %llu good rows not written)",
		                im.nread, im.nrejected, im.nwritten);
	else
		asn_cli_summary("read %llu, wrote %llu, rejected %llu", im.nread, im.nwritten, im.nrejected);

	for (k = 0; k < im.npassthrough; k++)
		free(im.passthrough[k]);
	free(im.passthrough);
	asn_nipdup_free(&im.nips);
	if (im.profile_loaded)
		asn_profile_free(&im.profile);
	asn_config_free(&im.cfg);
	rc = asn_cli_finish(status);
	return rc;
}
