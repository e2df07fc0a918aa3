#!/usr/bin/env bats
# The shape of the code: lib modules that depend on each other one way,
# files short enough to read.

load helper

# The build under test: tests/run BUILD puts BUILD/bin in ASN_BIN.  Under
# tests/valgrind.sh the programs are wrappers elsewhere; the objects are
# then those of build/.
B=$(dirname "$ASN_BIN")
[[ -d $B/lib ]] || B=$ROOT/build

@test "house: no module of the report is in a cycle of lib modules" {
	run sh "$ROOT/tests/tools/lib-cycles.sh" "$B"
	[[ $status -le 1 ]] || { echo "$output"; false; }
	refute_output --regexp '(: |-> )(report[a-z_]*|svg|numfmt) '
}

@test "house: no two lib modules call each other, directly or through others" {
	run sh "$ROOT/tests/tools/lib-cycles.sh" "$B"
	assert_success
	assert_output ""
}

@test "house: the cycle checker finds a cycle and names its steps" {
	local d=$BATS_TEST_TMPDIR/build

	mkdir -p "$d/lib"
	printf 'int b(void);\nint a(void) { return b(); }\n' > a.c
	printf 'int c(void);\nint b(void) { return c(); }\n' > b.c
	printf 'int a(void);\nint c(void) { return a(); }\nint d(void) { return 0; }\n' > c.c
	printf 'int d(void);\nint e(void) { return d(); }\n' > e.c
	for m in a b c e; do
		cc -c -o "$d/lib/$m.o" "$m.c"
	done
	run sh "$ROOT/tests/tools/lib-cycles.sh" "$d"
	assert_failure 1
	assert_output "lib cycle: a -> b (b) -> c (c) -> a (a)"
	rm "$d/lib/c.o"
	run sh "$ROOT/tests/tools/lib-cycles.sh" "$d"
	assert_success
	assert_output ""
	run sh "$ROOT/tests/tools/lib-cycles.sh" "$BATS_TEST_TMPDIR/nowhere"
	assert_failure 2
}

@test "house: no file of the report over 1,000 lines" {
	run awk 'FNR == 1001 { print FILENAME }' "$ROOT"/lib/report* "$ROOT"/lib/svg.* \
		"$ROOT"/lib/numfmt.*
	assert_output ""
}

@test "house: no lib/*.c file over 1,000 lines" {
	run awk 'FNR == 1001 { print FILENAME }' "$ROOT"/lib/*.c
	assert_output ""
}

@test "house: no program in cmd/ over 700 lines: a program is a story, its logic in lib/" {
	run awk 'FNR == 701 { print FILENAME }' "$ROOT"/cmd/*.c
	assert_output ""
}
