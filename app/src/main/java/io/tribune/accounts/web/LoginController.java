package io.tribune.accounts.web;

import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.signin.LogIn;
import io.tribune.accounts.signin.LogInAttempt;
import io.tribune.accounts.signin.LogInResult;
import io.tribune.accounts.social.web.SocialProviders;
import io.tribune.editions.Edition;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The log-in form, with a button for each configured sign-in provider. A successful log-in is
 * handed to {@link SignIn}: new session id, context in the session, remember-me cookie when asked.
 */
@Controller
public class LoginController {

    private final AccountPages pages;
    private final LogIn logIn;
    private final SignIn signIn;
    private final SocialProviders providers;

    LoginController(AccountPages pages, LogIn logIn, SignIn signIn, SocialProviders providers) {
        this.pages = pages;
        this.logIn = logIn;
        this.signIn = signIn;
        this.providers = providers;
    }

    @GetMapping(AccountPaths.LOG_IN)
    ModelAndView form(@PathVariable Edition edition, HttpServletRequest request) {
        boolean captcha = logIn.isCaptchaNeeded(request.getRemoteAddr());
        String notice = request.getParameter("again") != null ? "account.login.again" : null;
        return view(edition, request, Map.of(), Problems.none(), notice, captcha);
    }

    @PostMapping(AccountPaths.LOG_IN)
    ModelAndView logIn(
            @PathVariable Edition edition,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String password,
            HttpServletRequest request,
            HttpServletResponse response) {
        LogInResult result = logIn.logIn(
                new LogInAttempt(email, password, request.getRemoteAddr(), AccountPages.captchaAnswer(request)));
        if (result.isSignedIn()) {
            signIn.signIn(result.account(), request, response);
            String next = RecentSignIn.takeReturnPath(request.getSession(false)).orElse(edition.home());
            return new ModelAndView("redirect:" + next);
        }
        response.setStatus(refusal(result));
        Map<String, String> values = Map.of("email", AccountPages.echo(email, 254));
        return view(edition, request, values, problems(result), null, result.isCaptchaNeeded());
    }

    /** What a refused log-in says: only as much as the person may know. */
    public static Problems problems(LogInResult refused) {
        String problem = switch (refused.outcome()) {
            case CAPTCHA_MISSING -> "account.error.login.captcha";
            case LOCKED -> "account.error.login.locked";
            default -> "account.error.login.refused";
        };
        return new Problems(Map.of("form", problem));
    }

    /** The status of a refused log-in's page: 429 while the subject is locked, 422 otherwise. */
    public static int refusal(LogInResult refused) {
        return refused.outcome() == LogInResult.Outcome.LOCKED ? 429 : 422;
    }

    private ModelAndView view(
            Edition edition,
            HttpServletRequest request,
            Map<String, String> values,
            Problems problems,
            String notice,
            boolean captcha) {
        var form = AccountPages.form(request, values, problems, notice, captcha ? pages.captcha(LogIn.FORM) : null);
        return new ModelAndView(
                "accounts/login",
                Map.of(
                        "page", pages.page(edition, "account.login.title"),
                        "form", form,
                        "providers", providers.all()));
    }
}
