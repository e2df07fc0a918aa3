#!/usr/bin/env bats
# make install and make uninstall into a staging directory (DESTDIR), as a
# package build does: every file in its place, every program runs from
# there, and uninstall leaves no file behind.

load helper

# The programs installed (asn-report is built like the others).
PROGRAMS=(import gap forecast score report)
# The Indonesian man pages shipped (man/id/man1), installed in share/man/id/man1.
ID_PAGES=(import gap forecast score report monthly-report)

# make with the repository's own build directory; quiet unless it fails.
mk() {
	run make --no-print-directory -C "$ROOT" "$@"
	[[ $status -eq 0 ]] || { echo "make $*: status $status"; echo "$output" | tail -20; return 1; }
}

setup_file() {
	# the build is shared with the other suites: bring it up to date once
	make --no-print-directory -C "$ROOT" all > /dev/null
}

@test "install: make install DESTDIR=... PREFIX=/usr puts every file in its place" {
	local d=$BATS_TEST_TMPDIR/stage p

	mk install DESTDIR="$d" PREFIX=/usr
	for p in "${PROGRAMS[@]}"; do
		[[ -f $d/usr/bin/asn-$p && -x $d/usr/bin/asn-$p ]]
		[[ -f $d/usr/share/man/man1/asn-$p.1 ]]
		[[ -f $d/usr/share/bash-completion/completions/asn-$p ]]
		[[ -f $d/usr/share/zsh/site-functions/_asn-$p ]]
		[[ -f $d/usr/share/fish/vendor_completions.d/asn-$p.fish ]]
		cmp "$ROOT/cmd/asn-$p.1" "$d/usr/share/man/man1/asn-$p.1"
	done
	[[ -f $d/usr/share/asn-toolkit/config.yaml ]]
	cmp "$ROOT/examples/asn.yaml" "$d/usr/share/asn-toolkit/config.yaml"
	# the monthly job, with its man page
	cmp "$ROOT/examples/monthly-report.sh" "$d/usr/bin/asn-monthly-report"
	cmp "$ROOT/cmd/asn-monthly-report.1" "$d/usr/share/man/man1/asn-monthly-report.1"
	cmp "$ROOT/completions/bash/asn-monthly-report" \
		"$d/usr/share/bash-completion/completions/asn-monthly-report"
	# the Indonesian catalog, made from po/id.po
	[[ -f $d/usr/share/locale/id/LC_MESSAGES/asn-toolkit.mo ]]
	cmp "$ROOT/build/locale/id/LC_MESSAGES/asn-toolkit.mo" \
		"$d/usr/share/locale/id/LC_MESSAGES/asn-toolkit.mo"
	# the Indonesian man pages
	for p in "${ID_PAGES[@]}"; do
		cmp "$ROOT/man/id/man1/asn-$p.1" "$d/usr/share/man/id/man1/asn-$p.1"
	done
	# nothing else (the monthly job: script, page, 3 completions), and
	# nothing outside PREFIX
	run sh -c 'cd "$1" && find . -type f | sort' sh "$d"
	assert_equal "${#lines[@]}" $((5 * ${#PROGRAMS[@]} + 1 + 5 + 1 + ${#ID_PAGES[@]}))
	run sh -c 'cd "$1" && find . -type f ! -path "./usr/*"' sh "$d"
	assert_output ""
}

@test "install: modes are 755 for programs, 644 for the rest" {
	local d=$BATS_TEST_TMPDIR/stage

	mk install DESTDIR="$d" PREFIX=/usr
	run sh -c 'cd "$1" && find . -type f -perm 755 | sort' sh "$d"
	assert_equal "$output" "$(printf './usr/bin/asn-%s\n' "${PROGRAMS[@]}" monthly-report | sort)"
	run sh -c 'cd "$1" && find . -type f ! -perm 755 ! -perm 644' sh "$d"
	assert_output ""
}

@test "install: each installed program runs: --version, --help, a real run" {
	local d=$BATS_TEST_TMPDIR/stage p

	mk install DESTDIR="$d" PREFIX=/usr
	for p in "${PROGRAMS[@]}"; do
		run --separate-stderr "$d/usr/bin/asn-$p" --version
		assert_success
		assert_equal "$output" "asn-$p 0.1.0"
		run --separate-stderr "$d/usr/bin/asn-$p" --help
		assert_success
	done
	# the installed configuration is the built-in one, written out
	run --separate-stderr "$d/usr/bin/asn-import" --print-config -c "$d/usr/share/asn-toolkit/config.yaml"
	assert_success
	assert_equal "$(grep -v '^#' <<< "$output")" "$("$d/usr/bin/asn-import" --print-config | grep -v '^#')"
	"$d/usr/bin/asn-import" -q -p siasn --as-of 2026-11-01 "$FIX/import/siasn-small.csv" |
		"$d/usr/bin/asn-gap" -q --as-of 2026-11-01 -n "$FIX/gap/formasi-small.csv" > gap.csv
	[ "$(head -1 gap.csv)" = "unit,jabatan,beban_jam,kebutuhan_hitung,kebutuhan,bezetting,selisih,status,ej,pj" ]
}

@test "install: installed man pages and bash completions load" {
	local d=$BATS_TEST_TMPDIR/stage p

	mk install DESTDIR="$d" PREFIX=/usr
	if command -v man > /dev/null; then
		run man -l "$d/usr/share/man/man1/asn-monthly-report.1"
		assert_success
		assert_output --partial "asn-monthly-report"
	fi
	if command -v man > /dev/null; then
		for p in "${ID_PAGES[@]}"; do
			run man -l "$d/usr/share/man/id/man1/asn-$p.1"
			assert_success
			assert_output --partial "asn-$p"
		done
	fi
	for p in "${PROGRAMS[@]}"; do
		run bash -c 'source "$1" && complete -p "$2"' bash \
			"$d/usr/share/bash-completion/completions/asn-$p" "asn-$p"
		assert_success
		assert_output --partial "asn-$p"
		if command -v man > /dev/null; then
			run man -l "$d/usr/share/man/man1/asn-$p.1"
			assert_success
			assert_output --partial "asn-$p"
		fi
	done
}

@test "install: make uninstall with the same DESTDIR and PREFIX leaves no file" {
	local d=$BATS_TEST_TMPDIR/stage

	mk install DESTDIR="$d" PREFIX=/usr
	mk uninstall DESTDIR="$d" PREFIX=/usr
	run find "$d" -type f
	assert_output ""
	run find "$d" -type l
	assert_output ""
	[[ ! -e $d/usr/share/asn-toolkit ]]
	# twice is harmless
	mk uninstall DESTDIR="$d" PREFIX=/usr
}

@test "install: PREFIX alone (no DESTDIR) installs and uninstalls there" {
	local d=$BATS_TEST_TMPDIR/prefix

	mk install PREFIX="$d"
	run --separate-stderr "$d/bin/asn-import" --version
	assert_equal "$output" "asn-import 0.1.0"
	[[ -f $d/share/asn-toolkit/config.yaml ]]
	# the installed configuration is the one read when no other is found,
	# by the programs and by the monthly job, which names it
	sed -i 's/^  default: 58 /  default: 59 /' "$d/share/asn-toolkit/config.yaml"
	run --separate-stderr "$d/bin/asn-import" --print-config
	assert_success
	assert_line "# configuration: $d/share/asn-toolkit/config.yaml"
	assert_line "  default: 59"
	run --separate-stderr env -u ASN_BIN "$d/bin/asn-monthly-report" --version
	assert_success
	assert_output "asn-monthly-report 0.1.0"
	mkdir data
	cp "$FIX/import/siasn-small.csv" data/siasn-export.csv
	run --separate-stderr env -u ASN_BIN PATH=/usr/bin:/bin "$d/bin/asn-monthly-report" \
		--data data --out laporan --as-of 2026-11-01
	[[ $status -le 1 ]] || { echo "$stderr"; false; }
	assert_line "laporan/2026-11/laporan-2026-11.html"
	grep -qxF "configuration: $d/share/asn-toolkit/config.yaml sha256 $(sha256sum < \
		"$d/share/asn-toolkit/config.yaml" | cut -d' ' -f1)" laporan/2026-11/run.txt
	grep -qF -- "-c $d/share/asn-toolkit/config.yaml" laporan/2026-11/monthly-report.log
	mk uninstall PREFIX="$d"
	run find "$d" -type f
	assert_output ""
}

@test "install: reinstalling over an installed tree replaces the files" {
	local d=$BATS_TEST_TMPDIR/stage

	mk install DESTDIR="$d" PREFIX=/usr
	echo stale > "$d/usr/share/asn-toolkit/config.yaml"
	mk install DESTDIR="$d" PREFIX=/usr
	cmp "$ROOT/examples/asn.yaml" "$d/usr/share/asn-toolkit/config.yaml"
	mk uninstall DESTDIR="$d" PREFIX=/usr
	run find "$d" -type f
	assert_output ""
}
