#include <errno.h>
#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "cli.h"
#include "hash.h"
#include "yaml.h"

/* libyaml keeps no limit of its own; the tree is freed recursively. */
enum { DEPTH_MAX = 64 };

typedef struct {
	asn_yaml_node *node;
	char *key;               /* read key awaiting its value (mappings) */
	int key_line, key_column;
	size_t *slots;           /* a long mapping's keys hashed: item + 1, 0 empty */
	size_t nslots, nhashed;
} frame;

typedef struct {
	const char *name;
	char *err;
	size_t errsize;
	asn_yaml_node *root;
	frame stack[DEPTH_MAX];
	size_t depth;
	int documents;           /* documents ended so far */
} builder;

static int
vfail(char *err, size_t errsize, const char *name, int line, int column,
    const char *fmt, va_list ap)
{
	int n;

	n = snprintf(err, errsize, "%s:%d:%d: ", name, line, column);
	if (n >= 0 && (size_t)n < errsize)
		vsnprintf(err + n, errsize - (size_t)n, gettext(fmt), ap);
	return -1;
}

static int
fail(char *err, size_t errsize, const char *name, int line, int column,
    const char *fmt, ...) __attribute__((format(printf, 6, 7)));

static int
fail(char *err, size_t errsize, const char *name, int line, int column,
    const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfail(err, errsize, name, line, column, fmt, ap);
	va_end(ap);
	return -1;
}

int
asn_yaml_error(const asn_yaml_node *n, const char *name, char *err,
    size_t errsize, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfail(err, errsize, name, n->line, n->column, fmt, ap);
	va_end(ap);
	return -1;
}

int
asn_yaml_fail(const asn_yaml_ctx *c, const asn_yaml_node *n, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vfail(c->err, c->errsize, c->name, n->line, n->column, fmt, ap);
	va_end(ap);
	return -1;
}

static asn_yaml_node *
node_new(asn_yaml_kind kind, yaml_mark_t mark)
{
	asn_yaml_node *n = asn_calloc(1, sizeof(*n));

	n->kind = kind;
	n->line = (int)mark.line + 1;
	n->column = (int)mark.column + 1;
	return n;
}

void
asn_yaml_free(asn_yaml_node *n)
{
	size_t i;

	if (n == NULL)
		return;
	for (i = 0; i < n->nitems; i++)
		asn_yaml_free(n->items[i]);
	free(n->items);
	free(n->value);
	free(n->key);
	free(n);
}

static void
append(asn_yaml_node *parent, asn_yaml_node *child)
{
	/* room doubles when the count reaches a power of two */
	if ((parent->nitems & (parent->nitems - 1)) == 0)
		parent->items = asn_realloc(parent->items,
		    (parent->nitems ? 2 * parent->nitems : 4) * sizeof(*parent->items));
	parent->items[parent->nitems++] = child;
}

static int
is_null_text(const char *s)
{
	return strcmp(s, "") == 0 || strcmp(s, "~") == 0 ||
	    strcmp(s, "null") == 0 || strcmp(s, "Null") == 0 ||
	    strcmp(s, "NULL") == 0;
}

int
asn_yaml_is_null(const asn_yaml_node *n)
{
	return n != NULL && n->kind == ASN_YAML_SCALAR && n->plain &&
	    is_null_text(n->value);
}

/* Keys of a mapping past this many are found through a hash table, so
 * that a file of 100,000 keys is read in linear time. */
enum { KEYS_HASHED = 16 };

static size_t
key_slot(const frame *top, const char *key)
{
	size_t mask = top->nslots - 1, i;

	for (i = asn_hash(key, strlen(key)) & mask; top->slots[i]; i = (i + 1) & mask)
		if (strcmp(top->node->items[top->slots[i] - 1]->key, key) == 0)
			break;
	return i;
}

/* The item of the mapping with this key, or NULL. */
static const asn_yaml_node *
key_item(frame *top, const char *key)
{
	asn_yaml_node *m = top->node;
	size_t i;

	if (m->nitems < KEYS_HASHED) {
		for (i = 0; i < m->nitems; i++)
			if (strcmp(m->items[i]->key, key) == 0)
				return m->items[i];
		return NULL;
	}
	if (2 * m->nitems >= top->nslots) {
		free(top->slots);
		for (top->nslots = 64; top->nslots <= 2 * m->nitems; top->nslots *= 2)
			;
		top->slots = asn_calloc(top->nslots, sizeof(*top->slots));
		top->nhashed = 0;
	}
	for (; top->nhashed < m->nitems; top->nhashed++)
		top->slots[key_slot(top, m->items[top->nhashed]->key)] = top->nhashed + 1;
	i = key_slot(top, key);
	return top->slots[i] ? m->items[top->slots[i] - 1] : NULL;
}

