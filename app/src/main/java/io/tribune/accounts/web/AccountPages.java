package io.tribune.accounts.web;

import io.tribune.accounts.CaptchaAnswer;
import io.tribune.accounts.CaptchaChallenge;
import io.tribune.accounts.Problems;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.system.NotFound;
import io.tribune.system.Page;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Shared steps of the account pages: the edition of the path, the page frame, form views. */
@Component
class AccountPages {

    private final Editions editions;
    private final Pages pages;

    AccountPages(Editions editions, Pages pages) {
        this.editions = editions;
        this.pages = pages;
    }

    Edition edition(String code) {
        return editions.find(code).orElseThrow(NotFound::new);
    }

    /** A private, unindexed page titled by a message key. */
    Page page(Edition edition, String titleKey) {
        var builder = pages.in(edition);
        return builder.title(builder.text().get(titleKey))
                .name("robots", "noindex")
                .build();
    }

    /** A page with a title and one paragraph, both from message keys {@code key.title} and {@code key.text}. */
    ModelAndView notice(Edition edition, String key) {
        return new ModelAndView("accounts/notice", Map.of("page", page(edition, key + ".title"), "key", key));
    }

    static FormView form(
            HttpServletRequest request,
            Map<String, String> values,
            Problems problems,
            String notice,
            CaptchaChallenge captcha) {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return new FormView(
                csrf == null ? "_csrf" : csrf.getParameterName(),
                csrf == null ? "" : csrf.getToken(),
                values,
                problems,
                notice,
                captcha);
    }

    /** Where a page that needs a signed-in reader sends everyone else. */
    static ModelAndView logInFirst(Edition edition) {
        return new ModelAndView("redirect:/" + edition.code() + "/account/login");
    }

    static CaptchaAnswer captchaAnswer(HttpServletRequest request) {
        return new CaptchaAnswer(
                request.getParameter("altcha"),
                request.getParameter("captchaToken"),
                request.getParameter("captchaAnswer"));
    }

    /** Form text limited before it is shown again, so a hostile 10 MB value is not echoed back. */
    static String echo(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() > max ? value.substring(0, max) : value;
    }
}
