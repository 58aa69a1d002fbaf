#!/usr/bin/env bash
# Upload-to-renditions time for a 12-megapixel JPEG: decoding, the widths drawn and encoded, and
# written to disk, as the media module's ImageUploads does it (io.tribune.media.UploadTiming in the
# app's test classes). Runs with the production heap (-Xmx512m).
#   bench/upload-renditions.sh [rounds]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
java=$("$root/bin/find-java")
cd "$root"
./mvnw -q -B -pl app -am test-compile dependency:build-classpath -DskipTests -Dmdep.outputFile=target/upload-classpath.txt -Dmdep.includeScope=test
"$java" -Xmx512m -XX:+UseParallelGC -cp "app/target/test-classes:app/target/classes:$(cat app/target/upload-classpath.txt)" \
  io.tribune.media.UploadTiming "${1:-20}"
