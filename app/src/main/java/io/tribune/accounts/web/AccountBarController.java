package io.tribune.accounts.web;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.Reader;
import io.tribune.accounts.profile.ChangeProfile;
import io.tribune.editions.Edition;
import io.tribune.system.Texts;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/**
 * The per-reader corner of the header, fetched by htmx after a cached public page has loaded: the
 * page itself stays the same for everyone: the reader's name and small avatar (their picture, or their
 * drawn initials), and the log-out button. Anonymous readers get 204 and keep the static links.
 */
@Controller
class AccountBarController {

    private final Accounts accounts;
    private final ChangeProfile profile;
    private final Texts texts;

    AccountBarController(Accounts accounts, ChangeProfile profile, Texts texts) {
        this.accounts = accounts;
        this.profile = profile;
        this.texts = texts;
    }

    @GetMapping(AccountPaths.BAR)
    ModelAndView bar(@PathVariable Edition edition, Optional<AccountId> signedIn, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        response.setHeader(HttpHeaders.VARY, "Cookie");
        Optional<Reader> reader = signedIn.flatMap(accounts::find);
        if (reader.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return null;
        }
        return new ModelAndView(
                "accounts/fragments/bar",
                Map.of(
                        "edition", edition,
                        "text", texts.of(edition),
                        "reader", reader.get(),
                        "avatar", accounts.avatar(reader.get().id()),
                        "agreedToPolicy",
                                profile.hasAgreedToThePrivacyPolicy(reader.get().id())));
    }
}
