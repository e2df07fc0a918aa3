#!/bin/sh
# Fails when the modules of libasn call each other in a circle: module A
# depends on module B when A's object has an undefined symbol that B's
# object defines.  Prints one cycle of each knot of modules, with the
# symbol behind each step, and exits 1; prints nothing and exits 0 when the
# graph has no cycle.  The files of one module that share an internal
# header lib/NAME_int.h (NAME.c, NAME_*.c) are that one module NAME.
#
# usage: tests/tools/lib-cycles.sh [BUILD_DIR]   (default: build)
B=${1:-build}

set -- "$B"/lib/*.o
if [ ! -e "$1" ]; then
	echo "lib-cycles: $B/lib: no object files; run make first" >&2
	exit 2
fi
command -v nm > /dev/null 2>&1 || { echo "lib-cycles: nm not found (binutils)" >&2; exit 2; }

root=$(cd "$(dirname "$0")/../.." && pwd)
parts=
for h in "$root"/lib/*_int.h; do
	[ -e "$h" ] || continue
	h=${h##*/}
	parts="$parts ${h%_int.h}"
done

for o in "$@"; do
	m=${o##*/}
	m=${m%.o}
	for p in $parts; do
		case $m in "$p" | "$p"_*) m=$p ;; esac
	done
	nm -P -g "$o" | awk -v m="$m" '{ print m, $1, $2 }' || exit 2
done | LC_ALL=C sort | awk '
# input: module symbol type, sorted by module then symbol
!($1 in seen) {
	seen[$1] = 1
	mods[++nmods] = $1
}
$3 == "U" || $3 == "w" || $3 == "v" {
	nref++
	ref_mod[nref] = $1
	ref_sym[nref] = $2
	next
}
!($2 in def) {
	def[$2] = $1
}
function strongconnect(v,    i, w) {
	index_of[v] = low[v] = ++counter
	stack[++top] = v
	on_stack[v] = 1
	for (i = 1; i <= nout[v]; i++) {
		w = out[v, i]
		if (!(w in index_of)) {
			strongconnect(w)
			if (low[w] < low[v])
				low[v] = low[w]
		} else if (on_stack[w] && index_of[w] < low[v]) {
			low[v] = index_of[w]
		}
	}
	if (low[v] == index_of[v]) {
		nscc++
		do {
			w = stack[top--]
			on_stack[w] = 0
			scc[w] = nscc
			scc_size[nscc]++
		} while (w != v)
	}
}
# The shortest way from r back to r inside its component, as text.
function cycle(r,    head, tail, queue, from, i, v, w, path, found) {
	head = tail = 1
	queue[1] = r
	while (head <= tail && !found) {
		v = queue[head++]
		for (i = 1; i <= nout[v]; i++) {
			w = out[v, i]
			if (scc[w] != scc[r])
				continue
			if (w == r) {
				found = v
				break
			}
			if (!(w in from)) {
				from[w] = v
				queue[++tail] = w
			}
		}
	}
	path = r " (" why[found, r] ")"
	for (v = found; v != r; v = from[v])
		path = v " (" why[from[v], v] ") -> " path
	return r " -> " path
}
END {
	for (i = 1; i <= nref; i++) {
		a = ref_mod[i]
		if (!(ref_sym[i] in def) || (b = def[ref_sym[i]]) == a)
			continue
		if (!((a, b) in why)) {
			why[a, b] = ref_sym[i]
			out[a, ++nout[a]] = b
		}
	}
	for (i = 1; i <= nmods; i++)
		if (!(mods[i] in index_of))
			strongconnect(mods[i])
	status = 0
	for (i = 1; i <= nmods; i++) {
		v = mods[i]
		if (scc_size[scc[v]] > 1 && !(scc[v] in told)) {
			told[scc[v]] = 1
			print "lib cycle: " cycle(v)
			status = 1
		}
	}
	exit status
}'
