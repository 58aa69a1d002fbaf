package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.support.Browser;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sitemaps and feeds follow an article off the site when its editor unpublishes it. */
class NewsroomSitemapTests extends NewsroomWebTest {

    private static final List<String> LISTS = List.of("/sitemap.xml", "/news-sitemap.xml", "/en/rss.xml");

    @Test
    void anUnpublishedArticleLeavesTheSitemapsAndTheFeedAtOnce() {
        Browser editor = editor("en");
        long id = create(editor, "en", article("Lighthouse keeper retires after forty years"));
        act(editor, "en", id, Map.of("action", "publish"));
        String path = path(id);
        Browser reader = new Browser(port);
        for (String list : LISTS) {
            assertThat(reader.get(list).body()).as(list).contains(path);
        }

        act(editor, "en", id, Map.of("action", "unpublish"));

        for (String list : LISTS) {
            assertThat(reader.get(list).body()).as(list).doesNotContain(path);
        }
        act(editor, "en", id, Map.of("action", "publish"));
        assertThat(reader.get("/sitemap.xml").body()).contains(path);
    }

    @Test
    void theNewsSitemapMayBeKeptFiveMinutes() {
        HttpResponse<String> news = new Browser(port).get("/news-sitemap.xml");

        assertThat(news.statusCode()).isEqualTo(200);
        assertThat(news.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=300");
    }
}
