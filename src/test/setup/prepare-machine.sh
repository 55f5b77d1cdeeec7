#!/usr/bin/env bash
# Readies this machine for the tests; `./mvnw verify` runs it right before them (exec-maven-plugin, phase
# process-test-classes; skipped with -DskipTests). Each step checks first and acts only when something is
# missing, so on a ready machine it takes well under a second. What it cannot do it names, and the build
# fails: a test that lacks its tool would otherwise fail further on with a less helpful message.
#
#   the test database          "test" on the local PostgreSQL (created when missing)
#   the management API         RabbitMQ's rabbitmq_management plugin (queue depths, consumers, ages)
#   chromium, chromium-driver  Debian's headless browser for the dashboard test (/usr/bin/chromium, /usr/bin/chromedriver)
#   prometheus                 Debian's package with promtool, which checks the scrape and the alert rules
#   kubectl                    renders the kustomize overlays (kubectl kustomize)
set -euo pipefail

rabbit_host=${RABBITMQ_HOST:-127.0.0.1}
management="http://$rabbit_host:15672/api/overview"
rabbit_login=${RABBITMQ_USERNAME:-guest}:${RABBITMQ_PASSWORD:-guest}
problems=()
done_here=()

answers() { timeout 3 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; }
management_answers() { curl -sf -m 2 -u "$rabbit_login" "$management" >/dev/null; }

# The services run on every machine of this kind; the README says how to start one that stopped.
if ! answers 127.0.0.1 5432; then
  problems+=("PostgreSQL does not answer on 127.0.0.1:5432; start it: pg_ctlcluster --skip-systemctl-redirect \$(ls /etc/postgresql) main start")
elif ! psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname = 'test'" | grep -q 1; then
  createdb -h 127.0.0.1 -U postgres test
  done_here+=("created the database test")
fi

if ! answers "$rabbit_host" 5672; then
  problems+=("RabbitMQ does not answer on $rabbit_host:5672; start it: rabbitmq-server -detached")
elif ! management_answers; then
  if rabbitmq-plugins enable --quiet rabbitmq_management >/dev/null 2>&1; then
    # the plugin's listener comes up a few seconds after the command returns
    for _ in $(seq 1 60); do management_answers && break; sleep 1; done
  fi
  if management_answers; then
    done_here+=("enabled rabbitmq_management")
  else
    problems+=("RabbitMQ's management API does not answer at $management; enable it as root: rabbitmq-plugins enable rabbitmq_management")
  fi
fi

# Debian's packages, each with the command the tests run; kubectl is not in every Debian mirror, so each
# package is installed on its own and named if it fails.
declare -A provides=([chromium]=/usr/bin/chromium [chromium-driver]=/usr/bin/chromedriver [prometheus]=promtool [kubectl]=kubectl)
missing() { ! command -v "${provides[$1]}" >/dev/null; }
packages=()
for package in chromium chromium-driver prometheus kubectl; do
  if missing "$package"; then packages+=("$package"); fi
done

if [ ${#packages[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null; then
    problems+=("missing packages ${packages[*]}; install them as root: apt-get install -y ${packages[*]}")
  else
    echo "prepare-machine: installing ${packages[*]}"
    apt-get update -qq -o DPkg::Lock::Timeout=300 </dev/null >/dev/null || true
    for package in "${packages[@]}"; do
      if DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 \
          "$package" </dev/null >/dev/null && ! missing "$package"; then
        done_here+=("installed $package")
      elif [ "$package" = kubectl ]; then
        problems+=("no apt source here has kubectl; install kubectl 1.21 or later, for example from the Kubernetes project's apt repository (its kustomize must read the overlays' components; Debian 12's kubernetes-client, 1.20, is too old)")
      else
        problems+=("apt-get did not install ${provides[$package]}; install it as root: apt-get install -y --reinstall $package")
      fi
    done
  fi
fi

if [ ${#problems[@]} -gt 0 ]; then
  echo "prepare-machine: this machine cannot run the tests yet:" >&2
  printf '  - %s\n' "${problems[@]}" >&2
  exit 1
fi
summary="database test, RabbitMQ management API, chromium, chromedriver, promtool, kubectl"
if [ ${#done_here[@]} -gt 0 ]; then
  printf -v changes '%s, ' "${done_here[@]}"
  summary="$summary (${changes%, })"
fi
echo "prepare-machine: ready: $summary"
