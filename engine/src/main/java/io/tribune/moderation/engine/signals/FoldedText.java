package io.tribune.moderation.engine.signals;

import io.tribune.moderation.engine.Analysis;

/** The comment's text folded once per screening for the cue phrases of this package. */
final class FoldedText {

    static final Analysis<Folded> ANALYSIS = screening -> Folded.of(screening.text());

    private FoldedText() {}
}
