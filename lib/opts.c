#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "config.h"
#include "opts.h"

/* The hidden option that prints a completion script. */
enum { OPT_COMPLETION = ASN_OPT_LONG + ASN_OPT_MAX + 1 };

/* --help: option names in the first 25 columns, their text after. */
enum { HELP_COLUMN = 25 };

static int has_short(const asn_option *opt)
{
	return opt->id > 0 && opt->id < ASN_OPT_LONG;
}

void asn_opts_init(asn_opts *o, const asn_program *p)
{
	const asn_option *opt;
	size_t n = 0, k = 0;

	memset(o, 0, sizeof *o);
	o->program = p;
	for (opt = p->options; opt->name; opt++) {
		if (n == ASN_OPT_MAX)
			asn_die(ASN_EXIT_USAGE, "more than %d options", ASN_OPT_MAX);
		o->longopts[n].name = opt->name;
		o->longopts[n].has_arg = opt->arg ? required_argument : no_argument;
		o->longopts[n].val = opt->id;
		n++;
		if (has_short(opt)) {
			o->shortopts[k++] = (char)opt->id;
			if (opt->arg)
				o->shortopts[k++] = ':';
		}
	}
	o->longopts[n].name = "completion";
	o->longopts[n].has_arg = required_argument;
	o->longopts[n].val = OPT_COMPLETION;
}

/* The forms of the synopsis, each wrapped within 80 columns at a blank
 * outside brackets, its lines indented under the first. */
static void usage_lines(FILE *f, const char *synopsis)
{
	const char *p = synopsis, *word, *usage = _("usage:");
	int indent = (int)strlen(usage) + 1 + (int)strlen(asn_progname) + 1, column, depth;
	size_t len;

	fprintf(f, "%s %s", usage, asn_progname);
	column = indent - 1;
	while (*p) {
		if (*p == '\n') {
			fprintf(f, "\n%*s%s", (int)strlen(usage) + 1, "", asn_progname);
			column = indent - 1;
			p++;
			continue;
		}
		for (word = p, depth = 0; *p && *p != '\n' && (depth || *p != ' '); p++)
			depth += (*p == '[') - (*p == ']');
		len = (size_t)(p - word);
		if (column > indent - 1 && column + 1 + (int)len > 80) {
			fprintf(f, "\n%*s", indent - 1, "");
			column = indent - 1;
		}
		fprintf(f, " %.*s", (int)len, word);
		column += 1 + (int)len;
		while (*p == ' ')
			p++;
	}
	fputc('\n', f);
}

void asn_opts_usage(const asn_program *p)
{
	usage_lines(stderr, p->synopsis);
	exit(ASN_EXIT_USAGE);
}

void asn_opts_help(FILE *f, const asn_program *p)
{
	const asn_option *opt;
	const char *text, *nl;
	int width;

	usage_lines(f, p->synopsis);
	fprintf(f, "\n%s\n\n", _(p->about));
	for (opt = p->options; opt->name; opt++) {
		if (has_short(opt))
			width = fprintf(f, "  -%c, --%s", opt->id, opt->name);
		else
			width = fprintf(f, "      --%s", opt->name);
		if (opt->arg)
			width += fprintf(f, " %s", opt->arg);
		for (text = _(opt->help); text; text = nl ? nl + 1 : NULL) {
			if (width > HELP_COLUMN - 2) {
				fputc('\n', f);
				width = 0;
			}
			nl = strchr(text, '\n');
			fprintf(f, "%*s%.*s\n", HELP_COLUMN - width, "",
			        (int)(nl ? nl - text : (long)strlen(text)), text);
			width = 0;
		}
	}
	fprintf(f, "\n%s\n", _(p->status));
}

/* With no locale (a cron job) the configuration says the language of
 * messages, --help too: a first, silent pass over the options finds
 * --config, then getopt starts again. */
static void configured_language(asn_opts *o, int argc, char *argv[])
{
	const asn_option *opt;
	const char *path = NULL;
	asn_config cfg;
	char err[256];
	int id, config = 0, quiet = asn_quiet;

	for (opt = o->program->options; opt->name; opt++)
		if (strcmp(opt->name, "config") == 0)
			config = opt->id;
	opterr = 0;
	while ((id = getopt_long(argc, argv, o->shortopts, o->longopts, NULL)) != -1)
		if (config && id == config)
			path = optarg;
	opterr = 1;
	optind = 0;
	asn_quiet = 1;  /* the program's own reading of it tells */
	if (asn_config_load(&cfg, path, err, sizeof err) == 0)
		asn_i18n_default(cfg.bahasa);
	asn_quiet = quiet;
	asn_config_free(&cfg);
}

