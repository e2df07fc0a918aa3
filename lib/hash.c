#include <fcntl.h>
#include <pthread.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "hash.h"

static uint64_t rotl(uint64_t x, int b)
{
	return (x << b) | (x >> (64 - b));
}

static uint64_t load64(const unsigned char *p)
{
	uint64_t v = 0;
	int i;

	for (i = 7; i >= 0; i--)
		v = (v << 8) | p[i];
	return v;
}

/* One SipRound over the state v. */
static void round4(uint64_t v[4])
{
	v[0] += v[1];
	v[1] = rotl(v[1], 13);
	v[1] ^= v[0];
	v[0] = rotl(v[0], 32);
	v[2] += v[3];
	v[3] = rotl(v[3], 16);
	v[3] ^= v[2];
	v[0] += v[3];
	v[3] = rotl(v[3], 21);
	v[3] ^= v[0];
	v[2] += v[1];
	v[1] = rotl(v[1], 17);
	v[1] ^= v[2];
	v[2] = rotl(v[2], 32);
}

uint64_t asn_hash_siphash(const unsigned char key[16], const void *data, size_t len)
{
	const unsigned char *p = data;
	uint64_t k0 = load64(key), k1 = load64(key + 8), m, v[4];
	unsigned char last[8];
	size_t i, blocks = len / 8;

	v[0] = k0 ^ 0x736f6d6570736575ULL;
	v[1] = k1 ^ 0x646f72616e646f6dULL;
	v[2] = k0 ^ 0x6c7967656e657261ULL;
	v[3] = k1 ^ 0x7465646279746573ULL;
	for (i = 0; i < blocks; i++) {
		m = load64(p + 8 * i);
		v[3] ^= m;
		round4(v);
		round4(v);
		v[0] ^= m;
	}
	/* the last 0-7 bytes, with the length's low byte on top */
	memset(last, 0, sizeof last);
	memcpy(last, p + 8 * blocks, len % 8);
	last[7] = (unsigned char)len;
	m = load64(last);
	v[3] ^= m;
	round4(v);
	round4(v);
	v[0] ^= m;
	v[2] ^= 0xff;
	round4(v);
	round4(v);
	round4(v);
	round4(v);
	return v[0] ^ v[1] ^ v[2] ^ v[3];
}

static unsigned char process_key[16];
static pthread_once_t key_once = PTHREAD_ONCE_INIT;

/* From /dev/urandom; without it, from the clock and the process id, which
 * an attacker cannot choose ahead either. */
static void draw_key(void)
{
	struct timespec ts;
	uint64_t a, b;
	ssize_t n = -1;
	int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);

	if (fd >= 0) {
		n = read(fd, process_key, sizeof process_key);
		close(fd);
	}
	if (n == (ssize_t)sizeof process_key)
		return;
	clock_gettime(CLOCK_REALTIME, &ts);
	a = (uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 20);
	b = (uint64_t)getpid() * 0x9e3779b97f4a7c15ULL ^ (uint64_t)(size_t)&ts;
	memcpy(process_key, &a, 8);
	memcpy(process_key + 8, &b, 8);
}

uint64_t asn_hash(const void *data, size_t len)
{
	pthread_once(&key_once, draw_key);
	return asn_hash_siphash(process_key, data, len);
}
