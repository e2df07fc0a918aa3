/* libFuzzer harness: the reader's fast path must agree with libcsv. */
#include <stddef.h>
#include <stdint.h>

#include "../unit/csv_diff.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char why[512];

	if (csv_diff(data, size, ',', 1, why, sizeof why) ||
	    csv_diff(data, size, ';', 0, why, sizeof why)) {
		fprintf(stderr, "%s\n", why);
		__builtin_trap();
	}
	return 0;
}
