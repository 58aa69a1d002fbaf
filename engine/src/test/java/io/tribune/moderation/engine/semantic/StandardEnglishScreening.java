package io.tribune.moderation.engine.semantic;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.activity.ActivityStore;
import io.tribune.moderation.engine.activity.InMemoryActivityStore;

/**
 * The standard engine (shipped encoder and heads, or {@link EncoderUnderTest}'s folder) screening lone English
 * comments, one engine per test class.
 */
final class StandardEnglishScreening {

    private final InMemoryActivityStore store = new InMemoryActivityStore();
    private final Engine engine = Engine.standard(EngineConfig.defaults()
            .component(ActivityStore.class, store)
            .component(SemanticSetup.class, EncoderUnderTest.setup()));

    /** The decision on a comment without an article, with no earlier activity. */
    Decision screen(String text) {
        store.clear();
        return engine.screen(Comment.of("c", "en", text)).decision();
    }
}