int asn_opts_next(asn_opts *o, int argc, char *argv[])
{
	int id;

	if (!o->started) {
		o->started = 1;
		if (!asn_i18n_chosen())
			configured_language(o, argc, argv);
	}
	id = getopt_long(argc, argv, o->shortopts, o->longopts, NULL);

	switch (id) {
	case 'h':
		asn_opts_help(stdout, o->program);
		exit(asn_cli_finish(ASN_EXIT_OK));
	case 'V':
		printf("%s %s\n", asn_progname, ASN_VERSION);
		exit(asn_cli_finish(ASN_EXIT_OK));
	case OPT_COMPLETION:
		if (asn_opts_completion(stdout, o->program, optarg) < 0)
			asn_die(ASN_EXIT_USAGE, "invalid value '%s' for --completion: expected bash, "
			        "zsh or fish", optarg);
		exit(asn_cli_finish(ASN_EXIT_OK));
	case '?':
		asn_opts_usage(o->program);
	default:
		return id;
	}
}

/* The function names of the bash script: asn-gap gives _asn_gap. */
static void bash_name(FILE *f)
{
	const char *s;

	fputc('_', f);
	for (s = asn_progname; *s; s++)
		fputc(*s == '-' ? '_' : *s, f);
}

/* The extended glob of files of a kind, NULL: any file. */
static const char *bash_glob(const char *values)
{
	if (strcmp(values, ASN_OPT_CSV) == 0)
		return "*.@(csv|CSV|xlsx|XLSX)";
	if (strcmp(values, ASN_OPT_YAML) == 0)
		return "*.@(yaml|yml)";
	return NULL;
}

static int is_file(const char *values)
{
	return values && (strcmp(values, ASN_OPT_FILE) == 0 || strcmp(values, ASN_OPT_CSV) == 0 ||
	                  strcmp(values, ASN_OPT_YAML) == 0);
}

/* What a word completes to, as the lines of a bash case branch. */
static void bash_values(FILE *f, const char *values)
{
	const char *glob;

	if (!values) {
		fputs("\t\tCOMPREPLY=()\n", f);
	} else if (strcmp(values, ASN_OPT_DATE) == 0) {
		fputs("\t\tCOMPREPLY=($(compgen -W \"$(date +%Y-%m-%d)\" -- \"$cur\"))\n", f);
	} else if (strcmp(values, ASN_OPT_DIR) == 0) {
		fputs("\t\tlocal IFS=$'\\n'\n\t\tCOMPREPLY=($(compgen -d -- \"$cur\"))\n"
		      "\t\tcompopt -o filenames 2>/dev/null\n", f);
	} else if (is_file(values)) {
		fputs("\t\t", f);
		bash_name(f);
		glob = bash_glob(values);
		fprintf(f, glob ? "_files '%s'\n" : "_files\n", glob);
	} else {
		fprintf(f, "\t\tCOMPREPLY=($(compgen -W '%s' -- \"$cur\"))\n", values);
	}
}

static void bash_script(FILE *f, const asn_program *p)
{
	const asn_option *opt;

	fprintf(f, "# bash completion for %s, made from its option table\n"
	        "# Files named after the word (blanks kept, one per line), and folders to\n"
	        "# go into; $1, when given, an extended glob the files must match.\n",
	        asn_progname);
	bash_name(f);
	fputs("_files()\n{\n\tlocal IFS=$'\\n'\n\tif [[ -n $1 ]]; then\n"
	      "\t\tCOMPREPLY=($(compgen -o plusdirs -f -X \"!$1\" -- \"$cur\"))\n"
	      "\telse\n\t\tCOMPREPLY=($(compgen -f -- \"$cur\"))\n\tfi\n"
	      "\tcompopt -o filenames 2>/dev/null\n}\n\n", f);
	bash_name(f);
	fputs("()\n{\n\tlocal cur prev\n\tcur=${COMP_WORDS[COMP_CWORD]}\n"
	      "\tprev=${COMP_WORDS[COMP_CWORD-1]}\n\tcase $prev in\n", f);
	for (opt = p->options; opt->name; opt++) {
		if (!opt->arg)
			continue;
		if (has_short(opt))
			fprintf(f, "\t-%c|--%s)\n", opt->id, opt->name);
		else
			fprintf(f, "\t--%s)\n", opt->name);
		bash_values(f, opt->values);
		fputs("\t\treturn ;;\n", f);
	}
	fputs("\tesac\n\tif [[ $cur == -* ]]; then\n\t\tCOMPREPLY=($(compgen -W '", f);
	for (opt = p->options; opt->name; opt++) {
		if (has_short(opt))
			fprintf(f, "-%c ", opt->id);
		fprintf(f, "--%s%s", opt->name, opt[1].name ? " " : "");
	}
	fputs("' -- \"$cur\"))\n\t\treturn\n\tfi\n", f);
	bash_values(f, p->operands ? p->operands : ASN_OPT_FILE);
	fputs("}\ncomplete -F ", f);
	bash_name(f);
	fprintf(f, " %s\n", asn_progname);
}

