package io.tribune.accounts.web;

import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.limits.Captcha;
import io.tribune.accounts.limits.CaptchaAnswer;
import io.tribune.accounts.limits.CaptchaChallenge;
import io.tribune.accounts.registration.Register;
import io.tribune.accounts.signin.LogIn;
import io.tribune.accounts.signin.RecoverPassword;
import io.tribune.editions.Edition;
import io.tribune.system.Page;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/** Shared steps of the account pages: the edition of the path, the page frame, form views. */
@Component
public class AccountPages {

    private static final Set<String> CAPTCHA_FORMS = Set.of(Register.FORM, LogIn.FORM, RecoverPassword.FORM);

    private final Pages pages;
    private final Captcha captcha;

    AccountPages(Pages pages, Captcha captcha) {
        this.pages = pages;
        this.captcha = captcha;
    }

    /** A fresh captcha for one of the module's forms ({@code register}, {@code login}, {@code recover}). */
    public CaptchaChallenge captcha(String form) {
        if (!CAPTCHA_FORMS.contains(form)) {
            throw new IllegalArgumentException("no captcha for form " + form);
        }
        return captcha.challenge(form);
    }

    /** A private, unindexed page titled by a message key. */
    public Page page(Edition edition, String titleKey) {
        var builder = pages.in(edition);
        return builder.title(builder.text().get(titleKey))
                .name("robots", "noindex")
                .build();
    }

    /** A page with one button that posts a form, e.g. to use a mailed token ({@code key}.title/.text/.submit). */
    ModelAndView action(Edition edition, HttpServletRequest request, String key, String action, String token) {
        var form = form(request, Map.of("token", token), Problems.none(), null, null);
        return new ModelAndView(
                "accounts/action",
                Map.of("page", page(edition, key + ".title"), "form", form, "key", key, "action", action));
    }

    /** The page a mailed link opens: one button that posts the link's token back to the page of {@code mapping}. */
    ModelAndView linkForm(Edition edition, HttpServletRequest request, String key, String mapping, String token) {
        return action(edition, request, key, AccountPaths.in(edition, mapping), echo(token, 64));
    }

    /** What posting a mailed link's token says: the notice {@code key}, or (400) that the link no longer works. */
    ModelAndView linkUsed(Edition edition, HttpServletResponse response, boolean isUsed, String key) {
        if (isUsed) {
            return notice(edition, key);
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return notice(edition, "account.link.invalid");
    }

    /** A page that only tells something ({@code key}.title/.text). */
    public ModelAndView notice(Edition edition, String key) {
        return new ModelAndView("accounts/notice", Map.of("page", page(edition, key + ".title"), "key", key));
    }

    public static FormView form(
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
    /**
     * The signed-in account vanished during the request (deleted in another tab); the security chain
     * answers this with the log-in page.
     */
    static AuthenticationCredentialsNotFoundException signedOut() {
        return new AuthenticationCredentialsNotFoundException("the signed-in account no longer exists");
    }

    public static CaptchaAnswer captchaAnswer(HttpServletRequest request) {
        return new CaptchaAnswer(request.getParameter("altcha"));
    }

    /** The status of a refused form: 429 when an hourly limit refused it, so clients see why; 422 otherwise. */
    static int refusal(Problems problems) {
        return problems.byField().values().stream().anyMatch(key -> key.startsWith("accounts.limits.")) ? 429 : 422;
    }

    /** Form text limited before it is shown again, so a hostile 10 MB value is not echoed back. */
    public static String echo(String value, int max) {
        if (value == null) {
            return "";
        }
        return value.length() > max ? value.substring(0, max) : value;
    }
}
