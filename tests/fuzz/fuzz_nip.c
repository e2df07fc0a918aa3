#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "nip.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
require(int cond)
{
	if (!cond)
		abort();
}

static void
check_nip(const asn_nip *n, asn_nip_kind kind)
{
	char buf[160];
	char letter = n->gender == 1 ? 'L' : 'P';
	asn_date tmt, other;

	require(n->kind == kind);
	require(asn_date_valid(n->birth.year, n->birth.month, n->birth.day));
	require(n->birth.year >= 1900 && n->birth.year <= 2199);
	require(n->tmt_year >= n->birth.year && n->tmt_year <= 2199);
	require(n->gender == 1 || n->gender == 2);
	require(n->serial >= 1 && n->serial <= 999);
	if (kind == ASN_NIP_PNS)
		require(n->tmt_month >= 1 && n->tmt_month <= 12 && n->pppk_code == 0);
	else
		require(n->tmt_month == 0 && n->pppk_code >= 0 && n->pppk_code <= 99);

	tmt.year = n->tmt_year;
	tmt.month = kind == ASN_NIP_PNS ? n->tmt_month : 7;
	tmt.day = 1;
	require(asn_nip_check(n, n->birth, letter, &tmt, buf, sizeof(buf)) == 0);
	require(asn_nip_check(n, n->birth, 0, NULL, buf, sizeof(buf)) == 0);

	other = asn_date_from_days(asn_date_to_days(n->birth) + 1);
	require(asn_nip_check(n, other, letter, &tmt, buf, sizeof(buf)) == -1);
	require(strncmp(buf, "tanggal_lahir ", 14) == 0);
	require(asn_nip_check(n, n->birth, letter == 'L' ? 'P' : 'L', &tmt, buf, 8) == -1);
	require(strlen(buf) == 7);
	tmt.year++;
	require(asn_nip_check(n, n->birth, letter, &tmt, buf, sizeof(buf)) == -1);
	require(strncmp(buf, "tmt_cpns ", 9) == 0);
}

static void
parse_as(const char *s, size_t size, asn_nip_kind kind)
{
	asn_nip n, m;
	const char *err = NULL;
	char buf[160];
	int rc;

	buf[0] = '\0';
	rc = asn_nip_parse(s, size, kind, &n, &err);
	require(asn_nip_parse_reason(s, size, kind, &m, buf, sizeof(buf)) == rc);
	if (rc != 0) {
		require(rc == -1 && err != NULL && err[0] != '\0');
		require(buf[0] != '\0' && strlen(buf) < sizeof(buf));
		return;
	}
	require(buf[0] == '\0' && memcmp(&n, &m, sizeof(n)) == 0);
	require(size == 18);
	check_nip(&n, kind);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	asn_nip_kind kind;

	kind = asn_nip_guess_kind(s, size);
	require(kind == ASN_NIP_PNS || kind == ASN_NIP_PPPK);
	parse_as(s, size, ASN_NIP_PNS);
	parse_as(s, size, ASN_NIP_PPPK);
	return 0;
}
