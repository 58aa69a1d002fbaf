package io.tribune.accounts.social.web;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.SignedIn;
import io.tribune.accounts.core.DisplayNames;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.limits.CaptchaAnswer;
import io.tribune.accounts.signin.LogIn;
import io.tribune.accounts.signin.LogInAttempt;
import io.tribune.accounts.signin.LogInResult;
import io.tribune.accounts.social.SocialIdentities;
import io.tribune.accounts.social.SocialLogInResult;
import io.tribune.accounts.social.SocialRegistration;
import io.tribune.accounts.social.SocialRegistrationResult;
import io.tribune.accounts.web.AccountPages;
import io.tribune.accounts.web.FormView;
import io.tribune.accounts.web.SignIn;
import io.tribune.editions.Edition;
import io.tribune.system.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The reader's side of a provider sign-in: the button's start, then — once the provider has said who
 * they are — straight in to a linked account, or the question "Do you already have an account here?"
 * with its two answers: link to an existing account by its password, or create a new one.
 */
@Controller
class SocialLoginController {

    private final AccountPages pages;
    private final LogIn logIn;
    private final SocialIdentities social;
    private final SocialProviders providers;
    private final SignIn signIn;
    private final Clock clock;
    private final PrivacyPolicy privacyPolicy;

    SocialLoginController(
            AccountPages pages,
            LogIn logIn,
            SocialIdentities social,
            SocialProviders providers,
            SignIn signIn,
            Clock clock,
            PrivacyPolicy privacyPolicy) {
        this.pages = pages;
        this.logIn = logIn;
        this.social = social;
        this.providers = providers;
        this.signIn = signIn;
        this.clock = clock;
        this.privacyPolicy = privacyPolicy;
    }

    /**
     * "Yes": the existing account's address and password.
     *
     * @param pending the sign-in being answered, as the question's page gave it
     * @param altcha the captcha widget's answer, when the form asked for one
     */
    record LinkForm(String pending, String email, String password, String altcha) {

        LogInAttempt attempt(String remoteAddress) {
            return new LogInAttempt(email, password, remoteAddress, new CaptchaAnswer(altcha));
        }
    }

    /**
     * "No": a new account, with the address and name the provider gave as they were changed.
     *
     * @param consent {@code yes} when the privacy-policy box is ticked
     */
    record JoinForm(String pending, String email, String displayName, String consent) {

        /** The form as first shown: what the provider said, the name cut to what a display name may be. */
        static JoinForm of(PendingSocialLogin login) {
            String name = login.identity().name();
            return new JoinForm(
                    login.token(),
                    login.identity().email(),
                    name.length() > DisplayNames.MAX_LENGTH ? name.substring(0, DisplayNames.MAX_LENGTH) : name,
                    "");
        }
    }

    /** Notes the edition for the way back, then hands over to Spring Security's redirect to the provider. */
    @GetMapping(AccountPaths.SOCIAL_START)
    ModelAndView start(
            @PathVariable Edition edition, @PathVariable("provider") String provider, HttpServletRequest request) {
        SocialProvider chosen = providers.find(provider).orElseThrow(NotFound::new);
        request.getSession().setAttribute(SocialLoginHandler.EDITION_ATTRIBUTE, edition.code());
        return new ModelAndView("redirect:/oauth2/authorization/" + chosen.id());
    }

    @GetMapping(AccountPaths.SOCIAL)
    ModelAndView carryOn(@PathVariable Edition edition, HttpServletRequest request, HttpServletResponse response) {
        Optional<PendingSocialLogin> pending = PendingSocialLogin.in(request.getSession(false), clock.instant());
        if (pending.isEmpty()) {
            return expired(edition, response);
        }
        SocialLogInResult result = social.logIn(pending.get().identity());
        switch (result.outcome()) {
            case SIGNED_IN -> {
                return signInAndGoHome(edition, result.account(), request, response);
            }
            case DEACTIVATED -> {
                PendingSocialLogin.forget(request.getSession(false));
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                return notice(edition, "accounts.social.deactivated");
            }
            case UNCONFIRMED -> {
                PendingSocialLogin.forget(request.getSession(false));
                response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                return notice(edition, "accounts.social.unconfirmed");
            }
            default -> {
                // linked without asking only to the account that was signed in when the reader left for the provider
                Optional<AccountId> signedIn = SignedIn.account();
                if (signedIn.isPresent() && pending.get().wasStartedBy(signedIn.get())) {
                    return addToSignedIn(edition, signedIn.get(), pending.get(), request, response);
                }
                return question(edition, pending.get());
            }
        }
    }

    @GetMapping(AccountPaths.SOCIAL_LINK)
    ModelAndView linkForm(@PathVariable Edition edition, HttpServletRequest request, HttpServletResponse response) {
        return PendingSocialLogin.in(request.getSession(false), clock.instant())
                .map(pending -> linkView(edition, pending, linkForm(pending.token(), "", null, request)))
                .orElseGet(() -> expired(edition, response));
    }

    /** "Yes": the existing account's address and password, checked as a log-in, then the identity is linked. */
    @PostMapping(AccountPaths.SOCIAL_LINK)
    ModelAndView link(
            @PathVariable Edition edition,
            @ModelAttribute LinkForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        return answered(request, form.pending())
                .map(login -> link(edition, login, form, request, response))
                .orElseGet(() -> expired(edition, response));
    }

