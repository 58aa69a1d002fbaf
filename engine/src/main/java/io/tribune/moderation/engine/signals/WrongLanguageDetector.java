package io.tribune.moderation.engine.signals;

import io.tribune.moderation.engine.Detector;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.Finding;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.Report;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Screening;
import java.util.Map;
import java.util.Set;

/**
 * Finds comments not written in a language the edition accepts. Two witnesses must agree before a
 * comment is rejected: lingua must rank another candidate language above the edition's, and the
 * function words must be that language's; a text in another script than the edition's needs fewer
 * words. A foreign script without any language's function words (a transliteration, say) is held,
 * not rejected; short or unsure texts are left alone.
 */
final class WrongLanguageDetector implements Detector {

    private static final Map<String, String> SCRIPTS = Map.ofEntries(
            Map.entry("en", "latin"),
            Map.entry("es", "latin"),
            Map.entry("de", "latin"),
            Map.entry("fr", "latin"),
            Map.entry("it", "latin"),
            Map.entry("pt", "latin"),
            Map.entry("nl", "latin"),
            Map.entry("pl", "latin"),
            Map.entry("tr", "latin"),
            Map.entry("ru", "cyrillic"),
            Map.entry("uk", "cyrillic"),
            Map.entry("ar", "arabic"));
    private static final int MIN_WORDS = 4;
    private static final int MIN_WORDS_OTHER_SCRIPT = 3;
    private static final int MIN_LETTERS = 12;

    private final LinguaLanguages languages;

    WrongLanguageDetector(LinguaLanguages languages) {
        this.languages = languages;
    }

    @Override
    public String name() {
        return "wrong-language";
    }

    @Override
    public Set<RuleId> rules() {
        return Set.of(RuleId.WRONG_LANGUAGE);
    }

    @Override
    public void inspect(Screening screening, Report report) {
        Policy policy = screening.policy();
        LanguageEvidence evidence = languages.assess(screening.text(), policy.candidateLanguages());
        if (evidence.letters() < MIN_LETTERS) {
            return;
        }
        String edition = policy.language();
        String ownScript = SCRIPTS.getOrDefault(edition, "latin");
        if (evidence.share(ownScript) < 0.4 && evidence.words() >= MIN_WORDS_OTHER_SCRIPT) {
            otherScript(evidence, policy, report);
        } else if (evidence.words() >= MIN_WORDS) {
            sameScript(evidence, policy, report);
        }
    }

    private void otherScript(LanguageEvidence evidence, Policy policy, Report report) {
        String top = evidence.top();
        if (top != null && isAccepted(policy, top)) {
            return;
        }
        String language = top == null ? "und" : top;
        boolean spoken = top != null && (evidence.votes(top) >= 1 || evidence.words() >= 6 && !top.equals("und"));
        boolean scriptOfTop = top != null && evidence.share(SCRIPTS.getOrDefault(top, "other")) >= 0.6;
        double score;
        if (top == null) {
            // a script none of the candidate languages uses: surely not the edition's language
            score = evidence.share("other") >= 0.6 ? 0.8 : 0;
        } else if (scriptOfTop && spoken && evidence.votes(top) >= 1.5) {
            score = 0.9;
        } else if (scriptOfTop && SCRIPTS.get(policy.language()).equals("latin")) {
            // Cyrillic or Arabic letters in a Latin-script edition: a language of that script, whichever
            score = 0.85;
        } else {
            // Latin letters without that language's function words: a transliteration, perhaps of ours
            score = 0.55;
        }
        if (score > 0) {
            report.add(Finding.of(
                    RuleId.WRONG_LANGUAGE,
                    score,
                    new Evidence.Language(language, top == null ? 1 : LinguaLanguages.confidence(evidence, top))));
        }
    }

    private void sameScript(LanguageEvidence evidence, Policy policy, Report report) {
        String edition = policy.language();
        String top = evidence.top();
        String voted = evidence.bestVotedExcept(edition);
        String other = top != null && !top.equals(edition) ? top : voted;
        if (other == null || isAccepted(policy, other)) {
            return;
        }
        double ours = evidence.likelihood(edition);
        double theirVotes = evidence.votes(other);
        double ourVotes = evidence.votes(edition);
        boolean linguaSaysOther = other.equals(top) && ours < 0.99;
        boolean wordsSayOther = theirVotes >= 2 && theirVotes >= 2 * ourVotes;
        boolean sure = linguaSaysOther
                && ((wordsSayOther && ours <= 0.8)
                        // the function words alone are decisive, and lingua does not disagree
                        || (theirVotes >= 3 && ourVotes <= 0.5)
                        // close languages (Spanish and Portuguese) share most function words
                        || (ours <= 0.7 && theirVotes >= 1.5 && theirVotes >= 3 * ourVotes));
        // a comment mixing our language with another one is for a moderator to judge
        boolean mixed = linguaSaysOther && ours <= 0.9 && theirVotes >= 1.5 && theirVotes > 1.5 * ourVotes;
        double score = sure ? 0.75 + 0.2 * Math.min(1, (1 - ours) / 0.5) : mixed ? 0.55 : 0;
        if (score > 0) {
            report.add(Finding.of(
                    RuleId.WRONG_LANGUAGE,
                    score,
                    new Evidence.Language(other, LinguaLanguages.confidence(evidence, other)),
                    new Evidence.Measure("edition_language_likelihood", Math.round(ours * 1000) / 1000.0)));
        }
    }

    private static boolean isAccepted(Policy policy, String language) {
        return language.equals(policy.language()) || policy.acceptedLanguages().contains(language);
    }
}
