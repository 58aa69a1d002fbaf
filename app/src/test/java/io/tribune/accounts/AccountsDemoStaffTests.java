package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.tribune.TribuneTest;
import io.tribune.accounts.core.Account;
import io.tribune.accounts.core.AccountRepository;
import io.tribune.accounts.staff.DemoStaff;
import io.tribune.accounts.staff.RoleRepository;
import io.tribune.accounts.staff.StaffGrant;
import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.support.Browser;
import io.tribune.system.Texts;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo shows every role: a moderator and an editor in each edition, made at the first start. */
@TribuneTest
@ExtendWith(OutputCaptureExtension.class)
class AccountsDemoStaffTests {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountRepository repository;

    @Autowired
    RoleRepository roles;

    @Autowired
    Editions editions;

    @Autowired
    Texts texts;

    @Autowired
    DemoStaff demoStaff;

    @Test
    void everyEditionHasAModeratorAndAnEditorNamedInItsLanguage() {
        assertThat(editions.all()).hasSize(4);
        for (Edition edition : editions.all()) {
            for (Role role : new Role[] {Role.MODERATOR, Role.EDITOR}) {
                Account account = repository
                        .findByEmail(DemoStaff.email(role, edition))
                        .orElseThrow(() -> new AssertionError("no demo " + role + " in " + edition.code()));
                String key = "account.demo." + role.name().toLowerCase(java.util.Locale.ROOT) + "Name";

                assertThat(roles.of(account.id()))
                        .as(account.email())
                        .extracting(StaffGrant::role, StaffGrant::edition)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(role, edition.code()));
                assertThat(account.displayName()).isEqualTo(texts.of(edition).get(key));
                assertThat(account.edition()).isEqualTo(edition.code());
                assertThat(accounts.mayComment(account.id()))
                        .as("confirmed, with consent")
                        .isTrue();
                assertThat(account.mustChangePassword()).isTrue();
            }
        }
        assertThat(repository
                        .findByEmail("moderator-ru@tribune.localhost")
                        .orElseThrow()
                        .displayName())
                .isEqualTo("Ольга Смирнова");
        assertThat(repository
                        .findByEmail("editor-ar@tribune.localhost")
                        .orElseThrow()
                        .displayName())
                .isEqualTo("كريم منصور");
    }

    @Test
    void aMissingDemoStaffMemberIsMadeAgainWithAPasswordOnTheConsoleOnlyThatMustBeChanged(CapturedOutput output) {
        String email = "moderator-es@tribune.localhost";
        repository.erase(repository.findByEmail(email).orElseThrow().id());
        // the capture may hold the start of the application already
        int before = output.getOut().length();
        var logged = new ListAppender<ILoggingEvent>();
        logged.start();
        var root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(logged);
        try {
            demoStaff.run(null);
            demoStaff.run(null);
        } finally {
            root.detachAppender(logged);
        }
        Matcher printed = Pattern.compile(
                        "log in as " + Pattern.quote(email) + " with the one-time password (\\S+) and change it")
                .matcher(output.getOut().substring(before));

        assertThat(printed.find()).as("the password on the console").isTrue();
        String password = printed.group(1);
        assertThat(printed.find())
                .as("printed once: the second start finds the account")
                .isFalse();
        assertThat(output.getOut().substring(before))
                .doesNotContain("moderator-en@tribune.localhost with the one-time password");
        assertThat(logged.list)
                .as("the log says who was made, never the password")
                .anyMatch(event -> event.getFormattedMessage().contains(email))
                .noneMatch(event -> event.getFormattedMessage().contains(password));
        assertThat(repository.findByEmail(email)).isPresent();

        Browser moderator = new Browser(port);
        String form = moderator.get("/es/account/login").body();
        HttpResponse<String> logIn =
                moderator.post("/es/account/login", form, Map.of("email", email, "password", password));
        HttpResponse<String> front = moderator.get("/es/");

        assertThat(logIn.statusCode()).isEqualTo(302);
        assertThat(front.statusCode()).isEqualTo(303);
        assertThat(front.headers().firstValue("Location")).hasValue("/es/account/password");
    }
}