    private ModelAndView link(
            Edition edition,
            PendingSocialLogin login,
            LinkForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        LogInResult result = social.link(login.identity(), form.attempt(request.getRemoteAddr()));
        if (result.isSignedIn()) {
            return signInAndGoHome(edition, result.account(), request, response);
        }
        response.setStatus(AccountPages.refusal(result));
        return linkView(edition, login, pages.refusedLogIn(form, result));
    }

    @GetMapping(AccountPaths.SOCIAL_JOIN)
    ModelAndView joinForm(@PathVariable Edition edition, HttpServletRequest request, HttpServletResponse response) {
        return PendingSocialLogin.in(request.getSession(false), clock.instant())
                .map(pending -> joinView(edition, pending, JoinForm.of(pending), Problems.none()))
                .orElseGet(() -> expired(edition, response));
    }

    /** "No": a new account for the identity, with the consent registration asks for. */
    @PostMapping(AccountPaths.SOCIAL_JOIN)
    ModelAndView join(
            @PathVariable Edition edition,
            @ModelAttribute JoinForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<PendingSocialLogin> answered = answered(request, form.pending());
        if (answered.isEmpty()) {
            return expired(edition, response);
        }
        SocialRegistrationResult result = social.register(new SocialRegistration(
                edition.code(),
                answered.get().identity(),
                form.email(),
                form.displayName(),
                "yes".equals(form.consent()),
                request.getRemoteAddr()));
        return switch (result.outcome()) {
            case SIGNED_IN -> signInAndGoHome(edition, result.account(), request, response);
            case CONFIRMATION_SENT -> {
                PendingSocialLogin.forget(request.getSession(false));
                yield notice(edition, "accounts.social.checkInbox");
            }
            case ADDRESS_TAKEN ->
                linkView(
                        edition,
                        answered.get(),
                        linkForm(form.pending(), form.email(), "accounts.social.addressTaken", request));
            case ALREADY_LINKED -> new ModelAndView("redirect:" + AccountPaths.in(edition, AccountPaths.SOCIAL));
            case REFUSED -> {
                response.setStatus(422);
                yield joinView(edition, answered.get(), form, result.problems());
            }
        };
    }

    /** The provider refused, the reader cancelled there, or the provider's answer did not check out. */
    @GetMapping(AccountPaths.SOCIAL_FAILED)
    ModelAndView failed(@PathVariable Edition edition, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return notice(edition, "accounts.social.failed");
    }

    /** The sign-in is answered: it leaves the session, and the account signs in to a new session id. */
    private ModelAndView signInAndGoHome(
            Edition edition, AccountId account, HttpServletRequest request, HttpServletResponse response) {
        PendingSocialLogin.forget(request.getSession(false));
        signIn.signIn(account, request, response);
        return new ModelAndView("redirect:" + edition.home());
    }

    /** A signed-in reader who came back from a provider not yet linked anywhere adds it to their account. */
    private ModelAndView addToSignedIn(
            Edition edition,
            AccountId account,
            PendingSocialLogin pending,
            HttpServletRequest request,
            HttpServletResponse response) {
        PendingSocialLogin.forget(request.getSession(false));
        if (!social.linkTo(account, pending.identity())) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return notice(edition, "accounts.social.failed");
        }
        return new ModelAndView("redirect:" + AccountPaths.identitiesDone(edition, "linked"));
    }

    private ModelAndView question(Edition edition, PendingSocialLogin pending) {
        return new ModelAndView(
                "accounts/social-question",
                Map.of(
                        "page", pages.page(edition, "accounts.social.question.title"),
                        "provider", pending.identity().providerName(),
                        "name", pending.identity().name()));
    }

    /** A "Yes" form not yet posted, with the address to offer, a notice above it, and a captcha if needed. */
    private FormView linkForm(String pending, String email, String notice, HttpServletRequest request) {
        var captcha = logIn.isCaptchaNeeded(request.getRemoteAddr()) ? pages.captcha(LogIn.FORM) : null;
        return new FormView(new LinkForm(pending, email, null, null), Problems.none(), notice, captcha);
    }

    /** The "Yes" form: the sign-in it answers goes with it, whatever the reader typed. */
    private ModelAndView linkView(Edition edition, PendingSocialLogin pending, FormView form) {
        return new ModelAndView(
                "accounts/social-link",
                Map.of(
                        "page",
                        pages.page(edition, "accounts.social.link.title"),
                        "form",
                        form,
                        "provider",
                        pending.identity().providerName()));
    }

    private ModelAndView joinView(Edition edition, PendingSocialLogin pending, JoinForm typed, Problems problems) {
        return new ModelAndView(
                "accounts/social-join",
                Map.of(
                        "page", pages.page(edition, "accounts.social.join.title"),
                        "form", new FormView(typed, problems, null, null),
                        "provider", pending.identity().providerName(),
                        "isEmailVerified", pending.identity().isEmailVerified(),
                        "policyVersion", privacyPolicy.version()));
    }

    /** The sign-in waiting in the session, if the form answers it and it has not expired. */
    private Optional<PendingSocialLogin> answered(HttpServletRequest request, String pending) {
        return PendingSocialLogin.answeredBy(request.getSession(false), pending, clock.instant());
    }

    private ModelAndView expired(Edition edition, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return notice(edition, "accounts.social.expired");
    }

    private ModelAndView notice(Edition edition, String key) {
        return pages.notice(edition, key);
    }
}
