package io.tribune.publishing;

import jakarta.persistence.Entity;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

/** A published news article of one edition. */
@Entity
@Table(name = "article")
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
        this.modifiedAt = publishedAt;
        this.isPublicationUnannounced = true;
    }

    /** Announced by the repository once the new article is saved (and so has its id). */
    @DomainEvents
    List<ArticlePublished> publication() {
        return isPublicationUnannounced ? List.of(new ArticlePublished(id, edition)) : List.of();
    }

    @AfterDomainEventPublication
    void publicationAnnounced() {
        isPublicationUnannounced = false;
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
