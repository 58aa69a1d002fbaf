package io.tribune.search;

import org.apache.lucene.store.LockObtainFailedException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code tribune reindex}: rebuilds every edition's search index from the database, without the web
 * server, and exits. Run it while Tribune is stopped: the running one holds the index folder.
 */
public final class SearchCommand {

    private SearchCommand() {}

    /** Returns the process's exit status: 0 when the index was rebuilt. */
    public static int reindex(Class<?> application, String... args) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .properties("tribune.search.is-rebuilt-when-missing=false", "tribune.demo.enabled=false");
        try (ConfigurableApplicationContext context = builder.run(args)) {
            long articles = context.getBean(Reindexing.class).rebuildAll();
            System.out.println("Search index rebuilt: " + articles + " articles.");
            return 0;
        } catch (RuntimeException e) {
            if (causedBy(e, LockObtainFailedException.class)) {
                System.err.println("The search index is in use by a running Tribune: stop it, then reindex.");
            } else {
                System.err.println("The search index could not be rebuilt: " + e.getMessage());
            }
            return 1;
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }
}
