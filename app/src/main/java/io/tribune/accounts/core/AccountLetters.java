package io.tribune.accounts.core;

import io.tribune.accounts.AccountPaths;
import io.tribune.editions.Edition;
import io.tribune.notifications.Letters;
import io.tribune.system.Site;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The letters the module mails: which message each says and which account page its link opens. The
 * notifications module's {@link Letters} writes and sends them.
 */
@Component
public class AccountLetters {

    private final Letters letters;
    private final Site site;

    AccountLetters(Letters letters, Site site) {
        this.letters = letters;
        this.site = site;
    }

    public void confirmEmail(String to, String displayName, Edition edition, String token) {
        String link = site.absolute(AccountPaths.withToken(edition, AccountPaths.CONFIRMATION, token));
        letters.send(to, edition, "account.mail.confirm", displayName, link);
    }

    /** Sent instead of a confirmation when the address already has an account: only its owner learns that. */
    public void alreadyRegistered(String to, Edition edition) {
        String login = site.absolute(AccountPaths.logIn(edition));
        String reset = site.absolute(AccountPaths.recover(edition));
        letters.send(to, edition, "account.mail.exists", login, reset);
    }

    public void resetPassword(String to, Edition edition, String token) {
        String link = site.absolute(AccountPaths.withToken(edition, AccountPaths.RESET, token));
        letters.send(to, edition, "account.mail.reset", link);
    }

    public void restoreAccount(String to, Edition edition, String token, Instant until) {
        String link = site.absolute(AccountPaths.withToken(edition, AccountPaths.RESTORE, token));
        letters.send(to, edition, "account.mail.restore", link, edition.date(until));
    }

    /** The link that moves the account to a new address, sent to that new address. */
    public void confirmEmailChange(String to, String displayName, Edition edition, String token) {
        String link = site.absolute(AccountPaths.withToken(edition, AccountPaths.EMAIL_CONFIRMATION, token));
        letters.send(to, edition, "accounts.email.mail.confirm", displayName, link);
    }

    /** Tells the old address that the account moved, so a stolen session cannot move it unnoticed. */
    public void emailChanged(String to, Edition edition, String maskedNewAddress) {
        String recover = site.absolute(AccountPaths.recover(edition));
        letters.send(to, edition, "accounts.email.mail.changed", maskedNewAddress, recover);
    }

    /** Sent instead of a change link when the new address already has an account: only its owner learns that. */
    public void addressTaken(String to, Edition edition) {
        String login = site.absolute(AccountPaths.logIn(edition));
        letters.send(to, edition, "accounts.email.mail.taken", login);
    }
}
