#include <sys/types.h>

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <csv.h>

#include "cli.h"
#include "csv.h"
#include "xlsx.h"

enum {
	CHUNK = 64 * 1024,      /* bytes read from the stream at a time */
	FEED_MAX = 64 * 1024,   /* bytes handed to csv_parse at a time */
	ENTRY_BLOCK = 16 * 1024 /* growth step of libcsv's field buffer */
};

static const char msg_too_many[] = "record too large (more than " ASN_CSV_FIELDS_MAX_TEXT
    " fields or 64 MiB)";
static const char msg_unterminated[] = "unterminated quoted field";
static const char msg_malformed[] =
	"malformed quoted field (a quote must be doubled inside quotes, "
	"and a quoted field must end at a delimiter or line end)";
static const char msg_stray_quote[] =
	"quote in unquoted field (a field holding a quote must be quoted, "
	"with the quote doubled)";
static const char msg_nul[] = "NUL byte in input (binary file?)";

struct asn_csv_reader {
	struct csv_parser parser;
	char *name;
	char *error;
	size_t errsize;
	unsigned char delimiter;

	FILE *file;             /* NULL for a reader over memory */
	int close_file;
	unsigned char *buf;     /* read buffer (file readers only) */
	const unsigned char *data; /* buf, or the caller's memory */
	size_t pos, end;
	/* First LF, CR, NUL and quote at or after pos, or end if none. */
	size_t next_lf, next_cr, next_nul, next_quote;
	unsigned long long consumed;       /* bytes dropped before data[0] */
	int eof, started, failed;

	long line;              /* physical line of data[pos] */
	long record_line, field_line, end_line;
	int in_record, record_done;
	size_t field_max, expect;
	int skip_blank;             /* blank lines skipped (and counted) */
	unsigned long blank_lines;
	int field_too_long;
	int too_many_fields;
	int libcsv_only;        /* no fast path: every line through libcsv */
	int quoting;            /* 0: '"' is an ordinary byte (SIASN's raw export) */
	int io_error;           /* the stream failed: nothing can follow */
	char *sheet;            /* worksheet of an .xlsx input, NULL: the first */
	asn_xlsx *xlsx;         /* the input is an .xlsx workbook */
	FILE *spool;            /* a workbook from a pipe, copied to be seekable */
	off_t start_offset;     /* where the stream was when the reader began, -1 */

	char *arena;            /* the fields of the record, NUL-terminated */
	size_t arena_used, arena_cap;
	size_t *offsets;
	size_t *lengths;
	char **fields;
	size_t nfields, fields_cap;
};

/* libcsv trims spaces and tabs around unquoted fields unless told that no
 * byte is a space; spaces are data here. */
static int
never_space(unsigned char c)
{
	(void)c;
	return 0;
}

