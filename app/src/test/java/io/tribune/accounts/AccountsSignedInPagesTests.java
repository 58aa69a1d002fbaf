package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Pages that take the signed-in account are declared in the security chain: whoever is not signed in
 * goes to the edition's log-in page, never into a handler; admin pages do not exist for readers.
 */
class AccountsSignedInPagesTests extends AccountsWebTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @Test
    void everyPageThatTakesTheSignedInAccountSendsAVisitorToLogIn() {
        List<String[]> pages = pagesTakingTheSignedInAccount();
        assertThat(pages).as("pages found by their AccountId parameter").hasSizeGreaterThan(15);
        String form = browser.get("/ru/account/login").body();

        for (String[] page : pages) {
            if (page[1].contains("/account/admin/")) {
                continue; // hidden instead: see strangersFindNoAdminPages
            }
            String path = filled(page[1]);
            HttpResponse<String> answer =
                    "GET".equals(page[0]) ? browser.get(path) : browser.post(path, form, Map.of("q", "x"));

            assertThat(answer.statusCode()).as(page[0] + " " + path).isEqualTo(302);
            assertThat(answer.headers().firstValue("Location"))
                    .as(page[0] + " " + path)
                    .hasValue("/ru/account/login");
        }
    }

    @Test
    void anHtmxFragmentOfASignedInPageTurnsTheWholePageToLogIn() {
        HttpResponse<String> fragment = browser.get("/es/account/identities", Map.of("HX-Request", "true"));

        assertThat(fragment.statusCode()).isEqualTo(204);
        assertThat(fragment.headers().firstValue("HX-Redirect")).hasValue("/es/account/login");
        assertThat(fragment.body()).isEmpty();
    }

    @Test
    void theAccountBarTellsAVisitorNothingAndSendsThemNowhere() {
        HttpResponse<String> bar = browser.get("/en/account/bar", Map.of("HX-Request", "true"));

        assertThat(bar.statusCode()).isEqualTo(204);
        assertThat(bar.headers().firstValue("HX-Redirect")).isEmpty();
    }

    @Test
    void strangersFindNoAdminPages() {
        String form = browser.get("/en/account/login").body();

        assertThat(browser.get("/en/account/admin/roles").statusCode()).isEqualTo(404);
        assertThat(browser.post("/en/account/admin/roles", form, Map.of("email", "x@example.org", "role", "ADMIN"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(browser.get("/en/account/admin/roles", Map.of("HX-Request", "true"))
                        .headers()
                        .firstValue("HX-Redirect"))
                .isEmpty();
    }

    @Test
    void aReaderFindsNoAdminPages() {
        String email = uniqueEmail("curious");
        registerConfirmed(email, "Curious Reader");
        logInAs(email, PASSWORD);
        String form = browser.get("/en/account").body();

        assertThat(browser.get("/en/account/admin/roles").statusCode()).isEqualTo(404);
        assertThat(browser.get("/en/account/admin/revoke?grant=1").statusCode()).isEqualTo(404);
        assertThat(browser.post("/en/account/admin/roles", form, Map.of("email", email, "role", "ADMIN"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from account_role where account_id = ?")
                        .param(accountIdOf(email).value())
                        .query(Integer.class)
                        .single())
                .as("no role granted")
                .isZero();
    }

    @Test
    void eachReaderSeesTheirOwnAccount() {
        String first = uniqueEmail("first");
        String second = uniqueEmail("second");
        registerConfirmed(first, "First Reader");
        registerConfirmed(second, "Second Reader");
        logInAs(first, PASSWORD);
        var other = new Browser(port);
        String page = other.get("/en/account/login").body();
        other.post("/en/account/login", page, Map.of("email", second, "password", PASSWORD));

        assertThat(browser.get("/en/account/export.json").body())
                .contains(first)
                .doesNotContain(second);
        assertThat(other.get("/en/account").body()).contains("Second Reader").doesNotContain("First Reader");
    }

    @Test
    void anUnknownEditionOnAnAccountPageIsALocalisedNotFound() {
        HttpResponse<String> page = browser.get("/zz/account/login", Map.of("Accept-Language", "es"));

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("lang=\"es\"").doesNotContain("Exception");
    }

    /** Method and path of every handler with an {@code AccountId} parameter that is not annotated (so resolved as the signed-in reader). */
    private List<String[]> pagesTakingTheSignedInAccount() {
        List<String[]> pages = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                handlers.getHandlerMethods().entrySet()) {
            boolean takesAccount = false;
            for (MethodParameter parameter : entry.getValue().getMethodParameters()) {
                takesAccount |= parameter.getParameterType() == AccountId.class && !parameter.hasParameterAnnotations();
            }
            if (!takesAccount) {
                continue;
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String path : entry.getKey().getPatternValues()) {
                for (RequestMethod method : methods) {
                    pages.add(new String[] {method.name(), path});
                }
            }
        }
        return pages;
    }

    /** The pattern with the edition {@code ru} and {@code 1} for every other variable, e.g. an article id. */
    private static String filled(String pattern) {
        StringBuilder path = new StringBuilder();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' && depth++ == 0) {
                start = i;
            } else if (c == '}' && --depth == 0) {
                path.append(pattern.startsWith("{edition", start) ? "ru" : "1");
            } else if (depth == 0) {
                path.append(c);
            }
        }
        return path.toString();
    }
}
