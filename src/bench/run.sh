#!/usr/bin/env bash
# One benchmark, one report. Builds the application (with the JDK 25 AOT cache when a JDK 25 is there) and the
# load client (src/bench, its own pom), starts intake, workers and the synchronous baseline as separate
# processes against the local PostgreSQL and RabbitMQ (own schema and broker prefix, emptied first), drives
# open-loop load, measures the ceilings of PostgreSQL (pgbench) and RabbitMQ (perf-test), profiles with JFR,
# and writes docs/benchmarks.md and docs/benchmarks.properties from the figures it printed on the way.
#
#   src/bench/run.sh                  full run, about 10 minutes (budget: under 15)
#   BENCH_QUICK=1 src/bench/run.sh    a few seconds per phase, for working on the harness; reports to target/bench
#
# Settings (environment): BENCH_SCHEMA (bench), BENCH_PREFIX (bench.applications), BENCH_JAVA_HOME (a JDK 25 for
# the AOT cache; default /usr/lib/jvm/temurin-25-jdk-amd64, else the java on PATH), BENCH_RATES, BENCH_SYNC_RATES,
# BENCH_E2E_RATES, BENCH_STEP_SECONDS, BENCH_REPORT_DIR. It stops only the processes it started.
set -euo pipefail
# All of it is one function, read whole before it runs: editing this file during a run cannot derail that run.
main() {
cd "$(dirname "$0")/../.."
started_at=$(date +%s)

quick=${BENCH_QUICK:-0}
if [[ $quick == 1 ]]; then
  defaults=(250,1000 25,100 100,200 3 2 3 4 1 target/bench 1500 3000)
else
  defaults=(100,250,500,750,1000,1500,2000,3000 25,50,100,200,400,800,1600 250,500,1500 12 8 10 15 3 docs 10000 15000)
fi
rates=${BENCH_RATES:-${defaults[0]}}
sync_rates=${BENCH_SYNC_RATES:-${defaults[1]}}
e2e_rates=${BENCH_E2E_RATES:-${defaults[2]}}
step_seconds=${BENCH_STEP_SECONDS:-${defaults[3]}}
warmup_seconds=${defaults[4]}
window_seconds=${defaults[5]}
ceiling_seconds=${defaults[6]}
settle_seconds=${defaults[7]}
report_dir=${BENCH_REPORT_DIR:-${defaults[8]}}
backlog_50ms=${defaults[9]} backlog_0ms=${defaults[10]}
schema=${BENCH_SCHEMA:-bench}
prefix=${BENCH_PREFIX:-bench.applications}
steps=normalise,dedupe,screen,simulated-dependency,notify
admin_password=bench-admin-password-not-a-secret
bootstrap_key=bench-bootstrap-client-key-not-a-secret
# pools: the intake's default (20); a worker needs one connection per application in flight (its concurrency)
intake_pool=20 worker_pool=8 baseline_pool=20 worker_concurrency=8

out=target/bench
logs=$out/logs
figures=$out/figures.properties
rm -rf "$out" && mkdir -p "$logs"
: >"$figures"

say() { printf '\n== %s (%ss)\n' "$*" "$(($(date +%s) - started_at))"; }
die() { echo "bench: $*" >&2; exit 1; }
# A figure: printed as it is measured and kept for the report, which shows nothing else.
fig() { printf '%s=%s\n' "$1" "$2" >>"$figures"; printf '  %-46s %s\n' "$1" "$2"; }
keep() { printf '%s=%s\n' "$1" "$2" >>"$figures"; }
val() { awk -v k="$1" 'index($0, k "=") == 1 { v = substr($0, length(k) + 2) } END { print v }' "$figures"; }
calc() { awk "BEGIN { printf \"%.${2:-0}f\", $1 }"; }
q() { PGOPTIONS="-c search_path=$schema" psql -h 127.0.0.1 -U postgres -d postgres -qAtX -v ON_ERROR_STOP=1 -c "$1"; }

# ---------------------------------------------------------------------------------------------- tools
say "tools"
for tool in curl psql awk; do command -v $tool >/dev/null || die "$tool is needed"; done
if ! command -v pgbench >/dev/null; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "installing pgbench (postgresql-client)"; apt-get install -y -qq postgresql-client >/dev/null || true
  fi
  command -v pgbench >/dev/null || echo "pgbench is missing: the PostgreSQL ceiling is skipped"
fi
java_home=${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
[[ -x $java_home/bin/java ]] || java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
java=$java_home/bin/java
java_major=$("$java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }')
aot_flags=()
[[ $java_major -ge 25 ]] && aot_flags=(-Dquarkus.package.jar.aot.enabled=true -Dquarkus.package.jar.aot.type=AOT -Dquarkus.package.jar.aot.phase=BUILD)
pg_isready -h 127.0.0.1 -q 2>/dev/null || psql -h 127.0.0.1 -U postgres -c 'select 1' postgres >/dev/null \
  || die "PostgreSQL on 127.0.0.1:5432 does not answer"
rabbitmqctl -q status >/dev/null 2>&1 || die "RabbitMQ does not answer rabbitmqctl (start it: rabbitmq-server -detached)"

# -------------------------------------------------------------------------------------------- machine
say "machine"
fig machine.cpu "$(lscpu | awk -F': *' '/^Model name/ { print $2; exit }')"
fig machine.cores "$(nproc)"
fig machine.ram_gib "$(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo)"
fig machine.load_before "$(cut -d' ' -f1-3 /proc/loadavg)"
fig machine.postgresql "$(psql -h 127.0.0.1 -U postgres -qAtX -c 'show server_version' postgres)"
fig machine.rabbitmq "$(rabbitmqctl -q version 2>/dev/null)"
fig machine.java "$("$java" -version 2>&1 | head -1)"
fig commit "$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo '-dirty')"
fig mode "$([[ $quick == 1 ]] && echo quick || echo full)"
fig settings.rates "$rates"
fig settings.sync_rates "$sync_rates"
fig settings.e2e_rates "$e2e_rates"
fig settings.step_seconds "$step_seconds"
fig settings.window_seconds "$window_seconds"
fig settings.pipeline "$steps"
fig settings.worker_concurrency "$worker_concurrency"
fig settings.pools "intake $intake_pool, worker $worker_pool, baseline $baseline_pool connections"

# ---------------------------------------------------------------------------------------------- build
say "build (application${aot_flags:+ with the AOT cache}, load client)"
build_start=$(date +%s)
JAVA_HOME=$java_home ./mvnw -B -q package -DskipTests "${aot_flags[@]}" >"$logs/build.log" 2>&1 \
  || { tail -40 "$logs/build.log"; die "the application does not build; see $logs/build.log"; }
JAVA_HOME=$java_home ./mvnw -B -q -f src/bench/pom.xml package >"$logs/build-client.log" 2>&1 \
  || { tail -40 "$logs/build-client.log"; die "the load client does not build"; }
fig build.seconds "$(($(date +%s) - build_start))"
fig build.aot_cache "$([[ -f target/quarkus-app/app.aot ]] && echo yes || echo no)"
client=("$java" -Xmx1g -cp "src/bench/target/classes:src/bench/target/lib/*")
# Netty (in the client) still uses sun.misc.Unsafe, which JDK 24+ warns about on every start
[[ $java_major -ge 24 ]] && client=("${client[0]}" --sun-misc-unsafe-memory-access=allow "${client[@]:1}")
jvm_aot=()
[[ -f target/quarkus-app/app.aot ]] && jvm_aot=(-XX:AOTCache=app.aot)

# ---------------------------------------------------------------------------------------------- clean
say "clean schema '$schema' and broker objects '$prefix.*'"
broker_clean() {
  rabbitmqctl -q list_queues name 2>/dev/null | awk -v p="$prefix." 'index($1, p) == 1 { print $1 }' | while read -r queue; do
    rabbitmqctl -q delete_queue "$queue" </dev/null >/dev/null # without </dev/null it eats the rest of the list
  done
  if curl -sf -o /dev/null -u guest:guest http://127.0.0.1:15672/api/overview; then
    curl -sf -u guest:guest 'http://127.0.0.1:15672/api/exchanges/%2F?columns=name' | tr ',' '\n' \
      | sed -n 's/.*"name":"\([^"]*\)".*/\1/p' | awk -v p="$prefix" 'index($1, p) == 1' | while read -r exchange; do
        curl -sf -o /dev/null -u guest:guest -X DELETE "http://127.0.0.1:15672/api/exchanges/%2F/$exchange" || true
      done
  fi
}
q "drop schema if exists $schema cascade" 2>/dev/null || psql -h 127.0.0.1 -U postgres -qAtX -c "drop schema if exists $schema cascade" postgres
broker_clean
left=$(rabbitmqctl -q list_queues name 2>/dev/null | awk -v p="$prefix." 'index($1, p) == 1' | wc -l)
((left == 0)) || die "$left queue(s) named $prefix.* are still there after cleaning"

# ------------------------------------------------------------------------------------------ processes
declare -gA pid=()
app_env=(QUARKUS_PROFILE=prod APP_DATABASE_SCHEMA="$schema" APP_MESSAGING_PREFIX="$prefix"
  APP_ADMIN_PASSWORD="$admin_password" APP_BOOTSTRAP_CLIENT_KEY="$bootstrap_key" APP_PIPELINE_DEFAULT_STEPS="$steps"
  APP_WORKER_CONCURRENCY="$worker_concurrency" APP_WORKER_SHUTDOWN_GRACE=5s QUARKUS_SHUTDOWN_TIMEOUT=2
  QUARKUS_OTEL_SDK_DISABLED=true)

# launch NAME ROLE PORT [ENV=VALUE ...]: starts a process from target/quarkus-app; ready NAME waits for it and
# prints the time from its launch until /q/health/ready answered 200; start does both
declare -gA port_of=() launched_at=()
launch() {
  local name=$1 role=$2 port=$3
  shift 3
  port_of[$name]=$port
  launched_at[$name]=$(date +%s%N)
  (cd target/quarkus-app && exec env "${app_env[@]}" APP_ROLE="$role" QUARKUS_HTTP_PORT="$port" "$@" \
    "$java" -Xmx768m "${jvm_aot[@]}" -jar quarkus-run.jar) >"$logs/$name.log" 2>&1 &
  pid[$name]=$!
}
ready() {
  local name=$1 begin=${launched_at[$1]}
  until curl -sf -o /dev/null "http://127.0.0.1:${port_of[$name]}/q/health/ready"; do
    kill -0 "${pid[$name]}" 2>/dev/null || { tail -20 "$logs/$name.log"; die "$name exited before it was ready"; }
    (($(date +%s%N) - begin < 180000000000)) || die "$name was not ready within 180 s; see $logs/$name.log"
    sleep 0.02
  done
  fig "ready_ms.$name" "$((($(date +%s%N) - begin) / 1000000))"
  if grep -qi 'unable to use AOT\|AOT cache.*mismatch\|AOTCache.*not' "$logs/$name.log"; then
    echo "  warning: $name did not use the AOT cache (see its log)"
  fi
}
start() { launch "$@" && ready "$1"; }
stop() {
  local name
  for name in "$@"; do
    [[ -n ${pid[$name]:-} ]] || continue
    kill -TERM "${pid[$name]}" 2>/dev/null || true
    wait "${pid[$name]}" 2>/dev/null || true
    unset "pid[$name]"
  done
}
rss() { fig "rss_mb.$1" "$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/${pid[$1]}/status")"; }
jfr_start() { "$java_home/bin/jcmd" "${pid[$1]}" JFR.start name=bench settings=profile filename="$PWD/$out/$1.jfr" >/dev/null; }
jfr_stop() { "$java_home/bin/jcmd" "${pid[$1]}" JFR.stop name=bench >/dev/null; }
cleanup() {
  local name
  for name in "${!pid[@]}"; do kill -TERM "${pid[$name]}" 2>/dev/null || true; done
  for name in "${!pid[@]}"; do wait "${pid[$name]}" 2>/dev/null || true; done
}
trap cleanup EXIT

# load LABEL PATH RATES [extra options]: open-loop steps; each STEP line is printed as measured and kept
load() {
  local label=$1 path=$2 steps_rates=$3
  shift 3
  "${client[@]}" com.applicationmanager.bench.Bench load --url=http://127.0.0.1:18181 --path="$path" \
    --keys-file="$out/keys" --rates="$steps_rates" --step-seconds="$step_seconds" --label="$label" "$@" \
    | tee -a "$out/load.txt" | awk -v figures="$figures" '{ print; fflush() } $1 == "STEP" {
        label = $2; rate = ""
        for (i = 3; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "rate") rate = kv[2] }
        for (i = 3; i <= NF; i++) { split($i, kv, "="); if (kv[1] != "rate") print label ".rate" rate "." kv[1] "=" kv[2] >>figures }
        print label ".rates=" rate >>figures; fflush(figures) }'
}
jdbc="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$schema"
# highest rate of LABEL whose step had p99 under MS and was not saturated (0 when none)
best_rate() {
  awk -F= -v l="$1" -v ms="$2" '
    index($1, l ".rate") == 1 && $1 ~ /\.p99_ms$/ { split($1, k, "."); r = substr(k[2], 5); p99[r] = $2 }
    index($1, l ".rate") == 1 && $1 ~ /\.saturated$/ { split($1, k, "."); r = substr(k[2], 5); sat[r] = $2 }
    END { best = 0; for (r in p99) if (p99[r] < ms && sat[r] == "false" && r + 0 > best) best = r + 0; print best }' "$figures"
}
completed() { q "select count(*) from status_change where status = 'COMPLETED'"; }

# ------------------------------------------------------------------------ async intake: submission latency
say "intake alone: submission latency at fixed rates ($rates/s, ${step_seconds}s each)"
start intake intake 18181 QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$intake_pool
"${client[@]}" com.applicationmanager.bench.Bench setup --url=http://127.0.0.1:18181 \
  --admin-password="$admin_password" --bootstrap-key="$bootstrap_key" --keys-file="$out/keys"
jfr_start intake
load async /api/v1/applications "$rates" --warmup-seconds="$warmup_seconds" --warmup-rate=300 --jdbc="$jdbc"
jfr_stop intake
rss intake
fig async.best_rate_p99_under_25ms "$(best_rate async 25)"
fig async.best_rate_p99_under_200ms "$(best_rate async 200)"
fig backlog.after_intake_steps "$(q "select count(*) from application where status = 'RECEIVED'")"

# -------------------------------------------------------------------- workers: sustained completions
# The intake steps left a backlog in the queues; workers drain it, so their rate is not limited by the
# load client sharing the CPU. Each window starts after the newest worker has settled.
drain_window() {
  local label=$1 c0 t0 c1 t1
  sleep "$settle_seconds"
  c0=$(completed); t0=$(date +%s%N)
  sleep "$window_seconds"
  c1=$(completed); t1=$(date +%s%N)
  fig "drain.$label.completed_per_s" "$(calc "($c1 - $c0) * 1e9 / ($t1 - $t0)")"
  fig "drain.$label.backlog_left" "$(q "select count(*) from application where status = 'RECEIVED'")"
}
# tops the backlog up to N applications (workers stopped) at the intake's best rate, unreported
ensure_backlog() {
  local want=$1 have rate
  have=$(q "select count(*) from application where status = 'RECEIVED'")
  ((have < want)) || return 0
  # the most the intake answered in its steps, within 250-1500/s
  rate=$(awk -F= '/^async\.rate[0-9]+\.achieved_per_s=/ && $2 > m { m = $2 } END { m = int(m); print (m < 250 ? 250 : m > 1500 ? 1500 : m) }' "$figures")
  echo "  topping up the backlog from $have to $want at $rate/s"
  "${client[@]}" com.applicationmanager.bench.Bench load --url=http://127.0.0.1:18181 --path=/api/v1/applications \
    --keys-file="$out/keys" --rates="$rate" --step-seconds="$(((want - have) / rate + 1))" --warmup-seconds=0 \
    --label=fill >>"$out/load.txt"
}
for cost in 50 0; do
  say "workers draining the backlog at ${cost} ms simulated dependency cost: 1, 2, 4 processes"
  if [[ $cost == 50 ]]; then ensure_backlog "$backlog_50ms"; else ensure_backlog "$backlog_0ms"; fi
  cost_env=(QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$worker_pool APP_SIMULATED_DEPENDENCY_LATENCY=${cost}ms)
  start "worker-$cost-1" worker 18191 "${cost_env[@]}"
  [[ $cost == 0 ]] && jfr_start worker-0-1
  drain_window "cost${cost}.workers1"
  [[ $cost == 0 ]] && jfr_stop worker-0-1
  start "worker-$cost-2" worker 18192 "${cost_env[@]}"
  drain_window "cost${cost}.workers2"
  launch "worker-$cost-3" worker 18193 "${cost_env[@]}"
  launch "worker-$cost-4" worker 18194 "${cost_env[@]}"
  ready "worker-$cost-3"
  ready "worker-$cost-4"
  drain_window "cost${cost}.workers4"
  rss "worker-$cost-1"
  if [[ $cost == 50 ]]; then stop worker-50-1 worker-50-2 worker-50-3 worker-50-4; else stop worker-0-3 worker-0-4; fi
done

# ------------------------------------------------------------------------------------- end to end
say "end to end: intake + 2 workers (0 ms cost), offered $e2e_rates/s; 202 -> COMPLETED from the timeline"
for queue in enterprise professional free; do rabbitmqctl -q purge_queue "$prefix.work.$queue" >/dev/null; done
sleep 2
for rate in ${e2e_rates//,/ }; do
  if [[ -n ${last_e2e:-} ]] && awk -v d="$(val "e2e.rate$last_e2e.completed_per_s")" -v r="$last_e2e" 'BEGIN { exit !(d < 0.9 * r) }'; then
    echo "  $last_e2e/s was not sustained end to end: higher rates are not run"
    break
  fi
  last_e2e=$rate
  c0=$(date +%s.%N)
  commits0=$(q "select xact_commit from pg_stat_database where datname = current_database()")
  load e2e /api/v1/applications "$rate" --warmup-seconds=0 --jdbc="$jdbc"
  c1=$(date +%s.%N)
  window="submitted_at between to_timestamp($c0) and to_timestamp($c1)"
  # wait until every application of the step is done, 20 s pass without progress or 60 s in all
  last=-1; same=0; waited=0
  while ((waited < 60)); do
    done_now=$(q "select count(*) from application where $window and status = 'COMPLETED'")
    total=$(q "select count(*) from application where $window")
    [[ $done_now == "$total" ]] && break
    if [[ $done_now == "$last" ]]; then same=$((same + 1)); else same=0; fi
    ((same < 20)) || break
    last=$done_now; sleep 1; waited=$((waited + 1))
  done
  IFS='|' read -r accepted done_count p50 p99 < <(q "select count(*), count(c.changed_at),
      coalesce(percentile_disc(0.5) within group (order by extract(epoch from c.changed_at - a.submitted_at) * 1000), -1),
      coalesce(percentile_disc(0.99) within group (order by extract(epoch from c.changed_at - a.submitted_at) * 1000), -1)
      from application a left join status_change c on c.application_id = a.id and c.status = 'COMPLETED' where a.$window")
  commits1=$(q "select xact_commit from pg_stat_database where datname = current_database()")
  fig "e2e.rate$rate.accepted" "$accepted"
  # every transaction of the processes and the load client's polls during the step, per accepted application
  fig "e2e.rate$rate.commits_per_application" "$(calc "($commits1 - $commits0) / ($accepted > 0 ? $accepted : 1)" 2)"
  fig "e2e.rate$rate.completed" "$done_count"
  fig "e2e.rate$rate.to_completed_p50_ms" "$(calc "$p50" 1)"
  fig "e2e.rate$rate.to_completed_p99_ms" "$(calc "$p99" 1)"
  fig "e2e.rate$rate.completed_per_s" "$(q "select round(count(*) / greatest(extract(epoch from max(changed_at) - min(changed_at)), 0.001))
      from status_change c join application a on a.id = c.application_id where c.status = 'COMPLETED' and a.$window")"
done
rss worker-0-2
stop worker-0-1 worker-0-2 intake

# ----------------------------------------------------------------------------------- synchronous baseline
say "synchronous baseline: processing inside the request, 50 ms cost, at $sync_rates/s"
# Hundreds of requests run the notify step at once here (a worker runs at most its concurrency): the
# notification emitter's default buffer of 128 would refuse the rest (SRMSG00034), so it gets more room.
start baseline intake 18181 APP_BASELINE_ENABLED=true APP_SIMULATED_DEPENDENCY_LATENCY=50ms \
  QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$baseline_pool MP_MESSAGING_EMITTER_DEFAULT_BUFFER_SIZE=4096
jfr_start baseline
load sync /api/v1/baseline/applications "$sync_rates" --warmup-seconds="$warmup_seconds" --warmup-rate=100 --connections=512
jfr_stop baseline
rss baseline
stop baseline
fig sync.best_rate_p99_under_200ms "$(best_rate sync 200)"
async200=$(val async.best_rate_p99_under_200ms) sync200=$(val sync.best_rate_p99_under_200ms)
if [[ $sync200 -gt 0 ]]; then
  fig ratio.async_to_sync_p99_under_200ms "$(calc "$async200 / $sync200" 1)"
else
  fig ratio.async_to_sync_p99_under_200ms "n/a (the baseline missed p99 < 200 ms at its lowest rate)"
fi

# -------------------------------------------------------------------------------------------- ceilings
say "ceilings: PostgreSQL (pgbench, one application's transactions) and RabbitMQ (perf-test, quorum, confirms)"
if command -v pgbench >/dev/null; then
  client_id=$(q "select id from api_client limit 1")
  PGOPTIONS="-c search_path=$schema" pgbench -h 127.0.0.1 -U postgres -n -M prepared -c 8 -j 2 -T "$ceiling_seconds" \
    -D cid="$client_id" -f src/bench/pgbench-application.sql postgres >"$logs/pgbench.log" 2>&1 \
    || { tail -20 "$logs/pgbench.log"; die "pgbench failed"; }
  fig ceiling.postgresql_applications_per_s "$(awk '/^tps/ { printf "%.0f", $3 }' "$logs/pgbench.log")"
  fig ceiling.postgresql_latency_ms "$(awk '/^latency average/ { print $4 }' "$logs/pgbench.log")"
fi
"${client[@]}" com.rabbitmq.perf.PerfTest --uri amqp://guest:guest@127.0.0.1:5672 --quorum-queue \
  --queue "$prefix.perftest" --confirm 256 --flag persistent --size 600 --producers 1 --consumers 1 --qos 256 \
  --multi-ack-every 64 --time "$ceiling_seconds" >"$logs/perftest.log" 2>&1 || { tail -20 "$logs/perftest.log"; die "perf-test failed"; }
rabbitmqctl -q delete_queue "$prefix.perftest" >/dev/null || true
fig ceiling.rabbitmq_published_per_s "$(awk '/sending rate avg/ { print $(NF-1) }' "$logs/perftest.log")"
fig ceiling.rabbitmq_consumed_per_s "$(awk '/receiving rate avg/ { print $(NF-1) }' "$logs/perftest.log")"

# ------------------------------------------------------------------------------------------ profiles
say "profiles (JFR, settings=profile) under load"
for role in intake worker-0-1 baseline; do
  [[ -f $out/$role.jfr ]] && "${client[@]}" com.applicationmanager.bench.Bench jfr --role="$role" --file="$out/$role.jfr" \
    | tee -a "$out/jfr.txt"
done

# ------------------------------------------------------------------------------------------ targets
say "targets"
best25=$(val async.best_rate_p99_under_25ms)
fig target.accepted_2000_p99_25ms "$([[ $best25 -ge 2000 ]] && echo met || echo "missed: $best25/s is the highest rate with p99 < 25 ms ($(calc "$best25 / 20" 0) % of the target; $(val async.best_rate_p99_under_200ms)/s with p99 < 200 ms)")"
e2e_top=$last_e2e
e2e_done=$(val "e2e.rate$e2e_top.completed_per_s")
fig target.completed_1500_per_s "$(awk -v d="$e2e_done" 'BEGIN { exit !(d >= 1500) }' && echo met || echo "missed: ${e2e_done}/s completed end to end at ${e2e_top}/s offered ($(calc "$e2e_done / 15" 0) % of the target)")"
# how much of this machine's ceilings the end-to-end rate used: the database's whole write set per
# application, and two confirmed persistent messages per application (the work message and the notification)
pg_ceiling=$(val ceiling.postgresql_applications_per_s)
mq_ceiling=$(val ceiling.rabbitmq_published_per_s)
[[ $pg_ceiling =~ ^[0-9.]+$ ]] && fig fraction.postgresql_ceiling_pct "$(calc "100 * $e2e_done / $pg_ceiling" 0)"
[[ $mq_ceiling =~ ^[0-9.]+$ ]] && fig fraction.rabbitmq_ceiling_pct "$(calc "100 * 2 * $e2e_done / $mq_ceiling" 1)"
ratio=$(val ratio.async_to_sync_p99_under_200ms)
fig target.ratio_10 "$(awk -v r="$ratio" 'BEGIN { exit !(r + 0 >= 10) }' && echo met || echo "missed: $ratio")"
# each role's first start, on an otherwise idle machine (later workers start beside busy ones)
slowest=$(for role in intake worker-50-1 baseline; do echo "$(val "ready_ms.$role") $role"; done | sort -n | tail -1)
fig target.ready_1500ms "$(awk -v s="${slowest%% *}" 'BEGIN { exit !(s < 1500) }' && echo met || echo "missed: slowest first start ${slowest% *} ms (${slowest#* })")"
fig machine.load_after "$(cut -d' ' -f1-3 /proc/loadavg)"
fig total_seconds "$(($(date +%s) - started_at))"

mkdir -p "$report_dir"
# docs/benchmarks-before.properties: the figures of this command on an earlier commit, for a before/after table
before_figures=${BENCH_BEFORE:-docs/benchmarks-before.properties}
if [[ -f $before_figures ]]; then
  say "figures of the earlier run the report compares with ($before_figures)"
  grep -E '^(commit|machine\.load|async\.|drain\.|e2e\.|sync\.best)' "$before_figures" | sed 's/^/  before: /' || true
fi
src/bench/report.sh "$figures" "$out" "$before_figures" >"$report_dir/benchmarks.md"
{ echo "# Figures of the last src/bench/run.sh; docs/benchmarks.md is rendered from these."; cat "$figures"; } >"$report_dir/benchmarks.properties"
say "report: $report_dir/benchmarks.md, $report_dir/benchmarks.properties"
}
main "$@"; exit $?
