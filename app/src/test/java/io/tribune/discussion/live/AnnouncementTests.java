package io.tribune.discussion.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnnouncementTests {

    @Test
    void aNewCommentAndAChangeTravelAsTheirIdsAndReadBackTheSame() {
        Announcement posted = Announcement.posted(12, 7);
        Announcement changed = Announcement.changed(12, 7);

        assertThat(posted.toString()).isEqualTo("12:7");
        assertThat(changed.toString()).isEqualTo("12:7:changed");
        assertThat(Announcement.parse(posted.toString())).contains(posted);
        assertThat(Announcement.parse(changed.toString())).contains(changed);
    }

    @Test
    void anythingElseIsNoAnnouncement() {
        assertThat(Announcement.parse(null)).isEmpty();
        assertThat(Announcement.parse("12:7:deleted")).isEmpty();
        assertThat(Announcement.parse("12;drop")).isEmpty();
        assertThat(Announcement.parse("1234567890123456789:7")).isEmpty();
    }
}
