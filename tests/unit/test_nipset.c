/* Exact NIP set, the fixed-size filter, and the two-pass duplicate check
 * agreeing with the one-pass one. */
#include <stdint.h>

#include "nipset.h"
#include "test.h"

/* A NIP-like number: 18 digits, many sharing their leading digits. */
static uint64_t nip_like(uint64_t i)
{
	return 198001012005011001ULL + (i % 9973) * 1000000000ULL + (i / 9973) * 7;
}

static void test_set(void)
{
	asn_nipset s = { 0 };
	uint64_t i;
	int again = 0, fresh = 0, has = 0;

	CHECK_INT(asn_nipset_has(&s, 1), 0, "empty set has nothing");
	CHECK_INT(asn_nipset_add(&s, 197001012000011001ULL), 0, "first add is new");
	CHECK_INT(asn_nipset_add(&s, 197001012000011001ULL), 1, "second add is a repeat");
	CHECK_INT(asn_nipset_has(&s, 197001012000011001ULL), 1, "member found");
	CHECK_INT(asn_nipset_has(&s, 197001012000011002ULL), 0, "neighbour not a member");
	for (i = 0; i < 200000; i++)
		fresh += asn_nipset_add(&s, nip_like(i)) == 0;
	for (i = 0; i < 200000; i++)
		again += asn_nipset_add(&s, nip_like(i));
	for (i = 200000; i < 210000; i++)
		has += asn_nipset_has(&s, nip_like(i));
	CHECK_INT(fresh, 200000, "200000 distinct numbers are new once");
	CHECK_INT(again, 200000, "and repeats the second time");
	CHECK_INT(has, 0, "numbers never added are not members");
	CHECK_INT(s.count, 200001, "count");
	CHECK_INT(asn_nipset_mark(&s, 197001012000011002ULL), -1, "mark: no member");
	CHECK_INT(asn_nipset_mark(&s, 197001012000011001ULL), 0, "mark: first time");
	CHECK_INT(asn_nipset_mark(&s, 197001012000011001ULL), 1, "mark: second time");
	CHECK_INT(asn_nipset_has(&s, 197001012000011001ULL), 1, "a marked member is a member");
	CHECK_INT(asn_nipset_add(&s, 197001012000011001ULL), 1, "a marked member adds as a repeat");
	CHECK_INT(asn_nipset_add(&s, 197001012000011000ULL), 0, "its neighbours still sort");
	CHECK_INT(asn_nipset_add(&s, 197001012000011003ULL), 0, "on both sides");
	CHECK_INT(asn_nipset_has(&s, 197001012000011000ULL) + asn_nipset_has(&s, 197001012000011003ULL),
	          2, "and are found");
	asn_nipset_free(&s);
	CHECK_INT(asn_nipset_has(&s, 197001012000011001ULL), 0, "freed set is empty");
}

static void test_filter(void)
{
	asn_nipfilter f;
	uint64_t i;
	long missed = 0, fp = 0;

	asn_nipfilter_init(&f, ASN_NIPFILTER_BYTES);
	for (i = 0; i < 1000000; i++)
		fp += asn_nipfilter_add(&f, nip_like(i));
	CHECK(fp < 100, "false positives at 1,000,000 distinct numbers: %ld (< 100)", fp);
	for (; i < 4500000; i++)
		fp += asn_nipfilter_add(&f, nip_like(i));
	CHECK(fp < 4500000 / 200, "false positives at 4,500,000: %ld (< 0.5%%)", fp);
	for (i = 0; i < 4500000; i++)
		missed += !asn_nipfilter_add(&f, nip_like(i));
	CHECK_INT(missed, 0, "no false negatives over 4,500,000 numbers");
	asn_nipfilter_free(&f);

	asn_nipfilter_init(&f, 1);
	CHECK_INT(f.nblocks, 1, "a tiny filter has one block");
	CHECK_INT(asn_nipfilter_add(&f, 42), 0, "first add to an empty filter is new");
	CHECK_INT(asn_nipfilter_add(&f, 42), 1, "second add may be present");
	asn_nipfilter_free(&f);
}

/* The same stream with repeats through one pass and through two passes with
 * a filter so small that most numbers collide: identical answers. */
static void test_dup(size_t filter_bytes, const char *what)
{
	asn_nipdup one, two;
	uint64_t i, v;
	long differ = 0, dups = 0;
	int a, b;

	asn_nipdup_init(&one, 0);
	asn_nipdup_init(&two, filter_bytes);
	for (i = 0; i < 50000; i++)
		asn_nipdup_scan(&two, nip_like(i % 3 == 0 ? i / 2 : i));
	for (i = 0; i < 50000; i++) {
		v = nip_like(i % 3 == 0 ? i / 2 : i);
		a = asn_nipdup_check(&one, v);
		b = asn_nipdup_check(&two, v);
		differ += a != b;
		dups += a;
	}
	CHECK_INT(differ, 0, "%s: two passes agree with one on 50000 numbers", what);
	CHECK(dups > 0, "%s: the stream has duplicates (%ld)", what, dups);
	CHECK(two.maybe.count <= one.seen.count && two.seen.count == 0,
	      "%s: two passes keep %zu of %zu numbers", what, two.maybe.count, one.seen.count);
	asn_nipdup_free(&one);
	asn_nipdup_free(&two);
}

/* A duplicate names where its NIP was first met, in one pass or two. */
static void
test_first(size_t filter, const char *what)
{
	asn_nipdup d;
	uint64_t first, nips[] = { 11, 22, 33, 22, 44, 11, 22 };
	size_t i, n = sizeof nips / sizeof nips[0];
	int dup;

	asn_nipdup_init(&d, filter);
	if (filter)
		for (i = 0; i < n; i++)
			asn_nipdup_scan(&d, nips[i]);
	for (i = 0; i < n; i++) {
		first = 999;
		dup = asn_nipdup_check_at(&d, nips[i], 100 + i, &first);
		if (i == 3)
			CHECK(dup && first == 101, "%s: the second 22 names row 101 (%llu)", what,
			    (unsigned long long)first);
		else if (i == 5)
			CHECK(dup && first == 100, "%s: the second 11 names row 100", what);
		else if (i == 6)
			CHECK(dup && first == 101, "%s: the third 22 names the first, 101", what);
		else
			CHECK(!dup, "%s: %llu met first", what, (unsigned long long)nips[i]);
	}
	asn_nipdup_free(&d);
}

int main(void)
{
	test_set();
	test_filter();
	test_dup(ASN_NIPFILTER_BYTES, "default filter");
	test_dup(64, "64-byte filter");
	test_dup(4096, "4 KiB filter");
	test_first(ASN_NIPFILTER_BYTES, "two passes");
	test_first(64, "two passes, 64-byte filter");
	test_first(0, "one pass");
	return TEST_DONE();
}
