/* Selection rules from any bytes: they load or are refused with a message,
 * and rules that load give every candidate a nilai akhir within its bounds
 * (0 to 100 with weights, 0 to the sum of the maxima without). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "seleksi.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_bounds(const asn_seleksi *s)
{
	asn_seleksi_peserta p;
	int64_t *nilai = calloc(s->ntes + s->ngrup, sizeof *nilai), top, v, unit = 1;
	size_t t, g, i;
	int k, full;

	if (!nilai)
		return;
	for (k = 0; k < s->desimal; k++)
		unit *= 10;
	for (full = 0; full < 2; full++) {
		memset(&p, 0, sizeof p);
		p.nilai = nilai;
		top = 0;
		for (t = 0; t < s->ntes; t++) {
			nilai[t] = full ? s->tes[t].maks : 0;
			top += s->tes[t].maks;
		}
		for (g = 0; g < s->ngrup; g++)
			for (nilai[s->ntes + g] = 0, i = 0; i < s->grup[g].ntes; i++)
				nilai[s->ntes + g] += nilai[s->grup[g].tes[i]];
		v = asn_seleksi_akhir(s, &p);
		if (v < 0 || (!full && v != 0))
			abort();
		if (full && s->weighted && v != 100 * unit)
			abort();
		if (full && !s->weighted && (v - 1) / unit > top / ASN_SELEKSI_SCALE)
			abort();
	}
	free(nilai);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	asn_seleksi s;
	char err[512], *text;
	int64_t v;

	if (asn_seleksi_load_string(&s, (const char *)data, size, "fuzz", err, sizeof err) == 0) {
		check_bounds(&s);
		asn_seleksi_free(&s);
	}
	/* the same bytes as a score */
	if ((text = malloc(size + 1)) != NULL) {
		memcpy(text, data, size);
		text[size] = '\0';
		if (asn_seleksi_decimal(text, 1000 * ASN_SELEKSI_SCALE, &v) == 0 &&
		    (v < 0 || v > 1000 * ASN_SELEKSI_SCALE))
			abort();
		free(text);
	}
	return 0;
}
