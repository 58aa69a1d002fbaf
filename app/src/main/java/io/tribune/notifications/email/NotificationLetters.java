package io.tribune.notifications.email;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.Accounts;
import io.tribune.accounts.Addressee;
import io.tribune.accounts.NotificationTopic;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.notifications.Letters;
import io.tribune.publishing.ArticleSummaries;
import io.tribune.publishing.ArticleSummary;
import io.tribune.system.Site;
import io.tribune.system.Text;
import io.tribune.system.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Writes one letter for a reader's claimed rows, in the language of the edition they happened in: the
 * replies gathered since the last letter (who replied, an excerpt, the reply's permalink, which
 * opens its discussion at it), or the comments a moderator approved. What is no longer true when the letter goes (a
 * reply deleted, a replier blocked, the reader unsubscribed) is left out.
 */
@Component
class NotificationLetters {

    /** What became of a letter. */
    enum Outcome {
        SENT,
        /** Nothing left to tell, or nobody to tell it to. */
        SKIPPED,
        /** The mail server did not take it: try again later. */
        FAILED
    }

    static final int EXCERPT = 280;

    private final Replies replies;
    private final Accounts accounts;
    private final ArticleSummaries articles;
    private final Editions editions;
    private final Texts texts;
    private final Site site;
    private final Letters letters;
    private final UnsubscribeTokens tokens;

    NotificationLetters(
            Replies replies,
            Accounts accounts,
            ArticleSummaries articles,
            Editions editions,
            Texts texts,
            Site site,
            Letters letters,
            UnsubscribeTokens tokens) {
        this.replies = replies;
        this.accounts = accounts;
        this.articles = articles;
        this.editions = editions;
        this.texts = texts;
        this.site = site;
        this.letters = letters;
        this.tokens = tokens;
    }

    Outcome send(EmailQueue.Claimed claimed) {
        NotificationTopic topic =
                claimed.kind() == EmailQueue.Kind.REPLY ? NotificationTopic.REPLIES : NotificationTopic.DECISIONS;
        Optional<Addressee> to = accounts.addressee(new AccountId(claimed.accountId()), topic);
        Optional<Edition> edition = editions.find(claimed.items().getLast().edition());
        if (to.isEmpty() || edition.isEmpty()) {
            return Outcome.SKIPPED;
        }
        Text text = texts.of(edition.get());
        List<String> lines = new ArrayList<>();
        for (EmailQueue.Item item : claimed.items()) {
            Optional<ArticleSummary> article = articles.summary(item.articleId());
            if (article.isEmpty()) {
                continue;
            }
            if (claimed.kind() == EmailQueue.Kind.REPLY) {
                replies.toldTo(claimed.accountId(), item.commentId(), item.articleId())
                        .ifPresent(reply -> lines.add(text.get(
                                "notifications.mail.reply.line",
                                reply.replierName(),
                                article.get().title(),
                                excerpt(reply.body()),
                                site.absolute(reply.permalink(item.edition())))));
            } else if (replies.isPublished(claimed.accountId(), item.commentId(), item.articleId())) {
                String link = site.absolute(article.get().shortLink()) + "#comment-" + item.commentId();
                lines.add(text.get(
                        "notifications.mail.approved.line", article.get().title(), link));
            }
        }
        if (lines.isEmpty()) {
            return Outcome.SKIPPED;
        }
        String key =
                claimed.kind() == EmailQueue.Kind.REPLY ? "notifications.mail.reply" : "notifications.mail.approved";
        String subject = lines.size() == 1
                ? text.get(key + ".subject", edition.get().siteName())
                : text.get(key + ".subjectMany", lines.size(), edition.get().siteName());
        String body = text.get(key + ".intro") + "\n\n" + String.join("\n\n", lines);
        String unsubscribe = site.absolute(EmailPaths.unsubscribe(
                edition.get().code(), tokens.issue(to.get().id(), topic)));
        return letters.sendNotification(to.get().email(), edition.get(), subject, body, unsubscribe)
                ? Outcome.SENT
                : Outcome.FAILED;
    }

    /** The reply's text on one line, cut at a word near {@link #EXCERPT} characters, never inside a character. */
    static String excerpt(String body) {
        String flat = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        if (flat.codePointCount(0, flat.length()) <= EXCERPT) {
            return flat;
        }
        int end = flat.offsetByCodePoints(0, EXCERPT);
        int space = flat.lastIndexOf(' ', end);
        return flat.substring(0, space > EXCERPT / 2 ? space : end) + "…";
    }
}
