#!/usr/bin/env bash
# Issue 14's FHIR benchmark on PostgreSQL (a throwaway cluster): seeds (or reuses) 25 clinics ×
# 4,000 patients with 1M observations, then runs wrk against the FHIR read, search and create of
# the published app, each beside plain Kestrel answering the same JSON. Writes
# bench/results/fhir-<date>.md. Any `fhir` option may follow, e.g. --duration 5.
exec "$(dirname "$0")/with-app.sh" fhir --wrk "$@"
