#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/types.h>

#include <pthread.h>

#include <expat.h>
#include <minizip/unzip.h>

#include "cli.h"
#include "date.h"
#include "xlsx_int.h"

static void sheet_fail(asn_xlsx *x, int in_row, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));


static void
sheet_fail(asn_xlsx *x, int in_row, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (x->failed)
		return;
	x->failed = 1;
	if (in_row)
		n = snprintf(x->error, sizeof x->error, "%s: sheet '%s' row %ld: ",
		    x->name, x->sheet, x->row);
	else
		n = snprintf(x->error, sizeof x->error, "%s: sheet '%s': ", x->name, x->sheet);
	if (n >= 0 && (size_t)n < sizeof x->error) {
		va_start(ap, fmt);
		vsnprintf(x->error + n, sizeof x->error - (size_t)n, gettext(fmt), ap);
		va_end(ap);
	}
	if (x->parser)
		XML_StopParser(x->parser, XML_FALSE);
}


/* Under expat, character data is reported only while it is wanted. */
static void
set_collect(asn_xlsx *x, int on)
{
	x->collect = on;
	if (x->parser)
		XML_SetCharacterDataHandler(x->parser, on ? xlsx_cell_text : NULL);
}

static void XMLCALL
sheet_doctype(void *ud, const XML_Char *name, const XML_Char *sysid,
    const XML_Char *pubid, int internal)
{
	asn_xlsx *x = ud;

	(void)name;
	(void)sysid;
	(void)pubid;
	(void)internal;
	sheet_fail(x, 0, "malformed XML at line %lu: document type declaration not allowed",
	    (unsigned long)XML_GetCurrentLineNumber(x->parser));
}

static void
reserve(asn_xlsx *x, size_t n)
{
	if (x->cap - x->used >= n)
		return;
	while (x->cap - x->used < n)
		x->cap *= 2;
	x->arena = asn_realloc(x->arena, x->cap);
}

void XMLCALL
xlsx_cell_text(void *ud, const XML_Char *s, int len)
{
	asn_xlsx *x = ud;

	if (x->parser)
		xlsx_mark(x->parser, &x->seen);
	if (x->failed)
		return;
	if ((size_t)len > x->field_max - (x->used - x->cell_start)) {
		sheet_fail(x, 1, "cell longer than %zu bytes", x->field_max);
		return;
	}
	reserve(x, (size_t)len + 1);
	memcpy(x->arena + x->used, s, (size_t)len);
	x->used += (size_t)len;
}

static void
row_start(asn_xlsx *x, const struct attrs *a)
{
	unsigned long n;

	if (a->r.p && xlsx_parse_ulong(a->r.p, a->r.n, LONG_MAX, &n) == 0 && n > 0)
		x->row = (long)n;
	else if (x->row < LONG_MAX)
		x->row++;
	x->in_row = 1;
	x->in_cell = 0;
	x->ncells = 0;
	x->used = 1;
	x->prev_col = -1;
}

/* "AB12" -> 27; -1 with the message given when the letters are missing or
 * name a column beyond XFD. */
static long
column_of(asn_xlsx *x, struct span ref)
{
	unsigned long col = 0;
	size_t i;

	for (i = 0; i < ref.n && ((ref.p[i] >= 'A' && ref.p[i] <= 'Z') ||
	    (ref.p[i] >= 'a' && ref.p[i] <= 'z')); i++)
		if (col <= COLUMNS)
			col = col * 26 + (unsigned long)(lower(ref.p[i]) - 'a' + 1);
	if (i == 0) {
		sheet_fail(x, 1, "bad cell reference '%.*s'", ref.n > 16 ? 16 : (int)ref.n, ref.p);
		return -1;
	}
	if (col > COLUMNS) {
		sheet_fail(x, 1, "column '%.*s%s' beyond XFD (%d columns)",
		    i > 12 ? 12 : (int)i, ref.p, i > 12 ? "..." : "", COLUMNS);
		return -1;
	}
	return (long)col - 1;
}

