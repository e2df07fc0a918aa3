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
#include "xlsx.h"

enum {
	CHUNK = 64 * 1024,      /* uncompressed bytes handed to expat at a time */
	COLUMNS = 16384,        /* A..XFD, Excel's limit */
	XF_MAX = 1 << 20,       /* cell formats kept (Excel allows 64000) */
	FMT_MAX = 1 << 16,      /* custom number formats kept */
	ERR_SIZE = 1024,
	SLOTS = 8,              /* chunks the inflater thread may run ahead */
	THREAD_MIN = 1 << 20    /* sheets smaller than this are inflated in line */
};

/* Workbook parts other than the sheet and the shared strings are read
 * whole into small tables: a zip bomb there stops at this size. */
#define PART_MAX (64ULL << 20)

enum cell_type { T_NUMBER, T_SHARED, T_INLINE, T_STR, T_BOOL, T_ERROR, T_DATE };

struct sheet {
	char *name, *rid;
};

struct rel {
	char *id, *type, *target;
};

struct fmt {
	unsigned long id;
	int date;
};

struct cell {
	size_t col, off, len;
	size_t sst;             /* shared string to fetch at the row's end, or NO_SST */
};

#define NO_SST ((size_t)-1)

struct span {
	const char *p;
	size_t n;
};

/* The attributes of <c> and <row> that are read (p NULL when absent). */
struct attrs {
	struct span r, s, t;
};

enum elem { E_OTHER, E_ROW, E_C, E_V, E_IS, E_T, E_RPH };

enum {
	FAST_WINDOW = 1 << 20,  /* longest token the fast scanner waits for */
	FAST_DEPTH = 64,
	FAST_NAME = 128,
	FAST_ATTRS = 32
};

/* The fast scanner's state: the inflated bytes not yet scanned, and the
 * open elements. */
struct fast {
	char *win;
	size_t pos, len, cap;
	int started, eof, decl_done, root_done;
	int depth;
	char stack[FAST_DEPTH][FAST_NAME];
	size_t stack_len[FAST_DEPTH];
	enum elem stack_kind[FAST_DEPTH];
};

struct asn_xlsx {
	char *name, *sheet, *part;
	char error[ERR_SIZE];
	int failed;

	FILE *file;
	int own_file;
	zlib_filefunc64_def io;
	unzFile zip;
	int part_open;          /* the sheet is the zip's current file */
	unsigned long long sheet_size;  /* uncompressed, as the archive says */
	struct inflater *inflater;
	XML_Parser parser;      /* NULL while the fast scanner reads */
	int expat_only;
	int suspended, at_end;
	unsigned long long bytes, reread;
	unsigned long long seen; /* where expat's last event ended */
	long emitted;           /* rows handed out, to skip when expat takes over */
	long skip;
	size_t field_max;
	int date1904;

	char *sst;              /* shared strings, each NUL-terminated */
	size_t sst_used, sst_cap;
	size_t *sst_off;        /* string i is sst + sst_off[i], sst_off[i + 1] ends it */
	size_t sst_n, sst_off_cap;
	unsigned char *xf_date; /* per cell format: is its number format a date */
	size_t nxf;

	long row;               /* number of the current (or last) <row> */
	int in_row, in_cell, in_is, rph, collect;
	size_t ready;          /* fields of the row handed out, 0 while parsing */
	enum cell_type type;
	int cell_date;
	size_t col, cell_start;
	long prev_col;          /* column of the row's previous cell, -1 at its start */

	char *arena;            /* the row's values; arena[0] is the empty field */
	size_t used, cap;
	struct cell *cells;
	size_t ncells, cells_cap;
	char **fields;
	size_t *lengths;
	size_t fields_cap;

	struct fast fast;
};

/* State of the parse of one workbook part other than the sheet. */
struct loader {
	asn_xlsx *x;
	XML_Parser p;
	unsigned long long seen; /* where expat's last event ended */
	XML_StartElementHandler on_start;
	XML_EndElementHandler on_end;
	XML_CharacterDataHandler on_text;
	const char *part;
	char *err;
	size_t errsize;
	int failed;

	struct sheet *sheets;
	size_t nsheets, sheets_cap;
	struct rel *rels;
	size_t nrels, rels_cap;
	struct fmt *fmts;
	size_t nfmts, fmts_cap;
	unsigned long *xf_fmt;
	size_t nxf, xf_cap;
	int in_cellxfs;
	int in_si, in_t, rph;
};

