#!/usr/bin/env bash
# Moderation quality, printed as figures and ids. See docs/moderation-quality.md.
#   bench/quality.sh [--folds 5] [--seed 12] [--data FILE] [--lexical]
#       held-out devset figures (k-fold cross-validation, fixed seed) and the seen-data figure beside them
#   bench/quality.sh write-heads
#       retrains the built-in English heads and writes them into engine/src/main/resources (after editing
#       the built-in examples or the group list; BuiltInHeadsTests fails until then)
#   bench/quality.sh clean-holds [HEADS.json]
#       how often clean chatty text is blocked (SMS ham, Davidson "neither"; never trained or calibrated on),
#       by the English heads alone and by the standard engine
#   bench/quality.sh identity [--mistakes]
#       identity-term bias: hateful and allowed templated comments blocked, per language and group
#       (--mistakes lists the cases decided wrongly, with their text)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
java=$("$root/bin/find-java")
cd "$root"
main=io.tribune.moderation.engine.quality.HeldOutQuality
case "${1:-}" in
  identity) main=io.tribune.moderation.engine.fairness.IdentityReport; shift ;;
  clean-holds) main=io.tribune.moderation.engine.semantic.CleanHoldRates; shift ;;
  write-heads) main=io.tribune.moderation.engine.semantic.WriteBuiltInHeads; shift ;;
esac
./mvnw -q -B -pl engine test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test
cp="engine/target/test-classes:engine/target/classes:$(cat engine/target/test-classpath.txt)"
exec "$java" -Xmx1g --enable-native-access=ALL-UNNAMED -cp "$cp" "$main" "$@"
