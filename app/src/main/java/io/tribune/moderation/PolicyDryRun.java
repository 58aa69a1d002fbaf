package io.tribune.moderation;

import io.tribune.moderation.engine.ArticleText;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.PolicyBook;
import io.tribune.moderation.engine.Standing;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How the edition's last {@value #LAST} comments would have been decided under a draft policy: an engine
 * of its own, built on the draft, screens them again, oldest first, and each decision is compared with the
 * comment's status now (which may be a moderator's decision rather than the engine's). The dry-run engine
 * keeps its activity to itself, so flood and flash-mob rules see only these comments, and it records
 * nothing; an author's standing is counted from their earlier comments.
 */
@Component
public class PolicyDryRun {

    public static final int LAST = 1000;
    private static final Logger log = LoggerFactory.getLogger(PolicyDryRun.class);
    private static final int SAMPLE = 50;

    private final JdbcClient jdbc;
    private final PolicyVersions versions;
    private final Engines engines;
    private final ModerationSettings settings;

    PolicyDryRun(JdbcClient jdbc, PolicyVersions versions, Engines engines, ModerationSettings settings) {
        this.jdbc = jdbc;
        this.versions = versions;
        this.engines = engines;
        this.settings = settings;
    }

    /** One comment the draft would decide otherwise. */
    public record Change(long commentId, long authorId, String from, String to, String rule, String excerpt) {}

    /**
     * What the draft would change.
     *
     * @param screened how many comments were screened again
     * @param perRule per rule (of the draft's decision, or of the comment's current one when the draft
     *     publishes it), how many comments it would decide otherwise
     * @param sample the first changed comments, newest first
     * @param millis how long the run took, engine build included
     */
    public record Result(
            int screened,
            int newlyHeld,
            int newlyRejected,
            int newlyPublished,
            Map<String, Integer> perRule,
            List<Change> sample,
            long millis) {}

    private record Stored(
            long id,
            long author,
            String text,
            String status,
            String rule,
            java.time.Instant at,
            String title,
            String lead,
            String parent,
            int publishedBefore,
            int screenedBefore,
            int rejectedBefore) {}

    public Result run(String edition, PolicyDraft draft) {
        long started = System.nanoTime();
        PolicyBook book = versions.bookWith(edition, draft);
        EngineConfig config = EngineConfig.defaults()
                .policies(book)
                .component(io.tribune.moderation.engine.learning.EditionClassifiers.class, engines.classifiers());
        if (settings.dataDir() != null) {
            config.dataDir(settings.dataDir());
        }
        Engine engine = Engine.standard(config);
        List<Stored> comments = new ArrayList<>(jdbc.sql("""
                        select c.id, c.author_id, c.body, c.status, c.rule, c.created_at, a.title, a.lead, p.body,
                          (select count(*) from comment e where e.author_id = c.author_id and e.id < c.id
                             and e.status = 'PUBLISHED'),
                          (select count(*) from comment e where e.author_id = c.author_id and e.id < c.id),
                          (select count(*) from comment e where e.author_id = c.author_id and e.id < c.id
                             and e.status = 'REJECTED')
                        from comment c
                        left join article a on a.id = c.article_id
                        left join comment p on p.id = c.parent_id
                        where c.edition = :edition and c.status in ('PUBLISHED', 'HELD', 'REJECTED')
                        order by c.id desc
                        limit :last""")
                .param("edition", edition)
                .param("last", LAST)
                .query((rs, row) -> new Stored(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant(),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getInt(10),
                        rs.getInt(11),
                        rs.getInt(12)))
                .list());
        Collections.reverse(comments);
        int held = 0;
        int rejected = 0;
        int published = 0;
        Map<String, Integer> perRule = new TreeMap<>();
        List<Change> changes = new ArrayList<>();
        for (Stored c : comments) {
            Decision decision = engine.screen(new Comment(
                            Long.toString(c.id()),
                            edition,
                            c.text(),
                            Long.toString(c.author()),
                            null,
                            c.at(),
                            new ArticleText(c.title() == null ? "" : c.title(), c.lead() == null ? "" : c.lead(), ""),
                            c.parent(),
                            new Standing(c.publishedBefore(), c.screenedBefore(), c.rejectedBefore())))
                    .decision();
            String now = switch (decision.verdict()) {
                case APPROVE -> "PUBLISHED";
                case HOLD -> "HELD";
                case REJECT -> "REJECTED";
            };
            if (now.equals(c.status())) {
                continue;
            }
            String rule = decision.primary().map(hit -> hit.rule().id()).orElse(c.rule() == null ? "-" : c.rule());
            switch (now) {
                case "HELD" -> held++;
                case "REJECTED" -> rejected++;
                default -> published++;
            }
            perRule.merge(rule, 1, Integer::sum);
            changes.add(new Change(c.id(), c.author(), c.status(), now, rule, excerpt(c.text())));
        }
        Collections.reverse(changes);
        long millis = (System.nanoTime() - started) / 1_000_000;
        log.info("policy dry run of {}: {} comments screened again in {} ms", edition, comments.size(), millis);
        return new Result(
                comments.size(),
                held,
                rejected,
                published,
                perRule,
                List.copyOf(changes.subList(0, Math.min(SAMPLE, changes.size()))),
                millis);
    }

    private static String excerpt(String text) {
        return text.length() <= 140 ? text : text.substring(0, 140) + "…";
    }
}
