# Sourced by postgres.sh and with-app.sh: starts a throwaway PostgreSQL cluster (default settings,
# fsync on) on a free 127.0.0.1 port and exports BACKPLAN_BENCH_POSTGRES; pg_cluster_stop stops it
# and removes its files. As root the server runs as the postgres user.
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

pg_cluster_start() {
  pgdir=$(mktemp -d /tmp/backplan-bench-pg.XXXXXX)
  [ "$(id -u)" = 0 ] && chown postgres "$pgdir"
  local port="" candidate
  for _ in $(seq 1 50); do
    candidate=$(( 20000 + RANDOM % 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
  [ -n "$port" ] || { echo "no free port found" >&2; return 1; }
  pg "$pgbin/initdb" -D "$pgdir/data" -U backplan --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # Default durability (fsync on): the audit insert on every read is part of what is measured.
  pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w start -o "-h 127.0.0.1 -p $port -k $pgdir" >/dev/null
  echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
  export BACKPLAN_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=backplan;Database=postgres"
}

pg_cluster_stop() {
  [ -n "${pgdir:-}" ] || return 0
  pg "$pgbin/pg_ctl" -D "$pgdir/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$pgdir"
  pgdir=""
}
