#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <minizip/zip.h>

#include "cli.h"
#include "xlsx.h"
#include "test.h"

#define NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define NS_R "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define DECL "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
#define SHEET(rows) DECL "<worksheet xmlns=\"" NS "\" xmlns:r=\"" NS_R "\"><sheetData>" \
	rows "</sheetData></worksheet>"

typedef struct {
	char *s;
	size_t len, cap;
} text;

static void
text_add(text *t, const char *s, size_t n)
{
	if (t->len + n + 1 > t->cap) {
		t->cap = 2 * (t->len + n + 1);
		t->s = realloc(t->s, t->cap);
		if (!t->s)
			abort();
	}
	memcpy(t->s + t->len, s, n);
	t->len += n;
	t->s[t->len] = '\0';
}

static void
text_str(text *t, const char *s)
{
	text_add(t, s, strlen(s));
}

static char dir[256];
static char path[512];
static int nfiles;
static char files[64][512];

struct part {
	const char *name;
	const char *data;
	size_t len;             /* 0: strlen(data) */
};

/* A zip of the parts at dir/file (remembered for removal); its path. */
static const char *
write_zip(const char *file, const struct part *parts, size_t n)
{
	zipFile z;
	size_t i;

	snprintf(path, sizeof path, "%s/%s", dir, file);
	if (nfiles < 64)
		snprintf(files[nfiles++], sizeof files[0], "%s", path);
	if (!(z = zipOpen64(path, APPEND_STATUS_CREATE)))
		abort();
	for (i = 0; i < n; i++) {
		if (zipOpenNewFileInZip64(z, parts[i].name, NULL, NULL, 0, NULL, 0, NULL,
		    Z_DEFLATED, Z_DEFAULT_COMPRESSION, 1) != ZIP_OK ||
		    zipWriteInFileInZip(z, parts[i].data, (unsigned)(parts[i].len ? parts[i].len :
		    strlen(parts[i].data))) != ZIP_OK || zipCloseFileInZip(z) != ZIP_OK)
			abort();
	}
	if (zipClose(z, NULL) != ZIP_OK)
		abort();
	return path;
}

static const char workbook_rels[] = DECL
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"" NS_R "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
	"<Relationship Id=\"rId2\" Type=\"" NS_R "/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
	"<Relationship Id=\"rId3\" Type=\"" NS_R "/worksheet\" Target=\"./worksheets/../worksheets/sheet3.xml\"/>"
	"<Relationship Id=\"rId8\" Type=\"" NS_R "/styles\" Target=\"styles.xml\"/>"
	"<Relationship Id=\"rId9\" Type=\"" NS_R "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
	"</Relationships>";

/*
 * Cell formats: 0 general, 1 built-in date 14, 2 custom dd-mm-yyyy,
 * 3 a locale date with a literal, 4 a custom time, 5 built-in time 20,
 * 6 elapsed hours, 7 plain number 2 (0.00).
 */
static const char styles[] = DECL "<styleSheet xmlns=\"" NS "\">"
	"<numFmts count=\"4\">"
	"<numFmt numFmtId=\"164\" formatCode=\"dd\\-mm\\-yyyy\"/>"
	"<numFmt numFmtId=\"165\" formatCode=\"[$-421]dd mmmm yyyy;@\"/>"
	"<numFmt numFmtId=\"166\" formatCode=\"h:mm:ss&quot;d&quot;\"/>"
	"<numFmt numFmtId=\"167\" formatCode=\"[h]:mm\"/>"
	"</numFmts>"
	"<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
	"<cellXfs count=\"8\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
	"<xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"20\"/>"
	"<xf numFmtId=\"167\"/><xf numFmtId=\"2\"/></cellXfs></styleSheet>";

static const char sst[] = DECL "<sst xmlns=\"" NS "\" count=\"5\" uniqueCount=\"5\">"
	"<si><t>nip</t></si>"
	"<si><r><rPr><b/></rPr><t>Ruangan </t></r><r><t>Bersalin \xe2\x80\x93 Kalukku</t></r>"
	"<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh><phoneticPr fontId=\"1\"/></si>"
	"<si><t>a &amp; b &lt;&#x00E9;&#233;&gt;</t></si>"
	"<si><t xml:space=\"preserve\"> spaced </t></si>"
	"<si><t/></si>"
	"</sst>";
static const char *sst_part = sst;

