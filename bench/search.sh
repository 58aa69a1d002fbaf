#!/usr/bin/env bash
# Search over generated articles (SearchCorpus: 100,000 by default, all in one edition, the worst
# case) in a fresh Tribune on loopback: how long the index takes to build at start, then the search
# page's p50/p95 asked one query at a time (SearchLoad), then type-ahead's as the queries are typed
# (SuggestLoad). Budget: p95 under 50 ms (PRODUCT.md §10).
#   bench/search.sh [articles] [rounds]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
articles=${1:-100000}
rounds=${2:-2}
edition=en
port=18083
management_port=18093
work=$(mktemp -d)
tribune_build SuggestLoad
cleanup() {
  tribune_stop_all
  rm -rf "$work"
}
trap cleanup EXIT

# The H2 driver the generator writes with is the application's own, taken from the jar.
h2=$(unzip -Z1 "$jar" | grep -E '^BOOT-INF/lib/h2-[0-9.]+\.jar$')
unzip -q -j "$jar" "$h2" -d "$work"
cp="$classes:$work/$(basename "$h2")"

echo "creating the database with the demo content..." >&2
tribune_start "$work/node" $port $management_port
tribune_stop "$tribune_pid"
url="jdbc:h2:file:$work/node/data/tribune;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
"$java" -cp "$cp" io.tribune.bench.SearchCorpus "$url" $edition "$articles" "$work/queries.txt"

echo "starting with no index: it is built before the start completes..." >&2
rm -rf "$work/node/data/search"
tribune_start "$work/node" $port $management_port
echo "cores: $(nproc); load average before the run: $(cut -d' ' -f1-3 /proc/loadavg); loopback"
grep -o "Search index of edition $edition rebuilt: .*" "$work/node/app.log" | tail -1
du -sh "$work/node/data/search/$edition" | cut -f1 | sed 's/^/index size on disk: /'
"$java" -cp "$classes" io.tribune.bench.SearchLoad "http://127.0.0.1:$port" $edition "$work/queries.txt" "$rounds"
"$java" -cp "$classes" io.tribune.bench.SuggestLoad "http://127.0.0.1:$port" $edition "$work/queries.txt" 2000
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
