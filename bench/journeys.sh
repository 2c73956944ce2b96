#!/usr/bin/env bash
# Issue 15's journeys: builds in Release, publishes the app ReadyToRun, starts a throwaway
# PostgreSQL cluster (as load.sh does), then runs `journeys`: it seeds (or reuses) 25 clinics ×
# 4,000 patients with 1M episodes and 1M observations, 200 practitioners and 200 portal patients,
# starts the app and plain Kestrel as their own processes and lets the simulated users work.
# Writes bench/results/journeys-<date>.md. Any `journeys` option may follow, e.g. --duration 60.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/pg-cluster.sh
pids=$(mktemp /tmp/backplan-journeys-pids.XXXXXX)
app=$(mktemp -d /tmp/backplan-journeys-app.XXXXXX)
export BACKPLAN_LOAD_PIDS=$pids
cleanup() {
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
dotnet run -c Release --no-build --project bench/BackPlan.Bench -- journeys --app "$app/BackPlan.Web.dll" "$@"
