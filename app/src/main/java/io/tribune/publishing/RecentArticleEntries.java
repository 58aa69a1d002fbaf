package io.tribune.publishing;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The recently published articles as sitemap entries, for {@link RecentArticles}. */
interface RecentArticleEntries extends Repository<Article, Long> {

    @Query("select new io.tribune.publishing.SitemapEntry(a.edition, s.slug, a.slug, a.title, a.storyKey,"
            + " a.publishedAt, a.modifiedAt) from Article a join a.section s where a.publishedAt > :since"
            + " and a.publishedAt <= :now order by a.publishedAt desc, a.id desc")
    List<SitemapEntry> recent(Instant since, Instant now, Pageable page);

    @Query("select count(a) from Article a where a.publishedAt > :since and a.publishedAt <= :now")
    long countRecent(Instant since, Instant now);
}
