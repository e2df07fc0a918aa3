#include <errno.h>
#include <stdint.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

#define OUTPUT_BUFFER (1 << 16)

const char *asn_progname = "asn";
int asn_quiet;

struct asn_output {
	FILE *f;
	char *path;
	char *tmp;
	asn_output *next;
};

/* Temporary files still open, removed when the program dies. */
static asn_output *pending_outputs;

static void remove_pending(void)
{
	asn_output *o;

	for (o = pending_outputs; o; o = o->next)
		if (o->tmp)
			unlink(o->tmp);
}

/* Killed (a cron timeout, ^C): no temporary file is left behind, then the
 * signal takes its default course.  unlink is async-signal-safe. */
static void remove_pending_and_die(int sig)
{
	remove_pending();
	raise(sig);
}

void asn_cli_init(const char *argv0)
{
	static const int fatal[] = { SIGHUP, SIGINT, SIGTERM };
	struct sigaction sa, old;
	const char *slash;
	size_t i;

	asn_i18n_init();
	if (argv0) {
		slash = strrchr(argv0, '/');
		asn_progname = slash ? slash + 1 : argv0;
	}
	/* One exit path: whatever calls exit(), no temporary output stays. */
	atexit(remove_pending);
	/* A closed pipe must show up as EPIPE from write, not kill us; a file
	 * size limit (ulimit -f) as EFBIG, a write error. */
	signal(SIGPIPE, SIG_IGN);
	signal(SIGXFSZ, SIG_IGN);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = remove_pending_and_die;
	sa.sa_flags = SA_RESETHAND;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof fatal / sizeof fatal[0]; i++)
		if (sigaction(fatal[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
			sigaction(fatal[i], &sa, NULL);
}

void asn_vwarn(const char *fmt, va_list ap)
{
	int saved = errno;
	size_t n = strlen(fmt);

	fprintf(stderr, "%s: ", asn_progname);
	vfprintf(stderr, gettext(fmt), ap);
	if (n > 0 && fmt[n - 1] == ':')
		fprintf(stderr, " %s", strerror(saved));
	fputc('\n', stderr);
}

void asn_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	asn_vwarn(fmt, ap);
	va_end(ap);
}

void asn_die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	asn_vwarn(fmt, ap);
	va_end(ap);
	remove_pending();
	exit(status);
}

int asn_set_error(char *err, size_t errsize, const char *fmt, ...)
{
	va_list ap;

	if (err && errsize) {
		va_start(ap, fmt);
		vsnprintf(err, errsize, gettext(fmt), ap);
		va_end(ap);
	}
	return -1;
}

void *asn_malloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p)
		asn_die(ASN_EXIT_INPUT, "out of memory allocating %zu bytes", n);
	return p;
}

void *asn_calloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);

	if (!p)
		asn_die(ASN_EXIT_INPUT, "out of memory allocating %zu x %zu bytes", n, size);
	return p;
}

void *asn_realloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (!q)
		asn_die(ASN_EXIT_INPUT, "out of memory allocating %zu bytes", n);
	return q;
}

char *asn_strdup(const char *s)
{
	return asn_strndup(s, strlen(s));
}

char *asn_strndup(const char *s, size_t n)
{
	char *p = asn_malloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

int asn_cli_as_of(const char *arg, asn_date *out)
{
	const char *epoch;
	char *end;
	long long secs;
	time_t t;
	struct tm tm;

	if (arg) {
		if (asn_date_parse_iso(arg, strlen(arg), out) != 0) {
			asn_warn("invalid value '%s' for --as-of: expected a date YYYY-MM-DD", arg);
			return -1;
		}
		return 0;
	}
	epoch = getenv("SOURCE_DATE_EPOCH");
	if (epoch && *epoch) {
		errno = 0;
		secs = strtoll(epoch, &end, 10);
		if (errno || *end || secs < 0) {
			asn_warn("invalid SOURCE_DATE_EPOCH '%s': expected seconds since 1970", epoch);
			return -1;
		}
		t = (time_t)secs;
	} else {
		t = time(NULL);
	}
	if (!gmtime_r(&t, &tm)) {
		asn_warn("cannot convert the time to a date");
		return -1;
	}
	out->year = tm.tm_year + 1900;
	out->month = tm.tm_mon + 1;
	out->day = tm.tm_mday;
	/* the range --as-of has: milliseconds given by mistake are refused,
	 * not taken for the year 58803 */
	if (out->year < 1900 || out->year > 2199) {
		if (epoch && *epoch)
			asn_warn("invalid SOURCE_DATE_EPOCH '%s': the year %d is outside 1900-2199 "
			         "(seconds, not milliseconds)", epoch, out->year);
		else
			asn_warn("the clock says the year %d, outside 1900-2199: give --as-of", out->year);
		return -1;
	}
	return 0;
}

long asn_cli_long(const char *s, const char *optname, long min, long max)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < min || v > max)
		asn_die(ASN_EXIT_USAGE, "invalid value '%s' for --%s: expected an integer from %ld to %ld",
		        s, optname, min, max);
	return v;
}

