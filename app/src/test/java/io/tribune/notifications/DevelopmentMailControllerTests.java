package io.tribune.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class DevelopmentMailControllerTests {

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.8.9.10", "::1", "0:0:0:0:0:0:0:1"})
    void lettersAreShownToThisMachine(String address) {
        assertThat(DevelopmentMailController.isFromThisMachine(address)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"10.0.0.7", "203.0.113.9", "2001:db8::1", "localhost", "127.0.0.1.evil.example", "::2"})
    void mailViewerIsNotServedToOtherMachines(String address) {
        assertThat(DevelopmentMailController.isFromThisMachine(address)).isFalse();
    }
}