static int set_error(char *err, size_t errsize, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void sheet_fail(asn_xlsx *x, int in_row, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static int
set_error(char *err, size_t errsize, const char *fmt, ...)
{
	va_list ap;

	if (err && errsize) {
		va_start(ap, fmt);
		vsnprintf(err, errsize, fmt, ap);
		va_end(ap);
	}
	return -1;
}

/* Element and attribute names without their namespace prefix ("x:c"):
 * the parser runs with namespaces off, which is faster. */
static const char *
local(const char *name)
{
	const char *p;

	for (p = name; *p; p++)
		if (*p == ':')
			return p + 1;
	return name;
}

static const char *
attr_get(const XML_Char **attr, const char *key)
{
	for (; *attr; attr += 2)
		if (strcmp(local(attr[0]), key) == 0)
			return attr[1];
	return NULL;
}

/* Decimal digits only; -1 when empty, not a number or above max. */
static int
parse_ulong(const char *s, size_t len, unsigned long max, unsigned long *out)
{
	unsigned long v = 0, lim = max / 10, d;
	size_t i;

	if (len == 0)
		return -1;
	for (i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		d = (unsigned long)(s[i] - '0');
		if (v > lim || (v == lim && d > max % 10))
			return -1;
		v = v * 10 + d;
	}
	*out = v;
	return 0;
}

static const char *
zip_problem(int code, char *buf, size_t size)
{
	switch (code) {
	case UNZ_ERRNO:
		snprintf(buf, size, "read error%s%s", errno ? ": " : " (truncated archive?)",
		    errno ? strerror(errno) : "");
		break;
	case Z_DATA_ERROR:
		snprintf(buf, size, "corrupt compressed data");
		break;
	case Z_MEM_ERROR:
		snprintf(buf, size, "out of memory inflating");
		break;
	case UNZ_CRCERROR:
		snprintf(buf, size, "CRC mismatch (corrupt archive)");
		break;
	case UNZ_BADZIPFILE:
		snprintf(buf, size, "unsupported or corrupt zip entry");
		break;
	default:
		snprintf(buf, size, "zip error %d", code);
		break;
	}
	return buf;
}

/* minizip over the caller's FILE, which it never closes. */
static voidpf ZCALLBACK
io_open(voidpf opaque, const void *filename, int mode)
{
	(void)filename;
	(void)mode;
	return opaque;
}

static uLong ZCALLBACK
io_read(voidpf opaque, voidpf stream, void *buf, uLong size)
{
	(void)opaque;
	return (uLong)fread(buf, 1, size, stream);
}

static uLong ZCALLBACK
io_write(voidpf opaque, voidpf stream, const void *buf, uLong size)
{
	(void)opaque;
	(void)stream;
	(void)buf;
	(void)size;
	return 0;
}

static ZPOS64_T ZCALLBACK
io_tell(voidpf opaque, voidpf stream)
{
	off_t o = ftello(stream);

	(void)opaque;
	return o < 0 ? (ZPOS64_T)-1 : (ZPOS64_T)o;
}

static long ZCALLBACK
io_seek(voidpf opaque, voidpf stream, ZPOS64_T offset, int origin)
{
	int whence;

	(void)opaque;
	switch (origin) {
	case ZLIB_FILEFUNC_SEEK_CUR:
		whence = SEEK_CUR;
		break;
	case ZLIB_FILEFUNC_SEEK_END:
		whence = SEEK_END;
		break;
	default:
		whence = SEEK_SET;
		break;
	}
	if (offset > (ZPOS64_T)LLONG_MAX)
		return -1;
	return fseeko(stream, (off_t)offset, whence) == 0 ? 0 : -1;
}

static int ZCALLBACK
io_close(voidpf opaque, voidpf stream)
{
	(void)opaque;
	(void)stream;
	return 0;
}

static int ZCALLBACK
io_error(voidpf opaque, voidpf stream)
{
	(void)opaque;
	return ferror((FILE *)stream);
}

static XML_Parser
new_parser(void *ud)
{
	XML_Parser p = XML_ParserCreate(NULL);

	if (!p)
		asn_die(ASN_EXIT_INPUT, "out of memory");
	XML_SetUserData(p, ud);
	return p;
}

/* Notes in *seen where the event being reported ends.  Expat holds a tag
 * or a comment whole until its end has come, so what was read past the
 * last event is what it holds; the byte index outside a handler is not
 * defined the same by every version of expat, so it is not used there. */
static void
mark(XML_Parser p, unsigned long long *seen)
{
	XML_Index at = XML_GetCurrentByteIndex(p);

	if (at >= 0)
		*seen = (unsigned long long)at + (unsigned)XML_GetCurrentByteCount(p);
}

/* Everything no other handler reports (text not wanted, comments, PIs)
 * comes here, so that it too counts as passed. */
static void XMLCALL
part_other(void *ud, const XML_Char *s, int len)
{
	struct loader *l = ud;

	(void)s, (void)len;
	mark(l->p, &l->seen);
}

static void XMLCALL
part_start(void *ud, const XML_Char *name, const XML_Char **attr)
{
	struct loader *l = ud;

	mark(l->p, &l->seen);
	if (l->on_start)
		l->on_start(ud, name, attr);
}

static void XMLCALL
part_end(void *ud, const XML_Char *name)
{
	struct loader *l = ud;

	mark(l->p, &l->seen);
	if (l->on_end)
		l->on_end(ud, name);
}

static void XMLCALL
part_text(void *ud, const XML_Char *s, int len)
{
	struct loader *l = ud;

	mark(l->p, &l->seen);
	l->on_text(ud, s, len);
}

static void *
parser_buffer(XML_Parser p)
{
	void *buf = XML_GetBuffer(p, CHUNK);

	if (!buf)
		asn_die(ASN_EXIT_INPUT, "out of memory");
	return buf;
}

static int load_fail(struct loader *l, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static int
load_fail(struct loader *l, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (l->failed)
		return -1;
	l->failed = 1;
	n = snprintf(l->err, l->errsize, "%s: %s: ", l->x->name, l->part);
	if (n >= 0 && (size_t)n < l->errsize) {
		va_start(ap, fmt);
		vsnprintf(l->err + n, l->errsize - (size_t)n, fmt, ap);
		va_end(ap);
	}
	return -1;
}

/* SpreadsheetML has no DTD; refusing one leaves no entity tricks. */
static void XMLCALL
part_doctype(void *ud, const XML_Char *name, const XML_Char *sysid,
    const XML_Char *pubid, int internal)
{
	struct loader *l = ud;

	(void)name;
	(void)sysid;
	(void)pubid;
	(void)internal;
	load_fail(l, "malformed XML at line %lu: document type declaration not allowed",
	    (unsigned long)XML_GetCurrentLineNumber(l->p));
	XML_StopParser(l->p, XML_FALSE);
}

/* Parses one part; 1 when done, 0 when the archive has no such part, -1 on
 * an error (in l->err). */
static int
parse_part(struct loader *l, const char *part, XML_StartElementHandler start,
    XML_EndElementHandler end, XML_CharacterDataHandler text, unsigned long long limit)
{
	asn_xlsx *x = l->x;
	unsigned long long total = 0;
	char why[128];
	int n, rc = 1, closed;
	void *buf;

	if (unzLocateFile(x->zip, part, 2) != UNZ_OK)
		return 0;
	l->part = part;
	if ((n = unzOpenCurrentFile(x->zip)) != UNZ_OK)
		return load_fail(l, "%s", zip_problem(n, why, sizeof why));
	l->p = new_parser(l);
	l->on_start = start;
	l->on_end = end;
	l->on_text = text;
	l->seen = 0;
	XML_SetElementHandler(l->p, part_start, part_end);
	XML_SetCharacterDataHandler(l->p, text ? part_text : NULL);
	XML_SetDefaultHandlerExpand(l->p, part_other);
	XML_SetStartDoctypeDeclHandler(l->p, part_doctype);
	for (;;) {
		buf = parser_buffer(l->p);
		errno = 0;
		n = unzReadCurrentFile(x->zip, buf, CHUNK);
		if (n < 0) {
			rc = load_fail(l, "%s", zip_problem(n, why, sizeof why));
			break;
		}
		total += (unsigned)n;
		if (total > limit) {
			rc = load_fail(l, "larger than %llu bytes", limit);
			break;
		}
		if (XML_ParseBuffer(l->p, n, n == 0) != XML_STATUS_OK) {
			rc = load_fail(l, "malformed XML at line %lu: %s",
			    (unsigned long)XML_GetCurrentLineNumber(l->p),
			    XML_ErrorString(XML_GetErrorCode(l->p)));
			break;
		}
		if (total - l->seen > PART_MAX) {
			rc = load_fail(l, "XML markup longer than %llu bytes at line %lu",
			    PART_MAX, (unsigned long)XML_GetCurrentLineNumber(l->p));
			break;
		}
		if (n == 0)
			break;
	}
	closed = unzCloseCurrentFile(x->zip);
	if (rc == 1 && closed != UNZ_OK)
		rc = load_fail(l, "%s", zip_problem(closed, why, sizeof why));
	XML_ParserFree(l->p);
	l->p = NULL;
	return rc;
}

static void XMLCALL
workbook_start(void *ud, const XML_Char *name, const XML_Char **attr)
{
	struct loader *l = ud;
	const char *v, *rid;

	name = local(name);
	if (strcmp(name, "workbookPr") == 0) {
		v = attr_get(attr, "date1904");
		l->x->date1904 = v && (strcmp(v, "1") == 0 || strcmp(v, "true") == 0);
	} else if (strcmp(name, "sheet") == 0) {
		v = attr_get(attr, "name");
		rid = attr_get(attr, "id");
		if (l->nsheets == l->sheets_cap) {
			l->sheets_cap = l->sheets_cap ? 2 * l->sheets_cap : 8;
			l->sheets = asn_realloc(l->sheets, l->sheets_cap * sizeof *l->sheets);
		}
		l->sheets[l->nsheets].name = asn_strdup(v ? v : "");
		l->sheets[l->nsheets].rid = asn_strdup(rid ? rid : "");
		l->nsheets++;
	}
}

static void XMLCALL
rels_start(void *ud, const XML_Char *name, const XML_Char **attr)
{
	struct loader *l = ud;
	const char *id, *type, *target, *mode;

	if (strcmp(local(name), "Relationship") != 0)
		return;
	id = attr_get(attr, "Id");
	type = attr_get(attr, "Type");
	target = attr_get(attr, "Target");
	mode = attr_get(attr, "TargetMode");
	if (!id || !target || (mode && strcmp(mode, "External") == 0))
		return;
	if (l->nrels == l->rels_cap) {
		l->rels_cap = l->rels_cap ? 2 * l->rels_cap : 8;
		l->rels = asn_realloc(l->rels, l->rels_cap * sizeof *l->rels);
	}
	l->rels[l->nrels].id = asn_strdup(id);
	l->rels[l->nrels].type = asn_strdup(type ? type : "");
	l->rels[l->nrels].target = asn_strdup(target);
	l->nrels++;
}

static char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/*
 * A number format shows a date when it has a day, month or year code
 * outside quoted text, [..] (colours, locales, elapsed times), and the
 * characters made literal by \, _ and *.  An m next to h or s is minutes,
 * so a format with only m and time codes ("mm:ss", "[h]:mm") is a time.
 */
static int
format_is_date(const char *s)
{
	int date = 0, month = 0, time = 0;
	const char *p;

	for (; *s; s++) {
		switch (lower(*s)) {
		case '"':
			p = strchr(s + 1, '"');
			if (!p)
				return date || (month && !time);
			s = p;
			break;
		case '[':
			p = strchr(s + 1, ']');
			if (!p)
				return date || (month && !time);
			if (s[1] && strchr("hms", lower(s[1]))) {
				const char *q = s + 1;

				while (q < p && lower(*q) == lower(s[1]))
					q++;
				if (q == p)
					time = 1;
			}
			s = p;
			break;
		case '\\':
		case '_':
		case '*':
			if (s[1])
				s++;
			break;
		case 'd':
		case 'y':
			date = 1;
			break;
		case 'm':
			month = 1;
			break;
		case 'h':
		case 's':
			time = 1;
			break;
		case 'a':
			if (strncasecmp(s, "am/pm", 5) == 0)
				s += 4;
			else if (strncasecmp(s, "a/p", 3) == 0)
				s += 2;
			break;
		}
	}
	return date || (month && !time);
}

/* The built-in formats that show a date (ECMA-376 18.8.30, and the East
 * Asian ones); 18-21 and 45-47 show only a time. */
static int
builtin_is_date(unsigned long id)
{
	return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) ||
	    (id >= 50 && id <= 58);
}

static void XMLCALL
styles_start(void *ud, const XML_Char *name, const XML_Char **attr)
{
	struct loader *l = ud;
	const char *id, *code;
	unsigned long n;

	name = local(name);
	if (strcmp(name, "numFmt") == 0) {
		id = attr_get(attr, "numFmtId");
		code = attr_get(attr, "formatCode");
		if (!id || !code || parse_ulong(id, strlen(id), ULONG_MAX, &n) < 0 ||
		    l->nfmts == FMT_MAX)
			return;
		if (l->nfmts == l->fmts_cap) {
			l->fmts_cap = l->fmts_cap ? 2 * l->fmts_cap : 16;
			l->fmts = asn_realloc(l->fmts, l->fmts_cap * sizeof *l->fmts);
		}
		l->fmts[l->nfmts].id = n;
		l->fmts[l->nfmts].date = format_is_date(code);
		l->nfmts++;
	} else if (strcmp(name, "cellXfs") == 0) {
		l->in_cellxfs = 1;
	} else if (l->in_cellxfs && strcmp(name, "xf") == 0 && l->nxf < XF_MAX) {
		id = attr_get(attr, "numFmtId");
		if (!id || parse_ulong(id, strlen(id), ULONG_MAX, &n) < 0)
			n = 0;
		if (l->nxf == l->xf_cap) {
			l->xf_cap = l->xf_cap ? 2 * l->xf_cap : 64;
			l->xf_fmt = asn_realloc(l->xf_fmt, l->xf_cap * sizeof *l->xf_fmt);
		}
		l->xf_fmt[l->nxf++] = n;
	}
}

static void XMLCALL
styles_end(void *ud, const XML_Char *name)
{
	struct loader *l = ud;

	if (strcmp(local(name), "cellXfs") == 0)
		l->in_cellxfs = 0;
}

/* A custom format with the id of a built-in one replaces it. */
static int
fmt_is_date(const struct loader *l, unsigned long id)
{
	size_t i;

	for (i = l->nfmts; i > 0; i--)
		if (l->fmts[i - 1].id == id)
			return l->fmts[i - 1].date;
	return builtin_is_date(id);
}

static void
sst_add(asn_xlsx *x, const char *s, size_t len)
{
	if (x->sst_cap - x->sst_used < len + 1) {
		if (len + 1 > SIZE_MAX / 2 - x->sst_used)
			asn_die(ASN_EXIT_INPUT, "out of memory");
		while (x->sst_cap - x->sst_used < len + 1)
			x->sst_cap = x->sst_cap ? 2 * x->sst_cap : 64 * 1024;
		x->sst = asn_realloc(x->sst, x->sst_cap);
	}
	memcpy(x->sst + x->sst_used, s, len);
	x->sst_used += len;
}

static void XMLCALL
sst_start(void *ud, const XML_Char *name, const XML_Char **attr)
{
	struct loader *l = ud;

	(void)attr;
	name = local(name);
	if (strcmp(name, "si") == 0) {
		l->in_si = 1;
		l->rph = 0;
	} else if (strcmp(name, "t") == 0) {
		l->in_t = l->in_si && !l->rph;
	} else if (strcmp(name, "rPh") == 0) {
		l->rph++;
	}
}

static void XMLCALL
sst_end(void *ud, const XML_Char *name)
{
	struct loader *l = ud;
	asn_xlsx *x = l->x;

	name = local(name);
	if (strcmp(name, "t") == 0) {
		l->in_t = 0;
	} else if (strcmp(name, "rPh") == 0) {
		l->rph--;
	} else if (strcmp(name, "si") == 0 && l->in_si) {
		l->in_si = 0;
		sst_add(x, "", 1);
		if (x->sst_n + 2 > x->sst_off_cap) {
			x->sst_off_cap = x->sst_off_cap ? 2 * x->sst_off_cap : 1024;
			x->sst_off = asn_realloc(x->sst_off, x->sst_off_cap * sizeof *x->sst_off);
		}
		x->sst_off[++x->sst_n] = x->sst_used;
	}
}

static void XMLCALL
sst_text(void *ud, const XML_Char *s, int len)
{
	struct loader *l = ud;

	if (l->in_t)
		sst_add(l->x, s, (size_t)len);
}

/* The part a relationship's Target names: relative to xl/, or absolute
 * from the root of the archive when it starts with '/'. */
static char *
resolve_target(const char *target)
{
	const char *seg, *end;
	char *out;
	size_t len, n;

	out = asn_malloc(strlen(target) + 4);
	len = 0;
	if (target[0] != '/') {
		memcpy(out, "xl", 2);
		len = 2;
	}
	for (seg = target; *seg; seg = *end ? end + 1 : end) {
		end = strchr(seg, '/');
		if (!end)
			end = seg + strlen(seg);
		n = (size_t)(end - seg);
		if (n == 0 || (n == 1 && seg[0] == '.'))
			continue;
		if (n == 2 && seg[0] == '.' && seg[1] == '.') {
			while (len > 0 && out[len - 1] != '/')
				len--;
			if (len > 0)
				len--;
			continue;
		}
		if (len > 0)
			out[len++] = '/';
		memcpy(out + len, seg, n);
		len += n;
	}
	out[len] = '\0';
	return out;
}

static int
ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);

	return a >= b && strcmp(s + a - b, suffix) == 0;
}

