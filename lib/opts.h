/* Each program's options written once, in a table from which come the
 * getopt tables, --help, the usage line and the completions of bash, zsh
 * and fish (`PROG --completion SHELL`, hidden). */
#ifndef ASN_OPTS_H
#define ASN_OPTS_H

#include <getopt.h>
#include <stdio.h>

#include "i18n.h"

/* Ids of options with no short letter start here. */
enum { ASN_OPT_LONG = 256, ASN_OPT_MAX = 48 };

/* What the argument of an option (or an operand) completes to: a kind of
 * file, a date, or words separated by spaces. */
#define ASN_OPT_FILE "<file>"
#define ASN_OPT_CSV "<csv>"
#define ASN_OPT_YAML "<yaml>"
#define ASN_OPT_DIR "<dir>"
#define ASN_OPT_DATE "<date>"

typedef struct {
	int id;             /* the short letter, or ASN_OPT_LONG + n */
	const char *name;   /* the long name */
	const char *arg;    /* the argument's name in --help; NULL: a flag */
	const char *help;   /* --help text (N_(), translated when printed); a '\n'
	                     * goes on to the next line */
	const char *brief;  /* the text of completion menus */
	const char *values; /* what the argument completes to; NULL: nothing */
} asn_option;

typedef struct {
	const char *synopsis;       /* after "usage: PROG "; a '\n' starts another form */
	const char *about;          /* the paragraph after the usage (N_()) */
	const asn_option *options;  /* up to an entry with a NULL name */
	const char *status;         /* the exit status paragraph (N_()) */
	const char *operands;       /* what operands complete to */
} asn_program;

/* The options every program shares. */
#define ASN_OPTION_CONFIG(help) \
	{ 'c', "config", "FILE", help, "configuration YAML", ASN_OPT_YAML }
#define ASN_OPTION_DELIMITER(help) \
	{ 'd', "delimiter", "C", help, "input delimiter", ", ; tab |" }
#define ASN_OPTION_OUTPUT \
	{ 'o', "output", "FILE", N_("write to FILE atomically (default: stdout)"), "output file", \
	  ASN_OPT_FILE }
#define ASN_OPTION_AS_OF(help) \
	{ ASN_OPT_LONG, "as-of", "DATE", help, "reference date YYYY-MM-DD", ASN_OPT_DATE }
#define ASN_OPTION_PRINT_CONFIG(id) \
	{ id, "print-config", NULL, N_("print the effective configuration and exit"), \
	  "print the effective configuration", NULL }
#define ASN_OPTION_QUIET(help) \
	{ 'q', "quiet", NULL, help, "no summary line", NULL }
#define ASN_OPTION_HELP { 'h', "help", NULL, N_("this help"), "print help and exit", NULL }
#define ASN_OPTION_VERSION { 'V', "version", NULL, N_("version"), "print version and exit", NULL }
#define ASN_OPTION_END { 0, NULL, NULL, NULL, NULL, NULL }

typedef struct {
	const asn_program *program;
	struct option longopts[ASN_OPT_MAX + 2];
	char shortopts[2 * ASN_OPT_MAX + 1];
	int started;
} asn_opts;

void asn_opts_init(asn_opts *o, const asn_program *p);

/* getopt_long over the table: the id of the next option (optarg set), or
 * -1 after the last.  --help and --version are answered here (exit 0), as
 * is --completion SHELL; an unknown option or a missing argument prints
 * the usage and exits 2. */
int asn_opts_next(asn_opts *o, int argc, char *argv[]);

void asn_opts_usage(const asn_program *p) __attribute__((noreturn));
void asn_opts_help(FILE *f, const asn_program *p);

/* The completion script of shell "bash", "zsh" or "fish" for the program
 * named asn_progname.  Returns 0, or -1 for another shell. */
int asn_opts_completion(FILE *f, const asn_program *p, const char *shell);

#endif
