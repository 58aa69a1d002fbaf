package io.tribune.search.web;

import io.tribune.editions.Edition;
import io.tribune.search.FoundArticle;
import io.tribune.search.SearchIndex;
import io.tribune.search.SearchPaths;
import io.tribune.system.Texts;
import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Type-ahead for the search boxes: the headlines of the edition that have the words typed so far, as
 * a small JSON list the boxes' script shows under them. Whatever is typed, the answer is a list, empty
 * when there is nothing to look for, or a 400 with a message in the edition's language when the text
 * is longer than a search may be.
 */
@Controller
class SuggestController {

    /** How many headlines the list holds. */
    static final int SHOWN = 8;

    private static final CacheControl SUGGESTIONS =
            CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final SearchIndex index;
    private final Texts texts;

    SuggestController(SearchIndex index, Texts texts) {
        this.index = index;
        this.texts = texts;
    }

    @GetMapping(SearchPaths.SUGGEST)
    ResponseEntity<String> suggest(@PathVariable Edition edition, @ModelAttribute SearchForm form) {
        String words = form.words();
        if (words.codePointCount(0, words.length()) > SearchForm.MAX_QUERY) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_JSON)
                    .cacheControl(CacheControl.noStore())
                    .body(Json.suggestions(
                            List.of(), texts.of(edition).get("search.problem.tooLong", SearchForm.MAX_QUERY)));
        }
        List<FoundArticle> found = words.codePoints().anyMatch(Character::isLetterOrDigit)
                ? index.suggest(edition.code(), words, SHOWN)
                : List.of();
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .cacheControl(SUGGESTIONS)
                .body(Json.suggestions(found, null));
    }

    /** The answer written by hand: two fields, every string escaped so that no markup survives even unparsed. */
    static final class Json {

        private Json() {}

        static String suggestions(List<FoundArticle> found, String error) {
            StringBuilder json = new StringBuilder("{\"suggestions\":[");
            for (int i = 0; i < found.size(); i++) {
                FoundArticle article = found.get(i);
                json.append(i == 0 ? "" : ",").append("{\"headline\":");
                string(json, article.title());
                json.append(",\"url\":");
                string(json, article.path());
                json.append('}');
            }
            json.append(']');
            if (error != null) {
                json.append(",\"error\":");
                string(json, error);
            }
            return json.append('}').toString();
        }

        /** A JSON string with quotes, backslashes, controls, markup characters and lone surrogates as {@code \\uXXXX}. */
        static void string(StringBuilder json, String text) {
            json.append('"');
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean isLoneSurrogate = Character.isSurrogate(c)
                        && !(Character.isHighSurrogate(c)
                                        && i + 1 < text.length()
                                        && Character.isLowSurrogate(text.charAt(i + 1))
                                || Character.isLowSurrogate(c)
                                        && i > 0
                                        && Character.isHighSurrogate(text.charAt(i - 1)));
                if (c < 0x20
                        || c == '"'
                        || c == '\\'
                        || c == '<'
                        || c == '>'
                        || c == '&'
                        || c == '\''
                        || c == 0x2028
                        || c == 0x2029) {
                    json.append(String.format("\\u%04x", (int) c));
                } else if (isLoneSurrogate) {
                    json.append("\\ufffd");
                } else {
                    json.append(c);
                }
            }
            json.append('"');
        }
    }
}
