package io.tribune.accounts.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.AccountsFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The account forms' controllers in one web slice ({@link AccountsWebSlice}), shared by their slice
 * tests. The tests share its database too, so each uses addresses of its own.
 */
@WebMvcTest(
        controllers = {
            RegistrationController.class,
            LoginController.class,
            RecoveryController.class,
            EmailChangeController.class,
            DeletionController.class,
            ProfileController.class
        },
        properties = "tribune.media.root=target/accounts-slice-media")
@AutoConfigureMockMvc(addFilters = false)
@Import(AccountsWebSlice.class)
abstract class AccountFormsTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountsFixture fixture;

    /** Every test comes from the same network address: its quotas and failed log-ins start afresh for each. */
    @BeforeEach
    void forgetQuotasAndFailures() {
        fixture.jdbc.sql("delete from request_quota").update();
        fixture.jdbc.sql("delete from login_attempt").update();
    }

    static String uniqueEmail(String name) {
        return name + "-" + SEQUENCE.incrementAndGet() + "@example.org";
    }

    MockHttpServletResponse send(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The page at the path, as text. */
    String page(String path) throws Exception {
        return send(get(path)).getContentAsString(StandardCharsets.UTF_8);
    }

    /** Signs the request in as the account a moment ago, as the log-in form would have. */
    static RequestPostProcessor signedInAs(AccountId account) {
        return request -> {
            RecentSignIn.signedInNow(request.getSession());
            return signedInLongAgoAs(account).postProcessRequest(request);
        };
    }

    /** Signs the request in as the account, as the security chain would have before the handler. */
    static RequestPostProcessor signedInLongAgoAs(AccountId account) {
        return request -> {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(account.toString(), null, List.of()));
            SecurityContextHolder.setContext(context);
            return request;
        };
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }
}
