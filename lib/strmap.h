/* Strings to indices: an open-addressing hash table holding copies of its
 * keys, for the units, formasi and ids a program meets in its inputs. */
#ifndef ASN_STRMAP_H
#define ASN_STRMAP_H

#include <stddef.h>

/* All zero is the empty map. */
typedef struct {
	char **keys;          /* NULL: an empty slot */
	size_t *values;
	size_t size, count;   /* size 0 or a power of two, at least twice count */
} asn_strmap;

/* The value of key; a key not yet in m is added with `value`, and *added
 * (when not NULL) tells which happened. */
size_t asn_strmap_add(asn_strmap *m, const char *key, size_t value, int *added);

/* 0 and *value when key is in m, else -1. */
int asn_strmap_find(const asn_strmap *m, const char *key, size_t *value);

void asn_strmap_free(asn_strmap *m);

#endif