static const struct rel *
rel_by_id(const struct loader *l, const char *id)
{
	size_t i;

	for (i = 0; i < l->nrels; i++)
		if (strcmp(l->rels[i].id, id) == 0)
			return &l->rels[i];
	return NULL;
}

static const struct rel *
rel_by_type(const struct loader *l, const char *suffix)
{
	size_t i;

	for (i = 0; i < l->nrels; i++)
		if (ends_with(l->rels[i].type, suffix))
			return &l->rels[i];
	return NULL;
}

/* A sheet whose relationship says it is a chart or dialog sheet has no
 * cells; without rels every sheet is taken for a worksheet. */
static int
is_worksheet(const struct loader *l, const struct sheet *s)
{
	const struct rel *r;

	if (!l->nrels)
		return 1;
	r = rel_by_id(l, s->rid);
	return !r || !r->type[0] || ends_with(r->type, "/worksheet");
}

static int
no_sheet(struct loader *l, const char *want)
{
	size_t i, n;

	n = (size_t)snprintf(l->err, l->errsize, "%s: no sheet '%s' (sheets: ", l->x->name, want);
	for (i = 0; i < l->nsheets && n < l->errsize; i++)
		n += (size_t)snprintf(l->err + n, l->errsize - n, "%s%s", i ? ", " : "",
		    l->sheets[i].name);
	if (n < l->errsize)
		snprintf(l->err + n, l->errsize - n, ")");
	return -1;
}

