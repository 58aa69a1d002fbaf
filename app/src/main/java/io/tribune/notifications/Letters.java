package io.tribune.notifications;

import io.tribune.editions.Edition;
import io.tribune.system.Site;
import io.tribune.system.Text;
import io.tribune.system.Texts;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
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
        Letter letter = written(to, edition, key, args);
        deliver(new Letter(to, letter.subject(), letter.body()), key);
    }

    /** The letter {@link #send} would send, with its HTML part, for {@link LetterOutbox} to keep. */
    Letter written(String to, Edition edition, String key, Object... args) {
        Text text = texts.of(edition);
        String subject = text.get(key + ".subject", edition.siteName());
        String body = text.get(key + ".body", args) + signature(edition);
        return new Letter(to, subject, body, LetterHtml.of(body, edition), Map.of());
    }

    /**
     * Sends a notification the reader chose (replies, decisions), already worded in the edition's
     * language, as plain text and the same in HTML: its body ends with the one-click unsubscribe link, which the headers also carry (RFC 2369
     * List-Unsubscribe, RFC 8058 List-Unsubscribe-Post) for mail clients to offer. Letters the law or
     * the reader's own request call for (confirmations, statements of reasons) use {@link #send} and
     * carry no unsubscribe link: there is nothing to unsubscribe from.
     *
     * @param unsubscribe the absolute address of the unsubscribe page for this reader and topic
     * @return whether the postbox took the letter; false when it could not (logged), to be tried again
     */
    public boolean sendNotification(String to, Edition edition, String subject, String body, String unsubscribe) {
        Text text = texts.of(edition);
        String full = body + "\n\n" + text.get("notifications.mail.unsubscribe", unsubscribe) + signature(edition);
        var headers = new LinkedHashMap<String, String>();
        headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        headers.put("Auto-Submitted", "auto-generated");
        return deliver(new Letter(to, subject, full, LetterHtml.of(full, edition), headers), "a notification");
    }

    private String signature(Edition edition) {
        return "\n\n— " + edition.siteName() + "\n" + site.absolute(edition.home());
    }

    private boolean deliver(Letter letter, String what) {
        try {
            postbox.send(letter);
            return true;
        } catch (MailException | UncheckedIOException e) {
            // the operator sees why here
            log.error("Could not send {} to a reader's address: {}", what, e.getMessage());
            return false;
        }
    }
}