double asn_cli_double(const char *s, const char *optname, double min, double max)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (errno || end == s || *end || !isfinite(v) || v < min || v > max)
		asn_die(ASN_EXIT_USAGE, "invalid value '%s' for --%s: expected a number from %g to %g",
		        s, optname, min, max);
	return v;
}

unsigned char asn_cli_delimiter(const char *s, const char *optname)
{
	if (strcmp(s, "\\t") == 0 || strcmp(s, "tab") == 0 || strcmp(s, "TAB") == 0)
		return '\t';
	if (strlen(s) != 1 || s[0] == '"' || s[0] == '\n' || s[0] == '\r')
		asn_die(ASN_EXIT_USAGE, "invalid value '%s' for --%s: expected one character (or 'tab')",
		        s, optname);
	return (unsigned char)s[0];
}

asn_output *asn_output_open(const char *path)
{
	asn_output *o = asn_calloc(1, sizeof *o);
	const char *slash, *base;
	size_t dirlen;
	struct stat st;
	mode_t mask;
	int fd, replacing;

	if (!path || strcmp(path, "-") == 0) {
		o->f = stdout;
		setvbuf(stdout, NULL, _IOFBF, OUTPUT_BUFFER);
		return o;
	}
	if (!*path)
		asn_die(ASN_EXIT_USAGE, "an empty output file name");
	o->path = asn_strdup(path);
	/* A device such as /dev/null or /dev/full, or a fifo, is written in
	 * place.  Anything else, a symlink too, is replaced by rename: a link
	 * is never written through, so its target (an input, another user's
	 * file) stays as it was. */
	replacing = lstat(path, &st) == 0;
	if (replacing && !S_ISREG(st.st_mode) && !S_ISLNK(st.st_mode)) {
		if (S_ISDIR(st.st_mode))
			asn_die(ASN_EXIT_INPUT, "%s: is a directory", path);
		o->f = fopen(path, "w");
		if (!o->f)
			asn_die(ASN_EXIT_INPUT, "%s:", path);
		return o;
	}
	slash = strrchr(path, '/');
	base = slash ? slash + 1 : path;
	dirlen = (size_t)(base - path);
	o->tmp = asn_malloc(dirlen + strlen(base) + 16);
	memcpy(o->tmp, path, dirlen);
	/* the hidden name must fit where the name itself fits */
	if (strlen(base) + 9 > NAME_MAX)
		sprintf(o->tmp + dirlen, ".asn.XXXXXX");
	else
		sprintf(o->tmp + dirlen, ".%s.XXXXXX", base);
	fd = mkstemp(o->tmp);
	if (fd < 0)
		asn_die(ASN_EXIT_INPUT, "%s: cannot create a temporary file beside it:", path);
	if (replacing && S_ISREG(st.st_mode)) {
		/* the file replaced keeps its mode and group */
		if (fchown(fd, (uid_t)-1, st.st_gid) != 0 && errno != EPERM)
			asn_warn("%s: cannot keep its group:", path);
		fchmod(fd, st.st_mode & 07777);
	} else {
		mask = umask(0);
		umask(mask);
		fchmod(fd, 0666 & ~mask);
	}
	o->f = fdopen(fd, "w");
	if (!o->f) {
		close(fd);
		unlink(o->tmp);
		asn_die(ASN_EXIT_INPUT, "%s:", path);
	}
	setvbuf(o->f, NULL, _IOFBF, OUTPUT_BUFFER);
	o->next = pending_outputs;
	pending_outputs = o;
	return o;
}

/* Same device and inode: the same file, whatever its names. */
static int same_file(const struct stat *a, const struct stat *b)
{
	return a->st_dev == b->st_dev && a->st_ino == b->st_ino;
}

