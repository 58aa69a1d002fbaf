package io.tribune.editions;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The publisher's editions, and which one a reader's languages ask for. */
@Service
public class Editions {

    private final List<Edition> all;
    private final Map<String, Edition> byCode;
    private final Edition fallback;
    private final ListenLiveStreams streams;

    Editions(JdbcClient jdbc, EditionSettings settings, ListenLiveStreams streams) {
        this.all = jdbc.sql("select * from edition order by position")
                .query((rs, n) -> new Edition(
                        rs.getString("code"),
                        Locale.forLanguageTag(rs.getString("language_tag")),
                        rs.getString("name"),
                        rs.getString("site_name"),
                        ZoneId.of(rs.getString("time_zone")),
                        "rtl".equals(rs.getString("direction")),
                        rs.getString("dateline_pattern")))
                .list();
        this.byCode = all.stream().collect(Collectors.toUnmodifiableMap(Edition::code, Function.identity()));
        this.fallback = byCode.getOrDefault(settings.defaultEdition(), all.getFirst());
        this.streams = streams;
        for (String code : settings.listenLive().keySet()) {
            if (!byCode.containsKey(code)) {
                throw new IllegalArgumentException(
                        "tribune.listen-live." + code + " names no edition; the editions are " + byCode.keySet());
            }
        }
    }

    /** The edition's live audio stream, as its editors set it or else the operator configured it, if any. */
    public Optional<ListenLive> listenLive(String code) {
        return streams.playing(code);
    }

    public List<Edition> all() {
        return all;
    }

    public Optional<Edition> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** The edition whose code is the first segment of a request path ({@code /ru/...}), if any. */
    public Optional<Edition> ofPath(String path) {
        if (path == null || path.length() < 2 || path.charAt(0) != '/') {
            return Optional.empty();
        }
        int end = path.indexOf('/', 1);
        return find(end < 0 ? path.substring(1) : path.substring(1, end));
    }

    /** The edition used when nothing else says which: the configured default. */
    public Edition fallback() {
        return fallback;
    }

    /** The edition whose language comes first among the reader's preferred languages. */
    public Edition bestFor(List<Locale.LanguageRange> preferences) {
        for (Locale.LanguageRange range : preferences) {
            String language = range.getRange().split("-")[0].toLowerCase(Locale.ROOT);
            if (range.getWeight() <= 0) {
                continue;
            }
            for (Edition edition : all) {
                if (edition.locale().getLanguage().equals(language)) {
                    return edition;
                }
            }
        }
        return fallback;
    }

    /** Parses an Accept-Language header leniently: a malformed header means no preference. */
    public Edition bestFor(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 500) {
            return fallback;
        }
        try {
            return bestFor(Locale.LanguageRange.parse(acceptLanguage));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
