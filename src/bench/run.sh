#!/usr/bin/env bash
# One benchmark, one report. Builds the application (with the JDK 25 AOT cache when a JDK 25 is there), the load
# client (src/bench, its own pom) and the JobRunr peer (src/bench/jobrunr, its own pom); starts intake, workers
# and the synchronous baseline as separate processes against the local PostgreSQL and RabbitMQ (own schema and
# broker prefix, emptied first); drives open- and closed-loop load; measures the outbox relay on a backlog, the
# ceilings of PostgreSQL (pgbench) and RabbitMQ (perf-test), JobRunr in a database of its own, and each role's
# start alone; profiles with JFR; and writes docs/benchmarks.md, docs/benchmarks.properties and the charts
# (docs/benchmarks-*.svg) from the figures it printed on the way. Before each phase it records the load of the
# machine and any JVM it did not start (lib/guard.sh); the report shows them beside that phase's figures.
#
#   src/bench/run.sh                  full run, about 12 minutes (budget: under 15); run it under the CPU lock
#   BENCH_QUICK=1 src/bench/run.sh    a few seconds per phase, for working on the harness; reports to target/bench
#   BENCH_STRICT=1 src/bench/run.sh   refuses to run, or to go on, on a machine that is not quiet
#   BENCH_SETTLE_SECONDS=120          how long it waits at the start for the 1-minute load to fall to 1.5
#   BENCH_SAVE_BEFORE=1 ...           also keeps this run's figures as docs/benchmarks-before.properties, the
#                                     "before" of the next run's before/after table
#   BENCH_AOT_TRAINING=static         keeps the build's AOT cache (static initialisation) instead of training it
#                                     on one real start (src/main/docker/aot-train.sh)
#   BENCH_PHASES=intake,workers,startup  only these phases (of intake closed bulk workers e2e relay baseline ceilings
#                                     jobrunr startup); the footprint run: RSS after the intake's and the workers'
#                                     load, each role's start alone, the cold worker. Reports to target/bench
#
# Settings (environment): BENCH_SCHEMA (bench), BENCH_PREFIX (bench.applications), BENCH_JAVA_HOME (a JDK 25 for
# the AOT cache; default /usr/lib/jvm/temurin-25-jdk-amd64, else the java on PATH), BENCH_JVM_OPTS (-Xmx768m, for
# every application process), BENCH_RATES, BENCH_SYNC_RATES, BENCH_E2E_RATES, BENCH_WORKERS (1,2: worker
# processes per window), BENCH_STEP_SECONDS, BENCH_REPORT_DIR, BENCH_BEFORE. It stops only what it started.
set -euo pipefail
# All of it is one function, read whole before it runs: editing this file during a run cannot derail that run.
main() {
cd "$(dirname "$0")/../.."
bench=src/bench
out=target/bench
logs=$out/logs
figures=$out/figures.properties
started_at=$(date +%s)
for lib in figures processes guard targets; do source "$bench/lib/$lib.sh"; done
rm -rf "$out" && mkdir -p "$logs"
: >"$figures"
quick=${BENCH_QUICK:-0}
phases=${BENCH_PHASES:-}
# phase NAME: whether this run measures NAME (every phase unless BENCH_PHASES names some)
phase() { [[ -z $phases || ,$phases, == *,$1,* ]]; }
setting() { if [[ $quick == 1 ]]; then echo "$2"; else echo "$1"; fi; }
say "quiet machine?"
guard_settle "${BENCH_SETTLE_SECONDS:-$(setting 120 0)}"
guard_begin setup
rates=${BENCH_RATES:-$(setting 100,250,500,750,1000,1500,2000,3000 250,1000,1500)}
sync_rates=${BENCH_SYNC_RATES:-$(setting 25,50,100,200,400,800,1600 25,100)}
e2e_rates=${BENCH_E2E_RATES:-$(setting 200,500,1000,1500,2000 200,500)}
e2e_always=500 # rates up to this one run even when a lower one was not sustained: the latency targets sit there
worker_counts=${BENCH_WORKERS:-1,2}
step_seconds=${BENCH_STEP_SECONDS:-$(setting 12 3)}
warmup_seconds=$(setting 8 2)
window_seconds=$(setting 10 3)
# after a start the JIT still compiles: a window that began 3 s after a worker was ready saw C2 take a fifth of the CPU
settle_seconds=$(setting 10 1)
ceiling_seconds=$(setting 15 4)
closed_seconds=$(setting 15 4) closed_connections=32
bulk_seconds=$(setting 10 3) bulk_items=1000 bulk_connections=2
relay_fill_seconds=$(setting 10 3)
# what the worker windows drain at most: two windows and their settling, at up to ~750/s (50 ms) and ~2,000/s (0 ms)
backlog_50ms=$(setting 30000 1500) backlog_0ms=$(setting 80000 3000)
jobrunr_jobs=$(setting 20000 3000) jobrunr_paced_jobs=$(setting 2000 400) jobrunr_paced_rate=200
start_tries=$(setting 3 1)
report_dir=${BENCH_REPORT_DIR:-$(if [[ -n $phases ]]; then echo target/bench; else setting docs target/bench; fi)}
read -r -a jvm_opts <<<"${BENCH_JVM_OPTS:--Xmx768m}"
schema=${BENCH_SCHEMA:-bench}
prefix=${BENCH_PREFIX:-bench.applications}
jobrunr_db=bench_jobrunr
steps=normalise,dedupe,screen,simulated-dependency,notify
# issue #13's 0 ms target is the default pipeline: no simulated dependency, whose ledger costs a transaction each
default_steps=normalise,dedupe,screen,notify
admin_password=bench-admin-password-not-a-secret
bootstrap_key=bench-bootstrap-client-key-not-a-secret
# pools: the intake's default (20); a worker in batches needs one connection per batch in flight
# (concurrency / batch size, 4 at the defaults) plus a few for health and dead-letter events
intake_pool=20 worker_pool=12 baseline_pool=20 worker_concurrency=256
intake_url=http://127.0.0.1:18181
jdbc="jdbc:postgresql://127.0.0.1:5432/postgres?currentSchema=$schema"

# ---------------------------------------------------------------------------------------------- tools
say "tools"
for tool in curl psql awk pgrep git; do command -v $tool >/dev/null || die "$tool is needed"; done
# install_missing COMMAND PACKAGE: installs a Debian package when its command is missing and we may
install_missing() {
  command -v "$1" >/dev/null && return 0
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
    echo "installing $2 (Debian) for $1"
    apt-get install -y -qq "$2" >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "$2" >/dev/null 2>&1; } || true
  fi
  command -v "$1" >/dev/null
}
install_missing pgbench postgresql-client || echo "pgbench is missing: the PostgreSQL ceiling is skipped"
install_missing gnuplot gnuplot-nox || echo "gnuplot is missing: the report will have no charts"
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
# the application measured: the last commit that changed it, and whether main has the same code
application=$(git log -1 --format=%h -- src/main pom.xml)
fig commit.application "$application$(git diff --quiet HEAD -- src/main pom.xml || echo '-dirty')"
if ! git rev-parse -q --verify main >/dev/null || ! git merge-base --is-ancestor "$application" main; then
  fig commit.application_on_main "not a commit of main"
