/* The memchr fast path of the CSV reader gives exactly what libcsv gives:
 * records, line numbers and messages, on many generated inputs. */
#include <stdint.h>
#include <stdlib.h>

#include "test.h"
#include "csv_diff.h"

static uint64_t next(uint64_t *s)
{
	uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);

	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

int main(void)
{
	static const char alphabet[] = "ab ,,;\"\"\r\n\n\t|x\xc3\xa9";
	char buf[600], why[512];
	uint64_t seed = 7604;
	size_t len, i;
	int round, failures = 0, checked = 0;
	const char *d;

	for (round = 0; round < 20000; round++) {
		len = next(&seed) % sizeof buf;
		for (i = 0; i < len; i++)
			buf[i] = alphabet[next(&seed) % (sizeof alphabet - 1)];
		d = csv_diff(buf, len, round % 3 ? ',' : ';', round % 2, why, sizeof why);
		checked++;
		if (d && failures++ < 5)
			CHECK(0, "random input %d: %s", round, d);
	}
	CHECK(failures == 0, "fast path equals libcsv on %d random inputs (%d differ)", checked, failures);
	return TEST_DONE();
}
