#!/usr/bin/env bash
# JMH benchmark of the whole moderation pipeline, plus the engine's heap after loading.
#   bench/engine.sh            (about 2 minutes; JMH options may follow, e.g. -f 1 -wi 2 -i 3)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
java=$("$root/bin/find-java")
cd "$root"
./mvnw -q -B -DskipTests -Pbench package -pl bench -am
comments="$root/../shared/data/moderation/devset.jsonl"
"$java" -Xmx512m -Dtribune.bench.comments="$comments" -cp bench/target/benchmarks.jar io.tribune.bench.EngineFootprint
"$java" -Dtribune.bench.comments="$comments" -jar bench/target/benchmarks.jar ScreeningBenchmark \
  -jvmArgsAppend "-Dtribune.bench.comments=$comments" -rf text -rff bench/target/engine-results.txt "$@"