static void
col_name(size_t col, char buf[8])
{
	char tmp[8];
	size_t n = 0, i;

	col++;
	while (col > 0 && n < 7) {
		tmp[n++] = (char)('A' + (col - 1) % 26);
		col = (col - 1) / 26;
	}
	for (i = 0; i < n; i++)
		buf[i] = tmp[n - 1 - i];
	buf[n] = '\0';
}

static int
span_is(struct span sp, const char *s)
{
	return sp.n == strlen(s) && memcmp(sp.p, s, sp.n) == 0;
}

static enum cell_type
type_of(struct span t)
{
	if (!t.p)
		return T_NUMBER;
	if (span_is(t, "s"))
		return T_SHARED;
	if (span_is(t, "inlineStr"))
		return T_INLINE;
	if (span_is(t, "str"))
		return T_STR;
	if (span_is(t, "b"))
		return T_BOOL;
	if (span_is(t, "e"))
		return T_ERROR;
	if (span_is(t, "d"))
		return T_DATE;
	return T_NUMBER;
}

static void
cell_start(asn_xlsx *x, const struct attrs *a)
{
	unsigned long style;
	char c1[8], c2[8];
	long col;

	if (!x->in_row)
		return;
	if (x->in_cell) {
		sheet_fail(x, 1, "cell inside a cell");
		return;
	}
	x->type = type_of(a->t);
	if (!a->s.p || xlsx_parse_ulong(a->s.p, a->s.n, ULONG_MAX, &style) < 0)
		style = 0;
	if (a->r.p) {
		if ((col = column_of(x, a->r)) < 0)
			return;
	} else if ((col = x->prev_col + 1) >= COLUMNS) {
		sheet_fail(x, 1, "more than %d columns", COLUMNS);
		return;
	}
	if (col <= x->prev_col) {
		col_name((size_t)col, c1);
		col_name((size_t)x->prev_col, c2);
		sheet_fail(x, 1, "cell %s out of order (after %s)", c1, c2);
		return;
	}
	x->col = (size_t)col;
	x->cell_date = x->type == T_NUMBER && style < x->nxf && x->xf_date[style];
	x->cell_start = x->used;
	x->in_cell = 1;
	x->in_is = 0;
}

/*
 * Excel's day number as YYYY-MM-DD: days since 1899-12-30, or since
 * 1904-01-01 in a date1904 workbook, the time of day dropped.  Excel
 * counts the 29 February 1900 that never was (serial 60), so serials
 * below it are one day later than the count says; 60 itself, 0 and
 * anything not a plain non-negative decimal stay numbers.
 */
