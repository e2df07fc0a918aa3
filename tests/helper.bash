# Common set-up for the bats suites: programs from $ASN_BIN, fixtures,
# the test data of tests/data, bats-support and bats-assert.
bats_require_minimum_version 1.5.0
load '/usr/lib/bats/bats-support/load'
load '/usr/lib/bats/bats-assert/load'

ROOT=$(cd "$BATS_TEST_DIRNAME/.." && pwd)
FIX=$ROOT/tests/fixtures
DATA=$ROOT/tests/data
: "${ASN_BIN:=$ROOT/build/bin}"
PATH=$ASN_BIN:$PATH
# the message catalogs of the build under test (tests/run sets it; the
# programs run under valgrind are wrappers elsewhere: then build/'s)
: "${ASN_LOCALEDIR:=$(dirname "$ASN_BIN")/locale}"
[[ -d $ASN_LOCALEDIR ]] || ASN_LOCALEDIR=$ROOT/build/locale
export ASN_LOCALEDIR
# messages in English, the words the tests expect; tests/i18n.bats sets
# other locales
unset LC_ALL LANGUAGE
export LC_MESSAGES=C.UTF-8
export SOURCE_DATE_EPOCH=1761955200   # 2025-11-01, overridden by --as-of where it matters
unset ASN_CONFIG XDG_CONFIG_HOME
export HOME=$BATS_TEST_TMPDIR

setup() {
	cd "$BATS_TEST_TMPDIR" || return 1
}
