#!/usr/bin/env bash
# Runs the web benchmark on PostgreSQL: starts a throwaway cluster on a free 127.0.0.1 port
# (as test.sh does), runs `web --provider postgres` with the arguments given, and stops the
# cluster afterwards. Example: bench/postgres.sh --runs 200
set -euo pipefail
cd "$(dirname "$0")/.."
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/backplan-bench-pg.XXXXXX)
pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pgdir"
port=""
for _ in $(seq 1 50); do
  candidate=$(( 20000 + RANDOM % 20000 ))
  if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
done
[ -n "$port" ] || { echo "no free port found" >&2; exit 1; }
stop() { pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap stop EXIT
pg "$pgbin/initdb" -D "$pgdir/data" -U backplan --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# Default durability (fsync on): the audit insert on every read is part of what is measured.
pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w start -o "-h 127.0.0.1 -p $port -k $pgdir" >/dev/null
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
BACKPLAN_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=backplan;Database=postgres" \
  dotnet run -c Release --project bench/BackPlan.Bench -- web --provider postgres "$@"
