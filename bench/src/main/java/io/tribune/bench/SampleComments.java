package io.tribune.bench;

import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Standing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Realistic comments for the benchmarks: the labelled development set (all six edition languages,
 * with its articles) when the shared data folder is beside the project, else a few of our own.
 */
final class SampleComments {

    private SampleComments() {}

    static List<Comment> load() {
        Path devset = Path.of(System.getProperty("tribune.bench.comments", "../shared/data/moderation/devset.jsonl"));
        List<Comment> comments = new ArrayList<>();
        if (Files.isRegularFile(devset)) {
            JsonMapper json = JsonMapper.builder().build();
            try {
                int n = 0;
                for (String line : Files.readAllLines(devset)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, Object> item = json.readValue(line, Map.class);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> article = (Map<String, Object>) item.getOrDefault("article", Map.of());
                    comments.add(new Comment(
                            "b" + n,
                            String.valueOf(item.get("edition")),
                            String.valueOf(item.get("text")),
                            "author" + (n % 97),
                            "198.51.100." + (n % 200),
                            Instant.parse("2026-03-01T10:00:00Z").plusSeconds(37L * n),
                            new ArticleText((String) article.get("title"), (String) article.get("lead"), (String)
                                    article.get("body")),
                            null,
                            new Standing(5, 5, 0)));
                    n++;
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        if (comments.isEmpty()) {
            String[][] own = {
                {"en", "The council should publish the full budget before the vote, not after it."},
                {"ru", "Интересно, почему об этом решении сообщили только сейчас? Хотелось бы подробностей."},
                {"es", "Buen artículo, aunque falta la opinión de los vecinos afectados por las obras."},
                {"de", "Die Zahlen im dritten Absatz passen nicht zu denen aus der Grafik, bitte prüfen."},
                {"fr", "Merci pour ce reportage, on parle trop peu de ces régions rurales."},
                {"ar", "شكراً على هذا التقرير المفصل، أتمنى متابعة القضية في الأسابيع القادمة."}
            };
            for (int i = 0; i < own.length; i++) {
                comments.add(Comment.of("own" + i, own[i][0], own[i][1]));
            }
        }
        return comments;
    }
}
