#!/usr/bin/env bash
# Comment posting through HTTP (screening and the database writes included) against a fresh Tribune
# on PostgreSQL on loopback, at a fixed arrival rate (CommentsLoad). Needs PostgreSQL at
# 127.0.0.1:5432 (user postgres, trust) to create a throwaway database. Prints comments/s and p50/p99.
#   bench/comments-load.sh [rate-per-second] [seconds] [readers]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rate=${1:-200}
duration=${2:-30}
readers=${3:-200}
port=18083
management_port=18093
work=$(mktemp -d)
database="tribune_bench_$$"
java=$("$root/bin/find-java")
jar="$root/app/target/tribune.jar"
classes="$root/bench/target/classes"
[ -f "$jar" ] && [ -f "$classes/io/tribune/bench/CommentsLoad.class" ] \
  || (cd "$root" && ./mvnw -q -B -DskipTests package -pl app,bench -am)
psql() { command psql -q -h 127.0.0.1 -U postgres "$@"; }
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  cp "$work/app.log" "${TMPDIR:-/tmp}/comments-load-app.log" 2>/dev/null || true
  wait 2>/dev/null || true
  psql -d postgres -c "drop database if exists $database" || true
  rm -rf "$work"
}
trap cleanup EXIT
psql -d postgres -c "create database $database"

(cd "$work" && SPRING_PROFILES_ACTIVE=postgres TRIBUNE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" \
  PORT=$port TRIBUNE_MANAGEMENT_PORT=$management_port TRIBUNE_MEDIA_ROOT="$work/media" TRIBUNE_DEMO=true \
  TRIBUNE_BASE_URL="http://127.0.0.1:$port" exec "$java" -Xmx512m -XX:+UseParallelGC -jar "$jar" >"$work/app.log" 2>&1) &
app_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$management_port/actuator/health/readiness"; do
  sleep 0.2
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
done
load() { "$java" -cp "$classes" io.tribune.bench.CommentsLoad "http://127.0.0.1:$port" "$@"; }
load register "$readers"
psql -d "$database" -c "update account set confirmed_at = now() where email like '%@load.example.org'"
echo "warming up..." >&2
load post 50 10 "$readers" >/dev/null
psql -d "$database" -c "delete from moderation_activity_key; delete from moderation_activity"
echo "cores: $(nproc); ${rate}/s offered for ${duration} s; ${readers} readers; loopback; PostgreSQL"
load post "$rate" "$duration" "$readers"
psql -d "$database" -At -c "select status, count(*) from comment group by status order by 1"
