package io.tribune.moderation;

import java.util.List;

/**
 * How well an edition's learned classifier foresaw the moderators' latest decisions: each decision was
 * scored before the classifier learnt it (prequential evaluation), over a window of the latest ones.
 *
 * @param edition the edition
 * @param window how many decisions the figures are on (at most {@link LearningFromModerators#WINDOW})
 * @param learnt how many decisions the classifier learnt from since this node started
 * @param figures per rule, then for every rejection whatever its rule ({@link #ANY_RULE})
 */
public record LearningQuality(String edition, int window, long learnt, List<Figures> figures) {

    /** The row of the figures for telling a rejection from an approval, whatever the rule. */
    public static final String ANY_RULE = "*";

    /**
     * @param rule a rule id, or {@link #ANY_RULE}
     * @param rejected decisions in the window that rejected under the rule
     * @param foreseen decisions the classifier expected to be rejected under the rule
     * @param right decisions both expected and made
     */
    public record Figures(String rule, int rejected, int foreseen, int right) {

        /** Of the comments the classifier expected rejected, the share moderators rejected; null before any. */
        public Double precision() {
            return foreseen == 0 ? null : (double) right / foreseen;
        }

        /** Of the comments moderators rejected, the share the classifier expected; null before any. */
        public Double recall() {
            return rejected == 0 ? null : (double) right / rejected;
        }
    }
}