/* A scalar read where a mapping expects its key. */
static int
take_key(builder *b, frame *top, const yaml_event_t *ev)
{
	const char *key = (const char *)ev->data.scalar.value;
	int line = (int)ev->start_mark.line + 1;
	int column = (int)ev->start_mark.column + 1;
	const asn_yaml_node *first = key_item(top, key);

	if (first)
		return fail(b->err, b->errsize, b->name, line, column,
		    "duplicate key '%s' (first at line %d)", key, first->key_line);
	top->key = asn_strndup(key, ev->data.scalar.length);
	top->key_line = line;
	top->key_column = column;
	return 0;
}

/* Attach a new node to the open collection, or make it the root. */
static void
attach(builder *b, asn_yaml_node *n)
{
	frame *top;

	if (b->depth == 0) {
		b->root = n;
		return;
	}
	top = &b->stack[b->depth - 1];
	if (top->node->kind == ASN_YAML_MAPPING) {
		n->key = top->key;
		n->key_line = top->key_line;
		n->key_column = top->key_column;
		top->key = NULL;
	}
	append(top->node, n);
}

static int
open_collection(builder *b, asn_yaml_kind kind, yaml_mark_t mark)
{
	asn_yaml_node *n;

	if (b->depth == DEPTH_MAX)
		return fail(b->err, b->errsize, b->name, (int)mark.line + 1,
		    (int)mark.column + 1, "nesting deeper than %d levels",
		    DEPTH_MAX);
	n = node_new(kind, mark);
	attach(b, n);
	memset(&b->stack[b->depth], 0, sizeof(b->stack[b->depth]));
	b->stack[b->depth].node = n;
	b->depth++;
	return 0;
}

static const char *
anchor_of(const yaml_event_t *ev)
{
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		return (const char *)ev->data.scalar.anchor;
	case YAML_SEQUENCE_START_EVENT:
		return (const char *)ev->data.sequence_start.anchor;
	case YAML_MAPPING_START_EVENT:
		return (const char *)ev->data.mapping_start.anchor;
	default:
		return NULL;
	}
}

/* One parser event; returns 1 when the first document is complete, 0 to
 * go on, -1 on error. */
static int
event(builder *b, const yaml_event_t *ev)
{
	frame *top = b->depth > 0 ? &b->stack[b->depth - 1] : NULL;
	int line = (int)ev->start_mark.line + 1;
	int column = (int)ev->start_mark.column + 1;
	int expecting_key = top != NULL && top->node->kind == ASN_YAML_MAPPING &&
	    top->key == NULL;
	asn_yaml_node *n;

	if (ev->type == YAML_ALIAS_EVENT)
		return fail(b->err, b->errsize, b->name, line, column,
		    "aliases are not supported");
	if (anchor_of(ev) != NULL)
		return fail(b->err, b->errsize, b->name, line, column,
		    "anchors are not supported");
	switch (ev->type) {
	case YAML_SCALAR_EVENT:
		if (expecting_key)
			return take_key(b, top, ev);
		n = node_new(ASN_YAML_SCALAR, ev->start_mark);
		n->value = asn_strndup((const char *)ev->data.scalar.value,
		    ev->data.scalar.length);
		n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		attach(b, n);
		return 0;
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		if (expecting_key)
			return fail(b->err, b->errsize, b->name, line, column,
			    "a mapping key must be a scalar");
		return open_collection(b, ev->type == YAML_MAPPING_START_EVENT ?
		    ASN_YAML_MAPPING : ASN_YAML_SEQUENCE, ev->start_mark);
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		b->depth--;
		free(b->stack[b->depth].slots);
		b->stack[b->depth].slots = NULL;
		return 0;
	case YAML_DOCUMENT_START_EVENT:
		if (b->documents)
			return fail(b->err, b->errsize, b->name, line, column,
			    "a second document ('---'): give one document a file");
		return 0;
	case YAML_DOCUMENT_END_EVENT:
		b->documents++;
		return 0;
	case YAML_STREAM_END_EVENT:
		return 1;
	default:
		return 0;
	}
}

