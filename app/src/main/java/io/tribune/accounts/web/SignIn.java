package io.tribune.accounts.web;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.signin.SessionStamps;
import io.tribune.accounts.social.web.PendingSocialLogin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.stereotype.Component;

/**
 * Signs an account in to this session, whichever way it proved itself (password or provider): a new
 * session id (no fixation), a new CSRF token, the security context stored in the session with the
 * account's session stamp, and the remember-me cookie when the form asked for it. A provider sign-in
 * still waiting for its answer in the session is dropped.
 */
@Component
public class SignIn {

    private final SessionStamps sessionStamps;
    private final UserDetailsService users;
    private final RememberMeServices rememberMe;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final ChangeSessionIdAuthenticationStrategy fixation = new ChangeSessionIdAuthenticationStrategy();
    private final CsrfAuthenticationStrategy csrf =
            new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository());

    SignIn(SessionStamps sessionStamps, UserDetailsService users, RememberMeServices rememberMe) {
        this.sessionStamps = sessionStamps;
        this.users = users;
        this.rememberMe = rememberMe;
        this.fixation.setAlwaysCreateSession(true);
    }

    public void signIn(AccountId account, HttpServletRequest request, HttpServletResponse response) {
        UserDetails user = users.loadUserByUsername(account.toString());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        fixation.onAuthentication(authentication, request, response);
        csrf.onAuthentication(authentication, request, response);
        var context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
        sessionStamps.stamp(request.getSession(), account);
        RecentSignIn.signedInNow(request.getSession());
        rememberMe.loginSuccess(request, response, authentication);
        // a provider sign-in left waiting belongs to whoever started it, not to the account now signed in
        PendingSocialLogin.forget(request.getSession(false));
    }
}
