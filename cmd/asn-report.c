/* asn-report: the monthly report from the pegawai table and the outputs of
 * asn-gap, asn-forecast and asn-score, as html, md or txt. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "config.h"
#include "opts.h"
#include "report.h"
#include "report_text.h"

enum { OPT_AS_OF = ASN_OPT_LONG, OPT_LANG, OPT_PERIOD, OPT_PREVIOUS, OPT_TITLE, OPT_NO_NAMES,
       OPT_MAX_NAMES, OPT_INDEX };

#define MONTHS 12       /* past months of the month-by-month view */

static const asn_option options[] = {
	{ 'f', "format", "FMT", N_("html, md or txt (default: from the -o extension,\nelse txt)"),
	  "output format", "html md txt" },
	ASN_OPTION_OUTPUT,
	{ OPT_LANG, "lang", "LANG", N_("id (default) or en: labels and number format"),
	  "language of the report", "id en" },
	{ OPT_TITLE, "title", "TEXT", N_("title of the report"), "title of the report", NULL },
	{ OPT_PERIOD, "period", "YYYY-MM", N_("month the report is for (default: the --as-of month)"),
	  "month of the report", NULL },
	{ OPT_PREVIOUS, "previous", "DIR",
	  N_("a past month's outputs, or an archive of month folders\n"
	  "YYYY-MM (again for more months): the latest gives the\n"
	  "changes, up to 12 the month-by-month view"), "past months' outputs", ASN_OPT_DIR },
	{ OPT_INDEX, "index", "DIR", N_("write the archive's index.html (a link to each month's\n"
	  "report) instead of a report"), "write an archive's index.html", ASN_OPT_DIR },
	{ OPT_NO_NAMES, "no-names", NULL, N_("leave every NIP and name out (a report mailed\n"
	  "around)"), "no NIP or name in the report", NULL },
	{ OPT_MAX_NAMES, "max-names", "N", N_("rows of the named appendix, the rest counted\n"
	  "(default: 50)"), "rows of the named appendix", "50" },
	{ OPT_AS_OF, "as-of", "DATE", N_("report date YYYY-MM-DD (default: today, or\n"
	  "SOURCE_DATE_EPOCH)"), "report date YYYY-MM-DD", ASN_OPT_DATE },
	ASN_OPTION_CONFIG(N_("configuration YAML (IKM grade bounds)")),
	ASN_OPTION_DELIMITER(N_("input delimiter (default: ,)")),
	ASN_OPTION_QUIET(N_("no summary line")),
	ASN_OPTION_HELP,
	ASN_OPTION_VERSION,
	ASN_OPTION_END
};

static const asn_program program = {
	"[-q] [-c config] [-d delim] [-f html|md|txt] [-o output] [--as-of date] "
	"[--lang id|en] [--period YYYY-MM] [--previous dir]... [--title text] "
	"[--no-names | --max-names n] [file ...]\n"
	"--index dir [-o output] [--lang id|en] [--title text]",
	N_("Render the monthly workforce report from the pegawai table and the outputs\n"
	"of asn-gap, asn-forecast and asn-score, each recognised by its header."),
	options,
	N_("Exit status: 0 report written, 1 rows skipped (report still written),\n"
	"2 usage error or unrecognised input, 3 unreadable or malformed input or\n"
	"write failure."),
	ASN_OPT_CSV
};

static asn_report_format parse_format(const char *s)
{
	if (strcmp(s, "html") == 0)
		return ASN_REPORT_HTML;
	if (strcmp(s, "md") == 0)
		return ASN_REPORT_MD;
	if (strcmp(s, "txt") == 0)
		return ASN_REPORT_TXT;
	asn_die(ASN_EXIT_USAGE, "invalid value '%s' for --format: expected html, md or txt", s);
}

static asn_report_format format_of_path(const char *path)
{
	const char *dot = strrchr(path, '.'), *slash = strrchr(path, '/');

	if (!dot || (slash && dot < slash))
		asn_die(ASN_EXIT_USAGE, "%s: cannot tell the format from the file name; use -f "
		        "html|md|txt", path);
	if (strcasecmp(dot, ".html") == 0 || strcasecmp(dot, ".htm") == 0)
		return ASN_REPORT_HTML;
	if (strcasecmp(dot, ".md") == 0 || strcasecmp(dot, ".markdown") == 0)
		return ASN_REPORT_MD;
	if (strcasecmp(dot, ".txt") == 0 || strcasecmp(dot, ".text") == 0)
		return ASN_REPORT_TXT;
	asn_die(ASN_EXIT_USAGE, "%s: cannot tell the format from the extension '%s'; use -f "
	        "html|md|txt", path, dot);
}