/* Index of the sheet to read, or -1 with the message in l->err. */
static long
pick_sheet(struct loader *l, const char *want)
{
	size_t i;

	if (!want) {
		for (i = 0; i < l->nsheets; i++)
			if (is_worksheet(l, &l->sheets[i]))
				return (long)i;
		return set_error(l->err, l->errsize, "%s: the workbook has no worksheet",
		    l->x->name);
	}
	for (i = 0; i < l->nsheets; i++)
		if (strcmp(l->sheets[i].name, want) == 0)
			break;
	if (i == l->nsheets)
		for (i = 0; i < l->nsheets; i++)
			if (strcasecmp(l->sheets[i].name, want) == 0)
				break;
	if (i == l->nsheets)
		return no_sheet(l, want);
	if (!is_worksheet(l, &l->sheets[i]))
		return set_error(l->err, l->errsize, "%s: sheet '%s' is not a worksheet",
		    l->x->name, l->sheets[i].name);
	return (long)i;
}

static void
loader_free(struct loader *l)
{
	size_t i;

	for (i = 0; i < l->nsheets; i++) {
		free(l->sheets[i].name);
		free(l->sheets[i].rid);
	}
	for (i = 0; i < l->nrels; i++) {
		free(l->rels[i].id);
		free(l->rels[i].type);
		free(l->rels[i].target);
	}
	free(l->sheets);
	free(l->rels);
	free(l->fmts);
	free(l->xf_fmt);
}

static int
load_styles_and_strings(struct loader *l)
{
	const struct rel *r;
	char *part;
	size_t i;
	int rc;

	r = rel_by_type(l, "/styles");
	part = resolve_target(r ? r->target : "styles.xml");
	rc = parse_part(l, part, styles_start, styles_end, NULL, PART_MAX);
	free(part);
	if (rc < 0)
		return -1;
	l->x->nxf = l->nxf;
	l->x->xf_date = asn_malloc(l->nxf ? l->nxf : 1);
	for (i = 0; i < l->nxf; i++)
		l->x->xf_date[i] = (unsigned char)fmt_is_date(l, l->xf_fmt[i]);

	l->x->sst_off_cap = 1024;
	l->x->sst_off = asn_malloc(l->x->sst_off_cap * sizeof *l->x->sst_off);
	l->x->sst_off[0] = 0;
	r = rel_by_type(l, "/sharedStrings");
	part = resolve_target(r ? r->target : "sharedStrings.xml");
	rc = parse_part(l, part, sst_start, sst_end, sst_text, ULLONG_MAX);
	free(part);
	return rc < 0 ? -1 : 0;
}