/* Line and column of a byte offset, for reader errors, which carry no mark. */
static void
position(const char *text, size_t len, size_t offset, int *line, int *column)
{
	size_t i;

	*line = 1;
	*column = 1;
	for (i = 0; i < offset && i < len; i++) {
		if (text[i] == '\n') {
			(*line)++;
			*column = 1;
		} else if (((unsigned char)text[i] & 0xC0) != 0x80) {
			(*column)++;
		}
	}
}

static int
syntax_error(builder *b, const yaml_parser_t *p, const char *text, size_t len)
{
	int line, column;

	/* memory is the machine's fault, not the file's: status 3, as any
	 * allocation that fails */
	if (p->error == YAML_MEMORY_ERROR)
		asn_die(ASN_EXIT_INPUT, "out of memory reading %s", b->name);
	if (p->error == YAML_READER_ERROR) {
		position(text, len, p->problem_offset, &line, &column);
		if (p->problem_value != -1)
			return fail(b->err, b->errsize, b->name, line, column,
			    "%s (0x%X)", p->problem, (unsigned)p->problem_value);
		return fail(b->err, b->errsize, b->name, line, column, "%s",
		    p->problem);
	}
	line = (int)p->problem_mark.line + 1;
	column = (int)p->problem_mark.column + 1;
	if (p->context != NULL)
		return fail(b->err, b->errsize, b->name, line, column,
		    "%s (%s at line %d, column %d)", p->problem, p->context,
		    (int)p->context_mark.line + 1, (int)p->context_mark.column + 1);
	return fail(b->err, b->errsize, b->name, line, column, "%s",
	    p->problem ? p->problem : "invalid YAML");
}

static void
builder_clear(builder *b)
{
	size_t i;

	for (i = 0; i < b->depth; i++) {
		free(b->stack[i].key);
		free(b->stack[i].slots);
	}
	b->depth = 0;
	asn_yaml_free(b->root);
	b->root = NULL;
}

int
asn_yaml_load_string(const char *text, size_t len, const char *name,
    asn_yaml_node **root, char *err, size_t errsize)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	builder b;
	int r = 0;

	*root = NULL;
	memset(&b, 0, sizeof(b));
	b.name = name;
	b.err = err;
	b.errsize = errsize;
	if (!yaml_parser_initialize(&parser))
		asn_die(ASN_EXIT_INPUT, "out of memory reading %s", name);
	/* libyaml asserts a non-NULL input even when it is empty */
	yaml_parser_set_input_string(&parser,
	    (const unsigned char *)(text != NULL ? text : ""), len);
	while (r == 0) {
		if (!yaml_parser_parse(&parser, &ev)) {
			r = syntax_error(&b, &parser, text, len);
			break;
		}
		r = event(&b, &ev);
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&parser);
	if (r < 0) {
		builder_clear(&b);
		return -1;
	}
	if (b.root == NULL || asn_yaml_is_null(b.root)) {
		asn_yaml_free(b.root);
		b.root = asn_calloc(1, sizeof(*b.root));
		b.root->kind = ASN_YAML_MAPPING;
		b.root->line = 1;
		b.root->column = 1;
	}
	*root = b.root;
	return 0;
}

int
asn_yaml_load_file(const char *path, asn_yaml_node **root, char *err,
    size_t errsize)
{
	FILE *f;
	char *text = NULL;
	size_t len = 0, cap = 0, n;
	int r;

	*root = NULL;
	if ((f = fopen(path, "rb")) == NULL) {
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		return -1;
	}
	do {
		if (len == cap) {
			/* a configuration is a few kilobytes: /dev/zero or a table
			 * given by mistake is refused, not read until memory ends */
			if (cap >= ASN_YAML_FILE_MAX) {
				asn_set_error(err, errsize, "%s: larger than %d MiB: not a "
				    "configuration or mapping file", path, ASN_YAML_FILE_MAX >> 20);
				fclose(f);
				free(text);
				return -1;
			}
			cap = cap ? cap * 2 : 4096;
			text = asn_realloc(text, cap + 1);
		}
		n = fread(text + len, 1, cap - len, f);
		len += n;
	} while (n > 0);
	if (ferror(f)) {
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		fclose(f);
		free(text);
		return -1;
	}
	fclose(f);
	r = asn_yaml_load_string(text, len, path, root, err, errsize);
	free(text);
	return r;
}

