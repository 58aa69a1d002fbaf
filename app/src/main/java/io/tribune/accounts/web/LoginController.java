package io.tribune.accounts.web;

import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.limits.CaptchaAnswer;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    /**
     * The log-in form as posted; the remember-me box is read by the security chain.
     *
     * @param altcha the captcha widget's answer, when the form asked for one
     */
    record LogInForm(String email, String password, String altcha) {

        LogInAttempt attempt(String remoteAddress) {
            return new LogInAttempt(email, password, remoteAddress, new CaptchaAnswer(altcha));
        }
    }

    @GetMapping(AccountPaths.LOG_IN)
    ModelAndView form(@PathVariable Edition edition, HttpServletRequest request) {
        boolean captcha = logIn.isCaptchaNeeded(request.getRemoteAddr());
        String notice = request.getParameter("again") != null ? "account.login.again" : null;
        return view(edition, new FormView(null, Problems.none(), notice, captcha ? pages.captcha(LogIn.FORM) : null));
    }

    @PostMapping(AccountPaths.LOG_IN)
    ModelAndView logIn(
            @PathVariable Edition edition,
            @ModelAttribute LogInForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        LogInResult result = logIn.logIn(form.attempt(request.getRemoteAddr()));
        if (result.isSignedIn()) {
            signIn.signIn(result.account(), request, response);
            String next = RecentSignIn.takeReturnPath(request.getSession(false)).orElse(edition.home());
            return new ModelAndView("redirect:" + next);
        }
        response.setStatus(AccountPages.refusal(result));
        return view(edition, pages.refusedLogIn(form, result));
    }

    private ModelAndView view(Edition edition, FormView form) {
        return new ModelAndView(
                "accounts/login",
                Map.of(
                        "page", pages.page(edition, "account.login.title"),
                        "form", form,
                        "providers", providers.all()));
    }
}