/* Text inside '...' of a shell: a quote closes, is escaped, opens again. */
static void quoted(FILE *f, const char *s, const char *special)
{
	for (; *s; s++) {
		if (*s == '\'')
			fputs("'\\''", f);
		else if (special && strchr(special, *s))
			fprintf(f, "\\%c", *s);
		else
			fputc(*s, f);
	}
}

/* Words with the characters a zsh value list or fish argument list would
 * take as syntax escaped. */
static void words(FILE *f, const char *values)
{
	quoted(f, values, ",;|&<>()[]:\\\"$`");
}

static const char *zsh_glob(const char *values)
{
	if (strcmp(values, ASN_OPT_CSV) == 0)
		return "*.(csv|CSV|xlsx|XLSX)";
	if (strcmp(values, ASN_OPT_YAML) == 0)
		return "*.y(a|)ml";
	return NULL;
}

static void zsh_values(FILE *f, const char *label, const char *values)
{
	const char *glob;

	fprintf(f, ":%s:", label);
	if (!values)
		return;
	if (strcmp(values, ASN_OPT_DATE) == 0)
		return;
	if (strcmp(values, ASN_OPT_DIR) == 0) {
		fputs("_files -/", f);
	} else if (is_file(values)) {
		glob = zsh_glob(values);
		fprintf(f, glob ? "_files -g \"%s\"" : "_files", glob);
	} else {
		fputc('(', f);
		words(f, values);
		fputc(')', f);
	}
}

static void zsh_script(FILE *f, const asn_program *p)
{
	const asn_option *opt;
	int exclusive;

	fprintf(f, "#compdef %s\n# made from the option table of %s\n_arguments -s \\\n",
	        asn_progname, asn_progname);
	for (opt = p->options; opt->name; opt++) {
		exclusive = opt->id == 'h' || opt->id == 'V';
		fputs("\t'", f);
		if (has_short(opt))
			fprintf(f, exclusive ? "(- *)'{-%c,--%s}'" : "(-%c --%s)'{-%c,--%s}'", opt->id,
			        opt->name, opt->id, opt->name);
		else
			fprintf(f, "--%s", opt->name);
		fputc('[', f);
		quoted(f, opt->brief, "[]");
		fputc(']', f);
		if (opt->arg) {
			/* the argument's label: its help name in lower case */
			char label[32];
			size_t i;

			for (i = 0; opt->arg[i] && i + 1 < sizeof label; i++)
				label[i] = (char)(opt->arg[i] >= 'A' && opt->arg[i] <= 'Z' ?
				                  opt->arg[i] - 'A' + 'a' : opt->arg[i]);
			label[i] = '\0';
			zsh_values(f, strcmp(label, "date") == 0 ? "date (YYYY-MM-DD)" : label,
			           opt->values);
		}
		fputs("' \\\n", f);
	}
	fputs("\t'*", f);
	zsh_values(f, "input file", p->operands ? p->operands : ASN_OPT_FILE);
	fputs("'\n", f);
}

static void fish_script(FILE *f, const asn_program *p)
{
	const asn_option *opt;

	fprintf(f, "# fish completion for %s, made from its option table\n", asn_progname);
	for (opt = p->options; opt->name; opt++) {
		fprintf(f, "complete -c %s", asn_progname);
		if (has_short(opt))
			fprintf(f, " -s %c", opt->id);
		fprintf(f, " -l %s", opt->name);
		if (opt->arg && is_file(opt->values))
			fputs(" -r -F", f);
		else if (opt->arg && opt->values && strcmp(opt->values, ASN_OPT_DIR) == 0)
			fputs(" -x -a '(__fish_complete_directories)'", f);
		else if (opt->arg && opt->values && strcmp(opt->values, ASN_OPT_DATE) != 0) {
			fputs(" -x -a '", f);
			words(f, opt->values);
			fputc('\'', f);
		} else if (opt->arg) {
			fputs(" -x", f);
		}
		fputs(" -d '", f);
		quoted(f, opt->brief, NULL);
		fputs("'\n", f);
	}
}

int asn_opts_completion(FILE *f, const asn_program *p, const char *shell)
{
	if (strcmp(shell, "bash") == 0)
		bash_script(f, p);
	else if (strcmp(shell, "zsh") == 0)
		zsh_script(f, p);
	else if (strcmp(shell, "fish") == 0)
		fish_script(f, p);
	else
		return -1;
	return 0;
}
