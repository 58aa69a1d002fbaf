package io.tribune.moderation.web;

import io.tribune.discussion.CommunityStandards;
import io.tribune.moderation.ModerationPaths;
import io.tribune.moderation.QueuePage;
import io.tribune.system.CsrfField;
import io.tribune.system.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the console's queue page shows: the tabs with their counts, the filter, the items, and the answer
 * to the moderator's last action (a message key; {@code isError} for a refusal).
 */
public final class ConsoleView {

    private final Page page;
    private final QueuePage queue;
    private final List<CommunityStandards.Rule> rules;
    private final CsrfField csrf;
    private final String notice;
    private final boolean isError;
    private final boolean isAdmin;
    /** The rule choices per rule chosen: a page of 50 repeats them in three forms per item. */
    private final Map<String, String> options = new HashMap<>();

    public ConsoleView(
            Page page,
            QueuePage queue,
            List<CommunityStandards.Rule> rules,
            CsrfField csrf,
            String notice,
            boolean isError,
            boolean isAdmin) {
        this.page = page;
        this.queue = queue;
        this.rules = rules;
        this.csrf = csrf;
        this.notice = notice;
        this.isError = isError;
        this.isAdmin = isAdmin;
    }

    public Page page() {
        return page;
    }

    public QueuePage queue() {
        return queue;
    }

    public List<CommunityStandards.Rule> rules() {
        return rules;
    }

    public CsrfField csrf() {
        return csrf;
    }

    public String notice() {
        return notice;
    }

    public boolean isError() {
        return isError;
    }

    public boolean isAdmin() {
        return isAdmin;
    }

    /** The queue's page. */
    public String path() {
        return ModerationPaths.tab(page.edition().code(), queue.queue().path());
    }

    /** Where a form about one comment posts: its {@link ModerationPaths#APPROVE}, reject or edit action. */
    public String action(String mapping, long commentId) {
        return ModerationPaths.in(page.edition().code(), mapping, commentId) + "?" + shown();
    }

    /** Where the form that blocks a comment's author posts. */
    public String block(long authorId, long commentId) {
        return ModerationPaths.in(page.edition().code(), ModerationPaths.BLOCK, authorId) + "?" + shown() + "&item="
                + commentId;
    }

    public String author(long authorId) {
        return ModerationPaths.author(page.edition().code(), authorId);
    }

    /** The queue and its filter as an action's query carries them, to show the queue again as it was. */
    private String shown() {
        String filter = filterQuery();
        return "queue=" + queue.queue().path() + (filter.isEmpty() ? "" : "&" + filter);
    }

    /** The filter as query parameters (without the page position), to carry through forms and links. */
    public String filterQuery() {
        StringBuilder query = new StringBuilder();
        var f = queue.filter();
        if (f.rule() != null) {
            query.append("&rule=").append(URLEncoder.encode(f.rule(), StandardCharsets.UTF_8));
        }
        if (f.articleId() != null) {
            query.append("&article=").append(f.articleId());
        }
        if (f.authorId() != null) {
            query.append("&author=").append(f.authorId());
        }
        if (f.isOldestFirst()) {
            query.append("&order=oldest");
        }
        return query.isEmpty() ? "" : query.substring(1);
    }

    public String nextPath() {
        String filter = filterQuery();
        return ModerationPaths.next(filter.isEmpty() ? path() : path() + "?" + filter, "after", queue.next());
    }

    /**
     * The rules as the options of an item's rule choice, {@code chosen} selected: built here as one run of
     * markup, without the template's indentation around each option, as a page repeats it in three forms
     * per item (its titles are escaped here, as the template would). Built once per rule chosen on a page.
     */
    public String ruleOptions(String chosen) {
        return options.computeIfAbsent(chosen, this::options);
    }

    private String options(String chosen) {
        StringBuilder html = new StringBuilder(rules.size() * 64);
        for (CommunityStandards.Rule rule : rules) {
            html.append("<option value=\"")
                    .append(escaped(rule.id()))
                    .append(rule.id().equals(chosen) ? "\" selected>" : "\">")
                    .append(escaped(rule.title()))
                    .append("</option>");
        }
        return html.toString();
    }

    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&#34;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    public String ruleTitle(String id) {
        return rules.stream()
                .filter(r -> r.id().equals(id))
                .map(CommunityStandards.Rule::title)
                .findFirst()
                .orElse(id);
    }
}
