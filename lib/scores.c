#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "nip.h"
#include "scores.h"

const char *const asn_scores_labels[ASN_SCORES_FILES] = { "SKP", "potensi", "pelatihan" };

/* The score files are held as one record per NIP, in the order NIPs are
 * first seen: the NIP, then a part for each score file read so far, packed,
 * so that a million NIPs fit in a few tens of megabytes. Fields are copied
 * in and out with memcpy. Every part starts with the line of the file's
 * first row for the NIP.
 * SKP and potensi keep the value in hundredths plus one, 0 when the file
 * has no row for the NIP: values are 0 to 100 and rounded to hundredths on
 * reading, so this is exact. With a tahun column, a second row for a tahun
 * is rejected and the value of the latest tahun kept, so the part also
 * keeps a bitmask of the tahun seen (bit k: tahun year - k), whose bits
 * are the rows and whose lowest bit is the tahun of the value kept.
 * Pelatihan adds up the rows of a tahun: its part keeps the rows, the
 * tahun of the sum and the sum. */
enum { PART_FIRST_LINE = 0 };                                   /* uint32_t */
enum { RATED_VALUE = 4, RATED_SIZE = 6 };                       /* uint16_t */
enum { RATED_YEARS = 6, DATED_SIZE = 14 };                      /* uint64_t */
enum { JP_ROWS = 4, JP_TAHUN = 8, JP_SUM = 10, JP_SIZE = 18 };  /* uint32_t, int16_t, double */

/* Set in a record's NIP once the table has it (a NIP is below 10^18). */
#define MATCHED ((uint64_t)1 << 63)

static unsigned char *record(const asn_scores *s, size_t i)
{
	return s->records + i * s->stride;
}

static uint64_t record_nip(const unsigned char *r)
{
	uint64_t nip;

	memcpy(&nip, r, sizeof nip);
	return nip & ~MATCHED;
}

/* Below the index, a slot holds high bits of the NIP's hash, so that the
 * records of most other NIPs met while probing are never read. */
static uint32_t slot_tag(const asn_scores *s, uint64_t hash)
{
	return (uint32_t)(hash >> 32) & ~(uint32_t)(s->nslots - 1);
}

/* The slot of nip, or the empty slot where it goes. */
static size_t slot_find(const asn_scores *s, uint64_t nip, uint64_t hash)
{
	size_t mask = s->nslots - 1, i;
	uint32_t tag = slot_tag(s, hash), v;

	for (i = hash & mask; (v = s->slots[i]); i = (i + 1) & mask)
		if ((v & ~(uint32_t)mask) == tag && record_nip(record(s, (v & mask) - 1)) == nip)
			break;
	return i;
}

/* The slots are rebuilt from the records, so the old ones go first. */
static void slots_grow(asn_scores *s)
{
	size_t i, k, mask;
	uint64_t hash;

	free(s->slots);
	s->nslots *= 2;
	s->slots = asn_calloc(s->nslots, sizeof *s->slots);
	mask = s->nslots - 1;
	for (i = 0; i < s->nrecords; i++) {
		hash = asn_nip_hash(record_nip(record(s, i)));
		for (k = hash & mask; s->slots[k]; k = (k + 1) & mask)
			;
		s->slots[k] = slot_tag(s, hash) | (uint32_t)(i + 1);
	}
}

void asn_scores_init(asn_scores *s, const asn_config *cfg, int year, long tahun)
{
	memset(s, 0, sizeof *s);
	s->cfg = cfg;
	s->year = year;
	s->tahun = tahun;
	s->stride = sizeof(uint64_t);
	s->nslots = 1024;
	s->slots = asn_calloc(s->nslots, sizeof *s->slots);
}

void asn_scores_free(asn_scores *s)
{
	free(s->records);
	free(s->slots);
	memset(s, 0, sizeof *s);
}

static unsigned char *record_find(const asn_scores *s, uint64_t nip)
{
	uint32_t v = s->slots[slot_find(s, nip, asn_nip_hash(nip))];

	return v ? record(s, (v & (s->nslots - 1)) - 1) : NULL;
}

