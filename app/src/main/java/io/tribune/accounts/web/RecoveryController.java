package io.tribune.accounts.web;

import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.core.Problems;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

    @GetMapping(AccountPaths.RECOVER)
    ModelAndView form(@PathVariable Edition edition, HttpServletRequest request) {
        return recoverView(edition, request, Map.of(), Problems.none());
    }

    @PostMapping(AccountPaths.RECOVER)
    ModelAndView recover(
            @PathVariable Edition edition,
            @RequestParam(required = false) String email,
            HttpServletRequest request,
            HttpServletResponse response) {
        Problems problems = recoverPassword.recover(
                edition.code(), email, AccountPages.captchaAnswer(request), request.getRemoteAddr());
        if (problems.isEmpty()) {
            return new ModelAndView("redirect:" + AccountPaths.in(edition, AccountPaths.RECOVERY_SENT));
        }
        response.setStatus(AccountPages.refusal(problems));
        return recoverView(edition, request, Map.of("email", AccountPages.echo(email, 254)), problems);
    }

    @GetMapping(AccountPaths.RECOVERY_SENT)
    ModelAndView sent(@PathVariable Edition edition) {
        return notice(edition, "account.recover.sent");
    }

    @GetMapping(AccountPaths.RESET)
    ModelAndView resetForm(
            @PathVariable Edition edition,
            @RequestParam(required = false) String token,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (!resetPassword.isLinkValid(token)) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return notice(edition, "account.link.invalid");
        }
        return resetView(edition, request, token, Problems.none());
    }

    @PostMapping(AccountPaths.RESET)
    ModelAndView reset(
            @PathVariable Edition edition,
            @RequestParam(required = false) String token,
            @RequestParam(required = false) String password,
            HttpServletRequest request,
            HttpServletResponse response) {
        Optional<PasswordReset> outcome = resetPassword.reset(token, password);
        if (outcome.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return notice(edition, "account.link.invalid");
        }
        if (!outcome.get().isDone()) {
            response.setStatus(422);
            return resetView(edition, request, token, outcome.get().problems());
        }
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return notice(
                edition, outcome.get().unlinkedIdentities() > 0 ? "account.reset.unlinked" : "account.reset.done");
    }

    private ModelAndView recoverView(
            Edition edition, HttpServletRequest request, Map<String, String> values, Problems problems) {
        var form = AccountPages.form(request, values, problems, null, pages.captcha(RecoverPassword.FORM));
        return new ModelAndView(
                "accounts/recover", Map.of("page", pages.page(edition, "account.recover.title"), "form", form));
    }

    private ModelAndView resetView(Edition edition, HttpServletRequest request, String token, Problems problems) {
        var form = AccountPages.form(request, Map.of("token", AccountPages.echo(token, 64)), problems, null, null);
        return new ModelAndView(
                "accounts/reset", Map.of("page", pages.page(edition, "account.reset.title"), "form", form));
    }

    private ModelAndView notice(Edition edition, String key) {
        return new ModelAndView("accounts/notice", Map.of("page", pages.page(edition, key + ".title"), "key", key));
    }
}
