# The targets of src/bench/targets.tsv, checked against this run's figures (sourced; functions only).
# Prints and keeps target.<id>.measured, .absolute (met / not met / not measured: why), and where JobRunr has a
# counterpart .ratio (ours divided by JobRunr's figure of this run) and .ratio_verdict.

# meets VALUE OP TARGET: true when VALUE OP TARGET holds, OP one of >=, <, <=
meets() { awk -v v="$1" -v op="$2" -v t="$3" 'BEGIN { v += 0; t += 0; exit !(op == ">=" ? v >= t : op == "<=" ? v <= t : v < t) }'; }
ratio_of() { awk -v a="$1" -v b="$2" 'BEGIN { r = a / b; printf (r < 0.1 ? "%.3f" : "%.2f"), r }'; }
# why a figure is missing: missing.KEY, else missing.<KEY without its last part>, else missing.<first part>
missing_reason() {
  local key=$1 why
  why=$(val "missing.$key")
  [[ -n $why ]] || why=$(val "missing.${key%.*}")
  [[ -n $why ]] || why=$(val "missing.${key%%.*}")
  echo "${why:-not measured in this run}"
}
targets_check() {
  local issue id what key op absolute unit peer ratio_target derivation value peer_value ratio
  while IFS=$'\t' read -r issue id what key op absolute unit peer ratio_target derivation; do
    [[ -z $issue || $issue == \#* ]] && continue
    value=$(val "$key")
    fig "target.$id.target" "$op $absolute $unit$([[ $peer == - ]] || echo "; as a ratio to $peer: $op $ratio_target")"
    if is_number "$value"; then
      fig "target.$id.measured" "$value"
      fig "target.$id.absolute" "$(meets "$value" "$op" "$absolute" && echo met || echo "not met")"
    else
      fig "target.$id.absolute" "not measured: $(missing_reason "$key")"
    fi
    [[ $peer == - ]] && continue
    peer_value=$(val "$peer")
    if is_number "$value" && is_number "$peer_value" && [[ $peer_value != 0 && $peer_value != 0.0 ]]; then
      ratio=$(ratio_of "$value" "$peer_value")
      fig "target.$id.ratio" "$ratio"
      fig "target.$id.ratio_verdict" "$(meets "$ratio" "$op" "$ratio_target" && echo met || echo "not met")"
    else
      fig "target.$id.ratio_verdict" "not measured"
    fi
  done <"$1"
}