static int
build_tree(asn_yaml_node *root, const char *name, asn_yaml_build_fn *build,
    void *obj, char *err, size_t errsize)
{
	int r = build(obj, root, name, err, errsize);

	asn_yaml_free(root);
	return r;
}

int
asn_yaml_build_file(const char *path, asn_yaml_build_fn *build, void *obj,
    char *err, size_t errsize)
{
	asn_yaml_node *root;

	if (asn_yaml_load_file(path, &root, err, errsize) < 0)
		return -1;
	return build_tree(root, path, build, obj, err, errsize);
}

int
asn_yaml_build_string(const char *text, size_t len, const char *name,
    asn_yaml_build_fn *build, void *obj, char *err, size_t errsize)
{
	asn_yaml_node *root;

	if (name == NULL)
		name = "(string)";
	if (asn_yaml_load_string(text != NULL ? text : "", len, name, &root, err,
	    errsize) < 0)
		return -1;
	return build_tree(root, name, build, obj, err, errsize);
}

const asn_yaml_node *
asn_yaml_get(const asn_yaml_node *map, const char *key)
{
	size_t i;

	if (map == NULL || map->kind != ASN_YAML_MAPPING)
		return NULL;
	for (i = 0; i < map->nitems; i++)
		if (strcmp(map->items[i]->key, key) == 0)
			return map->items[i];
	return NULL;
}

/* The value as shown in a message: quoted, shortened, controls masked. */
static void
describe(const asn_yaml_node *n, char *buf, size_t size)
{
	size_t i, k;

	if (n->kind == ASN_YAML_MAPPING) {
		snprintf(buf, size, "a mapping");
		return;
	}
	if (n->kind == ASN_YAML_SEQUENCE) {
		snprintf(buf, size, "a list");
		return;
	}
	if (asn_yaml_is_null(n)) {
		snprintf(buf, size, "nothing");
		return;
	}
	k = 0;
	buf[k++] = '\'';
	for (i = 0; n->value[i] != '\0' && k + 5 < size; i++)
		buf[k++] = (unsigned char)n->value[i] < 0x20 ? '?' : n->value[i];
	if (n->value[i] != '\0') {
		memcpy(buf + k, "...", 3);
		k += 3;
	}
	buf[k++] = '\'';
	buf[k] = '\0';
}

static int
expected(const asn_yaml_node *n, const char *name, char *err, size_t errsize,
    const char *fmt, ...)
{
	char what[512], got[72];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), gettext(fmt), ap);
	va_end(ap);
	describe(n, got, sizeof(got));
	if (n->key != NULL)
		return fail(err, errsize, name, n->line, n->column,
		    "key '%s': expected %s, got %s", n->key, what, got);
	return fail(err, errsize, name, n->line, n->column,
	    "expected %s, got %s", what, got);
}

int
asn_yaml_expect(const asn_yaml_node *n, asn_yaml_kind kind, const char *name,
    char *err, size_t errsize)
{
	static const char *const kinds[] = { "a scalar", "a list", "a mapping" };

	if (n->kind == kind)
		return 0;
	return expected(n, name, err, errsize, "%s", kinds[kind]);
}

int
asn_yaml_int(const asn_yaml_node *n, const char *name, long min, long max,
    long *out, char *err, size_t errsize)
{
	const char *s = n->value;
	char *end;
	long v;

	if (n->kind != ASN_YAML_SCALAR || !(*s == '-' || *s == '+' ||
	    (*s >= '0' && *s <= '9')))
		goto bad;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno != 0 || end == s || *end != '\0' || v < min || v > max)
		goto bad;
	*out = v;
	return 0;
bad:
	return expected(n, name, err, errsize, "an integer from %ld to %ld",
	    min, max);
}

static size_t
digits(const char *s)
{
	size_t i;

	for (i = 0; s[i] >= '0' && s[i] <= '9'; i++)
		;
	return i;
}

/* A decimal number, '.' as the separator whatever the locale:
 * [+-]digits[.digits][e[+-]digits]. */
