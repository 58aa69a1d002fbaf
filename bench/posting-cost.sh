#!/usr/bin/env bash
# What one comment post costs, measured rather than timed: posts COUNT comments one after another (each
# waits for the previous answer) as signed-in readers to a fresh Tribune on a throwaway PostgreSQL
# database, and prints per post the committed transactions (pg_stat_database.xact_commit of the
# database, minus this script's own queries), the WAL flushes (pg_stat_wal.wal_sync: the commits that
# wrote, each waits for the disk) and the application's processor time (utime + stime of the JVM in
# /proc). Statements per post would need pg_stat_statements preloaded in the server; without it they
# are not counted. Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust). TRIBUNE_JAR names another
# packaged jar to measure (an earlier build, for a before/after), instead of the one built here.
# POSTING_JFR names a file to which a flight recording of the counted posts alone is written (it costs
# processor time of its own: measure the CPU per post in a run without it); summarise it with
#   jfr print --events jdk.ExecutionSample FILE
# The comments go round the front page's discussions, all different (see CommentsLoad); a reader's
# seventh comment in two minutes is rejected as a flood, so keep (warm-up + comments) / readers under
# six. The warm-up posts first, uncounted, so that the JIT has compiled the posting path: with 100, the
# compiler threads still took as much processor time as the requests.
#   bench/posting-cost.sh [comments] [readers] [warm-up]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jar=${TRIBUNE_JAR:-$jar}
count=${1:-300}
readers=${2:-400}
warm_up=${3:-1500}
port=18085
management_port=18095
work=$(mktemp -d)
database="tribune_cost_$$"
tribune_build CommentsLoad
psql() { command psql -q -h 127.0.0.1 -U postgres "$@"; }
tribune_throwaway_database "$database" "$work" posting-cost

# deep request stacks (filters, MVC, transactions) are cut at JFR's default 64 frames
[ -z "${POSTING_JFR:-}" ] || tribune_java_options+=(-XX:FlightRecorderOptions:stackdepth=512)
tribune_start "$work/node" $port $management_port \
  SPRING_PROFILES_ACTIVE=postgres TRIBUNE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database"
load() { "$java" -cp "$classes" io.tribune.bench.CommentsLoad "http://127.0.0.1:$port" "$@"; }
load register "$readers" >&2
psql -d "$database" -c "update account set confirmed_at = now() where email like '%@load.example.org'"

# Backends report their counts when idle for a moment (at most every second, or after 10 s idle): wait
# that long before each reading, so that it holds every transaction before it.
settle() { sleep 11; }
# commits, WAL flushes, JVM clock ticks: one line, in one transaction of this script
reading() {
  local commits ticks
  commits=$(psql -d "$database" -At -c "select (select xact_commit from pg_stat_database where datname = current_database())
    || ' ' || (select wal_sync from pg_stat_wal)")
  ticks=$(awk '{print $14 + $15}' "/proc/$tribune_pid/stat")
  echo "$commits $ticks"
}
hz=$(getconf CLK_TCK)
# clock ticks per thread of the JVM, as "name ticks" lines (digits in names dropped: one line per kind)
threads() {
  local task name stat
  for task in /proc/$tribune_pid/task/*; do
    # a thread may end between the listing and the reads: skip it
    name=$(tr -d '0-9 ' 2>/dev/null <"$task/comm") || continue
    stat=$(cat 2>/dev/null "$task/stat") || continue
    # the name in the stat line may hold spaces ("C2 CompilerThre"): count fields after it
    echo "$name $(awk '{sub(/^.*\) /, ""); print $12 + $13}' <<<"$stat")"
  done
}

# warm-up: the engine, the JIT and the pool, with posts that are not counted
coproc poster { load sequential "$warm_up" "$readers"; }
read -r line <&"${poster[0]}"
echo go >&"${poster[1]}"
until [ "$line" = done ]; do read -r line <&"${poster[0]}"; done
wait "${poster_PID:-}" 2>/dev/null || true

coproc poster { load sequential "$count" "$readers" "$warm_up"; }   # after the warm-up's comments
read -r line <&"${poster[0]}"   # ready: readers signed in, the discussion found
settle
read -r idle_commits idle_wal idle_ticks < <(reading)
settle
read -r c0 w0 t0 < <(reading)
threads >"$work/threads-before"   # the script's own cost: two readings' worth of commits, an idle JVM
jcmd=$(dirname "$java")/jcmd
[ -z "${POSTING_JFR:-}" ] || "$jcmd" "$tribune_pid" JFR.start name=posting settings=profile >/dev/null
echo go >&"${poster[1]}"
until [ "$line" = done ]; do read -r line <&"${poster[0]}"; done
read -r answers <&"${poster[0]}"
[ -z "${POSTING_JFR:-}" ] || "$jcmd" "$tribune_pid" JFR.stop name=posting filename="$POSTING_JFR" >/dev/null
threads >"$work/threads-after"
settle
read -r c1 w1 t1 < <(reading)
wait "${poster_PID:-}" 2>/dev/null || true

own_commits=$((c0 - idle_commits)) own_wal=$((w0 - idle_wal)) idle=$((t0 - idle_ticks))
echo "cores: $(nproc); load: $(uptime | sed 's/.*load average: //'); PostgreSQL; $count comments posted one after another"
echo "$answers"
awk -v n="$count" -v c=$((c1 - c0 - own_commits)) -v w=$((w1 - w0 - own_wal)) -v t=$((t1 - t0)) -v idle="$idle" -v hz="$hz" \
  'BEGIN {
  printf "commits per post: %.2f\n", c / n
  printf "WAL flushes per post: %.2f\n", w / n
  printf "application CPU per post: %.2f ms (%.0f ms idle over 11 s subtracted)\n", (t - idle) * 1000 / hz / n, idle * 1000 / hz
}'
echo "application CPU per post by thread (threads started during the posts included):"
awk -v n="$count" -v hz="$hz" 'FNR == NR { before[$1] += $2; next } { after[$1] += $2 }
  END { for (k in after) if (after[k] > before[k]) printf "  %-20s %6.2f ms\n", k, (after[k] - before[k]) * 1000 / hz / n }' \
  "$work/threads-before" "$work/threads-after" | sort -k2 -nr | head -8
psql -d "$database" -At -c "select status, rule, count(*) from comment group by status, rule order by 1, 2"
