package io.tribune.moderation.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One edition's community-standards policy: for every rule whether it is on, what a hit does and
 * from which score, plus the edition facts that detectors need.
 *
 * @param language the edition's language code
 * @param acceptedLanguages languages a comment may be written in
 * @param candidateLanguages the languages the identifier chooses among
 * @param brandNames the publisher's names (for {@code publisher_disrespect})
 * @param ownDomains the publisher's domains, never counted as foreign links
 * @param encoder the sentence encoder of the edition's semantic heads
 */
public record Policy(
        String edition,
        String version,
        String language,
        Set<String> acceptedLanguages,
        Set<String> candidateLanguages,
        List<String> brandNames,
        List<String> ownDomains,
        Trust trust,
        Map<RuleId, RulePolicy> rules,
        EncoderChoice encoder) {

    /** A policy on the shipped encoder. */
    public Policy(
            String edition,
            String version,
            String language,
            Set<String> acceptedLanguages,
            Set<String> candidateLanguages,
            List<String> brandNames,
            List<String> ownDomains,
            Trust trust,
            Map<RuleId, RulePolicy> rules) {
        this(
                edition,
                version,
                language,
                acceptedLanguages,
                candidateLanguages,
                brandNames,
                ownDomains,
                trust,
                rules,
                EncoderChoice.SHIPPED);
    }

    public Policy {
        encoder = encoder == null ? EncoderChoice.SHIPPED : encoder;
        acceptedLanguages = Set.copyOf(acceptedLanguages);
        candidateLanguages = Set.copyOf(candidateLanguages);
        brandNames = List.copyOf(brandNames);
        ownDomains = List.copyOf(ownDomains);
        rules = Map.copyOf(rules);
    }

    public RulePolicy rule(RuleId id) {
        return rules.get(id);
    }

    public boolean isEnabled(RuleId id) {
        RulePolicy rule = rules.get(id);
        return rule != null && rule.enabled();
    }
}
