package io.tribune.moderation.web;

import io.tribune.accounts.AccountId;
import io.tribune.discussion.Queue;
import io.tribune.editions.Edition;
import io.tribune.moderation.AccountBlocks;
import io.tribune.moderation.AuthorView;
import io.tribune.moderation.ClusterPage;
import io.tribune.moderation.Decided;
import io.tribune.moderation.ModerationPaths;
import io.tribune.moderation.ModerationQueue;
import io.tribune.moderation.Moderators;
import io.tribune.moderation.QueueFilter;
import io.tribune.moderation.QueuePage;
import io.tribune.moderation.UnlockRequest;
import io.tribune.moderation.UnlockRequests;
import io.tribune.system.CsrfField;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
            @Valid @ModelAttribute Shown shown,
            BindingResult binding,
            HttpServletRequest request) {
        return page(edition, moderator, Queue.named(queue), shown.filter(binding), request, null, false);
    }

    /** Approves, rejects or edits one comment, as the item's three forms ask. */
    @PostMapping(ModerationPaths.DECISION)
    ModelAndView decide(
            @PathVariable Edition edition,
            @PathVariable long id,
            @PathVariable String decision,
            AccountId moderator,
            @ModelAttribute ItemForm form,
            @Valid @ModelAttribute Shown shown,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response) {
        QueueFilter filter = shown.filter(binding);
        String code = edition.code();
        Decided decided = switch (decision) {
            case "approve" -> console.approve(moderator, code, id, form.expected());
            case "reject" -> console.reject(moderator, code, id, form.expected(), form.reason(), form.note());
            default ->
                console.edit(
                        moderator, code, id, form.expected(), form.version(), form.text(), form.reason(), form.note());
        };
        return answer(edition, moderator, id, decided, shown.queue(), filter, request, response);
    }

    @PostMapping(ModerationPaths.BLOCK)
    ModelAndView block(
            @PathVariable Edition edition,
            @PathVariable long id,
            AccountId moderator,
            @Valid @ModelAttribute BlockForm form,
            BindingResult binding,
            HttpServletRequest request,
            HttpServletResponse response) {
        Long item = form.item(binding);
        Decided decided = blocks.block(moderator, edition.code(), id, form.reason(), form.note());
        long itemId = item == null ? id : item;
        return answer(edition, moderator, itemId, decided, form.queue(), QueueFilter.NONE, request, response);
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
    ModelAndView clusters(
            @PathVariable Edition edition,
            AccountId moderator,
            @Valid @ModelAttribute PageAfter shown,
            BindingResult binding,
            HttpServletRequest request) {
        return clusterPage(edition, moderator, shown.after(binding), request, null);
    }

    /**
     * Approves or rejects a whole cluster, every member still held, when the form names the cluster (the
     * button "Reject the whole cluster" does), else the members the moderator left ticked.
     */
    @PostMapping(ModerationPaths.CLUSTER_DECISION)
    ModelAndView bulk(
            @PathVariable Edition edition,
            @PathVariable String action,
            AccountId moderator,
            @ModelAttribute ClusterForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        boolean isReject = action.equals("reject");
        Decided decided = form.cluster() == null
                ? console.bulk(moderator, edition.code(), isReject, form.member(), form.reason(), form.note())
                : console.decideCluster(
                        moderator, edition.code(), isReject, form.cluster(), form.reason(), form.note());
        response.setStatus(decided.status());
        return clusterPage(edition, moderator, null, request, decided);
    }

    @GetMapping(ModerationPaths.UNLOCKS)
    ModelAndView unlockQueue(
            @PathVariable Edition edition,
            AccountId moderator,
            @Valid @ModelAttribute PageAfter shown,
            BindingResult binding,
            HttpServletRequest request) {
        return unlockPage(edition, moderator, shown.after(binding), request, null, false);
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
            @ModelAttribute RefusalForm form,
            HttpServletRequest request,
            HttpServletResponse response) {
        Decided decided = unlocks.refuse(moderator, edition.code(), id, form.reason());
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

    private ModelAndView clusterPage(
            Edition edition, AccountId moderator, Long after, HttpServletRequest request, Decided answer) {
        ClusterPage found = console.clusters(moderator, edition.code(), after);
        Pages.Builder page = pages.in(edition);
        page.title(page.text().get("moderation.console.title.clusters"));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("page", page.build());
        model.put("clusters", found.clusters());
        model.put("next", found.next());
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
     * What a form about one comment sends: the status the moderator saw ({@code expected}, so that the
     * second of two moderators acting at once is told), and for a rejection or an edit the rule and the
     * note to the author; an edit also the text's version and its new text. The service checks each.
     */
    record ItemForm(String expected, String version, String text, String reason, String note) {}

    /**
     * The block form: the rule and the note, and the queue and the comment the moderator blocked from,
     * to answer in its place.
     */
    record BlockForm(
            String reason,
            String note,
            String queue,
            @Pattern(regexp = Forms.NUMBER) String item) {

        /** The comment blocked from, or null; a bad request when it is not a number. */
        Long item(Errors binding) {
            Forms.checked(binding);
            return Forms.number(item);
        }
    }

    /**
     * The cluster to decide on whole (null to decide on the ticked members only), the members the
     * moderator left ticked, the rule and the note.
     */
    record ClusterForm(List<String> member, String cluster, String reason, String note) {}

    /** Why a moderator refuses an unlock request. */
    record RefusalForm(String reason) {}

    /** Where a page of unlock requests or of clusters goes on from. */
    record PageAfter(@Pattern(regexp = Forms.NUMBER) String after) {

        Long after(Errors binding) {
            Forms.checked(binding);
            return Forms.number(after);
        }
    }

    /**
     * The queue and its filter as a page's query or an action's form carries them, to show the queue
     * again as the moderator left it. No field names a comment, an account or an edition: those come
     * from the path only. Numbers must be numbers, the order newest or oldest, else the request is bad.
     */
    record Shown(
            String queue,
            @Pattern(regexp = "[a-z_]{0,40}") String rule,
            @Pattern(regexp = Forms.NUMBER) String article,
            @Pattern(regexp = Forms.NUMBER) String author,
            @Pattern(regexp = "newest|oldest|") String order,
            @Pattern(regexp = Forms.NUMBER) String after) {

        QueueFilter filter(Errors binding) {
            Forms.checked(binding);
            String chosen = rule == null || rule.isEmpty() ? null : rule;
            return new QueueFilter(
                    chosen, Forms.number(article), Forms.number(author), "oldest".equals(order), Forms.number(after));
        }
    }
}
