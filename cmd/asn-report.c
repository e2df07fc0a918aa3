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
       OPT_MAX_NAMES };

static const asn_option options[] = {
	{ 'f', "format", "FMT", "html, md or txt (default: from the -o extension,\nelse txt)",
	  "output format", "html md txt" },
	ASN_OPTION_OUTPUT,
	{ OPT_LANG, "lang", "LANG", "id (default) or en: labels and number format",
	  "language of the report", "id en" },
	{ OPT_TITLE, "title", "TEXT", "title of the report", "title of the report", NULL },
	{ OPT_PERIOD, "period", "YYYY-MM", "month the report is for (default: the --as-of month)",
	  "month of the report", NULL },
	{ OPT_PREVIOUS, "previous", "DIR",
	  "last month's outputs: adds month-over-month changes", "last month's outputs",
	  ASN_OPT_DIR },
	{ OPT_NO_NAMES, "no-names", NULL, "leave every NIP and name out (a report mailed\n"
	  "around)", "no NIP or name in the report", NULL },
	{ OPT_MAX_NAMES, "max-names", "N", "rows of the named appendix, the rest counted\n"
	  "(default: 50)", "rows of the named appendix", "50" },
	{ OPT_AS_OF, "as-of", "DATE", "report date YYYY-MM-DD (default: today, or\n"
	  "SOURCE_DATE_EPOCH)", "report date YYYY-MM-DD", ASN_OPT_DATE },
	ASN_OPTION_CONFIG("configuration YAML (IKM grade bounds)"),
	ASN_OPTION_DELIMITER("input delimiter (default: ,)"),
	ASN_OPTION_QUIET("no summary line"),
	ASN_OPTION_HELP,
	ASN_OPTION_VERSION,
	ASN_OPTION_END
};

static const asn_program program = {
	"[-q] [-c config] [-d delim] [-f html|md|txt] [-o output] [--as-of date] "
	"[--lang id|en] [--period YYYY-MM] [--previous dir] [--title text] "
	"[--no-names | --max-names n] [file ...]",
	"Render the monthly workforce report from the pegawai table and the outputs\n"
	"of asn-gap, asn-forecast and asn-score, each recognised by its header.",
	options,
	"Exit status: 0 report written, 1 rows skipped (report still written),\n"
	"2 usage error or unrecognised input, 3 unreadable or malformed input or\n"
	"write failure.",
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

/* The same day a month earlier (the 31st becomes the month's last day). */
static asn_date month_before(asn_date d)
{
	if (--d.month == 0) {
		d.month = 12;
		d.year--;
	}
	if (d.day > asn_date_days_in_month(d.year, d.month))
		d.day = asn_date_days_in_month(d.year, d.month);
	return d;
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

int main(int argc, char *argv[])
{
	const char *config_path = NULL, *as_of = NULL, *output = NULL, *format = NULL;
	const char *period = NULL, *previous = NULL, *title = NULL, *lang = NULL;
	asn_report_data *cur = NULL, *prev = NULL;
	asn_report_options opt;
	asn_opts opts;
	asn_config cfg;
	unsigned long retired, away;
	asn_output *out;
	unsigned char delimiter = 0;
	char err[1024], *clean_title = NULL;
	int ch, i, status = ASN_EXIT_OK, nfiles, no_names = 0;
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
		case OPT_PREVIOUS: previous = optarg; break;
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
	opt.ikm_a = cfg.ikm_a;
	opt.ikm_b = cfg.ikm_b;

	cur = asn_report_data_alloc(opt.as_of);
	asn_report_data_set_config(cur, &cfg);
	nfiles = argc ? argc : 1;
	for (i = 0; i < nfiles && status < ASN_EXIT_USAGE; i++)
		status = worse(status, asn_report_data_read(cur, argc ? argv[i] : "-", delimiter));
	if (previous && status < ASN_EXIT_USAGE) {
		prev = asn_report_data_alloc(month_before(opt.as_of));
		asn_report_data_set_config(prev, &cfg);
		status = worse(status, asn_report_data_read_dir(prev, previous, delimiter));
		if (status < ASN_EXIT_USAGE && !any_table(prev)) {
			asn_warn("%s: no recognised table: no month-over-month changes", previous);
			asn_report_data_free(prev);
			prev = NULL;
		}
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
	asn_report_data_free(prev);
	asn_config_free(&cfg);
	free(clean_title);
	return asn_cli_finish(status);
}
