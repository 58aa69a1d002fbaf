package io.tribune.moderation.engine.signals;

import io.tribune.moderation.engine.Evidence;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cue phrases per language, written as templates that an admin can read and extend: words separated by
 * spaces, {@code a/b} for alternatives ({@code mot_de_passe} for one with spaces), {@code word*} for any
 * word starting so, {@code ~} for up to two
 * words of any kind. Templates match the {@link Folded} text (lower case, no accents) on word boundaries.
 * Lines read {@code lang<TAB>template}; {@code *} as the language applies the template everywhere.
 */
final class Phrases {

    private static final String GAP = "[\\s\\p{P}\\p{S}]{1,6}";

    private final Map<String, List<Entry>> byLanguage;

    private Phrases(Map<String, List<Entry>> byLanguage) {
        this.byLanguage = byLanguage;
    }

    /**
     * A compiled template with the literal starts of its first word: the regular expression runs only
     * when the text contains one of them, which keeps dozens of templates cheap per comment.
     */
    record Entry(String template, Pattern pattern, List<String> anchors) {

        boolean mayMatch(String folded) {
            for (String anchor : anchors) {
                if (folded.contains(anchor)) {
                    return true;
                }
            }
            return anchors.isEmpty();
        }
    }

    static Phrases resource(String name) {
        try (InputStream in = Phrases.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Phrases parse(List<String> lines) {
        Map<String, List<Entry>> byLanguage = new HashMap<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int tab = trimmed.indexOf('\t');
            if (tab < 0) {
                throw new IllegalArgumentException("phrase line without a language: " + line);
            }
            String language = trimmed.substring(0, tab).strip();
            String template = trimmed.substring(tab + 1).strip();
            byLanguage
                    .computeIfAbsent(language, l -> new ArrayList<>())
                    .add(new Entry(template, compile(template), anchors(template)));
        }
        return new Phrases(byLanguage);
    }

    /** The edition's language and English, whose cues turn up in every edition. */
    static Set<String> withEnglish(String language) {
        return language.equals("en") ? Set.of("en") : Set.of(language, "en");
    }

    /** The first matches in the folded text, as spans of the original text; at most {@code limit}. */
    List<Evidence.Span> find(Folded folded, String original, Set<String> languages, int limit) {
        List<Evidence.Span> spans = new ArrayList<>();
        for (String language : languages) {
            collect(byLanguage.get(language), folded, original, spans, limit);
        }
        collect(byLanguage.get("*"), folded, original, spans, limit);
        return spans;
    }

    /** Matches in any language: cues that give themselves away whatever the edition. */
    List<Evidence.Span> findAny(Folded folded, String original, int limit) {
        List<Evidence.Span> spans = new ArrayList<>();
        for (List<Entry> entries : byLanguage.values()) {
            collect(entries, folded, original, spans, limit);
        }
        return spans;
    }

    private static void collect(
            List<Entry> entries, Folded folded, String original, List<Evidence.Span> spans, int limit) {
        if (entries == null) {
            return;
        }
        for (Entry entry : entries) {
            if (spans.size() >= limit) {
                return;
            }
            if (!entry.mayMatch(folded.text())) {
                continue;
            }
            Matcher m = entry.pattern().matcher(folded.text());
            if (m.find()) {
                int start = folded.start(m.start());
                int end = folded.end(m.end());
                spans.add(new Evidence.Span(start, end, original.substring(start, end), entry.template()));
            }
        }
    }

    private static List<String> anchors(String template) {
        String first = template.strip().split("\\s+")[0];
        if (first.equals("~")) {
            return List.of();
        }
        List<String> anchors = new ArrayList<>();
        for (String option : first.split("/")) {
            String body = Folded.of(option.replace("*", "")).text().split("_")[0];
            if (body.isEmpty()) {
                return List.of();
            }
            anchors.add(body);
        }
        return anchors;
    }

    static Pattern compile(String template) {
        StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])");
        boolean needGap = false;
        for (String token : template.split("\\s+")) {
            if (token.equals("~")) {
                // up to two words of any kind, each followed by its own separator
                regex.append(needGap ? GAP : "").append("(?:[\\p{L}\\p{N}'-]{1,30}" + GAP + "){0,2}");
                needGap = false;
                continue;
            }
            regex.append(needGap ? GAP : "").append(alternatives(token));
            needGap = true;
        }
        return Pattern.compile(regex.toString());
    }

    private static String alternatives(String token) {
        StringBuilder out = new StringBuilder("(?:");
        String[] options = token.split("/");
        for (int i = 0; i < options.length; i++) {
            String option = options[i];
            boolean open = option.endsWith("*");
            String body = open ? option.substring(0, option.length() - 1) : option;
            if (i > 0) {
                out.append('|');
            }
            String[] words = Folded.of(body).text().split("_");
            for (int w = 0; w < words.length; w++) {
                out.append(w > 0 ? "\\s+" : "").append(Pattern.quote(words[w]));
            }
            out.append(open ? "[\\p{L}\\p{N}]{0,20}" : "(?![\\p{L}\\p{N}])");
        }
        return out.append(')').toString();
    }
}
