# The quiet-machine guard of src/bench/run.sh (sourced; functions only). Before each phase it records the
# 1-minute load average and every JVM this run did not start; when the phase ends, the CPU that processes
# outside this run, PostgreSQL and RabbitMQ used meanwhile. A phase is "not quiet" when a foreign JVM ran, when
# others used more than guard_cores of CPU during it, or, for the first phase, when the load average was above
# guard_load before it (later phases start with this run's own previous phase still in the 1-minute figure,
# which decays over minutes; what others do shows in the CPU they used instead). BENCH_STRICT=1 turns "not
# quiet" into a refusal to run on. Needs keep, fig, die and calc from lib/figures.sh.

guard_load=1.5 guard_cores=0.25
guard_phase="" guard_phases=""

# guard_settle SECONDS: before the first phase, waits up to SECONDS for the 1-minute load to fall to guard_load,
# as it does within a minute or two once the work before this run (a build, a test suite) has ended
guard_settle() {
  local begin=$SECONDS load
  until load=$(cut -d' ' -f1 /proc/loadavg); awk -v l="$load" -v m="$guard_load" 'BEGIN { exit !(l <= m) }' \
    || ((SECONDS - begin >= $1)); do
    (((SECONDS - begin) % 15 == 0)) && printf '  guard: 1-minute load %s; waiting up to %s s for it to fall to %s\n' "$load" "$1" "$guard_load"
    sleep 1
  done
  fig guard.settle_seconds "$((SECONDS - begin))"
}

# ticks (1/100 s) the whole machine spent busy, this run's process tree, and PostgreSQL + RabbitMQ, all since boot
guard_ticks() {
  { head -1 /proc/stat; cat /proc/[0-9]*/stat 2>/dev/null; } | awk -v self="$$" -v now="$EPOCHREALTIME" '
    NR == 1 { total = $2 + $3 + $4; next }
    {
      from = index($0, "("); to = 0
      for (i = length($0); i > 0; i--) if (substr($0, i, 1) == ")") { to = i; break }
      pid = $1; comm[pid] = substr($0, from + 1, to - from - 1)
      split(substr($0, to + 2), f, " ")
      parent[pid] = f[2]; ticks[pid] = f[12] + f[13] + f[14] + f[15]
    }
    END {
      for (pid in ticks) {
        kind = ""
        for (p = pid; p != "" && p != 0; p = parent[p]) {
          if (p == self) { kind = "ours"; break }
          if (comm[p] ~ /^(postgres|beam\.smp|erl_child_setup|epmd|inet_gethost)$/) { kind = "services"; break }
        }
        if (kind == "ours") ours += ticks[pid]; else if (kind == "services") services += ticks[pid]
      }
      printf "%s %d %d %d\n", now, total, ours, services
    }'
}

# JVMs that are not descendants of this run, as "pid N: main class or jar (working directory)"
guard_foreign_jvms() {
  local pid p main
  for pid in $(pgrep -x java); do
    p=$pid
    while [[ $p -gt 1 && $p != "$$" ]]; do p=$(awk '{ sub(/.*\) /, ""); print $2 }' "/proc/$p/stat" 2>/dev/null || echo 1); done
    [[ $p == "$$" ]] && continue
    main=$(tr '\0' '\n' <"/proc/$pid/cmdline" 2>/dev/null | awk '
      skip { skip = 0; next } /^-(cp|classpath|p|-module-path)$/ { skip = 1; next } /^-jar$/ { jar = 1; next }
      NR > 1 && !/^-/ { print; exit }')
    printf 'pid %s: %s (%s)\n' "$pid" "${main:-java}" "$(readlink "/proc/$pid/cwd" 2>/dev/null)"
  done | paste -sd';' | sed 's/;/; /g'
}

# guard_begin NAME: closes the phase running, if any, then records the state of the machine before NAME
guard_begin() {
  guard_end
  guard_phase=$1 guard_phases+="$1 "
  local load jvms
  load=$(cut -d' ' -f1 /proc/loadavg) jvms=$(guard_foreign_jvms)
  keep "guard.$1.load1_before" "$load"
  keep "guard.$1.foreign_jvms" "${jvms:-none}"
  printf '  guard: 1-minute load %s before %s; JVMs not started by this run: %s\n' "$load" "$1" "${jvms:-none}"
  read -r guard_t0 guard_total0 guard_ours0 guard_services0 < <(guard_ticks)
  if [[ ${BENCH_STRICT:-0} == 1 && -n $jvms ]]; then die "BENCH_STRICT=1: refusing to run $1 beside JVMs this run did not start: $jvms"; fi
  if [[ ${BENCH_STRICT:-0} == 1 && $guard_phases == "$1 " ]] && awk -v l="$load" -v m="$guard_load" 'BEGIN { exit !(l > m) }'; then
    die "BENCH_STRICT=1: refusing to run: the 1-minute load is $load (above $guard_load) before anything of this run started"
  fi
}

# guard_end: the CPU others used during the phase just run, and its verdict
guard_end() {
  [[ -n $guard_phase ]] || return 0
  local name=$guard_phase t1 total1 ours1 services1 seconds others services ours load jvms reasons=()
  guard_phase=""
  read -r t1 total1 ours1 services1 < <(guard_ticks)
  seconds=$(calc "$t1 - $guard_t0" 1)
  # per-process times and the machine's are sampled differently: a few hundredths either way are noise
  others=$(calc "(($total1 - $guard_total0) - ($ours1 - $guard_ours0) - ($services1 - $guard_services0)) / 100 / $seconds" 2)
  [[ $others == -* ]] && others=0.00
  services=$(calc "($services1 - $guard_services0) / 100 / $seconds" 2)
  keep "guard.$name.seconds" "$seconds"
  keep "guard.$name.others_cores" "$others"
  keep "guard.$name.services_cores" "$services"
  ours=$(calc "($ours1 - $guard_ours0) / 100 / $seconds" 2)
  keep "guard.$name.ours_cores" "$ours"
  load=$(val "guard.$name.load1_before") jvms=$(val "guard.$name.foreign_jvms")
  [[ $jvms == none ]] && jvms=$(guard_foreign_jvms) && [[ -n $jvms ]] && keep "guard.$name.foreign_jvms" "appeared during the phase: $jvms"
  [[ $(val "guard.$name.foreign_jvms") == none ]] || reasons+=("JVMs this run did not start ran: $(val "guard.$name.foreign_jvms")")
  awk -v o="$others" -v m="$guard_cores" 'BEGIN { exit !(o > m) }' && reasons+=("processes outside this run used $others cores")
  [[ $guard_phases == "$name " ]] && awk -v l="$load" -v m="$guard_load" 'BEGIN { exit !(l > m) }' \
    && reasons+=("the 1-minute load was $load before the run began")
  if ((${#reasons[@]} == 0)); then
    fig "guard.$name.verdict" "quiet"
  else
    fig "guard.$name.verdict" "NOT QUIET: $(IFS=';'; echo "${reasons[*]}" | sed 's/;/; /g')"
    [[ ${BENCH_STRICT:-0} == 1 ]] && die "BENCH_STRICT=1: phase $name ran on a busy machine; its figures would not hold"
  fi
  printf '  guard: %s took %s s; CPU used meanwhile: this run %s cores, PostgreSQL and RabbitMQ %s, everything else %s\n' \
    "$name" "$seconds" "$ours" "$services" "$others"
}
