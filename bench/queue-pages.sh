#!/usr/bin/env bash
# The moderators' queue queries on PostgreSQL with 100,000 held comments in one edition (plus published
# comments and other editions' held ones around them): a page of 50 newest first, a deep page by
# keyset, a page filtered by rule, oldest first, one author's page, one article's page, the reported
# queue, the clusters tab (a page of clusters from their summary rows, their newest members, the tab's
# count; and, as "cluster-grouped", the page as it was read before the summary: grouping every held
# member), and a tab's count.
# Builds a throwaway database with the real migrations, loads it, and runs each query with pgbench on
# one connection, printing p50/p95/p99 in milliseconds. The queries are those of CommentRepository.queue
# and countQueue and of ClusterMembers. Measures the database side of a console page, not the HTTP
# round trip.
# Needs PostgreSQL at 127.0.0.1:5432 (user postgres, trust) and pgbench.
#   bench/queue-pages.sh [transactions-per-query]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
runs=${1:-2000}
database="tribune_queue_$$"
work=$(mktemp -d)
psql() { command psql -q -X -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres "$@"; }
cleanup() {
  [ -n "${KEEP_DB:-}" ] || psql -d postgres -c "drop database if exists $database" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
psql -d postgres -c "create database $database"
for migration in $(ls "$root"/app/src/main/resources/db/migration/V*.sql | sort -V); do
  psql -d "$database" -f "$migration" >/dev/null
done
psql -d "$database" <<'SQL'
insert into comment (article_id, edition, author_id, body, status, rule, decision, policy_version, submit_key,
                     created_at, screened_at)
select 1 + n % 40, 'en', 1 + n % 5000, 'A held comment number ' || n || ' with some damn words in it.', 'HELD',
       (array['profanity','spam','hate','insult_threat','flood'])[1 + n % 5],
       '{"id":"' || n || '","decision":"hold","rules":[{"rule":"profanity","score":0.91,"action":"hold","evidence":'
         || '[{"start":35,"end":39,"match":"damn","term":"damn"}]}],"language":"en","message":"held","micros":120}',
       'bench', 'held-' || n, now() - (100000 - n) * interval '1 second', now()
from generate_series(1, 100000) n;
insert into comment (article_id, edition, author_id, body, status, decision, policy_version, submit_key, created_at,
                     screened_at)
select 1 + n % 40, 'en', 1 + n % 5000, 'A published comment ' || n, 'PUBLISHED', '{}', 'bench', 'pub-' || n,
       now() - n * interval '1 second', now()
from generate_series(1, 100000) n;
insert into comment (article_id, edition, author_id, body, status, rule, decision, policy_version, submit_key,
                     created_at, screened_at)
select 100 + n % 40, 'ru', 9000 + n % 500, 'Задержанный комментарий ' || n, 'HELD', 'spam', '{}', 'bench',
       'ru-' || n, now() - n * interval '1 second', now()
from generate_series(1, 50000) n;
update comment set thread_id = id;
insert into comment_report (comment_id, reporter_id, reason, weight, created_at)
select id, 20000 + id % 1000, 'trolling', 1, now() from comment where status = 'PUBLISHED' and id % 50 = 0;
-- the 20,000 held 'flood' comments filed as 100 clusters of 200, for the clusters tab's queries
insert into comment_cluster_member (comment_id, cluster_id, edition)
select id, id / 1000, 'en' from comment where edition = 'en' and status = 'HELD' and rule = 'flood';
-- their summary rows, as the membership keeps them (and V49 back-fills them)
insert into comment_cluster (cluster_id, edition, rule, held, accounts, newest)
select m.cluster_id, m.edition, 'flood', count(*), count(distinct c.author_id), max(c.id)
from comment_cluster_member m join comment c on c.id = m.comment_id group by m.cluster_id, m.edition;
-- vacuumed as autovacuum would have by then (it may be off on a test server): the counts read the
-- queue indexes without visiting the table only where the visibility map is set
vacuum analyze;
SQL
columns="id, article_id, edition, author_id, parent_id, thread_id, body, status, screened_at, rule, notice, reply_count, created_at, edited_at, decision"
echo "select $columns from comment where edition = 'en' and status between 'HELD' and 'HELD' order by status desc, id desc fetch first 51 rows only;" > "$work/first-page.sql"
printf '%s\n' "\\set after random(1000, 100000)" \
  "select $columns from comment where edition = 'en' and status between 'HELD' and 'HELD' and id < :after order by status desc, id desc fetch first 51 rows only;" > "$work/deep-page.sql"
printf '%s\n' "\\set after random(1000, 100000)" \
  "select $columns from comment where edition = 'en' and status between 'HELD' and 'HELD' and rule = 'spam' and id < :after order by status desc, id desc fetch first 51 rows only;" > "$work/rule-page.sql"
printf '%s\n' "\\set after random(1, 99000)" \
  "select $columns from comment where edition = 'en' and status between 'HELD' and 'HELD' and id > :after order by status asc, id asc fetch first 51 rows only;" > "$work/oldest-page.sql"
printf '%s\n' "\\set author random(1, 5000)" \
  "select $columns from comment where edition = 'en' and status between 'HELD' and 'HELD' and author_id = :author order by status desc, author_id desc, id desc fetch first 51 rows only;" > "$work/author-page.sql"
printf '%s\n' "\\set article random(1, 40)" \
  "select $columns from comment where edition = 'en' and status between 'HELD' and 'HELD' and article_id = :article order by status desc, article_id desc, id desc fetch first 51 rows only;" > "$work/article-page.sql"
# the clusters tab (ClusterMembers): a page of 10 clusters, the 50 newest held members of one, the tab's count
held_members="from comment c join comment_cluster_member m on m.comment_id = c.id where c.edition = 'en' and c.status = 'HELD' and c.rule = 'flood' and m.edition = 'en'"
echo "select cluster_id, held, accounts, newest from comment_cluster where edition = 'en' and rule = 'flood' and newest > 0 order by newest desc fetch first 11 rows only;" > "$work/cluster-page.sql"
printf '%s\n' "\\set cluster random(0, 99)" \
  "select c.id, c.body, c.decision from comment_cluster_member m join comment c on c.id = m.comment_id where m.edition = 'en' and m.cluster_id = :cluster and c.status = 'HELD' and c.rule = 'flood' order by m.comment_id desc fetch first 50 rows only;" > "$work/cluster-members.sql"
echo "select count(*) from comment_cluster where edition = 'en' and rule = 'flood' and newest > 0;" > "$work/cluster-count.sql"
# what a cluster's row cost before V49: every held member of every cluster grouped on each page
echo "select m.cluster_id, count(*) as size, count(distinct c.author_id) as accounts, max(c.id) as newest $held_members group by m.cluster_id order by newest desc fetch first 11 rows only;" > "$work/cluster-grouped.sql"
echo "select $columns from comment where edition = 'en' and status in ('PUBLISHED', 'HELD') and id = any(array(select distinct comment_id from comment_report where outcome is null)) order by id desc fetch first 51 rows only;" > "$work/reported-page.sql"
echo "select count(*) from (select 1 from comment where edition = 'en' and status = 'HELD' fetch first 10001 rows only) q;" > "$work/held-count.sql"
echo "select count(*) from (select 1 from comment where edition = 'en' and status in ('PUBLISHED', 'HELD') and id = any(array(select distinct comment_id from comment_report where outcome is null)) fetch first 10001 rows only) q;" > "$work/reported-count.sql"
printf '%-16s %8s %8s %8s\n' query p50_ms p95_ms p99_ms
for query in first-page deep-page rule-page oldest-page author-page article-page reported-page cluster-page \
  cluster-members cluster-count cluster-grouped held-count reported-count; do
  (cd "$work" && pgbench -n -h 127.0.0.1 -U postgres -c 1 -t "$runs" -f "$query.sql" -l --log-prefix="log-$query" \
    "$database" >/dev/null 2>&1)
  cat "$work/log-$query".* | awk '{print $3}' | sort -n | awk -v q="$query" '
    { v[NR] = $1 }
    END { printf "%-16s %8.2f %8.2f %8.2f\n", q, v[int(NR*0.50)]/1000, v[int(NR*0.95)]/1000, v[int(NR*0.99)]/1000 }'
done
psql -d "$database" -c "explain analyze select $columns from comment where edition = 'en' and status between 'HELD' and 'HELD' and article_id = 7 order by status desc, article_id desc, id desc fetch first 51 rows only;"
psql -d "$database" -c "explain select id from comment where edition = 'en' and status between 'HELD' and 'HELD' and rule = 'spam' order by status desc, id desc fetch first 51 rows only;"
