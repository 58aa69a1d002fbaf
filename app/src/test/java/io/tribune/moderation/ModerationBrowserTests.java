package io.tribune.moderation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.tribune.accounts.AccountId;
import io.tribune.support.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A moderator's and a blocked reader's journeys in a real browser, with JavaScript and without. */
class ModerationBrowserTests extends ModerationWebTest {

    @RegisterExtension
    static final Chromium chromium = new Chromium();

    @Test
    void moderatorApprovesWithTheKeyboardAndRejectsWithTheEvidenceInView() {
        AccountId author = reader("Browser Author", "en");
        long first = heldComment("en", author);
        long second = heldComment("en", author);
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            logIn(page, moderator("Browser Moderator", "en"));
            page.navigate(base() + "/en/moderation/held?author=" + author.value() + "&order=oldest");

            Locator firstItem = page.locator("#item-" + first);
            Locator secondItem = page.locator("#item-" + second);
            assertThat(firstItem.locator(".review__text mark")).hasText("damn");
            assertThat(firstItem.locator(".review__rules")).containsText("No profanity");
            assertThat(firstItem.locator(".review__rules")).containsText("0.91");

            page.keyboard().press("a");
            assertThat(page.locator("#item-" + first)).containsText("Approved: the comment is published.");

            assertThat(secondItem.locator(".review__text mark")).hasText("damn");
            secondItem.locator(".review__reject").getByLabel("Rule broken").selectOption("insult_threat");
            secondItem
                    .locator(".review__reject")
                    .getByLabel("Note to the author (optional)")
                    .fill("Mind your language.");
            secondItem.locator("button[data-key=r]").click();
            assertThat(page.locator("#item-" + second)).containsText("Rejected");
        }
        assertThat(status(first)).isEqualTo("PUBLISHED");
        assertThat(status(second)).isEqualTo("REJECTED");
    }

    @Test
    void moderatorRejectsAWholeClusterAtOnce() {
        AccountId one = reader("Browser Mob One", "en");
        AccountId two = reader("Browser Mob Two", "en");
        java.util.List<Long> members = cluster("en", one, two, reader("Browser Mob Three", "en"));
        try (BrowserContext context = chromium.newContext("en-GB")) {
            Page page = context.newPage();
            logIn(page, moderator("Browser Mob Moderator", "en"));
            page.navigate(base() + "/en/moderation/held");
            page.locator(".console-tabs a[href$='/clusters']").click();

            Locator cluster = page.locator("#cluster-" + members.getLast());
            assertThat(cluster.locator(".review__title")).hasText("3 held comments from 3 accounts");
            assertThat(cluster.locator(".cluster__members li")).hasCount(3);
            cluster.getByLabel("Note to the author (optional)").fill("A coordinated campaign.");
            cluster.locator(".cluster__reject").click();

            assertThat(page.locator(".console-notice")).containsText("Rejected 3 comments");
            assertThat(page.locator("#cluster-" + members.getLast())).hasCount(0);
        }
        for (long id : members) {
            assertThat(status(id)).isEqualTo("REJECTED");
        }
        assertThat(letterTo(email(one), "statement of reasons")).isPresent();
    }

    @Test
    void moderatorApprovesWithoutJavaScript() {
        long held = heldComment("en", reader("No Script Author", "en"));
        try (BrowserContext context = chromium.newContext("en-GB", false)) {
            Page page = context.newPage();
            logIn(page, moderator("No Script Moderator", "en"));
            page.navigate(base() + "/en/moderation/held");

            page.locator("#item-" + held + " .review__approve button").click();

            assertThat(page.locator(".console-notice")).hasText("Approved: the comment is published.");
            assertThat(page.locator("#item-" + held)).hasCount(0);
        }
        assertThat(status(held)).isEqualTo("PUBLISHED");
    }

    @Test
    void blockUnlockRequestGrantedThenBlockedAgainForGood() {
        AccountId reader = reader("Browser Blockee", "en");
        AccountId moderatorId = moderator("Browser Gatekeeper", "en");
        long firstOffence = heldComment("en", reader);
        try (BrowserContext staff = chromium.newContext("en-GB");
                BrowserContext own = chromium.newContext("en-GB")) {
            Page console = staff.newPage();
            logIn(console, moderatorId);
            Page blocked = own.newPage();
            logIn(blocked, reader);

            block(console, reader, firstOffence, "Posted the same link ten times.");
            assertThat(console.locator("#item-" + firstOffence))
                    .containsText("Blocked: the reader can no longer take part");

            blocked.navigate(base() + "/en/blocked");
            assertThat(blocked.locator(".blocked__state")).containsText("has been blocked from the discussions");
            assertThat(blocked.locator(".blocked__reasons")).containsText("Posted the same link ten times.");
            assertThat(blocked.getByLabel("Subject")).hasValue("Restoration of account / unlock access");
            assertThat(blocked.getByLabel("Subject")).hasAttribute("readonly", "");
            assertThat(blocked.getByLabel("User id")).hasValue(Long.toString(reader.value()));
            assertThat(blocked.getByLabel("User id")).hasAttribute("readonly", "");
            blocked.getByLabel("What happened, and why should access return?")
                    .fill("I was promoting my shop. I will not post adverts again.");
            blocked.locator(".unlock-form button").click();
            assertThat(blocked.locator(".console-notice"))
                    .hasText("Your request has been sent. A moderator will answer by email.");

            console.navigate(base() + "/en/moderation/unlock");
            Locator request = console.locator("article", new Page.LocatorOptions().setHasText("Browser Blockee"));
            assertThat(request).containsText("I will not post adverts again.");
            request.getByText("Grant: unlock the account").click();
            assertThat(console.locator(".console-notice")).containsText("Granted");

            blocked.navigate(base() + "/en/blocked");
            assertThat(blocked.locator(".blocked__state"))
                    .hasText("Your account is not blocked: you can take part in the discussions.");

            long secondOffence = heldComment("en", reader);
            block(console, reader, secondOffence, "Adverts again.");
            assertThat(console.locator("#item-" + secondOffence)).containsText("Blocked for good");

            blocked.navigate(base() + "/en/blocked");
            assertThat(blocked.locator(".blocked__final")).containsText("Access cannot be restored");
            assertThat(blocked.locator(".unlock-form")).hasCount(0);

            // the form is gone; a request forged from the reader's own session is refused by the server too
            blocked.navigate(base() + "/en/account");
            String token = blocked.locator("input[name=_csrf]").first().inputValue();
            Response refused = blocked.waitForNavigation(() -> blocked.evaluate(
                    "([token, account]) => { const f = document.createElement('form'); f.method = 'post';"
                            + " f.action = '/en/blocked/unlock';"
                            + " for (const [n, v] of [['_csrf', token], ['account', account],"
                            + " ['explanation', 'Please, once more.']]) { const i = document.createElement('input');"
                            + " i.type = 'hidden'; i.name = n; i.value = v; f.appendChild(i); }"
                            + " document.body.appendChild(f); f.submit(); }",
                    new Object[] {token, Long.toString(reader.value())}));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(blocked.locator(".console-notice--error"))
                    .hasText("This block is final: access cannot be restored, and no request is accepted.");
            assertThat(blocked.locator(".blocked__final")).isVisible();
        }
        assertThat(jdbc.sql("select count(*) from unlock_request where account_id = :id")
                        .param("id", reader.value())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void adminWaitsForADryRunWithJavaScriptAndWithout() {
        AccountId admin = admin("Browser Dry Runner");
        for (boolean javaScript : new boolean[] {true, false}) {
            try (BrowserContext context = chromium.newContext("en-GB", javaScript)) {
                Page page = context.newPage();
                logIn(page, admin);
                page.navigate(base() + "/en/moderation/policy");
                page.locator("input[name='threshold[spam]']").fill("0.93");
                page.locator("button[formaction$='/policy/dry-run']").click();

                // htmx asks for the result; without JavaScript the page reloads itself until it is there
                assertThat(page.locator("#dry-run-heading"))
                        .containsText(
                                "Under this draft, of the last",
                                new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
                assertThat(page.locator("#dry-run")).containsText("Nothing was saved.");
                assertThat(page.locator("input[name='threshold[spam]']")).hasValue("0.93");
            }
        }
    }

    private void block(Page console, AccountId reader, long item, String note) {
        console.navigate(base() + "/en/moderation/held?author=" + reader.value());
        Locator review = console.locator("#item-" + item);
        review.locator(".review__block summary").click();
        review.locator(".review__block select[name=reason]").selectOption("advertising");
        review.locator(".review__block textarea").fill(note);
        review.locator(".review__block button").click();
    }

    private void logIn(Page page, AccountId account) {
        page.navigate(base() + "/en/account/login");
        page.locator("#email").fill(email(account));
        page.locator("#password").fill(PASSWORD);
        page.locator("form.account-form button[type=submit]").click();
        assertThat(page).not().hasURL(base() + "/en/account/login");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
