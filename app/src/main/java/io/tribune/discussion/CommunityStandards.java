package io.tribune.discussion;

import java.util.List;

/**
 * The rules of an edition's community standards, as readers choose among them when they report a
 * comment. Declared here, implemented by the moderation module, which owns the policy.
 */
public interface CommunityStandards {

    List<Rule> rules(String edition);

    /** A rule as readers read it: its stable id and its title in the edition's language. */
    record Rule(String id, String title) {}
}
