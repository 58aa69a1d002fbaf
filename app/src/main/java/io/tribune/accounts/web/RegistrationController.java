package io.tribune.accounts.web;

import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.limits.CaptchaAnswer;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    /**
     * The registration form as posted.
     *
     * @param consent {@code yes} when the privacy-policy box is ticked
     * @param altcha the captcha widget's answer
     */
    record RegistrationForm(String email, String displayName, String password, String consent, String altcha) {

        Registration registration(Edition edition, String remoteAddress) {
            return new Registration(
                    edition.code(),
                    email,
                    displayName,
                    password,
                    "yes".equals(consent),
                    new CaptchaAnswer(altcha),
                    remoteAddress);
        }
    }

    @GetMapping(AccountPaths.REGISTER)
    ModelAndView form(@PathVariable Edition edition) {
        return view(edition, null, Problems.none());
    }

    @PostMapping(AccountPaths.REGISTER)
    ModelAndView register(
            @PathVariable Edition edition,
            @ModelAttribute RegistrationForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        Problems problems = register.register(form.registration(edition, request.getRemoteAddr()));
        return AccountPages.onTo(
                edition, AccountPaths.REGISTERED, problems, response, () -> view(edition, form, problems));
    }

    @GetMapping(AccountPaths.REGISTERED)
    ModelAndView registered(@PathVariable Edition edition) {
        return pages.notice(edition, "account.registered");
    }

    /** Shows a button rather than confirming at once: mail scanners that open links must not use the token. */
    @GetMapping(AccountPaths.CONFIRMATION)
    ModelAndView confirmForm(@PathVariable Edition edition, @ModelAttribute MailedLink link) {
        var form = new FormView(link, Problems.none(), null, null);
        return new ModelAndView(
                "accounts/confirm", Map.of("page", pages.page(edition, "account.confirm.title"), "form", form));
    }

    @PostMapping(AccountPaths.CONFIRMATION)
    ModelAndView confirm(@PathVariable Edition edition, @ModelAttribute MailedLink link, HttpServletResponse response) {
        return pages.linkUsed(
                edition, response, confirmEmail.confirm(link.token()).isPresent(), "account.confirmed");
    }

    /** The form, as typed when it was refused, with a fresh captcha: each challenge answers once. */
    private ModelAndView view(Edition edition, RegistrationForm typed, Problems problems) {
        return new ModelAndView(
                "accounts/register",
                Map.of(
                        "page",
                        pages.page(edition, "account.register.title"),
                        "form",
                        new FormView(typed, problems, null, pages.captcha(Register.FORM)),
                        "policyVersion",
                        privacyPolicy.version(),
                        "providers",
                        providers.all()));
    }
}