void asn_cli_check_outputs(const char *const *outputs, size_t nout, char *const *operands,
                           int noperands, const char *const *others, size_t nothers)
{
	struct stat *out = asn_calloc(nout, sizeof *out), in;
	int *exists = asn_calloc(nout, sizeof *exists);
	size_t i, j, nin = (size_t)noperands + nothers;
	const char *input;

	for (i = 0; i < nout; i++) {
		if (!outputs[i] || strcmp(outputs[i], "-") == 0)
			continue;
		if (!*outputs[i])
			asn_die(ASN_EXIT_USAGE, "an empty output file name");
		/* a device (/dev/null) may well be named twice */
		exists[i] = stat(outputs[i], &out[i]) == 0 && S_ISREG(out[i].st_mode);
		for (j = 0; exists[i] && j < i; j++)
			if (exists[j] && same_file(&out[i], &out[j]))
				asn_die(ASN_EXIT_USAGE, "'%s' and '%s' are the same file: each output needs "
				        "its own", outputs[j], outputs[i]);
		for (j = 0; j < i && !exists[i]; j++)
			if (outputs[j] && strcmp(outputs[j], outputs[i]) == 0)
				asn_die(ASN_EXIT_USAGE, "'%s' named for two outputs: each needs its own",
				        outputs[i]);
	}
	for (j = 0; j < nin; j++) {
		input = j < (size_t)noperands ? operands[j] : others[j - (size_t)noperands];
		if (!input || strcmp(input, "-") == 0 || stat(input, &in) != 0)
			continue;
		for (i = 0; i < nout; i++)
			if (exists[i] && same_file(&out[i], &in))
				asn_die(ASN_EXIT_USAGE, "output '%s' is the input '%s': an input is never "
				        "written over", outputs[i], input);
	}
	free(out);
	free(exists);
}

FILE *asn_output_file(asn_output *o)
{
	return o->f;
}

static void output_unlink_pending(asn_output *o)
{
	asn_output **pp;

	for (pp = &pending_outputs; *pp; pp = &(*pp)->next)
		if (*pp == o) {
			*pp = o->next;
			break;
		}
}

static void output_fail(asn_output *o, int err)
{
	const char *name = o->path ? o->path : "<stdout>";

	if (err == EPIPE) {
		remove_pending();
		_exit(ASN_EXIT_OK);
	}
	asn_die(ASN_EXIT_INPUT, "%s: write error: %s", name, strerror(err ? err : EIO));
}

void asn_output_check(asn_output *o)
{
	if (ferror(o->f))
		output_fail(o, errno);
}

void asn_output_close(asn_output *o)
{
	int err = 0;

	if (fflush(o->f) != 0 || ferror(o->f))
		err = errno ? errno : EIO;
	if (o->f == stdout) {
		if (err)
			output_fail(o, err);
		free(o);
		return;
	}
	if (!err && o->tmp && fsync(fileno(o->f)) != 0 && errno != EINVAL && errno != EROFS)
		err = errno;
	if (fclose(o->f) != 0 && !err)
		err = errno ? errno : EIO;
	o->f = NULL;
	if (err)
		output_fail(o, err);
	if (o->tmp && rename(o->tmp, o->path) != 0)
		asn_die(ASN_EXIT_INPUT, "%s: cannot rename %s into place:", o->path, o->tmp);
	output_unlink_pending(o);
	free(o->tmp);
	free(o->path);
	free(o);
}

void asn_output_abort(asn_output *o)
{
	if (o->f && o->f != stdout)
		fclose(o->f);
	if (o->tmp)
		unlink(o->tmp);
	output_unlink_pending(o);
	free(o->tmp);
	free(o->path);
	free(o);
}

/* digits (a '-' first) grouped by thousands with sep */
static void put_grouped(FILE *f, const char *digits, char sep)
{
	size_t n;

	if (*digits == '-')
		fputc(*digits++, f);
	for (n = strlen(digits); *digits; digits++, n--) {
		fputc(*digits, f);
		if (n > 1 && n % 3 == 1)
			fputc(sep, f);
	}
}

/* vfprintf where the flag ' groups a number's thousands in the language of
 * the messages ("1.234,5" in Indonesian, "1,234.5" in English) whatever
 * LC_NUMERIC says: the catalog's summaries use it. */
