package io.tribune.moderation.web;

import io.tribune.discussion.CommunityStandards;
import io.tribune.moderation.QueuePage;
import io.tribune.system.CsrfField;
import io.tribune.system.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the console's queue page shows: the tabs with their counts, the filter, the items, and the answer
 * to the moderator's last action (a message key; {@code isError} for a refusal).
 */
public record ConsoleView(
        Page page,
        QueuePage queue,
        List<CommunityStandards.Rule> rules,
        CsrfField csrf,
        String notice,
        boolean isError,
        boolean isAdmin) {

    public String base() {
        return "/" + page.edition().code() + "/moderation";
    }

    public String path() {
        return base() + "/" + queue.queue().path();
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
        return path() + "?" + (filter.isEmpty() ? "" : filter + "&") + "after=" + queue.next();
    }

    public String ruleTitle(String id) {
        return rules.stream()
                .filter(r -> r.id().equals(id))
                .map(CommunityStandards.Rule::title)
                .findFirst()
                .orElse(id);
    }
}
