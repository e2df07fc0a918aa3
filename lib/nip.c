#include <stddef.h>
#include <stdio.h>

#include "date.h"
#include "i18n.h"
#include "nip.h"

/* A reason in English (CSV) or in the user's language (messages). */
#define L(s) (tr ? gettext(s) : (s))

enum { NIP_DIGITS = 18, YEAR_MIN = 1900, YEAR_MAX = 2199 };

enum fault {
	FAULT_NONE,
	FAULT_LENGTH,
	FAULT_DIGIT,
	FAULT_BIRTH_DATE,
	FAULT_BIRTH_YEAR,
	FAULT_TMT_MONTH,
	FAULT_TMT_RANGE,
	FAULT_TMT_BEFORE_BIRTH,
	FAULT_GENDER,
	FAULT_SERIAL
};

/* What went wrong, with the values a message needs. */
typedef struct {
	enum fault fault;
	asn_nip_kind kind;
	size_t chars;      /* characters (not bytes) in the input */
	size_t bad_pos;    /* 1-based character position of the first non-digit, 0 if none */
	unsigned char bad; /* first byte of that character */
	char digits[9];    /* birth date digits, for FAULT_BIRTH_DATE */
	int value;         /* the offending number */
	int birth_year;
} fault_info;

static int
is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static int
number(const char *s, size_t n)
{
	int v = 0;
	size_t i;

	for (i = 0; i < n; i++)
		v = v * 10 + (s[i] - '0');
	return v;
}

/* Counts UTF-8 characters so that "got 17" matches what the user sees: a
 * continuation byte 10xxxxxx after a non-ASCII byte does not start a
 * character.  A stray one after ASCII counts as a character of its own, so
 * 18 characters without a non-digit are always 18 ASCII digits. */
static void
scan(const char *s, size_t len, fault_info *fi)
{
	size_t i;
	unsigned char c;

	fi->chars = 0;
	fi->bad_pos = 0;
	fi->bad = 0;
	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if ((c & 0xc0) == 0x80 && i > 0 && (unsigned char)s[i - 1] >= 0x80)
			continue;
		fi->chars++;
		if (!is_digit(c) && fi->bad_pos == 0) {
			fi->bad_pos = fi->chars;
			fi->bad = c;
		}
	}
}

static enum fault
decode(const char *s, size_t len, asn_nip_kind kind, asn_nip *out, fault_info *fi)
{
	asn_nip n;
	size_t i;

	fi->kind = kind;
	scan(s, len, fi);
	if (fi->chars != NIP_DIGITS)
		return fi->fault = FAULT_LENGTH;
	if (fi->bad_pos != 0)
		return fi->fault = FAULT_DIGIT;

	n.kind = kind;
	n.birth.year = number(s, 4);
	n.birth.month = number(s + 4, 2);
	n.birth.day = number(s + 6, 2);
	n.tmt_year = number(s + 8, 4);
	n.tmt_month = kind == ASN_NIP_PNS ? number(s + 12, 2) : 0;
	n.pppk_code = kind == ASN_NIP_PPPK ? number(s + 12, 2) : 0;
	n.gender = s[14] - '0';
	n.serial = number(s + 15, 3);
	fi->birth_year = n.birth.year;

	if (!asn_date_valid(n.birth.year, n.birth.month, n.birth.day)) {
		for (i = 0; i < 8; i++)
			fi->digits[i] = s[i];
		fi->digits[8] = '\0';
		return fi->fault = FAULT_BIRTH_DATE;
	}
	if (n.birth.year < YEAR_MIN || n.birth.year > YEAR_MAX) {
		fi->value = n.birth.year;
		return fi->fault = FAULT_BIRTH_YEAR;
	}
	if (kind == ASN_NIP_PNS && (n.tmt_month < 1 || n.tmt_month > 12)) {
		fi->value = n.tmt_month;
		return fi->fault = FAULT_TMT_MONTH;
	}
	fi->value = n.tmt_year;
	if (n.tmt_year > YEAR_MAX)
		return fi->fault = FAULT_TMT_RANGE;
	if (n.tmt_year < n.birth.year)
		return fi->fault = FAULT_TMT_BEFORE_BIRTH;
	if (n.gender != 1 && n.gender != 2) {
		fi->value = n.gender;
		return fi->fault = FAULT_GENDER;
	}
	if (n.serial == 0)
		return fi->fault = FAULT_SERIAL;
	*out = n;
	return fi->fault = FAULT_NONE;
}

