package io.tribune.moderation.web;

import io.tribune.accounts.AccountId;
import io.tribune.editions.Edition;
import io.tribune.moderation.AccountDeletions;
import io.tribune.moderation.Decided;
import io.tribune.moderation.ModerationPaths;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * An administrator deletes an account from the author view. The answer is a page of its own, as the
 * author view of a deleted account no longer exists. Anyone but an administrator gets 404.
 */
@Controller
class AccountDeletionController {

    private final Pages pages;
    private final AccountDeletions deletions;

    AccountDeletionController(Pages pages, AccountDeletions deletions) {
        this.pages = pages;
        this.deletions = deletions;
    }

    @PostMapping(ModerationPaths.DELETE)
    ModelAndView delete(
            @PathVariable Edition edition,
            @PathVariable long id,
            AccountId admin,
            @ModelAttribute DeletionForm form,
            HttpServletResponse response) {
        Decided decided = deletions.delete(admin, edition.code(), id, form.reason(), form.note());
        response.setStatus(decided.status());
        Pages.Builder page = pages.in(edition);
        page.title(page.text().get("moderation.delete.title"));
        return new ModelAndView(
                "moderation/deleted",
                Map.of(
                        "page",
                        page.build(),
                        "accountId",
                        id,
                        "message",
                        decided.message(),
                        "isError",
                        !decided.isDone()));
    }

    /** The deletion form: the rule the account broke and the note for the statement of reasons. */
    record DeletionForm(String reason, String note) {}
}
