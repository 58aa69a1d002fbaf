package io.tribune.accounts.web;

import io.tribune.accounts.Accounts;
import io.tribune.editions.Editions;
import io.tribune.system.NotFound;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Lists the letters written to the development mail folder. It exists only while no SMTP server is
 * configured; with {@code spring.mail.host} set (production) the page answers 404.
 */
@Controller
class DevelopmentMailController {

    private final Accounts accounts;
    private final Editions editions;
    private final AccountPages pages;

    DevelopmentMailController(Accounts accounts, Editions editions, AccountPages pages) {
        this.accounts = accounts;
        this.editions = editions;
        this.pages = pages;
    }

    @GetMapping("/dev/mail")
    ModelAndView mail() {
        List<String> letters = accounts.developmentMail().orElseThrow(NotFound::new);
        var page = pages.page(editions.fallback(), "account.devmail.title");
        return new ModelAndView("accounts/dev-mail", Map.of("page", page, "letters", letters));
    }
}
