#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "hash.h"
#include "names.h"

/* Abbreviations a regency's exports write in capitals: school types
 * (UU 20/2003), health facilities (Permenkes 43/2019), perangkat daerah
 * (PP 18/2016) and the staffing words around them. */
const char *const asn_names_acronyms[] = {
	"SD", "SDN", "SDI", "SMP", "SMPN", "SMA", "SMAN", "SMK", "SMKN", "SLB", "TK", "TKN", "KB",
	"PAUD", "SKB", "MI", "MIN", "MTS", "MTSN", "MA", "MAN", "UPT", "UPTD", "RSUD", "RS",
	"IGD", "ICU", "UGD", "PONED", "KIA", "DPRD", "BPBD", "BKPSDM", "BKPP", "BKD",
	"BPKAD", "BPKPD", "DPMPTSP", "PTSP", "PUPR", "PU", "PMD", "P3A", "PPPA",
	"PPKB", "PKK", "KUA", "TU", "PNS", "CPNS", "PPPK", "ASN", "OPD", "SKPD", "UKS", "TIK",
	"IT", "SDM", "UMKM", "BLUD", "DLH", "BNN", "KPU", "LPSE", "ULP", "UKPBJ", "RT", "RW",
	"NIP", "TPP", NULL
};

/* Lower case after the first word (Pedoman Umum Ejaan Bahasa Indonesia). */
static const char *const joining_words[] = {
	"dan", "di", "ke", "dari", "pada", "untuk", "yang", "serta", "atau", "dengan", "bagi",
	"oleh", "dalam", NULL
};

static int is_blank_at(const unsigned char *s, size_t *len)
{
	if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n' || *s == '\v' || *s == '\f') {
		*len = 1;
		return 1;
	}
	if (s[0] == 0xc2 && s[1] == 0xa0) {  /* U+00A0 no-break space, common after Excel */
		*len = 2;
		return 1;
	}
	return 0;
}

/* Letters, digits, bytes of non-ASCII characters and an inner apostrophe
 * (Ma'ruf) make up a word; anything else separates words. */
static int word_byte(unsigned char c)
{
	return isalnum(c) || c >= 0x80 || c == '\'';
}

static int in_list(const char *w, size_t n, const char *const *list)
{
	size_t i;

	for (i = 0; list[i]; i++)
		if (strlen(list[i]) == n && strncasecmp(list[i], w, n) == 0)
			return 1;
	return 0;
}

static int is_roman(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!strchr("IVXivx", w[i]))
			return 0;
	/* "vi", "xi" ... as words of their own are numerals in these names */
	return n > 0 && n <= 4;
}

static int has_digit(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (isdigit((unsigned char)w[i]))
			return 1;
	return 0;
}

static int all_upper(const char *w, size_t n)
{
	size_t i;
	int letters = 0;

	for (i = 0; i < n; i++) {
		if (islower((unsigned char)w[i]))
			return 0;
		letters += isupper((unsigned char)w[i]) != 0;
	}
	return letters > 0;
}

typedef struct {
	char *out;
	size_t size, len;
} sink;

static void put(sink *k, char c)
{
	if (k->len + 1 < k->size)
		k->out[k->len] = c;
	k->len++;
}

static void finish(sink *k)
{
	if (k->size)
		k->out[k->len < k->size ? k->len : k->size - 1] = '\0';
}

static void put_word(sink *k, const char *w, size_t n, int first, int mixed,
                     const char *const *acronyms)
{
	size_t i;

	if (in_list(w, n, acronyms) || (is_roman(w, n) && !in_list(w, n, joining_words))) {
		for (i = 0; i < n; i++)
			put(k, (char)toupper((unsigned char)w[i]));
	} else if (!first && in_list(w, n, joining_words)) {
		for (i = 0; i < n; i++)
			put(k, (char)tolower((unsigned char)w[i]));
	} else if (has_digit(w, n) || (mixed && n >= 2 && all_upper(w, n))) {
		for (i = 0; i < n; i++)
			put(k, w[i]);
	} else {
		for (i = 0; i < n; i++)
			put(k, (char)(i == 0 ? toupper((unsigned char)w[i]) : tolower((unsigned char)w[i])));
	}
}

/* A word the case rules may change: no acronym, numeral, joining word or
 * digit, and two ASCII letters at least. */
