/* lib/strmap: keys found again after the table has grown many times,
 * values kept as first given, keys that differ only slightly kept apart.
 * Expected values follow from the definition (one value per key). */
#include <stdio.h>
#include <string.h>

#include "strmap.h"
#include "test.h"

static void test_empty(void)
{
	asn_strmap m = { 0 };
	size_t v = 99;

	CHECK_INT(asn_strmap_find(&m, "Dinas Kesehatan", &v), -1, "an empty map has no key");
	CHECK_INT(v, 99, "and leaves the value alone");
	asn_strmap_free(&m);
	CHECK_INT(m.size, 0, "an empty map can be freed");
}

static void test_add(void)
{
	asn_strmap m = { 0 };
	size_t v = 0;
	int added = -1;
	char key[] = "Dinas Pendidikan";

	CHECK_INT(asn_strmap_add(&m, key, 0, &added), 0, "a new key gets its value");
	CHECK_INT(added, 1, "and is told added");
	key[0] = 'X';
	CHECK_INT(asn_strmap_find(&m, "Dinas Pendidikan", &v), 0, "the map keeps its own copy");
	CHECK_INT(asn_strmap_add(&m, "Dinas Pendidikan", 7, &added), 0,
	          "a key met again keeps its first value");
	CHECK_INT(added, 0, "and is not told added");
	CHECK_INT(asn_strmap_add(&m, "dinas pendidikan", 1, NULL), 1, "case matters");
	CHECK_INT(asn_strmap_add(&m, "", 2, &added), 2, "the empty string is a key");
	CHECK_INT(added, 1, "added once");
	CHECK_INT(asn_strmap_find(&m, "Dinas Pendidikan ", &v), -1, "a trailing blank matters");
	CHECK_INT(m.count, 3, "three keys");
	asn_strmap_free(&m);
}

static void test_growth(void)
{
	asn_strmap m = { 0 };
	char key[32];
	size_t i, v, found = 0, right = 0;

	for (i = 0; i < 5000; i++) {
		snprintf(key, sizeof key, "SD Negeri %zu", i);
		asn_strmap_add(&m, key, i, NULL);
	}
	for (i = 0; i < 5000; i++) {
		snprintf(key, sizeof key, "SD Negeri %zu", i);
		if (asn_strmap_find(&m, key, &v) == 0) {
			found++;
			right += v == i;
		}
	}
	CHECK_INT(found, 5000, "every key found after growing from 64 slots to 16384");
	CHECK_INT(right, 5000, "with its own value");
	CHECK_INT(m.count, 5000, "counted once each");
	CHECK(m.size >= 2 * m.count && (m.size & (m.size - 1)) == 0,
	      "at most half full, a power of two");
	CHECK_INT(asn_strmap_find(&m, "SD Negeri 5000", &v), -1, "a key never added");
	asn_strmap_free(&m);
}

int main(void)
{
	test_empty();
	test_add();
	test_growth();
	return TEST_DONE();
}
