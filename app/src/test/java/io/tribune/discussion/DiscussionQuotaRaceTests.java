package io.tribune.discussion;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.support.Browser;
import io.tribune.support.FormReaders;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Readers behind one address (one router) posting at the same moment, on H2: the post's quota, counted
 * per account and per address in one row each, must not make one post fail because another holds that
 * row. H2 refuses a second writer of a row another transaction holds rather than waiting for it, so a
 * quota taken inside the post's transaction (held until its commit) answered some of these posts 500.
 * A database in a file that writes each commit before it returns, as the application's own, holds a
 * transaction's rows as long as the application does.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:file:./target/quota-race-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
            "tribune.discussion.posting.at-once=16"
        })
class DiscussionQuotaRaceTests {

    private static final String PASSWORD = "a crowded router passphrase";
    private static final int READERS = 8;
    private static final int POSTS_EACH = 2;
    private static final int ROUNDS = 6;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PrivacyPolicy policy;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void postsFromOneAddressAtTheSameMomentAreEachAnsweredNeverWithAServerError() throws Exception {
        Commenters commenters = new Commenters(jdbc, policy);
        String path = "/en/discussion/" + commenters.article("en");
        InetAddress router = FormReaders.newAddress();
        List<Browser> readers = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            AccountId id = commenters.confirmed("Router reader " + i);
            commenters.password(id, passwords.encode(PASSWORD));
            Browser reader = new FormReaders(port).loggedIn("en", commenters.email(id), PASSWORD, router, Map.of());
            readers.add(reader);
            pages.add(reader.get(path).body());
        }

        Map<Integer, Integer> answers = new TreeMap<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(READERS * POSTS_EACH)) {
            for (int round = 0; round < ROUNDS; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> posts = new ArrayList<>();
                for (int post = 0; post < READERS * POSTS_EACH; post++) {
                    Browser reader = readers.get(post % READERS);
                    String page = pages.get(post % READERS);
                    String text = "Round " + round + ", post " + post + ": the bus lane plan deserves a vote.";
                    posts.add(threads.submit(() -> {
                        start.await();
                        return reader.post(
                                        path,
                                        page,
                                        Map.of(
                                                "text",
                                                text,
                                                "submit",
                                                UUID.randomUUID().toString()))
                                .statusCode();
                    }));
                }
                start.countDown();
                for (Future<Integer> post : posts) {
                    answers.merge(post.get(), 1, Integer::sum);
                }
            }
        }

        assertThat(answers.keySet()).as("answers by status: %s", answers).isSubsetOf(200, 303, 422, 429);
        assertThat(answers.values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(READERS * POSTS_EACH * ROUNDS);
    }
}
