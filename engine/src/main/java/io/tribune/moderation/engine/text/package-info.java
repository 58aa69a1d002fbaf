/**
 * Text normalisation for matching: {@link io.tribune.moderation.engine.text.NormalisedText} folds a
 * comment (compatibility forms, case, marks, invisible and bidi controls) while keeping a map back to the
 * original UTF-16 offsets, and splits it into {@link io.tribune.moderation.engine.text.Token}s whose
 * spellings undo homoglyphs, leetspeak, spaced and stretched letters. Any detector may use it; it knows
 * nothing about rules or lexicons.
 */
package io.tribune.moderation.engine.text;
