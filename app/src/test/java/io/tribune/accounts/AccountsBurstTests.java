package io.tribune.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.core.HashPermits;
import io.tribune.accounts.core.LoginThrottle;
import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;

/** Bursts of simultaneous log-ins: the password hash stays bounded, and so do the guesses. */
class AccountsBurstTests extends AccountsWebTest {

    private static final int BURST = 200;
    private static final String REFUSED = "The email address or the password is not right.";

    @Autowired
    ApplicationAvailability availability;

    @Autowired
    HashPermits permits;

    @BeforeEach
    void forgetFailures() {
        jdbc.sql("delete from login_attempt").update();
    }

    @Test
    void simultaneousWrongLogInsGetNoMorePasswordChecksThanTheThrottleAllows() throws Exception {
        String email = uniqueEmail("burst");
        registerConfirmed(email, "Burst Target");
        List<Browser> attackers = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < BURST; i++) {
            Browser attacker = new Browser(port);
            attackers.add(attacker);
            pages.add(attacker.get("/en/account/login").body());
        }
        double hashesBefore = permits.hashesSoFar();

        List<HttpResponse<String>> answers = new ArrayList<>();
        var start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < BURST; i++) {
                Browser attacker = attackers.get(i);
                String page = pages.get(i);
                String guess = "wrong guess " + i;
                sent.add(pool.submit(() -> {
                    start.await();
                    return attacker.post("/en/account/login", page, Map.of("email", email, "password", guess));
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> answer : sent) {
                answers.add(answer.get());
            }
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isIn(422, 429, 503));
        assertThat(answers.stream().filter(answer -> answer.body().contains(REFUSED)))
                .as("answers whose password was checked")
                .hasSizeLessThanOrEqualTo(LoginThrottle.CAPTCHA_AFTER);
        assertThat(permits.hashesSoFar() - hashesBefore).isLessThanOrEqualTo(LoginThrottle.CAPTCHA_AFTER);
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);

        Browser owner = new Browser(port);
        String page = owner.get("/en/account/login").body();
        Map<String, String> fields = new LinkedHashMap<>(Map.of("email", email, "password", PASSWORD));
        fields.put("altcha", Browser.solveCaptcha(page));
        assertThat(owner.post("/en/account/login", page, fields).statusCode()).isEqualTo(302);
    }

    @Test
    void logInWhileEveryHashingPermitIsTakenIsAnsweredBusyAndLocalised() {
        String email = uniqueEmail("queued");
        registerConfirmed(email, "Queued Reader");
        Browser reader = new Browser(port);
        String page = reader.get("/ru/account/login").body();
        int taken = takeEveryPermit();
        try {
            HttpResponse<String> answer =
                    reader.post("/ru/account/login", page, Map.of("email", email, "password", PASSWORD));

            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(answer.body())
                    .contains("Сейчас входит очень много людей")
                    .doesNotContain("Exception");
        } finally {
            for (int i = 0; i < taken; i++) {
                permits.release();
            }
        }
        assertThat(reader.post(
                                "/ru/account/login",
                                reader.get("/ru/account/login").body(),
                                Map.of("email", email, "password", PASSWORD))
                        .statusCode())
                .isEqualTo(302);
    }

    private int takeEveryPermit() {
        int taken = 0;
        try {
            while (taken < 1_000) {
                permits.acquire();
                taken++;
            }
        } catch (io.tribune.system.Busy allTaken) {
            return taken;
        }
        throw new IllegalStateException("more than 1,000 hashing permits");
    }
}
