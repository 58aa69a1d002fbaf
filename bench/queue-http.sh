#!/usr/bin/env bash
# The moderators' queue pages over HTTP: a fresh Tribune on PostgreSQL on loopback with 100,000 held
# comments in the English edition (plus published ones, reported ones and another edition's held ones
# around them), and one signed-in moderator fetching whole console pages one after another (QueuePages):
# the first page of the held queue, deep pages by keyset, a rule's page, oldest first, one author's, one
# article's, the reported queue and the clusters tab. Prints p50/p95/p99 in milliseconds per kind of page. Where
# bench/queue-pages.sh times the database side alone, this times the round trip a moderator waits for.
# Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust) to create a throwaway database.
#   bench/queue-http.sh [requests-per-kind]
# TRIBUNE_JAR=path runs another build (e.g. main's, for a "before") on the same data.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
requests=${1:-1000}
port=18087
management_port=18097
work=$(mktemp -d)
database="tribune_queue_http_$$"
jar=${TRIBUNE_JAR:-$jar}
tribune_build QueuePages
psql() { command psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres "$@"; }
tribune_throwaway_database "$database" "$work" queue-http

tribune_start "$work/node" $port $management_port \
  SPRING_PROFILES_ACTIVE=postgres TRIBUNE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database"
# one reader registered through the site (captcha and all), confirmed and made the edition's moderator
"$java" -cp "$classes" io.tribune.bench.CommentsLoad "http://127.0.0.1:$port" register 1
email="commenter-0@load.example.org"
moderator=$(psql -d "$database" -At -c "
  update account set confirmed_at = now() where email = '$email';
  insert into account_role (account_id, role, edition, granted_at)
    select id, 'MODERATOR', 'en', now() from account where email = '$email';
  select id from account where email = '$email';")
articles=$(psql -d "$database" -At -c "select count(*) from article where edition = 'en'")
[ "$articles" -gt 0 ] || { echo "no English articles to comment on" >&2; exit 1; }
psql -d "$database" <<SQL
create temporary table bench_article as
  select row_number() over (order by id) - 1 as n, id from article where edition = 'en';
insert into comment (article_id, edition, author_id, body, status, rule, decision, policy_version, submit_key,
                     created_at, screened_at)
select a.id, 'en', $moderator, 'A held comment number ' || g || ' with some damn words in it.', 'HELD',
       (array['profanity','spam','hate','insult_threat','flood'])[1 + g % 5],
       '{"id":"' || g || '","decision":"hold","rules":[{"rule":"profanity","score":0.91,"action":"hold","evidence":'
         || '[{"start":35,"end":39,"match":"damn","term":"damn"}]}],"language":"en","message":"held","micros":120}',
       'bench', 'held-' || g, now() - (100000 - g) * interval '1 second', now()
from generate_series(1, 100000) g join bench_article a on a.n = g % $articles;
insert into comment (article_id, edition, author_id, body, status, decision, policy_version, submit_key, created_at,
                     screened_at)
select a.id, 'en', $moderator, 'A published comment ' || g, 'PUBLISHED', '{}', 'bench', 'pub-' || g,
       now() - g * interval '1 second', now()
from generate_series(1, 100000) g join bench_article a on a.n = g % $articles;
insert into comment (article_id, edition, author_id, body, status, rule, decision, policy_version, submit_key,
                     created_at, screened_at)
select (select min(id) from article), 'ru', $moderator, 'Задержанный комментарий ' || g, 'HELD', 'spam', '{}',
       'bench', 'ru-' || g, now() - g * interval '1 second', now()
from generate_series(1, 50000) g;
update comment set thread_id = id where thread_id is null;
insert into comment_report (comment_id, reporter_id, reason, weight, created_at)
select id, $moderator, 'trolling', 1, now() from comment where status = 'PUBLISHED' and id % 50 = 0;
-- vacuumed as autovacuum would have by then (it may be off on a test server): the counts read the
-- queue indexes without visiting the table only where the visibility map is set
vacuum analyze;
SQL
range=$(psql -d "$database" -At -F ' ' -c "select min(id), max(id) from comment where edition = 'en' and status = 'HELD'")
echo "cores: $(nproc); load before: $(cut -d' ' -f1-3 /proc/loadavg); $requests requests per kind; loopback; PostgreSQL"
echo "held in en: $(psql -d "$database" -At -c "select count(*) from comment where edition = 'en' and status = 'HELD'")"
# shellcheck disable=SC2086
"$java" -cp "$classes" io.tribune.bench.QueuePages "http://127.0.0.1:$port" "$email" "a load test passphrase" \
  $range "$requests" "$moderator" "$(psql -d "$database" -At -c "select min(id) from article where edition = 'en'")"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
