package io.tribune.moderation;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;

/** The moderation web tests that save policy versions: each test leaves the editions on the operator's policy. */
abstract class ModerationPolicyWebTest extends ModerationWebTest {

    @Autowired
    Engines engines;

    @Autowired
    PolicyVersions versions;

    /** Other tests share the site. */
    @AfterEach
    void backToTheOperatorsPolicy() {
        jdbc.sql("delete from policy_version").update();
        versions.refresh();
    }
}
