#!/usr/bin/env bash
# Shared by load.sh, journeys.sh and fhir.sh: builds the bench and plain Kestrel in Release,
# publishes the app ReadyToRun (as a production image is built: start-up and memory depend on it),
# starts a throwaway PostgreSQL cluster (pg-cluster.sh: default settings, fsync on), then runs
# `dotnet run --project bench/BackPlan.Bench -- <command> --app <published app> [options]`.
# Every process the command started (their pids are listed in a temporary file) and the cluster
# are stopped on exit, also on Ctrl-C or an error.
# Usage: bench/with-app.sh <command> [--wrk] [options...]   (--wrk: install wrk when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
command=$1; shift
if [ "${1:-}" = "--wrk" ]; then
  shift
  if ! command -v wrk >/dev/null; then
    echo "Installing wrk from Debian's packages..."
    as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
  fi
fi
source bench/pg-cluster.sh
pids=$(mktemp /tmp/backplan-bench-pids.XXXXXX)
app=$(mktemp -d /tmp/backplan-bench-app.XXXXXX)
export BACKPLAN_LOAD_PIDS=$pids
cleanup() {
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

dotnet build bench/BackPlan.Bench -c Release -nologo -v q
dotnet build bench/PlainKestrel -c Release -nologo -v q
dotnet publish src/BackPlan.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$app" -nologo -v q
pg_cluster_start
dotnet run -c Release --no-build --project bench/BackPlan.Bench -- "$command" --app "$app/BackPlan.Web.dll" "$@"
