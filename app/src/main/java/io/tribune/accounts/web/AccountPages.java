package io.tribune.accounts.web;

import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.limits.Captcha;
import io.tribune.accounts.limits.CaptchaChallenge;
import io.tribune.accounts.registration.Register;
import io.tribune.accounts.signin.LogIn;
import io.tribune.accounts.signin.LogInResult;
import io.tribune.accounts.signin.RecoverPassword;
import io.tribune.editions.Edition;
import io.tribune.system.Page;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
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
    ModelAndView action(Edition edition, String key, String action, MailedLink link) {
        var form = new FormView(link, Problems.none(), null, null);
        return new ModelAndView(
                "accounts/action",
                Map.of("page", page(edition, key + ".title"), "form", form, "key", key, "action", action));
    }

    /** The page a mailed link opens: one button that posts the link's token back to the page of {@code mapping}. */
    ModelAndView linkForm(Edition edition, String key, String mapping, MailedLink link) {
        return action(edition, key, AccountPaths.in(edition, mapping), link);
    }

    /** What posting a mailed link's token says: the notice {@code key}, or (400) that the link no longer works. */
    ModelAndView linkUsed(Edition edition, HttpServletResponse response, boolean isUsed, String key) {
        return isUsed ? notice(edition, key) : linkInvalid(edition, response);
    }

    /** The page of a mailed link that is unknown, used or expired (400). */
    ModelAndView linkInvalid(Edition edition, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return notice(edition, "account.link.invalid");
    }

    /** A page that only tells something ({@code key}.title/.text). */
    public ModelAndView notice(Edition edition, String key) {
        return new ModelAndView("accounts/notice", Map.of("page", page(edition, key + ".title"), "key", key));
    }

    /**
     * The signed-in account vanished during the request (deleted in another tab); the security chain
     * answers this with the log-in page.
     */
    static AuthenticationCredentialsNotFoundException signedOut() {
        return new AuthenticationCredentialsNotFoundException("the signed-in account no longer exists");
    }

    /** The log-in form again after a refusal: the address as typed, what the person may know, and a captcha if needed. */
    public FormView refusedLogIn(Record typed, LogInResult refused) {
        String problem = switch (refused.outcome()) {
            case CAPTCHA_MISSING -> "account.error.login.captcha";
            case LOCKED -> "account.error.login.locked";
            default -> "account.error.login.refused";
        };
        return new FormView(
                typed,
                new Problems(Map.of("form", problem)),
                null,
                refused.isCaptchaNeeded() ? captcha(LogIn.FORM) : null);
    }

    /**
     * What a posted form answers: on to the page of {@code next} when it was accepted, or else the form
     * again with its problems, 429 when an hourly limit refused it and 422 otherwise.
     */
    static ModelAndView onTo(
            Edition edition,
            String next,
            Problems problems,
            HttpServletResponse response,
            Supplier<ModelAndView> again) {
        if (problems.isEmpty()) {
            return new ModelAndView("redirect:" + AccountPaths.in(edition, next));
        }
        response.setStatus(refusal(problems));
        return again.get();
    }

    /** The status of a refused log-in's page: 429 while the subject is locked, 422 otherwise. */
    public static int refusal(LogInResult refused) {
        return refused.outcome() == LogInResult.Outcome.LOCKED ? 429 : 422;
    }

    /** The status of a refused form: 429 when an hourly limit refused it, so clients see why; 422 otherwise. */
    static int refusal(Problems problems) {
        return problems.byField().values().stream().anyMatch(key -> key.startsWith("accounts.limits.")) ? 429 : 422;
    }

    /** What Bean Validation found wrong with a bound form: the constraint's message is the problem's key. */
    static Problems problems(Errors binding) {
        var problems = Problems.builder();
        binding.getFieldErrors().forEach(error -> problems.add(error.getField(), error.getDefaultMessage()));
        return problems.build();
    }
}
