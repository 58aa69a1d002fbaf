#!/usr/bin/env bash
# Live comments: time from a comment's post to its arrival on readers' open streams, with two Tribunes
# on one PostgreSQL database (127.0.0.1:5432, database test, user postgres; a fresh schema is made and
# dropped) so the fan-out goes through LISTEN/NOTIFY as in production (LiveLatency).
#   bench/live-latency.sh [samples] [readers]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
samples=${1:-50}
readers=${2:-20}
schema="bench_live_$(date +%s)"
port_a=18083
port_b=18084
work=$(mktemp -d)
password="bench passphrase $(date +%s)"
psql() { PGOPTIONS=--client-min-messages=warning command psql -qtA -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 "$@"; }
tribune_build LiveLatency
cleanup() {
  tribune_stop_all
  psql -c "drop schema if exists $schema cascade" || true
  rm -rf "$work"
}
trap cleanup EXIT

start() { # name port management-port
  tribune_start "$work/$1" "$2" "$3" SPRING_PROFILES_ACTIVE=postgres \
    TRIBUNE_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema" SPRING_FLYWAY_SCHEMAS="$schema" \
    TRIBUNE_BASE_URL="http://127.0.0.1:$port_a" TRIBUNE_ADMIN_PASSWORD="$password"
}
start a $port_a 18093
start b $port_b 18094
grep -h "live comments:" "$work/a/app.log" "$work/b/app.log" >&2

# Readers made in the database as the tests make them, with the administrator's password hash.
psql <<SQL
set search_path to $schema;
insert into account (email, display_name, edition, status, created_at, session_stamp, confirmed_at, password_hash)
  select 'bench-' || g || '@example.org', 'Bench reader ' || g, 'en', 'ACTIVE', now(), 0, now(),
         (select password_hash from account where email = 'admin@tribune.localhost')
  from generate_series(1, $readers) g;
insert into account_consent (account_id, policy_version, given_at)
  select id, '2026-11', now() from account where email like 'bench-%';  -- the privacy policy in force (PrivacyPolicy)
SQL
article=$(psql -c "select id from $schema.article where edition = 'en' and published_at <= now() order by published_at desc limit 1")
echo "cores: $(nproc); $samples comments one at a time on node A (:$port_a), readers on A and B (:$port_b); loopback"
"$java" -cp "$classes" io.tribune.bench.LiveLatency "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b" \
  "$article" "$readers" "$password" "$samples"
