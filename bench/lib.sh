# What the bench scripts share, sourced by them: the packaged jar and the bench classes (built when
# missing), starting Tribune from the jar and waiting until it is ready, and stopping it.
#   source "$(dirname "$0")/lib.sh"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
java=$("$root/bin/find-java")
jar="$root/app/target/tribune.jar"
classes="$root/bench/target/classes"
# JVM options of the Tribunes started; a script may add its own before starting one.
tribune_java_options=(-Xmx512m)
tribune_pids=()
tribune_pid=""

# Builds the jar and the bench classes unless the jar and the named bench class are there.
#   tribune_build [BenchClass]
tribune_build() {
  [ -f "$jar" ] && { [ -z "${1:-}" ] || [ -f "$classes/io/tribune/bench/$1.class" ]; } \
    || (cd "$root" && ./mvnw -q -B -DskipTests package -pl app,bench -am)
}

# Starts Tribune from the jar in DIR (its working directory: an H2 database by default, the media, and
# app.log) with the demo content, then waits for its readiness. More environment as NAME=VALUE words
# after the ports, which win over the defaults. The JVM's PID is left in tribune_pid.
#   tribune_start DIR PORT MANAGEMENT_PORT [NAME=VALUE...]
tribune_start() {
  local dir=$1 port=$2 management=$3
  shift 3
  mkdir -p "$dir"
  local launcher
  launcher=$(JAVA="$java" "$root/bin/extracted-jar" "$jar")   # as bin/tribune runs it
  (cd "$dir" && exec env PORT="$port" TRIBUNE_MANAGEMENT_PORT="$management" TRIBUNE_MEDIA_ROOT="$dir/media" \
    TRIBUNE_DEMO=true TRIBUNE_BASE_URL="http://127.0.0.1:$port" "$@" \
    "$java" "${tribune_java_options[@]}" -jar "$launcher" >>"$dir/app.log" 2>&1) &
  tribune_pid=$!
  tribune_pids+=("$tribune_pid")
  until curl -sf -o /dev/null "http://127.0.0.1:$management/actuator/health/readiness"; do
    sleep 0.2
    kill -0 "$tribune_pid" 2>/dev/null || { cat "$dir/app.log" >&2; return 1; }
  done
}

# Stops the Tribune with that PID as an operator would (SIGTERM, graceful) and waits for it to end.
tribune_stop() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}

# Stops every Tribune started here that still runs: for the scripts' exit traps.
tribune_stop_all() {
  local pid
  for pid in "${tribune_pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}

# For a script whose Tribune runs on a throwaway PostgreSQL database: creates DATABASE now and, when the
# script exits, stops the Tribunes, keeps WORK/node/app.log as ${TMPDIR:-/tmp}/NAME-app.log, drops the
# database and removes WORK. Calls the script's own psql function, defined before this.
#   tribune_throwaway_database DATABASE WORK NAME
tribune_throwaway_database() {
  tribune_database=$1
  tribune_work=$2
  tribune_log_name=$3
  trap tribune_throw_away EXIT
  psql -d postgres -c "create database $tribune_database"
}

tribune_throw_away() {
  tribune_stop_all
  cp "$tribune_work/node/app.log" "${TMPDIR:-/tmp}/$tribune_log_name-app.log" 2>/dev/null || true
  psql -d postgres -c "drop database if exists $tribune_database" || true
  rm -rf "$tribune_work"
}
