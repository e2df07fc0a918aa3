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
#include "nip.h"
#include "nipset.h"
#include "pegawai.h"
#include "profile.h"
#include "rules.h"
#include "table.h"
#include "text.h"

#define REASON_MAX 512

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
	int src[ASN_NTARGETS];       /* column index of each target, -1 absent */
	int *pass_idx;               /* column of each passthrough name, -1 absent */
} input_file;

/* A row being converted: canonical values (borrowed or in buf). */
typedef struct {
	const char *val[ASN_NCOLS_ALL];
	char nama[1024];
	char golongan[8];
	char dates[4][11];          /* tanggal_lahir, tmt_cpns, tanggal_pensiun, tmt_jabatan */
	char jk[2];
	/* the first problem found */
	int bad_col;                 /* source column index, -1 if none */
	const char *bad_colname;
	const char *bad_value;
	char reason[REASON_MAX];
} row;

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

static int reject(row *r, const input_file *in, int target, const char *value, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

static int reject(row *r, const input_file *in, int target, const char *value, const char *fmt, ...)
{
	va_list ap;

	r->bad_col = target >= 0 ? in->src[target] : -1;
	r->bad_colname = target >= 0 ? asn_profile_targets[target] : "";
	r->bad_value = value ? value : "";
	va_start(ap, fmt);
	vsnprintf(r->reason, sizeof r->reason, fmt, ap);
	va_end(ap);
	return -1;
}

static const char *source_value(const importer *im, const input_file *in, const asn_csv_record *rec,
                                int target)
{
	int c = in->src[target];

	if (c < 0 || (size_t)c >= rec->nfields)
		return "";
	return asn_profile_map_value(&im->profile, target, rec->fields[c]);
}

static int parse_date_field(row *r, const input_file *in, const char *v, int target,
                            char buf[11], asn_date *d)
{
	const char *why;

	if (asn_date_parse(v, strlen(v), d, &why) != 0)
		return reject(r, in, target, v, "%s '%s': %s", asn_profile_targets[target], v, why);
	asn_date_format(*d, buf);
	return 0;
}

static void warn_row(importer *im, const input_file *in, const asn_csv_record *rec,
                     const char *fmt, ...) __attribute__((format(printf, 4, 5)));

static void warn_row(importer *im, const input_file *in, const asn_csv_record *rec,
                     const char *fmt, ...)
{
	va_list ap;

	im->nwarned++;
	if (asn_quiet)
		return;
	fprintf(stderr, "%s: %s:%ld: warning: ", asn_progname, in->name, rec->line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/* Map, normalise and validate one record into r.  Returns 0 or -1. */
static int convert(importer *im, const input_file *in, const asn_csv_record *rec, row *r)
{
	const char *v, *depan, *belakang, *status, *pend;
	asn_date birth, tmt, pensiun, tmt_jabatan, *tmtp = NULL;
	asn_nip nip;
	asn_nip_kind kind;
	char buf[REASON_MAX];
	uint64_t nipnum;
	int t, age, gol, entry, tmt_age;
	size_t i;

	memset(r->val, 0, sizeof r->val);
	r->bad_col = -1;
	for (i = 0; i < rec->nfields; i++)
		if (!asn_utf8_valid(rec->fields[i], rec->lengths[i])) {
			r->bad_col = (int)i;
			r->bad_colname = in->table.names[i];
			r->bad_value = rec->fields[i];
			snprintf(r->reason, sizeof r->reason,
			         "column '%s': invalid UTF-8 (save the file as CSV UTF-8)", in->table.names[i]);
			return -1;
		}
	for (t = 0; t < ASN_NCOLS_ALL; t++)
		r->val[t] = source_value(im, in, rec, t);

	/* status first: it decides the NIP and golongan forms */
	v = r->val[ASN_COL_STATUS];
	if (!*v)
		return reject(r, in, ASN_COL_STATUS, v, "status is empty (expected PNS, CPNS or PPPK)");
	if (!(status = asn_status_parse(v)))
		return reject(r, in, ASN_COL_STATUS, v, "status '%s': expected PNS, CPNS or PPPK", v);
	if (strcmp(status, "PNS") == 0 &&
	    strcmp(source_value(im, in, rec, ASN_TGT_STATUS_CPNS), "CPNS") == 0)
		status = "CPNS";
	r->val[ASN_COL_STATUS] = status;
	kind = strcmp(status, "PPPK") == 0 ? ASN_NIP_PPPK : ASN_NIP_PNS;

	v = r->val[ASN_COL_NAMA];
	if (!*v)
		return reject(r, in, ASN_COL_NAMA, v, "nama is empty");
	if (asn_nama_has_gelar(v))
		warn_row(im, in, rec, "nama '%s' holds a gelar (title); keep titles in their own columns", v);
	depan = source_value(im, in, rec, ASN_TGT_GELAR_DEPAN);
	belakang = source_value(im, in, rec, ASN_TGT_GELAR_BELAKANG);
	if (*depan || *belakang) {
		snprintf(r->nama, sizeof r->nama, "%s%s%s%s%s", depan, *depan ? " " : "", v,
		         *belakang ? ", " : "", belakang);
		r->val[ASN_COL_NAMA] = r->nama;
	}

	v = r->val[ASN_COL_JENIS_KELAMIN];
	r->jk[0] = asn_jenis_kelamin_parse(v);
	r->jk[1] = '\0';
	if (!r->jk[0])
		return reject(r, in, ASN_COL_JENIS_KELAMIN, v,
		              "jenis_kelamin '%s': expected L or P (also M/F, Pria/Wanita, Laki-laki/Perempuan, 1/2)", v);
	r->val[ASN_COL_JENIS_KELAMIN] = r->jk;

	v = r->val[ASN_COL_TANGGAL_LAHIR];
	if (parse_date_field(r, in, v, ASN_COL_TANGGAL_LAHIR, r->dates[0], &birth))
		return -1;
	r->val[ASN_COL_TANGGAL_LAHIR] = r->dates[0];
	if (asn_date_cmp(birth, im->as_of) > 0)
		return reject(r, in, ASN_COL_TANGGAL_LAHIR, v, "tanggal_lahir %s is in the future", r->dates[0]);
	age = asn_date_age(birth, im->as_of);
	if (age < im->cfg.age_min || age > im->cfg.age_max)
		return reject(r, in, ASN_COL_TANGGAL_LAHIR, v, "age %d at %04d-%02d-%02d outside %d-%d",
		              age, im->as_of.year, im->as_of.month, im->as_of.day,
		              im->cfg.age_min, im->cfg.age_max);

	v = r->val[ASN_COL_NIP];
	if (asn_nip_parse_reason(v, strlen(v), kind, &nip, buf, sizeof buf) != 0)
		return reject(r, in, ASN_COL_NIP, v, "nip '%s': %s", v, buf);

	v = r->val[ASN_COL_TMT_CPNS];
	if (*v) {
		if (parse_date_field(r, in, v, ASN_COL_TMT_CPNS, r->dates[1], &tmt))
			return -1;
		r->val[ASN_COL_TMT_CPNS] = r->dates[1];
		tmtp = &tmt;
		tmt_age = asn_date_age(birth, tmt);
		if (asn_date_cmp(tmt, birth) <= 0 || tmt_age < im->cfg.tmt_min_age)
			return reject(r, in, ASN_COL_TMT_CPNS, v, "tmt_cpns %s before age %d",
			              r->dates[1], im->cfg.tmt_min_age);
	} else if (kind == ASN_NIP_PNS) {
		return reject(r, in, ASN_COL_TMT_CPNS, v, "tmt_cpns is empty (required for %s)", status);
	}

	if (asn_nip_check(&nip, birth, r->jk[0], tmtp, buf, sizeof buf) != 0)
		return reject(r, in, ASN_COL_NIP, r->val[ASN_COL_NIP], "nip '%s': %s",
		              r->val[ASN_COL_NIP], buf);

	v = r->val[ASN_COL_GOLONGAN];
	gol = kind == ASN_NIP_PPPK ? asn_golongan_pppk(v, r->golongan) : asn_golongan_pns(v, r->golongan);
	if (gol < 0)
		return reject(r, in, ASN_COL_GOLONGAN, v, "golongan '%s': expected %s", v,
		              kind == ASN_NIP_PPPK ? "I to XVII for PPPK" : "I/a to IV/e for PNS");
	r->val[ASN_COL_GOLONGAN] = r->golongan;

	v = r->val[ASN_COL_PENDIDIKAN];
	if (asn_pendidikan_parse(v, &pend) < 0)
		return reject(r, in, ASN_COL_PENDIDIKAN, v,
		              "pendidikan '%s': expected SD, SMP, SMA, D1, D2, D3, D4, S1, S2 or S3", v);
	r->val[ASN_COL_PENDIDIKAN] = pend;

	v = r->val[ASN_COL_JABATAN];
	if (!*v)
		return reject(r, in, ASN_COL_JABATAN, v, "jabatan is empty");
	asn_profile_derive(&im->profile, v, &r->val[ASN_COL_JENIS_JABATAN], &r->val[ASN_COL_BIDANG]);
	t = asn_jenis_jabatan_find(r->val[ASN_COL_JENIS_JABATAN]);
	if (t < 0)
		return reject(r, in, ASN_COL_JENIS_JABATAN, r->val[ASN_COL_JENIS_JABATAN],
		              *r->val[ASN_COL_JENIS_JABATAN]
		              ? "jenis_jabatan '%s': unknown (see DESIGN.md for the 14 values)"
		              : "jenis_jabatan%s: cannot be derived from the jabatan name; add a rule to the map",
		              r->val[ASN_COL_JENIS_JABATAN]);
	r->val[ASN_COL_JENIS_JABATAN] = asn_jenis_jabatan_names[t];

	if (!*r->val[ASN_COL_UNIT])
		return reject(r, in, ASN_COL_UNIT, "", "unit is empty");

	v = r->val[ASN_COL_TMT_JABATAN];
	if (*v) {
		if (parse_date_field(r, in, v, ASN_COL_TMT_JABATAN, r->dates[3], &tmt_jabatan))
			return -1;
		r->val[ASN_COL_TMT_JABATAN] = r->dates[3];
	}

	if (asn_nip_to_number(r->val[ASN_COL_NIP], &nipnum) == 0 && asn_nipdup_check(&im->nips, nipnum))
		return reject(r, in, ASN_COL_NIP, r->val[ASN_COL_NIP],
		              "nip '%s': duplicate (already seen in an earlier row)", r->val[ASN_COL_NIP]);

	/* PP 11/2017 art. 239: BUP by position; retirement the month after */
	pensiun = asn_rules_retirement_date(birth,
	                                    asn_rules_bup(&im->cfg, r->val[ASN_COL_JENIS_JABATAN],
	                                                  r->val[ASN_COL_JABATAN]));
	asn_date_format(pensiun, r->dates[2]);
	r->val[ASN_COL_TANGGAL_PENSIUN] = r->dates[2];

	entry = asn_rules_entry_golongan(pend);
	if (kind == ASN_NIP_PNS && entry >= 0 && gol < entry)
		warn_row(im, in, rec, "golongan %s below the entry rank for %s", r->golongan, pend);
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
                      const asn_csv_record *rec, const row *r)
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

static void write_reject(importer *im, const input_file *in, const asn_csv_record *rec, const row *r)
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
		if (in->src[t] == col)
			return 1;
	return 0;
}

/* Resolve the profile's columns against this file's header. */
static void resolve_columns(importer *im, input_file *in)
{
	static const int required[] = {
		ASN_COL_NIP, ASN_COL_NAMA, ASN_COL_JENIS_KELAMIN, ASN_COL_TANGGAL_LAHIR,
		ASN_COL_STATUS, ASN_COL_GOLONGAN, ASN_COL_JABATAN, ASN_COL_UNIT,
		ASN_COL_PENDIDIKAN, ASN_COL_TMT_CPNS, -1
	};
	const asn_profile *p = &im->profile;
	size_t j;
	int t, c, i;

	for (t = 0; t < ASN_NTARGETS; t++) {
		in->src[t] = -1;
		for (j = 0; j < p->nsource[t] && in->src[t] < 0; j++)
			in->src[t] = asn_table_find(&in->table, p->source[t][j]);
	}
	for (i = 0; required[i] >= 0; i++)
		if (in->src[required[i]] < 0)
			asn_die(ASN_EXIT_INPUT, "%s:1: missing column for %s (profile %s expects '%s')",
			        in->name, asn_profile_targets[required[i]], p->name,
			        p->nsource[required[i]] ? p->source[required[i]][0] : "(not mapped)");

	if (!im->header_written) {
		for (t = ASN_NCOLS; t < ASN_NCOLS_ALL; t++)
			im->optional_present[t] = in->src[t] >= 0;
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
	const char *v;
	char err[1024];
	uint64_t num;
	long long n = 0;
	off_t start = 0;
	int is_stdin = strcmp(path, "-") == 0, col = -1, rc;
	FILE *f;
	size_t j;

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
		for (j = 0; j < im->profile.nsource[ASN_COL_NIP] && col < 0; j++)
			col = asn_table_find(&in.table, im->profile.source[ASN_COL_NIP][j]);
		while ((rc = asn_csv_reader_next(rd, &rec)) > 0) {
			n++;
			if (col < 0 || (size_t)col >= rec.nfields)
				continue;
			v = asn_profile_map_value(&im->profile, ASN_COL_NIP, rec.fields[col]);
			if (asn_nip_to_number(v, &num) == 0)
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
	row r;
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