elif git diff --quiet "$application" main -- src/main; then
  fig commit.application_on_main "a commit of main; main at $(git rev-parse --short main) has the same src/main"
else
  fig commit.application_on_main "a commit of main; main at $(git rev-parse --short main) has changed src/main since"
fi
fig mode "$([[ $quick == 1 ]] && echo quick || echo full)${phases:+, phases $phases}"
fig settings.rates "$rates"
fig settings.sync_rates "$sync_rates"
fig settings.e2e_rates "$e2e_rates"
fig settings.step_seconds "$step_seconds"
fig settings.window_seconds "$window_seconds"
fig settings.worker_counts "$worker_counts"
fig settings.closed "$closed_connections connections, $closed_seconds s"
fig settings.bulk "$bulk_items applications per request, $bulk_connections connections, $bulk_seconds s"
fig settings.jobrunr "JobRunr $(sed -n 's:.*<jobrunr.version>\(.*\)</jobrunr.version>.*:\1:p' $bench/jobrunr/pom.xml), $jobrunr_jobs jobs, 16 workers, 5 s poll, 8 enqueue threads; paced $jobrunr_paced_jobs at $jobrunr_paced_rate/s"
fig settings.pipeline "$steps"
fig settings.pipeline_0ms "$default_steps"
fig settings.worker_concurrency "$worker_concurrency"
fig settings.pools "intake $intake_pool, worker $worker_pool, baseline $baseline_pool connections"
fig settings.jvm_options "${jvm_opts[*]}"
fig settings.start_tries "$start_tries"