static int ordinary(const char *w, size_t n, const char *const *acronyms)
{
	size_t i, letters = 0;

	for (i = 0; i < n; i++)
		letters += isalpha((unsigned char)w[i]) != 0;
	return letters >= 2 && !in_list(w, n, acronyms) && !in_list(w, n, joining_words) &&
	       !is_roman(w, n) && !has_digit(w, n);
}

/* Was the source written with care, in mixed case: does an ordinary word
 * hold a lower-case letter?  Then its words in capitals are acronyms of
 * its own.  Decided on the ordinary words only, so that the display form
 * decides the same: the form of a form is itself. */
static int source_mixed(const unsigned char *s, const char *const *acronyms)
{
	size_t n, i, blank;

	while (*s) {
		if (is_blank_at(s, &blank)) {
			s += blank;
			continue;
		}
		if (!word_byte(*s) || *s == '\'') {
			s++;
			continue;
		}
		for (n = 0; s[n] && word_byte(s[n]) && !is_blank_at(s + n, &blank); n++)
			;
		if (ordinary((const char *)s, n, acronyms))
			for (i = 0; i < n; i++)
				if (islower(s[i]))
					return 1;
		s += n;
	}
	return 0;
}

size_t asn_names_normalize(const char *str, const char *const *acronyms, char *out, size_t size)
{
	const unsigned char *s = (const unsigned char *)str;
	sink k = { out, size, 0 };
	size_t blank, n;
	int mixed, first = 1, pending_space = 0;

	if (!acronyms)
		acronyms = asn_names_acronyms;
	mixed = source_mixed(s, acronyms);
	while (*s) {
		if (is_blank_at(s, &blank)) {
			s += blank;
			pending_space = k.len > 0;
			continue;
		}
		if (pending_space) {
			put(&k, ' ');
			pending_space = 0;
		}
		if (!word_byte(*s) || *s == '\'') {
			put(&k, (char)*s++);
			continue;
		}
		for (n = 0; s[n] && word_byte(s[n]) && !is_blank_at(s + n, &blank); n++)
			;
		put_word(&k, (const char *)s, n, first, mixed, acronyms);
		first = 0;
		s += n;
	}
	finish(&k);
	return k.len;
}

size_t asn_names_key(const char *s, char *out, size_t size)
{
	size_t n = asn_names_normalize(s, NULL, out, size), i;

	for (i = 0; i < size && out[i]; i++)
		out[i] = (char)tolower((unsigned char)out[i]);
	return n;
}

/* Abbreviations of regional government seen in hand-written needs tables,
 * each with the words it stands for (as loose keys). */
static const struct {
	const char *abbr, *full;
} abbreviations[] = {
	{ "dinkes", "dinaskesehatan" },
	{ "disdik", "dinaspendidikan" },
	{ "disdikbud", "dinaspendidikandankebudayaan" },
	{ "dikbud", "pendidikandankebudayaan" },
	{ "kadis", "kepaladinas" },
	{ "kaban", "kepalabadan" },
	{ "kabid", "kepalabidang" },
	{ "kabag", "kepalabagian" },
	{ "kasubag", "kepalasubbagian" },
	{ "kasubbag", "kepalasubbagian" },
	{ "kasubid", "kepalasubbidang" },
	{ "kasubbid", "kepalasubbidang" },
	{ "kasi", "kepalaseksi" },
	{ "kasie", "kepalaseksi" },
	{ "sekdis", "sekretarisdinas" },
	{ "sekcam", "sekretariscamat" },
	{ "sekda", "sekretarisdaerah" },
	{ "setda", "sekretariatdaerah" },
	{ "setwan", "sekretariatdprd" },
	{ "kapus", "kepalapuskesmas" },
	{ "kapuskesmas", "kepalapuskesmas" },
	{ "pustu", "puskesmaspembantu" },
	{ "kec", "kecamatan" },
	{ "kab", "kabupaten" },
	{ "sdn", "sdnegeri" },
	{ "smpn", "smpnegeri" },
	{ "sman", "smanegeri" },
	{ "smkn", "smknegeri" },
	{ "tkn", "tknegeri" },
	{ "pengadm", "pengadministrasi" },
	{ "adm", "administrasi" },
	{ "pemkab", "pemerintahkabupaten" },
	{ "pem", "pemerintahan" },
	{ "bappeda", "badanperencanaanpembangunandaerah" },
	{ NULL, NULL }
};

