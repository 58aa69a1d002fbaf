package io.tribune.notifications.push.web;

import io.tribune.accounts.AccountId;
import io.tribune.editions.Edition;
import io.tribune.notifications.push.PushPaths;
import io.tribune.notifications.push.PushSubscriptions;
import io.tribune.notifications.push.Topic;
import io.tribune.notifications.push.VapidPublicKey;
import io.tribune.publishing.Articles;
import io.tribune.system.Page;
import io.tribune.system.Pages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The reader's side of web push: the polite prompt that every page's script loads on a reader's first
 * visits, the preferences panel (topics, unsubscribing), and the answers to what they send. Push needs
 * the browser's script; without it the panel says so and nothing else changes.
 */
@Controller
class PushController {

    private final PushSubscriptions subscriptions;
    private final Articles articles;
    private final VapidPublicKey key;
    private final Pages pages;

    PushController(PushSubscriptions subscriptions, Articles articles, VapidPublicKey key, Pages pages) {
        this.subscriptions = subscriptions;
        this.articles = articles;
        this.key = key;
        this.pages = pages;
    }

    @GetMapping(PushPaths.PREFERENCES)
    ModelAndView preferences(@PathVariable Edition edition, Optional<AccountId> reader, HttpServletResponse response) {
        noStore(response);
        return page(edition, panel(edition, reader, Set.of(Topic.BREAKING), null, false));
    }

    @GetMapping(PushPaths.PROMPT)
    ModelAndView prompt(@PathVariable Edition edition, HttpServletResponse response) {
        noStore(response);
        Page page = pages.in(edition).title(edition.siteName()).build();
        return new ModelAndView(
                "notifications/fragments/prompt",
                Map.of(
                        "page",
                        page,
                        "key",
                        key.text(),
                        "preferences",
                        PushPaths.in(edition, PushPaths.PREFERENCES),
                        "subscribe",
                        PushPaths.in(edition, PushPaths.SUBSCRIBE)));
    }

    /** The panel's topics as the browser with this endpoint chose them (the panel's script asks). */
    @PostMapping(PushPaths.CHOSEN)
    ModelAndView chosen(
            @PathVariable Edition edition,
            @Valid @ModelAttribute EndpointForm form,
            BindingResult binding,
            Optional<AccountId> reader,
            HttpServletResponse response) {
        noStore(response);
        Set<Topic> chosen = binding.hasErrors() ? Set.of() : subscriptions.topics(edition, form.endpoint());
        return fragment(
                edition, panel(edition, reader, chosen.isEmpty() ? Set.of(Topic.BREAKING) : chosen, null, false));
    }

    @PostMapping(PushPaths.SUBSCRIBE)
    ModelAndView subscribe(
            @PathVariable Edition edition,
            @Valid @ModelAttribute SubscribeForm form,
            BindingResult binding,
            Optional<AccountId> reader,
            HttpServletRequest request,
            HttpServletResponse response) {
        noStore(response);
        if (binding.hasFieldErrors("subscription")) {
            // without the page's script there is no subscription: say what push needs
            String problem = form.subscription() == null || form.subscription().isBlank()
                    ? "push.error.needsScript"
                    : "push.error.malformed";
            return refused(edition, reader, problem, HttpStatus.BAD_REQUEST, request);
        }
        if (binding.hasFieldErrors("topic")) {
            return refused(edition, reader, "push.error.topic", HttpStatus.UNPROCESSABLE_CONTENT, request);
        }
        return switch (subscriptions.subscribe(edition, form.subscription(), form.topic(), reader)) {
            case PushSubscriptions.Subscribed subscribed ->
                answer(
                        edition,
                        panel(
                                edition,
                                reader,
                                subscribed.topics(),
                                subscribed.topics().isEmpty() ? "push.unsubscribed" : "push.subscribed",
                                false),
                        HttpStatus.OK,
                        request);
            case PushSubscriptions.Refused refused ->
                refused(
                        edition,
                        reader,
                        refused.message(),
                        refused.message().equals("push.error.malformed")
                                ? HttpStatus.BAD_REQUEST
                                : HttpStatus.UNPROCESSABLE_CONTENT,
                        request);
        };
    }

    @PostMapping(PushPaths.UNSUBSCRIBE)
    ModelAndView unsubscribe(
            @PathVariable Edition edition,
            @Valid @ModelAttribute EndpointForm form,
            BindingResult binding,
            Optional<AccountId> reader,
            HttpServletRequest request,
            HttpServletResponse response) {
        noStore(response);
        if (binding.hasErrors()) {
            return refused(edition, reader, "push.error.needsScript", HttpStatus.BAD_REQUEST, request);
        }
        subscriptions.unsubscribe(edition, form.endpoint());
        return answer(
                edition,
                panel(edition, reader, Set.of(Topic.BREAKING), "push.unsubscribed", false),
                HttpStatus.OK,
                request);
    }

    private ModelAndView refused(
            Edition edition,
            Optional<AccountId> reader,
            String problem,
            HttpStatus status,
            HttpServletRequest request) {
        return answer(edition, panel(edition, reader, Set.of(Topic.BREAKING), problem, true), status, request);
    }

    /** The panel alone for the page's script, the whole page otherwise. */
    private ModelAndView answer(Edition edition, PushPanel panel, HttpStatus status, HttpServletRequest request) {
        ModelAndView answer =
                "true".equals(request.getHeader("HX-Request")) ? fragment(edition, panel) : page(edition, panel);
        answer.setStatus(status);
        return answer;
    }

    private ModelAndView page(Edition edition, PushPanel panel) {
        Page page = pages.in(edition)
                .title(pages.in(edition).text().get("push.preferences.title"))
                .name("robots", "noindex")
                .build();
        return new ModelAndView("notifications/preferences", model(edition, page, panel));
    }

    private ModelAndView fragment(Edition edition, PushPanel panel) {
        return new ModelAndView(
                "notifications/fragments/panel",
                model(edition, pages.in(edition).build(), panel));
    }

    private Map<String, Object> model(Edition edition, Page page, PushPanel panel) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("panel", panel);
        model.put("key", key.text());
        model.put("subscribe", PushPaths.in(edition, PushPaths.SUBSCRIBE));
        model.put("unsubscribe", PushPaths.in(edition, PushPaths.UNSUBSCRIBE));
        model.put("chosen", PushPaths.in(edition, PushPaths.CHOSEN));
        return model;
    }

    private PushPanel panel(
            Edition edition, Optional<AccountId> reader, Set<Topic> chosen, String status, boolean isProblem) {
        var text = pages.in(edition).text();
        List<PushPanel.Choice> choices = new ArrayList<>();
        choices.add(new PushPanel.Choice(
                Topic.BREAKING.name(), text.get("push.topic.breaking"), chosen.contains(Topic.BREAKING), true));
        choices.add(new PushPanel.Choice(
                Topic.REPLIES.name(),
                text.get("push.topic.replies"),
                chosen.contains(Topic.REPLIES),
                reader.isPresent()));
        for (var section : articles.sections(edition.code())) {
            Topic topic = Topic.section(section.slug());
            choices.add(new PushPanel.Choice(
                    topic.name(), text.get("push.topic.section", section.name()), chosen.contains(topic), true));
        }
        return new PushPanel(choices, reader.isPresent(), status, isProblem);
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }
}
