package io.tribune.notifications;

import io.tribune.editions.Edition;
import io.tribune.system.Site;
import io.tribune.system.Text;
import io.tribune.system.Texts;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/** Writes a letter in the edition's language, signed with the edition's name, and hands it to the postbox. */
@Component
public class Letters {

    private static final Logger log = LoggerFactory.getLogger(Letters.class);

    private final Postbox postbox;
    private final Texts texts;
    private final Site site;

    Letters(Postbox postbox, Texts texts, Site site) {
        this.postbox = postbox;
        this.texts = texts;
        this.site = site;
    }

    /**
     * Sends the letter whose subject and body are the messages {@code key}.subject and {@code key}.body
     * (the body filled with {@code args}). A letter that cannot be sent is logged, not thrown: the
     * reader sees the same page either way and can ask again.
     */
    public void send(String to, Edition edition, String key, Object... args) {
        Text text = texts.of(edition);
        String subject = text.get(key + ".subject", edition.siteName());
        String body =
                text.get(key + ".body", args) + "\n\n— " + edition.siteName() + "\n" + site.absolute(edition.home());
        try {
            postbox.send(new Letter(to, subject, body));
        } catch (MailException | UncheckedIOException e) {
            // the operator sees why here
            log.error("Could not send {} to a reader's address: {}", key, e.getMessage());
        }
    }
}
