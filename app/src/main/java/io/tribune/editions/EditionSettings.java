package io.tribune.editions;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What an operator sets for editions ({@code tribune.*}), read here only. A value that cannot work
 * stops the start with a message that names the setting.
 *
 * @param defaultEdition the code of the edition used when nothing else says which; an unknown code
 *     means the first edition
 * @param listenLive each edition's live audio stream by edition code ({@code tribune.listen-live.en.url},
 *     {@code .name}, {@code .schedule}); an edition without one has no player bar
 */
@ConfigurationProperties("tribune")
record EditionSettings(@DefaultValue("en") String defaultEdition, Map<String, ListenLive> listenLive) {

    EditionSettings {
        listenLive = listenLive == null ? Map.of() : Map.copyOf(listenLive);
        listenLive.forEach((edition, stream) -> stream.check("tribune.listen-live." + edition));
    }
}
