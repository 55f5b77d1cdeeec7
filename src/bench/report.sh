#!/usr/bin/env bash
# Renders docs/benchmarks.md from the figures src/bench/run.sh printed (FIGURES), the JFR summary it printed
# (OUT/jfr.txt) and the targets of src/bench/targets.tsv. Adds no number of its own: every figure below is
# looked up by its key. With BEFORE, the figures the same command printed on an earlier commit, it adds a
# before/after table; DIR is where the report goes (the charts are linked when they are there).
#   src/bench/report.sh target/bench/figures.properties target/bench [docs/benchmarks-before.properties [docs]] > docs/benchmarks.md
set -euo pipefail
figures=$1 out=$2 before=${3:-} dir=${4:-docs}
targets=$(dirname "$0")/targets.tsv
# The application commit the prose of "Where the time goes now" was written for, from that commit's full run.
analysis_for=c901c71
val() { awk -v k="$1" 'index($0, k "=") == 1 { v = substr($0, length(k) + 2) } END { print (v == "" ? "—" : v) }' "$figures"; }
bval() { figures=$before val "$1"; }
has() { grep -q "^$1=" "$figures"; }
ran_rates() { awk -F= -v l="$1" '$1 == l ".rates" { print $2 }' "$figures" | awk '!seen[$0]++'; }
step_rows() {
  local label=$1 rate
  for rate in $(ran_rates "$label"); do
    local k="$label.rate$rate"
    printf '| %s | %s | %s | %s | %s | %s | %s | %s / %s / %s / %s / %s, %s | %s | %s |\n' "$rate" "$(val "$k.achieved_per_s")" \
      "$(val "$k.p50_ms")" "$(val "$k.p90_ms")" "$(val "$k.p99_ms")" "$(val "$k.p999_ms")" "$(val "$k.max_ms")" \
      "$(val "$k.sent")" "$(val "$k.status_429")" "$(val "$k.status_4xx")" "$(val "$k.status_5xx")" "$(val "$k.failed")" \
      "$(val "$k.unfinished")" "$( [[ $(val "$k.outbox_max_rows") == -1 ]] && echo — || echo "$(val "$k.outbox_max_rows") rows; oldest $(val "$k.outbox_max_age_ms") ms, p99 $(val "$k.outbox_p99_age_ms") ms")" \
      "$(val "$k.saturated")"
  done
}
step_header='| offered /s | answered in time /s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | sent / 429 / other 4xx / 5xx / failed, unfinished | outbox (deepest; oldest row, its p99 over 100 ms samples) | saturated |
|---:|---:|---:|---:|---:|---:|---:|---|---|---|'
# the state of the machine during a phase, for the line under that phase's heading
machine() {
  local verdict
  verdict=$(val "guard.$1.verdict")
  printf '*Machine during this phase:* 1-minute load %s before it; CPU used meanwhile: this run %s cores, PostgreSQL and RabbitMQ %s, everything else %s; JVMs this run did not start: %s. ' \
    "$(val "guard.$1.load1_before")" "$(val "guard.$1.ours_cores")" "$(val "guard.$1.services_cores")" \
    "$(val "guard.$1.others_cores")" "$(val "guard.$1.foreign_jvms")"
  if [[ $verdict != quiet ]]; then
    echo "**${verdict}** — these figures are not from a quiet machine."
  elif awk -v l="$(val "guard.$1.load1_before")" 'BEGIN { exit !(l > 1.5) }'; then
    echo "**Quiet**: the load above 1.5 is this run's own previous phase; nothing else used the CPU."
  else
    echo "**Quiet.**"
  fi
}
chart() { [[ -f $dir/$1 ]] && printf '![%s](%s)\n' "$2" "$1" || true; }
# a verdict as the table shows it: a target not measured in the run is not met either
verdict() {
  case $1 in
    met) echo "**met**" ;;
    "not met") echo "**not met**" ;;
    *) echo "**not met** (${1})" ;;
  esac
}
# the rows of the targets table, and the count of targets met
target_rows() {
  local issue id what key op absolute unit peer ratio_target derivation
  while IFS=$'\t' read -r issue id what key op absolute unit peer ratio_target derivation; do
    [[ -z $issue || $issue == \#* ]] && continue
    local sign=$(case $op in ">=") echo "≥" ;; "<=") echo "≤" ;; *) echo "<" ;; esac)
    if [[ $peer == - ]]; then
      printf '| #%s | %s | %s %s %s | %s | %s | — | — | — (%s) |\n' "$issue" "$what" "$sign" "$absolute" "$unit" \
        "$(val "target.$id.measured")" "$(verdict "$(val "target.$id.absolute")")" "$derivation"
    else
      printf '| #%s | %s | %s %s %s | %s | %s | %s | %s %s× (%s) | %s, %s |\n' "$issue" "$what" "$sign" "$absolute" "$unit" \
        "$(val "target.$id.measured")" "$(verdict "$(val "target.$id.absolute")")" "$(val "$peer")" "$sign" "$ratio_target" "$derivation" \
        "$(val "target.$id.ratio")" "$(verdict "$(val "target.$id.ratio_verdict")")"
    fi
  done <"$targets"
}
count_targets() { awk -F= -v s="$1" -v v="$2" 'index($1, "target.") == 1 && substr($1, length($1) - length(s) + 1) == s { n++; if ($2 == v) m++ } END { printf "%d of %d", m, n }' "$figures"; }

