/* Byte-string keys (values joined by NULs, say) to indices 0, 1, 2 ... in
 * the order first met: the groups of a --by.  Keys are copied into one
 * arena. */
#ifndef ASN_KEYMAP_H
#define ASN_KEYMAP_H

#include <stddef.h>
#include <stdint.h>

/* All zero is the empty map. */
typedef struct {
	size_t *slots;        /* index + 1; 0 empty */
	size_t nslots;
	size_t *off, *len;    /* of each key in arena */
	uint64_t *hash;
	size_t n, cap;
	char *arena;
	size_t arena_len, arena_cap;
} asn_keymap;

/* The index of key[0..len), added as the next index when new (*added
 * tells, when not NULL). */
size_t asn_keymap_add(asn_keymap *m, const char *key, size_t len, int *added);

/* The key of index i and its length. */
const char *asn_keymap_key(const asn_keymap *m, size_t i, size_t *len);

void asn_keymap_free(asn_keymap *m);

#endif
