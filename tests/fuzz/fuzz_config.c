#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "config.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A configuration that loads must print as YAML that loads back the same. */
static void
check_round_trip(const asn_config *cfg)
{
	asn_config again;
	char err[512], *text = NULL;
	size_t len = 0;
	FILE *f;

	if ((f = open_memstream(&text, &len)) == NULL)
		return;
	asn_config_print(cfg, f);
	fclose(f);
	if (asn_config_load_string(&again, text, len, "printed", err, sizeof(err)) < 0 ||
	    !asn_config_equal(cfg, &again))
		abort();
	asn_config_free(&again);
	free(text);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	asn_config cfg;
	char err[512];

	if (asn_config_load_string(&cfg, (const char *)data, size, "fuzz", err,
	    sizeof(err)) == 0)
		check_round_trip(&cfg);
	asn_config_free(&cfg);
	return 0;
}
