/* Temporary files for the unit tests: a table written to read back, and
 * what a stream got. */
#ifndef ASN_TEST_FILES_H
#define ASN_TEST_FILES_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* text into a new temporary file; path is a mkstemp template, filled in. */
static inline void test_write_file(char *path, const char *text)
{
	int fd = mkstemp(path);
	size_t len = strlen(text);

	if (fd < 0 || write(fd, text, len) != (ssize_t)len)
		abort();
	close(fd);
}

/* Everything written to f, into buf (size bytes with the NUL); f is
 * closed. */
static inline char *test_read_back(FILE *f, char *buf, size_t size)
{
	size_t n;

	rewind(f);
	n = fread(buf, 1, size - 1, f);
	buf[n] = '\0';
	fclose(f);
	return buf;
}

#endif
