#!/usr/bin/env bash
# What the sentence encoder costs: encoder p50/p99 per comment (up to 1,000 chars), engine processor time
# per comment with and without the encoder, resident memory of the model. See docs/benchmarks.md.
#   bench/encoder.sh [rounds] [--encoder FOLDER]   (FOLDER: a model folder measured in the shipped one's place)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
java=$("$root/bin/find-java")
cd "$root"
./mvnw -q -B -DskipTests -Pbench package -pl bench -am
comments="$root/../shared/data/moderation/devset.jsonl"
exec "$java" -Xmx512m --enable-native-access=ALL-UNNAMED -Dtribune.bench.comments="$comments" \
  -cp bench/target/benchmarks.jar io.tribune.bench.EncoderCost "$@"
