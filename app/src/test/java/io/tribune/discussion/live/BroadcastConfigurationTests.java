package io.tribune.discussion.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BroadcastConfigurationTests {

    @Test
    void anH2ServerOrAnAutoServerFileMayBeSharedByNodesAnEmbeddedFileOrMemoryMayNot() {
        assertThat(BroadcastConfiguration.isShared("jdbc:h2:tcp://db:9092/tribune"))
                .isTrue();
        assertThat(BroadcastConfiguration.isShared("jdbc:h2:file:./data/tribune;MODE=PostgreSQL;AUTO_SERVER=TRUE"))
                .isTrue();
        assertThat(BroadcastConfiguration.isShared("jdbc:h2:file:./data/tribune;MODE=PostgreSQL"))
                .isFalse();
        assertThat(BroadcastConfiguration.isShared("jdbc:h2:mem:tribune")).isFalse();
    }
}
