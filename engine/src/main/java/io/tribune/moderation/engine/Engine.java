package io.tribune.moderation.engine;

import io.tribune.moderation.engine.semantic.SemanticDetector;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screens comments against their edition's community-standards policy: runs every detector whose
 * rules are enabled, maps findings to actions through the policy, applies trust, and explains the
 * outcome. A detector that throws or runs out of time holds the comment (fail closed). Thread-safe.
 */
public final class Engine {

    private static final Logger log = LoggerFactory.getLogger(Engine.class);
    private static final int MAX_EVIDENCE_PER_RULE = 20;
    private static final Comparator<RuleHit> SEVERITY = Comparator.comparing(RuleHit::verdict)
            .reversed()
            .thenComparing(Comparator.comparingDouble(RuleHit::score).reversed());

    private final PolicyBook policies;
    private final List<Detector> detectors;
    private final LanguageIdentifier languages;
    private final Messages messages = new Messages();
    private final int maxChars;
    private final long budgetNanos;
    private final Map<String, LongAdder> failures = new ConcurrentHashMap<>();

    private Engine(EngineConfig config, List<Detector> detectors, LanguageIdentifier languages) {
        this.policies = config.policies();
        this.detectors = List.copyOf(detectors);
        this.languages = languages;
        this.maxChars = config.maxChars();
        this.budgetNanos = config.budget().toNanos();
    }

    /** An engine with every standard detector, its models loaded before the first comment arrives. */
    public static Engine standard(EngineConfig config) {
        LanguageIdentifier languages =
                config.languages() != null ? config.languages() : Detectors.languageIdentifier(config);
        Engine engine = new Engine(config, Detectors.standard(config, languages), languages);
        engine.warmUp();
        return engine;
    }

    /** An engine with the given detectors only (tests, benchmarks of one detector). */
    public static Engine with(EngineConfig config, List<Detector> detectors) {
        LanguageIdentifier languages = config.languages() != null ? config.languages() : LanguageIdentifier.NONE;
        return new Engine(config, detectors, languages);
    }

    public PolicyBook policies() {
        return policies;
    }

    /** Screens one comment. Throws {@link UnknownEdition} when no policy covers its edition. */
    public Outcome screen(Comment comment) {
        long started = System.nanoTime();
        Policy policy = policies.policyFor(comment.edition());
        Screening screening = new Screening(comment, policy, maxChars, languages, budgetNanos);
        Collected collected = new Collected();
        List<String> holds = new ArrayList<>();
        for (Detector detector : detectors) {
            if (detector.rules().stream().noneMatch(policy::isEnabled)) {
                continue;
            }
            try {
                detector.inspect(screening, detector.learned() ? collected.learned : collected);
            } catch (RuntimeException | StackOverflowError e) {
                recordFailure(detector, comment, e);
                if (detector.rules().stream()
                        .anyMatch(r -> policy.isEnabled(r) && policy.rule(r).failClosed())) {
                    holds.add("failure:" + detector.name());
                }
            }
        }
        holds.addAll(trustHolds(comment, policy));
        if (screening.isTruncated()) {
            holds.add("length:truncated");
        }
        String language = languageOf(screening);
        Decision decision = decide(comment.id(), policy, collected.merged(policy, holds), holds, language, started);
        return new Outcome(decision, collected.revisions);
    }

    /** The earlier decision with a finding that a later comment revealed, re-decided under its policy. */
    public Decision revise(Decision earlier, List<Finding> findings) {
        long started = System.nanoTime();
        Policy policy = policies.policyFor(earlier.edition());
        Map<RuleId, Finding> merged = new EnumMap<>(RuleId.class);
        for (RuleHit hit : earlier.hits()) {
            merged.put(hit.rule(), new Finding(hit.rule(), hit.score(), hit.evidence()));
        }
        for (Finding finding : findings) {
            merged.merge(finding.rule(), finding, Engine::stronger);
        }
        Decision revised =
                decide(earlier.commentId(), policy, merged.values(), earlier.holds(), earlier.language(), started);
        return new Decision(
                revised.commentId(),
                revised.edition(),
                revised.verdict(),
                revised.hits(),
                revised.language(),
                revised.message(),
                revised.policyVersion(),
                revised.holds(),
                earlier.micros());
    }

    /**
     * Runs every stateless detector once per edition on a plain sentence, so that models built on
     * first use (language profiles, classifiers) are ready and the first real comment is not held for
     * running out of time. Stateful detectors are skipped: a warm-up must leave no activity behind.
     */
    private void warmUp() {
        for (String edition : policies.editions()) {
            Comment sample = Comment.of("warm-up", edition, "Thank you for the article, it explains the vote well.");
            Screening screening = new Screening(
                    sample,
                    policies.policyFor(edition),
                    maxChars,
                    languages,
                    Duration.ofMinutes(1).toNanos());
            Collected ignored = new Collected();
            screening.language();
            for (Detector detector : detectors) {
                if (detector.rules().contains(RuleId.FLOOD) || detector.rules().contains(RuleId.FLASH_MOB)) {
                    continue;
                }
                try {
                    detector.inspect(screening, ignored);
                } catch (RuntimeException e) {
                    log.warn("detector {} failed while warming up: {}", detector.name(), e.toString());
                }
            }
        }
    }

    /**
     * Per edition, what screens it for meaning: the sentence encoder and heads, or why the lexical
     * engine works alone (no encoder configured, or one that does not cover the edition's language).
     * For the administrators' status page and the command line.
     */
    public Map<String, String> semanticStatus() {
        for (Detector detector : detectors) {
            if (detector instanceof SemanticDetector semantic) {
                return semantic.status();
            }
        }
        Map<String, String> none = new java.util.TreeMap<>();
        policies.editions()
                .forEach(e -> none.put(e, "lexical engine alone: the semantic detector is not in this engine"));
        return none;
    }