static void parse_period(const char *s, int *year, int *month)
{
	int i;

	for (i = 0; i < 7; i++)
		if (i == 4 ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
			break;
	if (i < 7 || s[7])
		asn_die(ASN_EXIT_USAGE, "invalid value '%s' for --period: expected YYYY-MM", s);
	*year = atoi(s);
	*month = atoi(s + 5);
	if (*year < 1900 || *year > 2199)
		asn_die(ASN_EXIT_USAGE, "invalid value '%s' for --period: the year must be from 1900 "
		        "to 2199", s);
	if (*month < 1 || *month > 12)
		asn_die(ASN_EXIT_USAGE, "invalid value '%s' for --period: no such month", s);
}

static int any_table(const asn_report_data *d)
{
	int k;

	for (k = 0; k < ASN_REPORT_NKINDS; k++)
		if (asn_report_data_has(d, (asn_report_kind)k))
			return 1;
	return 0;
}

static int worse(int status, int rc)
{
	return rc > status ? rc : status;
}

/* The past months: each --previous a month folder (its month from its name
 * YYYY-MM, else counted back from the period in the order given) or an
 * archive of them; the MONTHS latest before the period, oldest first, read
 * with the same day of the month as the report date. */
typedef struct {
	asn_report_data *data[MONTHS];
	int ym[MONTHS];
	size_t n;
} past;

static void add_month(past *p, const char *dir, int ym, const asn_report_options *opt,
                      const asn_config *cfg, unsigned char delimiter, int *status)
{
	asn_date d = { ym / 100, ym % 100, opt->as_of.day };
	asn_report_data *data;
	size_t i;

	if (d.day > asn_date_days_in_month(d.year, d.month))
		d.day = asn_date_days_in_month(d.year, d.month);
	for (i = 0; i < p->n && p->ym[i] != ym; i++)
		;
	if (i < p->n || ym >= opt->period_year * 100 + opt->period_month)
		return;
	data = asn_report_data_alloc(d);
	asn_report_data_set_config(data, cfg);
	*status = worse(*status, asn_report_data_read_dir(data, dir, delimiter));
	if (!any_table(data)) {
		asn_warn("%s: no recognised table: no month-over-month changes from %04d-%02d", dir,
		         ym / 100, ym % 100);
		asn_report_data_free(data);
		return;
	}
	/* the latest MONTHS, oldest first */
	for (i = p->n; i > 0 && p->ym[i - 1] > ym; i--)
		;
	if (p->n == MONTHS && i == 0) {
		asn_report_data_free(data);
		return;
	}
	if (p->n == MONTHS) {
		asn_report_data_free(p->data[0]);
		memmove(p->data, p->data + 1, --i * sizeof *p->data);
		memmove(p->ym, p->ym + 1, i * sizeof *p->ym);
		p->n--;
	}
	memmove(p->data + i + 1, p->data + i, (p->n - i) * sizeof *p->data);
	memmove(p->ym + i + 1, p->ym + i, (p->n - i) * sizeof *p->ym);
	p->data[i] = data;
	p->ym[i] = ym;
	p->n++;
}

static void read_past(past *p, const char *const *dirs, int ndirs, const asn_report_options *opt,
                      const asn_config *cfg, unsigned char delimiter, int *status)
{
	int k, ym, *months = NULL, period = opt->period_year * 12 + opt->period_month - 1, back;
	long n, j;
	char *path;

	for (k = 0; k < ndirs && *status < ASN_EXIT_USAGE; k++) {
		if ((ym = asn_report_month_name(dirs[k]))) {
			add_month(p, dirs[k], ym, opt, cfg, delimiter, status);
			continue;
		}
		n = asn_report_archive_months(dirs[k], opt->period_year * 100 + opt->period_month,
		                              MONTHS, &months);
		for (j = 0; j < n; j++) {
			path = asn_malloc(strlen(dirs[k]) + 9);
			sprintf(path, "%s/%04d-%02d", dirs[k], months[j] / 100, months[j] % 100);
			add_month(p, path, months[j], opt, cfg, delimiter, status);
			free(path);
		}
		free(months);
		months = NULL;
		if (n > 0)
			continue;
		/* a folder named otherwise: the months before the period, in order */
		back = period - (ndirs - k);
		add_month(p, dirs[k], back / 12 * 100 + back % 12 + 1, opt, cfg, delimiter, status);
	}
}

/* --index: the archive's index.html. */
static void write_index(const char *dir, const char *output, const char *title, int english)
{
	asn_output *out = asn_output_open(output);
	char *clean = title ? asn_report_text_clean(title, strlen(title)) : NULL;
	int n = asn_report_index(asn_output_file(out), dir, clean, english);

	free(clean);
	if (n < 0)
		asn_die(ASN_EXIT_INPUT, "%s: cannot read the archive", dir);
	asn_output_close(out);
	asn_cli_summary("%s: %d monthly report(s) listed", dir, n);
}

int main(int argc, char *argv[])
{
	const char *config_path = NULL, *as_of = NULL, *output = NULL, *format = NULL;
	const char *period = NULL, *previous[MONTHS], *title = NULL, *lang = NULL, *index = NULL;
	asn_report_data *cur = NULL, *prev = NULL;
	past p;
	asn_report_options opt;
	asn_opts opts;
	asn_config cfg;
	unsigned long retired, away;
	asn_output *out;
	unsigned char delimiter = 0;
	char err[1024], *clean_title = NULL;
	int ch, i, status = ASN_EXIT_OK, nfiles, no_names = 0, nprevious = 0;
	long max_names = 50;

	asn_cli_init(argv[0]);
	asn_opts_init(&opts, &program);
	while ((ch = asn_opts_next(&opts, argc, argv)) != -1) {
		switch (ch) {
		case OPT_AS_OF: as_of = optarg; break;
		case 'c': config_path = optarg; break;
		case 'd': delimiter = asn_cli_delimiter(optarg, "delimiter"); break;
		case 'f': format = optarg; break;
		case OPT_LANG: lang = optarg; break;
		case 'o': output = optarg; break;
		case OPT_PERIOD: period = optarg; break;
		case 'q': asn_quiet = 1; break;
		case OPT_PREVIOUS:
			if (nprevious == MONTHS)
				asn_die(ASN_EXIT_USAGE, "--previous: at most %d folders", MONTHS);
			previous[nprevious++] = optarg;
			break;
		case OPT_INDEX: index = optarg; break;
		case OPT_TITLE: title = optarg; break;
		case OPT_NO_NAMES: no_names = 1; break;
		case OPT_MAX_NAMES: max_names = asn_cli_long(optarg, "max-names", 0, 1000000); break;
		default:
			asn_opts_usage(&program);
		}
	}
	argc -= optind;
	argv += optind;
	asn_cli_check_outputs(&output, 1, argv, argc, NULL, 0);
	if (index) {
		if (argc || nprevious)
			asn_die(ASN_EXIT_USAGE, "--index writes an archive's index: no input file and "
			        "no --previous");
		write_index(index, output, title, lang && strcmp(lang, "en") == 0);
		return asn_cli_finish(ASN_EXIT_OK);
	}

	memset(&opt, 0, sizeof opt);
	opt.no_names = no_names;
	opt.max_names = max_names;
	if (format)
		opt.format = parse_format(format);
	else if (output && strcmp(output, "-") != 0)
		opt.format = format_of_path(output);
	else
		opt.format = ASN_REPORT_TXT;
	if (lang && strcmp(lang, "id") && strcmp(lang, "en"))
		asn_die(ASN_EXIT_USAGE, "invalid value '%s' for --lang: expected id or en", lang);
	opt.lang = lang && strcmp(lang, "en") == 0 ? ASN_REPORT_EN : ASN_REPORT_ID;
	if (asn_cli_as_of(as_of, &opt.as_of))
		return ASN_EXIT_USAGE;
	opt.period_year = opt.as_of.year;
	opt.period_month = opt.as_of.month;
	if (period)
		parse_period(period, &opt.period_year, &opt.period_month);
	if (title) {
		clean_title = asn_report_text_clean(title, strlen(title));
		opt.title = clean_title;
	}
	if (asn_config_load(&cfg, config_path, err, sizeof err))
		asn_die(ASN_EXIT_USAGE, "%s", err);
	opt.config_source = cfg.source;
	opt.ikm_a = cfg.ikm_a;
	opt.ikm_b = cfg.ikm_b;

	cur = asn_report_data_alloc(opt.as_of);
	asn_report_data_set_config(cur, &cfg);
	nfiles = argc ? argc : 1;
	for (i = 0; i < nfiles && status < ASN_EXIT_USAGE; i++)
		status = worse(status, asn_report_data_read(cur, argc ? argv[i] : "-", delimiter));
	p.n = 0;
	if (nprevious && status < ASN_EXIT_USAGE)
		read_past(&p, previous, nprevious, &opt, &cfg, delimiter, &status);
	if (p.n) {
		prev = p.data[p.n - 1];
		opt.bulan = (const asn_report_data *const *)p.data;
		opt.bulan_ym = p.ym;
		opt.nbulan = p.n;
	}
	if (status < ASN_EXIT_USAGE) {
		out = asn_output_open(output);
		asn_report_render(asn_output_file(out), cur, prev, &opt);
		asn_output_close(out);
		asn_report_data_not_in_post(cur, &retired, &away);
		if (retired || away)
			asn_cli_summary("pegawai not counted as staff in post: %lu past tanggal_pensiun, "
			                "%lu by kedudukan", retired, away);
		asn_cli_summary("read %llu rows in %d files, rejected %llu",
		                asn_report_data_rows(cur), nfiles, asn_report_data_rejected(cur));
	}
	asn_report_data_free(cur);
	for (i = 0; i < (int)p.n; i++)
		asn_report_data_free(p.data[i]);
	asn_config_free(&cfg);
	free(clean_title);
	return asn_cli_finish(status);
}