static unsigned char *record_for(asn_scores *s, uint64_t nip)
{
	uint64_t hash = asn_nip_hash(nip);
	size_t i = slot_find(s, nip, hash);
	unsigned char *r;

	if (s->slots[i])
		return record(s, (s->slots[i] & (s->nslots - 1)) - 1);
	if (4 * (s->nrecords + 1) > 3 * s->nslots) {
		slots_grow(s);
		i = slot_find(s, nip, hash);
	}
	if (s->nrecords == s->caprecords) {
		s->caprecords = s->caprecords ? s->caprecords * 2 : 256;
		s->records = asn_realloc(s->records, s->caprecords * s->stride);
	}
	r = record(s, s->nrecords++);
	memset(r, 0, s->stride);
	memcpy(r, &nip, sizeof nip);
	s->slots[i] = slot_tag(s, hash) | (uint32_t)s->nrecords;
	return r;
}

/* The part of a file is known once its header is read: every record is
 * widened in place, from the last to the first so that none is
 * overwritten before it moves. */
static void part_add(asn_scores *s, int file, int dated)
{
	size_t old = s->stride, size, i;

	if (file == ASN_SCORES_PELATIHAN)
		size = JP_SIZE;
	else if ((s->dated[file] = dated))
		size = DATED_SIZE;
	else
		size = RATED_SIZE;
	s->part[file] = old;
	s->stride += size;
	if (!s->caprecords)
		return;
	s->records = asn_realloc(s->records, s->caprecords * s->stride);
	for (i = s->nrecords; i-- > 0;) {
		memmove(record(s, i), s->records + i * old, old);
		memset(record(s, i) + old, 0, size);
	}
}

void asn_scores_begin(asn_scores *s, int file, const asn_input *in)
{
	s->file = file;
	s->nip_col = asn_input_require(in, "nip", "");
	if (file == ASN_SCORES_SKP)
		asn_skp_columns_find(&s->skp, in);
	else
		s->value_col = asn_input_require(in, file == ASN_SCORES_POTENSI ? "nilai_potensi" : "jp",
		                                 "");
	s->tahun_col = asn_input_find(in, "tahun");
	part_add(s, file, s->tahun_col >= 0);
}

/* nip and tahun of a row; returns -1 after rejecting it. */
static int row_key(const asn_scores *s, const asn_input *in, uint64_t *nip, long *tahun,
                   unsigned long long *rejected)
{
	const char *v = asn_input_cell(in, s->nip_col);
	double t;

	if (asn_nip_to_number(v, nip) < 0) {
		asn_reject(rejected, in->name, in->rec.line, s->nip_col,
		           "nip '%s': expected 18 digits", v);
		return -1;
	}
	*tahun = 0;
	if (s->tahun_col < 0)
		return 0;
	v = asn_input_cell(in, s->tahun_col);
	if (asn_number_parse(v, ASN_NUMBER_COMMA, &t) < 0 || t != floor(t) ||
	    t <= s->year - ASN_SCORES_YEARS || t > s->year) {
		asn_reject(rejected, in->name, in->rec.line, s->tahun_col,
		           "tahun '%s': expected a year from %d to %d", v,
		           s->year - ASN_SCORES_YEARS + 1, s->year);
		return -1;
	}
	*tahun = (long)t;
	return 0;
}

/* The value a row gives; returns -1 after rejecting it. */
static int row_value(const asn_scores *s, const asn_input *in, double *v,
                     unsigned long long *rejected)
{
	const char *cell = asn_input_cell(in, s->value_col);

	if (s->file == ASN_SCORES_SKP)
		return asn_skp_kinerja(s->cfg, in, &s->skp, v, rejected);
	if (s->file == ASN_SCORES_POTENSI) {
		if (asn_number_parse(cell, ASN_NUMBER_COMMA, v) == 0 && *v <= 100)
			return 0;
		asn_reject(rejected, in->name, in->rec.line, s->value_col,
		           "nilai_potensi '%s': expected a number from 0 to 100", cell);
		return -1;
	}
	if (asn_number_parse(cell, ASN_NUMBER_COMMA, v) == 0)
		return 0;
	asn_reject(rejected, in->name, in->rec.line, s->value_col,
	           "jp '%s': expected a number of hours, 0 or more", cell);
	return -1;
}

