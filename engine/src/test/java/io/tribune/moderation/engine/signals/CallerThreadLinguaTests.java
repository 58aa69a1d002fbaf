package io.tribune.moderation.engine.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.tribune.moderation.engine.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The caller-thread computation gives exactly lingua's own confidence values, so an upgrade that changes them fails here. */
class CallerThreadLinguaTests {

    private static final Set<Language> LANGUAGES = Set.of(
            Language.ENGLISH,
            Language.RUSSIAN,
            Language.SPANISH,
            Language.GERMAN,
            Language.FRENCH,
            Language.ARABIC,
            Language.ITALIAN,
            Language.PORTUGUESE,
            Language.DUTCH,
            Language.POLISH,
            Language.TURKISH,
            Language.UKRAINIAN);
    private static final LanguageDetector LINGUA = LanguageDetectorBuilder.fromLanguages(
                    LANGUAGES.toArray(Language[]::new))
            .withLowAccuracyMode()
            .build();
    private static final CallerThreadLingua OURS = new CallerThreadLingua(LINGUA, LANGUAGES);

    @Test
    void givesLinguasOwnConfidenceValues() {
        String[] texts = {
            "The council should publish the full budget before the vote, not after it.",
            "Интересно, почему об этом решении сообщили только сейчас?",
            "Buen artículo, aunque falta la opinión de los vecinos afectados por las obras.",
            "Die Zahlen im dritten Absatz passen nicht zu denen aus der Grafik.",
            "Merci pour ce reportage, on parle trop peu de ces régions rurales.",
            "شكراً على هذا التقرير المفصل",
            "Grazie mille, articolo molto interessante",
            "Obrigado pelo artigo, muito bom",
            "Dank je wel voor het artikel",
            "Dziękuję za artykuł, bardzo ciekawy",
            "Teşekkürler, çok güzel bir yazı",
            "Дякую за статтю, дуже цікаво",
            "ok",
            "a",
            "",
            "12345 !!! ???",
            "lol 😂😂",
            "Thank you Спасибо gracias",
            "ß",
            "ñandú"
        };
        for (String text : texts) {
            assertSame(text);
        }
    }

    /** Every text of the shared development set, when it is present: six languages, many lengths. */
    @Test
    void givesLinguasOwnValuesOnTheDevset() throws IOException {
        Optional<Path> devset = SharedData.find("devset.jsonl");
        assumeTrue(devset.isPresent(), "devset absent");
        ObjectMapper json = new ObjectMapper();
        int compared = 0;
        for (String line : Files.readAllLines(devset.get(), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode item = json.readTree(line);
                assertSame(item.get("text").asString());
                assertSame(item.path("article").path("lead").asString(""));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(300);
    }

    private static void assertSame(String text) {
        assertThat(new TreeMap<>(OURS.confidenceValues(text)))
                .as("text of %d chars", text.length())
                .isEqualTo(new TreeMap<Language, Double>(Map.copyOf(LINGUA.computeLanguageConfidenceValues(text))));
    }
}
