#!/bin/sh
# Checks the Debian packages the build and tests need; installs the missing
# ones when run as root, else prints the exact command and fails.
pkgs="build-essential pkg-config gettext locales libcsv-dev libyaml-dev libgsl-dev libminizip-dev libexpat1-dev zlib1g-dev libglpk-dev bats bats-assert bats-support"
missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
	echo "missing packages:$missing (install them with your package manager)" >&2
	exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
	echo "missing packages; run as root:" >&2
	echo "  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y$missing" >&2
	exit 1
fi
echo "installing:$missing" >&2
apt-get update -qq >&2 &&
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$missing >&2