static uint64_t tahun_bit(const asn_scores *s, long tahun)
{
	return (uint64_t)1 << (tahun ? s->year - tahun : 0);
}

/* A second row for the same nip and tahun is rejected. */
static int duplicate(const asn_scores *s, const asn_input *in, const unsigned char *r,
                     long tahun, unsigned long long *rejected)
{
	const unsigned char *part = r + s->part[s->file];
	const char *nip = asn_input_cell(in, s->nip_col);
	uint64_t years;
	uint32_t first_line;
	uint16_t value;

	if (s->dated[s->file]) {
		memcpy(&years, part + RATED_YEARS, sizeof years);
		if (!(years & tahun_bit(s, tahun)))
			return 0;
	} else {
		memcpy(&value, part + RATED_VALUE, sizeof value);
		if (!value)
			return 0;
	}
	memcpy(&first_line, part + PART_FIRST_LINE, sizeof first_line);
	if (tahun)
		asn_reject(rejected, in->name, in->rec.line, s->nip_col,
		           "nip '%s': second %s row for tahun %ld", nip, asn_scores_labels[s->file],
		           tahun);
	else
		asn_reject(rejected, in->name, in->rec.line, s->nip_col,
		           "nip '%s': second %s row (first at line %lu)", nip,
		           asn_scores_labels[s->file], (unsigned long)first_line);
	return 1;
}

/* Keep the value of the latest tahun: no lower bit is set. */
static void keep(const asn_scores *s, unsigned char *r, long tahun, double value, long line)
{
	unsigned char *part = r + s->part[s->file];
	uint64_t years = 0, bit = tahun_bit(s, tahun);
	uint32_t first_line = (uint32_t)line;
	uint16_t stored = (uint16_t)(round(value * 100) + 1);

	if (s->dated[s->file])
		memcpy(&years, part + RATED_YEARS, sizeof years);
	if (!years)
		memcpy(part + PART_FIRST_LINE, &first_line, sizeof first_line);
	if (!(years & (bit - 1)))
		memcpy(part + RATED_VALUE, &stored, sizeof stored);
	if (s->dated[s->file]) {
		years |= bit;
		memcpy(part + RATED_YEARS, &years, sizeof years);
	}
}

/* Each NIP sums the JP of its latest tahun, each row in hundredths. */
static void add_jp(asn_scores *s, unsigned char *r, long tahun, double jp, long line)
{
	unsigned char *part = r + s->part[ASN_SCORES_PELATIHAN];
	uint32_t rows, first_line = (uint32_t)line;
	int16_t kept;
	double sum;

	memcpy(&rows, part + JP_ROWS, sizeof rows);
	memcpy(&kept, part + JP_TAHUN, sizeof kept);
	memcpy(&sum, part + JP_SUM, sizeof sum);
	if (!rows++)
		memcpy(part + PART_FIRST_LINE, &first_line, sizeof first_line);
	memcpy(part + JP_ROWS, &rows, sizeof rows);
	if (rows > 1 && tahun < kept)
		return;
	if (rows == 1 || tahun > kept)
		sum = 0;
	kept = (int16_t)tahun;
	sum += round(jp * 100) / 100;
	memcpy(part + JP_TAHUN, &kept, sizeof kept);
	memcpy(part + JP_SUM, &sum, sizeof sum);
	if (tahun > s->jp_tahun)
		s->jp_tahun = tahun;
}

/* The assessment is not annual: tahun does not filter potensi rows. */
void asn_scores_row(asn_scores *s, const asn_input *in, unsigned long long *rejected)
{
	uint64_t nip;
	long tahun;
	double v;
	unsigned char *r;

	if (row_key(s, in, &nip, &tahun, rejected) < 0 || row_value(s, in, &v, rejected) < 0)
		return;
	if (s->file != ASN_SCORES_POTENSI && s->tahun && s->tahun_col >= 0 && tahun != s->tahun) {
		s->skipped++;
		return;
	}
	r = record_for(s, nip);
	if (s->file == ASN_SCORES_PELATIHAN)
		add_jp(s, r, tahun, v, in->rec.line);
	else if (!duplicate(s, in, r, tahun, rejected))
		keep(s, r, tahun, v, in->rec.line);
}

