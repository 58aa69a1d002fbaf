package io.tribune.accounts.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.support.SpringFactoriesLoader;

/**
 * A refused {@code TRIBUNE_ADMIN_PASSWORD} stops the start with what is wrong and what to do, as Spring
 * Boot reports an analysed failure (without a stack trace), whichever runner it was thrown from.
 */
class AdminPasswordFailureAnalyzerTests {

    @Test
    void aCommonPasswordIsReportedWithWhatToDo() {
        RuntimeException failure = new IllegalStateException(
                "Failed to execute ApplicationRunner", new AdminPasswordRefused("account.error.password.common"));

        FailureAnalysis analysis = registered().stream()
                .map(analyzer -> analyzer.analyze(failure))
                .filter(Objects::nonNull)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no failure analyzer knows a refused admin password"));

        assertThat(analysis.getDescription())
                .startsWith("TRIBUNE_ADMIN_PASSWORD breaks the password policy: it is a common password");
        assertThat(analysis.getAction()).contains("at least 10 characters").contains("unset it");
    }

    @Test
    void aShortPasswordSaysHowLongItMustBe() {
        assertThat(new AdminPasswordRefused("account.error.password.length").getMessage())
                .isEqualTo("TRIBUNE_ADMIN_PASSWORD breaks the password policy: it must have at least 10 characters,"
                        + " and not hundreds");
    }

    private static List<FailureAnalyzer> registered() {
        return SpringFactoriesLoader.forDefaultResourceLocation()
                .load(
                        FailureAnalyzer.class,
                        SpringFactoriesLoader.ArgumentResolver.none(),
                        SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> {}));
    }
}
