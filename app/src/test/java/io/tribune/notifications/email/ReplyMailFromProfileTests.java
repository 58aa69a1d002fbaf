package io.tribune.notifications.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.tribune.accounts.AccountId;
import io.tribune.accounts.core.PrivacyPolicy;
import io.tribune.discussion.CommentStatus;
import io.tribune.discussion.NewComment;
import io.tribune.discussion.PostComment;
import io.tribune.discussion.Posting;
import io.tribune.support.Browser;
import io.tribune.support.FormReaders;
import io.tribune.support.MailServer;
import io.tribune.support.Staff;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The reader's whole way to reply mail: ticking "Replies to my comments" on the profile page (a plain
 * form post), another reader replying, and the letter arriving at a real SMTP server (GreenMail); and
 * no letter once the reader unticks it there again.
 */
@MailedSite
class ReplyMailFromProfileTests {

    static final GreenMail MAIL = MailServer.shared();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    PrivacyPolicy privacyPolicy;

    @Autowired
    PostComment postComment;

    @Autowired
    EmailQueue queue;

    @Autowired
    NotificationLetters letters;

    @Autowired
    EmailNotificationSettings settings;

    @Test
    void aReaderWhoTicksReplyMailOnTheProfilePageIsMailedTheReplyAndNotOnceUnticked() throws Exception {
        Staff people = new Staff(jdbc, passwords, privacyPolicy.version(), port);
        long ada = people.reader("Ada Profile", "en");
        long grace = people.reader("Grace Replies", "en");
        // the site is served over https (behind its proxy), so the browser is one that sends Secure cookies
        Browser adaBrowser = new FormReaders(port).loggedIn("en", email(ada), Staff.PASSWORD, Map.of());
        long article = jdbc.sql("select id from article where edition = 'en' order by published_at desc"
                        + " fetch first 1 rows only")
                .query(Long.class)
                .single();

        HttpResponse<String> ticked = choose(adaBrowser, Map.of("email", "REPLIES"));
        assertThat(ticked.body()).contains("Your notification choices are saved.");
        long parent = published(post(ada, article, null, "Is the night bus coming back to our street?"));
        published(post(grace, article, parent, "Yes, from the first of the month."));
        sendDue(Clock.systemUTC());

        List<MimeMessage> toAda = lettersTo(email(ada));
        assertThat(toAda).hasSize(1);
        assertThat(body(toAda.getFirst())).contains("Grace Replies").contains("Yes, from the first of the month.");

        HttpResponse<String> unticked = choose(adaBrowser, Map.of());
        assertThat(unticked.body()).contains("Your notification choices are saved.");
        published(post(grace, article, parent, "And the timetable is on the council's site."));
        // past the hour that gathers replies into one letter, so that a queued reply would go now
        sendDue(Clock.offset(Clock.systemUTC(), Duration.ofHours(2)));

        assertThat(jdbc.sql("select count(*) from email_notification where account_id = ? and sent_at is null")
                        .param(ada)
                        .query(Long.class)
                        .single())
                .as("nothing queued once unticked")
                .isZero();

        assertThat(lettersTo(email(ada))).as("no letter once unticked").hasSize(1);
    }

    private static HttpResponse<String> choose(Browser browser, Map<String, String> fields) {
        String profile = browser.get("/en/account").body();
        assertThat(profile).contains("name=\"email\" value=\"REPLIES\"");
        HttpResponse<String> answer = browser.post("/en/account/notifications", profile, fields);
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer;
    }

    private Posting post(long author, long article, Long parent, String text) {
        return postComment.post(new NewComment(
                new AccountId(author), "en", article, parent, text, "k-" + UUID.randomUUID(), "198.51.100.9"));
    }

    private static long published(Posting posting) {
        assertThat(posting).isInstanceOf(Posting.Posted.class);
        Posting.Posted posted = (Posting.Posted) posting;
        assertThat(posted.status()).isEqualTo(CommentStatus.PUBLISHED);
        return posted.commentId();
    }

    /** The running sender is off: one round by hand, as a node would at its next poll. */
    private void sendDue(Clock clock) {
        new EmailSender(queue, letters, settings, clock).sendDue();
    }

    private String email(long account) {
        return jdbc.sql("select email from account where id = ?")
                .param(account)
                .query(String.class)
                .single();
    }

    private static List<MimeMessage> lettersTo(String address) {
        return MailServer.lettersTo(MAIL, address);
    }

    private static String body(MimeMessage letter) {
        return MailServer.text(letter);
    }
}
