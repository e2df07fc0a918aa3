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
		xlsx_cell_text(x, s, (int)n);
		return (int)n;
	}
	for (from = 0, p = (const unsigned char *)s; p < (const unsigned char *)s + n; p++) {
		if (*p != '&')
			continue;
		k = fast_ref((const char *)p, n - (size_t)(p - (const unsigned char *)s), ref, &rlen);
		xlsx_cell_text(x, s + from, (int)((const char *)p - s - (ptrdiff_t)from));
		xlsx_cell_text(x, ref, (int)rlen);
		from = (size_t)((const char *)p - s) + (size_t)k;
		p += k - 1;
	}
	xlsx_cell_text(x, s + from, (int)(n - from));
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
		xlsx_start_elem(x, E_IS, &none);
	xlsx_start_elem(x, is ? E_T : E_V, &none);
	if (x->collect && q > t)
		xlsx_cell_text(x, (const char *)t, (int)(q - t));
	if (x->failed)
		return (size_t)(q + close - p);
	xlsx_end_elem(x, is ? E_T : E_V);
	if (is)
		xlsx_end_elem(x, E_IS);
	if (--x->fast.depth == 0)
		x->fast.root_done = 1;
	xlsx_end_elem(x, E_C);
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
		xlsx_end_elem(x, f->stack_kind[j]);
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
	xlsx_start_elem(x, e, &a);
	if (empty && !x->failed)
		xlsx_end_elem(x, e);
	else if (e == E_C && nlen == 1 && !x->failed)
		p += fast_value(x, p, end);
	return (int)(p - (const unsigned char *)s);
}

/* The next token at s: its length once handled, FAST_MORE or FAST_BAIL. */
int
xlsx_fast_token(asn_xlsx *x, const char *s, size_t n)
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
