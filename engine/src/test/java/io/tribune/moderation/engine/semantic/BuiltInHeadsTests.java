package io.tribune.moderation.engine.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The shipped heads are trained on exactly the current built-in examples, so the engine starts without training. */
class BuiltInHeadsTests {

    @Test
    void theShippedEnglishHeadsAreCurrent() throws IOException {
        SentenceEncoder encoder = ShippedEncoder.shared();
        String resource = SemanticDetectors.builtInHeadsResource(encoder, "en");
        try (InputStream in = SemanticDetectors.class.getResourceAsStream(resource)) {
            assertThat(in)
                    .as("%s is missing: run WriteBuiltInHeads (test scope)", resource)
                    .isNotNull();
            SemanticHeads shipped = SemanticHeads.load(in, resource, encoder);
            assertThat(shipped.source())
                    .as("%s was trained on other examples: run WriteBuiltInHeads (test scope)", resource)
                    .isEqualTo(SemanticDetectors.builtInSource(encoder, "en"));
            assertThat(shipped.rules()).containsAll(SemanticHeads.RULES);
        }
    }
}