static void reader_fail(asn_csv_reader *r, long line, size_t column, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

static void
reader_fail(asn_csv_reader *r, long line, size_t column, const char *fmt, ...)
{
	va_list ap;
	int n;

	r->failed = 1;
	if (line > 0)
		n = snprintf(r->error, r->errsize, "%s:%ld:%zu: ", r->name, line, column);
	else
		n = snprintf(r->error, r->errsize, "%s: ", r->name);
	if (n < 0 || (size_t)n >= r->errsize)
		return;
	va_start(ap, fmt);
	vsnprintf(r->error + n, r->errsize - (size_t)n, fmt, ap);
	va_end(ap);
}

static size_t
find_byte(const unsigned char *data, size_t from, size_t end, int c)
{
	const unsigned char *p = memchr(data + from, c, end - from);

	return p ? (size_t)(p - data) : end;
}

static size_t
next_byte(asn_csv_reader *r, size_t *cached, int c)
{
	if (*cached < r->pos)
		*cached = find_byte(r->data, r->pos, r->end, c);
	return *cached;
}

static void
rescan(asn_csv_reader *r)
{
	r->next_lf = find_byte(r->data, r->pos, r->end, '\n');
	r->next_cr = find_byte(r->data, r->pos, r->end, '\r');
	r->next_nul = find_byte(r->data, r->pos, r->end, '\0');
	r->next_quote = find_byte(r->data, r->pos, r->end, '"');
}

static void
parser_init(asn_csv_reader *r)
{
	csv_init(&r->parser, CSV_STRICT | CSV_STRICT_FINI);
	csv_set_space_func(&r->parser, never_space);
	csv_set_delim(&r->parser, r->delimiter);
	/* no quoting: a quote byte libcsv never sees, as NUL bytes are refused
	 * before they reach it */
	csv_set_quote(&r->parser, r->quoting ? '"' : '\0');
	csv_set_realloc_func(&r->parser, asn_realloc);
	csv_set_blk_size(&r->parser, ENTRY_BLOCK);
}

static asn_csv_reader *
reader_new(const char *name, unsigned char delimiter)
{
	asn_csv_reader *r = asn_malloc(sizeof(*r));

	memset(r, 0, sizeof(*r));
	r->name = asn_strdup(name);
	r->errsize = strlen(name) + 256;
	r->error = asn_malloc(r->errsize);
	r->error[0] = '\0';
	r->delimiter = delimiter ? delimiter : ',';
	r->field_max = ASN_CSV_FIELD_MAX;
	r->line = 1;
	r->quoting = 1;
	parser_init(r);
	return r;
}

asn_csv_reader *
asn_csv_reader_from_file(FILE *f, const char *name, unsigned char delimiter)
{
	asn_csv_reader *r = reader_new(name ? name : "<stdin>", delimiter);

	r->file = f;
	r->buf = asn_malloc(CHUNK);
	r->data = r->buf;
	r->start_offset = ftello(f);
	return r;
}

asn_csv_reader *
asn_csv_reader_open(const char *path, unsigned char delimiter)
{
	asn_csv_reader *r;
	FILE *f;

	if (!path || strcmp(path, "-") == 0)
		return asn_csv_reader_from_file(stdin, "<stdin>", delimiter);
	if (!(f = fopen(path, "rb"))) {
		asn_warn("%s:", path);
		return NULL;
	}
	r = asn_csv_reader_from_file(f, path, delimiter);
	r->close_file = 1;
	return r;
}

asn_csv_reader *
asn_csv_reader_from_memory(const void *buf, size_t len, const char *name,
    unsigned char delimiter)
{
	asn_csv_reader *r = reader_new(name ? name : "<memory>", delimiter);

	r->data = len ? buf : (const unsigned char *)"";
	r->end = len;
	r->eof = 1;
	rescan(r);
	return r;
}

void
asn_csv_reader_free(asn_csv_reader *r)
{
	if (!r)
		return;
	csv_free(&r->parser);
	asn_xlsx_free(r->xlsx);
	if (r->spool)
		fclose(r->spool);
	if (r->close_file)
		fclose(r->file);
	free(r->buf);
	free(r->arena);
	free(r->offsets);
	free(r->lengths);
	free(r->fields);
	free(r->error);
	free(r->name);
	free(r->sheet);
	free(r);
}

void
asn_csv_reader_set_field_max(asn_csv_reader *r, size_t max)
{
	r->field_max = max ? max : ASN_CSV_FIELD_MAX;
}

void
asn_csv_reader_set_libcsv_only(asn_csv_reader *r, int on)
{
	r->libcsv_only = on;
}

unsigned char
asn_csv_reader_delimiter(const asn_csv_reader *r)
{
	return r->delimiter;
}

void
asn_csv_reader_set_sheet(asn_csv_reader *r, const char *sheet)
{
	free(r->sheet);
	r->sheet = sheet ? asn_strdup(sheet) : NULL;
}

void
asn_csv_reader_set_quoting(asn_csv_reader *r, int on)
{
	r->quoting = on != 0;
	csv_set_quote(&r->parser, r->quoting ? '"' : '\0');
}

void
asn_csv_reader_expect_fields(asn_csv_reader *r, size_t n)
{
	r->expect = n;
}

const char *
asn_csv_reader_error(const asn_csv_reader *r)
{
	return r->error;
}

const char *
asn_csv_reader_name(const asn_csv_reader *r)
{
	return r->name;
}

unsigned long long
asn_csv_reader_bytes(const asn_csv_reader *r)
{
	if (r->xlsx)
		return asn_xlsx_bytes(r->xlsx);
	return r->consumed + r->pos;
}

static void fields_reserve(asn_csv_reader *r);

/* The stream starts like a zip archive: read it as an .xlsx workbook,
 * from the file itself when it can seek back to where the reader began at
 * offset 0, else from a copy (a pipe). */
static int
xlsx_start(asn_csv_reader *r)
{
	char err[1024];
	unsigned char chunk[CHUNK];
	size_t n;
	FILE *f = r->file;

	if (r->start_offset == 0 && fseeko(f, 0, SEEK_SET) == 0) {
		r->xlsx = asn_xlsx_open_file(f, r->name, r->sheet, err, sizeof(err));
	} else {
		if (!(r->spool = tmpfile())) {
			reader_fail(r, 0, 0, "cannot copy the workbook to a temporary file: %s",
			    strerror(errno));
			r->io_error = 1;
			return -1;
		}
		n = r->end - r->pos;
		if (fwrite(r->data + r->pos, 1, n, r->spool) != n)
			goto write_error;
		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
			if (fwrite(chunk, 1, n, r->spool) != n)
				goto write_error;
		if (ferror(f)) {
			reader_fail(r, 0, 0, "read error: %s", strerror(errno ? errno : EIO));
			r->io_error = 1;
			return -1;
		}
		if (fflush(r->spool) != 0)
			goto write_error;
		r->xlsx = asn_xlsx_open_file(r->spool, r->name, r->sheet, err, sizeof(err));
	}
	if (!r->xlsx) {
		/* the message names the file already */
		snprintf(r->error, r->errsize, "%s", err);
		r->failed = r->io_error = 1;
		return -1;
	}
	return 0;
write_error:
	reader_fail(r, 0, 0, "cannot copy the workbook to a temporary file: %s", strerror(errno));
	r->io_error = 1;
	return -1;
}

/* A worksheet row as a record: Excel leaves out the empty cells at the end
 * of a row, so a short row is padded to the header's width, and empty cells
 * past it are dropped. */
static int
xlsx_next(asn_csv_reader *r, asn_csv_record *rec)
{
	asn_csv_record row;
	size_t i, n;
	int rc = asn_xlsx_next(r->xlsx, &row);

	if (rc <= 0) {
		if (rc < 0) {
			snprintf(r->error, r->errsize, "%s", asn_xlsx_error(r->xlsx));
			r->failed = r->io_error = 1;
		}
		rec->nfields = 0;
		return rc;
	}
	n = row.nfields;
	if (r->expect) {
		while (n > r->expect && row.lengths[n - 1] == 0)
			n--;
		if (n < r->expect)
			n = r->expect;
	}
	r->nfields = 0;
	for (i = 0; i < n; i++) {
		fields_reserve(r);
		r->fields[i] = i < row.nfields ? row.fields[i] : (char *)"";
		r->lengths[i] = i < row.nfields ? row.lengths[i] : 0;
		r->nfields++;
	}
	rec->nfields = n;
	rec->fields = r->fields;
	rec->lengths = r->lengths;
	rec->line = row.line;
	rec->end_line = row.end_line;
	if (r->expect && n != r->expect) {
		snprintf(r->error, r->errsize, "%s:%ld:%zu: expected %zu fields, got %zu",
		    r->name, rec->line, r->expect + 1, r->expect, n);
		return -1;
	}
	return 1;
}

/* Keep the unread bytes and fill the rest of the buffer from the stream. */
static int
reader_fill(asn_csv_reader *r)
{
	size_t keep = r->end - r->pos, n;

	if (r->eof)
		return 0;
	memmove(r->buf, r->buf + r->pos, keep);
	r->consumed += r->pos;
	r->pos = 0;
	r->end = keep;
	errno = 0;
	n = fread(r->buf + keep, 1, CHUNK - keep, r->file);
	r->end += n;
	if (n < CHUNK - keep) {
		if (ferror(r->file)) {
			reader_fail(r, 0, 0, "read error: %s", strerror(errno ? errno : EIO));
			r->io_error = 1;
			return -1;
		}
		r->eof = 1;
	}
	rescan(r);
	return 0;
}

/* At least n bytes past pos unless the input ends sooner. */
static int
reader_want(asn_csv_reader *r, size_t n)
{
	while (r->end - r->pos < n && !r->eof)
		if (reader_fill(r) < 0)
			return -1;
	return 0;
}

static int
reader_start(asn_csv_reader *r)
{
	if (r->started)
		return 0;
	r->started = 1;
	if (reader_want(r, 4) < 0)
		return -1;
	if (r->file && asn_xlsx_sniff(r->data + r->pos, r->end - r->pos))
		return xlsx_start(r);
	/* a file saved twice by a tool that adds one each time has two */
	while (r->end - r->pos >= 3 && memcmp(r->data + r->pos, "\xEF\xBB\xBF", 3) == 0) {
		r->pos += 3;
		rescan(r);
	}
	/* UTF-16 with its mark, or without: ASCII with a NUL after (or
	 * before) every byte */
	if (r->end - r->pos >= 4 && ((memcmp(r->data + r->pos, "\xFF\xFE", 2) == 0 ||
	    memcmp(r->data + r->pos, "\xFE\xFF", 2) == 0) ||
	    (r->data[r->pos] && !r->data[r->pos + 1] && r->data[r->pos + 2] &&
	     !r->data[r->pos + 3]) ||
	    (!r->data[r->pos] && r->data[r->pos + 1] && !r->data[r->pos + 2] &&
	     r->data[r->pos + 3]))) {
		reader_fail(r, 0, 0, "UTF-16 text (Excel's \"Unicode Text\"); save the sheet as "
		    "\"CSV UTF-8 (Comma delimited)\" and read that file");
		r->io_error = 1;
		return -1;
	}
	return 0;
}

unsigned char
asn_csv_reader_detect_delimiter(asn_csv_reader *r)
{
	static const unsigned char candidates[] = { ',', ';', '\t', '|' };
	size_t count[sizeof(candidates)] = { 0 };
	size_t i, k, best = 0;
	int quoted = 0;
	unsigned char c;

	if (reader_start(r) < 0 || r->xlsx || reader_want(r, CHUNK) < 0)
		return r->delimiter;
	/* the first line that holds any: title lines above a header (a
	 * SIMPEG list) often hold none */
	for (i = r->pos; i < r->end; i++) {
		c = r->data[i];
		if (c == '"') {
			quoted = !quoted;
		} else if (!quoted && (c == '\n' || c == '\r')) {
			for (k = 0; k < sizeof(candidates) && !count[k]; k++)
				;
			if (k < sizeof(candidates))
				break;
		} else if (!quoted) {
			for (k = 0; k < sizeof(candidates); k++)
				if (c == candidates[k])
					count[k]++;
		}
	}
	for (k = 1; k < sizeof(candidates); k++)
		if (count[k] > count[best])
			best = k;
	r->delimiter = candidates[best];
	csv_set_delim(&r->parser, r->delimiter);
	return r->delimiter;
}

static void
fields_reserve(asn_csv_reader *r)
{
	size_t cap;

	if (r->nfields < r->fields_cap)
		return;
	cap = r->fields_cap ? 2 * r->fields_cap : 32;
	r->offsets = asn_realloc(r->offsets, cap * sizeof(*r->offsets));
	r->lengths = asn_realloc(r->lengths, cap * sizeof(*r->lengths));
	r->fields = asn_realloc(r->fields, cap * sizeof(*r->fields));
	r->fields_cap = cap;
}

/* Room for len bytes and a NUL in the arena. */
static void
arena_reserve(asn_csv_reader *r, size_t len)
{
	size_t cap;

	if (r->arena_cap - r->arena_used > len)
		return;
	cap = r->arena_cap ? r->arena_cap : 4096;
	while (cap - r->arena_used <= len)
		cap *= 2;
	r->arena = asn_realloc(r->arena, cap);
	r->arena_cap = cap;
}

static void
record_add(asn_csv_reader *r, const void *s, size_t len)
{
	fields_reserve(r);
	arena_reserve(r, len);
	if (len)
		memcpy(r->arena + r->arena_used, s, len);
	r->arena[r->arena_used + len] = '\0';
	r->offsets[r->nfields] = r->arena_used;
	r->lengths[r->nfields] = len;
	r->nfields++;
	r->arena_used += len + 1;
}

static void
on_field(void *s, size_t len, void *data)
{
	asn_csv_reader *r = data;

	if (r->field_too_long || r->too_many_fields)
		return;
	if (r->nfields >= ASN_CSV_FIELDS_MAX || r->arena_used + len > ASN_CSV_RECORD_MAX) {
		r->too_many_fields = 1;
		return;
	}
	if (len > r->field_max) {
		r->field_too_long = 1;
		return;
	}
	record_add(r, s, len);
	/* The next field starts on the line of this field's delimiter. */
	r->field_line = r->line;
}

static void
on_record(int c, void *data)
{
	asn_csv_reader *r = data;

	(void)c;
	r->record_done = 1;
	r->end_line = r->line;
}

static void
record_begin(asn_csv_reader *r)
{
	r->in_record = 1;
	r->record_done = 0;
	r->nfields = 0;
	r->arena_used = 0;
	r->record_line = r->field_line = r->line;
}

/* What record_finish returns for a blank line skipped. */
enum { BLANK_SKIPPED = 2 };

static int
record_finish(asn_csv_reader *r, asn_csv_record *rec)
{
	size_t i, col;

	r->in_record = 0;
	r->record_done = 0;
	for (i = 0; i < r->nfields; i++)
		r->fields[i] = r->arena + r->offsets[i];
	rec->nfields = r->nfields;
	rec->fields = r->fields;
	rec->lengths = r->lengths;
	rec->line = r->record_line;
	rec->end_line = r->end_line;
	/* a blank line in a table of several columns: skipped and counted */
	if (r->skip_blank && r->expect > 1 && r->nfields == 1 && r->lengths[0] == 0) {
		r->blank_lines++;
		return BLANK_SKIPPED;
	}
	if (r->expect && r->nfields != r->expect) {
		col = (r->nfields < r->expect ? r->nfields : r->expect) + 1;
		snprintf(r->error, r->errsize, "%s:%ld:%zu: expected %zu fields, got %zu",
		    r->name, r->record_line, col, r->expect, r->nfields);
		return -1;
	}
	return 1;
}

static int
feed_piece(asn_csv_reader *r, size_t n)
{
	size_t done;
	int status;

	done = csv_parse(&r->parser, r->data + r->pos, n, on_field, on_record, r);
	r->pos += done;
	/*
	 * libcsv has no limit of its own: entry_pos, public in struct
	 * csv_parser, is the length of the field being built (plus a closing
	 * quote), checked between pieces so memory stays near the limit.
	 */
	if (r->field_too_long || r->parser.entry_pos > r->field_max + 1) {
		reader_fail(r, r->field_line, r->nfields + 1, "field longer than %zu bytes",
		    r->field_max);
		return -1;
	}
	if (r->too_many_fields) {
		reader_fail(r, r->field_line, r->nfields + 1, "%s", msg_too_many);
		return -1;
	}
	if (done == n)
		return 0;
	status = csv_error(&r->parser);
	if (status != CSV_EPARSE)
		reader_fail(r, r->line, r->nfields + 1, "%s", csv_strerror(status));
	else if (r->data[r->pos] == '"')
		reader_fail(r, r->line, r->nfields + 1, "%s", msg_stray_quote);
	else
		reader_fail(r, r->line, r->nfields + 1, "%s", msg_malformed);
	return -1;
}

/* Hand data[pos, stop) of one physical line to libcsv. */
static int
feed(asn_csv_reader *r, size_t stop)
{
	size_t n;
	int nul;

	while (r->pos < stop) {
		n = stop - r->pos < FEED_MAX ? stop - r->pos : FEED_MAX;
		nul = next_byte(r, &r->next_nul, '\0') < r->pos + n;
		if (nul)
			n = r->next_nul - r->pos;
		if (n > 0 && feed_piece(r, n) < 0)
			return -1;
		if (nul) {
			reader_fail(r, r->line, r->nfields + 1, "%s", msg_nul);
			return -1;
		}
	}
	return 0;
}

static int
reader_error(asn_csv_record *rec)
{
	rec->nfields = 0;
	rec->line = rec->end_line = 0;
	return -1;
}

static int
reader_eof(asn_csv_reader *r, asn_csv_record *rec)
{
	if (!r->in_record) {
		rec->nfields = 0;
		return 0;
	}
	if (csv_fini(&r->parser, on_field, on_record, r) != 0) {
		reader_fail(r, r->field_line, r->nfields + 1, "%s", msg_unterminated);
		return reader_error(rec);
	}
	if (r->field_too_long) {
		reader_fail(r, r->field_line, r->nfields + 1, "field longer than %zu bytes",
		    r->field_max);
		return reader_error(rec);
	}
	if (r->too_many_fields) {
		reader_fail(r, r->field_line, r->nfields + 1, "%s", msg_too_many);
		return reader_error(rec);
	}
	return record_finish(r, rec);
}

/* Room for one more field of len bytes on the fast path; else the
 * reader fails at it. */
static int
field_fits(asn_csv_reader *r, size_t len)
{
	if (len > r->field_max) {
		reader_fail(r, r->line, r->nfields + 1, "field longer than %zu bytes",
		    r->field_max);
		return 0;
	}
	if (r->nfields >= ASN_CSV_FIELDS_MAX) {
		reader_fail(r, r->line, r->nfields + 1, "%s", msg_too_many);
		return 0;
	}
	return 1;
}

/*
 * Fields without quotes need no CSV parsing: split the ones from pos up to
 * the first field holding a quote (or the line end).  Returns 1 when that
 * ended the line, 0 when pos is at a field holding a quote.  This is also
 * what makes a blank line a record of one empty field (libcsv drops it).
 */
static int
split_plain(asn_csv_reader *r, size_t content_end)
{
	size_t n = content_end - r->pos, start = 0, flen;
	int quoted = r->quoting && next_byte(r, &r->next_quote, '"') < content_end;
	const unsigned char *line = r->data + r->pos;
	char *out, *d;

	if (quoted) {
		n = r->next_quote - r->pos;
		while (n > 0 && line[n - 1] != r->delimiter)
			n--;
		if (n == 0)
			return 0;
	}
	arena_reserve(r, n);
	out = r->arena + r->arena_used;
	memcpy(out, line, n);
	out[n] = '\0';
	for (;;) {
		d = memchr(out + start, r->delimiter, n - start);
		flen = (d ? (size_t)(d - out) : n) - start;
		if (!field_fits(r, flen))
			return -1;
		fields_reserve(r);
		r->offsets[r->nfields] = r->arena_used + start;
		r->lengths[r->nfields++] = flen;
		if (!d)
			break;
		*d = '\0';
		start = (size_t)(d - out) + 1;
		if (start == n && quoted)
			break;
	}
	r->arena_used += quoted ? n : n + 1;
	r->pos += n;
	return !quoted;
}

/* Just past the quote closing the field that opens at pos, or 0 if it
 * does not close on this line; *escaped tells whether it holds "". */
static size_t
closing_quote(const asn_csv_reader *r, size_t content_end, int *escaped)
{
	const unsigned char *q;
	size_t i = r->pos + 1;

	*escaped = 0;
	while ((q = memchr(r->data + i, '"', content_end - i))) {
		i = (size_t)(q - r->data) + 1;
		if (i == content_end || r->data[i] != '"')
			return i;
		*escaped = 1;
		i++;
	}
	return 0;
}

/*
 * A line that starts a record.  Plain fields, and quoted fields without ""
 * that end on this line, are split here with memchr, several times faster
 * than libcsv's byte-at-a-time state machine, which with no spaces trimmed
 * also calls the space function on every byte of an unquoted field.
 * libcsv parses a field
 * with "", and gets the rest of the line from a field that goes on to the
 * next line or is malformed, and so reports the error.  Returns 1 when
 * the line held the whole record.
 */
static int
split_line(asn_csv_reader *r, size_t content_end)
{
	size_t end, len;
	int done, escaped;

	for (;;) {
		if ((done = split_plain(r, content_end)) != 0)
			return done;
		if (r->data[r->pos] != '"' || !(end = closing_quote(r, content_end, &escaped)) ||
		    (end < content_end && r->data[end] != r->delimiter) ||
		    (escaped && end == content_end))
			return 0;
		if (escaped) {
			if (feed(r, end + 1) < 0)
				return -1;
			/* libcsv is left at a field start: back to a row start. */
			csv_fini(&r->parser, NULL, NULL, NULL);
			continue;
		}
		len = end - r->pos - 2;
		if (!field_fits(r, len))
			return -1;
		record_add(r, r->data + r->pos + 1, len);
		if (end == content_end) {
			r->pos = end;
			return 1;
		}
		r->pos = end + 1;
	}
}

/*
 * The input is taken one physical line at a time (LF, CRLF or a lone CR
 * ends a line), so the line of every field is known; a record always
 * starts at the beginning of a line, and a line going on inside a quoted
 * field is handed to libcsv whole.
 */
static int
reader_next(asn_csv_reader *r, asn_csv_record *rec)
{
	size_t stop, content_end;
	int terminated, plain;

	if (r->failed || reader_start(r) < 0)
		return reader_error(rec);
	if (r->xlsx)
		return xlsx_next(r, rec);
	for (;;) {
		if (reader_want(r, 2) < 0)
			return reader_error(rec);
		if (r->pos == r->end)
			return reader_eof(r, rec);
		next_byte(r, &r->next_lf, '\n');
		next_byte(r, &r->next_cr, '\r');
		terminated = 1;
		if (r->next_cr < r->next_lf) {
			content_end = r->next_cr;
			if (content_end + 1 < r->end)
				stop = content_end + 1 + (r->data[content_end + 1] == '\n');
			else if (r->eof)
				stop = content_end + 1;
			else
				stop = content_end, terminated = 0;
		} else if (r->next_lf < r->end) {
			content_end = r->next_lf;
			stop = content_end + 1;
		} else {
			content_end = stop = r->end;
			terminated = 0;
		}
		if (!r->in_record) {
			record_begin(r);
			/* a blank line is a record of one empty field either way */
			if ((!r->libcsv_only || content_end == r->pos) &&
			    (terminated || r->eof) && content_end - r->pos <= FEED_MAX &&
			    next_byte(r, &r->next_nul, '\0') >= content_end) {
				plain = split_line(r, content_end);
				if (plain < 0)
					return reader_error(rec);
				if (plain) {
					r->pos = stop;
					r->end_line = r->line;
					if (terminated)
						r->line++;
					return record_finish(r, rec);
				}
			}
		}
		if (feed(r, stop) < 0)
			return reader_error(rec);
		if (terminated)
			r->line++;
		if (r->record_done)
			return record_finish(r, rec);
	}
}

int
asn_csv_reader_next(asn_csv_reader *r, asn_csv_record *rec)
{
	int rc;

	while ((rc = reader_next(r, rec)) == BLANK_SKIPPED)
		;
	return rc;
}

void
asn_csv_reader_skip_blank_lines(asn_csv_reader *r, int on)
{
	r->skip_blank = on != 0;
}

unsigned long
asn_csv_reader_blank_lines(const asn_csv_reader *r)
{
	return r->blank_lines;
}
int
asn_csv_reader_resync(asn_csv_reader *r)
{
	size_t lf, cr, e;

	if (!r->failed || r->io_error)
		return -1;
	for (;;) {
		lf = find_byte(r->data, r->pos, r->end, '\n');
		cr = find_byte(r->data, r->pos, r->end, '\r');
		e = lf < cr ? lf : cr;
		if (e < r->end) {
			r->pos = e + 1;
			if (r->data[e] == '\r') {
				if (reader_want(r, 1) < 0)
					return -1;
				if (r->pos < r->end && r->data[r->pos] == '\n')
					r->pos++;
			}
			break;
		}
		r->pos = r->end;
		if (r->eof)
			break;
		if (reader_fill(r) < 0)
			return -1;
	}
	r->line++;
	csv_free(&r->parser);
	parser_init(r);
	r->failed = 0;
	r->in_record = r->record_done = r->field_too_long = r->too_many_fields = 0;
	r->nfields = 0;
	r->error[0] = '\0';
	rescan(r);
	return 0;
}
