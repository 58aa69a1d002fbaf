package io.tribune.moderation;

import io.tribune.discussion.CommunityStandards;
import io.tribune.moderation.engine.Messages;
import io.tribune.moderation.engine.Policy;
import io.tribune.moderation.engine.PolicyBook;
import io.tribune.moderation.engine.RuleId;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The community standards as readers read them: each enabled rule of an edition's policy, titled in its
 * language, for the standards page and the reasons of readers' reports.
 */
@Component
public class Standards implements CommunityStandards {

    private final Engines engines;
    private final Messages messages = new Messages();

    Standards(Engines engines) {
        this.engines = engines;
    }

    @Override
    public List<Rule> rules(String edition) {
        PolicyBook policies = engines.policies();
        if (!policies.covers(edition)) {
            return List.of();
        }
        Policy policy = policies.policyFor(edition);
        return Arrays.stream(RuleId.values())
                .filter(policy::isEnabled)
                .map(rule -> new Rule(rule.id(), messages.title(rule, policy.language())))
                .toList();
    }
}