/* JP are counted in one year: tahun, else the latest year of the file.  A
 * NIP whose latest year is before it has 0 JP in that year. */
void asn_scores_end(asn_scores *s)
{
	unsigned char *part;
	int16_t kept;
	double zero = 0;
	size_t i;

	if (s->file != ASN_SCORES_PELATIHAN)
		return;
	for (i = 0; i < s->nrecords; i++) {
		part = record(s, i) + s->part[ASN_SCORES_PELATIHAN];
		memcpy(&kept, part + JP_TAHUN, sizeof kept);
		if (kept < s->jp_tahun)
			memcpy(part + JP_SUM, &zero, sizeof zero);
	}
}

/* The value SKP or potensi kept for a record; 0 when the file has no row for it. */
static int rated(const asn_scores *s, const unsigned char *r, int file, double *value)
{
	uint16_t stored;

	if (!s->part[file])
		return 0;
	memcpy(&stored, r + s->part[file] + RATED_VALUE, sizeof stored);
	if (!stored)
		return 0;
	*value = (stored - 1) / 100.0;
	return 1;
}

int asn_scores_match(asn_scores *s, const char *nip, asn_score *out)
{
	unsigned char *r;
	uint64_t n;

	memset(out, 0, sizeof *out);
	if (asn_nip_to_number(nip, &n) < 0 || !(r = record_find(s, n)))
		return 0;
	n |= MATCHED;
	memcpy(r, &n, sizeof n);
	out->has_kinerja = rated(s, r, ASN_SCORES_SKP, &out->kinerja);
	out->has_potensi = rated(s, r, ASN_SCORES_POTENSI, &out->potensi);
	if (s->part[ASN_SCORES_PELATIHAN])
		memcpy(&out->jp, r + s->part[ASN_SCORES_PELATIHAN] + JP_SUM, sizeof out->jp);
	return 1;
}

/* Rows a score file has for a record, and the line of the first. */
static uint32_t part_rows(const asn_scores *s, const unsigned char *r, int file,
                          uint32_t *first_line)
{
	const unsigned char *part = r + s->part[file];
	uint64_t years;
	uint32_t rows = 0;
	uint16_t value;

	memcpy(first_line, part + PART_FIRST_LINE, sizeof *first_line);
	if (file == ASN_SCORES_PELATIHAN) {
		memcpy(&rows, part + JP_ROWS, sizeof rows);
		return rows;
	}
	if (!s->dated[file]) {
		memcpy(&value, part + RATED_VALUE, sizeof value);
		return value != 0;
	}
	memcpy(&years, part + RATED_YEARS, sizeof years);
	for (; years; years &= years - 1)
		rows++;
	return rows;
}

static int by_line(const void *a, const void *b)
{
	const asn_scores_unmatched *x = a, *y = b;

	return (x->line > y->line) - (x->line < y->line);
}

asn_scores_unmatched *asn_scores_unmatched_list(const asn_scores *s, int file, size_t *n,
                                                long *rows)
{
	asn_scores_unmatched *list = NULL;
	size_t i, cap = 0;
	uint64_t nip;
	uint32_t nrows, first_line;

	*n = 0;
	*rows = 0;
	if (!s->part[file])
		return NULL;
	for (i = 0; i < s->nrecords; i++) {
		memcpy(&nip, record(s, i), sizeof nip);
		if (nip & MATCHED || !(nrows = part_rows(s, record(s, i), file, &first_line)))
			continue;
		*rows += nrows;
		if (*n == cap) {
			cap = cap ? cap * 2 : 64;
			list = asn_realloc(list, cap * sizeof *list);
		}
		list[*n].line = first_line;
		list[(*n)++].nip = nip;
	}
	if (*n)
		qsort(list, *n, sizeof *list, by_line);
	return list;
}
