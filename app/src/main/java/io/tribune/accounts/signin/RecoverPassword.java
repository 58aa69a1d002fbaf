package io.tribune.accounts.signin;

import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountLetters;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.EmailAddress;
import io.tribune.accounts.core.OneTimeLinks;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.limits.Captcha;
import io.tribune.accounts.limits.CaptchaAnswer;
import io.tribune.accounts.limits.RequestQuotas;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Sends a password-reset link: captcha first, then the hourly letter quota of the typed address and
 * of the network address, then — only if the address belongs to an active account — a one-time link
 * valid for 30 minutes. The answer is the same whether or not a letter went out.
 */
@Service
public class RecoverPassword {

    public static final String FORM = "recover";
    static final Duration LINK_LIFETIME = Duration.ofMinutes(30);

    private final Editions editions;
    private final Captcha captcha;
    private final AccountRepository accounts;
    private final OneTimeLinks links;
    private final AccountLetters letters;
    private final RequestQuotas quotas;

    RecoverPassword(
            Editions editions,
            Captcha captcha,
            AccountRepository accounts,
            OneTimeLinks links,
            AccountLetters letters,
            RequestQuotas quotas) {
        this.editions = editions;
        this.captcha = captcha;
        this.accounts = accounts;
        this.links = links;
        this.letters = letters;
        this.quotas = quotas;
    }

    public Problems recover(String editionCode, String email, CaptchaAnswer answer, String remoteAddress) {
        Edition edition = editions.find(editionCode).orElse(editions.fallback());
        Optional<EmailAddress> address = EmailAddress.parse(email);
        if (address.isEmpty()) {
            return Problems.builder()
                    .add("email", "account.error.email.invalid")
                    .build();
        }
        if (!captcha.accept(FORM, answer)) {
            return Problems.builder().add("captcha", "account.error.captcha").build();
        }
        // counted for every typed address, with an account or not, so a refusal says nothing about it
        if (!quotas.takeLetter(address.get().value(), remoteAddress)) {
            return Problems.builder().add("email", "accounts.limits.letters").build();
        }
        accounts.findByEmail(address.get().value()).filter(Account::isActive).ifPresent(account -> {
            String token = links.issue(account.id(), OneTimeLinks.Purpose.RESET_PASSWORD, LINK_LIFETIME);
            letters.resetPassword(account.email(), edition, token);
        });
        return Problems.none();
    }
}
