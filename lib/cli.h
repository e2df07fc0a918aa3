/* Common command-line frame: messages, exit codes, allocation, options, output. */
#ifndef ASN_CLI_H
#define ASN_CLI_H

#include <stddef.h>
#include <stdio.h>
#include <stdarg.h>

#include "date.h"
#include "i18n.h"

/* Exit status of every program (doc/design.md "Exit status"). */
enum {
	ASN_EXIT_OK = 0,       /* all rows good */
	ASN_EXIT_REJECTED = 1, /* some rows rejected, good rows still written */
	ASN_EXIT_USAGE = 2,    /* usage or configuration error */
	ASN_EXIT_INPUT = 3     /* unreadable or malformed input, output write failure */
};

/* Name used as prefix of every message; set once by asn_cli_init(). */
extern const char *asn_progname;
extern int asn_quiet;

void asn_cli_init(const char *argv0);

/* Message helpers in the sbase manner: a format ending in ':' appends
 * strerror(errno).  asn_die() exits with the given status. */
void asn_die(int status, const char *fmt, ...) __attribute__((format(printf, 2, 3), noreturn));
void asn_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void asn_vwarn(const char *fmt, va_list ap);

/* Format a message into err (when err and errsize) and return -1: the
 * error path of functions that report into a caller's buffer. */
int asn_set_error(char *err, size_t errsize, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Allocation that cannot return NULL (exits 3 on exhaustion). */
void *asn_malloc(size_t n);
void *asn_calloc(size_t n, size_t size);
void *asn_realloc(void *p, size_t n);
char *asn_strdup(const char *s);
char *asn_strndup(const char *s, size_t n);

/* Reference date: --as-of if given, else SOURCE_DATE_EPOCH, else today (UTC).
 * Returns 0 or -1 with a message already printed (bad SOURCE_DATE_EPOCH). */
int asn_cli_as_of(const char *optarg_or_null, asn_date *out);

/* Strict number parsing of option values; on error print
 * "invalid value 'X' for --NAME: expected ..." and exit 2. */
long asn_cli_long(const char *s, const char *optname, long min, long max);
double asn_cli_double(const char *s, const char *optname, double min, double max);
unsigned char asn_cli_delimiter(const char *s, const char *optname);

/* Output: stdout, or FILE written to a temporary file in the same directory
 * and renamed into place by asn_output_close() only on success (a symlink
 * replaced, never written through; a file replaced keeps its mode and
 * group; a device or fifo written in place).
 * SIGPIPE is ignored; a write to a closed pipe ends the program quietly
 * with status 0 (doc/design.md: EPIPE ends quietly). */
typedef struct asn_output asn_output;
asn_output *asn_output_open(const char *path_or_null);
FILE *asn_output_file(asn_output *o);
/* Check the stream; on EPIPE exit 0, on other write errors remove the
 * temporary file, print "write error" and exit 3. Cheap; call per row. */
void asn_output_check(asn_output *o);
/* Flush, close, rename into place. Exits as asn_output_check on failure. */
void asn_output_close(asn_output *o);
/* Remove the temporary file without renaming (error path). */
void asn_output_abort(asn_output *o);

/* Before any work: an output that is another output, or one of the
 * inputs (the operands, and others such as a NEEDS table) ends the program
 * with status 2: the same device and inode, whatever the names.  "-" and
 * NULL are skipped; outputs that do not exist yet are told apart by name. */
void asn_cli_check_outputs(const char *const *outputs, size_t nout, char *const *operands,
                           int noperands, const char *const *others, size_t nothers);

/* Print "read N, wrote M, rejected K" style summaries only when !asn_quiet,
 * translated; the flag ' (%'llu) groups thousands in the language. */
void asn_cli_summary(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* The same text into buf (truncated to size - 1 bytes), for a summary made
 * of parts; returns its length. */
size_t asn_cli_format(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Final check of stdout/stderr at the end of main: flush, and turn a write
 * error into exit 3 (EPIPE into 0). Returns the status to exit with. */
int asn_cli_finish(int status);

#endif