static int
load(asn_xlsx *x, const char *want, char *err, size_t errsize)
{
	unz_file_info64 info;
	struct loader l;
	const struct rel *r;
	char why[128];
	long i;
	int rc;

	memset(&l, 0, sizeof l);
	l.x = x;
	l.err = err;
	l.errsize = errsize;
	if (fseeko(x->file, 0, SEEK_END) != 0)
		return set_error(err, errsize, "%s: not a seekable file (an .xlsx workbook "
		    "cannot be read from a pipe)", x->name);
	x->io.zopen64_file = io_open;
	x->io.zread_file = io_read;
	x->io.zwrite_file = io_write;
	x->io.ztell64_file = io_tell;
	x->io.zseek64_file = io_seek;
	x->io.zclose_file = io_close;
	x->io.zerror_file = io_error;
	x->io.opaque = x->file;
	x->zip = unzOpen2_64(x->name, &x->io);
	if (!x->zip)
		return set_error(err, errsize, "%s: not an .xlsx workbook (not a zip archive)",
		    x->name);
	rc = parse_part(&l, "xl/workbook.xml", workbook_start, NULL, NULL, PART_MAX);
	if (rc == 0)
		rc = set_error(err, errsize, "%s: not an .xlsx workbook (no xl/workbook.xml)",
		    x->name);
	if (rc < 0 || parse_part(&l, "xl/_rels/workbook.xml.rels", rels_start, NULL, NULL,
	    PART_MAX) < 0)
		goto fail;
	if (l.nsheets == 0) {
		set_error(err, errsize, "%s: the workbook has no sheets", x->name);
		goto fail;
	}
	if ((i = pick_sheet(&l, want)) < 0)
		goto fail;
	x->sheet = asn_strdup(l.sheets[i].name);
	if (l.nrels) {
		r = rel_by_id(&l, l.sheets[i].rid);
		if (!r) {
			set_error(err, errsize, "%s: sheet '%s': no relationship '%s' in "
			    "xl/_rels/workbook.xml.rels", x->name, x->sheet, l.sheets[i].rid);
			goto fail;
		}
		x->part = resolve_target(r->target);
	} else {
		x->part = asn_malloc(48);
		snprintf(x->part, 48, "xl/worksheets/sheet%ld.xml", i + 1);
	}
	if (load_styles_and_strings(&l) < 0)
		goto fail;
	if (unzLocateFile(x->zip, x->part, 2) != UNZ_OK) {
		set_error(err, errsize, "%s: sheet '%s': no part %s in the archive",
		    x->name, x->sheet, x->part);
		goto fail;
	}
	if ((rc = unzOpenCurrentFile(x->zip)) != UNZ_OK) {
		set_error(err, errsize, "%s: sheet '%s': %s", x->name, x->sheet,
		    zip_problem(rc, why, sizeof why));
		goto fail;
	}
	x->part_open = 1;
	if (unzGetCurrentFileInfo64(x->zip, &info, NULL, 0, NULL, 0, NULL, 0) == UNZ_OK)
		x->sheet_size = info.uncompressed_size;
	loader_free(&l);
	return 0;
fail:
	loader_free(&l);
	return -1;
}

asn_xlsx *
asn_xlsx_open_file(FILE *f, const char *name, const char *sheet, char *err, size_t errsize)
{
	asn_xlsx *x = asn_calloc(1, sizeof *x);

	x->name = asn_strdup(name ? name : "<stdin>");
	x->file = f;
	x->field_max = ASN_CSV_FIELD_MAX;
	x->cap = 4096;
	x->arena = asn_malloc(x->cap);
	x->arena[0] = '\0';
	x->used = 1;
	if (load(x, sheet, err, errsize) < 0) {
		asn_xlsx_free(x);
		return NULL;
	}
	return x;
}

asn_xlsx *
asn_xlsx_open(const char *path, const char *name, const char *sheet, char *err, size_t errsize)
{
	asn_xlsx *x;
	FILE *f;

	if (!name)
		name = path;
	if (!(f = fopen(path, "rb"))) {
		set_error(err, errsize, "%s: %s", name, strerror(errno));
		return NULL;
	}
	if (!(x = asn_xlsx_open_file(f, name, sheet, err, errsize))) {
		fclose(f);
		return NULL;
	}
	x->own_file = 1;
	return x;
}

int
asn_xlsx_sniff(const void *buf, size_t len)
{
	return len >= 4 && memcmp(buf, "PK\3\4", 4) == 0;
}

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
		vsnprintf(x->error + n, sizeof x->error - (size_t)n, fmt, ap);
		va_end(ap);
	}
	if (x->parser)
		XML_StopParser(x->parser, XML_FALSE);
}

static void XMLCALL cell_text(void *ud, const XML_Char *s, int len);

