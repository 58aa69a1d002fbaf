package io.tribune.accounts.web;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.Problems;
import io.tribune.editions.Edition;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Deleting an account ("Are you sure?") and restoring it by the mailed link. */
@Controller
class DeletionController {

    private final AccountPages pages;
    private final Accounts accounts;

    DeletionController(AccountPages pages, Accounts accounts) {
        this.pages = pages;
        this.accounts = accounts;
    }

    @GetMapping("/{edition:[a-z]{2}}/account/delete")
    ModelAndView areYouSure(@PathVariable("edition") String code, HttpServletRequest request) {
        Edition edition = pages.edition(code);
        if (AccountBarController.signedIn().isEmpty()) {
            return AccountPages.logInFirst(edition);
        }
        return action(edition, request, "account.delete", "/" + edition.code() + "/account/delete", "");
    }

    @PostMapping("/{edition:[a-z]{2}}/account/delete")
    ModelAndView delete(@PathVariable("edition") String code, HttpServletRequest request) {
        Edition edition = pages.edition(code);
        Optional<AccountId> id = AccountBarController.signedIn();
        if (id.isEmpty()) {
            return AccountPages.logInFirst(edition);
        }
        accounts.delete(id.get(), edition.code());
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return notice(edition, "account.deleted");
    }

    @GetMapping("/{edition:[a-z]{2}}/account/restore")
    ModelAndView restoreForm(
            @PathVariable("edition") String code,
            @RequestParam(required = false) String token,
            HttpServletRequest request) {
        Edition edition = pages.edition(code);
        return action(
                edition,
                request,
                "account.restore",
                "/" + edition.code() + "/account/restore",
                AccountPages.echo(token, 64));
    }

    @PostMapping("/{edition:[a-z]{2}}/account/restore")
    ModelAndView restore(
            @PathVariable("edition") String code,
            @RequestParam(required = false) String token,
            HttpServletResponse response) {
        Edition edition = pages.edition(code);
        if (accounts.restore(token)) {
            return notice(edition, "account.restored");
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return notice(edition, "account.link.invalid");
    }

    private ModelAndView action(Edition edition, HttpServletRequest request, String key, String action, String token) {
        var form = AccountPages.form(request, Map.of("token", token), Problems.none(), null, null);
        return new ModelAndView(
                "accounts/action",
                Map.of("page", pages.page(edition, key + ".title"), "form", form, "key", key, "action", action));
    }

    private ModelAndView notice(Edition edition, String key) {
        return new ModelAndView("accounts/notice", Map.of("page", pages.page(edition, key + ".title"), "key", key));
    }
}
