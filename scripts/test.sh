#!/usr/bin/env bash
# Runs every test of Ward: unit, integration on SQLite and on PostgreSQL, and the staff app's
# browser tests. It installs what the tests need from Debian's packages (PostgreSQL, and
# Chromium for the browser tests, which Playwright drives at /usr/bin/chromium without
# downloading a browser) and starts PostgreSQL by hand on loopback (a plain process in a
# temporary folder, not a system service), then stops it.
set -euo pipefail
cd "$(dirname "$0")/.."

install_packages() {
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql chromium >/dev/null
  fi
  if [ ! -x /usr/bin/chromium ]; then
    echo "Chromium is not installed at /usr/bin/chromium: the browser tests will be skipped." >&2
  fi
}

start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ]; then
    echo "PostgreSQL is not installed; run this script as root so it can install it." >&2
    exit 1
  fi
  PGROOT=$(mktemp -d /tmp/ward-pg.XXXXXX)
  chown postgres:postgres "$PGROOT"
  chmod 700 "$PGROOT"
  PGPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  runuser -u postgres -- "$bin/initdb" -D "$PGROOT/data" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth=trust >/dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGROOT -c fsync=off" start >/dev/null
  trap 'runuser -u postgres -- "'"$bin"'/pg_ctl" -D "'"$PGROOT"'/data" -m fast -w stop >/dev/null; rm -rf "'"$PGROOT"'"' EXIT
  export WARD_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"
  echo "PostgreSQL started on 127.0.0.1:$PGPORT"
}

install_packages
start_postgres

results=$(mktemp -d /tmp/ward-test-results.XXXXXX)
dotnet build Ward.slnx -c Release -nologo -v q
set +e
dotnet test Ward.slnx -c Release --no-build -nologo --logger "trx" --results-directory "$results"
status=$?
set -e
python3 scripts/test-summary.py "$results"
rm -rf "$results"
exit $status
