package io.tribune;

import io.tribune.moderation.ModerationCommand;
import io.tribune.search.SearchCommand;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Tribune: the public site, accounts, discussion and moderation in one application. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class TribuneApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("moderate")) {
            // The engine alone, without the web server; standard output carries the decisions,
            // so logging is sent to standard error before anything logs.
            System.setProperty("logback.configurationFile", "logback-cli.xml");
            ModerationCommand.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("reindex")) {
            System.exit(SearchCommand.reindex(TribuneApplication.class, Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(TribuneApplication.class, args);
    }
}