/* Under expat, character data is reported only while it is wanted. */
static void
set_collect(asn_xlsx *x, int on)
{
	x->collect = on;
	if (x->parser)
		XML_SetCharacterDataHandler(x->parser, on ? cell_text : NULL);
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

static void XMLCALL
cell_text(void *ud, const XML_Char *s, int len)
{
	asn_xlsx *x = ud;

	if (x->parser)
		mark(x->parser, &x->seen);
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

	if (a->r.p && parse_ulong(a->r.p, a->r.n, LONG_MAX, &n) == 0 && n > 0)
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
	if (!a->s.p || parse_ulong(a->s.p, a->s.n, ULONG_MAX, &style) < 0)
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
	if (parse_ulong(s, n, 2958465, &days) < 0)     /* 9999-12-31 */
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
		if (parse_ulong(v, len, ULONG_MAX, &i) < 0 || i >= x->sst_n) {
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

/* The elements of a sheet that matter, by local name. */
/* name without a "prefix:" (with namespaces off, expat passes it on). */
static const char *
local_span(const char *name, size_t *n)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if (name[i] == ':') {
			*n -= i + 1;
			return name + i + 1;
		}
	return name;
}

static enum elem
elem_of(const char *name, size_t n)
{
	name = local_span(name, &n);
	switch (n) {
	case 1:
		return name[0] == 'c' ? E_C : name[0] == 'v' ? E_V : name[0] == 't' ? E_T : E_OTHER;
	case 2:
		return name[0] == 'i' && name[1] == 's' ? E_IS : E_OTHER;
	case 3:
		if (memcmp(name, "row", 3) == 0)
			return E_ROW;
		return memcmp(name, "rPh", 3) == 0 ? E_RPH : E_OTHER;
	}
	return E_OTHER;
}

/* Notes attribute r, s or t (by local name; the first of a name counts). */
static void
attr_note(struct attrs *a, const char *name, size_t n, const char *v, size_t vn)
{
	struct span *sp;

	name = local_span(name, &n);
	if (n != 1)
		return;
	switch (name[0]) {
	case 'r':
		sp = &a->r;
		break;
	case 's':
		sp = &a->s;
		break;
	case 't':
		sp = &a->t;
		break;
	default:
		return;
	}
	if (!sp->p) {
		sp->p = v;
		sp->n = vn;
	}
}

static void
start_elem(asn_xlsx *x, enum elem e, const struct attrs *a)
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

static void
end_elem(asn_xlsx *x, enum elem e)
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
	mark(x->parser, &x->seen);
}

static void XMLCALL
sheet_start(void *ud, const XML_Char *name, const XML_Char **attr)
{
	asn_xlsx *x = ud;
	struct attrs a;
	enum elem e;

	mark(x->parser, &x->seen);
	if (x->failed)
		return;
	e = elem_of(name, strlen(name));
	memset(&a, 0, sizeof a);
	if (e == E_C || e == E_ROW)
		for (; *attr; attr += 2)
			attr_note(&a, attr[0], strlen(attr[0]), attr[1], strlen(attr[1]));
	start_elem(x, e, &a);
}

static void XMLCALL
sheet_end(void *ud, const XML_Char *name)
{
	asn_xlsx *x = ud;

	mark(x->parser, &x->seen);
	if (!x->failed)
		end_elem(x, elem_of(name, strlen(name)));
}

/*
 * The fast scanner.  Expat costs more than inflating the sheet, so the
 * sheet is first read by a scanner for the plain XML that spreadsheet
 * writers produce: a UTF-8 declaration, elements and attributes with
 * ASCII names, text with the predefined entities and character
 * references.  It checks what expat checks on that subset (nesting,
 * attribute syntax and duplicates, UTF-8, characters XML allows) and
 * drives the same handlers.  Anything else (comments, CDATA, a DTD,
 * processing instructions, CR in a value, entities in attributes, other
 * encodings, any fault) is left to expat, which reads the sheet again from
 * its start and passes the rows already handed out: the records and
 * messages are the same either way, every message about the XML is
 * expat's, and asn_xlsx_set_expat_only lets the tests compare the two.
 */
enum { FAST_MORE = 0, FAST_BAIL = -1, TO_EXPAT = 2 };

/* Byte classes of the scanner.  The window always ends with a NUL, which
 * is in no class but the two "stop" ones, so the loops need no bound. */
enum {
	C_SPACE = 1,            /* XML white space */
	C_NAME0 = 2,            /* may start a name (ASCII only) */
	C_NAME = 4,             /* may be in a name */
	C_TEXT = 8,             /* stops a run of character data */
	C_ATTR = 16             /* stops an attribute value */
};

static const unsigned char ctab[256] = {
	24, 24, 24, 24, 24, 24, 24, 24, 24, 17, 17, 24, 24, 25, 24, 24,
	24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24,
	 1,  0, 16,  0,  0,  0, 24, 16,  0,  0,  0,  0,  0,  4,  4,  0,
	 4,  4,  4,  4,  4,  4,  4,  4,  4,  4,  6,  0, 24,  0,  0,  0,
	 0,  6,  6,  6,  6,  6,  6,  6,  6,  6,  6,  6,  6,  6,  6,  6,
	 6,  6,  6,  6,  6,  6,  6,  6,  6,  6,  6,  0,  0,  8,  0,  6,
	 0,  6,  6,  6,  6,  6,  6,  6,  6,  6,  6,  6,  6,  6,  6,  6,
	 6,  6,  6,  6,  6,  6,  6,  6,  6,  6,  6,  0,  0,  0,  0,  0,
	24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24,
	24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24,
	24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24,
	24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24,
	24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24,
	24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24,
	24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24,
	24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24, 24,
};

static int
is_space(unsigned char c)
{
	return ctab[c] & C_SPACE;
}

/* Length of the UTF-8 character at s as expat takes it in XML (no overlong
 * form, surrogate, U+FFFE, U+FFFF, nothing past U+10FFFF); 0 when the
 * bytes end inside it, -1 when it is not one. */
static int
utf8_char(const unsigned char *s, size_t n)
{
	int len, i;

	if (s[0] < 0xC2 || s[0] > 0xF4)
		return -1;
	len = s[0] < 0xE0 ? 2 : s[0] < 0xF0 ? 3 : 4;
	for (i = 1; i < len; i++) {
		if ((size_t)i >= n)
			return 0;
		if ((s[i] & 0xC0) != 0x80)
			return -1;
	}
	if ((s[0] == 0xE0 && s[1] < 0xA0) || (s[0] == 0xED && s[1] > 0x9F) ||
	    (s[0] == 0xEF && s[1] == 0xBF && s[2] > 0xBD) ||
	    (s[0] == 0xF0 && s[1] < 0x90) || (s[0] == 0xF4 && s[1] > 0x8F))
		return -1;
	return len;
}

static size_t
utf8_put(unsigned long c, char *out)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xC0 | c >> 6);
		out[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (char)(0xE0 | c >> 12);
		out[1] = (char)(0x80 | (c >> 6 & 0x3F));
		out[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | c >> 18);
	out[1] = (char)(0x80 | (c >> 12 & 0x3F));
	out[2] = (char)(0x80 | (c >> 6 & 0x3F));
	out[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

/* The reference at s ("&...;", within n bytes): its length, with its text
 * in out; 0 when the bytes end before its ';', -1 unless a predefined
 * entity or a reference to a character XML allows. */
static int
fast_ref(const char *s, size_t n, char out[4], size_t *outlen)
{
	static const struct {
		const char *name;
		char c;
	} named[] = { { "amp", '&' }, { "lt", '<' }, { "gt", '>' }, { "quot", '"' },
	    { "apos", '\'' } };
	const char *semi = memchr(s, ';', n < 12 ? n : 12), *p;
	unsigned long c = 0;
	size_t len, i;
	int hex;

	if (!semi)
		return n < 12 ? 0 : -1;
	len = (size_t)(semi - s);
	if (len < 3 || s[1] != '#') {
		for (i = 0; i < sizeof named / sizeof named[0]; i++)
			if (strlen(named[i].name) == len - 1 &&
			    memcmp(named[i].name, s + 1, len - 1) == 0) {
				out[0] = named[i].c;
				*outlen = 1;
				return (int)len + 1;
			}
		return -1;
	}
	hex = s[2] == 'x';
	for (p = s + 2 + hex; p < semi; p++) {
		if (*p >= '0' && *p <= '9')
			c = c * (hex ? 16 : 10) + (unsigned long)(*p - '0');
		else if (hex && lower(*p) >= 'a' && lower(*p) <= 'f')
			c = c * 16 + (unsigned long)(lower(*p) - 'a' + 10);
		else
			return -1;
	}
	if (p == s + 2 + hex)
		return -1;
	if (!(c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
	    (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF)))
		return -1;
	*outlen = utf8_put(c, out);
	return (int)len + 1;
}

/* What to do when the bytes ran out inside a token. */
static int
fast_more(const asn_xlsx *x)
{
	return x->fast.eof ? FAST_BAIL : FAST_MORE;
}

/* Character data up to the next '<' (or the end of the sheet), checked
 * whole before any of it is handed on; its length, FAST_MORE or
 * FAST_BAIL. */
static int
fast_text(asn_xlsx *x, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + n;
	size_t rlen, from;
	int k, refs = 0;
	char ref[4];

	if (x->fast.depth == 0) {
		while (ctab[*p] & C_SPACE)
			p++;
		if (*p == '<' || p == end)
			return p == end && !x->fast.eof ? FAST_MORE : (int)(p - (const unsigned char *)s);
		return FAST_BAIL;
	}
	for (;;) {
		while (!(ctab[*p] & C_TEXT))
			p++;
		if (*p == '<')
			break;
		if (p == end) {
			if (!x->fast.eof)
				return FAST_MORE;
			break;
		}
		if (*p >= 0x80) {
			if ((k = utf8_char(p, (size_t)(end - p))) <= 0)
				return k == 0 ? fast_more(x) : FAST_BAIL;
			p += k;
		} else if (*p == ']') {
			if (end - p < 3)
				return fast_more(x);
			if (p[1] == ']' && p[2] == '>')
				return FAST_BAIL;
			p++;
		} else if (*p == '&') {
			if ((k = fast_ref((const char *)p, (size_t)(end - p), ref, &rlen)) <= 0)
				return k == 0 ? fast_more(x) : FAST_BAIL;
			p += k;
			refs = 1;
		} else if (*p == '\r' && !x->collect) {
			p++;
		} else {
			return FAST_BAIL;
		}
	}
	n = (size_t)(p - (const unsigned char *)s);
	if (!x->collect)
		return (int)n;
	if (!refs) {
		cell_text(x, s, (int)n);
		return (int)n;
	}
	for (from = 0, p = (const unsigned char *)s; p < (const unsigned char *)s + n; p++) {
		if (*p != '&')
			continue;
		k = fast_ref((const char *)p, n - (size_t)(p - (const unsigned char *)s), ref, &rlen);
		cell_text(x, s + from, (int)((const char *)p - s - (ptrdiff_t)from));
		cell_text(x, ref, (int)rlen);
		from = (size_t)((const char *)p - s) + (size_t)k;
		p += k - 1;
	}
	cell_text(x, s + from, (int)(n - from));
	return (int)n;
}

static int
fast_decl(asn_xlsx *x, const char *s, size_t n)
{
	static const char *const keys[] = { "version", "encoding", "standalone" };
	const char *end, *p, *key, *val;
	size_t klen, vlen, want = 0, k;
	char q;

	for (end = s + 5; end + 1 < s + n && !(end[0] == '?' && end[1] == '>'); end++)
		if (end - s > 256)
			return FAST_BAIL;
	if (end + 1 >= s + n)
		return x->fast.eof ? FAST_BAIL : FAST_MORE;
	for (p = s + 5;;) {
		if (p == end)
			break;
		if (!is_space((unsigned char)*p))
			return FAST_BAIL;
		while (p < end && is_space((unsigned char)*p))
			p++;
		if (p == end)
			break;
		for (key = p; p < end && *p >= 'a' && *p <= 'z'; p++)
			;
		klen = (size_t)(p - key);
		while (p < end && is_space((unsigned char)*p))
			p++;
		if (p == end || *p++ != '=')
			return FAST_BAIL;
		while (p < end && is_space((unsigned char)*p))
			p++;
		if (p == end || (*p != '"' && *p != '\''))
			return FAST_BAIL;
		q = *p++;
		for (val = p; p < end && *p != q; p++)
			;
		if (p == end)
			return FAST_BAIL;
		vlen = (size_t)(p++ - val);
		for (k = want; k < 3; k++)
			if (strlen(keys[k]) == klen && memcmp(keys[k], key, klen) == 0)
				break;
		if (k == 3 || (want == 0 && k != 0))
			return FAST_BAIL;
		if ((k == 0 && !(vlen == 3 && memcmp(val, "1.0", 3) == 0)) ||
		    (k == 1 && !(vlen == 5 && strncasecmp(val, "utf-8", 5) == 0)) ||
		    (k == 2 && !(vlen == 3 && memcmp(val, "yes", 3) == 0) &&
		    !(vlen == 2 && memcmp(val, "no", 2) == 0)))
			return FAST_BAIL;
		want = k + 1;
	}
	if (want == 0)
		return FAST_BAIL;
	return (int)(end + 2 - s);
}

/*
 * Nearly every cell goes on <v>TEXT</v></c> or <is><t>TEXT</t></is></c>
 * after its <c ...>: when all of that is in the window and TEXT is plain,
 * it is handled at once, with the handler calls the tokens would make.
 * Its length, or 0 to go on token by token.
 */
static size_t
fast_value(asn_xlsx *x, const unsigned char *p, const unsigned char *end)
{
	static const struct attrs none;
	const unsigned char *t, *q;
	size_t close;
	int is;

	if (end - p >= 3 && p[0] == '<' && p[1] == 'v' && p[2] == '>')
		is = 0;
	else if (end - p >= 7 && memcmp(p, "<is><t>", 7) == 0)
		is = 1;
	else
		return 0;
	if (x->fast.depth + 1 + is > FAST_DEPTH)
		return 0;
	t = p + (is ? 7 : 3);
	for (q = t; !(ctab[*q] & C_TEXT); q++)
		;
	close = is ? 13 : 8;
	if ((size_t)(end - q) < close || memcmp(q, is ? "</t></is></c>" : "</v></c>", close) != 0)
		return 0;
	if (is)
		start_elem(x, E_IS, &none);
	start_elem(x, is ? E_T : E_V, &none);
	if (x->collect && q > t)
		cell_text(x, (const char *)t, (int)(q - t));
	if (x->failed)
		return (size_t)(q + close - p);
	end_elem(x, is ? E_T : E_V);
	if (is)
		end_elem(x, E_IS);
	if (--x->fast.depth == 0)
		x->fast.root_done = 1;
	end_elem(x, E_C);
	return (size_t)(q + close - p);
}

/* A tag at s[0] == '<': its length once handled, FAST_MORE or FAST_BAIL.
 * The handlers run only once the whole tag has been checked. */
static int
fast_tag(asn_xlsx *x, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s + 1, *end = p - 1 + n;
	const unsigned char *name, *an[FAST_ATTRS], *v;
	size_t nlen, anl[FAST_ATTRS], na = 0, i, j;
	struct fast *f = &x->fast;
	struct attrs a;
	enum elem e;
	int k, empty = 0;
	unsigned char q;

	if (*p == '/') {
		name = ++p;
		while (ctab[*p] & C_NAME)
			p++;
		nlen = (size_t)(p - name);
		while (ctab[*p] & C_SPACE)
			p++;
		if (p == end)
			return fast_more(x);
		if (*p != '>' || f->depth == 0 || f->stack_len[f->depth - 1] != nlen)
			return FAST_BAIL;
		j = (size_t)f->depth - 1;
		for (i = 0; i < nlen; i++)
			if (f->stack[j][i] != (char)name[i])
				return FAST_BAIL;
		if (--f->depth == 0)
			f->root_done = 1;
		end_elem(x, f->stack_kind[j]);
		return (int)(p + 1 - (const unsigned char *)s);
	}
	if (p == end)
		return fast_more(x);
	if (f->root_done || !(ctab[*p] & C_NAME0))
		return FAST_BAIL;
	name = p;
	while (ctab[*p] & C_NAME)
		p++;
	nlen = (size_t)(p - name);
	if (nlen > FAST_NAME)
		return FAST_BAIL;
	e = elem_of((const char *)name, nlen);
	memset(&a, 0, sizeof a);
	for (;;) {
		if (*p == '>') {
			p++;
			break;
		}
		if (*p == '/') {
			if (p[1] != '>')
				return p + 1 == end ? fast_more(x) : FAST_BAIL;
			p += 2;
			empty = 1;
			break;
		}
		if (!(ctab[*p] & C_SPACE))
			return p == end ? fast_more(x) : FAST_BAIL;
		while (ctab[*p] & C_SPACE)
			p++;
		if (*p == '>' || *p == '/')
			continue;
		if (!(ctab[*p] & C_NAME0) || na == FAST_ATTRS)
			return p == end ? fast_more(x) : FAST_BAIL;
		an[na] = p;
		while (ctab[*p] & C_NAME)
			p++;
		anl[na] = (size_t)(p - an[na]);
		while (ctab[*p] & C_SPACE)
			p++;
		if (*p++ != '=')
			return p - 1 == end ? fast_more(x) : FAST_BAIL;
		while (ctab[*p] & C_SPACE)
			p++;
		q = *p++;
		if (q != '"' && q != '\'')
			return p - 1 == end ? fast_more(x) : FAST_BAIL;
		for (v = p;;) {
			while (!(ctab[*p] & C_ATTR))
				p++;
			if (*p == q)
				break;
			if (p == end)
				return fast_more(x);
			if (*p == '"' || *p == '\'') {
				p++;
			} else if (*p >= 0x80 && (k = utf8_char(p, (size_t)(end - p))) > 0) {
				p += k;
			} else {
				return *p >= 0x80 && k == 0 ? fast_more(x) : FAST_BAIL;
			}
		}
		for (j = 0; j < na; j++)
			if (anl[j] == anl[na] && an[j][0] == an[na][0] &&
			    memcmp(an[j], an[na], anl[j]) == 0)
				return FAST_BAIL;
		if (e == E_C || e == E_ROW)
			attr_note(&a, (const char *)an[na], anl[na], (const char *)v,
			    (size_t)(p - v));
		na++;
		p++;
	}
	if (f->depth == FAST_DEPTH)
		return FAST_BAIL;
	if (empty) {
		if (f->depth == 0)
			f->root_done = 1;
	} else {
		j = (size_t)f->depth++;
		memcpy(f->stack[j], name, nlen);
		f->stack_len[j] = nlen;
		f->stack_kind[j] = e;
	}
	start_elem(x, e, &a);
	if (empty && !x->failed)
		end_elem(x, e);
	else if (e == E_C && nlen == 1 && !x->failed)
		p += fast_value(x, p, end);
	return (int)(p - (const unsigned char *)s);
}

/* The next token at s: its length once handled, FAST_MORE or FAST_BAIL. */
static int
fast_token(asn_xlsx *x, const char *s, size_t n)
{
	int rc;

	if (!x->fast.decl_done) {
		if (n < 6 && !x->fast.eof)
			return FAST_MORE;
		if (n >= 6 && memcmp(s, "<?xml", 5) == 0 && is_space((unsigned char)s[5])) {
			if ((rc = fast_decl(x, s, n)) > 0)
				x->fast.decl_done = 1;
			return rc;
		}
		x->fast.decl_done = 1;
	}
	if (s[0] != '<')
		return fast_text(x, s, n);
	if (s[1] == '!' || s[1] == '?')
		return FAST_BAIL;
	return fast_tag(x, s, n);
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
			n = fast_token(x, f->win + f->pos, f->len - f->pos);
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
		sheet_fail(x, 0, "%s", zip_problem(rc, why, sizeof why));
		return -1;
	}
	x->part_open = 1;
	x->skip = x->emitted;
	x->row = 0;
	x->in_row = x->in_cell = x->in_is = x->rph = x->collect = 0;
	x->ncells = 0;
	x->used = 1;
	x->parser = new_parser(x);
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
			buf = parser_buffer(x->parser);
			if ((n = sheet_read(x, buf)) < 0) {
				sheet_fail(x, 0, "%s", zip_problem(n, why, sizeof why));
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
