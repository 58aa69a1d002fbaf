package io.tribune.accounts.web;

import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.registration.ConfirmEmail;
import io.tribune.accounts.registration.Register;
import io.tribune.accounts.registration.Registration;
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

/** Registration and the confirmation of the address by the mailed link. */
@Controller
class RegistrationController {

    private final AccountPages pages;
    private final Register register;
    private final ConfirmEmail confirmEmail;
    private final SocialProviders providers;
    private final PrivacyPolicy privacyPolicy;

    RegistrationController(
            AccountPages pages,
            Register register,
            ConfirmEmail confirmEmail,
            SocialProviders providers,
            PrivacyPolicy privacyPolicy) {
        this.pages = pages;
        this.register = register;
        this.confirmEmail = confirmEmail;
        this.providers = providers;
        this.privacyPolicy = privacyPolicy;
    }

    @GetMapping(AccountPaths.REGISTER)
    ModelAndView form(@PathVariable Edition edition, HttpServletRequest request) {
        return view(edition, request, Map.of(), Problems.none());
    }

    @PostMapping(AccountPaths.REGISTER)
    ModelAndView register(
            @PathVariable Edition edition,
            @RequestParam(required = false) String email,
            @RequestParam(required = false) String displayName,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String consent,
            HttpServletRequest request,
            HttpServletResponse response) {
        var registration = new Registration(
                edition.code(),
                email,
                displayName,
                password,
                "yes".equals(consent),
                AccountPages.captchaAnswer(request),
                request.getRemoteAddr());
        Problems problems = register.register(registration);
        if (problems.isEmpty()) {
            return new ModelAndView("redirect:" + AccountPaths.in(edition, AccountPaths.REGISTERED));
        }
        response.setStatus(AccountPages.refusal(problems));
        Map<String, String> values = Map.of(
                "email", AccountPages.echo(email, 254),
                "displayName", AccountPages.echo(displayName, 80),
                "consent", "yes".equals(consent) ? "yes" : "");
        return view(edition, request, values, problems);
    }

    @GetMapping(AccountPaths.REGISTERED)
    ModelAndView registered(@PathVariable Edition edition) {
        return notice(edition, "account.registered");
    }

    /** Shows a button rather than confirming at once: mail scanners that open links must not use the token. */
    @GetMapping(AccountPaths.CONFIRMATION)
    ModelAndView confirmForm(
            @PathVariable Edition edition, @RequestParam(required = false) String token, HttpServletRequest request) {
        var form =
                AccountPages.form(request, Map.of("token", AccountPages.echo(token, 64)), Problems.none(), null, null);
        return new ModelAndView(
                "accounts/confirm", Map.of("page", pages.page(edition, "account.confirm.title"), "form", form));
    }

    @PostMapping(AccountPaths.CONFIRMATION)
    ModelAndView confirm(
            @PathVariable Edition edition, @RequestParam(required = false) String token, HttpServletResponse response) {
        if (confirmEmail.confirm(token).isPresent()) {
            return notice(edition, "account.confirmed");
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return notice(edition, "account.link.invalid");
    }

    private ModelAndView view(
            Edition edition, HttpServletRequest request, Map<String, String> values, Problems problems) {
        var form = AccountPages.form(request, values, problems, null, pages.captcha(Register.FORM));
        return new ModelAndView(
                "accounts/register",
                Map.of(
                        "page",
                        pages.page(edition, "account.register.title"),
                        "form",
                        form,
                        "policyVersion",
                        privacyPolicy.version(),
                        "providers",
                        providers.all()));
    }

    private ModelAndView notice(Edition edition, String key) {
        return new ModelAndView("accounts/notice", Map.of("page", pages.page(edition, key + ".title"), "key", key));
    }
}