static int
parse_number(const char *s, double *out)
{
	const char *point = localeconv()->decimal_point;
	char buf[128], *end;
	size_t i = 0, k, n, plen = strlen(point);
	double v;

	if (s[i] == '+' || s[i] == '-')
		i++;
	n = digits(s + i);
	i += n;
	if (s[i] == '.') {
		k = digits(s + i + 1);
		n += k;
		i += k + 1;
	}
	if (n == 0)
		return -1;
	if (s[i] == 'e' || s[i] == 'E') {
		i++;
		if (s[i] == '+' || s[i] == '-')
			i++;
		if ((k = digits(s + i)) == 0)
			return -1;
		i += k;
	}
	if (s[i] != '\0' || i + plen >= sizeof(buf))
		return -1;
	for (i = 0, k = 0; s[i] != '\0'; i++) {
		if (s[i] == '.') {
			memcpy(buf + k, point, plen);
			k += plen;
		} else {
			buf[k++] = s[i];
		}
	}
	buf[k] = '\0';
	v = strtod(buf, &end);
	if (*end != '\0' || !isfinite(v))
		return -1;
	*out = v;
	return 0;
}

int
asn_yaml_double(const asn_yaml_node *n, const char *name, double min,
    double max, double *out, char *err, size_t errsize)
{
	char lo[32], hi[32];
	double v;

	if (n->kind == ASN_YAML_SCALAR && parse_number(n->value, &v) == 0 &&
	    v >= min && v <= max) {
		*out = v;
		return 0;
	}
	asn_yaml_format_number(min, lo, sizeof(lo));
	asn_yaml_format_number(max, hi, sizeof(hi));
	return expected(n, name, err, errsize, "a number from %s to %s", lo, hi);
}

int
asn_yaml_string(const asn_yaml_node *n, const char *name, const char **out,
    char *err, size_t errsize)
{
	if (n->kind != ASN_YAML_SCALAR || asn_yaml_is_null(n))
		return expected(n, name, err, errsize, "a string");
	*out = n->value;
	return 0;
}

/* "a, b, c" into buf. */
static void
join(const char *const *names, char *buf, size_t size)
{
	size_t k, len;

	buf[0] = '\0';
	for (k = 0, len = 0; names[k] != NULL && len < size; k++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s",
		    k ? ", " : "", names[k]);
}

int
asn_yaml_enum(const asn_yaml_node *n, const char *name,
    const char *const *choices, int *out, char *err, size_t errsize)
{
	char list[400];
	int k;

	if (n->kind == ASN_YAML_SCALAR)
		for (k = 0; choices[k] != NULL; k++)
			if (strcmp(n->value, choices[k]) == 0) {
				*out = k;
				return 0;
			}
	join(choices, list, sizeof(list));
	return expected(n, name, err, errsize, "one of %s", list);
}

int
asn_yaml_check_keys(const asn_yaml_node *map, const char *name,
    const char *const *allowed, char *err, size_t errsize)
{
	const asn_yaml_node *n;
	char list[400];
	size_t i, k;

	for (i = 0; i < map->nitems; i++) {
		n = map->items[i];
		for (k = 0; allowed[k] != NULL; k++)
			if (strcmp(n->key, allowed[k]) == 0)
				break;
		if (allowed[k] != NULL)
			continue;
		join(allowed, list, sizeof(list));
		return fail(err, errsize, name, n->key_line, n->key_column,
		    "unknown key '%s' (expected one of: %s)", n->key, list);
	}
	return 0;
}

void
asn_yaml_format_number(double v, char *buf, size_t size)
{
	const char *point = localeconv()->decimal_point;
	size_t plen = strlen(point);
	char *p;
	double back;
	int precision;

	if (fabs(v) < 1e15 && v == (double)(long long)v) {
		snprintf(buf, size, "%lld", (long long)v);
		return;
	}
	for (precision = 1; precision <= 17; precision++) {
		snprintf(buf, size, "%.*g", precision, v);
		if (strcmp(point, ".") != 0 && (p = strstr(buf, point)) != NULL) {
			*p = '.';
			memmove(p + 1, p + plen, strlen(p + plen) + 1);
		}
		if (parse_number(buf, &back) == 0 && back == v)
			return;
	}
}
