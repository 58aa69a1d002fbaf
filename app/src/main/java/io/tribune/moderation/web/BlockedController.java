package io.tribune.moderation.web;

import io.tribune.accounts.AccountId;
import io.tribune.editions.Edition;
import io.tribune.moderation.AccountBlocks;
import io.tribune.moderation.BlockStanding;
import io.tribune.moderation.Decided;
import io.tribune.moderation.ModerationPaths;
import io.tribune.moderation.Statement;
import io.tribune.moderation.StatementsOfReasons;
import io.tribune.moderation.UnlockRequests;
import io.tribune.system.NotFound;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * A reader's own side of moderation: whether they are blocked and why, the unlock request form (not for
 * a final block), and their statements of reasons, each visible only to them.
 */
@Controller
class BlockedController {

    private final Pages pages;
    private final AccountBlocks blocks;
    private final UnlockRequests unlocks;
    private final StatementsOfReasons statements;

    BlockedController(Pages pages, AccountBlocks blocks, UnlockRequests unlocks, StatementsOfReasons statements) {
        this.pages = pages;
        this.blocks = blocks;
        this.unlocks = unlocks;
        this.statements = statements;
    }

    @GetMapping(ModerationPaths.BLOCKED)
    ModelAndView blocked(@PathVariable Edition edition, AccountId reader) {
        return page(edition, reader, null, false, null);
    }

    @PostMapping(ModerationPaths.UNLOCK_REQUEST)
    ModelAndView requestUnlock(
            @PathVariable Edition edition,
            AccountId reader,
            @ModelAttribute UnlockForm form,
            HttpServletResponse response) {
        Decided decided = unlocks.request(reader, edition.code(), form.account(), form.explanation());
        response.setStatus(decided.status());
        return page(
                edition, reader, decided.message(), !decided.isDone(), decided.isDone() ? null : form.explanation());
    }

    @GetMapping(ModerationPaths.STATEMENT)
    ModelAndView statement(@PathVariable Edition edition, @PathVariable long id, AccountId reader) {
        Statement statement = statements.find(reader, id).orElseThrow(NotFound::new);
        Pages.Builder page = pages.in(edition);
        page.title(page.text().get("moderation.statement.title"));
        return new ModelAndView(
                "moderation/statement",
                Map.of(
                        "page", page.build(),
                        "statement", statement,
                        "rule", statements.ruleTitle(statement.edition(), statement.rule())));
    }

    private ModelAndView page(Edition edition, AccountId reader, String notice, boolean isError, String typed) {
        Optional<BlockStanding> standing = blocks.standing(reader);
        Pages.Builder page = pages.in(edition);
        page.title(page.text().get("moderation.blocked.title"));
        Map<String, Object> model = new HashMap<>();
        model.put("page", page.build());
        model.put("standing", standing.orElse(null));
        model.put(
                "rule",
                standing.map(s -> statements.ruleTitle(edition.code(), s.block().rule()))
                        .orElse(""));
        model.put("reader", reader.value());
        model.put("notice", notice);
        model.put("isError", isError);
        model.put("typed", typed == null ? "" : typed);
        model.put("maxLength", UnlockRequests.MAX_EXPLANATION);
        return new ModelAndView("moderation/blocked", model);
    }

    /**
     * The unlock request form: the account it is for (shown read-only, checked against the reader's own)
     * and the reader's explanation.
     */
    record UnlockForm(String account, String explanation) {}
}