static const char *
static_reason(const fault_info *fi)
{
	static const char *const gender[] = {
		"gender digit 0 (expected 1 or 2)", "", "",
		"gender digit 3 (expected 1 or 2)", "gender digit 4 (expected 1 or 2)",
		"gender digit 5 (expected 1 or 2)", "gender digit 6 (expected 1 or 2)",
		"gender digit 7 (expected 1 or 2)", "gender digit 8 (expected 1 or 2)",
		"gender digit 9 (expected 1 or 2)",
	};
	int pns = fi->kind == ASN_NIP_PNS;

	switch (fi->fault) {
	case FAULT_NONE:
		return NULL;
	case FAULT_LENGTH:
		return "expected 18 digits";
	case FAULT_DIGIT:
		return "non-digit character";
	case FAULT_BIRTH_DATE:
		return "birth date in NIP is not a calendar date";
	case FAULT_BIRTH_YEAR:
		return "birth year in NIP out of range 1900-2199";
	case FAULT_TMT_MONTH:
		return "TMT month in NIP out of range (expected 01-12)";
	case FAULT_TMT_RANGE:
		return pns ? "TMT year in NIP out of range 1900-2199" :
		    "appointment year in NIP out of range 1900-2199";
	case FAULT_TMT_BEFORE_BIRTH:
		return pns ? "TMT year in NIP before birth year" :
		    "appointment year in NIP before birth year";
	case FAULT_GENDER:
		return gender[fi->value];
	case FAULT_SERIAL:
		return "serial 000 (expected 001-999)";
	}
	return NULL;
}

static void
describe_bad_char(char *buf, size_t size, const fault_info *fi, int tr)
{
	if (fi->bad >= 0x20 && fi->bad < 0x7f)
		snprintf(buf, size, L(N_("non-digit character '%c' at position %zu")),
		    fi->bad, fi->bad_pos);
	else
		snprintf(buf, size, L(N_("non-digit byte 0x%02x at position %zu")),
		    fi->bad, fi->bad_pos);
}

static void
describe(char *buf, size_t size, const fault_info *fi, int tr)
{
	int pns = fi->kind == ASN_NIP_PNS;
	char bad[128];

	switch (fi->fault) {
	case FAULT_LENGTH:
		if (fi->bad_pos == 0) {
			snprintf(buf, size, L(N_("expected 18 digits, got %zu")), fi->chars);
		} else {
			describe_bad_char(bad, sizeof(bad), fi, tr);
			snprintf(buf, size, L(N_("expected 18 digits, got %zu; %s")),
			    fi->chars, bad);
		}
		break;
	case FAULT_DIGIT:
		describe_bad_char(buf, size, fi, tr);
		break;
	case FAULT_BIRTH_DATE:
		snprintf(buf, size, L(N_("birth date %s is not a calendar date")), fi->digits);
		break;
	case FAULT_BIRTH_YEAR:
		snprintf(buf, size, L(N_("birth year %04d out of range 1900-2199")), fi->value);
		break;
	case FAULT_TMT_MONTH:
		snprintf(buf, size, L(N_("TMT month %02d (expected 01-12)")), fi->value);
		break;
	case FAULT_TMT_RANGE:
		snprintf(buf, size, pns ? L(N_("TMT year %04d out of range 1900-2199")) :
		    L(N_("appointment year %04d out of range 1900-2199")), fi->value);
		break;
	case FAULT_TMT_BEFORE_BIRTH:
		snprintf(buf, size, pns ? L(N_("TMT year %04d before birth year %04d")) :
		    L(N_("appointment year %04d before birth year %04d")), fi->value,
		    fi->birth_year);
		break;
	case FAULT_GENDER:
		snprintf(buf, size, L(N_("gender digit %d (expected 1 or 2)")), fi->value);
		break;
	case FAULT_SERIAL:
		snprintf(buf, size, "%s", L(N_("serial 000 (expected 001-999)")));
		break;
	default:
		snprintf(buf, size, "%s", static_reason(fi));
		break;
	}
}

int
asn_nip_parse(const char *s, size_t len, asn_nip_kind kind, asn_nip *out, const char **err)
{
	fault_info fi;

	if (decode(s, len, kind, out, &fi) == FAULT_NONE)
		return 0;
	if (err != NULL)
		*err = static_reason(&fi);
	return -1;
}

