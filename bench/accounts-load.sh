#!/usr/bin/env bash
# Registration (with the captcha verified) and log-in against a fresh Tribune on loopback, the way
# readers' browsers use the forms (AccountsLoad). Prints requests/s and p50/p99 of the submissions.
#   bench/accounts-load.sh [seconds-per-run] [workers]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
duration=${1:-20}
workers=${2:-8}
port=18082
management_port=18092
work=$(mktemp -d)
java=$("$root/bin/find-java")
jar="$root/app/target/tribune.jar"
classes="$root/bench/target/classes"
[ -f "$jar" ] && [ -f "$classes/io/tribune/bench/AccountsLoad.class" ] \
  || (cd "$root" && ./mvnw -q -B -DskipTests package -pl app,bench -am)
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

admin=admin@tribune.localhost
password="bench passphrase $(date +%s)"
(cd "$work" && PORT=$port TRIBUNE_MANAGEMENT_PORT=$management_port TRIBUNE_MEDIA_ROOT="$work/media" \
  TRIBUNE_DEMO=false TRIBUNE_BASE_URL="http://127.0.0.1:$port" TRIBUNE_ADMIN_PASSWORD="$password" exec "$java" -Xmx512m -jar "$jar" >"$work/app.log" 2>&1) &
app_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$management_port/actuator/health/readiness"; do
  sleep 0.2
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
done
load() { "$java" -cp "$classes" io.tribune.bench.AccountsLoad "http://127.0.0.1:$port" "$@"; }
echo "warming up..." >&2
load login 5 2 "$admin" "$password" >/dev/null
load register 5 2 >/dev/null
echo "cores: $(nproc); workers: $workers; ${duration} s per run; loopback"
load login "$duration" "$workers" "$admin" "$password"
load register "$duration" "$workers"
