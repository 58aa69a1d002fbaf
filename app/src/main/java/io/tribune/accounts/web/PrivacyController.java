package io.tribune.accounts.web;

import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.editions.Edition;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;

/** The privacy policy in force, in the edition's language, with its version and the day it took effect. */
@Controller
class PrivacyController {

    private final AccountPages pages;
    private final PrivacyPolicy policy;

    PrivacyController(AccountPages pages, PrivacyPolicy policy) {
        this.pages = pages;
        this.policy = policy;
    }

    @GetMapping(AccountPaths.PRIVACY)
    ModelAndView privacy(@PathVariable Edition edition) {
        return new ModelAndView(
                "accounts/privacy",
                Map.of(
                        "page", pages.page(edition, "account.privacy.title"),
                        "version", policy.version(),
                        "effective", policy.effective(edition),
                        "text", policy.text(edition)));
    }
}
