/* Runs a command with stdin and stdout redirected and prints its wall time
 * in seconds and peak resident memory in KiB: "SECONDS KIB STATUS".
 * usage: measure INPUT OUTPUT command [args...] */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char *argv[])
{
	struct timespec t0, t1;
	struct rusage ru;
	int status, fd;
	pid_t pid;

	if (argc < 4) {
		fprintf(stderr, "usage: measure input output command [args...]\n");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = fork();
	if (pid < 0) {
		perror("fork");
		return 2;
	}
	if (pid == 0) {
		if ((fd = open(argv[1], O_RDONLY)) < 0 || dup2(fd, 0) < 0)
			_exit(126);
		if ((fd = open(argv[2], O_WRONLY | O_CREAT | O_TRUNC, 0644)) < 0 || dup2(fd, 1) < 0)
			_exit(126);
		execvp(argv[3], argv + 3);
		_exit(127);
	}
	/* one child only, so the children's peak is the command's peak */
	if (waitpid(pid, &status, 0) < 0 || getrusage(RUSAGE_CHILDREN, &ru) < 0) {
		perror("waitpid");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%.4f %ld %d\n", (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9,
	       ru.ru_maxrss, WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
	return 0;
}
