package io.tribune.accounts.web;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.profile.DeleteAccount;
import io.tribune.editions.Edition;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** Deleting an account ("Are you sure?") and restoring it by the mailed link. */
@Controller
class DeletionController {

    private final AccountPages pages;
    private final DeleteAccount deleteAccount;

    DeletionController(AccountPages pages, DeleteAccount deleteAccount) {
        this.pages = pages;
        this.deleteAccount = deleteAccount;
    }

    @GetMapping(AccountPaths.DELETE)
    ModelAndView areYouSure(@PathVariable Edition edition) {
        return pages.action(edition, "account.delete", AccountPaths.in(edition, AccountPaths.DELETE), null);
    }

    @PostMapping(AccountPaths.DELETE)
    ModelAndView delete(@PathVariable Edition edition, AccountId id, HttpServletRequest request) {
        deleteAccount.delete(id, edition.code());
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return pages.notice(edition, "account.deleted");
    }

    @GetMapping(AccountPaths.RESTORE)
    ModelAndView restoreForm(@PathVariable Edition edition, @ModelAttribute MailedLink link) {
        return pages.linkForm(edition, "account.restore", AccountPaths.RESTORE, link);
    }

    @PostMapping(AccountPaths.RESTORE)
    ModelAndView restore(@PathVariable Edition edition, @ModelAttribute MailedLink link, HttpServletResponse response) {
        return pages.linkUsed(edition, response, deleteAccount.restore(link.token()), "account.restored");
    }
}