    /** Whether the semantic heads screen the edition (else the lexical engine and the n-gram classifier do). */
    public boolean readsMeaning(String edition) {
        for (Detector detector : detectors) {
            if (detector instanceof SemanticDetector semantic) {
                return semantic.model(edition).isPresent();
            }
        }
        return false;
    }

    /** How many times each detector failed since start. */
    public Map<String, Long> failures() {
        Map<String, Long> counts = new LinkedHashMap<>();
        failures.forEach((name, count) -> counts.put(name, count.sum()));
        return counts;
    }

    private Decision decide(
            String commentId,
            Policy policy,
            Iterable<Finding> findings,
            List<String> holds,
            String language,
            long started) {
        List<RuleHit> hits = new ArrayList<>();
        for (Finding finding : findings) {
            RulePolicy rule = policy.rule(finding.rule());
            if (rule == null || !rule.enabled()) {
                continue;
            }
            Action action = rule.actionFor(finding.score());
            if (action != null) {
                hits.add(new RuleHit(finding.rule(), round(finding.score()), action, finding.evidence()));
            }
        }
        hits.sort(SEVERITY);
        Verdict verdict = holds.isEmpty() ? Verdict.APPROVE : Verdict.HOLD;
        for (RuleHit hit : hits) {
            verdict = verdict.and(hit.verdict());
        }
        Verdict finalVerdict = verdict;
        RuleHit primary = hits.stream()
                .filter(h -> h.verdict() == finalVerdict)
                .findFirst()
                .orElse(null);
        boolean showReason = primary != null && policy.rule(primary.rule()).showReason();
        String message = messages.forDecision(verdict, primary, showReason, policy.language());
        long micros = (System.nanoTime() - started) / 1_000;
        return new Decision(
                commentId, policy.edition(), verdict, hits, language, message, policy.version(), holds, micros);
    }

    private static List<String> trustHolds(Comment comment, Policy policy) {
        List<String> holds = new ArrayList<>();
        Trust trust = policy.trust();
        Standing standing = comment.standing();
        if (comment.author() != null && standing.publishedBefore() < trust.premoderateFirst()) {
            holds.add("trust:first_comments");
        }
        if (standing.recentScreened() >= trust.minRecentForRate()
                && standing.recentRejectionRate() > trust.holdAboveRejectionRate()) {
            holds.add("trust:rejection_rate");
        }
        return holds;
    }

    private String languageOf(Screening screening) {
        try {
            return screening.language().map(Evidence.Language::language).orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void recordFailure(Detector detector, Comment comment, Throwable e) {
        failures.computeIfAbsent(detector.name(), n -> new LongAdder()).increment();
        log.warn("detector {} failed on comment {}: {}", detector.name(), comment.id(), e.toString());
    }

    private static Finding stronger(Finding a, Finding b) {
        Finding top = a.score() >= b.score() ? a : b;
        Finding other = top == a ? b : a;
        List<Evidence> evidence = new ArrayList<>(top.evidence());
        for (Evidence e : other.evidence()) {
            if (evidence.size() >= MAX_EVIDENCE_PER_RULE) {
                break;
            }
            if (!evidence.contains(e)) {
                evidence.add(e);
            }
        }
        return new Finding(top.rule(), top.score(), evidence);
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }

    /**
     * Keeps the strongest finding per rule and the revisions, in the order detectors reported them; learned
     * findings apart, until {@link #merged} weighs them.
     */
    private static final class Collected implements Report {
        final Map<RuleId, Finding> findings = new EnumMap<>(RuleId.class);
        final List<Revision> revisions = new ArrayList<>();
        final Learned learned = new Learned();

        /**
         * The findings with the learned ones added: where no other detector found the rule, a learned
         * finding that would reach the rule's action is lowered to just under it (a hold for a rejecting
         * rule), and the reason is recorded as {@code learned-only:RULE}.
         */
        Collection<Finding> merged(Policy policy, List<String> holds) {
            Map<RuleId, Finding> all = new EnumMap<>(findings);
            learned.findings.forEach((rule, finding) -> {
                if (findings.containsKey(rule)) {
                    all.merge(rule, finding, Engine::stronger);
                    return;
                }
                RulePolicy rulePolicy = policy.rule(rule);
                if (rulePolicy != null
                        && rulePolicy.action() != Action.HOLD
                        && finding.score() >= rulePolicy.threshold()) {
                    double capped = Math.max(0, rulePolicy.threshold() - 0.001);
                    all.put(rule, new Finding(rule, capped, finding.evidence()));
                    holds.add("learned-only:" + rule.id());
                } else {
                    all.put(rule, finding);
                }
            });
            return all.values();
        }

        @Override
        public void add(Finding finding) {
            findings.merge(finding.rule(), finding, Engine::stronger);
        }

        @Override
        public void revise(String earlierCommentId, Finding finding) {
            revisions.add(new Revision(earlierCommentId, finding));
        }

        /** The learned detectors' findings. */
        private final class Learned implements Report {
            final Map<RuleId, Finding> findings = new EnumMap<>(RuleId.class);

            @Override
            public void add(Finding finding) {
                findings.merge(finding.rule(), finding, Engine::stronger);
            }

            @Override
            public void revise(String earlierCommentId, Finding finding) {
                Collected.this.revise(earlierCommentId, finding);
            }
        }
    }
}
