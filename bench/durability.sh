#!/usr/bin/env bash
# A comment its author was told about survives a kill -9: posts comments through HTTP to a Tribune on a
# throwaway database, kills the process the moment the answers arrive, and finds every acknowledged
# comment in the database and on the discussion page after a restart. Exit status 0 when all are there.
# postgres: a throwaway database on 127.0.0.1:5432 (user postgres, trust); h2: the embedded default,
# Tribune's own H2 file URL in a throwaway directory, read with H2's shell while Tribune is down.
#   bench/durability.sh [comments] [postgres|h2]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
comments=${1:-20}
kind=${2:-postgres}
port=18084
management_port=18094
work=$(mktemp -d)
database="tribune_durability_$$"
tribune_build CommentsLoad
psql() { command psql -q -h 127.0.0.1 -U postgres "$@"; }
cleanup() {
  tribune_stop_all
  [ "$kind" = postgres ] && psql -d postgres -c "drop database if exists $database" || true
  rm -rf "$work"
}
trap cleanup EXIT

case "$kind" in
  postgres)
    psql -d postgres -c "create database $database"
    environment=(SPRING_PROFILES_ACTIVE=postgres TRIBUNE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database")
    # one column of the rows a query gives
    sql() { psql -d "$database" -At -c "$1"; }
    ;;
  h2)
    environment=()
    (cd "$work" && unzip -q -j "$jar" 'BOOT-INF/lib/h2-*.jar')
    h2=$(ls "$work"/h2-*.jar)
    # the file Tribune's default URL names, from its working directory; only while Tribune is down
    sql() {
      "$java" -cp "$h2" org.h2.tools.Shell -user sa -password "" -sql "$1" \
        -url "jdbc:h2:file:$work/node/data/tribune;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE" | sed -e '1d' -e '/^(/d'
    }
    ;;
  *) echo "durability: no such database: $kind (postgres or h2)" >&2; exit 2 ;;
esac
start() { tribune_start "$work/node" $port $management_port "${environment[@]}"; }
load() { "$java" -cp "$classes" io.tribune.bench.CommentsLoad "http://127.0.0.1:$port" "$@"; }

start
load register 4 >/dev/null
# H2's file is Tribune's alone while it runs
if [ "$kind" = h2 ]; then tribune_stop "$tribune_pid"; fi
sql "update account set confirmed_at = current_timestamp where email like '%@load.example.org'" >/dev/null
if [ "$kind" = h2 ]; then start; fi
# the last answers arrive, and the process is killed at once: no shutdown, no flush
load post "$comments" 1 4 | tee "$work/posted.txt"
kill -KILL "$tribune_pid"
wait "$tribune_pid" 2>/dev/null || true
acknowledged=$(grep -o '303=[0-9]*' "$work/posted.txt" | cut -d= -f2)
stored=$(sql "select count(*) from comment where screened_at is not null")
echo "$kind: acknowledged before the kill: $acknowledged; screened comments found after it: $stored"
[ "$stored" -ge "$acknowledged" ] || { echo "durability: comments were lost" >&2; exit 1; }
published=$(sql "select id || ' ' || article_id from comment where status = 'PUBLISHED'")
start
while read -r id article; do
  [ -n "$id" ] || continue
  # read whole before searching: grep -q ending early would fail curl, and pipefail the check
  page=$(curl -s "http://127.0.0.1:$port/en/discussion/$article?sort=oldest")
  grep -q "id=\"comment-$id\"" <<<"$page" || { echo "durability: comment $id is not on the page" >&2; exit 1; }
done <<<"$published"
echo "durability ($kind): every acknowledged comment is there after kill -9"
