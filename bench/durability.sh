#!/usr/bin/env bash
# A comment its author was told about survives a kill -9: posts comments through HTTP to Tribune on a
# throwaway PostgreSQL database, kills the process the moment the answers arrive, starts it again and
# finds every acknowledged comment on the discussion page. Exit status 0 when all are there.
#   bench/durability.sh [comments]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
comments=${1:-20}
port=18084
management_port=18094
work=$(mktemp -d)
database="tribune_durability_$$"
java=$("$root/bin/find-java")
jar="$root/app/target/tribune.jar"
classes="$root/bench/target/classes"
[ -f "$jar" ] && [ -f "$classes/io/tribune/bench/CommentsLoad.class" ] \
  || (cd "$root" && ./mvnw -q -B -DskipTests package -pl app,bench -am)
psql() { command psql -q -h 127.0.0.1 -U postgres "$@"; }
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  psql -d postgres -c "drop database if exists $database" || true
  rm -rf "$work"
}
trap cleanup EXIT
psql -d postgres -c "create database $database"

start() {
  (cd "$work" && SPRING_PROFILES_ACTIVE=postgres TRIBUNE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" \
    PORT=$port TRIBUNE_MANAGEMENT_PORT=$management_port TRIBUNE_MEDIA_ROOT="$work/media" TRIBUNE_DEMO=true \
    TRIBUNE_BASE_URL="http://127.0.0.1:$port" exec "$java" -Xmx512m -jar "$jar" >>"$work/app.log" 2>&1) &
  app_pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$management_port/actuator/health/readiness"; do
    sleep 0.2
    kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  done
}
start
load() { "$java" -cp "$classes" io.tribune.bench.CommentsLoad "http://127.0.0.1:$port" "$@"; }
load register 4 >/dev/null
psql -d "$database" -c "update account set confirmed_at = now() where email like '%@load.example.org'"
# the last answers arrive, and the process is killed at once: no shutdown, no flush
load post "$comments" 1 4 | tee "$work/posted.txt"
pkill -KILL -P "$app_pid" java 2>/dev/null || kill -KILL "$app_pid"
wait "$app_pid" 2>/dev/null || true
acknowledged=$(grep -o '303=[0-9]*' "$work/posted.txt" | cut -d= -f2)
start
stored=$(psql -d "$database" -At -c "select count(*) from comment where screened_at is not null")
echo "acknowledged before the kill: $acknowledged; screened comments found after the restart: $stored"
[ "$stored" -ge "$acknowledged" ] || { echo "durability: comments were lost" >&2; exit 1; }
article=$(psql -d "$database" -At -c "select article_id from comment group by article_id order by count(*) desc limit 1")
page=$(curl -s "http://127.0.0.1:$port/en/discussion/$article?sort=oldest")
for body in $(psql -d "$database" -At -c "select id from comment where status = 'PUBLISHED'"); do
  grep -q "id=\"comment-$body\"" <<<"$page" || { echo "durability: comment $body is not on the page" >&2; exit 1; }
done
echo "durability: every acknowledged comment is there after kill -9"
