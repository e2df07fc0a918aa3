/* Hashes for tables keyed by what an input holds (units, positions, ids):
 * SipHash-2-4 under a key drawn once per process, so that keys crafted to
 * collide cannot make a table slow.  Never use it where a value must be
 * the same from run to run (a seed, an order). */
#ifndef ASN_HASH_H
#define ASN_HASH_H

#include <stddef.h>
#include <stdint.h>

/* Under the process key (drawn from the system's random source on first
 * use). */
uint64_t asn_hash(const void *data, size_t len);

/* Under a given 16-byte key: SipHash-2-4 as its paper defines it. */
uint64_t asn_hash_siphash(const unsigned char key[16], const void *data, size_t len);

#endif
