#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "test.h"
#include "cli.h"

static int entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	if (!d)
		return -1;
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			n++;
	closedir(d);
	return n;
}

int main(void)
{
	char dir[] = "/tmp/asn-test-cli.XXXXXX", path[256], buf[64];
	asn_output *o;
	asn_date d;
	struct stat st;
	FILE *f;

	asn_cli_init("test_cli");
	CHECK(asn_cli_format(buf, 8, "%s-%d", "abcdef", 42) == 7 && strcmp(buf, "abcdef-") == 0,
	      "asn_cli_format: cut to the buffer, the length written");
	CHECK(asn_cli_format(buf, sizeof buf, "read %llu", 1234ULL) == 9 &&
	      strcmp(buf, "read 1234") == 0, "asn_cli_format: no flag, no grouping");
	CHECK(asn_cli_as_of("2024-02-29", &d) == 0 && d.year == 2024 && d.month == 2 && d.day == 29,
	      "--as-of parsed");
	setenv("SOURCE_DATE_EPOCH", "1761955200", 1);
	CHECK(asn_cli_as_of(NULL, &d) == 0 && d.year == 2025 && d.month == 11 && d.day == 1,
	      "SOURCE_DATE_EPOCH gives 2025-11-01");
	setenv("SOURCE_DATE_EPOCH", "0", 1);
	CHECK(asn_cli_as_of(NULL, &d) == 0 && d.year == 1970 && d.month == 1 && d.day == 1,
	      "SOURCE_DATE_EPOCH 0 is 1970-01-01");
	CHECK_INT(asn_cli_long("42", "years", 1, 100), 42, "integer option");
	CHECK(asn_cli_double("0.025", "exit-rate", 0, 1) == 0.025, "number option");
	CHECK_INT(asn_cli_delimiter(";", "delimiter"), ';', "delimiter ;");
	CHECK_INT(asn_cli_delimiter("tab", "delimiter"), '\t', "delimiter tab");

	if (!mkdtemp(dir)) {
		CHECK(0, "mkdtemp");
		return TEST_DONE();
	}
	snprintf(path, sizeof path, "%s/out.csv", dir);
	o = asn_output_open(path);
	fputs("a,b\n", asn_output_file(o));
	fflush(asn_output_file(o));
	CHECK(stat(path, &st) != 0, "the target does not exist before close");
	CHECK_INT(entries(dir), 1, "one temporary file beside it");
	asn_output_close(o);
	CHECK(stat(path, &st) == 0 && S_ISREG(st.st_mode), "the target exists after close");
	CHECK_INT(entries(dir), 1, "no temporary file left");
	f = fopen(path, "r");
	CHECK(f && fgets(buf, sizeof buf, f) && strcmp(buf, "a,b\n") == 0, "content written");
	if (f)
		fclose(f);

	o = asn_output_open(path);
	fputs("half", asn_output_file(o));
	asn_output_abort(o);
	f = fopen(path, "r");
	CHECK(f && fgets(buf, sizeof buf, f) && strcmp(buf, "a,b\n") == 0,
	      "an aborted output leaves the old file as it was");
	if (f)
		fclose(f);
	CHECK_INT(entries(dir), 1, "and no temporary file");
	unlink(path);
	rmdir(dir);

	/* a device is written in place, never replaced by a rename */
	o = asn_output_open("/dev/null");
	fputs("x\n", asn_output_file(o));
	asn_output_close(o);
	CHECK(stat("/dev/null", &st) == 0 && S_ISCHR(st.st_mode), "/dev/null is still a device");
	return TEST_DONE();
}
