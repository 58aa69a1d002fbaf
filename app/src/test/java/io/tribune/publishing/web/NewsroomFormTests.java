package io.tribune.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the article form says of the edition's rule for closing discussions. */
class NewsroomFormTests {

    @Test
    void anUnpublishedArticlesEditionRuleIsSaidInDaysOrInHoursWhenNotWholeDays() {
        NewsroomForm days = form(Duration.ofDays(14));
        NewsroomForm hours = form(Duration.ofHours(36));

        assertThat(days.editionClosesAt()).isNull();
        assertThat(days.editionOpenForKey()).isEqualTo("newsroom.discussion.editionAfterDays");
        assertThat(days.editionOpenForCount()).isEqualTo(14);
        assertThat(hours.editionOpenForKey()).isEqualTo("newsroom.discussion.editionAfterHours");
        assertThat(hours.editionOpenForCount()).isEqualTo(36);
    }

    private static NewsroomForm form(Duration openFor) {
        return new NewsroomForm(ArticleForm.blank("news", ZoneId.of("UTC")), Map.of(), null, null, List.of(), openFor);
    }
}
