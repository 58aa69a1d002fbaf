package io.tribune.accounts;

import io.tribune.editions.Edition;
import io.tribune.system.Site;
import io.tribune.system.Text;
import io.tribune.system.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

/** Writes the module's emails in the edition's language and hands them to the postbox. */
@Component
class Letters {

    private static final Logger log = LoggerFactory.getLogger(Letters.class);

    private final Postbox postbox;
    private final Texts texts;
    private final Site site;

    Letters(Postbox postbox, Texts texts, Site site) {
        this.postbox = postbox;
        this.texts = texts;
        this.site = site;
    }

    void confirmEmail(String to, String displayName, Edition edition, String token) {
        String link = site.absolute("/" + edition.code() + "/account/confirm?token=" + token);
        send(to, edition, "account.mail.confirm", displayName, link);
    }

    /** Sent instead of a confirmation when the address already has an account: only its owner learns that. */
    void alreadyRegistered(String to, Edition edition) {
        String login = site.absolute("/" + edition.code() + "/account/login");
        String reset = site.absolute("/" + edition.code() + "/account/recover");
        send(to, edition, "account.mail.exists", login, reset);
    }

    void resetPassword(String to, Edition edition, String token) {
        String link = site.absolute("/" + edition.code() + "/account/reset?token=" + token);
        send(to, edition, "account.mail.reset", link);
    }

    void restoreAccount(String to, Edition edition, String token, java.time.Instant until) {
        String link = site.absolute("/" + edition.code() + "/account/restore?token=" + token);
        send(to, edition, "account.mail.restore", link, edition.date(until));
    }

    /** The link that moves the account to a new address, sent to that new address. */
    void confirmEmailChange(String to, String displayName, Edition edition, String token) {
        String link = site.absolute("/" + edition.code() + "/account/email/confirm?token=" + token);
        send(to, edition, "accounts.email.mail.confirm", displayName, link);
    }

    /** Tells the old address that the account moved, so a stolen session cannot move it unnoticed. */
    void emailChanged(String to, Edition edition, String maskedNewAddress) {
        String recover = site.absolute("/" + edition.code() + "/account/recover");
        send(to, edition, "accounts.email.mail.changed", maskedNewAddress, recover);
    }

    /** Sent instead of a change link when the new address already has an account: only its owner learns that. */
    void addressTaken(String to, Edition edition) {
        String login = site.absolute("/" + edition.code() + "/account/login");
        send(to, edition, "accounts.email.mail.taken", login);
    }

    private void send(String to, Edition edition, String key, Object... args) {
        Text text = texts.of(edition);
        String subject = text.get(key + ".subject", edition.siteName());
        String body =
                text.get(key + ".body", args) + "\n\n— " + edition.siteName() + "\n" + site.absolute(edition.home());
        try {
            postbox.send(new Letter(to, subject, body));
        } catch (MailException | java.io.UncheckedIOException e) {
            // the reader sees the same page either way and can ask again; the operator sees why here
            log.error("Could not send {} to an account address: {}", key, e.getMessage());
        }
    }
}
