/* Minimal TAP producer for the C unit tests of lib/. */
#ifndef ASN_TEST_H
#define ASN_TEST_H

#include <stdio.h>
#include <string.h>

static int test_count, test_failed;

#define CHECK(cond, ...) do { \
	int ok_ = (cond) ? 1 : 0; \
	test_count++; \
	if (ok_) { \
		printf("ok %d - ", test_count); \
	} else { \
		test_failed++; \
		printf("not ok %d - ", test_count); \
	} \
	printf(__VA_ARGS__); \
	if (!ok_) \
		printf(" # at %s:%d: %s", __FILE__, __LINE__, #cond); \
	printf("\n"); \
} while (0)

#define CHECK_STR(got, want, ...) do { \
	const char *got_ = (got), *want_ = (want); \
	int same_ = got_ && want_ && strcmp(got_, want_) == 0; \
	CHECK(same_, __VA_ARGS__); \
	if (!same_) \
		printf("#   got '%s'\n#  want '%s'\n", got_ ? got_ : "(null)", want_ ? want_ : "(null)"); \
} while (0)

#define CHECK_INT(got, want, ...) do { \
	long got_ = (long)(got), want_ = (long)(want); \
	CHECK(got_ == want_, __VA_ARGS__); \
	if (got_ != want_) \
		printf("#   got %ld, want %ld\n", got_, want_); \
} while (0)

#define TEST_DONE() (printf("1..%d\n", test_count), test_failed ? 1 : 0)

#endif