# ---------------------------------------------------------------------------------------------- build
say "build (application${aot_flags:+ with the AOT cache}, load client, JobRunr peer)"
build_start=$(date +%s)
JAVA_HOME=$java_home ./mvnw -B -q package -DskipTests "${aot_flags[@]}" >"$logs/build.log" 2>&1 \
  || { tail -40 "$logs/build.log"; die "the application does not build; see $logs/build.log"; }
for module in $bench $bench/jobrunr; do
  JAVA_HOME=$java_home ./mvnw -B -q -f $module/pom.xml package >"$logs/build-${module##*/}.log" 2>&1 \
    || { tail -40 "$logs/build-${module##*/}.log"; die "$module does not build"; }
done
fig build.seconds "$(($(date +%s) - build_start))"
fig build.aot_cache "$([[ -f target/quarkus-app/app.aot ]] && echo yes || echo no)"
! ls -R target/quarkus-app | grep -qi jobrunr || die "JobRunr reached the application's build (target/quarkus-app)"
fig build.jobrunr_in_application "no"
client=("$java" -Xmx1g -cp "$bench/target/classes:$bench/target/lib/*")
# Netty (in the client) still uses sun.misc.Unsafe, which JDK 24+ warns about on every start
[[ $java_major -ge 24 ]] && client=("${client[0]}" --sun-misc-unsafe-memory-access=allow "${client[@]:1}")
peer=("$java" -Xmx1g -cp "$bench/jobrunr/target/classes:$bench/jobrunr/target/lib/*" com.applicationmanager.bench.jobrunr.PeerBench)
jvm_aot=()
[[ -f target/quarkus-app/app.aot ]] && jvm_aot=(-XX:AOTCache=app.aot)

# ---------------------------------------------------------------------------------------------- clean
say "clean schema '$schema', broker objects '$prefix.*' and database '$jobrunr_db'"
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
purge_work_queues() { for queue in enterprise professional free; do rabbitmqctl -q purge_queue "$prefix.work.$queue" >/dev/null; done; }
jobrunr_database() { psql -h 127.0.0.1 -U postgres -d postgres -qAtX -v ON_ERROR_STOP=1 -c "drop database if exists $jobrunr_db with (force)" "$@" 2>/dev/null; }
q "drop schema if exists $schema cascade"
jobrunr_database
broker_clean
left=$(rabbitmqctl -q list_queues name 2>/dev/null | awk -v p="$prefix." 'index($1, p) == 1' | wc -l)
((left == 0)) || die "$left queue(s) named $prefix.* are still there after cleaning"

app_env=(QUARKUS_PROFILE=prod APP_DATABASE_SCHEMA="$schema" APP_MESSAGING_PREFIX="$prefix"
  APP_ADMIN_PASSWORD="$admin_password" APP_BOOTSTRAP_CLIENT_KEY="$bootstrap_key" APP_PIPELINE_DEFAULT_STEPS="$steps"
  APP_WORKER_CONCURRENCY="$worker_concurrency" APP_WORKER_SHUTDOWN_GRACE=5s QUARKUS_SHUTDOWN_TIMEOUT=2
  QUARKUS_OTEL_SDK_DISABLED=true)
trap cleanup EXIT
# the build's cache knows only Quarkus's static initialisation; one real start teaches it the rest
if [[ -f target/quarkus-app/app.aot && ${BENCH_AOT_TRAINING:-start} == start ]]; then
  say "AOT cache: training on a real start"
  env "${app_env[@]}" JAVA="$java" PORT=18099 src/main/docker/aot-train.sh target/quarkus-app >"$logs/aot-training.log" 2>&1 \
    || { tail -20 "$logs/aot-training.log"; die "the AOT training start failed"; }
  q "drop schema if exists $schema cascade"
  broker_clean
fi
fig build.aot_training "$(if [[ -f target/quarkus-app/aot-training.log ]]; then echo "a real start (src/main/docker/aot-train.sh)"; else echo "static initialisation only"; fi)"

