package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.SiteClient;
import io.tribune.support.Browser;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Scheduled publication: at its time, once, by whichever job claims it, even after a restart. */
class NewsroomScheduleTests extends NewsroomWebTest {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    ScheduledPublication job;

    @Test
    void aScheduledArticleWaitsThenIsPublishedAtItsTimeOnce() {
        Browser editor = editor("ru");
        long id = create(editor, "ru", article("Schedule me"));
        String tomorrow =
                LOCAL.format(LocalDateTime.now(ZoneId.of("Asia/Tokyo")).plusDays(1));

        assertThat(act(editor, "ru", id, Map.of("action", "schedule", "publishAt", tomorrow, "zone", "Asia/Tokyo"))
                        .statusCode())
                .isEqualTo(303);
        assertThat(state(id)).isEqualTo("SCHEDULED");
        Instant due = jdbc.sql("select publish_at from article where id = :id")
                .param("id", id)
                .query(Instant.class)
                .single();
        assertThat(due)
                .isEqualTo(LocalDateTime.parse(tomorrow)
                        .atZone(ZoneId.of("Asia/Tokyo"))
                        .toInstant());
        job.publishDue();
        assertThat(state(id)).isEqualTo("SCHEDULED");
        assertThat(new SiteClient(port).get(path(id)).statusCode()).isEqualTo(404);

        // the time comes (while this node was down, say): the first run afterwards publishes it
        Instant scheduled = Instant.now().minusSeconds(90).truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        jdbc.sql("update article set publish_at = :at where id = :id")
                .param("at", java.sql.Timestamp.from(scheduled))
                .param("id", id)
                .update();
        job.publishDue();
        job.publishDue();

        assertThat(state(id)).isEqualTo("PUBLISHED");
        assertThat(new SiteClient(port).get(path(id)).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select published_at from article where id = :id")
                        .param("id", id)
                        .query(Instant.class)
                        .single())
                .isEqualTo(scheduled);
        assertThat(announcements.about(id)).containsExactly(new ArticlePublished(id, "ru"));
    }

    @Test
    void ofJobsRunningAtOnceExactlyOnePublishesEachArticle() throws Exception {
        Browser editor = editor("en");
        List<Long> ids = new ArrayList<>();
        String tomorrow = LOCAL.format(LocalDateTime.now(ZoneId.of("UTC")).plusDays(1));
        for (int i = 0; i < 5; i++) {
            long id = create(editor, "en", article("Due together " + i));
            act(editor, "en", id, Map.of("action", "schedule", "publishAt", tomorrow, "zone", "UTC"));
            ids.add(id);
        }
        jdbc.sql("update article set publish_at = :at where id in (:ids)")
                .param("at", java.sql.Timestamp.from(Instant.now().minusSeconds(5)))
                .param("ids", ids)
                .update();

        List<Callable<Integer>> nodes = List.of(job::publishDue, job::publishDue, job::publishDue, job::publishDue);
        int published = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(nodes.size())) {
            for (Future<Integer> result : pool.invokeAll(nodes)) {
                published += result.get();
            }
        }

        assertThat(published).isEqualTo(ids.size());
        for (long id : ids) {
            assertThat(state(id)).isEqualTo("PUBLISHED");
            assertThat(announcements.about(id)).hasSize(1);
        }
    }

    @Test
    void aCancelledScheduleLeavesADraft() {
        Browser editor = editor("en");
        long id = create(editor, "en", article("Not today after all"));
        String tomorrow = LOCAL.format(LocalDateTime.now(ZoneId.of("UTC")).plusDays(1));
        act(editor, "en", id, Map.of("action", "schedule", "publishAt", tomorrow, "zone", "UTC"));

        assertThat(act(editor, "en", id, Map.of("action", "unschedule")).statusCode())
                .isEqualTo(303);
        jdbc.sql("update article set publish_at = :at where id = :id")
                .param("at", java.sql.Timestamp.from(Instant.now().minusSeconds(5)))
                .param("id", id)
                .update();
        job.publishDue();

        assertThat(state(id)).isEqualTo("DRAFT");
    }
}