/* A workbook whose sheets are named names[i] with parts xml[i] (at most
 * 3); workbook_pr is put in <workbookPr .../>, NULL for none. */
static const char *
book(const char *file, size_t n, const char *const *names, const char *const *xml,
    const char *workbook_pr)
{
	static const char *sheet_parts[] = { "xl/worksheets/sheet1.xml",
	    "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml" };
	struct part parts[8];
	text wb = { 0 };
	char tmp[256];
	size_t i, k = 0;
	const char *p;

	text_str(&wb, DECL "<workbook xmlns=\"" NS "\" xmlns:r=\"" NS_R "\">");
	if (workbook_pr) {
		text_str(&wb, "<workbookPr ");
		text_str(&wb, workbook_pr);
		text_str(&wb, "/>");
	}
	text_str(&wb, "<sheets>");
	for (i = 0; i < n; i++) {
		snprintf(tmp, sizeof tmp, "<sheet name=\"%s\" sheetId=\"%zu\" r:id=\"rId%zu\"/>",
		    names[i], i + 1, i + 1);
		text_str(&wb, tmp);
	}
	text_str(&wb, "</sheets></workbook>");
	parts[k++] = (struct part){ "xl/workbook.xml", wb.s, 0 };
	parts[k++] = (struct part){ "xl/_rels/workbook.xml.rels", workbook_rels, 0 };
	parts[k++] = (struct part){ "xl/styles.xml", styles, 0 };
	parts[k++] = (struct part){ "xl/sharedStrings.xml", sst_part, 0 };
	for (i = 0; i < n; i++)
		parts[k++] = (struct part){ sheet_parts[i], xml[i], 0 };
	p = write_zip(file, parts, k);
	free(wb.s);
	return p;
}

static const char *
book1(const char *file, const char *xml)
{
	const char *names[] = { "Data" };

	return book(file, 1, names, &xml, NULL);
}

/* Every record as "LINE:f|f|f\n"; an error as "!message". */
static text shown;

static const char *
read_book(const char *p, const char *sheet, int expat_only, size_t field_max)
{
	asn_csv_record rec;
	char err[512], num[32];
	asn_xlsx *x;
	size_t i;
	int rc;

	shown.len = 0;
	text_str(&shown, "");
	if (!(x = asn_xlsx_open(p, "book.xlsx", sheet, err, sizeof err))) {
		text_str(&shown, "!");
		text_str(&shown, err);
		return shown.s;
	}
	asn_xlsx_set_expat_only(x, expat_only);
	asn_xlsx_set_field_max(x, field_max);
	while ((rc = asn_xlsx_next(x, &rec)) > 0) {
		snprintf(num, sizeof num, "%ld:", rec.line);
		text_str(&shown, num);
		for (i = 0; i < rec.nfields; i++) {
			if (i)
				text_str(&shown, "|");
			if (strlen(rec.fields[i]) != rec.lengths[i])
				text_str(&shown, "<bad length>");
			text_add(&shown, rec.fields[i], rec.lengths[i]);
		}
		text_str(&shown, "\n");
	}
	if (rc < 0) {
		text_str(&shown, "!");
		text_str(&shown, asn_xlsx_error(x));
	}
	asn_xlsx_free(x);
	return shown.s;
}

/* The records with the fast scanner, checked to be what expat alone gives. */
static char *fast;

static const char *
show_max(const char *p, const char *sheet, size_t field_max)
{
	free(fast);
	fast = strdup(read_book(p, sheet, 0, field_max));
	read_book(p, sheet, 1, field_max);
	CHECK(strcmp(fast, shown.s) == 0, "  (fast scanner and expat agree)");
	if (strcmp(fast, shown.s) != 0)
		printf("#   fast  '%s'\n#  expat '%s'\n", fast, shown.s);
	return fast;
}

static const char *
show(const char *p, const char *sheet)
{
	return show_max(p, sheet, 0);
}

