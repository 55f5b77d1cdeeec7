#!/usr/bin/env bash
# Draws the report's charts as SVG with gnuplot from the figures src/bench/run.sh printed (FIGURES) into DIR:
# benchmarks-latency.svg (submission latency against offered rate: intake, synchronous baseline, JobRunr's enqueue
# call), benchmarks-e2e-latency.svg (202 -> COMPLETED against offered rate, JobRunr's enqueue -> start) and
# benchmarks-throughput.svg (bars: intake, bulk, workers and end to end beside JobRunr's counterparts).
#   src/bench/charts.sh target/bench/figures.properties docs
set -euo pipefail
figures=$1 dir=$2
val() { awk -v k="$1" 'index($0, k "=") == 1 { v = substr($0, length(k) + 2) } END { print v }' "$figures"; }
ran_rates() { awk -F= -v l="$1" '$1 == l ".rates" { print $2 }' "$figures" | awk '!seen[$0]++'; }
style="set terminal svg size 900,540 dynamic enhanced font 'sans,12' background '#ffffff'
set grid ytics lc rgb '#dddddd'
set key below maxrows 3 box
set border 3
set tics nomirror"

# latency_chart FILE TITLE XLABEL JOBRUNR-KEYS JOBRUNR-TITLE LABEL:P50:P99:COLOUR:TITLE...: a p50 (solid) and a
# p99 (dashed) line against the offered rate for each rate-stepped phase LABEL, and JobRunr's p50 and p99 at its
# paced rate as two points (JOBRUNR-KEYS: "p50key p99key")
latency_chart() {
  local file=$1 title=$2 xlabel=$3 peer_keys=($4) peer_title=$5 spec label p50 p99 colour name rate plot=""
  shift 5
  {
    echo "$style"
    echo "set output '$dir/$file'"
    echo "set title '$title'"
    echo "set xlabel '$xlabel'"
    echo "set ylabel 'ms (log scale)'"
    echo "set logscale y"
    for spec in "$@"; do
      IFS=: read -r label p50 p99 colour name <<<"$spec"
      echo "\$$label << EOD"
      for rate in $(ran_rates "$label"); do echo "$rate $(val "$label.rate$rate.$p50") $(val "$label.rate$rate.$p99")"; done
      echo "EOD"
      plot+="\$$label using 1:2 with linespoints lw 2 pt 7 lc rgb '$colour' title '$name p50', "
      plot+="\$$label using 1:3 with linespoints lw 2 pt 5 dt 2 lc rgb '$colour' title '$name p99', "
    done
    echo "\$jobrunr << EOD"
    echo "$(val jobrunr.paced.enqueue_per_s) $(val "${peer_keys[0]}") $(val "${peer_keys[1]}")"
    echo "EOD"
    echo "plot $plot \$jobrunr using 1:2 with points pt 9 ps 1.6 lc rgb '#ff7f0e' title '$peer_title p50', \\"
    echo "  \$jobrunr using 1:3 with points pt 11 ps 1.6 lc rgb '#ff7f0e' title '$peer_title p99'"
  } | gnuplot
}

latency_chart benchmarks-latency.svg 'Submission latency against offered rate (open loop; one process)' \
  'offered submissions per second' "jobrunr.paced.enqueue_call_p50_ms jobrunr.paced.enqueue_call_p99_ms" \
  'JobRunr enqueue call' async:p50_ms:p99_ms:#1f77b4:intake sync:p50_ms:p99_ms:#2ca02c:'synchronous baseline (50 ms cost)'
latency_chart benchmarks-e2e-latency.svg 'From accepted to processed, against offered rate' 'offered per second' \
  "jobrunr.paced.start_p50_ms jobrunr.paced.start_p99_ms" 'JobRunr enqueue -> start (5 s poll)' \
  e2e:to_completed_p50_ms:to_completed_p99_ms:#1f77b4:'202 -> COMPLETED (intake + 2 workers)'

# bar NAME KEY COLOUR: one bar when the figure exists (1: this project, 2: JobRunr)
bar() { local v; v=$(val "$2"); [[ -n $v ]] && printf '"%s" %s %s\n' "$1" "$v" "$3" || true; }
workers=$(val settings.worker_counts | tr ',' ' ')
gnuplot <<GNUPLOT
$style
set output '$dir/benchmarks-throughput.svg'
set title 'Per second, this project (blue) beside JobRunr (orange), same run'
set ylabel 'per second'
set style fill solid 0.85 border -1
set boxwidth 0.7
set xtics rotate by -30 scale 0 font ',11'
set yrange [0:*]
set offsets 0, 0, graph 0.08, 0
unset key
\$bars << EOD
$(bar "intake: accepted (closed loop)" closed.accepted_per_s 1
  bar "bulk import: stored" bulk.stored_per_s 1
  bar "JobRunr: enqueued" jobrunr.backlog_noop.enqueue_per_s 2
  for n in $workers; do bar "$n worker(s), 0 ms: completed" "drain.cost0.workers$n.completed_per_s" 1; done
  bar "JobRunr: no-op drain" jobrunr.backlog_noop.drain_per_s 2
  bar "JobRunr: one-UPDATE drain" jobrunr.backlog_update.drain_per_s 2
  for n in $workers; do bar "$n worker(s), 50 ms: completed" "drain.cost50.workers$n.completed_per_s" 1; done
  bar "end to end: completed" e2e.top_completed_per_s 1
  bar "JobRunr: end to end" jobrunr.e2e.drain_per_s 2)
EOD
plot \$bars using 0:2:(\$3 == 1 ? 0x1f77b4 : 0xff7f0e):xtic(1) with boxes lc rgb variable, \
     '' using 0:2:(sprintf('%.0f', \$2)) with labels offset 0,0.8 font ',11'
GNUPLOT
echo "  charts: $dir/benchmarks-latency.svg, $dir/benchmarks-e2e-latency.svg, $dir/benchmarks-throughput.svg"
