#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "spool.h"

struct asn_spool {
	FILE *f;
};

asn_spool *asn_spool_open(void)
{
	asn_spool *s = asn_calloc(1, sizeof *s);

	if (!(s->f = tmpfile()))
		asn_die(ASN_EXIT_INPUT, "cannot create a temporary file:");
	return s;
}

FILE *asn_spool_file(asn_spool *s)
{
	return s->f;
}

static void fail(const char *what, int err)
{
	asn_die(ASN_EXIT_INPUT, "temporary file of the rows held for --strict: %s error: %s", what,
	        strerror(err ? err : EIO));
}

void asn_spool_copy(asn_spool *s, asn_output *out)
{
	char buf[65536];
	FILE *to = asn_output_file(out);
	size_t n;

	errno = 0;
	if (fflush(s->f) != 0 || ferror(s->f))
		fail("write", errno);
	rewind(s->f);
	while ((n = fread(buf, 1, sizeof buf, s->f)) > 0) {
		fwrite(buf, 1, n, to);
		asn_output_check(out);
	}
	if (ferror(s->f))
		fail("read", errno);
}

void asn_spool_close(asn_spool *s)
{
	if (!s)
		return;
	fclose(s->f);
	free(s);
}
