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
#include "i18n.h"
#include "date.h"
#include "xlsx_int.h"


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
int
xlsx_parse_ulong(const char *s, size_t len, unsigned long max, unsigned long *out)
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

const char *
xlsx_zip_problem(int code, char *buf, size_t size)
{
	switch (code) {
	case UNZ_ERRNO:
		if (errno)
			snprintf(buf, size, _("read error: %s"), strerror(errno));
		else
			snprintf(buf, size, "%s", _("read error (truncated archive?)"));
		break;
	case Z_DATA_ERROR:
		snprintf(buf, size, "%s", _("corrupt compressed data"));
		break;
	case Z_MEM_ERROR:
		snprintf(buf, size, "%s", _("out of memory inflating"));
		break;
	case UNZ_CRCERROR:
		snprintf(buf, size, "%s", _("CRC mismatch (corrupt archive)"));
		break;
	case UNZ_BADZIPFILE:
		snprintf(buf, size, "%s", _("unsupported or corrupt zip entry"));
		break;
	default:
		snprintf(buf, size, _("zip error %d"), code);
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

XML_Parser
xlsx_new_parser(void *ud)
{
	XML_Parser p = XML_ParserCreate(NULL);

	if (!p)
		asn_die(ASN_EXIT_INPUT, "out of memory");
	XML_SetUserData(p, ud);
	return p;
}

/* Everything no other handler reports (text not wanted, comments, PIs)
 * comes here, so that it too counts as passed. */
static void XMLCALL
part_other(void *ud, const XML_Char *s, int len)
{
	struct loader *l = ud;

	(void)s, (void)len;
	xlsx_mark(l->p, &l->seen);
}

static void XMLCALL
part_start(void *ud, const XML_Char *name, const XML_Char **attr)
{
	struct loader *l = ud;

	xlsx_mark(l->p, &l->seen);
	if (l->on_start)
		l->on_start(ud, name, attr);
}

static void XMLCALL
part_end(void *ud, const XML_Char *name)
{
	struct loader *l = ud;

	xlsx_mark(l->p, &l->seen);
	if (l->on_end)
		l->on_end(ud, name);
}

static void XMLCALL
part_text(void *ud, const XML_Char *s, int len)
{
	struct loader *l = ud;

	xlsx_mark(l->p, &l->seen);
	l->on_text(ud, s, len);
}

void *
xlsx_parser_buffer(XML_Parser p)
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
		vsnprintf(l->err + n, l->errsize - (size_t)n, gettext(fmt), ap);
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
		return load_fail(l, "%s", xlsx_zip_problem(n, why, sizeof why));
	l->p = xlsx_new_parser(l);
	l->on_start = start;
	l->on_end = end;
	l->on_text = text;
	l->seen = 0;
	XML_SetElementHandler(l->p, part_start, part_end);
	XML_SetCharacterDataHandler(l->p, text ? part_text : NULL);
	XML_SetDefaultHandlerExpand(l->p, part_other);
	XML_SetStartDoctypeDeclHandler(l->p, part_doctype);
	for (;;) {
		buf = xlsx_parser_buffer(l->p);
		errno = 0;
		n = unzReadCurrentFile(x->zip, buf, CHUNK);
		if (n < 0) {
			rc = load_fail(l, "%s", xlsx_zip_problem(n, why, sizeof why));
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
		rc = load_fail(l, "%s", xlsx_zip_problem(closed, why, sizeof why));
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
		if (!id || !code || xlsx_parse_ulong(id, strlen(id), ULONG_MAX, &n) < 0 ||
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
		if (!id || xlsx_parse_ulong(id, strlen(id), ULONG_MAX, &n) < 0)
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
		return asn_set_error(l->err, l->errsize, "%s: the workbook has no worksheet",
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
		return asn_set_error(l->err, l->errsize, "%s: sheet '%s' is not a worksheet",
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
		return asn_set_error(err, errsize, "%s: not a seekable file (an .xlsx workbook "
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
		return asn_set_error(err, errsize, "%s: not an .xlsx workbook (not a zip archive)",
		    x->name);
	rc = parse_part(&l, "xl/workbook.xml", workbook_start, NULL, NULL, PART_MAX);
	if (rc == 0)
		rc = asn_set_error(err, errsize, "%s: not an .xlsx workbook (no xl/workbook.xml)",
		    x->name);
	if (rc < 0 || parse_part(&l, "xl/_rels/workbook.xml.rels", rels_start, NULL, NULL,
	    PART_MAX) < 0)
		goto fail;
	if (l.nsheets == 0) {
		asn_set_error(err, errsize, "%s: the workbook has no sheets", x->name);
		goto fail;
	}
	if ((i = pick_sheet(&l, want)) < 0)
		goto fail;
	x->sheet = asn_strdup(l.sheets[i].name);
	if (l.nrels) {
		r = rel_by_id(&l, l.sheets[i].rid);
		if (!r) {
			asn_set_error(err, errsize, "%s: sheet '%s': no relationship '%s' in "
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
		asn_set_error(err, errsize, "%s: sheet '%s': no part %s in the archive",
		    x->name, x->sheet, x->part);
		goto fail;
	}
	if ((rc = unzOpenCurrentFile(x->zip)) != UNZ_OK) {
		asn_set_error(err, errsize, "%s: sheet '%s': %s", x->name, x->sheet,
		    xlsx_zip_problem(rc, why, sizeof why));
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
		asn_set_error(err, errsize, "%s: %s", name, strerror(errno));
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
