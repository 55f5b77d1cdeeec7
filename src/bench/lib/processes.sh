# The application's processes in src/bench/run.sh (sourced; functions only). Each runs from target/quarkus-app
# with the run's environment ($app_env) and JVM options ($jvm_opts); only processes started here are stopped.
declare -gA pid=() port_of=() launched_at=()

# true when GET http://127.0.0.1:PORT/PATH answers 200; bash's /dev/tcp, so polling starts no process
http_ok() {
  local fd status=""
  { exec {fd}<>"/dev/tcp/127.0.0.1/$1"; } 2>/dev/null || return 1
  printf 'GET %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n' "$2" >&"$fd"
  read -r -t 5 _ status _ <&"$fd" || true
  exec {fd}>&-
  [[ $status == 200 ]]
}

# launch NAME ROLE PORT [ENV=VALUE ...]: starts a process; --no-aot before NAME starts it without the AOT cache
launch() {
  local aot=("${jvm_aot[@]}")
  [[ $1 == --no-aot ]] && aot=() && shift
  local name=$1 role=$2 port=$3
  shift 3
  port_of[$name]=$port
  launched_at[$name]=$(now_ms)
  (cd target/quarkus-app && exec env "${app_env[@]}" APP_ROLE="$role" QUARKUS_HTTP_PORT="$port" "$@" \
    "$java" "${jvm_opts[@]}" "${aot[@]}" -jar quarkus-run.jar) >"$logs/$name.log" 2>&1 &
  pid[$name]=$!
}
# ready NAME [KEY]: waits until /q/health/ready answers 200 and records the time since launch as KEY
ready() {
  local name=$1 key=${2:-ready_ms.$1} begin=${launched_at[$1]}
  until http_ok "${port_of[$name]}" /q/health/ready; do
    kill -0 "${pid[$name]}" 2>/dev/null || { tail -20 "$logs/$name.log"; die "$name exited before it was ready"; }
    (($(now_ms) - begin < 180000)) || die "$name was not ready within 180 s; see $logs/$name.log"
    nap 0.01
  done
  fig "$key" "$(($(now_ms) - begin))"
  if grep -qi 'unable to use AOT\|AOT cache.*mismatch\|AOTCache.*not' "$logs/$name.log"; then
    echo "  warning: $name did not use the AOT cache (see its log)"
  fi
}
start() {
  launch "$@"
  [[ $1 == --no-aot ]] && shift
  ready "$1"
}
stop() {
  local name
  for name in "$@"; do
    [[ -n ${pid[$name]:-} ]] || continue
    kill -TERM "${pid[$name]}" 2>/dev/null || true
    wait "${pid[$name]}" 2>/dev/null || true
    unset "pid[$name]"
  done
}
running() { [[ -n ${pid[$1]:-} ]]; }
rss() { fig "rss_mb.$1" "$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/${pid[$1]}/status")"; }
jfr_start() { "$java_home/bin/jcmd" "${pid[$1]}" JFR.start name=bench settings=profile filename="$PWD/$out/$1.jfr" >/dev/null; }
jfr_stop() { "$java_home/bin/jcmd" "${pid[$1]}" JFR.stop name=bench >/dev/null; }
cleanup() {
  local name
  for name in "${!pid[@]}"; do kill -TERM "${pid[$name]}" 2>/dev/null || true; done
  for name in "${!pid[@]}"; do wait "${pid[$name]}" 2>/dev/null || true; done
}