static void print_grouped(FILE *f, const char *fmt, va_list ap)
{
	char spec[32], num[512], *dot;
	const char *p;
	size_t k;
	int group, id = asn_i18n_id(), star[2], nstar, i;

	while (*fmt) {
		if (*fmt != '%' || fmt[1] == '%') {
			fputc(*fmt, f);
			fmt += *fmt == '%' ? 2 : 1;
			continue;
		}
		group = 0;
		nstar = 0;
		k = 0;
		spec[k++] = '%';
		for (p = fmt + 1; *p && !strchr("diouxXeEfFgGaAcspn", *p) && k < sizeof spec - 2; p++) {
			if (*p == '\'') {
				group = 1;
				continue;
			}
			if (*p == '*' && nstar < 2)
				star[nstar++] = va_arg(ap, int);
			spec[k++] = *p;
		}
		spec[k++] = *p;
		spec[k] = '\0';
		fmt = *p ? p + 1 : p;
#define ARG(type) (nstar == 2 ? snprintf(num, sizeof num, spec, star[0], star[1], va_arg(ap, type)) \
	: nstar == 1 ? snprintf(num, sizeof num, spec, star[0], va_arg(ap, type)) \
	: snprintf(num, sizeof num, spec, va_arg(ap, type)))
		if (strchr("di", *p)) {
			if (strstr(spec, "ll")) ARG(long long);
			else if (strchr(spec, 'l')) ARG(long);
			else if (strchr(spec, 'z')) ARG(long);
			else if (strchr(spec, 'j')) ARG(intmax_t);
			else ARG(int);
		} else if (strchr("ouxX", *p)) {
			if (strstr(spec, "ll")) ARG(unsigned long long);
			else if (strchr(spec, 'l')) ARG(unsigned long);
			else if (strchr(spec, 'z')) ARG(size_t);
			else if (strchr(spec, 'j')) ARG(uintmax_t);
			else ARG(unsigned);
		} else if (strchr("eEfFgGaA", *p)) {
			if (strchr(spec, 'L')) ARG(long double);
			else ARG(double);
		} else if (*p == 'c') {
			ARG(int);
		} else if (*p == 's') {
			ARG(const char *);
		} else if (*p == 'p') {
			ARG(void *);
		} else {
			continue;
		}
#undef ARG
		if (!group || !strchr("diufFgG", *p) || strchr(spec, '.') || strchr(spec, 'e')) {
			fputs(num, f);
			continue;
		}
		/* a number with no width or precision: digits, a point, digits */
		dot = strchr(num, '.');
		if (dot)
			*dot = '\0';
		for (i = 0; num[i] == ' '; i++)
			fputc(' ', f);
		put_grouped(f, num + i, id ? '.' : ',');
		if (dot)
			fprintf(f, "%c%s", id ? ',' : '.', dot + 1);
	}
}

size_t asn_cli_format(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	char *text = NULL;
	size_t len = 0, n;
	FILE *f = open_memstream(&text, &len);

	if (!size)
		return 0;
	buf[0] = '\0';
	if (!f)
		return 0;
	va_start(ap, fmt);
	print_grouped(f, gettext(fmt), ap);
	va_end(ap);
	if (fclose(f) != 0 || !text) {
		free(text);
		return 0;
	}
	n = len < size ? len : size - 1;
	memcpy(buf, text, n);
	buf[n] = '\0';
	free(text);
	return n;
}

void asn_cli_summary(const char *fmt, ...)
{
	va_list ap;

	if (asn_quiet)
		return;
	va_start(ap, fmt);
	fprintf(stderr, "%s: ", asn_progname);
	print_grouped(stderr, gettext(fmt), ap);
	fputc('\n', stderr);
	va_end(ap);
}

int asn_cli_finish(int status)
{
	errno = 0;
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (errno == EPIPE)
			return ASN_EXIT_OK;
		asn_warn("<stdout>: write error: %s", strerror(errno ? errno : EIO));
		return ASN_EXIT_INPUT;
	}
	/* a closed stdout that nothing was written to (-o FILE >&-) lost
	 * nothing: only a failed write is an error */
	if (fclose(stdout) != 0 && errno != EBADF) {
		if (errno == EPIPE)
			return ASN_EXIT_OK;
		asn_warn("<stdout>: write error: %s", strerror(errno ? errno : EIO));
		return ASN_EXIT_INPUT;
	}
	return status;
}
