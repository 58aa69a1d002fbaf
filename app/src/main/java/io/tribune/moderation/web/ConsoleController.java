package io.tribune.moderation.web;

import io.tribune.accounts.AccountId;
import io.tribune.discussion.Queue;
import io.tribune.editions.Edition;
import io.tribune.moderation.AccountBlocks;
import io.tribune.moderation.AuthorView;
import io.tribune.moderation.Cluster;
import io.tribune.moderation.Decided;
import io.tribune.moderation.ModerationPaths;
import io.tribune.moderation.ModerationQueue;
import io.tribune.moderation.Moderators;
import io.tribune.moderation.QueueFilter;
import io.tribune.moderation.QueuePage;
import io.tribune.moderation.UnlockRequest;
import io.tribune.moderation.UnlockRequests;
import io.tribune.system.BadRequest;
import io.tribune.system.CsrfField;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The moderators' console of an edition: the queues, approving and rejecting comments, blocking their
 * authors, and the unlock requests. Every action works as a plain form post (the queue page comes back
 * with the answer) and through htmx (the item is replaced by the answer). Who may use it is checked by
 * the moderation module on every call: anyone else gets 404.
 */
@Controller
class ConsoleController {

    private final Pages pages;
    private final ModerationQueue console;
    private final AccountBlocks blocks;
    private final UnlockRequests unlocks;
    private final Moderators moderators;

    ConsoleController(
            Pages pages, ModerationQueue console, AccountBlocks blocks, UnlockRequests unlocks, Moderators moderators) {
        this.pages = pages;
        this.console = console;
        this.blocks = blocks;
        this.unlocks = unlocks;
        this.moderators = moderators;
    }

    @GetMapping(ModerationPaths.CONSOLE)
    RedirectView start(@PathVariable Edition edition, AccountId moderator) {
        moderators.check(moderator, edition.code());
        return new RedirectView(ModerationPaths.tab(edition.code(), Queue.HELD.path()), false, false, false);
    }

    @GetMapping(ModerationPaths.QUEUE)
    ModelAndView queue(
            @PathVariable Edition edition,
            @PathVariable String queue,
            AccountId moderator,
            @ModelAttribute Shown shown,
            HttpServletRequest request) {
        return page(edition, moderator, Queue.named(queue), shown.filter(), request, null, false);
    }

    @PostMapping(ModerationPaths.APPROVE)
    ModelAndView approve(
            @PathVariable Edition edition,
            @PathVariable long id,
            AccountId moderator,
            @RequestParam(required = false) String expected,
            @ModelAttribute Shown shown,
            HttpServletRequest request,
            HttpServletResponse response) {
        Decided decided = console.approve(moderator, edition.code(), id, expected);
        return answer(edition, moderator, id, decided, shown.queue(), shown.filter(), request, response);
    }

    @PostMapping(ModerationPaths.REJECT)
    ModelAndView reject(
            @PathVariable Edition edition,
            @PathVariable long id,
            AccountId moderator,
            @RequestParam(required = false) String expected,
            @RequestParam(name = "reason", required = false) String reason,
            @RequestParam(required = false) String note,
            @ModelAttribute Shown shown,
            HttpServletRequest request,
            HttpServletResponse response) {
        Decided decided = console.reject(moderator, edition.code(), id, expected, reason, note);
        return answer(edition, moderator, id, decided, shown.queue(), shown.filter(), request, response);
    }

    @PostMapping(ModerationPaths.EDIT)
    ModelAndView edit(
            @PathVariable Edition edition,
            @PathVariable long id,
            AccountId moderator,
            @RequestParam(required = false) String expected,
            @RequestParam(required = false) String version,
            @RequestParam(required = false) String text,
            @RequestParam(name = "reason", required = false) String reason,
            @RequestParam(required = false) String note,
            @ModelAttribute Shown shown,
            HttpServletRequest request,
            HttpServletResponse response) {
        Decided decided = console.edit(moderator, edition.code(), id, expected, version, text, reason, note);
        return answer(edition, moderator, id, decided, shown.queue(), shown.filter(), request, response);
    }

