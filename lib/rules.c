#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cli.h"
#include "rules.h"
#include "text.h"

/* PP 11/2017 art. 239-240: the first rule that fits, else the default. */
int
asn_rules_bup(const asn_config *cfg, const char *jenis_jabatan, const char *jabatan)
{
	const asn_bup_rule *r;
	size_t i;

	for (i = 0; i < cfg->nbup_rules; i++) {
		r = &cfg->bup_rules[i];
		if (r->jenis_jabatan != NULL && (jenis_jabatan == NULL ||
		    strcasecmp(r->jenis_jabatan, jenis_jabatan) != 0))
			continue;
		if (r->jabatan != NULL &&
		    (jabatan == NULL || !asn_glob_match(r->jabatan, jabatan)))
			continue;
		return r->bup;
	}
	return cfg->bup_default;
}

/* PP 11/2017 art. 239: the first day of the month after the BUP birthday's
 * month; only the month counts, so 29 February needs no special case. */
asn_date
asn_rules_retirement_date(asn_date birth, int bup)
{
	asn_date birthday = { birth.year + bup, birth.month, 1 };

	return asn_date_first_of_next_month(birthday);
}

/* Initial rank by education (PP 11/2017 art. 35; Perka BKN). */
int
asn_rules_entry_golongan(const char *pendidikan)
{
	static const struct {
		const char *pendidikan;
		int golongan;
	} entry[] = {
		{ "SD", 0 }, { "SMP", 2 }, { "SMA", 4 }, { "D1", 4 }, { "D2", 5 },
		{ "D3", 6 }, { "D4", 8 }, { "S1", 8 }, { "S2", 9 }, { "S3", 10 },
	};
	size_t i;

	if (pendidikan == NULL)
		return -1;
	for (i = 0; i < sizeof(entry) / sizeof(entry[0]); i++)
		if (strcasecmp(entry[i].pendidikan, pendidikan) == 0)
			return entry[i].golongan;
	return -1;
}

int asn_rules_kedudukan_active(const asn_config *cfg, const char *kedudukan)
{
	size_t i;

	if (!kedudukan || !*kedudukan)
		return 1;
	if (!cfg)
		return strcasecmp(kedudukan, "aktif") == 0;
	for (i = 0; i < cfg->nkedudukan_aktif; i++)
		if (strcasecmp(kedudukan, cfg->kedudukan_aktif[i]) == 0)
			return 1;
	return 0;
}

int asn_rules_kedudukan_left(const char *kedudukan)
{
	/* BKN KEDUDUKAN HUKUM 66-99: out of the service */
	static const char *const left[] = {
		"pensiun", "diberhentikan", "punah", "bup", "berhenti_tanpa_pensiun",
		"berhenti_dengan_pensiun", "pembatalan_nip", "tms_pengadaan", NULL
	};
	size_t i;

	for (i = 0; kedudukan && left[i]; i++)
		if (strcasecmp(kedudukan, left[i]) == 0)
			return 1;
	return 0;
}

asn_post asn_rules_in_post(const asn_config *cfg, const char *kedudukan, const char *pensiun,
                           size_t pensiun_len, asn_date as_of)
{
	asn_date d;

	if (asn_date_parse_iso(pensiun, pensiun_len, &d) != 0)
		return ASN_POST_INVALID;
	if (!asn_rules_kedudukan_active(cfg, kedudukan))
		return ASN_NOT_IN_POST_KEDUDUKAN;
	return asn_date_cmp(as_of, d) < 0 ? ASN_IN_POST : ASN_NOT_IN_POST_RETIRED;
}

void asn_post_tally_add(asn_post_tally *t, const char *reason)
{
	size_t i;

	t->total++;
	for (i = 0; i < t->nitems; i++)
		if (strcmp(t->items[i].reason, reason) == 0) {
			t->items[i].n++;
			return;
		}
	t->items = asn_realloc(t->items, (t->nitems + 1) * sizeof *t->items);
	t->items[t->nitems].reason = asn_strdup(reason);
	t->items[t->nitems++].n = 1;
}

void asn_post_tally_format(const asn_post_tally *t, char *buf, size_t size)
{
	size_t i, n;

	n = (size_t)snprintf(buf, size, "%llu", t->total);
	for (i = 0; i < t->nitems && n < size; i++)
		n += (size_t)snprintf(buf + n, size - n, "%s%s %llu", i ? ", " : " (",
		                      t->items[i].reason, t->items[i].n);
	if (t->nitems && n < size)
		snprintf(buf + n, size - n, ")");
}

void asn_post_tally_free(asn_post_tally *t)
{
	size_t i;

	for (i = 0; i < t->nitems; i++)
		free(t->items[i].reason);
	free(t->items);
	memset(t, 0, sizeof *t);
}
