package io.tribune.accounts.web;

import io.tribune.accounts.AccountPaths;
import io.tribune.accounts.profile.ChangeEmail;
import io.tribune.editions.Edition;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** The link mailed to a new address: pressing its button moves the account there. */
@Controller
class EmailChangeController {

    private final AccountPages pages;
    private final ChangeEmail changeEmail;

    EmailChangeController(AccountPages pages, ChangeEmail changeEmail) {
        this.pages = pages;
        this.changeEmail = changeEmail;
    }

    /** Shows a button rather than changing at once: mail scanners that open links must not use the token. */
    @GetMapping(AccountPaths.EMAIL_CONFIRMATION)
    ModelAndView confirmForm(@PathVariable Edition edition, @ModelAttribute MailedLink link) {
        return pages.linkForm(edition, "accounts.email.confirm", AccountPaths.EMAIL_CONFIRMATION, link);
    }

    @PostMapping(AccountPaths.EMAIL_CONFIRMATION)
    ModelAndView confirm(@PathVariable Edition edition, @ModelAttribute MailedLink link, HttpServletResponse response) {
        return pages.linkUsed(edition, response, isChanged(link.token(), edition), "accounts.email.changed");
    }

    /** Moves the account to its new address by the mailed link; false for unknown, expired or used links. */
    private boolean isChanged(String token, Edition edition) {
        try {
            return changeEmail.confirm(token, edition).isPresent();
        } catch (DataIntegrityViolationException e) {
            // the address was taken between the check and the change: nothing changed
            return false;
        }
    }
}
