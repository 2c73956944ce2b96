#!/usr/bin/env bash
# Issue 15's journeys on PostgreSQL (a throwaway cluster): seeds (or reuses) 25 clinics × 4,000
# patients with 1M episodes and 1M observations, 200 practitioners and 200 portal patients, starts
# the published app and plain Kestrel as their own processes and lets the simulated users work.
# Writes bench/results/journeys-<date>.md. Any `journeys` option may follow, e.g. --duration 60.
exec "$(dirname "$0")/with-app.sh" journeys "$@"
