package io.tribune.publishing;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

    @Query(
            value =
                    "select a from Article a join fetch a.section s where a.edition = :edition and a.publishedAt <= :now"
                            + " order by a.publishedAt desc, a.id desc",
            countQuery = "select count(a) from Article a where a.edition = :edition and a.publishedAt <= :now")
    Page<Article> latest(String edition, Instant now, Pageable page);

    @Query(
            value = "select a from Article a join fetch a.section s where a.edition = :edition and s.slug = :section"
                    + " and a.publishedAt <= :now order by a.publishedAt desc, a.id desc",
            countQuery = "select count(a) from Article a where a.edition = :edition and a.section.slug = :section"
                    + " and a.publishedAt <= :now")
    Page<Article> latestInSection(String edition, String section, Instant now, Pageable page);

    @Query(
            value = "select a from Article a join fetch a.section s join a.tags t where a.edition = :edition"
                    + " and t.slug = :tag and a.publishedAt <= :now order by a.publishedAt desc, a.id desc",
            countQuery = "select count(a) from Article a join a.tags t where a.edition = :edition and t.slug = :tag"
                    + " and a.publishedAt <= :now")
    Page<Article> latestWithTag(String edition, String tag, Instant now, Pageable page);

    @Query(
            value = "select a from Article a join fetch a.section s join a.tags t where a.edition = :edition"
                    + " and s.slug = :section and t.slug = :tag and a.publishedAt <= :now"
                    + " order by a.publishedAt desc, a.id desc",
            countQuery = "select count(a) from Article a join a.tags t where a.edition = :edition"
                    + " and a.section.slug = :section and t.slug = :tag and a.publishedAt <= :now")
    Page<Article> latestInSectionWithTag(String edition, String section, String tag, Instant now, Pageable page);

    @Query("select a from Article a join fetch a.section where a.edition = :edition and a.topStory = true"
            + " and a.publishedAt <= :now order by a.publishedAt desc")
    List<Article> topStories(String edition, Instant now, Pageable page);

    @Query("select a from Article a join fetch a.section where a.edition = :edition and a.slug = :slug"
            + " and a.publishedAt <= :now")
    Optional<Article> published(String edition, String slug, Instant now);

    // a statement of its own: the article's version stays, so an editor's open form is not made stale
    @Modifying
    @Query("update Article a set a.discussionClosing = :kind, a.discussionUntil = :until"
            + " where a.id = :id and a.edition = :edition")
    int closeDiscussion(long id, String edition, DiscussionClosing.Kind kind, Instant until);

    @Query("select a from Article a join fetch a.section where a.edition = :edition and a.slug in :slugs"
            + " and a.publishedAt <= :now")
    List<Article> publishedWithSlugs(String edition, Collection<String> slugs, Instant now);

    @Query("select a from Article a join fetch a.section where a.shortCode = :code and a.publishedAt <= :now")
    Optional<Article> byShortCode(String code, Instant now);

    @Query("select a from Article a join fetch a.section where a.storyKey = :story and a.publishedAt <= :now"
            + " order by a.edition")
    List<Article> story(String story, Instant now);

    @Query("select new io.tribune.publishing.SitemapEntry(a.edition, s.slug, a.slug, a.title, a.storyKey,"
            + " a.publishedAt, a.modifiedAt) from Article a join a.section s where a.publishedAt <= :now"
            + " order by a.publishedAt desc, a.id desc")
    List<SitemapEntry> sitemapEntries(Instant now, Pageable page);

    boolean existsByShortCode(String shortCode);

    boolean existsByEditionAndSlug(String edition, String slug);

    @Query("select a from Article a join fetch a.section where a.id = :id and a.edition = :edition")
    Optional<Article> inEdition(long id, String edition);

    /** The newsroom's list: every article of the edition whatever its state, last changed first. */
    @Query(
            value = "select a from Article a join fetch a.section where a.edition = :edition"
                    + " order by a.modifiedAt desc, a.id desc",
            countQuery = "select count(a) from Article a where a.edition = :edition")
    Page<Article> desk(String edition, Pageable page);

    /** Published articles whose headline contains the words, newest first. */
    @Query("select a from Article a join fetch a.section where a.edition = :edition and a.publishedAt <= :now"
            + " and lower(a.title) like :pattern escape '\\' order by a.publishedAt desc, a.id desc")
    List<Article> headlined(String edition, String pattern, Instant now, Pageable page);

    /** The edition's articles not (yet) public whose headline contains the words, last changed first. */
    @Query("select a from Article a join fetch a.section where a.edition = :edition"
            + " and (a.publishedAt is null or a.publishedAt > :now)"
            + " and lower(a.title) like :pattern escape '\\' order by a.modifiedAt desc, a.id desc")
    List<Article> unpublishedHeadlined(String edition, String pattern, Instant now, Pageable page);

    @Query("select a from Article a join fetch a.section where a.id = :id")
    Optional<Article> withSection(long id);

    /** Every article of the story whatever its state, by edition. */
    @Query("select a from Article a join fetch a.section where a.storyKey = :story order by a.edition")
    List<Article> wholeStory(String story);

    /** Published articles sharing tags with the given ones, those sharing most first. */
    @Query("select a from Article a join a.tags t where a.edition = :edition and a.publishedAt <= :now"
            + " and t.id in :tags and a.id <> :exclude group by a"
            + " order by count(t) desc, max(a.publishedAt) desc")
    List<Article> sharingTags(String edition, Collection<Long> tags, long exclude, Instant now, Pageable page);

    @Query("select a.id from Article a where a.state = io.tribune.publishing.Article.State.SCHEDULED"
            + " and a.publishAt <= :now order by a.publishAt")
    List<Long> due(Instant now, Pageable page);

    /**
     * Publishes a due scheduled article at its scheduled time, in one conditional statement: of several
     * nodes' jobs that find it due, exactly one changes the row (1), the others none (0).
     */
    @Modifying
    @Query("update Article a set a.state = io.tribune.publishing.Article.State.PUBLISHED,"
            + " a.publishedAt = coalesce(a.firstPublishedAt, a.publishAt),"
            + " a.firstPublishedAt = coalesce(a.firstPublishedAt, a.publishAt),"
            + " a.modifiedAt = a.publishAt, a.publishAt = null, a.version = a.version + 1"
            + " where a.id = :id and a.state = io.tribune.publishing.Article.State.SCHEDULED and a.publishAt <= :now")
    int claim(long id, Instant now);
}
