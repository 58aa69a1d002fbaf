package io.tribune.publishing;

import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo content's files, one per edition ({@code <folder><edition>.json}): each edition's file is read
 * and loaded in a transaction of its own, an edition without a file is skipped.
 */
@Component
public class DemoFiles {

    private static final Logger log = LoggerFactory.getLogger(DemoFiles.class);

    private final Editions editions;
    private final ResourceLoader resources;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final String location;

    DemoFiles(
            Editions editions,
            ResourceLoader resources,
            JsonMapper json,
            TransactionTemplate transaction,
            PublishingSettings settings) {
        this.editions = editions;
        this.resources = resources;
        this.json = json;
        this.transaction = transaction;
        this.location = settings.demoContent().location();
    }

    /**
     * Loads every edition's file of the folder (relative to the demo content's location, "" for the
     * location itself) as {@code type}; {@code load} answers how many things it created, logged as
     * {@code what}.
     */
    public <T> void loadEach(String folder, Class<T> type, String what, BiFunction<Edition, T, Integer> load) {
        for (Edition edition : editions.all()) {
            Resource file = resources.getResource(location + folder + edition.code() + ".json");
            if (file.exists()) {
                T content = read(file, type);
                int count = transaction.execute(status -> load.apply(edition, content));
                log.info("Demo content: {} {} created in edition {}", count, what, edition.code());
            }
        }
    }

    private <T> T read(Resource file, Class<T> type) {
        try (InputStream in = file.getInputStream()) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
