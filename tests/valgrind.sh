#!/bin/sh
# Runs bats suites with every asn-* program under valgrind's memcheck: an
# invalid read or write, a use of uninitialised memory or a definite leak
# makes the program exit 99 (and print to stderr), so the test fails.
# Ends with tests/run's line "N passed, N failed".
#
# Usage: tests/valgrind.sh [bats file ...]   (default: tests/*.bats)
# Environment: B, the build directory (default: build; built with gcc, or
# with clang and -gdwarf-4 so that valgrind reads its debug information).
B=${B:-build}

if ! command -v valgrind > /dev/null 2>&1; then
	echo "valgrind: not installed (Debian package valgrind)" >&2
	echo "0 passed, 1 failed"
	exit 1
fi
[ -d "$B/bin" ] || { echo "$B/bin: no such directory; run make first" >&2; exit 1; }
bin=$(cd "$B/bin" && pwd)
# the test tools (csv2xlsx) make test data; not under test
ASN_TOOLS=$(cd "$B/tests/tools" 2>/dev/null && pwd)
export ASN_TOOLS

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM
mkdir "$tmp/bin"
for p in "$bin"/asn-*; do
	[ -x "$p" ] || continue
	name=${p##*/}
	case $name in
	asn-synth)
		# makes test data; not under test
		ln -s "$p" "$tmp/bin/$name"
		continue ;;
	esac
	cat > "$tmp/bin/$name" <<-EOF
	#!/bin/sh
	exec valgrind --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \\
	    --show-leak-kinds=definite -q "$p" "\$@"
	EOF
	chmod +x "$tmp/bin/$name"
done

[ $# -gt 0 ] || set -- tests/*.bats
ASN_VALGRIND=1
export ASN_VALGRIND
sh tests/run "$tmp" "$@"
