#!/usr/bin/env bash
# Held-out moderation quality on the devset (k-fold cross-validation, fixed seed) and the seen-data
# figure beside it. Prints figures and ids, never comment texts. See docs/moderation-quality.md.
#   bench/quality.sh [--folds 5] [--seed 12] [--data FILE]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
java=$("$root/bin/find-java")
cd "$root"
./mvnw -q -B -pl engine test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test
cp="engine/target/test-classes:engine/target/classes:$(cat engine/target/test-classpath.txt)"
exec "$java" -Xmx1g --enable-native-access=ALL-UNNAMED -cp "$cp" io.tribune.moderation.engine.quality.HeldOutQuality "$@"
