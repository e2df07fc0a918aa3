/* lib/keymap: keys with NULs inside, indices in the order first met, the
 * same index for the same bytes across a table's growth. */
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "keymap.h"
#include "test.h"

int main(void)
{
	asn_keymap m;
	char key[32];
	size_t i, len, bad = 0;
	int added;
	const char *k;

	memset(&m, 0, sizeof m);
	CHECK_INT(asn_keymap_add(&m, "Dinas\0Guru", 11, &added), 0, "first key, index 0");
	CHECK(added, "added");
	CHECK_INT(asn_keymap_add(&m, "Dinas\0Bidan", 12, &added), 1, "second key, index 1");
	CHECK_INT(asn_keymap_add(&m, "Dinas\0Guru", 11, &added), 0, "the first key again");
	CHECK(!added, "not added twice");
	CHECK_INT(asn_keymap_add(&m, "Dinas", 5, NULL), 2, "a prefix is another key");
	CHECK_INT(asn_keymap_add(&m, "", 0, NULL), 3, "the empty key (one group of all)");
	for (i = 0; i < 5000; i++) {
		snprintf(key, sizeof key, "unit %zu", i);
		if (asn_keymap_add(&m, key, strlen(key) + 1, NULL) != i + 4)
			bad++;
	}
	CHECK_INT(bad, 0, "5000 more keys numbered in order through the growth");
	for (i = 0; i < 5000; i += 499) {
		snprintf(key, sizeof key, "unit %zu", i);
		if (asn_keymap_add(&m, key, strlen(key) + 1, &added) != i + 4 || added)
			bad++;
	}
	CHECK_INT(bad, 0, "each found again after the growth");
	k = asn_keymap_key(&m, 1, &len);
	CHECK(len == 12 && memcmp(k, "Dinas\0Bidan", 12) == 0, "a key read back whole");
	asn_keymap_free(&m);
	return TEST_DONE();
}
