#!/usr/bin/env bash
# Comment posting through HTTP (screening and the database writes included) against a fresh Tribune
# on PostgreSQL on loopback, at a fixed arrival rate (CommentsLoad). Needs PostgreSQL at
# 127.0.0.1:5432 (user postgres, trust) to create a throwaway database. Prints comments/s and p50/p99.
# TRIBUNE_JAR names another packaged jar to load (an earlier build, for a before/after).
# A reader's seventh comment in two minutes is rejected as a flood, so the readers default to one per
# five comments of the run, plus the warm-up's (at most 500 comments).
#   bench/comments-load.sh [rate-per-second] [seconds] [readers]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
jar=${TRIBUNE_JAR:-$jar}
rate=${1:-200}
duration=${2:-30}
readers=${3:-$((rate * duration / 5 + 100))}
port=18083
management_port=18093
work=$(mktemp -d)
database="tribune_bench_$$"
tribune_build CommentsLoad
tribune_java_options+=(-XX:+UseParallelGC)
psql() { command psql -q -h 127.0.0.1 -U postgres "$@"; }
tribune_throwaway_database "$database" "$work" comments-load

tribune_start "$work/node" $port $management_port \
  SPRING_PROFILES_ACTIVE=postgres TRIBUNE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database"
load() { "$java" -cp "$classes" io.tribune.bench.CommentsLoad "http://127.0.0.1:$port" "$@"; }
load register "$readers"
psql -d "$database" -c "update account set confirmed_at = now() where email like '%@load.example.org'"
echo "warming up..." >&2
load post "$((rate < 50 ? rate : 50))" 10 "$readers" >/dev/null
psql -d "$database" -c "delete from moderation_activity_key; delete from moderation_activity"
echo "cores: $(nproc); ${rate}/s offered for ${duration} s; ${readers} readers; loopback; PostgreSQL"
load post "$rate" "$duration" "$readers"
psql -d "$database" -At -c "select status, count(*) from comment group by status order by 1"

# Time to render a discussion of 10,000 comments (1,000 threads of 9 replies), first page, as readers
# fetch it: the htmx fragment the article page loads and the page without JavaScript.
article=$(psql -d "$database" -At -c "select id from article where edition = 'es' order by published_at desc limit 1")
author=$(psql -d "$database" -At -c "select min(id) from account where email like '%@load.example.org'")
psql -d "$database" -c "
  insert into comment (article_id, edition, author_id, parent_id, thread_id, body, status, decision, policy_version,
                       submit_key, created_at, screened_at)
  select $article, 'es', $author, null, null, 'Comentario número ' || g || ' sobre el artículo, con algo de texto.',
         'PUBLISHED', '{}', 'bench', 'bench-thread-' || g, now() - (g || ' seconds')::interval, now()
  from generate_series(1, 1000) g;
  update comment set thread_id = id where article_id = $article and thread_id is null;
  insert into comment (article_id, edition, author_id, parent_id, thread_id, body, status, decision, policy_version,
                       submit_key, created_at, screened_at)
  select $article, 'es', $author, t.id, t.id, 'Respuesta ' || r || ' al comentario ' || t.id || '.',
         'PUBLISHED', '{}', 'bench', 'bench-reply-' || t.id || '-' || r, now(), now()
  from comment t cross join generate_series(1, 9) r where t.article_id = $article and t.parent_id is null;
  update comment t set reply_count = 9 where t.article_id = $article and t.parent_id is null;
  update article set comment_count = (select count(*) from comment where article_id = $article and status = 'PUBLISHED')
    where id = $article;"
echo "discussion of $(psql -d "$database" -At -c "select count(*) from comment where article_id = $article") comments:"
for what in fragment page; do
  header=(); [ "$what" = fragment ] && header=(-H "HX-Request: true")
  times=$(for _ in $(seq 1 30); do
    curl -s -o /dev/null "${header[@]}" -w '%{time_total}\n' "http://127.0.0.1:$port/es/discussion/$article"
  done | sort -n)
  echo "  $what: min $(echo "$times" | head -1 | awk '{printf "%.1f ms", $1*1000}'), p50 $(echo "$times" | sed -n 15p | awk '{printf "%.1f ms", $1*1000}'), max $(echo "$times" | tail -1 | awk '{printf "%.1f ms", $1*1000}') (30 requests)"
  for order in oldest most-replied; do
    curl -s -o /dev/null "${header[@]}" -w "  $what sorted $order: %{time_total} s\n" "http://127.0.0.1:$port/es/discussion/$article?sort=$order"
  done
done
