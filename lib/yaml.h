/* A small YAML document tree over libyaml, with positions for messages. */
#ifndef ASN_YAML_H
#define ASN_YAML_H

#include <stddef.h>

typedef enum { ASN_YAML_SCALAR, ASN_YAML_SEQUENCE, ASN_YAML_MAPPING } asn_yaml_kind;

typedef struct asn_yaml_node asn_yaml_node;
struct asn_yaml_node {
	asn_yaml_kind kind;
	int line, column;        /* 1-based position of the node */
	char *value;             /* scalar text (NUL-terminated), else NULL */
	int plain;               /* scalar was unquoted (so "~"/"null" mean null) */
	char *key;               /* key, when this node is a value in a mapping */
	int key_line, key_column;
	asn_yaml_node **items;   /* sequence items or mapping values, in order */
	size_t nitems;
};

/* Load the first document of a file.  Returns 0, or -1 with err set to
 * "path:line:column: message" (libyaml's problem text for syntax errors;
 * "duplicate key 'x' (first at line L)" for repeated keys; aliases and
 * non-scalar keys are errors).  An empty file gives an empty mapping. */
/* Largest configuration or mapping file read (a few kilobytes is usual). */
#define ASN_YAML_FILE_MAX (16 * 1024 * 1024)

int asn_yaml_load_file(const char *path, asn_yaml_node **root, char *err, size_t errsize);
int asn_yaml_load_string(const char *text, size_t len, const char *name,
                         asn_yaml_node **root, char *err, size_t errsize);
void asn_yaml_free(asn_yaml_node *root);

/* What the configuration, map, standar and seleksi loaders share: parse a
 * file or a text, hand the root to build, free the tree.  Returns -1 with err
 * set if the YAML does not parse, else what build returns.  A NULL text is
 * empty and a NULL name "(string)". */
typedef int asn_yaml_build_fn(void *obj, const asn_yaml_node *root, const char *name,
                              char *err, size_t errsize);
int asn_yaml_build_file(const char *path, asn_yaml_build_fn *build, void *obj, char *err,
                        size_t errsize);
int asn_yaml_build_string(const char *text, size_t len, const char *name,
                          asn_yaml_build_fn *build, void *obj, char *err, size_t errsize);

/* Value of `key` in a mapping node, or NULL. */
const asn_yaml_node *asn_yaml_get(const asn_yaml_node *map, const char *key);

/* Typed scalar readers.  Each returns 0, or -1 with err set to
 * "name:line:column: key 'k': expected ..., got 'v'". */
int asn_yaml_int(const asn_yaml_node *n, const char *name, long min, long max,
                 long *out, char *err, size_t errsize);
int asn_yaml_double(const asn_yaml_node *n, const char *name, double min, double max,
                    double *out, char *err, size_t errsize);
int asn_yaml_string(const asn_yaml_node *n, const char *name, const char **out,
                    char *err, size_t errsize);
/* Set err to "name:line:column: " and the message, at node n; returns -1. */
int asn_yaml_error(const asn_yaml_node *n, const char *name, char *err,
                   size_t errsize, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));
/* Where a builder reports: the document's name and the error buffer. */
typedef struct {
	const char *name;
	char *err;
	size_t errsize;
} asn_yaml_ctx;

/* asn_yaml_error through a context; returns -1. */
int asn_yaml_fail(const asn_yaml_ctx *c, const asn_yaml_node *n, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Check that n is of the given kind; "name:line:column: key 'k': expected a
 * mapping, got '5'" (or "got a list", "got nothing"). */
int asn_yaml_expect(const asn_yaml_node *n, asn_yaml_kind kind, const char *name,
                    char *err, size_t errsize);
/* A scalar equal to one of `choices` (NULL-terminated); *out is its index.
 * "name:line:column: key 'k': expected one of a, b, c, got 'v'". */
int asn_yaml_enum(const asn_yaml_node *n, const char *name,
                  const char *const *choices, int *out, char *err, size_t errsize);
/* Unquoted "", "~", "null": an empty value. */
int asn_yaml_is_null(const asn_yaml_node *n);
/* Shortest text that asn_yaml_double reads back as exactly v, with '.' as
 * the decimal separator whatever the locale. */
void asn_yaml_format_number(double v, char *buf, size_t size);
/* Check that every key of `map` is in `allowed` (NULL-terminated);
 * "name:line:column: unknown key 'x' (expected one of: a, b, c)". */
int asn_yaml_check_keys(const asn_yaml_node *map, const char *name,
                        const char *const *allowed, char *err, size_t errsize);

#endif