    @PostMapping(ModerationPaths.BLOCK)
    ModelAndView block(
            @PathVariable Edition edition,
            @PathVariable long id,
            AccountId moderator,
            @RequestParam(name = "reason", required = false) String reason,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String queue,
            @RequestParam(name = "item", required = false) String item,
            HttpServletRequest request,
            HttpServletResponse response) {
        Decided decided = blocks.block(moderator, edition.code(), id, reason, note);
        long itemId = number(item) == null ? id : number(item);
        return answer(edition, moderator, itemId, decided, queue, QueueFilter.NONE, request, response);
    }

    @GetMapping(ModerationPaths.AUTHOR)
    ModelAndView author(
            @PathVariable Edition edition, @PathVariable long id, AccountId moderator, HttpServletRequest request) {
        AuthorView author = blocks.author(moderator, edition.code(), id);
        Pages.Builder page = pages.in(edition);
        page.title(page.text().get("moderation.author.title", author.name()));
        Map<String, String> rules = new LinkedHashMap<>();
        console.rules(moderator, edition.code()).forEach(rule -> rules.put(rule.id(), rule.title()));
        return new ModelAndView(
                "moderation/author",
                Map.of(
                        "page",
                        page.build(),
                        "author",
                        author,
                        "rules",
                        rules,
                        "counts",
                        console.counts(edition.code()),
                        "isAdmin",
                        moderators.isAdmin(moderator)));
    }

    @GetMapping(ModerationPaths.CLUSTERS)
    ModelAndView clusters(@PathVariable Edition edition, AccountId moderator, HttpServletRequest request) {
        return clusterPage(edition, moderator, request, null);
    }

    /** Approves or rejects the chosen members of a cluster (all of them unless the moderator unticked some). */
    @PostMapping(ModerationPaths.CLUSTER_DECISION)
    ModelAndView bulk(
            @PathVariable Edition edition,
            @PathVariable String action,
            AccountId moderator,
            @RequestParam(name = "member", required = false) List<String> members,
            @RequestParam(name = "reason", required = false) String reason,
            @RequestParam(required = false) String note,
            HttpServletRequest request,
            HttpServletResponse response) {
        Decided decided = console.bulk(moderator, edition.code(), action.equals("reject"), members, reason, note);
        response.setStatus(decided.status());
        return clusterPage(edition, moderator, request, decided);
    }

    @GetMapping(ModerationPaths.UNLOCKS)
    ModelAndView unlockQueue(
            @PathVariable Edition edition,
            AccountId moderator,
            @RequestParam(required = false) String after,
            HttpServletRequest request) {
        return unlockPage(edition, moderator, number(after), request, null, false);
    }

    @PostMapping(ModerationPaths.GRANT)
    ModelAndView grant(
            @PathVariable Edition edition,
            @PathVariable long id,
            AccountId moderator,
            HttpServletRequest request,
            HttpServletResponse response) {
        Decided decided = unlocks.grant(moderator, edition.code(), id);
        response.setStatus(decided.status());
        return unlockPage(edition, moderator, null, request, decided.message(), !decided.isDone());
    }

    @PostMapping(ModerationPaths.REFUSE)
    ModelAndView refuse(
            @PathVariable Edition edition,
            @PathVariable long id,
            AccountId moderator,
            @RequestParam(required = false) String reason,
            HttpServletRequest request,
            HttpServletResponse response) {
        Decided decided = unlocks.refuse(moderator, edition.code(), id, reason);
        response.setStatus(decided.status());
        return unlockPage(edition, moderator, null, request, decided.message(), !decided.isDone());
    }

