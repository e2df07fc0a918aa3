#include <stddef.h>
#include <strings.h>

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
