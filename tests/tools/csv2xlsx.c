/* csv2xlsx: CSV files to a deterministic .xlsx workbook, one worksheet each
 * (fixtures and benchmarks for the .xlsx reader).  The same input gives
 * the same bytes: zip timestamps are fixed, and nothing else varies. */
#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/types.h>

#include <minizip/zip.h>

#include "cli.h"
#include "csv.h"
#include "date.h"
#include "text.h"

enum {
	OUTBUF = 64 * 1024,     /* bytes handed to deflate at a time */
	COLUMNS = 16384,        /* A..XFD */
	AS_DATE = 1,
	AS_NUMBER = 2
};

#define NS_MAIN "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define NS_REL "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define NS_PKG "http://schemas.openxmlformats.org/package/2006"
#define CT_OOXML "application/vnd.openxmlformats-officedocument.spreadsheetml."
#define XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

struct writer {
	zipFile zip;
	int level;              /* deflate level */
	const char *name;       /* the output, for messages */
	char buf[OUTBUF];
	size_t len;
};

/* The shared strings: one arena, and an open-addressing table of indexes
 * into the entries (0: empty slot). */
struct entry {
	size_t off;
	uint32_t len, hash;
};

struct strtab {
	char *arena;
	size_t used, cap;
	struct entry *ent;
	uint32_t n, ent_cap;
	uint32_t *slot;
	size_t mask;
	unsigned long long refs; /* string cells written, the sst's count */
};

/* Column names given to --dates or --numbers, ASCII-folded. */
struct names {
	char **v;
	size_t n, cap;
	unsigned char *hit;     /* met in some header */
};

static void
usage(void)
{
	fprintf(stderr, "usage: %s [-o OUT.xlsx] [--sheet NAME]... [--inline] "
	    "[--dates COL,COL..] [--numbers COL,COL..] [--empty-sheet NAME] [--level 0-9] "
	    "[FILE.csv ...]\n",
	    asn_progname);
	exit(ASN_EXIT_USAGE);
}

static void
names_add(struct names *s, const char *list)
{
	const char *p, *end;
	size_t i;

	for (p = list; *p; p = *end ? end + 1 : end) {
		end = strchr(p, ',');
		if (!end)
			end = p + strlen(p);
		if (end == p)
			continue;
		if (s->n == s->cap) {
			s->cap = s->cap ? 2 * s->cap : 8;
			s->v = asn_realloc(s->v, s->cap * sizeof *s->v);
			s->hit = asn_realloc(s->hit, s->cap);
		}
		s->hit[s->n] = 0;
		s->v[s->n] = asn_strndup(p, (size_t)(end - p));
		for (i = 0; s->v[s->n][i]; i++)
			if (s->v[s->n][i] >= 'A' && s->v[s->n][i] <= 'Z')
				s->v[s->n][i] += 'a' - 'A';
		s->n++;
	}
}

static int
names_has(struct names *s, const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (strlen(s->v[i]) == len && strncasecmp(s->v[i], name, len) == 0)
			return s->hit[i] = 1;
	return 0;
}

/* A name no header has is most likely a typo. */
static void
names_free(struct names *s, const char *option)
{
	size_t i;

	for (i = 0; i < s->n; i++) {
		if (!s->hit[i])
			asn_warn("--%s: no input has a column '%s'", option, s->v[i]);
		free(s->v[i]);
	}
	free(s->v);
	free(s->hit);
}

/* minizip over the FILE the output gives. */
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
	return (uLong)fwrite(buf, 1, size, stream);
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
	int whence = origin == ZLIB_FILEFUNC_SEEK_CUR ? SEEK_CUR :
	    origin == ZLIB_FILEFUNC_SEEK_END ? SEEK_END : SEEK_SET;

	(void)opaque;
	return fseeko(stream, (off_t)offset, whence) == 0 ? 0 : -1;
}

static int ZCALLBACK
io_close(voidpf opaque, voidpf stream)
{
	(void)opaque;
	return fflush(stream) == 0 ? 0 : -1;
}

static int ZCALLBACK
io_error(voidpf opaque, voidpf stream)
{
	(void)opaque;
	return ferror((FILE *)stream);
}

static void
zip_check(const struct writer *w, int rc)
{
	if (rc != ZIP_OK)
		asn_die(ASN_EXIT_INPUT, "%s: write error%s%s", w->name,
		    errno ? ": " : " (zip)", errno ? strerror(errno) : "");
}