static void
test_values(void)
{
	char want[128];
	const char *p;

	p = book1("strings.xlsx", SHEET(
	    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
	    "<c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c>"
	    "<c r=\"E1\" t=\"s\"><v>4</v></c></row>"));
	CHECK_STR(show(p, NULL), "1:nip|Ruangan Bersalin \xe2\x80\x93 Kalukku|"
	    "a & b <\xc3\xa9\xc3\xa9>| spaced |\n",
	    "shared strings: rich runs joined, phonetic run left out, entities, spaces kept");

	p = book1("inline.xlsx", SHEET(
	    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Dinas &amp; Badan</t></is></c>"
	    "<c r=\"B1\" t=\"inlineStr\"><is><r><t>Puskes</t></r><r><rPr/><t>mas</t></r>"
	    "<rPh><t>x</t></rPh></is></c>"
	    "<c r=\"C1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\xe2\x80\x93 </t></is></c>"
	    "</row>"));
	CHECK_STR(show(p, NULL), "1:Dinas & Badan|Puskesmas|\xe2\x80\x93 \n", "inline strings");

	p = book1("sparse.xlsx", SHEET(
	    "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c>"
	    "<c r=\"C1\"><v>3</v></c></row>"
	    "<row r=\"2\"><c r=\"B2\" s=\"3\"/></row>"
	    "<row r=\"3\"></row>"
	    "<row r=\"5\" spans=\"1:3\"><c r=\"AA5\"><v>27</v></c></row>"));
	snprintf(want, sizeof want, "1:a||3\n2:|\n5:%.26s27\n", "||||||||||||||||||||||||||||||");
	CHECK_STR(show(p, NULL), want,
	    "sparse cells, an empty cell, a row without cells skipped, line = row number");

	p = book1("noref.xlsx", SHEET(
	    "<row><c><v>1</v></c><c><v>2</v></c><c r=\"E1\"><v>5</v></c><c><v>6</v></c></row>"
	    "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>"
	    "<row r=\"7\"><c r=\"B7\"><v>b</v></c></row><row><c><v>8</v></c></row>"));
	CHECK_STR(show(p, NULL), "1:1|2|||5|6\n2:x\n7:|b\n8:8\n",
	    "missing r: next column, previous row + 1");

	p = book1("types.xlsx", SHEET(
	    "<row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"b\"><v>0</v></c>"
	    "<c r=\"C1\" t=\"e\"><v>#N/A</v></c>"
	    "<c r=\"D1\" t=\"str\"><f>CONCAT(\"a\",\"b\")</f><v>ab</v></c>"
	    "<c r=\"E1\"><v>1.9980202202012099E+17</v></c>"
	    "<c r=\"F1\" t=\"n\"><f>1+1</f><v>2</v></c>"
	    "<c r=\"G1\" t=\"d\"><v>2020-01-15T10:20:00Z</v></c>"
	    "<c r=\"H1\" t=\"d\"><v>2020-01-15</v></c>"
	    "<c r=\"I1\" s=\"7\"><v>0.1</v></c>"
	    "<c r=\"J1\"><v>007</v></c></row>"));
	CHECK_STR(show(p, NULL), "1:TRUE|FALSE|#N/A|ab|1.9980202202012099E+17|2|2020-01-15|"
	    "2020-01-15|0.1|007\n", "booleans, errors, formula strings, numbers verbatim, t=d");

	p = book1("prefix.xlsx", DECL "<x:worksheet xmlns:x=\"" NS "\"><x:sheetData>"
	    "<x:row x:r=\"2\"><x:c r=\"B2\" t=\"s\"><x:v>0</x:v></x:c>"
	    "<x:c r=\"C2\" t=\"inlineStr\"><x:is><x:t>i</x:t></x:is></x:c></x:row>"
	    "</x:sheetData></x:worksheet>");
	CHECK_STR(show(p, NULL), "2:|nip|i\n", "namespace prefixes");
}

