#!/usr/bin/env bash
# Starts a throw-away PostgreSQL 15 server for the tests, on 127.0.0.1, as the postgres user
# (initdb refuses to run as root). Prints shell lines to eval:
#   eval "$(scripts/pg-start.sh)"   # exports KINLINK_TEST_POSTGRES and KINLINK_PGDATA
# Stop it with scripts/pg-stop.sh.
set -euo pipefail
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
PORT=${KINLINK_PG_PORT:-55433}
# Another server (a developer's own, or a second run) may hold the port: take the next free one.
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do PORT=$((PORT + 1)); done
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "pg-start: no PostgreSQL server binaries under /usr/lib/postgresql (apt-get install postgresql)" >&2
  exit 1
fi
BASE=$(mktemp -d /tmp/kinlink-pg.XXXXXX)
chmod 711 "$BASE"   # the postgres user must be able to enter it
DATA="$BASE/data"
mkdir "$DATA"
RUN=()
if [ "$(id -u)" = "0" ]; then
  chown postgres:postgres "$DATA"
  RUN=(runuser -u postgres --)
fi
"${RUN[@]}" "$PGBIN/initdb" -D "$DATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$BASE/initdb.log" 2>&1 \
  || { cat "$BASE/initdb.log" >&2; exit 1; }
"${RUN[@]}" "$PGBIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DATA -c fsync=off -c max_connections=200" start >/dev/null \
  || { cat "$DATA/server.log" >&2; exit 1; }
echo "export KINLINK_PGDATA='$DATA'"
echo "export KINLINK_TEST_POSTGRES='Host=127.0.0.1;Port=$PORT;Username=postgres;Database=postgres'"