size_t asn_names_loose_key(const char *str, char *out, size_t size)
{
	const unsigned char *s = (const unsigned char *)str;
	sink k = { out, size, 0 };
	size_t n, i, a;

	while (*s) {
		if (!isalnum(*s) && *s < 0x80) {
			s++;
			continue;
		}
		for (n = 0; s[n] && (isalnum(s[n]) || s[n] >= 0x80); n++)
			;
		for (a = 0; abbreviations[a].abbr; a++)
			if (strlen(abbreviations[a].abbr) == n &&
			    strncasecmp(abbreviations[a].abbr, (const char *)s, n) == 0)
				break;
		if (abbreviations[a].abbr)
			for (i = 0; abbreviations[a].full[i]; i++)
				put(&k, abbreviations[a].full[i]);
		else
			for (i = 0; i < n; i++)
				put(&k, (char)tolower(s[i]));
		s += n;
	}
	finish(&k);
	return k.len;
}

enum {
	MEMO_MAX = 1 << 16,      /* names remembered; past it each is computed */
	MEMO_NAME_MAX = 1024     /* longer names are computed each time */
};

struct asn_names_memo {
	const char *const *acronyms;
	size_t *slots;           /* entry + 1, 0 empty; a power of two */
	size_t nslots;
	struct { size_t raw, raw_len, norm, norm_len; uint64_t hash; } *entries;
	size_t nentries, cap;
	char *arena;
	size_t arena_len, arena_cap;
	char scratch[MEMO_NAME_MAX];
};

asn_names_memo *asn_names_memo_new(const char *const *acronyms)
{
	asn_names_memo *m = asn_calloc(1, sizeof *m);

	m->acronyms = acronyms;
	m->nslots = 1024;
	m->slots = asn_calloc(m->nslots, sizeof *m->slots);
	return m;
}

void asn_names_memo_free(asn_names_memo *m)
{
	if (!m)
		return;
	free(m->slots);
	free(m->entries);
	free(m->arena);
	free(m);
}

static size_t memo_store(asn_names_memo *m, const char *s, size_t n)
{
	size_t at = m->arena_len;

	if (m->arena_cap - m->arena_len <= n) {
		while (m->arena_cap - m->arena_len <= n)
			m->arena_cap = m->arena_cap ? 2 * m->arena_cap : 65536;
		m->arena = asn_realloc(m->arena, m->arena_cap);
	}
	memcpy(m->arena + at, s, n);
	m->arena[at + n] = '\0';
	m->arena_len += n + 1;
	return at;
}

static void memo_grow(asn_names_memo *m)
{
	size_t i, j, mask;

	free(m->slots);
	m->nslots *= 2;
	m->slots = asn_calloc(m->nslots, sizeof *m->slots);
	mask = m->nslots - 1;
	for (i = 0; i < m->nentries; i++) {
		for (j = m->entries[i].hash & mask; m->slots[j]; j = (j + 1) & mask)
			;
		m->slots[j] = i + 1;
	}
}

const char *asn_names_memo_get(asn_names_memo *m, const char *s, size_t len, size_t *outlen)
{
	char raw[MEMO_NAME_MAX];
	uint64_t h;
	size_t j, mask, e, n;

	if (len >= MEMO_NAME_MAX || memchr(s, '\0', len)) {
		*outlen = asn_names_normalize(s, m->acronyms, m->scratch, sizeof m->scratch);
		if (*outlen >= sizeof m->scratch)
			*outlen = sizeof m->scratch - 1;
		return m->scratch;
	}
	h = asn_hash(s, len);
	mask = m->nslots - 1;
	for (j = h & mask; (e = m->slots[j]) != 0; j = (j + 1) & mask) {
		e--;
		if (m->entries[e].hash == h && m->entries[e].raw_len == len &&
		    memcmp(m->arena + m->entries[e].raw, s, len) == 0) {
			*outlen = m->entries[e].norm_len;
			return m->arena + m->entries[e].norm;
		}
	}
	memcpy(raw, s, len);
	raw[len] = '\0';
	n = asn_names_normalize(raw, m->acronyms, m->scratch, sizeof m->scratch);
	if (n >= sizeof m->scratch)
		n = sizeof m->scratch - 1;
	*outlen = n;
	if (m->nentries >= MEMO_MAX)
		return m->scratch;
	if (m->nentries == m->cap) {
		m->cap = m->cap ? 2 * m->cap : 256;
		m->entries = asn_realloc(m->entries, m->cap * sizeof *m->entries);
	}
	e = m->nentries++;
	m->entries[e].raw = memo_store(m, s, len);
	m->entries[e].raw_len = len;
	m->entries[e].norm = memo_store(m, m->scratch, n);
	m->entries[e].norm_len = n;
	m->entries[e].hash = h;
	m->slots[j] = e + 1;
	if (2 * m->nentries > m->nslots)
		memo_grow(m);
	return m->arena + m->entries[e].norm;
}