static void
test_dates(void)
{
	const char *p, *names[] = { "D" };
	const char *xml[1];

	/*
	 * 35828 days after 1899-12-30: 25569 of them reach 1970-01-01, the
	 * other 10259 are 28 years of 1970-1997 (28 * 365 + 7 leap days =
	 * 10227) and 32 days of 1998: 1998-02-02.  Serials below 60 are one
	 * day later than the count (Excel's 1900-02-29), 60 is that day.
	 */
	p = book1("dates.xlsx", SHEET(
	    "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>35828</v></c><c r=\"B1\" s=\"2\"><v>35828.75</v></c>"
	    "<c r=\"C1\" s=\"3\"><v>35828</v></c><c r=\"D1\" s=\"0\"><v>35828</v></c>"
	    "<c r=\"E1\" s=\"4\"><v>35828.5</v></c><c r=\"F1\" s=\"5\"><v>0.5</v></c>"
	    "<c r=\"G1\" s=\"6\"><v>35828</v></c><c r=\"H1\" s=\"7\"><v>35828</v></c>"
	    "<c r=\"I1\" s=\"99\"><v>35828</v></c></row>"
	    "<row r=\"2\"><c s=\"1\"><v>1</v></c><c s=\"1\"><v>59</v></c><c s=\"1\"><v>60</v></c>"
	    "<c s=\"1\"><v>61</v></c><c s=\"1\"><v>0</v></c><c s=\"1\"><v>-3</v></c>"
	    "<c s=\"1\"><v>2958465</v></c><c s=\"1\"><v>2958466</v></c>"
	    "<c s=\"1\"><v>3.5828E4</v></c><c s=\"1\" t=\"s\"><v>0</v></c><c s=\"1\"/></row>"));
	CHECK_STR(show(p, NULL), "1:1998-02-02|1998-02-02|1998-02-02|35828|35828.5|0.5|35828|35828|35828\n"
	    "2:1900-01-01|1900-02-28|60|1900-03-01|0|-3|9999-12-31|2958466|3.5828E4|nip|\n",
	    "date formats (14, custom, locale) give ISO dates; time, number, unknown styles do not");

	xml[0] = SHEET("<row r=\"1\"><c r=\"A1\" s=\"1\"><v>34366</v></c>"
	    "<c r=\"B1\" s=\"1\"><v>0</v></c><c r=\"C1\" s=\"1\"><v>60</v></c></row>");
	p = book("d1904.xlsx", 1, names, xml, "date1904=\"1\"");
	CHECK_STR(show(p, NULL), "1:1998-02-02|1904-01-01|1904-03-01\n",
	    "date1904: days since 1904-01-01");
}

