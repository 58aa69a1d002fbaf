package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountsStaffRolesTests extends AccountsWebTest {

    @Autowired
    Accounts accounts;

    static final String RENEWED_ADMIN_PASSWORD = "a passphrase of the editor in charge";

    @BeforeEach
    void forgetFailures() {
        jdbc.sql("delete from login_attempt").update();
    }

    @Test
    void firstAdminCreatedAtStartGrantsAModeratorRoleForOneEdition() {
        String email = uniqueEmail("mod");
        registerConfirmed(email, "Careful Reader");
        Browser admin = administrator();
        String page = admin.get("/en/account/admin/roles").body();
        assertThat(page).contains("Staff roles").contains("chief@tribune.test");

        HttpResponse<String> granted = admin.post(
                "/en/account/admin/roles", page, Map.of("email", email, "role", "MODERATOR", "roleEdition", "ru"));

        assertThat(granted.statusCode()).isEqualTo(200);
        assertThat(granted.body()).contains("The role was granted.").contains(email);
        AccountId reader = idOf(email);
        assertThat(accounts.hasRole(reader, Role.MODERATOR, "ru")).isTrue();
        assertThat(accounts.hasRole(reader, Role.MODERATOR, "en")).isFalse();
        assertThat(accounts.hasRole(reader, Role.ADMIN, null)).isFalse();
    }

    @Test
    void adminPageIsHiddenFromReadersAndStrangers() {
        String email = uniqueEmail("curious");
        registerConfirmed(email, "Curious Reader");
        Browser reader = signedIn(email, PASSWORD);

        assertThat(reader.get("/en/account/admin/roles").statusCode()).isEqualTo(404);
        assertThat(new Browser(port).get("/en/account/admin/roles").statusCode())
                .isEqualTo(404);
    }

    @Test
    void hostileGrantsAreRefusedAndChangeNothing() {
        Browser admin = administrator();
        String page = admin.get("/en/account/admin/roles").body();
        int before = jdbc.sql("select count(*) from account_role")
                .query(Integer.class)
                .single();

        HttpResponse<String> unknown = admin.post(
                "/en/account/admin/roles",
                page,
                Map.of("email", uniqueEmail("ghost"), "role", "EDITOR", "roleEdition", "en"));
        HttpResponse<String> badRole = admin.post(
                "/en/account/admin/roles",
                page,
                Map.of("email", "chief@tribune.test", "role", "<script>alert(1)</script>", "roleEdition", "en"));
        HttpResponse<String> badEdition = admin.post(
                "/en/account/admin/roles",
                page,
                Map.of("email", "chief@tribune.test", "role", "EDITOR", "roleEdition", "' or 1=1 --"));

        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("No confirmed account uses this address.");
        assertThat(badRole.body()).contains("Choose one of the listed roles.").doesNotContain("<script>alert");
        assertThat(badEdition.body()).contains("Choose one of the listed editions.");
        assertThat(jdbc.sql("select count(*) from account_role")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
    }

    /** The first administrator, signed in; the configured password is replaced at the first log-in, as asked. */
    private Browser administrator() {
        String email = "chief@tribune.test";
        if (accounts.mustChangePassword(idOf(email))) {
            Browser first = signedIn(email, ADMIN_PASSWORD);
            String form = first.get("/en/account/password").body();
            assertThat(first.post(
                                    "/en/account/password",
                                    form,
                                    Map.of("current", ADMIN_PASSWORD, "password", RENEWED_ADMIN_PASSWORD))
                            .statusCode())
                    .isEqualTo(200);
        }
        return signedIn(email, RENEWED_ADMIN_PASSWORD);
    }

    private Browser signedIn(String email, String password) {
        Browser device = new Browser(port);
        String page = device.get("/en/account/login").body();
        assertThat(device.post("/en/account/login", page, Map.of("email", email, "password", password))
                        .statusCode())
                .isEqualTo(302);
        return device;
    }

    private AccountId idOf(String email) {
        return jdbc.sql("select id from account where email = ?")
                .param(email)
                .query((rs, n) -> new AccountId(rs.getLong(1)))
                .single();
    }
}
