package io.tribune.accounts.web;

import io.tribune.accounts.Accounts;
import io.tribune.accounts.LogInAttempt;
import io.tribune.accounts.LogInResult;
import io.tribune.accounts.Problems;
import io.tribune.editions.Edition;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.RememberMeServices;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The log-in form. A successful log-in gets a new session id (no fixation), stores the security
 * context in the session, and sets the remember-me cookie when asked.
 */
@Controller
class LoginController {

    private final AccountPages pages;
    private final Accounts accounts;
    private final UserDetailsService users;
    private final RememberMeServices rememberMe;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final ChangeSessionIdAuthenticationStrategy fixation = new ChangeSessionIdAuthenticationStrategy();
    private final CsrfAuthenticationStrategy csrf =
            new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository());

    LoginController(AccountPages pages, Accounts accounts, UserDetailsService users, RememberMeServices rememberMe) {
        this.pages = pages;
        this.accounts = accounts;
        this.users = users;
        this.rememberMe = rememberMe;
        this.fixation.setAlwaysCreateSession(true);
    }

    @GetMapping("/{edition:[a-z]{2}}/account/login")
    ModelAndView form(@PathVariable("edition") String code, HttpServletRequest request) {
        Edition edition = pages.edition(code);
        boolean captcha = accounts.isCaptchaNeededToLogIn(request.getRemoteAddr());
        return view(edition, request, Map.of(), Problems.none(), captcha);
    }

    @PostMapping("/{edition:[a-z]{2}}/account/login")
    ModelAndView logIn(
            @PathVariable("edition") String code,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String password,
            HttpServletRequest request,
            HttpServletResponse response) {
        Edition edition = pages.edition(code);
        LogInResult result = accounts.logIn(
                new LogInAttempt(email, password, request.getRemoteAddr(), AccountPages.captchaAnswer(request)));
        if (result.isSignedIn()) {
            signIn(result, request, response);
            return new ModelAndView("redirect:" + edition.home());
        }
        String problem = switch (result.outcome()) {
            case CAPTCHA_MISSING -> "account.error.login.captcha";
            case LOCKED -> "account.error.login.locked";
            default -> "account.error.login.refused";
        };
        response.setStatus(result.outcome() == LogInResult.Outcome.LOCKED ? 429 : 422);
        Map<String, String> values = Map.of("email", AccountPages.echo(email, 254));
        return view(edition, request, values, new Problems(Map.of("form", problem)), result.isCaptchaNeeded());
    }

    private void signIn(LogInResult result, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = users.loadUserByUsername(result.account().toString());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        fixation.onAuthentication(authentication, request, response);
        csrf.onAuthentication(authentication, request, response);
        var context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession().setAttribute(Accounts.sessionStampAttribute(), accounts.sessionStamp(result.account()));
        rememberMe.loginSuccess(request, response, authentication);
    }

    private ModelAndView view(
            Edition edition,
            HttpServletRequest request,
            Map<String, String> values,
            Problems problems,
            boolean captcha) {
        var form =
                AccountPages.form(request, values, problems, null, captcha ? accounts.captcha("login", edition) : null);
        return new ModelAndView(
                "accounts/login", Map.of("page", pages.page(edition, "account.login.title"), "form", form));
    }
}
