package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.core.Problems;
import io.tribune.accounts.staff.GrantId;
import io.tribune.accounts.staff.RevokeRole;
import io.tribune.accounts.staff.RoleRepository;
import io.tribune.accounts.staff.StaffGrant;
import io.tribune.support.MigratedDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Revoking roles on the databases Tribune runs on, H2 and PostgreSQL: what two admins do at the same
 * moment on two nodes is played by threads with connections of their own.
 */
class AccountsRoleRevocationTests {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void adminsRevokingEachOtherAtOnceLeaveOneAdministrator(String database) throws Exception {
        try (MigratedDatabase db = MigratedDatabase.open(database)) {
            MigratedDatabase.Node setup = db.node();
            MigratedDatabase.Node firstNode = db.node();
            MigratedDatabase.Node secondNode = db.node();
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 20; round++) {
                    setup.jdbc()
                            .sql("update account_role set revoked_at = ? where revoked_at is null")
                            .param(java.sql.Timestamp.from(NOW))
                            .update();
                    AccountId first = admin(setup, "first-" + round);
                    AccountId second = admin(setup, "second-" + round);
                    GrantId firstGrant = adminGrantOf(setup, first);
                    GrantId secondGrant = adminGrantOf(setup, second);
                    CountDownLatch start = new CountDownLatch(1);

                    Future<Problems> byFirst = nodes.submit(() -> {
                        start.await();
                        return revoke(firstNode, first, secondGrant);
                    });
                    Future<Problems> bySecond = nodes.submit(() -> {
                        start.await();
                        return revoke(secondNode, second, firstGrant);
                    });
                    start.countDown();
                    List<Problems> answers = List.of(byFirst.get(), bySecond.get());

                    assertThat(answers)
                            .as("round " + round)
                            .filteredOn(Problems::isEmpty)
                            .hasSize(1);
                    assertThat(answers)
                            .as("round " + round)
                            .filteredOn(p -> !p.isEmpty())
                            .singleElement()
                            .extracting(p -> p.of("form"))
                            .isIn("account.error.admin.lastAdmin", "account.error.admin.forbidden");
                    assertThat(new RoleRepository(setup.jdbc()).all())
                            .as("round " + round)
                            .filteredOn(g -> g.role() == Role.ADMIN)
                            .hasSize(1);
                }
            } finally {
                nodes.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theLastActiveAdministratorKeepsTheRole(String database) throws Exception {
        try (MigratedDatabase db = MigratedDatabase.open(database)) {
            MigratedDatabase.Node node = db.node();
            AccountId only = admin(node, "only");
            AccountId gone = admin(node, "gone");
            new AccountRepository(node.jdbc()).deactivate(gone, NOW);

            Problems own = revoke(node, only, adminGrantOf(node, only));

            assertThat(own.of("form")).isEqualTo("account.error.admin.lastAdmin");
            assertThat(new RoleRepository(node.jdbc()).holds(only, Role.ADMIN, null))
                    .isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void revokingRecordsWhoAndWhenAndEndsNothingElse(String database) throws Exception {
        try (MigratedDatabase db = MigratedDatabase.open(database)) {
            MigratedDatabase.Node node = db.node();
            var accounts = new AccountRepository(node.jdbc());
            var roles = new RoleRepository(node.jdbc());
            AccountId admin = admin(node, "chief");
            AccountId moderator = accounts.insert("mod@example.org", "Moderator", "hash", "en", NOW);
            accounts.confirm(moderator, NOW);
            roles.grant(moderator, Role.MODERATOR, "ru", admin, NOW);
            roles.grant(moderator, Role.EDITOR, "ru", admin, NOW);
            int stamp = accounts.find(moderator).orElseThrow().sessionStamp();
            GrantId moderation = roles.of(moderator).stream()
                    .filter(g -> g.role() == Role.MODERATOR)
                    .findFirst()
                    .orElseThrow()
                    .id();

            Problems revoked = revoke(node, admin, moderation);
            Problems again = revoke(node, admin, moderation);

            assertThat(revoked.isEmpty()).isTrue();
            assertThat(again.of("form")).isEqualTo("account.error.admin.noGrant");
            assertThat(roles.of(moderator)).extracting(StaffGrant::role).containsExactly(Role.EDITOR);
            assertThat(node.jdbc()
                            .sql("select revoked_by from account_role where id = ?")
                            .param(moderation.value())
                            .query(Long.class)
                            .single())
                    .isEqualTo(admin.value());
            assertThat(node.jdbc()
                            .sql("select revoked_at from account_role where id = ?")
                            .param(moderation.value())
                            .query(java.sql.Timestamp.class)
                            .single()
                            .toInstant())
                    .isEqualTo(NOW);
            Account after = accounts.find(moderator).orElseThrow();
            assertThat(after.isActive()).isTrue();
            assertThat(after.sessionStamp()).as("sessions go on").isEqualTo(stamp);
        }
    }

    private static Problems revoke(MigratedDatabase.Node node, AccountId admin, GrantId grant) {
        var revoke = new RevokeRole(new RoleRepository(node.jdbc()), CLOCK);
        return node.transaction().execute(status -> revoke.revoke(admin, grant.toString()));
    }

    private static AccountId admin(MigratedDatabase.Node node, String name) {
        var accounts = new AccountRepository(node.jdbc());
        AccountId id = accounts.insert(name + "@example.org", name, "hash", "en", NOW);
        accounts.confirm(id, NOW);
        new RoleRepository(node.jdbc()).grant(id, Role.ADMIN, null, null, NOW);
        return id;
    }

    private static GrantId adminGrantOf(MigratedDatabase.Node node, AccountId account) {
        return new RoleRepository(node.jdbc())
                .of(account).stream()
                        .filter(g -> g.role() == Role.ADMIN)
                        .findFirst()
                        .orElseThrow()
                        .id();
    }
}
