#!/usr/bin/env bash
# Time to ready of each role, with and without the JDK AOT cache: from the launch of the JVM until
# /q/health/ready answers 200 (database reached, schema migrated, topology declared, consumers up).
# Also prints the CPU time the process had used by then, which a busy machine distorts less than the
# wall clock. Runs alternate between the variants so that background load hits them alike.
#
#   JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw package -DskipTests \
#       -Dquarkus.package.jar.aot.enabled=true -Dquarkus.package.jar.aot.type=AOT -Dquarkus.package.jar.aot.phase=BUILD
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java src/main/docker/measure-startup.sh -n 7 target/quarkus-app
#
# Needs the local PostgreSQL and RabbitMQ. Uses its own schema, broker prefix and port (override with
# APP_DATABASE_SCHEMA, APP_MESSAGING_PREFIX, PORT) so that it never touches another instance's objects.
set -euo pipefail

runs=5
roles="intake worker"
while getopts "n:r:" option; do
  case "$option" in
    n) runs=$OPTARG ;;
    r) roles=$OPTARG ;;
    *) echo "usage: $0 [-n runs] [-r 'intake worker'] QUARKUS_APP_DIR" >&2; exit 64 ;;
  esac
done
shift $((OPTIND - 1))
app_dir=$(cd "${1:?usage: $0 [-n runs] [-r roles] QUARKUS_APP_DIR}" && pwd)
java=${JAVA:-java}
port=${PORT:-18080}
export APP_DATABASE_SCHEMA=${APP_DATABASE_SCHEMA:-startup_measure}
export APP_MESSAGING_PREFIX=${APP_MESSAGING_PREFIX:-startup-measure}
export QUARKUS_HTTP_PORT=$port
ticks=$(getconf CLK_TCK)

variants=(plain)
[[ -f "$app_dir/app.aot" ]] && variants+=(aot)

pid=""
trap '[[ -n "$pid" ]] && kill "$pid" 2>/dev/null; true' EXIT

# one start; sets wall and cpu (milliseconds)
measure() {
  local role=$1 variant=$2 flags=()
  [[ $variant == aot ]] && flags=(-XX:AOTCache=app.aot)
  local start now
  start=$(date +%s%N)
  (cd "$app_dir" && APP_ROLE=$role exec "$java" "${flags[@]}" -jar quarkus-run.jar >"$log" 2>&1) &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the $role process ($variant) exited before it was ready; its log: $log" >&2
      exit 1
    fi
    if (( ($(date +%s%N) - start) / 1000000 > 180000 )); then
      echo "the $role process ($variant) was not ready within 180 s; its log: $log" >&2
      exit 1
    fi
    sleep 0.02
  done
  now=$(date +%s%N)
  # the subshell exec'd the JVM, so $pid is the JVM itself; fields 14 and 15 are user and system ticks
  cpu=$(awk -v t="$ticks" '{ printf "%d", ($14 + $15) * 1000 / t }' "/proc/$pid/stat")
  wall=$(( (now - start) / 1000000 ))
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

log=$(mktemp)
results=$(mktemp)
echo "java: $("$java" -version 2>&1 | head -1); app: $app_dir; runs per variant: $runs; load: $(cut -d' ' -f1-3 /proc/loadavg)"
for role in $roles; do
  for ((i = 1; i <= runs; i++)); do
    for variant in "${variants[@]}"; do
      measure "$role" "$variant"
      echo "$role $variant $wall $cpu" >>"$results"
      printf '  %-6s %-5s run %d: ready after %5d ms wall, %5d ms CPU\n' "$role" "$variant" "$i" "$wall" "$cpu"
    done
  done
done
echo
printf '%-6s %-5s %18s %14s %14s\n' role cache "median ready (ms)" "min-max (ms)" "median CPU (ms)"
for role in $roles; do
  for variant in "${variants[@]}"; do
    walls=$(awk -v r="$role" -v v="$variant" '$1 == r && $2 == v { print $3 }' "$results")
    cpus=$(awk -v r="$role" -v v="$variant" '$1 == r && $2 == v { print $4 }' "$results")
    printf '%-6s %-5s %18s %14s %14s\n' "$role" "$variant" "$(median <<<"$walls")" \
      "$(sort -n <<<"$walls" | head -1)-$(sort -n <<<"$walls" | tail -1)" "$(median <<<"$cpus")"
  done
done
rm -f "$log" "$results"
