# Types a command line and a Tab into an interactive zsh that loads the
# completions of DIR, and prints what the terminal shows (for
# tests/completions.bats).  Usage: zsh -f tests/completions.zsh DIR LINE
zmodload zsh/zpty
zpty -b z zsh -f -i
zpty -w z "PS1='> '; fpath=($1 \$fpath); autoload -Uz compinit; compinit -u -D; print ready"
out=
for i in {1..50}; do
	zpty -r -t z chunk && out+=$chunk
	[[ $out == *ready* ]] && break
	sleep 0.1
done
zpty -w -n z "$2"$'\t'
out=
for i in {1..50}; do
	zpty -r -t z chunk && out+=$chunk
	sleep 0.1
done
print -r -- "$out" | tr -d '\033'
zpty -d z
