#!/usr/bin/env bats
# The completions of every program, in bash, fish and zsh as installed:
# options, the values an option takes, and file names with blanks.

load helper

PROGS=(asn-import asn-gap asn-forecast asn-score asn-report)

setup() {
	cd "$BATS_TEST_TMPDIR" || return 1
	mkdir "sub dir"
	: > "my file.csv"
	: > "peta jabatan.yaml"
	: > notes.txt
}

# The long options of a program's --help.
long_options() {
	"$1" --help | grep -o -- '--[a-z][a-z-]*' | sort -u
}

# bash_complete WORDS...: COMPREPLY of the program's bash completion for the
# command line WORDS (the last one being completed), one per line.
bash_complete() {
	local prog=$1
	bash -c '
		shopt -s extglob progcomp
		source "$0"
		COMP_WORDS=("${@:1}")
		COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
		fn=$(complete -p "$1" | sed "s/.*-F \([^ ]*\) .*/\1/")
		"$fn" "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
		printf "%s\n" "${COMPREPLY[@]}"' "$ROOT/completions/bash/$prog" "$@"
}

@test "completions: bash gives every long option, delimiters, and file names with blanks" {
	local p
	for p in "${PROGS[@]}"; do
		run bash_complete "$p" --
		assert_success
		assert_equal "$(sort -u <<< "$output")" "$(long_options "$p")"
		run bash_complete "$p" -d ''
		assert_equal "$(sort <<< "$output" | tr '\n' ' ')" ", ; tab | "
		run bash_complete "$p" -c ''
		assert_line "peta jabatan.yaml"
		assert_line "sub dir"
		refute_line "notes.txt"
		run bash_complete "$p" ''
		assert_line "my file.csv"
	done
	run bash_complete asn-gap -n ''
	assert_line "my file.csv"
	assert_line "sub dir"
	refute_line "notes.txt"
}

@test "completions: fish gives every long option and the delimiters, without an error" {
	command -v fish > /dev/null || skip "fish not installed (apt-get install fish)"
	local p
	for p in "${PROGS[@]}"; do
		run --separate-stderr fish -c "source '$ROOT/completions/fish/$p.fish'; complete -C '$p --'"
		assert_success
		assert_equal "$stderr" ""
		assert_equal "$(cut -f1 <<< "$output" | sort -u)" "$(long_options "$p")"
		run --separate-stderr fish -c "source '$ROOT/completions/fish/$p.fish'; complete -C '$p -d '"
		assert_equal "$stderr" ""
		assert_equal "$(cut -f1 <<< "$output" | sort | tr '\n' ' ')" ", ; tab | "
		run --separate-stderr fish -c "source '$ROOT/completions/fish/$p.fish'; complete -C '$p my'"
		assert_equal "$stderr" ""
		assert_line "my file.csv"
	done
}

@test "completions: zsh completes the delimiters and options without a parse error" {
	command -v zsh > /dev/null || skip "zsh not installed (apt-get install zsh)"
	zsh -f "$BATS_TEST_DIRNAME/completions.zsh" "$ROOT/completions/zsh" 'asn-gap -d ' > d.out 2>&1
	grep -q 'tab' d.out
	! grep -q 'parse error' d.out
	zsh -f "$BATS_TEST_DIRNAME/completions.zsh" "$ROOT/completions/zsh" 'asn-import --print-' > o.out 2>&1
	grep -q 'print-config' o.out
	grep -q 'print-map' o.out
	! grep -q 'parse error' o.out
}

# The monthly job is a script: its completions are written by hand, after
# its --help, and must give every option the help names.
@test "completions: asn-monthly-report in bash, fish and zsh: every option of its --help" {
	local help
	help=$(bash "$ROOT/examples/monthly-report.sh" --help | grep -o -- '--[a-z][a-z-]*' | sort -u)
	run bash_complete asn-monthly-report --
	assert_success
	assert_equal "$(sort -u <<< "$output")" "$help"
	run bash_complete asn-monthly-report --data ''
	assert_line "sub dir"
	refute_line "my file.csv"
	run bash_complete asn-monthly-report --config ''
	assert_line "peta jabatan.yaml"
	refute_line "notes.txt"
	run bash_complete asn-monthly-report --kuota b
	assert_output "batas"
	if command -v fish > /dev/null; then
		run --separate-stderr fish -c "source '$ROOT/completions/fish/asn-monthly-report.fish'; complete -C 'asn-monthly-report --'"
		assert_equal "$stderr" ""
		assert_equal "$(cut -f1 <<< "$output" | sort -u)" "$help"
	fi
	if command -v zsh > /dev/null; then
		zsh -f "$BATS_TEST_DIRNAME/completions.zsh" "$ROOT/completions/zsh" 'asn-monthly-report --ku' > k.out 2>&1
		grep -q 'kuota' k.out
		! grep -q 'parse error' k.out
	fi
}
