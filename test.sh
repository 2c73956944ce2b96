#!/usr/bin/env bash
# Builds BackPlan and runs every test project: the web and CLI tests on SQLite and on PostgreSQL.
# Installs what the tests need when missing (Debian's postgresql, chromium, and docker-registry,
# skopeo and umoci for the container image test: decision 0035), starts a
# throwaway PostgreSQL cluster on a free loopback port, stops it afterwards, and ends with
# the line "N passed, N failed". Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results=$(mktemp -d)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# --- what the tests need -------------------------------------------------------------------
missing=()
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
# The container image test builds on a stand-in base image served from a loopback registry.
for tool in docker-registry skopeo umoci; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} from Debian's packages..."
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# --- a throwaway PostgreSQL cluster ---------------------------------------------------------
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pgdir=$(mktemp -d /tmp/backplan-pg.XXXXXX)
free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$(( 20000 + RANDOM % 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  echo "no free port found" >&2; return 1
}
pgport=$(free_port)
# PostgreSQL refuses to run as root: run it as the postgres user Debian's package creates.
pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$pgdir"
stop_postgres() { pg "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdir" "$results"; }
trap stop_postgres EXIT
pg "$pgbin/initdb" -D "$pgdir/data" -U backplan --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# Durability off: a test cluster lives for minutes and is thrown away.
pg "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w start \
  -o "-h 127.0.0.1 -p $pgport -k $pgdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
export BACKPLAN_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=backplan;Database=postgres"
echo "PostgreSQL $("$pgbin/postgres" --version | awk '{print $3}') on 127.0.0.1:$pgport"

# --- build once, then run each suite --------------------------------------------------------
dotnet build BackPlan.slnx -c Release -nologo -v q

run() { # name, project, extra env...
  local name=$1 project=$2; shift 2
  echo "== $name"
  set +e
  # A failed test's message and first stack lines follow its name (the app's JSON log lines are left out),
  # so a CI log says why, not only what.
  env "$@" dotnet test --project "$project" -c Release --no-build 2>&1 | tee "$results/$name.log" \
    | grep -v '^\s*{"Timestamp"' | grep -E -A 12 '^failed ' | grep -vE '^\s+at (System|Microsoft|Xunit)\.' || true
  grep -E '^(  total|  failed|  succeeded|Test run summary)|^\S.*: error |^error' "$results/$name.log" || true
  set -e
}
run clinical tests/BackPlan.Clinical.Tests
run cli-sqlite tests/BackPlan.Cli.Tests BACKPLAN_TEST_PROVIDER=Sqlite
run cli-postgres tests/BackPlan.Cli.Tests BACKPLAN_TEST_PROVIDER=Postgres
run web-sqlite tests/BackPlan.Web.Tests BACKPLAN_TEST_PROVIDER=Sqlite
run web-postgres tests/BackPlan.Web.Tests BACKPLAN_TEST_PROVIDER=Postgres
if [ -f tests/BackPlan.Browser.Tests/BackPlan.Browser.Tests.csproj ]; then
  run browser tests/BackPlan.Browser.Tests BACKPLAN_TEST_PROVIDER=Sqlite
fi

# --- one closing line -----------------------------------------------------------------------
passed=0; failed=0; broken=()
for log in "$results"/*.log; do
  p=$(grep -E '^\s+succeeded: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || true)
  f=$(grep -E '^\s+failed: [0-9]+' "$log" | tail -n 1 | grep -oE '[0-9]+' || true)
  if [ -z "$p" ]; then broken+=("$(basename "$log" .log)"); f=${f:-1}; p=0; fi
  passed=$((passed + p)); failed=$((failed + ${f:-0}))
done
if [ ${#broken[@]} -gt 0 ]; then
  echo "These suites did not report results (build or start-up failure): ${broken[*]}"
  failed=$((failed + ${#broken[@]}))
fi
# The names of failed tests once more, last, so that a log cut to its tail still shows them.
if grep -qhE '^failed ' "$results"/*.log 2>/dev/null; then
  echo "Failed tests:"
  for log in "$results"/*.log; do { grep -E '^failed ' "$log" || true; } | sed "s/^/  $(basename "$log" .log): /"; done
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
