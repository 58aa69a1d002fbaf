package io.tribune.search;

import java.util.Arrays;
import java.util.stream.Stream;
import org.apache.lucene.store.LockObtainFailedException;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code tribune reindex}: rebuilds every edition's search index from the database and exits. Run it
 * with the settings of the server while Tribune is stopped: the running one holds the index folder.
 */
public final class SearchCommand {

    private SearchCommand() {}

    /** Returns the process's exit status: 0 when the index was rebuilt. */
    public static int reindex(Class<?> application, String... args) {
        // The security chain and the pages need a servlet context, so the application starts whole, but
        // on a loopback port the system picks and without its management port: nobody is served.
        String[] all = Stream.concat(
                        Arrays.stream(args),
                        Stream.of(
                                "--tribune.search.is-rebuilt-when-missing=false",
                                "--server.port=0",
                                "--server.address=127.0.0.1",
                                "--management.server.port=-1"))
                .toArray(String[]::new);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application).logStartupInfo(false);
        try (ConfigurableApplicationContext context = builder.run(all)) {
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
