#!/usr/bin/env bash
# Load against plain Kestrel: builds in Release, starts a throwaway PostgreSQL cluster (as
# postgres.sh does), then runs `load`: for SQLite and PostgreSQL it seeds (or reuses) 25 clinics ×
# 4,000 patients, starts the app and a plain Kestrel app as their own processes, and runs wrk
# (-t2 -c16 -d10s --latency) against each path. Writes bench/results/load-<date>.md.
# Every process it started and the cluster are stopped on exit, also on Ctrl-C or an error.
# Any `load` option may follow, e.g. bench/load.sh --providers sqlite --duration 5
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/pg-cluster.sh
pids=$(mktemp /tmp/backplan-load-pids.XXXXXX)
app=$(mktemp -d /tmp/backplan-load-app.XXXXXX)
export BACKPLAN_LOAD_PIDS=$pids
cleanup() {
  # The app and plain Kestrel processes `load` started (it stops them itself unless it died first).
  # A pid is ended only while it is still one of those dotnet processes (never a reused pid).
  ours() { grep -qa '\.dll' "/proc/$1/cmdline" 2>/dev/null; }
  while read -r pid; do ours "$pid" && kill -TERM "$pid" 2>/dev/null || true; done < "$pids"
  sleep 1
  while read -r pid; do ours "$pid" && kill -KILL "$pid" 2>/dev/null || true; done < "$pids"
  rm -rf "$pids" "$app"
  pg_cluster_stop
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if ! command -v wrk >/dev/null; then
  echo "Installing wrk from Debian's packages..."
  as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi
dotnet build bench/BackPlan.Bench -c Release -nologo -v q
dotnet build bench/PlainKestrel -c Release -nologo -v q
# The app as a production image runs it: published ReadyToRun (start-up and memory depend on it).
dotnet publish src/BackPlan.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$app" -nologo -v q
pg_cluster_start
dotnet run -c Release --no-build --project bench/BackPlan.Bench -- load --app "$app/BackPlan.Web.dll" "$@"
