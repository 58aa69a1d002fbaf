package io.tribune.notifications.email;

import io.tribune.accounts.Accounts;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What an unsubscribe link does: reads its token and, when asked, turns its topic's email off. */
@Service
public class Unsubscribing {

    private final UnsubscribeTokens tokens;
    private final Accounts accounts;

    Unsubscribing(UnsubscribeTokens tokens, Accounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /** The name of the topic the token unsubscribes from; empty for a token this site did not sign. */
    public Optional<String> topicOf(String token) {
        return tokens.read(token).map(u -> u.topic().name());
    }

    /** Turns the token's topic off for its reader (again, harmlessly, for a link used twice); as {@link #topicOf}. */
    public Optional<String> unsubscribe(String token) {
        return tokens.read(token).map(u -> {
            accounts.stopEmails(u.account(), u.topic());
            return u.topic().name();
        });
    }
}
