#!/usr/bin/env bats
# Every option a program accepts is in its --help, its man page and its
# bash, zsh and fish completions, and none of them offers one it lacks.
# A failure names the program, the two places and the options that differ.

load helper

# The programs under test (asn-report too: its options are all in place).
PROGRAMS=(import gap forecast score report)

# Long options, one per line, sorted, of each place.
src_long() {
	src_pairs_all "$1" | sed 's/^-[a-zA-Z] //; s/^ *//' | sort -u
}
# Every option of the program's option table: "-x --long", or " --long"
# for one with no short letter.
src_pairs_all() {
	local f=$ROOT/cmd/asn-$1.c
	sed -n '/asn_option options\[\]/,/ASN_OPTION_END/p' "$f" |
		sed -E "s/ASN_OPTION_CONFIG/{ 'c', \"config\"/; s/ASN_OPTION_DELIMITER/{ 'd', \"delimiter\"/;
			s/ASN_OPTION_OUTPUT/{ 'o', \"output\"/; s/ASN_OPTION_AS_OF/{ X, \"as-of\"/;
			s/ASN_OPTION_QUIET/{ 'q', \"quiet\"/; s/ASN_OPTION_HELP/{ 'h', \"help\"/;
			s/ASN_OPTION_VERSION/{ 'V', \"version\"/;
			s/ASN_OPTION_PRINT_CONFIG\(/{ X, \"print-config\", /" |
		grep -oE "\\{ *('[a-zA-Z]'|[A-Z_]+), *\"[a-z0-9-]+\"" |
		sed -E "s/\\{ *'(.)', *\"(.*)\"/-\\1 --\\2/; s/\\{ *[A-Z_]+, *\"(.*)\"/ --\\1/"
}
help_long() {
	"asn-$1" --help | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u
}
# The man page's SYNOPSIS and the tags of its OPTIONS list, not the prose
# (which may quote another program's options).
man_options() {
	awk '/^\.SH/ { sec = $2; tag = 0; next }
	    sec == "SYNOPSIS" || (sec == "OPTIONS" && tag)
	    { tag = ($1 == ".TP") }' "$ROOT/cmd/asn-$1.1" | sed 's/\\-/-/g; s/\\f[BIRP]//g'
}
man_long() {
	man_options "$1" | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u
}
bash_long() {
	grep -oE -- '--[a-z][a-z0-9-]*' "$ROOT/completions/bash/asn-$1" | sort -u
}
zsh_long() {
	grep -oE -- '--[a-z][a-z0-9-]*' "$ROOT/completions/zsh/_asn-$1" | sort -u
}
fish_long() {
	grep -oE -- '(-l|--long-option) [a-z][a-z0-9-]*' "$ROOT/completions/fish/asn-$1.fish" |
		sed 's/^[^ ]* /--/' | sort -u
}

# Short options with their long name, "-x --long" per line, sorted.
src_pairs() {
	src_pairs_all "$1" | grep '^-' | sort -u
}
help_pairs() {
	"asn-$1" --help | grep -oE -- '^ +-[a-zA-Z], --[a-z0-9-]+' | sed 's/^ *//; s/,//' | sort -u
}
man_pairs() {
	man_options "$1" | grep -oE -- '-[a-zA-Z] *", *" *--[a-z0-9-]+' |
		sed -E 's/ *", *" */ /' | sort -u
}
bash_pairs() {
	tr '\n\t' '  ' < "$ROOT/completions/bash/asn-$1" | grep -oE "compgen -W '-[^']*'" |
		grep -oE -- "[ ']-[a-zA-Z] +--[a-z0-9-]+" | cut -c2- | tr -s ' ' | sort -u
}
zsh_pairs() {
	grep -oE -- '\{-[a-zA-Z],--[a-z0-9-]+\}' "$ROOT/completions/zsh/_asn-$1" | tr -d '{}' | tr , ' ' |
		sort -u
}
fish_pairs() {
	grep -oE -- '-s [a-zA-Z] -l [a-z0-9-]+' "$ROOT/completions/fish/asn-$1.fish" |
		sed 's/-s /-/; s/ -l / --/' | sort -u
}

# compare KIND A B: for every program, the options of place A equal those of
# place B; prints each difference and fails after checking all programs.
compare() {
	local p a b only_a only_b bad=0

	for p in "${PROGRAMS[@]}"; do
		a=$("$2_$1" "$p")
		b=$("$3_$1" "$p")
		only_a=$(comm -23 <(echo "$a") <(echo "$b") | tr '\n' ' ')
		only_b=$(comm -13 <(echo "$a") <(echo "$b") | tr '\n' ' ')
		[[ -n $a ]] || { echo "asn-$p: no options found in $2"; bad=1; }
		[[ -n $b ]] || { echo "asn-$p: no options found in $3"; bad=1; }
		if [[ -n $only_a ]]; then
			echo "asn-$p: in $2, not in $3: $only_a"
			bad=1
		fi
		if [[ -n $only_b ]]; then
			echo "asn-$p: in $3, not in $2: $only_b"
			bad=1
		fi
	done
	return $bad
}

@test "options: the option table and --help give the same long options" {
	compare long src help
}

@test "options: --help and the man page give the same long options" {
	compare long help man
}

@test "options: --help and the bash completion give the same long options" {
	compare long help bash
}

@test "options: --help and the zsh completion give the same long options" {
	compare long help zsh
}

@test "options: --help and the fish completion give the same long options" {
	compare long help fish
}

@test "options: each short option stands for the same long one everywhere" {
	local bad=0

	compare pairs src help || bad=1
	compare pairs help man || bad=1
	compare pairs help bash || bad=1
	compare pairs help zsh || bad=1
	compare pairs help fish || bad=1
	return $bad
}

@test "options: usage() is the man page's synopsis, option for option" {
	local p u s

	for p in "${PROGRAMS[@]}"; do
		u=$("asn-$p" --help | awk '/^$/ { exit } { print }' |
			grep -oE -- '(^|[ [|])--?[a-zA-Z][a-zA-Z0-9-]*' | sed 's/^[ [|]//' | sort -u)
		s=$(awk '/^\.SH/ { sec = $2; next } sec == "SYNOPSIS"' "$ROOT/cmd/asn-$p.1" |
			sed 's/\\-/-/g; s/\\f[BIRP]//g' |
			grep -oE -- '(^|[ [|"])--?[a-zA-Z][a-zA-Z0-9-]*' | sed 's/^[ [|"]//' | sort -u)
		[[ $u == "$s" ]] || { echo "asn-$p: usage [$(echo $u)] synopsis [$(echo $s)]"; false; }
		# the usage line on a bad option is the first line of --help
		run --separate-stderr "asn-$p" --no-such-option
		assert_equal "$status" 2
		[[ $stderr == *"$("asn-$p" --help | head -1)"* ]] || { echo "asn-$p: $stderr"; false; }
	done
}

@test "options: -h, --help, -V and --version work alike and exit 0" {
	for p in "${PROGRAMS[@]}"; do
		run --separate-stderr "asn-$p" -V
		assert_success
		assert_equal "$output" "asn-$p 0.1.0"
		run --separate-stderr "asn-$p" --version
		assert_equal "$output" "asn-$p 0.1.0"
		run --separate-stderr "asn-$p" -h
		assert_success
		h=$output
		run --separate-stderr "asn-$p" --help
		assert_equal "$output" "$h"
		assert_equal "$stderr" ""
	done
}

@test "options: every option with a value refuses a missing value with exit 2" {
	local p o

	for p in "${PROGRAMS[@]}"; do
		for o in $("asn-$p" --help | grep -oE -- '^ +(-[a-zA-Z], )?--[a-z0-9-]+ [A-Z]+' |
			grep -oE -- '--[a-z0-9-]+'); do
			run --separate-stderr "asn-$p" "$o"
			[[ $status -eq 2 && $stderr == *"requires an argument"* ]] ||
				{ echo "asn-$p $o: status $status: $stderr"; false; }
		done
	done
}

@test "options: the man page of each program uses its macros without warnings" {
	command -v groff > /dev/null || skip "groff is not installed"
	for p in "${PROGRAMS[@]}"; do
		run --separate-stderr groff -man -Tutf8 -wmac -z "$ROOT/cmd/asn-$p.1"
		assert_success
		assert_equal "$stderr" ""
	done
}

@test "options: the completions in completions/ are those the option table makes" {
	local p bad=0
	for p in "${PROGRAMS[@]}"; do
		"asn-$p" --completion bash | diff - "$ROOT/completions/bash/asn-$p" || bad=1
		"asn-$p" --completion zsh | diff - "$ROOT/completions/zsh/_asn-$p" || bad=1
		"asn-$p" --completion fish | diff - "$ROOT/completions/fish/asn-$p.fish" || bad=1
	done
	((bad == 0)) || { echo "run 'make completions'"; false; }
	run --separate-stderr asn-gap --completion tcsh
	assert_equal "$status" 2
	assert_equal "$stderr" "asn-gap: invalid value 'tcsh' for --completion: expected bash, zsh or fish"
}

@test "options: --help and the usage stay within 80 columns" {
	local p
	for p in "${PROGRAMS[@]}"; do
		run --separate-stderr "asn-$p" --help
		assert_success
		refute_line --regexp '^.{81,}$'
		run --separate-stderr "asn-$p" --no-such-option
		[[ $(awk 'length > 80' <<< "$stderr") == "" ]] || { echo "asn-$p: $stderr"; false; }
	done
}
