#!/usr/bin/env bash
# Article page for an anonymous reader: Tribune vs nginx serving the same page as a static file,
# in the same run, on loopback only. Needs wrk and nginx (Debian packages; installed for the bench
# only: `apt-get install wrk nginx-light`). Prints startup time, memory and a results table.
#   bench/site-load.sh [duration-seconds] [connections]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
duration=${1:-20}
connections=${2:-64}
app_port=18080
nginx_port=18081
management_port=18090
work=$(mktemp -d)
jar="$root/app/target/tribune.jar"
[ -f "$jar" ] || (cd "$root" && ./mvnw -q -B -DskipTests package -pl app -am)
command -v wrk >/dev/null && command -v nginx >/dev/null || { echo "needs wrk and nginx" >&2; exit 1; }

app_pid="" nginx_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "starting Tribune (fresh H2 database in $work)..." >&2
start=$(date +%s.%N)
# Started the way production starts it: bin/tribune with its default JVM options.
(cd "$work" && PORT=$app_port TRIBUNE_MANAGEMENT_PORT=$management_port TRIBUNE_MEDIA_ROOT="$work/media" exec "$root/bin/tribune" >"$work/app.log" 2>&1) &
app_pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$management_port/actuator/health/readiness"; do
  sleep 0.2
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
done
ready=$(date +%s.%N)
# The launched process is the subshell's exec, and bin/tribune execs java: its PID is the JVM's.
rss_start=$(ps -o rss= -p "$app_pid" | tr -d ' ')
started_line=$(grep -o 'Started TribuneApplication in [0-9.]* seconds' "$work/app.log" || true)

article=$(curl -s "http://127.0.0.1:$app_port/en/" | grep -oE 'href="/en/[a-z-]+/[a-z0-9-]+"' | grep -v '/account/' | sed -n '1p' | cut -d'"' -f2)
url="http://127.0.0.1:$app_port$article"
mkdir -p "$work/www"
curl -s "$url" -o "$work/www/article.html"
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  default_type text/html;
  client_body_temp_path $work/tmp; proxy_temp_path $work/tmp; fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp; scgi_temp_path $work/tmp;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/www;
    location / { add_header Cache-Control "public, max-age=60"; etag on; }
  }
}
CONF
mkdir -p "$work/tmp"
nginx -c "$work/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
sleep 0.5

echo "warming up..." >&2
wrk -t2 -c"$connections" -d10s "$url" >/dev/null
wrk -t2 -c"$connections" -d3s "http://127.0.0.1:$nginx_port/article.html" >/dev/null

run() { # label url
  local out rps p50 p99
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$2")
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  echo "| $1 | $rps | $p50 | $p99 |"
}
rss_after_load() { ps -o rss= -p "$app_pid" | tr -d ' '; }

echo
echo "article page: $article ($(wc -c <"$work/www/article.html") bytes), wrk -t2 -c$connections -d${duration}s, loopback"
echo
echo "| server | requests/s | p50 | p99 |"
echo "|---|---|---|---|"
run "nginx $(nginx -v 2>&1 | cut -d/ -f2), static file" "http://127.0.0.1:$nginx_port/article.html"
run "Tribune, article page" "$url"
echo
printf 'startup to readiness: %.1f s (%s); RSS after start: %d MB; after load: %d MB\n' \
  "$(echo "$ready - $start" | bc)" "${started_line:-?}" "$((rss_start / 1024))" "$(( $(rss_after_load) / 1024 ))"