# load LABEL PATH RATES [extra options]: open-loop steps; each STEP line is printed as measured and kept
load() {
  local label=$1 path=$2 steps_rates=$3
  shift 3
  "${client[@]}" com.applicationmanager.bench.Bench load --url=$intake_url --path="$path" \
    --keys-file="$out/keys" --rates="$steps_rates" --step-seconds="$step_seconds" --label="$label" "$@" \
    | tee -a "$out/load.txt" | awk -v figures="$figures" '{ print; fflush() } $1 == "STEP" {
        label = $2; rate = ""
        for (i = 3; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "rate") rate = kv[2] }
        for (i = 3; i <= NF; i++) { split($i, kv, "="); if (kv[1] != "rate") print label ".rate" rate "." kv[1] "=" kv[2] >>figures }
        print label ".rates=" rate >>figures; fflush(figures) }'
}
# bench COMMAND [options]: one run of the load client; its result lines are on stdout, everything in load.txt
bench() { "${client[@]}" com.applicationmanager.bench.Bench "$@" | tee -a "$out/load.txt"; }
# highest rate of LABEL whose step had p99 under MS and was not saturated (0 when none)
best_rate() {
  awk -F= -v l="$1" -v ms="$2" '
    index($1, l ".rate") == 1 && $1 ~ /\.p99_ms$/ { split($1, k, "."); r = substr(k[2], 5); p99[r] = $2 }
    index($1, l ".rate") == 1 && $1 ~ /\.saturated$/ { split($1, k, "."); r = substr(k[2], 5); sat[r] = $2 }
    END { best = 0; for (r in p99) if (p99[r] < ms && sat[r] == "false" && r + 0 > best) best = r + 0; print best }' "$figures"
}
# the rates of RATES a step plan did not reach, with the reason, for the targets that read them
note_unrun_rates() {
  local label=$1 rate last
  last=$(awk -F= -v k="$label.rates" '$1 == k { v = $2 } END { print v }' "$figures")
  for rate in ${2//,/ }; do
    grep -qx "$label.rates=$rate" "$figures" || fig "missing.$label.rate$rate" "not run: the steps stopped after ${last:-the first}/s, which did not keep up"
  done
}
outbox_rows() { q "select count(*) from outbox"; }
# waits up to SECONDS for the relay to publish every outbox row; prints what is left
await_outbox_empty() {
  local waited=0 left
  until left=$(outbox_rows); [[ $left == 0 ]] || ((waited >= $1)); do sleep 1; waited=$((waited + 1)); done
  echo "$left"
}
# tops the backlog up to N applications, unreported
ensure_backlog() {
  local want=$1 have
  have=$(q "select count(*) from application where status = 'RECEIVED'")
  ((have < want)) || return 0
  # by bulk import, the intake's quickest way in (about 2,000/s here)
  echo "  topping up the backlog from $have to $want by bulk import"
  "${client[@]}" com.applicationmanager.bench.Bench bulk --url=$intake_url --keys-file="$out/keys" --items=$bulk_items \
    --connections=$bulk_connections --seconds="$(((want - have) / 2000 + 1))" --warmup-seconds=0 >>"$out/load.txt"
}

# ------------------------------------------------------------------------ async intake: submission latency
guard_begin intake
say "intake alone: submission latency at fixed rates ($rates/s, ${step_seconds}s each)"
start intake intake 18181 QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$intake_pool
bench setup --url=$intake_url --admin-password="$admin_password" --keys-file="$out/keys"
if phase intake; then
jfr_start intake
load async /api/v1/applications "$rates" --warmup-seconds="$warmup_seconds" --warmup-rate=300 --jdbc="$jdbc"
jfr_stop intake
fig async.best_rate_p99_under_25ms "$(best_rate async 25)"
fig async.best_rate_p99_under_200ms "$(best_rate async 200)"
note_unrun_rates async "$rates"
fi

# ------------------------------------------------------------------------ closed loop and bulk import
if phase closed; then
# the open-loop phase may leave rows for the relay: publishing them would compete with this phase for the CPU
fig closed.outbox_left_before "$(await_outbox_empty 120)"
guard_begin closed
say "intake alone, closed loop: $closed_connections connections for ${closed_seconds}s"
[[ $phases == *closed* && $phases != *intake* ]] && jfr_start intake
line=$(bench closed --url=$intake_url --path=/api/v1/applications --keys-file="$out/keys" \
  --connections=$closed_connections --seconds="$closed_seconds" --warmup-seconds="$settle_seconds" | grep '^CLOSED')
[[ $phases == *closed* && $phases != *intake* ]] && jfr_stop intake
fig_line closed "${line#CLOSED * }"
fi

if phase bulk; then
fig bulk.outbox_left_before "$(await_outbox_empty 120)"
guard_begin bulk
say "intake alone, bulk import: $bulk_items applications per request, $bulk_connections connections for ${bulk_seconds}s"
line=$(bench bulk --url=$intake_url --keys-file="$out/keys" --items=$bulk_items --connections=$bulk_connections \
  --seconds="$bulk_seconds" --warmup-seconds="$settle_seconds" | grep '^BULK')
if [[ $line == "BULK skipped"* ]]; then
  fig missing.bulk "skipped: this intake has no bulk endpoint (POST /api/v1/applications/bulk answered ${line##*=})"
else
  fig_line bulk "${line#BULK }"
  # what the database holds is the measure: a bulk answer may refuse some items
  stored=$(q "select count(*) from application where submitted_at between to_timestamp($(val bulk.started_ms) / 1000.0)
      and to_timestamp($(val bulk.ended_ms) / 1000.0)")
  fig bulk.stored "$stored"
  fig bulk.stored_per_s "$(calc "$stored * 1000 / ($(val bulk.ended_ms) - $(val bulk.started_ms))")"
fi
fi
rss intake
fig backlog.after_intake_phases "$(q "select count(*) from application where status = 'RECEIVED'")"

# -------------------------------------------------------------------- workers: sustained completions
# The intake phases left a backlog in the queues; workers drain it while the load client is idle and so is the
# intake (kept warm for the end-to-end phase). The database's transactions in a window, less the idle intake's
# (measured alone first) and this function's own, are the workers'. Each window starts after the newest worker
# has settled.
transactions() { q "select xact_commit + xact_rollback from pg_stat_database where datname = current_database()"; }
# batch_sums NAME: the sum and count of the worker's batch sizes so far
batch_sums() {
  curl -sf "http://127.0.0.1:${port_of[$1]}/q/metrics" | awk '$1 == "applications_worker_batch_size_sum" { s = $2 }
    $1 == "applications_worker_batch_size_count" { c = $2 } END { print s + 0, c + 0 }'
}
drain_window() {
  local label=$1 first=$2 c0 x0 t0 c1 x1 t1 left s0 n0 s1 n1
  sleep "$settle_seconds"
  read -r s0 n0 < <(batch_sums "$first")
  IFS='|' read -r c0 x0 < <(q "select (select count(*) from status_change where status = 'COMPLETED'),
      (select xact_commit + xact_rollback from pg_stat_database where datname = current_database())")
  t0=$(now_ms)
  sleep "$window_seconds"
  IFS='|' read -r c1 x1 left < <(q "select (select count(*) from status_change where status = 'COMPLETED'),
      (select xact_commit + xact_rollback from pg_stat_database where datname = current_database()),
      (select count(*) from application where status = 'RECEIVED')")
  t1=$(now_ms)
  fig "drain.$label.completed_per_s" "$(calc "($c1 - $c0) * 1000 / ($t1 - $t0)")"
  # less this function's own two sessions (a session's start is a transaction too) and the idle intake's
  fig "drain.$label.transactions_per_application" \
    "$(calc "($x1 - $x0 - 2 - $intake_idle_tx * ($t1 - $t0) / 1000) / ($c1 - $c0 > 0 ? $c1 - $c0 : 1)" 2)"
  fig "drain.$label.backlog_left" "$left"
  read -r s1 n1 < <(batch_sums "$first")
  fig "drain.$label.mean_batch" "$(calc "($s1 - $s0) / ($n1 - $n0 > 0 ? $n1 - $n0 : 1)" 1)"
}
if phase workers; then
ensure_backlog $backlog_50ms
fig drain.outbox_left_before "$(await_outbox_empty 120)"
x0=$(transactions) t0=$(now_ms)
sleep "$settle_seconds"
x1=$(transactions) t1=$(now_ms)
fig drain.intake_idle_transactions_per_s "$(calc "($x1 - $x0 - 2) * 1000 / ($t1 - $t0)" 1)"
intake_idle_tx=$(val drain.intake_idle_transactions_per_s)
for cost in 50 0; do
  if [[ $cost == 0 ]]; then
    guard_begin workers-fill # the top-up is a phase of its own: its CPU is the intake's, not the workers'
    ensure_backlog $backlog_0ms
    await_outbox_empty 120 >/dev/null
  fi
  guard_begin "workers-${cost}ms"
  say "workers draining the backlog at ${cost} ms simulated dependency cost: ${worker_counts//,/, } processes"
  cost_env=(QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$worker_pool APP_SIMULATED_DEPENDENCY_LATENCY=${cost}ms)
  [[ $cost == 0 ]] && cost_env+=(APP_PIPELINE_DEFAULT_STEPS=$default_steps)
  have=0
  for count in ${worker_counts//,/ }; do
    for ((n = have + 1; n <= count; n++)); do launch "worker-$cost-$n" worker $((18190 + n)) "${cost_env[@]}"; done
    for ((n = have + 1; n <= count; n++)); do ready "worker-$cost-$n"; done
    have=$count
    [[ $cost == 0 && $count == 1 ]] && jfr_start worker-0-1
    drain_window "cost${cost}.workers$count" "worker-$cost-1"
    [[ $cost == 0 && $count == 1 ]] && jfr_stop worker-0-1
  done
  [[ $cost == 50 ]] && rss worker-50-1
  # the end-to-end phase runs on two of the 0 ms workers
  for ((n = 1; n <= have; n++)); do [[ $cost == 0 && $n -le 2 ]] || stop "worker-$cost-$n"; done
done
one=$(val drain.cost0.workers1.completed_per_s) two=$(val drain.cost0.workers2.completed_per_s)
[[ -n $one && -n $two && $one != 0 ]] && fig drain.cost0.two_to_one "$(calc "$two / $one" 2)"
two=$(val drain.cost50.workers2.completed_per_s)
[[ -n $two ]] && fig drain.cost50.workers2.per_process "$(calc "$two / 2")"
fi

# ------------------------------------------------------------------------------------- end to end
if phase e2e; then
guard_begin e2e
say "end to end: intake + 2 workers (0 ms cost), offered $e2e_rates/s; 202 -> COMPLETED from the timeline"
for n in 1 2; do running "worker-0-$n" || start "worker-0-$n" worker $((18190 + n)) QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$worker_pool APP_SIMULATED_DEPENDENCY_LATENCY=0ms APP_PIPELINE_DEFAULT_STEPS=$default_steps; done
purge_work_queues
sleep 2
last_e2e="" sustained=1
for rate in ${e2e_rates//,/ }; do
  if ((rate > e2e_always)) && [[ $sustained == 0 ]]; then
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
  last=-1 same=0 waited=0
  while ((waited < 60)); do
    done_now=$(q "select count(*) from application where $window and status = 'COMPLETED'")
    total=$(q "select count(*) from application where $window")
    [[ $done_now == "$total" ]] && break
    if [[ $done_now == "$last" ]]; then same=$((same + 1)); else same=0; fi
    ((same < 20)) || break
    last=$done_now
    sleep 1
    waited=$((waited + 1))
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
  awk -v d="$(val "e2e.rate$rate.completed_per_s")" -v r="$rate" -v a="$accepted" -v c="$done_count" \
    'BEGIN { exit !(d >= 0.9 * r && c == a) }' && sustained=1 || sustained=0
  fig "e2e.rate$rate.sustained" "$([[ $sustained == 1 ]] && echo yes || echo no)"
done
note_unrun_rates e2e "$e2e_rates"
fig e2e.top_completed_per_s "$(awk -F= '/^e2e\.rate[0-9]+\.completed_per_s=/ && $2 + 0 > m { m = $2 + 0 } END { print m + 0 }' "$figures")"
rss worker-0-1
rss worker-0-2
fi
running worker-0-1 && ! phase e2e && rss worker-0-1
stop worker-0-1 worker-0-2

# ------------------------------------------------------------------------ outbox relay with a backlog
if phase relay; then
guard_begin relay
say "outbox relay on a backlog: filled for ${relay_fill_seconds}s by an intake with no broker, then drained"
fig relay.outbox_left_before "$(await_outbox_empty 60)"
stop intake
# port 1: nothing listens, so the relay cannot publish and every accepted application stays in the outbox
start intake-no-broker intake 18182 RABBITMQ_PORT=1 QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$intake_pool
bench closed --url=http://127.0.0.1:18182 --path=/api/v1/applications --keys-file="$out/keys" \
  --connections=$closed_connections --seconds="$relay_fill_seconds" --warmup-seconds=0 >/dev/null
stop intake-no-broker
if [[ $(outbox_rows) == 0 ]]; then
  fig missing.relay "no backlog: the intake without a broker accepted nothing ($logs/intake-no-broker.log)"
  start intake-relay intake 18181 QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$intake_pool
else
  bench relay --jdbc="$jdbc" --timeout-seconds=180 >"$out/relay.txt" &
  watcher=$!
  start intake-relay intake 18181 QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$intake_pool
  wait $watcher
  fig_line relay "$(grep '^RELAY backlog' "$out/relay.txt" | cut -d' ' -f2-)"
fi
stop intake-relay
fi
stop intake

# ----------------------------------------------------------------------------------- synchronous baseline
if phase baseline; then
guard_begin baseline
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
fi

# -------------------------------------------------------------------------------------------- ceilings
if phase ceilings; then
guard_begin ceilings
say "ceilings: PostgreSQL (pgbench, one application's transactions) and RabbitMQ (perf-test, quorum, confirms)"
if command -v pgbench >/dev/null; then
  client_id=$(q "select id from api_client limit 1")
  PGOPTIONS="-c search_path=$schema" pgbench -h 127.0.0.1 -U postgres -n -M prepared -c 8 -j 2 -T "$ceiling_seconds" \
    -D cid="$client_id" -f $bench/pgbench-application.sql postgres >"$logs/pgbench.log" 2>&1 \
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
fi

# ------------------------------------------------------------------------------------------ JobRunr
if phase jobrunr; then
guard_begin jobrunr
say "JobRunr, the peer: $jobrunr_jobs jobs (enqueue, backlog drains, end to end), then $jobrunr_paced_jobs at $jobrunr_paced_rate/s"
# jobrunr_case LABEL OPTIONS...: one case in one JVM, in a database created for it
jobrunr_case() {
  local label=$1 result
  shift
  jobrunr_database -c "create database $jobrunr_db"
  psql -h 127.0.0.1 -U postgres -d $jobrunr_db -qAtX -c checkpoint
  result=$("${peer[@]}" --jdbc="jdbc:postgresql://127.0.0.1:5432/$jobrunr_db" "$@" 2>"$logs/jobrunr-$label.log" | grep '^RESULT') \
    || { tail -20 "$logs/jobrunr-$label.log"; die "the JobRunr case $label failed"; }
  fig_line "jobrunr.$label" "${result#RESULT }"
  [[ $(val "jobrunr.$label.succeeded") == "$(val "jobrunr.$label.jobs")" ]] || die "JobRunr $label: not every job succeeded"
}
jobrunr_case backlog_noop --mode=backlog --job=noop --jobs=$jobrunr_jobs
jobrunr_case backlog_update --mode=backlog --job=update --jobs=$jobrunr_jobs
jobrunr_case e2e --mode=e2e --job=noop --jobs=$jobrunr_jobs
jobrunr_case paced --mode=paced --job=noop --jobs=$jobrunr_paced_jobs --rate=$jobrunr_paced_rate
jobrunr_database
fi

# ------------------------------------------------------------------------------- start-up, alone
if phase startup; then
guard_begin startup
say "start-up, each process alone (best of $start_tries, with and without the AOT cache), and the cold worker"
# best KEY: the smallest of KEY.try1..N
best() { awk -F= -v k="$1.try" 'index($1, k) == 1 && (m == "" || $2 + 0 < m) { m = $2 + 0 } END { print m }' "$figures"; }
for cache in aot jit; do
  without=() && [[ $cache == jit ]] && without=(--no-aot)
  for ((try = 1; try <= start_tries; try++)); do
    start "${without[@]}" "intake-$cache-$try" intake 18181 QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$intake_pool
    keep "startup.intake.$cache.try$try" "$(val "ready_ms.intake-$cache-$try")"
    [[ $cache == jit && $try == "$start_tries" ]] || stop "intake-$cache-$try"
  done
  fig "startup.intake.$cache.best_ms" "$(best "startup.intake.$cache")"
done
# The cold worker, as KEDA starts one: an application waits in its queue and no worker runs; the clock runs from
# the worker's launch to that application's COMPLETED on the timeline. The last intake started above stays,
# idle, to take the application.
purge_work_queues
key=$(awk 'NR == 1 { print $3 }' "$out/keys")
for cache in aot jit; do
  without=() && [[ $cache == jit ]] && without=(--no-aot)
  for ((try = 1; try <= start_tries; try++)); do
    id=$(curl -sf -H "X-API-Key: $key" -H 'Content-Type: application/json' $intake_url/api/v1/applications -d \
      "{\"candidateName\": \"Cold Start\", \"email\": \"cold.$cache.$try.$(now_ms)@example.org\", \"jobPostingId\": \"bench-eng-001\",
        \"type\": \"engineering\", \"resumeText\": \"Java SQL Kafka Quarkus\", \"screeningAnswers\": {\"work-permit\": \"yes\",
        \"years\": \"5\", \"contract\": \"Permanent\"}}" | sed -n 's/.*"id" *: *"\([^"]*\)".*/\1/p')
    [[ -n $id ]] || die "the intake did not accept the cold worker's application"
    [[ $(await_outbox_empty 30) == 0 ]] || die "the cold worker's application was not published within 30 s"
    name=worker-cold-$cache-$try
    start "${without[@]}" "$name" worker 18191 QUARKUS_DATASOURCE_JDBC_MAX_SIZE=$worker_pool APP_SIMULATED_DEPENDENCY_LATENCY=0ms
    keep "startup.worker.$cache.try$try" "$(val "ready_ms.$name")"
    for ((waited = 0; waited < 600; waited++)); do
      done_at=$(q "select coalesce((extract(epoch from min(changed_at)) * 1000)::bigint, 0) from status_change
          where application_id = '$id' and status = 'COMPLETED'")
      [[ $done_at == 0 ]] || break
      nap 0.1
    done
    [[ $done_at != 0 ]] || die "the cold worker did not complete its application within 60 s"
    fig "startup.cold.$cache.try$try" "$((done_at - launched_at[$name]))"
    stop "$name"
  done
  fig "startup.worker.$cache.best_ms" "$(best "startup.worker.$cache")"
  fig "startup.cold.$cache.best_ms" "$(best "startup.cold.$cache")"
done
stop "intake-jit-$start_tries"
fi
guard_end

# ------------------------------------------------------------------------------------------ profiles
say "profiles (JFR, settings=profile) under load"
for role in intake worker-0-1 baseline; do
  [[ -f $out/$role.jfr ]] && "${client[@]}" com.applicationmanager.bench.Bench jfr --role="$role" --file="$out/$role.jfr" \
    | tee -a "$out/jfr.txt"
done

# ------------------------------------------------------------------------------------------ targets
say "targets (src/bench/targets.tsv): absolute, and as a ratio to JobRunr in this run"
# how much of this machine's ceilings the end-to-end rate used: the database's whole write set per
# application, and two confirmed persistent messages per application (the work message and the notification)
e2e_done=$(val e2e.top_completed_per_s)
pg_ceiling=$(val ceiling.postgresql_applications_per_s)
mq_ceiling=$(val ceiling.rabbitmq_published_per_s)
is_number "$pg_ceiling" && fig fraction.postgresql_ceiling_pct "$(calc "100 * $e2e_done / $pg_ceiling" 0)"
is_number "$mq_ceiling" && fig fraction.rabbitmq_ceiling_pct "$(calc "100 * 2 * $e2e_done / $mq_ceiling" 1)"
for side in intake worker; do
  cache=$(val "startup.$side.aot.best_ms") nocache=$(val "startup.$side.jit.best_ms")
  is_number "$cache" && is_number "$nocache" && fig "startup.$side.aot_saves_ms" "$((nocache - cache))"
done
targets_check $bench/targets.tsv
fig machine.load_after "$(cut -d' ' -f1-3 /proc/loadavg)"
fig total_seconds "$(($(date +%s) - started_at))"

# ------------------------------------------------------------------------------------------ report
mkdir -p "$report_dir"
# docs/benchmarks-before.properties: the figures of this command on an earlier commit, for a before/after table
before_figures=${BENCH_BEFORE:-docs/benchmarks-before.properties}
{ echo "# Figures of the last src/bench/run.sh; docs/benchmarks.md is rendered from these."; cat "$figures"; } >"$report_dir/benchmarks.properties"
if [[ ${BENCH_SAVE_BEFORE:-0} == 1 ]]; then
  cp "$report_dir/benchmarks.properties" "$before_figures"
  say "this run's figures are now the before of the next run ($before_figures)"
elif [[ -f $before_figures ]]; then
  say "figures of the earlier run the report compares with ($before_figures)"
  grep -E '^(commit|machine\.load|async\.best|closed\.accepted|bulk\.stored_per|relay\.published|drain\.|e2e\.top|startup\.[a-z]+\.[a-z]+\.best|rss_mb\.)' \
    "$before_figures" | sed 's/^/  before: /' || true
fi
if command -v gnuplot >/dev/null; then
  say "charts"
  $bench/charts.sh "$figures" "$report_dir"
fi
$bench/report.sh "$figures" "$out" "$before_figures" "$report_dir" >"$report_dir/benchmarks.md"
say "report: $report_dir/benchmarks.md, $report_dir/benchmarks.properties"
}
main "$@"; exit $?