    /** The answer to an action: for htmx the item's place in the list, else the whole queue page again. */
    private ModelAndView answer(
            Edition edition,
            AccountId moderator,
            long itemId,
            Decided decided,
            String queue,
            QueueFilter filter,
            HttpServletRequest request,
            HttpServletResponse response) {
        Queue back = Queue.named(queue);
        if ("true".equals(request.getHeader("HX-Request"))) {
            // htmx swaps only successful answers: the refusal is said in the item's place instead
            Pages.Builder page = pages.in(edition);
            return new ModelAndView(
                    "moderation/fragments/answer",
                    Map.of(
                            "page",
                            page.build(),
                            "itemId",
                            itemId,
                            "message",
                            decided.message(),
                            "isError",
                            !decided.isDone()));
        }
        response.setStatus(decided.status());
        return page(
                edition,
                moderator,
                back == null ? Queue.HELD : back,
                filter,
                request,
                decided.message(),
                !decided.isDone());
    }

    private ModelAndView page(
            Edition edition,
            AccountId moderator,
            Queue queue,
            QueueFilter filter,
            HttpServletRequest request,
            String notice,
            boolean isError) {
        QueuePage found = console.page(moderator, edition.code(), queue, filter);
        Pages.Builder page = pages.in(edition);
        page.title(page.text().get("moderation.console.title." + queue.path()));
        ConsoleView view = new ConsoleView(
                page.build(),
                found,
                console.rules(moderator, edition.code()),
                CsrfField.of(request),
                notice,
                isError,
                moderators.isAdmin(moderator));
        return new ModelAndView("moderation/console", Map.of("view", view));
    }

    private ModelAndView clusterPage(Edition edition, AccountId moderator, HttpServletRequest request, Decided answer) {
        List<Cluster> found = console.clusters(moderator, edition.code());
        Pages.Builder page = pages.in(edition);
        page.title(page.text().get("moderation.console.title.clusters"));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page.build());
        model.put("clusters", found);
        model.put("counts", console.counts(edition.code()));
        model.put("answer", answer);
        model.put("isAdmin", moderators.isAdmin(moderator));
        model.put("rules", console.rules(moderator, edition.code()));
        return new ModelAndView("moderation/clusters", model);
    }

    private ModelAndView unlockPage(
            Edition edition,
            AccountId moderator,
            Long after,
            HttpServletRequest request,
            String notice,
            boolean isError) {
        List<UnlockRequest> open = unlocks.open(moderator, edition.code(), after);
        Long next = null;
        if (open.size() > UnlockRequests.PAGE) {
            open = open.subList(0, UnlockRequests.PAGE);
            next = open.getLast().id();
        }
        Pages.Builder page = pages.in(edition);
        page.title(page.text().get("moderation.console.title.unlock"));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page.build());
        model.put("requests", open);
        model.put("next", next);
        model.put("counts", console.counts(edition.code()));
        model.put("notice", notice);
        model.put("isError", isError);
        model.put("isAdmin", moderators.isAdmin(moderator));
        Map<String, String> rules = new LinkedHashMap<>();
        console.rules(moderator, edition.code()).forEach(rule -> rules.put(rule.id(), rule.title()));
        model.put("rules", rules);
        return new ModelAndView("moderation/unlock", model);
    }

    /**
     * The queue and its filter as a page's query or an action's form carries them, to show the queue
     * again as the moderator left it. No field names a comment, an account or an edition: those come
     * from the path only.
     */
    record Shown(String queue, String rule, String article, String author, String order, String after) {

        /** The filter as sent: numbers must be numbers, the order newest or oldest. */
        QueueFilter filter() {
            if (order != null && !order.isEmpty() && !order.equals("newest") && !order.equals("oldest")) {
                throw new BadRequest();
            }
            if (rule != null && !rule.isEmpty() && !rule.matches("[a-z_]{1,40}")) {
                throw new BadRequest();
            }
            String chosen = rule == null || rule.isEmpty() ? null : rule;
            return new QueueFilter(chosen, number(article), number(author), "oldest".equals(order), number(after));
        }
    }

    /** A plain positive number of up to 18 digits, null for none; anything else is a bad request. */
    private static Long number(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() > 18 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new BadRequest();
        }
        return Long.parseLong(value);
    }
}
