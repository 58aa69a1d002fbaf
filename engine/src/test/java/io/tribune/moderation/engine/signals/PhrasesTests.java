package io.tribune.moderation.engine.signals;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Evidence;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhrasesTests {

    @Test
    void templatesMatchAcrossCaseAccentsAndWordsInBetween() {
        Phrases phrases = Phrases.parse(List.of("fr\tdésactiv*/coupe* ~ antivirus"));
        String text = "Il faut DÉSACTIVER vite l'antivirus";
        List<Evidence.Span> spans = phrases.find(Folded.of(text), text, Set.of("fr"), 3);
        assertThat(spans).hasSize(1);
        assertThat(spans.get(0).match()).isEqualTo("DÉSACTIVER vite l'antivirus");
    }

    @Test
    void wordsMatchOnlyWhole() {
        Phrases phrases = Phrases.parse(List.of("en\tcrack"));
        String text = "They will crackdown on it";
        assertThat(phrases.find(Folded.of(text), text, Set.of("en"), 3)).isEmpty();
    }

    @Test
    void foldedOffsetsMapBackIntoTheOriginal() {
        String text = "Ｆｕｌｌ\u200bwidth café, ﻿ده شُكرًا and Straße";
        Folded folded = Folded.of(text);
        for (int i = 0; i <= folded.text().length(); i++) {
            assertThat(folded.start(i)).isBetween(0, text.length());
            assertThat(folded.end(i)).isBetween(0, text.length());
        }
        int at = folded.text().indexOf("cafe");
        assertThat(text.substring(folded.start(at), folded.end(at + 4))).isEqualTo("café");
    }
}
