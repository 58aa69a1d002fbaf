package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.TribuneApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

class AccountsModuleTests {

    private final ApplicationModules modules = ApplicationModules.of(TribuneApplication.class);

    @Test
    void accountsIsAModuleThatBreaksNoBoundary() {
        assertThat(modules.getModuleByName("accounts")).isPresent();
        assertThat(modules.detectViolations().getMessages())
                .filteredOn(message -> message.contains("accounts"))
                .isEmpty();
    }

    /** Other modules may use what accounts exposes (facade, events, ids), never a type of its inner packages. */
    @Test
    void noOtherModuleDependsOnAccountsInternals() {
        ApplicationModule accounts = modules.getModuleByName("accounts").orElseThrow();
        assertThat(modules.stream()
                        .filter(module -> !module.equals(accounts))
                        .flatMap(module -> module.getDependencies(modules).stream())
                        .filter(dependency -> dependency.getTargetModule().equals(accounts))
                        .filter(dependency -> !accounts.isExposed(dependency.getTargetType()))
                        .map(dependency -> dependency.getSourceType().getName() + " -> "
                                + dependency.getTargetType().getName())
                        .distinct())
                .isEmpty();
    }

    /** Accounts sits below publishing, so that the arrow between them can only point down. */
    @Test
    void accountsKnowsNothingOfPublishing() {
        var accounts = modules.getModuleByName("accounts").orElseThrow();
        assertThat(accounts.getDependencies(modules).stream()
                        .map(dependency ->
                                dependency.getTargetModule().getIdentifier().toString()))
                .doesNotContain("publishing");
    }

    /** Accounts keeps avatars through the media module's Avatars facade; media never learns of accounts. */
    @Test
    void mediaStoresAvatarsWithoutKnowingAccounts() {
        var media = modules.getModuleByName("media").orElseThrow();
        assertThat(media.getDependencies(modules).stream()
                        .map(dependency ->
                                dependency.getTargetModule().getIdentifier().toString()))
                .doesNotContain("accounts");
    }
}
