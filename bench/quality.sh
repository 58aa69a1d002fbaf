#!/usr/bin/env bash
# Moderation quality, printed as figures and ids. See docs/moderation-quality.md.
#   bench/quality.sh [--folds 5] [--seed 12] [--data FILE] [--lexical]
#       held-out devset figures (k-fold cross-validation, fixed seed) and the seen-data figure beside them
#   bench/quality.sh readers [held|dev|second|third|nearmiss|nearmiss2|nearmiss3] [--lexical|--heads-only]
#       the engine as shipped on comments written by others without sight of the engine (readers-*.jsonl in
#       engine/src/test/resources/.../quality): the held half, the second and the third set are never read while writing rules;
#       report the third set, the second set and the held half first; dev and nearmiss, nearmiss2, nearmiss3 (written to find false
#       blocks, mostly acceptable near misses) may be read
#   bench/quality.sh write-heads
#       retrains the built-in English heads and writes them into engine/src/main/resources (after editing
#       the built-in examples or the group list; BuiltInHeadsTests fails until then)
#   bench/quality.sh clean-holds [HEADS.json]
#       how often clean chatty text is blocked (SMS ham, Davidson "neither"; never trained or calibrated on),
#       by the English heads alone and by the standard engine
#   bench/quality.sh identity [--mistakes]
#       identity-term bias: hateful and allowed templated comments blocked, per language and group
#       (--mistakes lists the cases decided wrongly, with their text)
#   bench/quality.sh head-tuning
#       the heads' regularisation by cross-validation on the built-in examples alone (HeadTuning)
#   any of these with --encoder FOLDER: measured on the model folder's encoder (model.onnx, tokenizer.json,
#       encoder.properties, as in the policy's `encoder: FOLDER`) in the shipped encoder's place; its built-in
#       heads are trained at start (write-heads writes them under the folder encoder's name)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
java=$("$root/bin/find-java")
cd "$root"
main=io.tribune.moderation.engine.quality.HeldOutQuality
case "${1:-}" in
  identity) main=io.tribune.moderation.engine.fairness.IdentityReport; shift ;;
  clean-holds) main=io.tribune.moderation.engine.semantic.CleanHoldRates; shift ;;
  write-heads) main=io.tribune.moderation.engine.semantic.WriteBuiltInHeads; shift ;;
  readers)
    part=held
    case "${2:-}" in held|dev|second|third|nearmiss|nearmiss2|nearmiss3) part=$2; shift ;; esac
    shift
    set -- --as-shipped --data "engine/src/test/resources/io/tribune/moderation/engine/quality/readers-$part.jsonl" "$@"
    ;;
  head-tuning) main=io.tribune.moderation.engine.semantic.HeadTuning; shift ;;
esac
./mvnw -q -B -pl engine test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt \
  -Dmdep.includeScope=test
args=()
properties=()
while [ $# -gt 0 ]; do
  if [ "$1" = --encoder ]; then
    properties+=("-Dtribune.encoder=$(cd "$2" && pwd)")
    shift 2
  else
    args+=("$1")
    shift
  fi
done
cp="engine/target/test-classes:engine/target/classes:$(cat engine/target/test-classpath.txt)"
exec "$java" -Xmx1g --enable-native-access=ALL-UNNAMED "${properties[@]}" -cp "$cp" "$main" "${args[@]}"
