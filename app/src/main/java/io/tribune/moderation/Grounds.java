package io.tribune.moderation;

import io.tribune.discussion.CommunityStandards;

/**
 * The grounds a moderator or an administrator gives for a restriction: one of the edition's rules, and a
 * note to the person affected that can be kept (see {@link Notes}). Checked alike for every action.
 */
final class Grounds {

    private Grounds() {}

    /** The refusal of a rule that is not one of the edition's or of a note that cannot be kept; null when both are fine. */
    static Decided refusal(CommunityStandards standards, String edition, String rule, String note) {
        if (rule == null || standards.rules(edition).stream().noneMatch(r -> r.id().equals(rule))) {
            return Decided.refused("moderation.error.rule", 422);
        }
        return refusal(note);
    }

    /** The refusal of a note that cannot be kept, for an action that needs no rule; null when it is fine. */
    static Decided refusal(String note) {
        String problem = Notes.problem(note, ModerationQueue.MAX_NOTE);
        return problem == null ? null : Decided.refused(problem, 422);
    }
}
