#!/usr/bin/env bash
# Stops the server scripts/pg-start.sh started and removes its files.
set -euo pipefail
DATA=${KINLINK_PGDATA:?KINLINK_PGDATA is not set: eval the output of scripts/pg-start.sh first}
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
RUN=()
[ "$(id -u)" = "0" ] && RUN=(runuser -u postgres --)
"${RUN[@]}" "$PGBIN/pg_ctl" -D "$DATA" -w -m fast stop >/dev/null || true
rm -rf "$(dirname "$DATA")"
