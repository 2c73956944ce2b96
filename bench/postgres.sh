#!/usr/bin/env bash
# Runs the web benchmark on PostgreSQL: starts a throwaway cluster on a free 127.0.0.1 port
# (as test.sh does), runs `web --provider postgres` with the arguments given, and stops the
# cluster afterwards. Example: bench/postgres.sh --runs 200
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/pg-cluster.sh
trap pg_cluster_stop EXIT
pg_cluster_start
dotnet run -c Release --project bench/BackPlan.Bench -- web --provider postgres "$@"