static int
parse_reason(const char *s, size_t len, asn_nip_kind kind, asn_nip *out,
    char *buf, size_t bufsize, int tr)
{
	fault_info fi;

	if (decode(s, len, kind, out, &fi) == FAULT_NONE)
		return 0;
	if (buf != NULL && bufsize > 0)
		describe(buf, bufsize, &fi, tr);
	return -1;
}

int
asn_nip_parse_reason(const char *s, size_t len, asn_nip_kind kind, asn_nip *out,
    char *buf, size_t bufsize)
{
	return parse_reason(s, len, kind, out, buf, bufsize, 0);
}

int
asn_nip_parse_message(const char *s, size_t len, asn_nip_kind kind, asn_nip *out,
    char *buf, size_t bufsize)
{
	return parse_reason(s, len, kind, out, buf, bufsize, 1);
}

asn_nip_kind
asn_nip_guess_kind(const char *s, size_t len)
{
	if (len < 14 || !is_digit((unsigned char)s[12]) ||
	    !is_digit((unsigned char)s[13]))
		return ASN_NIP_PNS;
	return number(s + 12, 2) > 12 ? ASN_NIP_PPPK : ASN_NIP_PNS;
}

static char
gender_letter(int digit)
{
	return digit == 1 ? 'L' : digit == 2 ? 'P' : '?';
}

static int
check(const asn_nip *nip, asn_date birth, char gender_lp, const asn_date *tmt, char *buf,
    size_t bufsize, int tr)
{
	char given[11], coded[11];
	char shown;

	if (buf == NULL)
		bufsize = 0;
	if (asn_date_cmp(birth, nip->birth) != 0) {
		asn_date_format(birth, given);
		asn_date_format(nip->birth, coded);
		if (bufsize > 0)
			snprintf(buf, bufsize,
			    L(N_("tanggal_lahir %s does not match NIP birth date %s")),
			    given, coded);
		return -1;
	}
	if (gender_lp != 0 && gender_lp != gender_letter(nip->gender)) {
		shown = gender_lp >= 0x20 && gender_lp < 0x7f ? gender_lp : '?';
		if (bufsize > 0)
			snprintf(buf, bufsize,
			    L(N_("jenis_kelamin %c does not match NIP gender digit %d (%c)")),
			    shown, nip->gender, gender_letter(nip->gender));
		return -1;
	}
	if (tmt == NULL)
		return 0;
	asn_date_format(*tmt, given);
	if (nip->kind == ASN_NIP_PNS &&
	    (tmt->year != nip->tmt_year || tmt->month != nip->tmt_month)) {
		if (bufsize > 0)
			snprintf(buf, bufsize,
			    L(N_("tmt_cpns %s does not match NIP TMT %04d-%02d")),
			    given, nip->tmt_year, nip->tmt_month);
		return -1;
	}
	if (nip->kind == ASN_NIP_PPPK && tmt->year != nip->tmt_year) {
		if (bufsize > 0)
			snprintf(buf, bufsize,
			    L(N_("tmt_cpns %s does not match NIP appointment year %04d")),
			    given, nip->tmt_year);
		return -1;
	}
	return 0;
}

int
asn_nip_check(const asn_nip *nip, asn_date birth, char gender_lp,
    const asn_date *tmt, char *buf, size_t bufsize)
{
	return check(nip, birth, gender_lp, tmt, buf, bufsize, 0);
}

int
asn_nip_check_message(const asn_nip *nip, asn_date birth, char gender_lp,
    const asn_date *tmt, char *buf, size_t bufsize)
{
	return check(nip, birth, gender_lp, tmt, buf, bufsize, 1);
}

int
asn_nip_to_number(const char *s, uint64_t *out)
{
	uint64_t v = 0;
	size_t i;

	for (i = 0; s[i]; i++) {
		if (s[i] < '0' || s[i] > '9' || i >= 18)
			return -1;
		v = v * 10 + (uint64_t)(s[i] - '0');
	}
	*out = v;
	return i == 18 && v ? 0 : -1;
}

/* splitmix64's finaliser: NIPs share long runs of digits (birth date, TMT),
 * so every input bit must reach every output bit. */
uint64_t
asn_nip_hash(uint64_t v)
{
	v += 0x9e3779b97f4a7c15ULL;
	v = (v ^ (v >> 30)) * 0xbf58476d1ce4e5b9ULL;
	v = (v ^ (v >> 27)) * 0x94d049bb133111ebULL;
	return v ^ (v >> 31);
}
