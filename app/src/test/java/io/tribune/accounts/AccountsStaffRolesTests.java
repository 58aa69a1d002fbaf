package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.profile.ChangeProfile;
import io.tribune.accounts.staff.DemoStaff;
import io.tribune.accounts.staff.FindAccounts;
import io.tribune.accounts.staff.GrantId;
import io.tribune.accounts.staff.RevokeRole;
import io.tribune.accounts.staff.RoleRepository;
import io.tribune.accounts.staff.StaffGrant;
import io.tribune.support.Browser;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountsStaffRolesTests extends AccountsWebTest {

    private static final AtomicInteger SEARCHES = new AtomicInteger();

    @Autowired
    Accounts accounts;

    @Autowired
    ChangeProfile changeProfile;

    @Autowired
    FindAccounts findAccounts;

    @Autowired
    RevokeRole revokeRole;

    @Autowired
    AccountRepository repository;

    @Autowired
    RoleRepository roles;

    @Autowired
    org.springframework.context.ApplicationContext context;

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

    @Test
    void theAdministratorsAccountPageLinksToTheRolesPageAndNoOneElses() {
        String email = uniqueEmail("plain");
        registerConfirmed(email, "Plain Reader");

        String own = administrator().get("/en/account").body();
        String readers = signedIn(email, PASSWORD).get("/en/account").body();

        assertThat(own).contains("<a href=\"/en/account/admin/roles\">Staff roles and accounts</a>");
        assertThat(readers).doesNotContain("/account/admin/");
    }

    @Test
    void adminFindsAccountsByPartOfTheAddressOrNameInEitherCaseWithStatusAndRoles() {
        String tag = "quokka" + SEARCHES.incrementAndGet();
        AccountId active = account(tag + "-active@example.org", "Zoë Quokka " + tag, Standing.CONFIRMED);
        account(tag + "-waiting@example.org", "Wanda Waiting " + tag, Standing.UNCONFIRMED);
        account(tag + "-gone@example.org", "Gone Reader " + tag, Standing.DEACTIVATED);
        roles.grant(active, Role.EDITOR, "es", null, Instant.now());
        Browser admin = administrator();

        String byAddress = admin.get("/en/account/admin/roles?q=" + tag.toUpperCase() + "-")
                .body();
        String byName = admin.get("/en/account/admin/roles?q=" + encode("ZOË QUOKKA " + tag))
                .body();
        String inRussian = admin.get("/ru/account/admin/roles?q=" + tag).body();

        assertThat(byAddress).contains("Accounts found: 3");
        assertThat(row(byAddress, tag + "-active@example.org"))
                .contains("Zoë Quokka", "Active", "Editor (es)", "/en/account/admin/revoke?grant=", "name=\"role\"");
        assertThat(row(byAddress, tag + "-waiting@example.org"))
                .contains("Address not confirmed", "No staff role")
                .doesNotContain("name=\"role\"");
        assertThat(row(byAddress, tag + "-gone@example.org"))
                .contains("Deactivated")
                .doesNotContain("name=\"role\"");
        assertThat(byName).contains("Accounts found: 1").contains(tag + "-active@example.org");
        assertThat(inRussian).contains("Найдено учётных записей: 3", "Адрес не подтверждён", "Отключена");
    }

    @Test
    void adminGrantsFromARowOfTheListAndSeesTheSameListAgain() {
        String tag = "row" + SEARCHES.incrementAndGet();
        String email = tag + "@example.org";
        AccountId reader = account(email, "Row Reader " + tag, Standing.CONFIRMED);
        Browser admin = administrator();
        String list = admin.get("/en/account/admin/roles?q=" + tag).body();

        HttpResponse<String> granted = admin.post(
                "/en/account/admin/roles",
                list,
                Map.of("email", email, "role", "MODERATOR", "roleEdition", "ar", "q", tag, "page", "1"));

        assertThat(granted.statusCode()).isEqualTo(200);
        assertThat(granted.body()).contains("The role was granted.", "Accounts found: 1");
        assertThat(row(granted.body(), email)).contains("Moderator (ar)");
        assertThat(accounts.hasRole(reader, Role.MODERATOR, "ar")).isTrue();
    }

    @Test
    void theListShowsFiftyAccountsAPage() {
        String tag = "paged" + SEARCHES.incrementAndGet();
        for (int i = 0; i < 52; i++) {
            account(tag + "-" + i + "@example.org", "Paged " + i, Standing.CONFIRMED);
        }
        Browser admin = administrator();

        String first = admin.get("/en/account/admin/roles?q=" + tag).body();
        String second =
                admin.get("/en/account/admin/roles?q=" + tag + "&page=2").body();
        String beyond =
                admin.get("/en/account/admin/roles?q=" + tag + "&page=9").body();

        assertThat(first).contains("Accounts found: 52", "Page 1 of 2", "?q=" + tag + "&amp;page=2");
        assertThat(rows(first, tag)).isEqualTo(50);
        assertThat(second).contains("Page 2 of 2", "?q=" + tag + "&amp;page=1");
        assertThat(rows(second, tag)).isEqualTo(2);
        assertThat(beyond).contains("Page 2 of 2");
        for (String page : new String[] {"0", "-1", "abc", "1e3", "9999999", "%D9%A3"}) {
            assertThat(admin.get("/en/account/admin/roles?q=" + tag + "&page=" + page)
                            .statusCode())
                    .as("page " + page)
                    .isEqualTo(400);
        }
    }

    @Test
    void hostileSearchesGetLocalisedAnswersAndChangeNothing() {
        Browser admin = administrator();
        String page = admin.get("/en/account/admin/roles").body();
        int accountsBefore = accountCount();
        int rolesBefore = roleRows();

        HttpResponse<String> huge = admin.get("/en/account/admin/roles?q=" + "a".repeat(300));
        HttpResponse<String> hugeInArabic = admin.get("/ar/account/admin/roles?q=" + "a".repeat(300));
        HttpResponse<String> hugePosted = admin.post(
                "/en/account/admin/roles",
                page,
                Map.of(
                        "email",
                        uniqueEmail("nobody"),
                        "role",
                        "EDITOR",
                        "roleEdition",
                        "en",
                        "q",
                        "ж".repeat(100_000)));
        HttpResponse<String> control = admin.get("/en/account/admin/roles?q=a%00b");
        HttpResponse<String> brokenUtf8 = admin.get("/en/account/admin/roles?q=%ED%A0%80%C3");
        HttpResponse<String> invisible = admin.get("/es/account/admin/roles?q=" + encode("ad\u200Bmin"));
        HttpResponse<String> markup = admin.get("/en/account/admin/roles?q=" + encode("<script>alert(1)</script>"));
        HttpResponse<String> sql = admin.get("/en/account/admin/roles?q=" + encode("' or 1=1; drop table account; --"));
        HttpResponse<String> percent = admin.get("/en/account/admin/roles?q=%25");
        HttpResponse<String> underscore = admin.get("/en/account/admin/roles?q=_");
        HttpResponse<String> empty = admin.get("/en/account/admin/roles?q=");

        assertThat(huge.statusCode()).isEqualTo(422);
        assertThat(huge.body()).contains("Search for at most 254 characters.");
        assertThat(hugeInArabic.body()).contains("ابحث بما لا يزيد على 254 حرفاً.");
        assertThat(hugePosted.statusCode()).isEqualTo(422);
        assertThat(hugePosted.body())
                .contains("No confirmed account uses this address.", "Search for at most 254 characters.")
                .hasSizeLessThan(200_000);
        assertThat(control.statusCode()).isEqualTo(422);
        assertThat(control.body()).contains("Search with letters, digits and punctuation only.");
        assertThat(brokenUtf8.statusCode()).isEqualTo(400);
        assertThat(brokenUtf8.body()).doesNotContain("Exception").contains("<html lang=\"en\"");
        assertThat(invisible.statusCode()).isEqualTo(422);
        assertThat(invisible.body()).contains("Busque solo con letras, cifras y signos de puntuación.");
        assertThat(markup.statusCode()).isEqualTo(200);
        assertThat(markup.body()).doesNotContain("<script>alert").contains("Accounts found: 0");
        assertThat(sql.statusCode()).isEqualTo(200);
        assertThat(sql.body()).contains("Accounts found: 0");
        assertThat(percent.body()).contains("Accounts found: 0");
        assertThat(underscore.body()).contains("Accounts found: 0");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).doesNotContain("Accounts found: 0").contains("chief@tribune.test");
        assertThat(accountCount()).isEqualTo(accountsBefore);
        assertThat(roleRows()).isEqualTo(rolesBefore);
    }

    @Test
    void adminRevokesARoleAfterAConfirmationAndNothingElseEnds() {
        String email = uniqueEmail("revoked");
        registerConfirmed(email, "Soon Former Deskhand");
        Browser reader = signedIn(email, PASSWORD);
        Browser admin = administrator();
        String page = admin.get("/en/account/admin/roles").body();
        admin.post("/en/account/admin/roles", page, Map.of("email", email, "role", "EDITOR", "roleEdition", "es"));
        GrantId grant = roles.of(idOf(email)).getFirst().id();

        HttpResponse<String> question = admin.get("/en/account/admin/revoke?grant=" + grant);
        HttpResponse<String> revoked =
                admin.post("/en/account/admin/revoke", question.body(), Map.of("grant", grant.toString()));
        HttpResponse<String> again =
                admin.post("/en/account/admin/revoke", question.body(), Map.of("grant", grant.toString()));

        assertThat(question.statusCode()).isEqualTo(200);
        assertThat(question.body())
                .contains("Revoke the role Editor in the edition Español from Soon Former Deskhand (" + email + ")?")
                .contains("Only the role ends");
        assertThat(revoked.statusCode()).isEqualTo(200);
        assertThat(revoked.body()).contains("The role was revoked.");
        assertThat(accounts.hasRole(idOf(email), Role.EDITOR, "es")).isFalse();
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("This role is no longer held");
        assertThat(jdbc.sql("select revoked_by from account_role where id = ?")
                        .param(grant.value())
                        .query(Long.class)
                        .single())
                .isEqualTo(idOf("chief@tribune.test").value());
        assertThat(reader.get("/en/account").body())
                .as("the reader's session goes on")
                .contains("Soon Former Deskhand");
    }

    @Test
    void theLastAdministratorsRoleIsNotRevoked() {
        AccountId chief = idOf("chief@tribune.test");
        Browser admin = administrator();
        // other tests leave administrators of their own behind; the chief revokes them first
        for (StaffGrant other : findAccounts.staff()) {
            if (other.role() == Role.ADMIN && !other.account().equals(chief)) {
                assertThat(revokeRole.revoke(chief, other.id().toString()).isEmpty())
                        .isTrue();
            }
        }
        GrantId own = roles.of(chief).stream()
                .filter(g -> g.role() == Role.ADMIN)
                .findFirst()
                .orElseThrow()
                .id();

        String question = admin.get("/en/account/admin/revoke?grant=" + own).body();
        HttpResponse<String> refused =
                admin.post("/en/account/admin/revoke", question, Map.of("grant", own.toString()));
        HttpResponse<String> refusedInRussian =
                admin.post("/ru/account/admin/revoke", question, Map.of("grant", own.toString()));

        assertThat(question).contains("Revoke the role Administrator from");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("This is the last administrator.");
        assertThat(refusedInRussian.body()).contains("Это последний администратор.");
        assertThat(accounts.hasRole(chief, Role.ADMIN, null)).isTrue();
    }

    @Test
    void hostileRevocationsAreRefusedAndChangeNothing() {
        Browser admin = administrator();
        String page = admin.get("/en/account/admin/roles").body();
        int revokedBefore = revokedRows();

        HttpResponse<String> unknownQuestion = admin.get("/en/account/admin/revoke?grant=abc");
        HttpResponse<String> noQuestion = admin.get("/es/account/admin/revoke");
        assertThat(unknownQuestion.statusCode()).isEqualTo(404);
        assertThat(unknownQuestion.body()).contains("This role is no longer held");
        assertThat(noQuestion.statusCode()).isEqualTo(404);
        assertThat(noQuestion.body()).contains("Esta función ya no está asignada");
        for (String grant :
                new String[] {"", "-1", "' or 1=1 --", "99999999999999999999", "9".repeat(100_000), "<b>1</b>"}) {
            HttpResponse<String> refused = admin.post("/en/account/admin/revoke", page, Map.of("grant", grant));
            assertThat(refused.statusCode()).as(grant).isEqualTo(422);
            assertThat(refused.body()).as(grant).contains("This role is no longer held");
        }
        assertThat(admin.postRaw("/en/account/admin/revoke", "grant=1").statusCode())
                .as("without the form's token")
                .isEqualTo(403);
        assertThat(revokedRows()).isEqualTo(revokedBefore);
    }

    @Test
    void onlyAdminsMayRevoke() {
        String email = uniqueEmail("sly");
        registerConfirmed(email, "Sly Reader");
        Browser reader = signedIn(email, PASSWORD);
        String own = reader.get("/en/account").body();
        GrantId chiefs = roles.of(idOf("chief@tribune.test")).getFirst().id();

        assertThat(reader.get("/en/account/admin/revoke?grant=" + chiefs).statusCode())
                .isEqualTo(404);
        assertThat(reader.post("/en/account/admin/revoke", own, Map.of("grant", chiefs.toString()))
                        .statusCode())
                .isEqualTo(404);
        assertThat(new Browser(port)
                        .get("/en/account/admin/revoke?grant=" + chiefs)
                        .statusCode())
                .isEqualTo(404);
        assertThat(revokeRole.revoke(idOf(email), chiefs.toString()).of("form"))
                .isEqualTo("account.error.admin.forbidden");
        assertThat(findAccounts.find(idOf(email), "", 1).accounts()).isEmpty();
        assertThat(accounts.hasRole(idOf("chief@tribune.test"), Role.ADMIN, null))
                .isTrue();
    }

    @Test
    void noDemoStaffOutsideTheDemo() {
        assertThat(jdbc.sql("select count(*) from account where email like '%@tribune.localhost'")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(context.getBeanProvider(DemoStaff.class).getIfAvailable()).isNull();
    }

    /** The first administrator, signed in; the configured password is replaced at the first log-in, as asked. */
    private Browser administrator() {
        String email = "chief@tribune.test";
        if (changeProfile.mustChangePassword(idOf(email))) {
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

    private enum Standing {
        CONFIRMED,
        UNCONFIRMED,
        DEACTIVATED
    }

    /** An account written straight to the database, for lists longer than registering allows. */
    private AccountId account(String email, String displayName, Standing standing) {
        Instant now = Instant.now();
        AccountId id = repository.insert(email, displayName, "no password", "en", now);
        if (standing != Standing.UNCONFIRMED) {
            repository.confirm(id, now);
        }
        if (standing == Standing.DEACTIVATED) {
            repository.deactivate(id, now);
        }
        return id;
    }

    /** The row of the list of accounts (not of the staff table) that shows the address. */
    private static String row(String page, String email) {
        Matcher row = Pattern.compile("<tr>(?:(?!</tr>).)*" + Pattern.quote(email) + ".*?</tr>", Pattern.DOTALL)
                .matcher(page.substring(page.indexOf("id=\"accounts\"")));
        assertThat(row.find()).as("a row for " + email).isTrue();
        return row.group();
    }

    /** How many rows of the list have a grant form for an address containing the tag. */
    private static long rows(String page, String tag) {
        return Pattern.compile("name=\"email\" value=\"" + Pattern.quote(tag) + "-")
                .matcher(page)
                .results()
                .count();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private int roleRows() {
        return jdbc.sql("select count(*) from account_role")
                .query(Integer.class)
                .single();
    }

    private int revokedRows() {
        return jdbc.sql("select count(*) from account_role where revoked_at is not null")
                .query(Integer.class)
                .single();
    }

    private AccountId idOf(String email) {
        return jdbc.sql("select id from account where email = ?")
                .param(email)
                .query((rs, n) -> new AccountId(rs.getLong(1)))
                .single();
    }
}