static int
serial_to_iso(const char *s, size_t len, int date1904, char out[11])
{
	static const asn_date epoch1900 = { 1899, 12, 30 }, epoch1904 = { 1904, 1, 1 };
	unsigned long days;
	size_t i, n;
	long base;

	for (n = 0; n < len && s[n] >= '0' && s[n] <= '9'; n++)
		;
	if (n < len && s[n] != '.')
		return -1;
	for (i = n + (n < len); i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return -1;
	if (xlsx_parse_ulong(s, n, 2958465, &days) < 0)     /* 9999-12-31 */
		return -1;
	if (date1904) {
		base = asn_date_to_days(epoch1904);
	} else {
		if (days == 0 || days == 60)
			return -1;
		base = asn_date_to_days(epoch1900) + (days < 60);
	}
	asn_date_format(asn_date_from_days(base + (long)days), out);
	return 0;
}

static int
is_iso_date(const char *s, size_t len)
{
	size_t i;

	if (len < 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return 0;
	return 1;
}

static void
replace_value(asn_xlsx *x, const char *s, size_t len)
{
	x->used = x->cell_start;
	reserve(x, len + 1);
	memcpy(x->arena + x->used, s, len);
	x->used += len;
}

static void
cell_end(asn_xlsx *x)
{
	char *v = x->arena + x->cell_start, iso[11];
	size_t len = x->used - x->cell_start;
	unsigned long i = 0;
	struct cell *c;

	x->in_cell = 0;
	x->in_is = 0;
	set_collect(x, 0);
	switch (x->type) {
	case T_SHARED:
		if (xlsx_parse_ulong(v, len, ULONG_MAX, &i) < 0 || i >= x->sst_n) {
			sheet_fail(x, 1, "shared string index '%.*s' out of range (%zu strings)",
			    len > 20 ? 20 : (int)len, v, x->sst_n);
			return;
		}
		__builtin_prefetch(&x->sst_off[i]);
		x->used = x->cell_start;
		break;
	case T_BOOL:
		if (len == 1 && (v[0] == '0' || v[0] == '1'))
			replace_value(x, v[0] == '1' ? "TRUE" : "FALSE", v[0] == '1' ? 4 : 5);
		break;
	case T_DATE:
		if (is_iso_date(v, len))
			x->used = x->cell_start + 10;
		break;
	case T_NUMBER:
		if (x->cell_date && serial_to_iso(v, len, x->date1904, iso) == 0)
			replace_value(x, iso, 10);
		break;
	default:
		break;
	}
	reserve(x, 1);
	x->arena[x->used++] = '\0';
	if (x->ncells == x->cells_cap) {
		x->cells_cap = x->cells_cap ? 2 * x->cells_cap : 64;
		x->cells = asn_realloc(x->cells, x->cells_cap * sizeof *x->cells);
	}
	c = &x->cells[x->ncells++];
	c->col = x->col;
	c->off = x->cell_start;
	c->len = x->used - 1 - x->cell_start;
	c->sst = x->type == T_SHARED ? i : NO_SST;
	x->prev_col = (long)x->col;
}

/* The shared strings of the row are copied together at its end: each
 * lookup misses the cache, and overlapping the misses (the offsets were
 * prefetched as the cells ended) is much of the speed of reading a large
 * sheet. */
static int
fetch_shared(asn_xlsx *x)
{
	struct cell *c, *end = x->cells + x->ncells;
	size_t len;

	for (c = x->cells; c < end; c++)
		if (c->sst != NO_SST)
			__builtin_prefetch(x->sst + x->sst_off[c->sst]);
	for (c = x->cells; c < end; c++) {
		if (c->sst == NO_SST)
			continue;
		len = x->sst_off[c->sst + 1] - x->sst_off[c->sst] - 1;
		if (len > x->field_max) {
			sheet_fail(x, 1, "cell longer than %zu bytes", x->field_max);
			return -1;
		}
		reserve(x, len + 1);
		c->off = x->used;
		c->len = len;
		memcpy(x->arena + x->used, x->sst + x->sst_off[c->sst], len + 1);
		x->used += len + 1;
	}
	return 0;
}

/* A row with cells is handed out: the parser stops here and resumes on
 * the next call, so that only one row is ever held.  Rows the fast
 * scanner handed out before expat took over are passed by. */
static void
row_end(asn_xlsx *x)
{
	size_t n, i;

	x->in_row = 0;
	if (x->ncells == 0)
		return;
	if (x->skip > 0) {
		x->skip--;
		return;
	}
	if (fetch_shared(x) < 0)
		return;
	n = x->cells[x->ncells - 1].col + 1;
	if (n > x->fields_cap) {
		x->fields_cap = n < 64 ? 64 : n;
		x->fields = asn_realloc(x->fields, x->fields_cap * sizeof *x->fields);
		x->lengths = asn_realloc(x->lengths, x->fields_cap * sizeof *x->lengths);
	}
	for (i = 0; i < n; i++) {
		x->fields[i] = x->arena;
		x->lengths[i] = 0;
	}
	for (i = 0; i < x->ncells; i++) {
		x->fields[x->cells[i].col] = x->arena + x->cells[i].off;
		x->lengths[x->cells[i].col] = x->cells[i].len;
	}
	x->ready = n;
	x->emitted++;
	if (x->parser)
		XML_StopParser(x->parser, XML_TRUE);
}

void
xlsx_start_elem(asn_xlsx *x, enum elem e, const struct attrs *a)
{
	switch (e) {
	case E_C:
		cell_start(x, a);
		break;
	case E_V:
		if (x->in_cell)
			set_collect(x, 1);
		break;
	case E_T:
		if (x->in_is && !x->rph)
			set_collect(x, 1);
		break;
	case E_IS:
		if (x->in_cell)
			x->in_is = 1;
		break;
	case E_ROW:
		row_start(x, a);
		break;
	case E_RPH:
		x->rph++;
		break;
	case E_OTHER:
		break;
	}
}

void
xlsx_end_elem(asn_xlsx *x, enum elem e)
{
	switch (e) {
	case E_C:
		if (x->in_cell)
			cell_end(x);
		break;
	case E_V:
	case E_T:
		set_collect(x, 0);
		break;
	case E_IS:
		x->in_is = 0;
		break;
	case E_ROW:
		if (x->in_row)
			row_end(x);
		break;
	case E_RPH:
		x->rph--;
		break;
	case E_OTHER:
		break;
	}
}

static void XMLCALL
sheet_other(void *ud, const XML_Char *s, int len)
{
	asn_xlsx *x = ud;

	(void)s, (void)len;
	xlsx_mark(x->parser, &x->seen);
}

static void XMLCALL
sheet_start(void *ud, const XML_Char *name, const XML_Char **attr)
{
	asn_xlsx *x = ud;
	struct attrs a;
	enum elem e;

	xlsx_mark(x->parser, &x->seen);
	if (x->failed)
		return;
	e = elem_of(name, strlen(name));
	memset(&a, 0, sizeof a);
	if (e == E_C || e == E_ROW)
		for (; *attr; attr += 2)
			attr_note(&a, attr[0], strlen(attr[0]), attr[1], strlen(attr[1]));
	xlsx_start_elem(x, e, &a);
}

static void XMLCALL
sheet_end(void *ud, const XML_Char *name)
{
	asn_xlsx *x = ud;

	xlsx_mark(x->parser, &x->seen);
	if (!x->failed)
		xlsx_end_elem(x, elem_of(name, strlen(name)));
}

/*
 * Inflating a large sheet costs about as much as scanning it, so with two
 * cores it runs in a thread of its own, a few chunks ahead of the scanner.
 * The thread owns the zip until it is joined; small sheets (tests, fuzz
 * inputs) are inflated in line.
 */
struct slot {
	char data[CHUNK];
	int n;                  /* bytes; 0 at the end; < 0 a zip error */
	int err;                /* errno with the error */
};

struct inflater {
	pthread_t thread;
	pthread_mutex_t lock;
	pthread_cond_t more, room;
	unzFile zip;
	struct slot slot[SLOTS];
	unsigned long head, tail;       /* slots tail..head-1 are full */
	int stop;
};

static void *
inflater_main(void *arg)
{
	struct inflater *in = arg;
	struct slot *s;
	int n, err, rc;

	for (;;) {
		pthread_mutex_lock(&in->lock);
		while (!in->stop && in->head - in->tail == SLOTS)
			pthread_cond_wait(&in->room, &in->lock);
		if (in->stop) {
			pthread_mutex_unlock(&in->lock);
			return NULL;
		}
		s = &in->slot[in->head % SLOTS];
		pthread_mutex_unlock(&in->lock);
		errno = 0;
		n = unzReadCurrentFile(in->zip, s->data, CHUNK);
		err = errno;
		if (n == 0 && (rc = unzCloseCurrentFile(in->zip)) != UNZ_OK) {
			n = rc;
			err = errno;
		}
		pthread_mutex_lock(&in->lock);
		s->n = n;
		s->err = err;
		in->head++;
		pthread_cond_signal(&in->more);
		pthread_mutex_unlock(&in->lock);
		if (n <= 0)
			return NULL;
	}
}

static void
inflater_start(asn_xlsx *x)
{
	struct inflater *in = asn_calloc(1, sizeof *in);

	in->zip = x->zip;
	pthread_mutex_init(&in->lock, NULL);
	pthread_cond_init(&in->more, NULL);
	pthread_cond_init(&in->room, NULL);
	if (pthread_create(&in->thread, NULL, inflater_main, in) != 0) {
		pthread_mutex_destroy(&in->lock);
		pthread_cond_destroy(&in->more);
		pthread_cond_destroy(&in->room);
		free(in);
		return;
	}
	x->inflater = in;
}

static void
inflater_stop(asn_xlsx *x)
{
	struct inflater *in = x->inflater;

	if (!in)
		return;
	pthread_mutex_lock(&in->lock);
	in->stop = 1;
	pthread_cond_signal(&in->room);
	pthread_mutex_unlock(&in->lock);
	pthread_join(in->thread, NULL);
	pthread_mutex_destroy(&in->lock);
	pthread_cond_destroy(&in->more);
	pthread_cond_destroy(&in->room);
	free(in);
	x->inflater = NULL;
}

/* Up to CHUNK bytes of the sheet into buf, as unzReadCurrentFile, except
 * that the end (0) comes with the part closed and its CRC checked. */
static int
sheet_read(asn_xlsx *x, char *buf)
{
	struct inflater *in = x->inflater;
	struct slot *s;
	int n;

	if (!in) {
		errno = 0;
		n = unzReadCurrentFile(x->zip, buf, CHUNK);
		if (n == 0) {
			x->part_open = 0;
			n = unzCloseCurrentFile(x->zip);
		}
		return n;
	}
	pthread_mutex_lock(&in->lock);
	while (in->head == in->tail)
		pthread_cond_wait(&in->more, &in->lock);
	s = &in->slot[in->tail % SLOTS];
	pthread_mutex_unlock(&in->lock);
	n = s->n;
	if (n > 0)
		memcpy(buf, s->data, (size_t)n);
	else
		x->part_open = 0;
	errno = s->err;
	pthread_mutex_lock(&in->lock);
	in->tail++;
	pthread_cond_signal(&in->room);
	pthread_mutex_unlock(&in->lock);
	return n;
}

/* 1 a row, 0 the end, -1 an error, TO_EXPAT for expat to take over. */
static int
fast_next(asn_xlsx *x)
{
	struct fast *f = &x->fast;
	int n;

	for (;;) {
		while (f->pos < f->len) {
			n = xlsx_fast_token(x, f->win + f->pos, f->len - f->pos);
			if (n < 0)
				return TO_EXPAT;
			if (x->failed)
				return -1;
			if (n == 0)
				break;
			f->pos += (size_t)n;
			if (x->ready)
				return 1;
		}
		if (f->eof)
			return f->pos < f->len || !f->root_done ? TO_EXPAT : 0;
		if (f->pos > 0) {
			memmove(f->win, f->win + f->pos, f->len - f->pos);
			f->len -= f->pos;
			f->pos = 0;
		}
		if (f->len > FAST_WINDOW)
			return TO_EXPAT;
		if (f->cap - f->len < CHUNK + 1) {
			f->cap = f->len + CHUNK + 1;
			f->win = asn_realloc(f->win, f->cap);
		}
		/* a corrupt part: expat reads it again from the start, so that the
		 * fault told is the first either reader meets, as with expat alone */
		if ((n = sheet_read(x, f->win + f->len)) < 0)
			return TO_EXPAT;
		f->len += (size_t)n;
		f->win[f->len] = '\0';
		x->bytes += (unsigned)n;
		f->eof = n == 0;
	}
}

/* Expat reads the sheet from its start; the rows handed out are passed. */
static int
start_expat(asn_xlsx *x)
{
	char why[128];
	int rc;

	inflater_stop(x);
	if (x->part_open)
		unzCloseCurrentFile(x->zip);
	x->part_open = 0;
	if ((rc = unzOpenCurrentFile(x->zip)) != UNZ_OK) {
		sheet_fail(x, 0, "%s", xlsx_zip_problem(rc, why, sizeof why));
		return -1;
	}
	x->part_open = 1;
	x->skip = x->emitted;
	x->row = 0;
	x->in_row = x->in_cell = x->in_is = x->rph = x->collect = 0;
	x->ncells = 0;
	x->used = 1;
	x->parser = xlsx_new_parser(x);
	XML_SetElementHandler(x->parser, sheet_start, sheet_end);
	XML_SetStartDoctypeDeclHandler(x->parser, sheet_doctype);
	XML_SetDefaultHandlerExpand(x->parser, sheet_other);
	x->seen = 0;
	return 0;
}

static int
expat_next(asn_xlsx *x)
{
	enum XML_Status st;
	char why[128];
	void *buf;
	int n;

	while (!x->ready) {
		if (x->suspended) {
			x->suspended = 0;
			st = XML_ResumeParser(x->parser);
		} else if (x->at_end) {
			return 0;
		} else {
			buf = xlsx_parser_buffer(x->parser);
			if ((n = sheet_read(x, buf)) < 0) {
				sheet_fail(x, 0, "%s", xlsx_zip_problem(n, why, sizeof why));
				return -1;
			}
			x->reread += (unsigned)n;
			if (x->reread > x->bytes)
				x->bytes = x->reread;
			x->at_end = n == 0;
			st = XML_ParseBuffer(x->parser, n, n == 0);
		}
		if (st == XML_STATUS_ERROR) {
			sheet_fail(x, 0, "malformed XML at line %lu: %s",
			    (unsigned long)XML_GetCurrentLineNumber(x->parser),
			    XML_ErrorString(XML_GetErrorCode(x->parser)));
			return -1;
		}
		if (st == XML_STATUS_SUSPENDED) {
			x->suspended = 1;
		} else if (x->reread - x->seen > x->field_max + FAST_WINDOW) {
			/* Expat holds a tag, comment or the like whole; text it
			 * hands on in pieces. */
			sheet_fail(x, 0, "XML markup longer than %zu bytes at line %lu",
			    x->field_max + FAST_WINDOW,
			    (unsigned long)XML_GetCurrentLineNumber(x->parser));
			return -1;
		}
	}
	return 1;
}

int
asn_xlsx_next(asn_xlsx *x, asn_csv_record *rec)
{
	int rc = TO_EXPAT;

	rec->nfields = 0;
	if (x->failed)
		return -1;
	x->ready = 0;
	if (!x->parser && !x->expat_only) {
		if (!x->fast.started) {
			x->fast.started = 1;
			if (x->sheet_size >= THREAD_MIN)
				inflater_start(x);
		}
		rc = fast_next(x);
	}
	if (rc == TO_EXPAT) {
		if (!x->parser && start_expat(x) < 0)
			return -1;
		rc = expat_next(x);
	}
	if (rc <= 0)
		return rc;
	rec->nfields = x->ready;
	rec->fields = x->fields;
	rec->lengths = x->lengths;
	rec->line = rec->end_line = x->row;
	return 1;
}

void
asn_xlsx_set_expat_only(asn_xlsx *x, int on)
{
	x->expat_only = on;
}

const char *
asn_xlsx_error(const asn_xlsx *x)
{
	return x->error;
}

const char *
asn_xlsx_sheet_name(const asn_xlsx *x)
{
	return x->sheet;
}

unsigned long long
asn_xlsx_bytes(const asn_xlsx *x)
{
	return x->bytes;
}

void
asn_xlsx_set_field_max(asn_xlsx *x, size_t max)
{
	x->field_max = max ? max : ASN_CSV_FIELD_MAX;
}

void
asn_xlsx_free(asn_xlsx *x)
{
	if (!x)
		return;
	inflater_stop(x);
	if (x->parser)
		XML_ParserFree(x->parser);
	if (x->zip) {
		if (x->part_open)
			unzCloseCurrentFile(x->zip);
		unzClose(x->zip);
	}
	if (x->own_file)
		fclose(x->file);
	free(x->name);
	free(x->sheet);
	free(x->part);
	free(x->sst);
	free(x->sst_off);
	free(x->xf_date);
	free(x->arena);
	free(x->cells);
	free(x->fields);
	free(x->lengths);
	free(x->fast.win);
	free(x);
}

