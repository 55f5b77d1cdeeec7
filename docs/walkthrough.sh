#!/usr/bin/env bash
# Runs the README's walk-through as written, command by command, in order, and checks each answer against what
# the README says of it. It reads the commands out of the README's "## Walk-through" bash block, so the two cannot
# drift apart: a changed command runs as changed, an added or removed one no longer lines up with EXPECTED below.
#
#   bash docs/walkthrough.sh                 # against ./mvnw quarkus:dev on localhost:8080
#   BASE=localhost:8081 KEY=... ADMIN=admin:... bash docs/walkthrough.sh   # elsewhere (WalkthroughTest does this)
#
# Placeholders are filled from earlier answers: <id> from the last 202 (or the application named in it),
# <client id> from the last answer that created a client (client.id), <nextCursor> from the last listing.
set -uo pipefail

cd "$(dirname "$0")/.."
BASE=${BASE:-localhost:8080}
ADMIN=${ADMIN:-admin:dev-only-admin-password}
KEY_FROM_CALLER=${KEY:-}
DOC_BASE=localhost:8080
DOC_ADMIN=admin:dev-only-admin-password

# One check per curl command, in the README's order: "status <codes...>", "has <text>" (the answer contains it),
# "until <text>" (repeat the command until it does, at most 20 s), "ends <text>" (a stream that ends by itself, with
# it), "replayed" (202 with Idempotent-Replayed: true and the id of the answer before), "lines" (some output).
EXPECTED=(
  "status 201 409"                               # the posting (409: it exists from an earlier run)
  "status 202"                                   # the submission
  "replayed"                                     # the same Idempotency-Key again
  "until-any \"status\":\"COMPLETED\" \"status\":\"DUPLICATE\""
  "ends-any \"status\":\"COMPLETED\" \"status\":\"DUPLICATE\""
  "has \"errors\":true"                          # bulk JSON with one invalid item
  "has \"errors\":false"                         # bulk NDJSON, both valid
  "status 400"                                   # the invalid body
  "until \"nextCursor\""                         # first page of the listing
  "has \"items\""                                # the page after it
  "has \"paused\":true"                          # pause
  "until-paused"                                 # every worker has applied the pause
  "status 202"                                   # an application to withdraw
  "status 204"                                   # withdrawn
  "has \"status\":\"WITHDRAWN\""
  "has \"paused\":false"                         # resume
  "status 202"                                   # the demo dead letter
  "until \"status\":\"FAILED\""
  "until-id"                                     # it waits in the dead-letter queue
  "has \"reprocessed\":1"                        # what the dashboard's Reprocess button sends
  "status 401"                                   # no key
  "status 403"                                   # a client key on an admin path
  "status 201"                                   # create a client
  "has \"name\":\"acme-careers\""
  "status 201"                                   # rotate its key
  "status 204"                                   # revoke it
  "has \"UP\""                                   # readiness
  "lines"                                        # metrics
)

fail() {
  echo "walkthrough: FAILED at command $N: $COMMAND" >&2
  echo "  expected: $CHECK" >&2
  echo "  answer:" >&2
  printf '%s\n' "$ANSWER" | head -c 3000 | sed 's/^/    /' >&2
  exit 1
}

# The bash block of the README's walk-through, continuation lines joined, comments and blank lines dropped.
commands() {
  awk '/^## Walk-through/ { section = 1 } section && /^```bash/ { block = 1; next }
       block && /^```/ { exit } block { print }' README.md |
    sed -e ':a' -e '/\\$/N; s/\\\n */ /; ta' | grep -v '^[[:space:]]*#' | grep -v '^[[:space:]]*$'
}

run() {
  local command=$1
  command=${command//"$DOC_BASE"/$BASE}
  command=${command//"$DOC_ADMIN"/$ADMIN}
  command=${command//"<client id>"/$CLIENT_ID}
  command=${command//"<nextCursor>"/$NEXT_CURSOR}
  command=${command//"<id>"/$ID}
  if [[ $CHECK == ends* ]]; then
    command="timeout 20 $command"
  fi
  ANSWER=$(eval "$command" 2>&1)
  STATUS=$?
}

status_of() {
  printf '%s\n' "$ANSWER" | awk '/^HTTP\// { code = $2 } END { print code }'
}

ID="" CLIENT_ID="" NEXT_CURSOR="" N=0 ANSWER="" CHECK=""
while IFS= read -r COMMAND; do
  if [[ $COMMAND =~ ^([A-Z_]+)=(.*)$ ]]; then
    # an assignment of the walk-through; the caller's KEY (another environment's client) wins over the README's
    if [[ ${BASH_REMATCH[1]} == KEY && -n $KEY_FROM_CALLER ]]; then
      KEY=$KEY_FROM_CALLER
    else
      eval "$COMMAND"
    fi
    continue
  fi
  N=$((N + 1))
  CHECK=${EXPECTED[$((N - 1))]:-"(nothing: the README has more commands than this script knows)"}
  [[ ${#EXPECTED[@]} -ge $N ]] || fail
  read -r KIND ARGS <<<"$CHECK"
  deadline=$((SECONDS + 20))
  while :; do
    run "$COMMAND"
    case $KIND in
      status) [[ " $ARGS " == *" $(status_of) "* ]] && break ;;
      has | until) [[ $ANSWER == *"$ARGS"* ]] && break ;;
      until-any | ends-any)
        found=""
        for text in $ARGS; do [[ $ANSWER == *"$text"* ]] && found=yes; done
        [[ -n $found && ( $KIND == until-any || $STATUS -eq 0 ) ]] && break ;;
      until-paused) [[ $ANSWER == *'"instances":[{'* && $ANSWER != *'"paused":false'* ]] && break ;;
      until-id) [[ $ANSWER == *"$ID"* ]] && break ;;
      replayed) [[ $(status_of) == 202 && $ANSWER == *"Idempotent-Replayed: true"* && $ANSWER == *"\"id\":\"$ID\""* ]] && break ;;
      lines) [[ -n $ANSWER ]] && break ;;
    esac
    [[ $KIND == until* && $SECONDS -lt $deadline ]] || fail
    sleep 0.5
  done
  # what the next commands' placeholders stand for
  if [[ $(status_of) == 202 ]]; then
    ID=$(printf '%s' "$ANSWER" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
  fi
  if [[ $ANSWER == *'"client":{"id":"'* ]]; then
    CLIENT_ID=$(printf '%s' "$ANSWER" | grep -o '"client":{"id":"[^"]*"' | cut -d'"' -f6)
  fi
  if [[ $ANSWER == *'"nextCursor":"'* ]]; then
    NEXT_CURSOR=$(printf '%s' "$ANSWER" | grep -o '"nextCursor":"[^"]*"' | cut -d'"' -f4)
  fi
  echo "walkthrough: ok $N: ${COMMAND:0:110}"
done < <(commands)

if [[ $N -ne ${#EXPECTED[@]} ]]; then
  echo "walkthrough: FAILED: the README has $N commands, this script expects ${#EXPECTED[@]}" >&2
  exit 1
fi
echo "walkthrough: all $N commands answered as the README says"
