#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "hash.h"
#include "strmap.h"

/* Keyed (lib/hash): names read from an input cannot be made to collide. */
static size_t hash(const char *s)
{
	return (size_t)asn_hash(s, strlen(s));
}

/* The slot of key, or the empty slot where it goes. */
static size_t slot(const asn_strmap *m, const char *key)
{
	size_t mask = m->size - 1, i;

	for (i = hash(key) & mask; m->keys[i]; i = (i + 1) & mask)
		if (strcmp(m->keys[i], key) == 0)
			break;
	return i;
}

/* The keys move to the new slots as they are: none is copied again. */
static void grow(asn_strmap *m)
{
	asn_strmap bigger = { NULL, NULL, m->size ? m->size * 2 : 64, m->count };
	size_t i, k;

	bigger.keys = asn_calloc(bigger.size, sizeof *bigger.keys);
	bigger.values = asn_calloc(bigger.size, sizeof *bigger.values);
	for (i = 0; i < m->size; i++)
		if (m->keys[i]) {
			k = slot(&bigger, m->keys[i]);
			bigger.keys[k] = m->keys[i];
			bigger.values[k] = m->values[i];
		}
	free(m->keys);
	free(m->values);
	*m = bigger;
}

size_t asn_strmap_add(asn_strmap *m, const char *key, size_t value, int *added)
{
	size_t i;

	if (added)
		*added = 0;
	if (m->count * 2 >= m->size)
		grow(m);
	i = slot(m, key);
	if (m->keys[i])
		return m->values[i];
	m->keys[i] = asn_strdup(key);
	m->values[i] = value;
	m->count++;
	if (added)
		*added = 1;
	return value;
}

int asn_strmap_find(const asn_strmap *m, const char *key, size_t *value)
{
	size_t i;

	if (!m->size)
		return -1;
	i = slot(m, key);
	if (!m->keys[i])
		return -1;
	*value = m->values[i];
	return 0;
}

void asn_strmap_free(asn_strmap *m)
{
	size_t i;

	for (i = 0; i < m->size; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->values);
	memset(m, 0, sizeof *m);
}
