package io.tribune.accounts.web;

import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.limits.CaptchaAnswer;
import io.tribune.accounts.signin.PasswordReset;
import io.tribune.accounts.signin.RecoverPassword;
import io.tribune.accounts.signin.ResetPassword;
import io.tribune.editions.Edition;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** Password recovery: ask for a link by email, then choose a new password through it. */
@Controller
class RecoveryController {

    private final AccountPages pages;
    private final RecoverPassword recoverPassword;
    private final ResetPassword resetPassword;

    RecoveryController(AccountPages pages, RecoverPassword recoverPassword, ResetPassword resetPassword) {
        this.pages = pages;
        this.recoverPassword = recoverPassword;
        this.resetPassword = resetPassword;
    }

    /**
     * The form asking for a link.
     *
     * @param altcha the captcha widget's answer
     */
    record RecoveryForm(String email, String altcha) {}

    /** The form choosing a new password through a mailed link. */
    record ResetForm(String token, String password) {}

    @GetMapping(AccountPaths.RECOVER)
    ModelAndView form(@PathVariable Edition edition) {
        return recoverView(edition, null, Problems.none());
    }

    @PostMapping(AccountPaths.RECOVER)
    ModelAndView recover(
            @PathVariable Edition edition,
            @ModelAttribute RecoveryForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        Problems problems = recoverPassword.recover(
                edition.code(), form.email(), new CaptchaAnswer(form.altcha()), request.getRemoteAddr());
        return AccountPages.onTo(
                edition, AccountPaths.RECOVERY_SENT, problems, response, () -> recoverView(edition, form, problems));
    }

    @GetMapping(AccountPaths.RECOVERY_SENT)
    ModelAndView sent(@PathVariable Edition edition) {
        return pages.notice(edition, "account.recover.sent");
    }

    @GetMapping(AccountPaths.RESET)
    ModelAndView resetForm(
            @PathVariable Edition edition, @ModelAttribute MailedLink link, HttpServletResponse response) {
        if (!resetPassword.isLinkValid(link.token())) {
            return pages.linkInvalid(edition, response);
        }
        return resetView(edition, link, Problems.none());
    }

    @PostMapping(AccountPaths.RESET)
    ModelAndView reset(
            @PathVariable Edition edition,
            @ModelAttribute ResetForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<PasswordReset> outcome = resetPassword.reset(form.token(), form.password());
        if (outcome.isEmpty()) {
            return pages.linkInvalid(edition, response);
        }
        if (!outcome.get().isDone()) {
            response.setStatus(422);
            return resetView(edition, form, outcome.get().problems());
        }
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return pages.notice(
                edition, outcome.get().unlinkedIdentities() > 0 ? "account.reset.unlinked" : "account.reset.done");
    }

    private ModelAndView recoverView(Edition edition, RecoveryForm typed, Problems problems) {
        var form = new FormView(typed, problems, null, pages.captcha(RecoverPassword.FORM));
        return new ModelAndView(
                "accounts/recover", Map.of("page", pages.page(edition, "account.recover.title"), "form", form));
    }

    /** The new-password form, carrying the link's token; the password itself is never shown again. */
    private ModelAndView resetView(Edition edition, Record withToken, Problems problems) {
        var form = new FormView(withToken, problems, null, null);
        return new ModelAndView(
                "accounts/reset", Map.of("page", pages.page(edition, "account.reset.title"), "form", form));
    }
}