static void
test_sheets(void)
{
	const char *names[] = { "Sampul", "Pegawai", "Unit Kerja" };
	const char *xml[] = {
		SHEET(""),
		SHEET("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
		SHEET("<row r=\"1\"><c r=\"A1\"><v>3</v></c></row>"),
	};
	char err[256];
	asn_xlsx *x;
	const char *p;
	FILE *f;

	p = book("sheets.xlsx", 3, names, xml, NULL);
	CHECK_STR(show(p, NULL), "", "first sheet by default (here empty: no rows)");
	CHECK_STR(show(p, "Pegawai"), "1:nip\n", "sheet by name (absolute Target)");
	CHECK_STR(show(p, "unit kerja"), "1:3\n", "sheet by name, case-insensitively (./.. in Target)");
	CHECK_STR(show(p, "Gaji"), "!book.xlsx: no sheet 'Gaji' (sheets: Sampul, Pegawai, Unit Kerja)",
	    "no such sheet: the sheets listed");
	x = asn_xlsx_open(p, NULL, "PEGAWAI", err, sizeof err);
	CHECK(x && strcmp(asn_xlsx_sheet_name(x), "Pegawai") == 0, "sheet name as the workbook has it");
	CHECK(x && asn_xlsx_bytes(x) == 0, "no sheet bytes before reading");
	asn_xlsx_free(x);

	f = fopen(p, "rb");
	x = f ? asn_xlsx_open_file(f, "open.xlsx", "Unit Kerja", err, sizeof err) : NULL;
	CHECK(x != NULL, "open on a FILE");
	if (x) {
		asn_csv_record rec;

		CHECK(asn_xlsx_next(x, &rec) == 1 && rec.nfields == 1 &&
		    strcmp(rec.fields[0], "3") == 0 && rec.line == 1, "read through the FILE");
		CHECK(asn_xlsx_next(x, &rec) == 0, "then the end");
		CHECK(asn_xlsx_bytes(x) > 0, "sheet bytes counted");
		asn_xlsx_free(x);
	}
	CHECK(f && fseek(f, 0, SEEK_SET) == 0 && fgetc(f) == 'P', "the FILE is left open");
	if (f)
		fclose(f);
}

static void
test_packaging(void)
{
	char buf[8] = "PK\3\4xx", err[256];
	const char *p;
	struct part parts[3];
	int fds[2];
	FILE *f;

	CHECK(asn_xlsx_sniff(buf, 8) && !asn_xlsx_sniff("a,b\n", 4) && !asn_xlsx_sniff("PK", 2),
	    "sniff");
	snprintf(path, sizeof path, "%s/plain.csv", dir);
	snprintf(files[nfiles++], sizeof files[0], "%s", path);
	f = fopen(path, "w");
	fputs("nip,nama\n1,a\n", f);
	fclose(f);
	CHECK_STR(read_book(path, NULL, 0, 0),
	    "!book.xlsx: not an .xlsx workbook (not a zip archive)", "a CSV file is no workbook");
	CHECK_STR(read_book("/nonexistent/x.xlsx", NULL, 0, 0),
	    "!book.xlsx: No such file or directory", "missing file");

	parts[0] = (struct part){ "word/document.xml", "<w/>", 0 };
	p = write_zip("docx.xlsx", parts, 1);
	CHECK_STR(read_book(p, NULL, 0, 0), "!book.xlsx: not an .xlsx workbook (no xl/workbook.xml)",
	    "a zip without xl/workbook.xml");

	/* No rels: sheet N is xl/worksheets/sheetN.xml, strings and styles
	 * at their usual places. */
	parts[0] = (struct part){ "xl/workbook.xml", DECL "<workbook xmlns=\"" NS "\"><sheets>"
	    "<sheet name=\"S\" sheetId=\"1\"/></sheets></workbook>", 0 };
	parts[1] = (struct part){ "xl/worksheets/sheet1.xml",
	    SHEET("<row><c t=\"s\"><v>0</v></c></row>"), 0 };
	parts[2] = (struct part){ "xl/sharedStrings.xml", sst, 0 };
	p = write_zip("norels.xlsx", parts, 3);
	CHECK_STR(show(p, NULL), "1:nip\n", "without workbook rels: xl/worksheets/sheet1.xml");

	parts[1] = (struct part){ "xl/_rels/workbook.xml.rels", workbook_rels, 0 };
	p = write_zip("nopart.xlsx", parts, 2);
	CHECK_STR(read_book(p, NULL, 0, 0),
	    "!book.xlsx: sheet 'S': no relationship '' in xl/_rels/workbook.xml.rels",
	    "a sheet without a relationship");

	if (pipe(fds) == 0) {
		f = fdopen(fds[0], "rb");
		CHECK(asn_xlsx_open_file(f, "pipe", NULL, err, sizeof err) == NULL &&
		    strstr(err, "pipe: not a seekable file") == err, "a pipe is refused");
		fclose(f);
		close(fds[1]);
	}
}

static void
test_errors(void)
{
	const char *p;
	char want[128];

	p = book1("badsst.xlsx", SHEET("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
	    "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>5</v></c></row>"));
	CHECK_STR(show(p, NULL), "1:nip\n!book.xlsx: sheet 'Data' row 2: shared string index '5' "
	    "out of range (5 strings)", "shared string index out of range");
	p = book1("badsst2.xlsx", SHEET("<row r=\"3\"><c r=\"A3\" t=\"s\"><v>x1</v></c></row>"));
	CHECK_STR(show(p, NULL), "!book.xlsx: sheet 'Data' row 3: shared string index 'x1' "
	    "out of range (5 strings)", "shared string index not a number");

	p = book1("malformed.xlsx", DECL "<worksheet xmlns=\"" NS "\">\n<sheetData>\n"
	    "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>\n"
	    "<row r=\"2\"><c r=\"A2\"><v>2</v></row>\n</sheetData></worksheet>");
	CHECK_STR(show(p, NULL), "1:1\n!book.xlsx: sheet 'Data': malformed XML at line 5: "
	    "mismatched tag", "malformed XML: expat's message and line");
	p = book1("truncated.xlsx", DECL "<worksheet xmlns=\"" NS "\"><sheetData>"
	    "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
	CHECK_STR(show(p, NULL), "1:1\n!book.xlsx: sheet 'Data': malformed XML at line 2: "
	    "no element found", "sheet XML cut short");
	p = book1("doctype.xlsx", DECL "<!DOCTYPE worksheet [<!ENTITY e \"x\">]>"
	    "<worksheet xmlns=\"" NS "\"><sheetData><row><c><v>&e;</v></c></row></sheetData>"
	    "</worksheet>");
	CHECK_STR(show(p, NULL), "!book.xlsx: sheet 'Data': malformed XML at line 2: "
	    "document type declaration not allowed", "DTD refused");

	p = book1("xfd.xlsx", SHEET("<row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>"
	    "<row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>"));
	read_book(p, NULL, 0, 0);
	CHECK(strncmp(shown.s, "1:|||", 5) == 0 && strstr(shown.s, "|1\n!") != NULL,
	    "XFD is the last column");
	CHECK(strstr(shown.s, "!book.xlsx: sheet 'Data' row 2: column 'XFE' beyond XFD "
	    "(16384 columns)") != NULL, "XFE is beyond it");
	p = book1("huge.xlsx", SHEET("<row r=\"9\"><c r=\"ZZZZZZZZZZZZZZZZZZZZZZZZZZ9\"><v>1</v></c>"
	    "</row>"));
	CHECK_STR(show(p, NULL), "!book.xlsx: sheet 'Data' row 9: column 'ZZZZZZZZZZZZ...' "
	    "beyond XFD (16384 columns)", "huge column letters");
	p = book1("badref.xlsx", SHEET("<row r=\"1\"><c r=\"12\"><v>1</v></c></row>"));
	CHECK_STR(show(p, NULL), "!book.xlsx: sheet 'Data' row 1: bad cell reference '12'",
	    "a reference without letters");
	p = book1("order.xlsx", SHEET("<row r=\"1\"><c r=\"C1\"><v>1</v></c><c r=\"B1\"><v>2</v></c>"
	    "</row>"));
	CHECK_STR(show(p, NULL), "!book.xlsx: sheet 'Data' row 1: cell B out of order (after C)",
	    "cells out of order");
	p = book1("nested.xlsx", SHEET("<row r=\"4\"><c r=\"A4\"><c r=\"B4\"/></c></row>"));
	CHECK_STR(show(p, NULL), "!book.xlsx: sheet 'Data' row 4: cell inside a cell", "nested cells");

	p = book1("long.xlsx", SHEET("<row r=\"1\"><c r=\"A1\"><v>1234</v></c></row>"
	    "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>12</t><t>345</t></is></c></row>"));
	CHECK_STR(show_max(p, NULL, 4), "1:1234\n!book.xlsx: sheet 'Data' row 2: "
	    "cell longer than 4 bytes", "field max");
	p = book1("longsst.xlsx", SHEET("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
	    "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>1</v></c></row>"));
	snprintf(want, sizeof want, "1:nip\n!book.xlsx: sheet 'Data' row 2: cell longer than 8 bytes");
	CHECK_STR(show_max(p, NULL, 8), want, "field max on a shared string");
}

/* What the fast scanner leaves to expat reads the same. */
static void
test_fallback(void)
{
	const char *p;

	p = book1("comment.xlsx", SHEET("<!-- made by hand --><row r=\"1\"><c r=\"A1\">"
	    "<v><![CDATA[1<2]]></v></c><c r=\"B1\" t=\"inlineStr\"><is><t>a\r\nb</t></is></c></row>"
	    "<?pi x?><row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>&#xD;</t></is></c></row>"));
	CHECK_STR(show(p, NULL), "1:1<2|a\nb\n2:\r\n", "comments, CDATA, PIs, CR");
	p = book1("latin1.xlsx", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
	    "<worksheet xmlns=\"" NS "\"><sheetData><row><c t=\"inlineStr\"><is><t>\xe9</t></is></c>"
	    "</row></sheetData></worksheet>");
	CHECK_STR(show(p, NULL), "1:\xc3\xa9\n", "an ISO-8859-1 sheet");
	p = book1("bom.xlsx", "\xef\xbb\xbf" SHEET("<row><c><v>1</v></c></row>"));
	CHECK_STR(show(p, NULL), "1:1\n", "a byte order mark");
	p = book1("attrs.xlsx", DECL "<worksheet xmlns=\"" NS "\" a='1' b = \"x&amp;y\">"
	    "<sheetData><row r='1' ><c r = 'A1' t=\"inlineStr\" ><is><t>'\"</t></is></c>"
	    "<c r=\"B1\"\n\tt=\"inlineStr\"><is><t>]]</t></is></c></row></sheetData></worksheet>\n");
	CHECK_STR(show(p, NULL), "1:'\"|]]\n", "attribute forms");
	p = book1("dupattr.xlsx", SHEET("<row r=\"1\" r=\"2\"><c><v>1</v></c></row>"));
	CHECK(strstr(show(p, NULL), "malformed XML at line 2: duplicate attribute") != NULL,
	    "duplicate attribute");
	p = book1("badutf8.xlsx", SHEET("<row><c t=\"inlineStr\"><is><t>\xc3(</t></is></c></row>"));
	CHECK(strstr(show(p, NULL), "malformed XML at line 2: not well-formed") != NULL,
	    "invalid UTF-8");
	p = book1("fffe.xlsx", SHEET("<row><c t=\"inlineStr\"><is><t>\xef\xbf\xbe</t></is></c></row>"));
	CHECK(strstr(show(p, NULL), "!book.xlsx: sheet 'Data': malformed XML") != NULL, "U+FFFE");
	p = book1("ctrl.xlsx", SHEET("<row><c t=\"inlineStr\"><is><t>\x01</t></is></c></row>"));
	CHECK(strstr(show(p, NULL), "malformed XML") != NULL, "a control character");
	p = book1("badref.xlsx", SHEET("<row><c t=\"inlineStr\"><is><t>&#0;&nbsp;</t></is></c></row>"));
	CHECK(strstr(show(p, NULL), "malformed XML") != NULL, "a reference to no character");
	p = book1("junk.xlsx", SHEET("<row><c><v>1</v></c></row>") "<more/>");
	CHECK(strstr(show(p, NULL), "1:1\n!book.xlsx: sheet 'Data': malformed XML at line 2: "
	    "junk after document element") != NULL, "a second root element");
	p = book1("cdata-end.xlsx", SHEET("<row><c><v>]]></v></c></row>"));
	CHECK(strstr(show(p, NULL), "malformed XML") != NULL, "]]> in text");
}

/* Expat holds a tag or a comment whole: one longer than the field
 * maximum and a megabyte is refused, text of any length is not held. */
static void
test_bounds(void)
{
	size_t big = (1 << 20) + (128 << 10);
	char *xml = malloc(big + 512), *q;
	const char *p;

	q = xml + sprintf(xml, DECL "<worksheet xmlns=\"" NS "\"><sheetData><row><c><v>1</v></c>"
	    "</row><!--");
	memset(q, 'x', big);
	strcpy(q + big, "--><row><c><v>2</v></c></row></sheetData></worksheet>");
	p = book1("comment-bomb.xlsx", xml);
	CHECK_STR(show_max(p, NULL, 16), "1:1\n!book.xlsx: sheet 'Data': XML markup longer than "
	    "1048592 bytes at line 2", "a huge comment");
	q = xml + sprintf(xml, DECL "<worksheet xmlns=\"" NS "\"><sheetData><row><c><v>1</v></c>"
	    "</row><row a=\"");
	memset(q, 'x', big);
	strcpy(q + big, "\"><c><v>2</v></c></row></sheetData></worksheet>");
	p = book1("attr-bomb.xlsx", xml);
	CHECK_STR(show_max(p, NULL, 16), "1:1\n!book.xlsx: sheet 'Data': XML markup longer than "
	    "1048592 bytes at line 2", "a huge attribute");
	q = xml + sprintf(xml, DECL "<worksheet xmlns=\"" NS "\"><sheetData><row><c><f>");
	memset(q, 'x', big);
	strcpy(q + big, "</f><v>2</v></c></row></sheetData></worksheet>");
	p = book1("formula.xlsx", xml);
	CHECK_STR(show_max(p, NULL, 16), "1:2\n", "long text outside values is passed by");
	free(xml);

	/* the shared strings have no size bound, their markup has */
	big = (64 << 20) + (64 << 10);
	xml = malloc(big + 512);
	q = xml + sprintf(xml, DECL "<sst xmlns=\"" NS "\">\n<si><t>a</t></si><!--");
	memset(q, 'x', big);
	strcpy(q + big, "--></sst>");
	sst_part = xml;
	p = book1("sst-bomb.xlsx", SHEET("<row><c><v>1</v></c></row>"));
	sst_part = sst;
	CHECK_STR(show(p, NULL), "!book.xlsx: xl/sharedStrings.xml: XML markup longer than "
	    "67108864 bytes at line 3", "a huge comment in the shared strings");
	free(xml);
}

/* Rows past several inflate chunks (and the inflater thread): counted,
 * the last one checked; a comment near the end hands the rest to expat,
 * which must pass the rows already read. */
static void
test_large(void)
{
	text xml = { 0 };
	char row[4096], err[256];
	const char *names[] = { "Big", "Late" };
	const char *parts[2];
	asn_csv_record rec;
	asn_xlsx *x;
	long n, last;
	int i, rc, ok;
	const char *p;

	text_str(&xml, DECL "<worksheet xmlns=\"" NS "\"><sheetData>\n");
	for (n = 1; n <= 2000; n++) {
		int len = snprintf(row, sizeof row, "<row r=\"%ld\">", n);

		for (i = 0; i < 16; i++)
			len += snprintf(row + len, sizeof row - (size_t)len,
			    "<c r=\"%c%ld\" t=\"inlineStr\"><is><t>r%ld c%d %s</t></is></c>",
			    'A' + i, n, n, i, i == 15 ? "ujung" : "isi sel");
		snprintf(row + len, sizeof row - (size_t)len, "</row>\n");
		text_str(&xml, row);
	}
	text_str(&xml, "</sheetData></worksheet>\n");
	parts[0] = xml.s;
	parts[1] = strdup(xml.s);
	*strstr((char *)parts[1], "<row r=\"1990\">") = '\0';
	{
		text late = { 0 };

		text_str(&late, parts[1]);
		text_str(&late, "<!-- late -->");
		text_str(&late, strstr(xml.s, "<row r=\"1990\">"));
		free((char *)parts[1]);
		parts[1] = late.s;
	}
	p = book("large.xlsx", 2, names, parts, NULL);
	CHECK(xml.len > (1 << 20), "the sheet is over a megabyte (%zu bytes)", xml.len);

	for (i = 0; i < 2; i++) {
		x = asn_xlsx_open(p, "large.xlsx", names[i], err, sizeof err);
		n = last = 0;
		ok = 1;
		while (x && (rc = asn_xlsx_next(x, &rec)) > 0) {
			n++;
			last = rec.line;
			snprintf(row, sizeof row, "r%ld c3 isi sel", rec.line);
			ok &= rec.nfields == 16 && rec.line == n && strcmp(rec.fields[3], row) == 0;
		}
		CHECK(x && rc == 0 && n == 2000 && last == 2000 && ok,
		    "%s: 2000 rows streamed, each in place (%ld rows)", names[i], n);
		CHECK(x && rec.nfields == 0, "%s: nothing after the end", names[i]);
		CHECK(x && asn_xlsx_bytes(x) == xml.len + (i ? 13 : 0),
		    "%s: every byte of the sheet counted once", names[i]);
		asn_xlsx_free(x);
	}
	read_book(p, "Late", 0, 0);
	CHECK(strstr(shown.s, "2000:r2000 c0 isi sel|") != NULL &&
	    strstr(shown.s, "r2000 c15 ujung\n") != NULL && shown.s[shown.len - 1] == '\n',
	    "the last row after expat took over");
	{
		static char fast_copy[1 << 21];

		snprintf(fast_copy, sizeof fast_copy, "%s", read_book(p, "Big", 0, 0));
		CHECK(strcmp(fast_copy, read_book(p, "Big", 1, 0)) == 0 &&
		    strcmp(fast_copy, read_book(p, "Late", 1, 0)) == 0,
		    "fast, expat and fast-then-expat read the same");
	}

	/* A corrupt byte in the compressed sheet is an error, never a crash. */
	{
		FILE *f = fopen(p, "r+b");
		long size;

		if (f && fseek(f, 0, SEEK_END) == 0 && (size = ftell(f)) > 0) {
			fseek(f, size / 3, SEEK_SET);
			fputc(0x55 ^ 0xff, f);
			fseek(f, size / 3 + 100, SEEK_SET);
			fputc(0, f);
			fclose(f);
			read_book(p, "Big", 0, 0);
			CHECK(strstr(shown.s, "!book.xlsx: sheet 'Big': ") != NULL,
			    "corrupt compressed data: an error (%s)", strrchr(shown.s, '!'));
		} else if (f) {
			fclose(f);
		}
	}
	free(xml.s);
	free((char *)parts[1]);
}

int
main(void)
{
	const char *tmp = getenv("TMPDIR");
	int i;

	asn_cli_init("test_xlsx");
	snprintf(dir, sizeof dir, "%s/asn-test-xlsx.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(dir)) {
		CHECK(0, "mkdtemp: %s", strerror(errno));
		return TEST_DONE();
	}
	test_values();
	test_dates();
	test_sheets();
	test_packaging();
	test_errors();
	test_fallback();
	test_bounds();
	test_large();
	for (i = 0; i < nfiles; i++)
		unlink(files[i]);
	CHECK(rmdir(dir) == 0, "temporary directory removed");
	free(shown.s);
	free(fast);
	return TEST_DONE();
}
