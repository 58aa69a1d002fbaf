package io.tribune.publishing;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/**
 * A news article of one edition, from its first draft on. Readers see it only while it is published:
 * then, and only then, it has a publication time (so every public query, {@code publishedAt <= now},
 * shows published articles only).
 */
@Entity
@Table(name = "article")
// only what changed is written: views and comment counts are added by statements of their own
@DynamicUpdate
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String edition;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private Section section;

    private String slug;
    private String shortCode;
    private String title;
    private String lead;
    private String body;
    private String byline;
    private Long imageId;
    private String storyKey;
    private boolean topStory;
    private boolean breaking;
    private Instant publishedAt;
    private Instant modifiedAt;
    private long viewCount;
    private int commentCount;

    @Enumerated(EnumType.STRING)
    private State state = State.PUBLISHED;

    @Version
    private long version;

    private Instant publishAt;
    private Instant firstPublishedAt;
    private String corrections = "";

    @Enumerated(EnumType.STRING)
    private DiscussionClosing.Kind discussionClosing;

    private Instant discussionUntil;

    @ManyToMany
    @JoinTable(
            name = "article_tag",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "tag_id"))
    private Set<Tag> tags = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(
            name = "article_related",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "related_id"))
    @OrderColumn(name = "position")
    private List<Article> related = new ArrayList<>();

    @Transient
    private boolean isPublicationUnannounced;

    @Transient
    private boolean isWithdrawalUnannounced;

    /** Where an article is on its way to readers. */
    enum State {
        DRAFT,
        SCHEDULED,
        PUBLISHED,
        WITHDRAWN
    }

    protected Article() {}

    Article(
            String edition,
            Section section,
            String slug,
            String shortCode,
            String title,
            String lead,
            String body,
            String byline,
            Long imageId,
            String storyKey,
            Instant publishedAt) {
        this.edition = edition;
        this.section = section;
        this.slug = slug;
        this.shortCode = shortCode;
        this.title = title;
        this.lead = lead;
        this.body = body;
        this.byline = byline;
        this.imageId = imageId;
        this.storyKey = storyKey;
        this.publishedAt = publishedAt;
        this.firstPublishedAt = publishedAt;
        this.modifiedAt = publishedAt;
        this.isPublicationUnannounced = true;
    }

    /** A new draft: nothing of it is public until it is published. */
    static Article draft(String edition, Section section, String slug, String shortCode, Instant now) {
        Article article = new Article();
        article.edition = edition;
        article.section = section;
        article.slug = slug;
        article.shortCode = shortCode;
        article.title = "";
        article.lead = "";
        article.body = "";
        article.byline = "";
        article.modifiedAt = now;
        article.state = State.DRAFT;
        return article;
    }

    /** Announced by the repository once the article is saved (and so has its id). */
    @DomainEvents
    List<Object> announcements() {
        List<Object> events = new ArrayList<>();
        if (isPublicationUnannounced) {
            events.add(new ArticlePublished(id, edition));
        }
        if (isWithdrawalUnannounced) {
            events.add(new ArticleWithdrawn(id, edition));
        }
        return events;
    }

    @AfterDomainEventPublication
    void announced() {
        isPublicationUnannounced = false;
        isWithdrawalUnannounced = false;
    }

    /** Replaces what the article says; readers see it once it is published (or, if it is, updated). */
    void write(ArticleDraft draft, Section section, String slug, Set<Tag> tags, List<Article> related, Long imageId) {
        this.section = section;
        this.slug = slug;
        this.title = draft.headline();
        this.lead = draft.lead();
        this.body = draft.body();
        this.byline = String.join(", ", draft.bylines());
        this.imageId = imageId;
        if (draft.isStoryChanged()) {
            this.storyKey = draft.story();
        }
        this.corrections = draft.corrections();
        this.breaking = draft.isBreaking();
        this.tags.clear();
        this.tags.addAll(tags);
        this.related.clear();
        related.forEach(this::relate);
    }

    /**
     * Publishes now, or, when already published, shows the changes as an update (dateModified). A
     * withdrawn article comes back with its first dateline.
     */
    void publish(Instant now) {
        if (state != State.PUBLISHED) {
            publishedAt = firstPublishedAt == null ? now : firstPublishedAt;
            firstPublishedAt = publishedAt;
        }
        state = State.PUBLISHED;
        publishAt = null;
        modifiedAt = now;
        isPublicationUnannounced = true;
    }

    /** Saves a draft or a scheduled article without changing where it is; a published one is updated. */
    void keep(Instant now) {
        if (state == State.PUBLISHED) {
            publish(now);
        } else {
            modifiedAt = now;
        }
    }

    /** To be published at a time to come by the scheduled job; only an unpublished article can wait. */
    void schedule(Instant at, Instant now) {
        state = State.SCHEDULED;
        publishAt = at;
        modifiedAt = now;
    }

    /** Back to a draft: a scheduled article is no longer waiting. */
    void unschedule(Instant now) {
        state = State.DRAFT;
        publishAt = null;
        modifiedAt = now;
    }

    /** Takes a published article off the site; it can be published again. */
    void withdraw(Instant now) {
        state = State.WITHDRAWN;
        publishedAt = null;
        modifiedAt = now;
        isWithdrawalUnannounced = true;
    }

    void feature(boolean isTopStory, boolean isBreaking) {
        this.topStory = isTopStory;
        this.breaking = isBreaking;
    }

    void tag(Tag tag) {
        tags.add(tag);
    }

    void relate(Article other) {
        if (other != this && !related.contains(other)) {
            related.add(other);
        }
    }

    Long id() {
        return id;
    }

    String edition() {
        return edition;
    }

    Section section() {
        return section;
    }

    String slug() {
        return slug;
    }

    String shortCode() {
        return shortCode;
    }

    String title() {
        return title;
    }

    String lead() {
        return lead;
    }

    String body() {
        return body;
    }

    String byline() {
        return byline;
    }

    Long imageId() {
        return imageId;
    }

    String storyKey() {
        return storyKey;
    }

    boolean isTopStory() {
        return topStory;
    }

    boolean isBreaking() {
        return breaking;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    Instant modifiedAt() {
        return modifiedAt;
    }

    long viewCount() {
        return viewCount;
    }

    int commentCount() {
        return commentCount;
    }

    State state() {
        return state;
    }

    long version() {
        return version;
    }

    Instant publishAt() {
        return publishAt;
    }

    Instant firstPublishedAt() {
        return firstPublishedAt;
    }

    String corrections() {
        return corrections;
    }

    DiscussionClosing discussionClosing() {
        return discussionClosing == null
                ? DiscussionClosing.EDITION
                : new DiscussionClosing(discussionClosing, discussionUntil);
    }

    Set<Tag> tags() {
        return tags;
    }

    List<Article> related() {
        return related;
    }

    String path() {
        return PublishingPaths.article(edition, section.slug(), slug);
    }
}
