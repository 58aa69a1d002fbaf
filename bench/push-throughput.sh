#!/usr/bin/env bash
# Web push throughput (issue 15): one send to N subscribers (default 100,000) through the real sender
# (claims, aes128gcm encryption, VAPID signing, HTTP) to a push service on 127.0.0.1 answering 201, on
# an in-memory H2 made by the real migrations; prints messages per second and the peak heap.
# Usage: bench/push-throughput.sh [subscribers] [batch] [concurrency]
set -euo pipefail
cd "$(dirname "$0")/.."
# one reactor run: the app module is built last, so the classpath file written is the app's
./mvnw -B -q -pl app -am test-compile dependency:build-classpath -DskipTests \
  -Dmdep.outputFile="$PWD/app/target/bench-classpath.txt" -Dmdep.includeScope=test
JAVA=$(bin/find-java)
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" -Xmx512m -XX:+UseParallelGC -cp "app/target/test-classes:app/target/classes:engine/target/classes:$(cat app/target/bench-classpath.txt)" \
  io.tribune.notifications.push.PushThroughput "${1:-100000}" "${2:-500}" "${3:-64}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
