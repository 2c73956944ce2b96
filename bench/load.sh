#!/usr/bin/env bash
# Load against plain Kestrel: for SQLite and PostgreSQL (a throwaway cluster) it seeds (or reuses)
# 25 clinics × 4,000 patients, starts the published app and a plain Kestrel app as their own
# processes, and runs wrk (-t2 -c16 -d10s --latency) against each path. Writes
# bench/results/load-<date>.md. Any `load` option may follow, e.g. bench/load.sh --providers sqlite --duration 5
exec "$(dirname "$0")/with-app.sh" load --wrk "$@"