static void
flush_part(struct writer *w)
{
	if (w->len) {
		errno = 0;
		zip_check(w, zipWriteInFileInZip(w->zip, w->buf, (unsigned)w->len));
	}
	w->len = 0;
}

static void
put(struct writer *w, const char *s, size_t n)
{
	size_t k;

	while (n > 0) {
		if (w->len == OUTBUF)
			flush_part(w);
		k = OUTBUF - w->len < n ? OUTBUF - w->len : n;
		memcpy(w->buf + w->len, s, k);
		w->len += k;
		s += k;
		n -= k;
	}
}

static void
puts_(struct writer *w, const char *s)
{
	put(w, s, strlen(s));
}

static void
put_ulong(struct writer *w, unsigned long long v)
{
	char tmp[24];
	size_t n = sizeof tmp;

	do
		tmp[--n] = (char)('0' + v % 10);
	while ((v /= 10) > 0);
	put(w, tmp + n, sizeof tmp - n);
}

/* Text as XML character data or attribute value. */
static void
put_escaped(struct writer *w, const char *s, size_t len)
{
	size_t i, from = 0;
	const char *rep;

	for (i = 0; i < len; i++) {
		switch (s[i]) {
		case '&':
			rep = "&amp;";
			break;
		case '<':
			rep = "&lt;";
			break;
		case '>':
			rep = "&gt;";
			break;
		case '"':
			rep = "&quot;";
			break;
		default:
			continue;
		}
		put(w, s + from, i - from);
		puts_(w, rep);
		from = i + 1;
	}
	put(w, s + from, len - from);
}

static void
part_open(struct writer *w, const char *part)
{
	zip_fileinfo zi;

	memset(&zi, 0, sizeof zi);
	zi.tmz_date.tm_mday = 1;
	zi.tmz_date.tm_year = 1980;
	errno = 0;
	zip_check(w, zipOpenNewFileInZip64(w->zip, part, &zi, NULL, 0, NULL, 0, NULL,
	    Z_DEFLATED, w->level, 0));
}

static void
part_close(struct writer *w)
{
	flush_part(w);
	errno = 0;
	zip_check(w, zipCloseFileInZip(w->zip));
}

/* Text Excel can hold: UTF-8, no control characters but tab and LF. */
static void
check_text(const char *file, long line, size_t field, const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] < 0x20 && s[i] != '\t' && s[i] != '\n')
			asn_die(ASN_EXIT_INPUT, "%s:%ld: field %zu: control character 0x%02X "
			    "cannot be written to XML", file, line, field, (unsigned char)s[i]);
	if (!asn_utf8_valid(s, len))
		asn_die(ASN_EXIT_INPUT, "%s:%ld: field %zu: not valid UTF-8", file, line, field);
}

static uint32_t
hash(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603ULL;
	size_t i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return (uint32_t)(h ^ (h >> 32));
}

static void
strtab_grow(struct strtab *t)
{
	size_t i, j, nslots = t->mask ? 2 * (t->mask + 1) : 1 << 16;

	free(t->slot);
	t->slot = asn_calloc(nslots, sizeof *t->slot);
	t->mask = nslots - 1;
	for (i = 0; i < t->n; i++) {
		for (j = t->ent[i].hash & t->mask; t->slot[j]; j = (j + 1) & t->mask)
			;
		t->slot[j] = (uint32_t)i + 1;
	}
}

static uint32_t
strtab_add(struct strtab *t, const char *s, size_t len)
{
	uint32_t h = hash(s, len), k;
	struct entry *e;
	size_t j;

	if ((size_t)t->n + 1 > (t->mask + 1) / 2)
		strtab_grow(t);
	for (j = h & t->mask; (k = t->slot[j]) != 0; j = (j + 1) & t->mask) {
		e = &t->ent[k - 1];
		if (e->hash == h && e->len == len && memcmp(t->arena + e->off, s, len) == 0)
			return k - 1;
	}
	if (t->n == UINT32_MAX - 1 || len > UINT32_MAX)
		asn_die(ASN_EXIT_INPUT, "too many shared strings");
	if (t->n == t->ent_cap) {
		t->ent_cap = t->ent_cap ? 2 * t->ent_cap : 1024;
		t->ent = asn_realloc(t->ent, t->ent_cap * sizeof *t->ent);
	}
	if (t->cap - t->used < len) {
		while (t->cap - t->used < len)
			t->cap = t->cap ? 2 * t->cap : 1 << 20;
		t->arena = asn_realloc(t->arena, t->cap);
	}
	memcpy(t->arena + t->used, s, len);
	e = &t->ent[t->n];
	e->off = t->used;
	e->len = (uint32_t)len;
	e->hash = h;
	t->used += len;
	t->slot[j] = t->n + 1;
	return t->n++;
}

