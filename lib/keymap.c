#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "hash.h"
#include "keymap.h"

static size_t slot_of(const asn_keymap *m, const char *key, size_t len, uint64_t hash)
{
	size_t mask = m->nslots - 1, i, k;

	for (i = hash & mask; m->slots[i]; i = (i + 1) & mask) {
		k = m->slots[i] - 1;
		/* an empty key may come before any arena */
		if (m->hash[k] == hash && m->len[k] == len &&
		    (len == 0 || memcmp(m->arena + m->off[k], key, len) == 0))
			break;
	}
	return i;
}

static void grow_slots(asn_keymap *m)
{
	size_t i, j, mask;

	free(m->slots);
	m->nslots = m->nslots ? 2 * m->nslots : 1024;
	m->slots = asn_calloc(m->nslots, sizeof *m->slots);
	mask = m->nslots - 1;
	for (i = 0; i < m->n; i++) {
		for (j = m->hash[i] & mask; m->slots[j]; j = (j + 1) & mask)
			;
		m->slots[j] = i + 1;
	}
}

size_t asn_keymap_add(asn_keymap *m, const char *key, size_t len, int *added)
{
	uint64_t hash = asn_hash(key, len);
	size_t i;

	if (added)
		*added = 0;
	if (!m->nslots)
		grow_slots(m);
	i = slot_of(m, key, len, hash);
	if (m->slots[i])
		return m->slots[i] - 1;
	if (2 * (m->n + 1) > m->nslots) {
		grow_slots(m);
		i = slot_of(m, key, len, hash);
	}
	if (m->n == m->cap) {
		m->cap = m->cap ? 2 * m->cap : 256;
		m->off = asn_realloc(m->off, m->cap * sizeof *m->off);
		m->len = asn_realloc(m->len, m->cap * sizeof *m->len);
		m->hash = asn_realloc(m->hash, m->cap * sizeof *m->hash);
	}
	if (m->arena_cap - m->arena_len < len) {
		while (m->arena_cap - m->arena_len < len)
			m->arena_cap = m->arena_cap ? 2 * m->arena_cap : 16384;
		m->arena = asn_realloc(m->arena, m->arena_cap);
	}
	if (len)
		memcpy(m->arena + m->arena_len, key, len);
	m->off[m->n] = m->arena_len;
	m->len[m->n] = len;
	m->hash[m->n] = hash;
	m->arena_len += len;
	m->slots[i] = ++m->n;
	if (added)
		*added = 1;
	return m->n - 1;
}

const char *asn_keymap_key(const asn_keymap *m, size_t i, size_t *len)
{
	*len = m->len[i];
	return m->arena ? m->arena + m->off[i] : "";
}

void asn_keymap_free(asn_keymap *m)
{
	free(m->slots);
	free(m->off);
	free(m->len);
	free(m->hash);
	free(m->arena);
	memset(m, 0, sizeof *m);
}
