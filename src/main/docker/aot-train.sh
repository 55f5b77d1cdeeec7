#!/usr/bin/env bash
# Makes the JDK 25 AOT cache from a real start rather than from Quarkus's static initialisation only: the
# application starts against PostgreSQL and RabbitMQ (role all, so both roles' start paths load), answers
# ready, and stops; the JVM writes the cache at exit. The classes of Hibernate's boot, Flyway, the AMQP client,
# Vert.x HTTP and the connectors then come from the cache as well (docs/deployment.md "Start-up").
#
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java src/main/docker/aot-train.sh target/quarkus-app
#   cd target/quarkus-app && java -XX:AOTCache=app.aot -jar quarkus-run.jar
#
# Run it with the JDK that will use the cache, against services like the ones the process will meet, with the
# application's usual settings in the environment (schema, prefix, credentials). PORT (18099) is its HTTP port.
set -euo pipefail
app_dir=$(cd "${1:?usage: $0 QUARKUS_APP_DIR}" && pwd)
java=${JAVA:-java}
port=${PORT:-18099}
cd "$app_dir"
rm -f app.aot
APP_ROLE=all QUARKUS_HTTP_PORT=$port "$java" -XX:AOTCacheOutput=app.aot -jar quarkus-run.jar >aot-training.log 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for ((waited = 0; waited < 1200; waited++)); do
  curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && break
  kill -0 "$pid" 2>/dev/null || { tail -20 aot-training.log; echo "the training start failed; see $app_dir/aot-training.log" >&2; exit 1; }
  sleep 0.1
done
# the first scrape and probe load their classes too
curl -sf -o /dev/null "http://127.0.0.1:$port/q/metrics" || true
kill -TERM "$pid"
wait "$pid" || true
trap - EXIT
[[ -s app.aot ]] || { echo "no cache written; see $app_dir/aot-training.log" >&2; exit 1; }
echo "AOT cache from a real start: $app_dir/app.aot ($(du -m app.aot | cut -f1) MB)"