cat <<EOF
# Benchmarks

Written by \`src/bench/run.sh\` (mode: $(val mode)) on commit $(val commit); the application it measured is the
code of commit $(val commit.application) ($(val commit.application_on_main)). Every figure here is one the
command printed while it measured, kept in [benchmarks.properties](benchmarks.properties). These figures belong to
the machine below and its load at the time: the comparisons that hold elsewhere are the ratios to JobRunr, measured
in the same run on the same PostgreSQL.

Run it again with \`flock /work/cpu.lock src/bench/run.sh\` on a quiet machine (\`BENCH_STRICT=1\` refuses to run
on a busy one; \`BENCH_QUICK=1\` is a short run into \`target/bench\` for working on the harness).

## Machine and run

| | |
|---|---|
| CPU | $(val machine.cpu), $(val machine.cores) cores |
| RAM | $(val machine.ram_gib) GiB |
| load average (1, 5, 15 min) | before $(val machine.load_before); after $(val machine.load_after) |
| PostgreSQL / RabbitMQ | $(val machine.postgresql) / $(val machine.rabbitmq) |
| Java | $(val machine.java); AOT cache: $(val build.aot_cache); JVM options of every application process: \`$(val settings.jvm_options)\` |
| pipeline | \`$(val settings.pipeline)\`; the cost is the \`simulated-dependency\` step's I/O wait. The 0 ms workers (and the end-to-end phase, which runs on two of them) run the default pipeline, \`$(val settings.pipeline_0ms)\`, as issue #13's target says |
| worker concurrency / DB pools | $(val settings.worker_concurrency) / $(val settings.pools) |
| step length | $(val settings.step_seconds) s per rate, $(val settings.window_seconds) s per worker window |
| JobRunr | $(val settings.jobrunr) |
| run time | $(val total_seconds) s in all, of which $(val guard.settle_seconds) s waiting at the start for the load to settle and $(val build.seconds) s building |

Everything runs on this one machine: PostgreSQL, RabbitMQ, the application's processes, JobRunr and the load
client share the same cores. Before each phase the command records the 1-minute load average and every JVM it did
not start; while the phase runs, the CPU used by this run, by PostgreSQL and RabbitMQ, and by everything else. A
phase is not quiet when a JVM this run did not start ran, when everything else took more than 0.25 cores, or
(first phase only) when the load was above 1.5 before the run began. Later phases start with this run's own
previous phase still in the 1-minute figure, which takes minutes to decay; what others do shows in the CPU they used.

| phase | s | 1-min load before | CPU meanwhile (cores): this run / PostgreSQL + RabbitMQ / everything else | JVMs this run did not start | verdict |
|---|---:|---:|---|---|---|
EOF
for phase in $(awk -F= '$1 ~ /^guard\..*\.verdict$/ { split($1, k, "."); print k[2] }' "$figures"); do
  printf '| %s | %s | %s | %s / %s / %s | %s | %s |\n' "$phase" "$(val "guard.$phase.seconds")" "$(val "guard.$phase.load1_before")" \
    "$(val "guard.$phase.ours_cores")" "$(val "guard.$phase.services_cores")" "$(val "guard.$phase.others_cores")" \
    "$(val "guard.$phase.foreign_jvms")" "$(val "guard.$phase.verdict")"
done
cat <<EOF

## Targets

The targets of issues 12, 13 and 15, each as the absolute figure and, where JobRunr has a counterpart, as a ratio
to JobRunr's figure from this same run. A ratio target is the absolute target divided by what JobRunr did on the
quiet day the targets were set (\`src/bench/targets.tsv\` says which figure each comes from), so it carries the
target over to a machine that is faster, slower or busier than that day's.

**Met: $(count_targets .absolute met) as absolute figures, $(count_targets .ratio_verdict met) as ratios to JobRunr.**

| issue | target | absolute target | measured | met? | JobRunr, this run | ratio target | ratio measured, met? |
|---|---|---|---:|---|---:|---|---|
$(target_rows)

## Side by side with JobRunr

$(val settings.jobrunr), in plain Java with its \`PostgresStorageProvider\`, in a database of its own on the
same PostgreSQL, recreated for each case. Its jobs carry a job application of about 600 bytes (name, email, posting,
a 480-character résumé excerpt); stored, a job row holds $(val jobrunr.e2e.job_json_bytes) bytes of JSON. This
project's requests carry varied applications, $(val closed.body_kb_avg) KB on average, over HTTP.

| | this project | JobRunr | ratio |
|---|---:|---:|---:|
| intake: accepted/s, one process, closed loop over $(val settings.closed) · JobRunr: enqueue/s, 8 threads in process, no server running | $(val closed.accepted_per_s) | $(val jobrunr.backlog_noop.enqueue_per_s) | $(val target.intake-closed.ratio) |
| bulk import: applications/s in $(val settings.bulk) · JobRunr: enqueue/s | $(val bulk.stored_per_s) | $(val jobrunr.backlog_noop.enqueue_per_s) | $(val target.bulk.ratio) |
| one worker process, 0 ms cost: completed/s draining a backlog · JobRunr: no-op jobs/s draining $(val jobrunr.backlog_noop.jobs) | $(val drain.cost0.workers1.completed_per_s) | $(val jobrunr.backlog_noop.drain_per_s) | $(val target.worker-0ms.ratio) |
| the same against JobRunr draining jobs of one UPDATE each | $(val drain.cost0.workers1.completed_per_s) | $(val jobrunr.backlog_update.drain_per_s) | — |
| end to end: completed/s, the most of one step · JobRunr: jobs/s from first start to last end while the enqueue runs alongside | $(val e2e.top_completed_per_s) | $(val jobrunr.e2e.drain_per_s) | $(val target.e2e.ratio) |
| JobRunr end to end from the first enqueue until storage shows all SUCCEEDED (its first poll included) | — | $(val jobrunr.e2e.all_succeeded_per_s) | — |
| 202 → COMPLETED at 200/s: p50 / p99 ms · JobRunr: enqueue → start at $(val jobrunr.paced.enqueue_per_s)/s | $(val e2e.rate200.to_completed_p50_ms) / $(val e2e.rate200.to_completed_p99_ms) | $(val jobrunr.paced.start_p50_ms) / $(val jobrunr.paced.start_p99_ms) | — |
| 202 → COMPLETED at 500/s: p50 / p99 ms | $(val e2e.rate500.to_completed_p50_ms) / $(val e2e.rate500.to_completed_p99_ms) | — | $(val target.e2e-p99.ratio) (p99) |
| submission p50 / p99 ms at the lowest rate · JobRunr: one enqueue call at $(val jobrunr.paced.enqueue_per_s)/s | $(val "async.rate$(ran_rates async | head -1).p50_ms") / $(val "async.rate$(ran_rates async | head -1).p99_ms") ($(ran_rates async | head -1)/s) | $(val jobrunr.paced.enqueue_call_p50_ms) / $(val jobrunr.paced.enqueue_call_p99_ms) | — |
| PostgreSQL transactions per application on the processing side (one worker, 0 ms) · JobRunr: per job while draining no-op jobs | $(val drain.cost0.workers1.transactions_per_application) | $(val jobrunr.backlog_noop.transactions_per_job) | — |
| RSS after the load, MB: intake / worker · JobRunr: peak of the end-to-end case | $(val rss_mb.intake) / $(val rss_mb.worker-0-1) | $(val jobrunr.e2e.peak_rss_mb) | $(val target.intake-rss.ratio) / $(val target.worker-rss.ratio) |
| start: ready ms, best of $(val settings.start_tries), AOT cache: intake / worker · JobRunr: JVM start until its server runs | $(val startup.intake.aot.best_ms) / $(val startup.worker.aot.best_ms) | $(val jobrunr.e2e.ready_ms) | — |

$(chart benchmarks-throughput.svg "Throughput against JobRunr")

## Submission latency: intake alone

$(machine intake)

\`POST /api/v1/applications\` from an open-loop constant-rate client (latency from each request's intended send
time, HdrHistogram), varied applications from 8 clients over the three tiers, one intake process and no
workers (the accepted applications wait in the queues for the worker phases). Outbox depth and the age of its
oldest row are sampled every 100 ms during the step.

$step_header
$(step_rows async)

Highest rate with p99 < 200 ms: **$(val async.best_rate_p99_under_200ms)/s**; with p99 < 25 ms: **$(val async.best_rate_p99_under_25ms)/s**.

$(chart benchmarks-latency.svg "Submission latency against offered rate")

## Closed loop and bulk import: intake alone

$(machine closed)

$(val settings.closed), each connection sending its next submission when the answer to the last arrived (as wrk
does): **$(val closed.accepted_per_s) accepted/s**, p50 $(val closed.p50_ms) ms, p90 $(val closed.p90_ms) ms,
p99 $(val closed.p99_ms) ms, max $(val closed.max_ms) ms; $(val closed.requests) requests, 4xx $(val closed.status_4xx),
5xx $(val closed.status_5xx), failed $(val closed.failed); $(val closed.body_kb_avg) KB per request on average.

$(machine bulk)

EOF
if has bulk.stored_per_s; then
  cat <<EOF
\`POST /api/v1/applications/bulk\`, $(val settings.bulk): **$(val bulk.stored_per_s) applications/s** stored
($(val bulk.stored) in the database, $(val bulk.requests) requests, $(val bulk.requests_per_s) requests/s; per request
p50 $(val bulk.p50_ms) ms, p99 $(val bulk.p99_ms) ms, $(val bulk.body_kb_avg) KB; 413 $(val bulk.status_413), other 4xx
$(val bulk.status_4xx), 5xx $(val bulk.status_5xx), failed $(val bulk.failed)).
EOF
else
  echo "Bulk import: $(val missing.bulk)."
fi
cat <<EOF

## Outbox relay on a backlog

$(machine relay)

An intake with no broker reachable took submissions for a while (closed loop), so they stayed in the outbox:
$(val relay.backlog) rows. Then an intake started normally and its relay published them; the outbox was sampled
every 10 ms: **$(val relay.published_per_s) published/s**
($(val relay.backlog) rows in $(val relay.seconds) s; $(val relay.left) left), from the last sample that saw them all to the first that saw none. $(has missing.relay && val missing.relay)

## Workers: sustained completions per second

$(machine workers-50ms)

$(machine workers-0ms)

Worker processes (concurrency $(val settings.worker_concurrency) each) draining the backlog the intake phases left,
while the load client is idle and so is the intake (kept running, warm, for the end-to-end phase); completions
counted on the timeline over one window after the newest worker settled. Transactions per application: PostgreSQL's
transaction count over the same window (\`pg_stat_database\`), less the idle intake's ($(val drain.intake_idle_transactions_per_s)/s,
measured alone just before), divided by the completions.

| worker processes | 50 ms cost: completed/s | tx per application | mean batch | backlog left | 0 ms cost: completed/s | tx per application | mean batch | backlog left |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|
EOF
for n in $(val settings.worker_counts | tr "," " "); do
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$n" "$(val "drain.cost50.workers$n.completed_per_s")" \
    "$(val "drain.cost50.workers$n.transactions_per_application")" "$(val "drain.cost50.workers$n.mean_batch")" \
    "$(val "drain.cost50.workers$n.backlog_left")" \
    "$(val "drain.cost0.workers$n.completed_per_s")" "$(val "drain.cost0.workers$n.transactions_per_application")" \
    "$(val "drain.cost0.workers$n.mean_batch")" "$(val "drain.cost0.workers$n.backlog_left")"
done
cat <<EOF

A backlog of 0 at the end of a window means the workers ran out of work: that figure is a lower bound. The mean
batch is the first worker's over the window (\`applications_worker_batch_size\`; at most \`app.worker.batch-size\`, 64).

## End to end

$(machine e2e)

One intake and two workers (0 ms cost) at a fixed offered rate; the time from 202 to COMPLETED is read from the
timeline (\`application.submitted_at\` to the COMPLETED entry of \`status_change\`) for every application
submitted during the step. Rates up to 500/s always run; higher ones only while the last was sustained (at
least 90 % of the offered rate completed per second, and every accepted application completed).

| offered /s | accepted | completed | completed /s | sustained | 202 → COMPLETED p50 ms | p99 ms | submission p99 ms | PostgreSQL transactions per application (every process) |
|---:|---:|---:|---:|---|---:|---:|---:|---:|
EOF
for rate in $(ran_rates e2e); do
  printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s |\n' "$rate" "$(val "e2e.rate$rate.accepted")" "$(val "e2e.rate$rate.completed")" \
    "$(val "e2e.rate$rate.completed_per_s")" "$(val "e2e.rate$rate.sustained")" "$(val "e2e.rate$rate.to_completed_p50_ms")" \
    "$(val "e2e.rate$rate.to_completed_p99_ms")" "$(val "e2e.rate$rate.p99_ms")" "$(val "e2e.rate$rate.commits_per_application")"
done
cat <<EOF

$(chart benchmarks-e2e-latency.svg "202 to COMPLETED against offered rate, beside JobRunr's enqueue to start")

## Synchronous baseline

$(machine baseline)

The architecture before the queue, as a mode of the same build (\`app.baseline.enabled\`,
\`POST /api/v1/baseline/applications\`): the same validation and insert, then the same steps run inside the
request at 50 ms cost, one process; same client and load.

$step_header
$(step_rows sync)

Highest rate with p99 < 200 ms: **$(val sync.best_rate_p99_under_200ms)/s**. Async/sync ratio at p99 < 200 ms
(accepted submissions against completed synchronous requests): **$(val ratio.async_to_sync_p99_under_200ms)**.

## Ceilings of this machine

$(machine ceilings)

| what | figure |
|---|---|
| PostgreSQL: one application's transactions, submission to COMPLETED (\`src/bench/pgbench-application.sql\`, 8 clients) | $(val ceiling.postgresql_applications_per_s) applications/s (average latency $(val ceiling.postgresql_latency_ms) ms) |
| RabbitMQ: persistent 600-byte messages to a quorum queue with publisher confirms, consumed with acks (perf-test) | $(val ceiling.rabbitmq_published_per_s) published/s, $(val ceiling.rabbitmq_consumed_per_s) consumed/s |

End to end ($(val e2e.top_completed_per_s)/s completed) the system used **$(val fraction.postgresql_ceiling_pct) %** of the
PostgreSQL ceiling and **$(val fraction.rabbitmq_ceiling_pct) %** of the RabbitMQ ceiling (two confirmed messages per application).

## JobRunr

$(machine jobrunr)

\`src/bench/jobrunr\` (its own pom; nothing of it is in the application's build): one JVM per case, each in a
freshly created database. *Backlog*: the jobs are enqueued with no server running, then a server starts and drains
them. *End to end*: the server runs and has settled into its poll loop, then the jobs are enqueued flat out.
*Paced*: the same at a fixed rate. Drain is jobs per second from the first job start to the last job end; "all
SUCCEEDED" runs from the server's start (backlog) or the first enqueue (the others) until storage shows every job
SUCCEEDED. Transactions per job count PostgreSQL's commits in JobRunr's database over the same span, less the
case's own queries.

| case | jobs | enqueue /s | enqueue call p50 / p99 ms | drain /s | all SUCCEEDED /s | first start ms | enqueue → start p50 / p99 ms | tx per job | RSS / peak MB | ready ms |
|---|---:|---:|---|---:|---:|---:|---|---:|---|---:|
EOF
for c in backlog_noop backlog_update e2e paced; do
  k=jobrunr.$c
  printf '| %s | %s | %s | %s / %s | %s | %s | %s | %s / %s | %s | %s / %s | %s |\n' "$c" "$(val "$k.jobs")" "$(val "$k.enqueue_per_s")" \
    "$(val "$k.enqueue_call_p50_ms")" "$(val "$k.enqueue_call_p99_ms")" "$(val "$k.drain_per_s")" "$(val "$k.all_succeeded_per_s")" \
    "$(val "$k.first_start_ms")" "$(val "$k.start_p50_ms")" "$(val "$k.start_p99_ms")" "$(val "$k.transactions_per_job")" \
    "$(val "$k.rss_mb")" "$(val "$k.peak_rss_mb")" "$(val "$k.ready_ms")"
done
cat <<EOF

In the backlog cases enqueue → start is mostly the time a job waited behind the backlog; in *paced* it is JobRunr's
latency below saturation, bounded by its 5 s poll (the smallest JobRunr allows with SQL storage).

## Start-up and memory, each process alone

$(machine startup)

Each role started $(val settings.start_tries) time(s) with nothing else starting or under load, with the JDK 25 AOT
cache and without it (plain JIT); ready means \`/q/health/ready\` answered 200, timed from the JVM's launch. The cold
worker is the case KEDA creates: an application waits in its queue, no worker runs, and the clock runs from the
worker's launch to that application's COMPLETED on the timeline (an idle intake runs, to take the application).
RSS is each process's resident memory right after its load in the phases above.

| role | ready, AOT cache: best ms | ready, no AOT cache: best ms | first COMPLETED after launch, AOT / no AOT: best ms | RSS after its load, MB |
|---|---:|---:|---|---:|
| intake | $(val startup.intake.aot.best_ms) | $(val startup.intake.jit.best_ms) | — | $(val rss_mb.intake) |
| worker | $(val startup.worker.aot.best_ms) | $(val startup.worker.jit.best_ms) | $(val startup.cold.aot.best_ms) / $(val startup.cold.jit.best_ms) | $(val rss_mb.worker-0-1) (0 ms, after end to end); $(val rss_mb.worker-50-1) (50 ms) |
| baseline | — | — | — | $(val rss_mb.baseline) |

Every start during the run, most of them beside busy processes (ready ms):
$(awk -F= '$1 ~ /^ready_ms\./ { printf "%s%s %s", (n++ ? "; " : ""), substr($1, 10), $2 } END { print "." }' "$figures")

EOF
if [[ -n $before && -f $before && $(bval commit) != "$(val commit)" ]]; then
  row() { printf '| %s | %s | %s |\n' "$1" "$(bval "$2")" "$(val "$2")"; }
  cat <<EOF
## Before and after

The same command, run on $(bval commit) (application $(bval commit.application)) and on $(val commit) (application
$(val commit.application)); [benchmarks-before.properties](benchmarks-before.properties) holds the earlier run's
figures. Load average of the earlier run: before $(bval machine.load_before); after $(bval machine.load_after).

| figure | before ($(bval commit)) | after ($(val commit)) |
|---|---:|---:|
EOF
  while IFS=$'\t' read -r issue id what key op absolute unit peer rest; do
    [[ -z $issue || $issue == \#* ]] && continue
    row "#$issue $what ($unit)" "$key"
    [[ $peer == - ]] || row "#$issue $what: ratio to JobRunr in the same run" "target.$id.ratio"
  done <"$targets"
  row "intake: highest rate with p99 < 200 ms (/s)" async.best_rate_p99_under_200ms
  row "intake: highest rate with p99 < 25 ms (/s)" async.best_rate_p99_under_25ms
  for rate in 250 500 1000 1500; do row "intake: answered in time at $rate/s offered (/s)" "async.rate$rate.achieved_per_s"; done
  for cost in 0 50; do for n in 1 2 4; do row "workers, $cost ms cost, $n process(es): completed/s" "drain.cost$cost.workers$n.completed_per_s"; done; done
  row "end to end at 200/s offered: 202 → COMPLETED p99 (ms)" e2e.rate200.to_completed_p99_ms
  row "end to end at 500/s offered: PostgreSQL transactions per application (every process)" e2e.rate500.commits_per_application
  row "synchronous baseline: highest rate with p99 < 200 ms (/s)" sync.best_rate_p99_under_200ms
  row "JobRunr: enqueue/s (same run)" jobrunr.backlog_noop.enqueue_per_s
  row "JobRunr: no-op drain/s (same run)" jobrunr.backlog_noop.drain_per_s
  echo
  echo "Each rate is one $(val settings.step_seconds)-second step on a shared machine, so a single step's p99 can jump on a pause elsewhere;"
  echo "the ratios to JobRunr, measured in each run, are the steadier comparison."
  echo
elif [[ -n $before && -f $before ]]; then
  cat <<EOF
## Before and after

This run is the "before": [benchmarks-before.properties](benchmarks-before.properties) holds these same figures,
and the next run of the command on changed code renders a before/after table against them (every target's figure,
the intake's rates, the workers, end to end, and JobRunr's figures of each run).

EOF
fi
if [[ $(val commit.application) != "$analysis_for"* ]]; then
  echo "> The analysis below was written for the application at $analysis_for; this run measured $(val commit.application)."
  echo "> Read it against the profiles at the end, and update it in src/bench/report.sh."
  echo
fi
cat <<EOF
## Where the time goes now

Written for the application at $analysis_for: group-committed intake, pipelined relay, batch worker with batched screening.

$(val target.worker-0ms.absolute | grep -q '^met' && echo 'The worker meets its throughput target.' || echo "One worker completes $(val drain.cost0.workers1.completed_per_s)/s against JobRunr's $(val jobrunr.backlog_noop.drain_per_s)/s (ratio $(val target.worker-0ms.ratio)) and the intake accepts $(val closed.accepted_per_s)/s against JobRunr's $(val jobrunr.backlog_noop.enqueue_per_s)/s enqueue (ratio $(val target.intake-closed.ratio)).")

- **The machine.** Every process of a phase shares two cores: the application, the load client, PostgreSQL and
  RabbitMQ. During the closed loop the benchmark's own processes used $(val guard.closed.ours_cores) cores and the
  services $(val guard.closed.services_cores); a figure here is what the whole stack does on two cores, not what one
  intake or worker would do on a machine of its own. JobRunr's figures are in-process calls (no HTTP, no broker).
- **Worker.** Deliveries are gathered into batches ($(val drain.cost0.workers1.mean_batch) deliveries per batch on average
  in the first 0 ms window, at most 64); each batch is one claim (\`update … where id = any(?) … returning\`), one
  statement per lookup for the whole batch (dedupe's earlier applications; screen's posting versions, a posting
  being loaded again only when it changed), the pure steps in memory, one commit for every output, COMPLETED and
  timeline row and for notify's messages (job types that share their steps run as one group), then the acks; the messages are published after the commit. The 0 ms
  windows run the default pipeline; the 50 ms windows add the simulated dependency, whose own ledger costs a
  transaction per application. On the worker side an application costs
  $(val drain.cost0.workers1.transactions_per_application) PostgreSQL transactions at 0 ms, where JobRunr spends
  $(val jobrunr.backlog_noop.transactions_per_job) per job; two processes do $(val drain.cost0.two_to_one)× one. What
  limits it is the two shared cores: PostgreSQL and RabbitMQ took $(val guard.workers-0ms.services_cores) cores in
  the 0 ms phase, and the worker's own profile (below) is flat: the connector's publish path for notify's
  messages, skill matching (a pattern per skill over resumes of up to 60 KB), JSON for deliveries and
  notifications, and the ledger's statements.
- **Intake.** Concurrent submissions join one transaction (up to 250, gathered for at most 1 ms, two writers); a
  request waits for its batch's commit (\`SubmissionIntake.await\` at the top of the contention list below, by design).
  The closed loop of 32 connections accepts $(val closed.accepted_per_s)/s with a median of $(val closed.p50_ms) ms; what
  limits it is CPU, spread over Vert.x, security, RESTEasy, validation, Jackson and the ORM insert in small shares
  (profile below), while PostgreSQL commits a few batches at a time. The request body is read on the event loop
  before the resource runs (a blocking-stream hand-off had cost a sixth of the intake's CPU).
- **Outbox relay.** Rows are handed to the relay as their batch commits; it keeps up to 1,000 messages awaiting
  confirms and deletes confirmed rows in bulk, holding no transaction across the broker's answer: on a backlog
  $(val relay.published_per_s) published/s. Under the open-loop steps the oldest row grows once the intake saturates
  the CPU (p99 $(val "async.rate$(ran_rates async | tail -1).outbox_p99_age_ms") ms at $(ran_rates async | tail -1)/s offered, the
  last step): the confirms come from a RabbitMQ on the same two cores.
- **Start.** Ready takes $(val startup.intake.aot.best_ms) ms (intake) and $(val startup.worker.aot.best_ms) ms (worker)
  with the AOT cache; the cache saves $(val startup.intake.aot_saves_ms) and $(val startup.worker.aot_saves_ms) ms. A cold
  worker completes its first application $(val startup.cold.aot.best_ms) ms after launch. docs/deployment.md
  ("Where the start goes") breaks the rest down.

## Profiles (JFR, \`settings=profile\`)

Recorded on the intake during its rate steps, on the first worker during its first 0 ms window and on the
baseline during its steps: the hottest methods and packages by execution samples (self), the application's
own frames the samples pass through (inclusive), where threads waited (monitor enter and park, summed) and
what was allocated.

\`\`\`
$(cat "$out/jfr.txt" 2>/dev/null || echo "no recording")
\`\`\`
EOF
