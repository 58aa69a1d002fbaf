package io.tribune.system;

import io.tribune.accounts.AccountPaths;
import io.tribune.editions.Editions;
import java.time.Clock;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The system module's parts that tests outside it build by hand, without a Spring context. */
public final class TestSystem {

    private TestSystem() {}

    /** An installation at the given public address. */
    public static Site site(String baseUrl) {
        return new Site(baseUrl, false);
    }

    /** The interface texts, read from the message bundles the application reads. */
    public static Texts texts() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/messages", "messages/accounts");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new Texts(messages);
    }

    /** The page frames of the editions, as the web layer starts them. */
    public static Pages pages(Editions editions, Texts texts, Site site, Clock clock) {
        return new Pages(editions, texts, site, clock, accountLinks());
    }

    /** The account pages' links, as the accounts module gives them to the frame. */
    public static AccountLinks accountLinks() {
        return edition -> new AccountLinks.Paths(
                AccountPaths.in(edition, AccountPaths.BAR),
                AccountPaths.logIn(edition),
                AccountPaths.register(edition),
                AccountPaths.privacy(edition));
    }
}
