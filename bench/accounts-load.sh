#!/usr/bin/env bash
# Registration (with the captcha verified) and log-in against a fresh Tribune on loopback, the way
# readers' browsers use the forms (AccountsLoad). Prints requests/s and p50/p99 of the submissions.
#   bench/accounts-load.sh [seconds-per-run] [workers]
set -euo pipefail
source "$(dirname "$0")/lib.sh"
duration=${1:-20}
workers=${2:-8}
port=18082
management_port=18092
work=$(mktemp -d)
tribune_build AccountsLoad
cleanup() {
  tribune_stop_all
  rm -rf "$work"
}
trap cleanup EXIT

admin=admin@tribune.localhost
password="bench passphrase $(date +%s)"
tribune_start "$work/node" $port $management_port TRIBUNE_DEMO=false TRIBUNE_ADMIN_PASSWORD="$password"
load() { "$java" -cp "$classes" io.tribune.bench.AccountsLoad "http://127.0.0.1:$port" "$@"; }
echo "warming up..." >&2
load login 5 2 "$admin" "$password" >/dev/null
load register 5 2 >/dev/null
echo "cores: $(nproc); workers: $workers; ${duration} s per run; loopback"
load login "$duration" "$workers" "$admin" "$password"
load register "$duration" "$workers"
