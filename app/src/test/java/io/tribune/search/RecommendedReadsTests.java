package io.tribune.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.TribuneTest;
import io.tribune.publishing.ViewCounter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recommended reads views per article and day, as the view counter writes them, and weighs each day by its age. */
@TribuneTest
class RecommendedReadsTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ViewCounter views;

    @Autowired
    Recommendations recommendations;

    @Autowired
    Clock clock;

    @Test
    void viewsAreAddedToTheArticlesRowOfTheDayInBatches() {
        long article = article("ru", 0);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long before = viewsOn(article, today);

        for (int i = 0; i < 3; i++) {
            views.count(article);
        }
        views.count(987_654_321L);
        assertThat(viewsOn(article, today)).isEqualTo(before);
        views.flush();
        assertThat(viewsOn(article, today)).isEqualTo(before + 3);
        views.count(article);
        views.flush();
        views.flush();

        assertThat(viewsOn(article, today)).isEqualTo(before + 4);
        assertThat(jdbc.sql("select count(*) from article_view_day where article_id = 987654321")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void anArticleReadLessTodayOutranksOneReadMuchMoreSomeDaysAgo() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long readLongAgo = article("ar", 1);
        long readToday = article("ar", 2);
        long readYesterday = article("ar", 3);
        jdbc.sql("delete from article_view_day where article_id in (select id from article where edition = 'ar')")
                .update();
        // whatever the time of day: 200 today weigh 141–200, 180 yesterday 64–127, 1,400 four days ago 62–124
        read(readLongAgo, today.minusDays(4), 1_400);
        read(readToday, today, 200);
        read(readYesterday, today.minusDays(1), 180);

        List<Long> ranked = recommendations.rankMostRead("ar");

        assertThat(ranked).containsExactly(readToday, readYesterday, readLongAgo);
    }

    @Test
    void viewsOlderThanTheRecentDaysAreNotCounted() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long old = article("es", 4);
        jdbc.sql("delete from article_view_day where article_id in (select id from article where edition = 'es')")
                .update();
        read(old, today.minusDays(30), 1_000_000);

        assertThat(recommendations.rankMostRead("es")).doesNotContain(old);
    }

    private long article(String edition, int offset) {
        return jdbc.sql("select id from article where edition = ? and published_at is not null order by id"
                        + " offset ? rows fetch first 1 rows only")
                .params(edition, offset)
                .query(Long.class)
                .single();
    }

    private void read(long article, LocalDate day, long count) {
        jdbc.sql("insert into article_view_day (article_id, read_on, views) values (?, ?, ?)")
                .params(article, day, count)
                .update();
    }

    private long viewsOn(long article, LocalDate day) {
        return jdbc.sql("select coalesce(sum(views), 0) from article_view_day where article_id = ? and read_on = ?")
                .params(article, day)
                .query(Long.class)
                .single();
    }
}
