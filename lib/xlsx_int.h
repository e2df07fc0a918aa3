/* The .xlsx reader's insides, shared by its three parts: xlsx.c opens the
 * workbook and loads its small parts and shared strings, xlsx_sheet.c
 * reads the sheet's rows (expat, the inflater thread, the cells), and
 * xlsx_fast.c is the fast scanner in front of expat. */
#ifndef ASN_XLSX_INT_H
#define ASN_XLSX_INT_H

#include <stddef.h>
#include <stdio.h>

#include <expat.h>
#include <minizip/unzip.h>

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

/* What fast_token and fast_next give besides a token's length. */
enum { FAST_MORE = 0, FAST_BAIL = -1, TO_EXPAT = 2 };

/* ASCII lower case. */
static inline char
lower(char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* The elements of a sheet that matter, by local name. */
/* name without a "prefix:" (with namespaces off, expat passes it on). */
static inline const char *
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

static inline enum elem
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
static inline void
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

/* xlsx.c */
const char *xlsx_zip_problem(int code, char *buf, size_t size);
void *xlsx_parser_buffer(XML_Parser p);
int xlsx_parse_ulong(const char *s, size_t len, unsigned long max, unsigned long *out);
XML_Parser xlsx_new_parser(void *ud);
/* Notes in *seen where the event being reported ends.  Expat holds a tag
 * or a comment whole until its end has come, so what was read past the
 * last event is what it holds; the byte index outside a handler is not
 * defined the same by every version of expat, so it is not used there. */
static inline void
xlsx_mark(XML_Parser p, unsigned long long *seen)
{
	XML_Index at = XML_GetCurrentByteIndex(p);

	if (at >= 0)
		*seen = (unsigned long long)at + (unsigned)XML_GetCurrentByteCount(p);
}

/* xlsx_sheet.c: the handlers the fast scanner drives as expat would */
void xlsx_start_elem(asn_xlsx *x, enum elem e, const struct attrs *a);
void xlsx_end_elem(asn_xlsx *x, enum elem e);
void XMLCALL xlsx_cell_text(void *ud, const XML_Char *s, int len);

/* xlsx_fast.c: the next token at s (n bytes): its length, FAST_MORE for
 * more bytes, or FAST_BAIL for expat to read the sheet. */
int xlsx_fast_token(asn_xlsx *x, const char *s, size_t n);

#endif
