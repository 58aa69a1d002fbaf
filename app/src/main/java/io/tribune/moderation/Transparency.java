package io.tribune.moderation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The figures of an edition's public transparency page for a period: the decisions that restricted
 * comments or accounts by rule, taken by the engine alone or by people; readers' reports and how many
 * were upheld; unlock requests granted and refused; and how long comments waited in the queue for a
 * moderator. Counts only: nobody is named.
 */
@Service
public class Transparency {

    /** The longest period the page sums up at once. */
    public static final Duration LONGEST = Duration.ofDays(366);

    private final JdbcClient jdbc;

    Transparency(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The decisions under one rule: by the engine alone, and by people (possibly on the engine's finding). */
    public record RuleCount(String rule, int automated, int human) {}

    /**
     * @param medianWait the median time from a comment's posting to a moderator's decision on it; null
     *     when no moderator decided on a comment in the period
     */
    public record Figures(
            List<RuleCount> byRule,
            int approvedByModerators,
            int reports,
            int reportsUpheld,
            int reportsDismissed,
            int unlockGranted,
            int unlockRefused,
            Duration medianWait,
            int decidedByModerators) {

        public int automated() {
            return byRule.stream().mapToInt(RuleCount::automated).sum();
        }

        public int human() {
            return byRule.stream().mapToInt(RuleCount::human).sum();
        }
    }

    /** The edition's figures from {@code from} (inclusive) to {@code to} (exclusive). */
    public Figures of(String edition, Instant from, Instant to) {
        Map<String, int[]> rules = new LinkedHashMap<>();
        jdbc.sql("select rule, automated_decision, count(*) as n from statement_of_reasons where edition = :edition"
                        + " and decided_at >= :from and decided_at < :to group by rule, automated_decision"
                        + " order by rule")
                .param("edition", edition)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> {
                    int[] counts = rules.computeIfAbsent(rs.getString("rule"), r -> new int[2]);
                    counts["FULLY".equals(rs.getString("automated_decision")) ? 0 : 1] += rs.getInt("n");
                    return null;
                })
                .list();
        List<RuleCount> byRule = new ArrayList<>();
        rules.forEach((rule, counts) -> byRule.add(new RuleCount(rule, counts[0], counts[1])));
        Map<String, Integer> reports = new LinkedHashMap<>();
        jdbc.sql("select coalesce(r.outcome, 'OPEN') as outcome, count(*) as n from comment_report r"
                        + " join comment c on c.id = r.comment_id where c.edition = :edition"
                        + " and r.created_at >= :from and r.created_at < :to group by coalesce(r.outcome, 'OPEN')")
                .param("edition", edition)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> reports.put(rs.getString("outcome"), rs.getInt("n")))
                .list();
        Map<String, Integer> unlocks = new LinkedHashMap<>();
        jdbc.sql("select outcome, count(*) as n from unlock_request where edition = :edition and outcome is not null"
                        + " and decided_at >= :from and decided_at < :to group by outcome")
                .param("edition", edition)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> unlocks.put(rs.getString("outcome"), rs.getInt("n")))
                .list();
        List<Long> waits = jdbc.sql("select a.at, c.created_at, a.action from moderation_audit a"
                        + " join comment c on c.id = a.target_id where a.target_type = 'comment'"
                        + " and a.action in ('comment.approve', 'comment.reject') and a.edition = :edition"
                        + " and a.at >= :from and a.at < :to")
                .param("edition", edition)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query((rs, n) -> Duration.between(
                                rs.getTimestamp("created_at").toInstant(),
                                rs.getTimestamp("at").toInstant())
                        .toMillis())
                .list();
        int approved = jdbc.sql("select count(*) from moderation_audit where edition = :edition"
                        + " and action = 'comment.approve' and at >= :from and at < :to")
                .param("edition", edition)
                .param("from", Timestamp.from(from))
                .param("to", Timestamp.from(to))
                .query(Integer.class)
                .single();
        int total = reports.values().stream().mapToInt(Integer::intValue).sum();
        return new Figures(
                byRule,
                approved,
                total,
                reports.getOrDefault("UPHELD", 0),
                reports.getOrDefault("DISMISSED", 0),
                unlocks.getOrDefault("GRANTED", 0),
                unlocks.getOrDefault("REFUSED", 0),
                median(waits),
                waits.size());
    }

    static Duration median(List<Long> millis) {
        if (millis.isEmpty()) {
            return null;
        }
        List<Long> sorted = millis.stream().sorted().toList();
        int middle = sorted.size() / 2;
        long value = sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
        return Duration.ofMillis(Math.max(0, value));
    }
}