typedef struct {
	char *loose;
	size_t index;
} loose_item;

static int by_loose(const void *a, const void *b)
{
	const loose_item *x = a, *y = b;
	int c = strcmp(x->loose, y->loose);

	return c ? c : (x->index > y->index) - (x->index < y->index);
}

/* The loose keys of a position's values, each ended by a unit separator. */
static char *loose_copy(const asn_names_position *p)
{
	const char *v = p->key, *end = p->key + p->len;
	size_t n = 0, k, total;
	char *out;

	for (; v < end; v += strlen(v) + 1)
		n += asn_names_loose_key(v, NULL, 0) + 1;
	total = n;
	out = asn_malloc(total + 1);
	for (n = 0, v = p->key; v < end; v += strlen(v) + 1) {
		k = asn_names_loose_key(v, out + n, total + 1 - n);
		n += k;
		out[n++] = '\x1f';
	}
	out[n] = '\0';
	return out;
}

size_t asn_names_near_misses(const asn_names_position *unstaffed, size_t n,
                             const asn_names_position *unneeded, size_t m,
                             void (*found)(void *ctx, size_t i, size_t j), void *ctx)
{
	loose_item *items, *hit;
	size_t i, count = 0;

	if (!n || !m)
		return 0;
	items = asn_calloc(m, sizeof *items);
	for (i = 0; i < m; i++) {
		items[i].loose = loose_copy(&unneeded[i]);
		items[i].index = i;
	}
	qsort(items, m, sizeof *items, by_loose);
	for (i = 0; i < n; i++) {
		size_t lo = 0, hi = m, mid;
		char *loose = loose_copy(&unstaffed[i]);

		/* the first staffed position of that loose key */
		while (lo < hi) {
			mid = (lo + hi) / 2;
			if (strcmp(items[mid].loose, loose) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		hit = lo < m && strcmp(items[lo].loose, loose) == 0 ? &items[lo] : NULL;
		if (hit) {
			count++;
			found(ctx, i, hit->index);
		}
		free(loose);
	}
	for (i = 0; i < m; i++)
		free(items[i].loose);
	free(items);
	return count;
}

enum { NEAR_MISS_EXAMPLES = 5 };

typedef struct {
	const char *const *columns;
	const asn_names_position *unstaffed, *unneeded;
	size_t count;
} miss_report;

/* "unit 'X', jabatan 'Y'" of a position. */
static void describe(const char *const *columns, const asn_names_position *p, char *buf,
                     size_t size)
{
	const char *v = p->key, *end = p->key + p->len;
	size_t k, len = 0;

	buf[0] = '\0';
	for (k = 0; v < end && len < size; k++, v += strlen(v) + 1)
		len += (size_t)snprintf(buf + len, size - len, "%s%s '%s'", k ? ", " : "",
		                        columns[k], v);
}

static void tell_miss(void *ctx, size_t i, size_t j)
{
	miss_report *m = ctx;
	char a[1024], b[1024];

	if (m->count++ >= NEAR_MISS_EXAMPLES || asn_quiet)
		return;
	describe(m->columns, &m->unstaffed[i], a, sizeof a);
	describe(m->columns, &m->unneeded[j], b, sizeof b);
	asn_warn("warning: NEEDS position %s has no staff, but staff hold %s with no need: "
	         "the same position spelt another way?", a, b);
}

size_t asn_names_warn_near_misses(const char *const *columns,
                                  const asn_names_position *unstaffed, size_t n,
                                  const asn_names_position *unneeded, size_t m)
{
	miss_report r = { columns, unstaffed, unneeded, 0 };

	asn_names_near_misses(unstaffed, n, unneeded, m, tell_miss, &r);
	if (r.count > NEAR_MISS_EXAMPLES && !asn_quiet)
		asn_warn("warning: %zu NEEDS positions in all nearly match staffed positions "
		         "(first %d shown): correct their names in the NEEDS table", r.count,
		         NEAR_MISS_EXAMPLES);
	return r.count;
}