static void
strtab_free(struct strtab *t)
{
	free(t->arena);
	free(t->ent);
	free(t->slot);
}

static void
put_ref(struct writer *w, size_t col, unsigned long long row)
{
	char tmp[8];
	size_t n = sizeof tmp;

	for (col++; col > 0; col = (col - 1) / 26)
		tmp[--n] = (char)('A' + (col - 1) % 26);
	put(w, tmp + n, sizeof tmp - n);
	put_ulong(w, row);
}

/* Excel's day number of a date: days since 1899-12-30, one less before
 * 1 March 1900 for the 29 February 1900 Excel counts. */
static long
excel_serial(asn_date d)
{
	static const asn_date epoch = { 1899, 12, 30 };
	long days = asn_date_to_days(d) - asn_date_to_days(epoch);

	return days < 61 ? days - 1 : days;
}

/* A decimal number (as Excel takes one typed in) written the way Excel
 * stores a double: the shortest of 15 to 17 significant digits that reads
 * back the same.  A NIP of 18 digits loses its last ones: the damage the
 * reader must meet. */
static int
excel_number(const char *s, size_t len, char *out, size_t outsize)
{
	size_t i = 0, digits = 0;
	char *end;
	double v;
	int p;

	if (i < len && (s[i] == '-' || s[i] == '+'))
		i++;
	for (; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		digits++;
	if (i < len && s[i] == '.')
		for (i++; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			digits++;
	if (!digits)
		return -1;
	if (i < len && (s[i] == 'e' || s[i] == 'E')) {
		i++;
		if (i < len && (s[i] == '-' || s[i] == '+'))
			i++;
		for (digits = 0; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			digits++;
		if (!digits)
			return -1;
	}
	if (i != len)
		return -1;
	errno = 0;
	v = strtod(s, &end);
	if (end != s + len || !isfinite(v))
		return -1;
	if (v == 0) {
		snprintf(out, outsize, "0");
		return 0;
	}
	for (p = 15; p <= 17; p++) {
		snprintf(out, outsize, "%.*G", p, v);
		if (strtod(out, NULL) == v)
			break;
	}
	return 0;
}

static int
needs_preserve(const char *s, size_t len)
{
	return len && (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' ||
	    s[len - 1] == ' ' || s[len - 1] == '\t' || s[len - 1] == '\n');
}

static void
write_cell(struct writer *w, struct strtab *t, int inline_strings, int kind,
    size_t col, unsigned long long row, const char *s, size_t len)
{
	char num[40];
	asn_date d;

	puts_(w, "<c r=\"");
	put_ref(w, col, row);
	if ((kind & AS_DATE) && asn_date_parse(s, len, &d, NULL) == 0) {
		puts_(w, "\" s=\"1\"><v>");
		put_ulong(w, (unsigned long long)excel_serial(d));
		puts_(w, "</v></c>");
	} else if ((kind & AS_NUMBER) && excel_number(s, len, num, sizeof num) == 0) {
		puts_(w, "\"><v>");
		puts_(w, num);
		puts_(w, "</v></c>");
	} else if (inline_strings) {
		puts_(w, needs_preserve(s, len) ? "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" :
		    "\" t=\"inlineStr\"><is><t>");
		put_escaped(w, s, len);
		puts_(w, "</t></is></c>");
	} else {
		puts_(w, "\" t=\"s\"><v>");
		put_ulong(w, strtab_add(t, s, len));
		puts_(w, "</v></c>");
		t->refs++;
	}
}

static void
sheet_head(struct writer *w)
{
	puts_(w, XML_DECL "<worksheet xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\">"
	    "<sheetData>");
}

static void
sheet_tail(struct writer *w)
{
	puts_(w, "</sheetData></worksheet>\n");
}

static void
write_sheet(struct writer *w, struct strtab *t, int inline_strings, const char *path,
    struct names *dates, struct names *numbers)
{
	asn_csv_reader *r;
	asn_csv_record rec;
	unsigned long long row = 0;
	unsigned char *kind = NULL;
	size_t nkind = 0, i;
	int rc, open;

	if (!(r = asn_csv_reader_open(path, 0)))
		exit(ASN_EXIT_INPUT);
	/* SIASN's raw '|' export has no quoting, as asn-import reads it */
	if (asn_csv_reader_detect_delimiter(r) == '|')
		asn_csv_reader_set_quoting(r, 0);
	sheet_head(w);
	while ((rc = asn_csv_reader_next(r, &rec)) > 0) {
		row++;
		if (rec.nfields > COLUMNS)
			asn_die(ASN_EXIT_INPUT, "%s:%ld: %zu fields, more than the %d columns "
			    "of a worksheet", asn_csv_reader_name(r), rec.line, rec.nfields, COLUMNS);
		if (row == 1) {
			nkind = rec.nfields;
			kind = asn_calloc(nkind, 1);
			for (i = 0; i < nkind; i++) {
				if (names_has(dates, rec.fields[i], rec.lengths[i]))
					kind[i] |= AS_DATE;
				if (names_has(numbers, rec.fields[i], rec.lengths[i]))
					kind[i] |= AS_NUMBER;
			}
		}
		open = 0;
		for (i = 0; i < rec.nfields; i++) {
			if (rec.lengths[i] == 0)
				continue;
			check_text(asn_csv_reader_name(r), rec.line, i + 1, rec.fields[i],
			    rec.lengths[i]);
			if (!open) {
				puts_(w, "<row r=\"");
				put_ulong(w, row);
				puts_(w, "\">");
				open = 1;
			}
			write_cell(w, t, inline_strings, row > 1 && i < nkind ? kind[i] : 0,
			    i, row, rec.fields[i], rec.lengths[i]);
		}
		if (open)
			puts_(w, "</row>\n");
	}
	if (rc < 0)
		asn_die(ASN_EXIT_INPUT, "%s", asn_csv_reader_error(r));
	sheet_tail(w);
	free(kind);
	asn_csv_reader_free(r);
}

static void
write_sst(struct writer *w, const struct strtab *t)
{
	const struct entry *e;
	uint32_t i;

	puts_(w, XML_DECL "<sst xmlns=\"" NS_MAIN "\" count=\"");
	put_ulong(w, t->refs);
	puts_(w, "\" uniqueCount=\"");
	put_ulong(w, t->n);
	puts_(w, "\">");
	for (i = 0; i < t->n; i++) {
		e = &t->ent[i];
		puts_(w, needs_preserve(t->arena + e->off, e->len) ?
		    "<si><t xml:space=\"preserve\">" : "<si><t>");
		put_escaped(w, t->arena + e->off, e->len);
		puts_(w, "</t></si>");
	}
	puts_(w, "</sst>\n");
}

static void
write_package_parts(struct writer *w, char **sheets, size_t nsheets, int inline_strings)
{
	size_t i;

	part_open(w, "[Content_Types].xml");
	puts_(w, XML_DECL "<Types xmlns=\"" NS_PKG "/content-types\">"
	    "<Default Extension=\"rels\" ContentType=\"application/"
	    "vnd.openxmlformats-package.relationships+xml\"/>"
	    "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
	    "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" CT_OOXML
	    "sheet.main+xml\"/>"
	    "<Override PartName=\"/xl/styles.xml\" ContentType=\"" CT_OOXML
	    "styles+xml\"/>");
	if (!inline_strings)
		puts_(w, "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
		    CT_OOXML "sharedStrings+xml\"/>");
	for (i = 0; i < nsheets; i++) {
		puts_(w, "<Override PartName=\"/xl/worksheets/sheet");
		put_ulong(w, i + 1);
		puts_(w, ".xml\" ContentType=\"" CT_OOXML "worksheet+xml\"/>");
	}
	puts_(w, "</Types>\n");
	part_close(w);

	part_open(w, "_rels/.rels");
	puts_(w, XML_DECL "<Relationships xmlns=\"" NS_PKG "/relationships\">"
	    "<Relationship Id=\"rId1\" Type=\"" NS_REL "/officeDocument\" "
	    "Target=\"xl/workbook.xml\"/></Relationships>\n");
	part_close(w);

	part_open(w, "xl/workbook.xml");
	puts_(w, XML_DECL "<workbook xmlns=\"" NS_MAIN "\" xmlns:r=\"" NS_REL "\">"
	    "<bookViews><workbookView/></bookViews><sheets>");
	for (i = 0; i < nsheets; i++) {
		puts_(w, "<sheet name=\"");
		put_escaped(w, sheets[i], strlen(sheets[i]));
		puts_(w, "\" sheetId=\"");
		put_ulong(w, i + 1);
		puts_(w, "\" r:id=\"rId");
		put_ulong(w, i + 1);
		puts_(w, "\"/>");
	}
	puts_(w, "</sheets></workbook>\n");
	part_close(w);

	part_open(w, "xl/_rels/workbook.xml.rels");
	puts_(w, XML_DECL "<Relationships xmlns=\"" NS_PKG "/relationships\">");
	for (i = 0; i < nsheets; i++) {
		puts_(w, "<Relationship Id=\"rId");
		put_ulong(w, i + 1);
		puts_(w, "\" Type=\"" NS_REL "/worksheet\" Target=\"worksheets/sheet");
		put_ulong(w, i + 1);
		puts_(w, ".xml\"/>");
	}
	puts_(w, "<Relationship Id=\"rId");
	put_ulong(w, nsheets + 1);
	puts_(w, "\" Type=\"" NS_REL "/styles\" Target=\"styles.xml\"/>");
	if (!inline_strings) {
		puts_(w, "<Relationship Id=\"rId");
		put_ulong(w, nsheets + 2);
		puts_(w, "\" Type=\"" NS_REL "/sharedStrings\" Target=\"sharedStrings.xml\"/>");
	}
	puts_(w, "</Relationships>\n");
	part_close(w);

	/* Cell format 1 is the built-in date format 14 the date cells use; 2,
	 * a custom dd-mm-yyyy, is there for readers to meet one. */
	part_open(w, "xl/styles.xml");
	puts_(w, XML_DECL "<styleSheet xmlns=\"" NS_MAIN "\">"
	    "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd\\-mm\\-yyyy\"/>"
	    "</numFmts>"
	    "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
	    "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
	    "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
	    "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/>"
	    "</border></borders>"
	    "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
	    "borderId=\"0\"/></cellStyleXfs>"
	    "<cellXfs count=\"3\">"
	    "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
	    "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
	    "applyNumberFormat=\"1\"/>"
	    "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
	    "applyNumberFormat=\"1\"/>"
	    "</cellXfs>"
	    "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
	    "</cellStyles></styleSheet>\n");
	part_close(w);
}

static void
check_sheet_name(const char *s)
{
	size_t i, len = strlen(s);

	if (len == 0)
		asn_die(ASN_EXIT_USAGE, "empty sheet name");
	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] < 0x20)
			asn_die(ASN_EXIT_USAGE, "sheet name with a control character");
	if (!asn_utf8_valid(s, len))
		asn_die(ASN_EXIT_USAGE, "sheet name not valid UTF-8");
}

/* Copies the finished workbook from a temporary file to stdout, which
 * need not be seekable as the zip writer needs. */
static void
copy_out(FILE *from, FILE *to)
{
	char buf[OUTBUF];
	size_t n;

	if (fseeko(from, 0, SEEK_SET) != 0)
		asn_die(ASN_EXIT_INPUT, "temporary file:");
	while ((n = fread(buf, 1, sizeof buf, from)) > 0)
		if (fwrite(buf, 1, n, to) != n)
			break;
	if (ferror(from))
		asn_die(ASN_EXIT_INPUT, "temporary file: read error");
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "sheet", required_argument, NULL, 's' },
		{ "inline", no_argument, NULL, 'i' },
		{ "dates", required_argument, NULL, 'd' },
		{ "numbers", required_argument, NULL, 'n' },
		{ "empty-sheet", required_argument, NULL, 'e' },
		{ "level", required_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	struct names dates = { 0 }, numbers = { 0 };
	struct strtab tab = { 0 };
	struct writer *w;
	zlib_filefunc64_def io;
	const char *out = NULL, *empty = NULL, *stdin_only[] = { "-" };
	const char **inputs;
	char **given = NULL, **sheets;
	size_t ngiven = 0, ninputs, nsheets, i, j;
	int ch, inline_strings = 0, level = 1;
	asn_output *o;
	FILE *f, *tmp = NULL;

	asn_cli_init(argv[0]);
	given = asn_calloc((size_t)argc, sizeof *given);
	while ((ch = getopt_long(argc, argv, "ho:", longopts, NULL)) != -1) {
		switch (ch) {
		case 'o':
			out = optarg;
			break;
		case 's':
			check_sheet_name(optarg);
			given[ngiven++] = optarg;
			break;
		case 'i':
			inline_strings = 1;
			break;
		case 'd':
			names_add(&dates, optarg);
			break;
		case 'n':
			names_add(&numbers, optarg);
			break;
		case 'e':
			check_sheet_name(optarg);
			empty = optarg;
			break;
		case 'l':
			level = (int)asn_cli_long(optarg, "level", 0, 9);
			break;
		default:
			usage();
		}
	}
	ninputs = (size_t)(argc - optind);
	inputs = ninputs ? (const char **)argv + optind : stdin_only;
	if (!ninputs)
		ninputs = 1;
	if (ngiven > ninputs)
		asn_die(ASN_EXIT_USAGE, "%zu --sheet names for %zu input files", ngiven, ninputs);

	nsheets = ninputs + (empty != NULL);
	sheets = asn_calloc(nsheets, sizeof *sheets);
	j = 0;
	if (empty)
		sheets[j++] = asn_strdup(empty);
	for (i = 0; i < ninputs; i++) {
		if (i < ngiven) {
			sheets[j++] = asn_strdup(given[i]);
		} else {
			sheets[j] = asn_malloc(32);
			snprintf(sheets[j++], 32, "Sheet%zu", i + 1);
		}
	}
	for (i = 0; i < nsheets; i++)
		for (j = 0; j < i; j++)
			if (strcasecmp(sheets[i], sheets[j]) == 0)
				asn_die(ASN_EXIT_USAGE, "duplicate sheet name '%s'", sheets[i]);

	o = asn_output_open(out);
	f = asn_output_file(o);
	if (f == stdout) {
		if (!(tmp = tmpfile()))
			asn_die(ASN_EXIT_INPUT, "temporary file:");
		f = tmp;
	}
	memset(&io, 0, sizeof io);
	io.zopen64_file = io_open;
	io.zread_file = io_read;
	io.zwrite_file = io_write;
	io.ztell64_file = io_tell;
	io.zseek64_file = io_seek;
	io.zclose_file = io_close;
	io.zerror_file = io_error;
	io.opaque = f;
	w = asn_calloc(1, sizeof *w);
	w->name = out ? out : "<stdout>";
	w->level = level;
	if (!(w->zip = zipOpen2_64(w->name, APPEND_STATUS_CREATE, NULL, &io)))
		asn_die(ASN_EXIT_INPUT, "%s: cannot start the zip archive", w->name);

	write_package_parts(w, sheets, nsheets, inline_strings);
	j = 1;
	if (empty) {
		part_open(w, "xl/worksheets/sheet1.xml");
		puts_(w, XML_DECL "<worksheet xmlns=\"" NS_MAIN "\"><sheetData/></worksheet>\n");
		part_close(w);
		j++;
	}
	for (i = 0; i < ninputs; i++, j++) {
		char part[64];

		snprintf(part, sizeof part, "xl/worksheets/sheet%zu.xml", j);
		part_open(w, part);
		write_sheet(w, &tab, inline_strings, inputs[i], &dates, &numbers);
		part_close(w);
	}
	if (!inline_strings) {
		part_open(w, "xl/sharedStrings.xml");
		write_sst(w, &tab);
		part_close(w);
	}
	errno = 0;
	zip_check(w, zipClose(w->zip, NULL));
	if (tmp) {
		copy_out(tmp, stdout);
		fclose(tmp);
	}
	asn_output_close(o);

	for (i = 0; i < nsheets; i++)
		free(sheets[i]);
	free(sheets);
	free(given);
	free(w);
	strtab_free(&tab);
	names_free(&dates, "dates");
	names_free(&numbers, "numbers");
	return asn_cli_finish(ASN_EXIT_OK);
}
