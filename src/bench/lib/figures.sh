# Figures of src/bench/run.sh (sourced; functions only). A figure is printed as it is measured and kept in
# $figures, from which the report is rendered: the report shows nothing else.
say() { printf '\n== %s (%ss)\n' "$*" "$(($(date +%s) - started_at))"; }
die() { echo "bench: $*" >&2; exit 1; }
fig() { printf '%s=%s\n' "$1" "$2" >>"$figures"; printf '  %-50s %s\n' "$1" "$2"; }
# for what the command printed already in another form (a client's STEP line, a guard line)
keep() { printf '%s=%s\n' "$1" "$2" >>"$figures"; }
val() { awk -v k="$1" 'index($0, k "=") == 1 { v = substr($0, length(k) + 2) } END { print v }' "$figures"; }
calc() { awk "BEGIN { printf \"%.${2:-0}f\", $1 }"; }
is_number() { [[ $1 =~ ^-?[0-9]+(\.[0-9]+)?$ ]]; }
# fig_line PREFIX LINE: every key=value of a client's result line as PREFIX.key
fig_line() {
  local pair
  for pair in $2; do [[ $pair == *=* ]] && fig "$1.${pair%%=*}" "${pair#*=}"; done
}
now_ms() { echo $((${EPOCHREALTIME/./} / 1000)); }
# sleeps without starting a process (sleep(1) is one per call, and the start-up timings poll often)
exec {nap_fd}<> <(:)
nap() { read -rt "$1" -u "$nap_fd" _ || true; }
q() { PGOPTIONS="-c search_path=$schema" psql -h 127.0.0.1 -U postgres -d postgres -qAtX -v ON_ERROR_STOP=1 -c "$1"; }
