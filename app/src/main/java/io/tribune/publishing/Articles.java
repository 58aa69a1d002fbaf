package io.tribune.publishing;

import io.tribune.media.ImageRef;
import io.tribune.media.Images;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What readers can read: published articles of an edition, in the shapes the public pages need. */
@Service
@Transactional(readOnly = true)
public class Articles {

    /** The largest page number any list accepts; beyond it nothing is ever found. */
    public static final int MAX_PAGE = 10_000;

    private static final int SECTION_BLOCK_SIZE = 4;
    /** Related articles under an article: the editor's picks, then as many sharing its tags. */
    static final int RELATED = 4;

    private static final int FRONT_LATEST = 12;

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final Images images;
    private final DiscussedArticles discussed;
    private final Clock clock;

    Articles(
            ArticleRepository articles,
            SectionRepository sections,
            TagRepository tags,
            Images images,
            DiscussedArticles discussed,
            Clock clock) {
        this.articles = articles;
        this.sections = sections;
        this.tags = tags;
        this.images = images;
        this.discussed = discussed;
        this.clock = clock;
    }

    public List<SectionRef> sections(String edition) {
        return sections.findByEditionOrderByPosition(edition).stream()
                .map(Section::ref)
                .toList();
    }

    public Optional<SectionRef> section(String edition, String slug) {
        return sections.findByEditionAndSlug(edition, slug).map(Section::ref);
    }

    public Optional<TagRef> tag(String edition, String slug) {
        return tags.findByEditionAndSlug(edition, slug).map(Tag::ref);
    }

    public FrontPage frontPage(String edition) {
        Instant now = clock.instant();
        List<Article> latest = articles.latest(edition, now, PageRequest.of(0, FRONT_LATEST + 1))
                .getContent();
        Article top = articles.topStories(edition, now, PageRequest.of(0, 1)).stream()
                .findFirst()
                .orElse(latest.isEmpty() ? null : latest.getFirst());
        List<Article> rest =
                latest.stream().filter(a -> a != top).limit(FRONT_LATEST).toList();
        Map<Section, List<Article>> bySection = new LinkedHashMap<>();
        for (Section section : sections.findByEditionOrderByPosition(edition)) {
            bySection.put(
                    section,
                    articles.latestInSection(edition, section.slug(), now, PageRequest.of(0, SECTION_BLOCK_SIZE))
                            .getContent());
        }
        List<Article> all = new ArrayList<>(rest);
        if (top != null) {
            all.add(top);
        }
        bySection.values().forEach(all::addAll);
        Cards cards = cards(all);
        List<FrontPage.SectionBlock> blocks = bySection.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new FrontPage.SectionBlock(e.getKey().ref(), cards.of(e.getValue())))
                .toList();
        return new FrontPage(top == null ? null : cards.of(top), cards.of(rest), blocks);
    }

    /**
     * A page of the edition's articles, newest first, optionally only those of a section and/or with
     * a tag. Pages count from 1.
     */
    public Listing latest(String edition, String section, String tag, int page, int size) {
        Instant now = clock.instant();
        PageRequest request = PageRequest.of(Math.max(0, page - 1), size);
        Page<Article> found;
        if (section != null && tag != null) {
            found = articles.latestInSectionWithTag(edition, section, tag, now, request);
        } else if (section != null) {
            found = articles.latestInSection(edition, section, now, request);
        } else if (tag != null) {
            found = articles.latestWithTag(edition, tag, now, request);
        } else {
            found = articles.latest(edition, now, request);
        }
        return new Listing(
                cards(found.getContent()).of(found.getContent()),
                page,
                Math.max(1, found.getTotalPages()),
                found.getTotalElements());
    }

    public Optional<ArticleView> article(String edition, String slug) {
        Instant now = clock.instant();
        return articles.published(edition, slug, now).map(article -> view(article, now));
    }

    /**
     * A published article by its id, as its discussion needs it. Read for every comment posted, without
     * a transaction of its own: one statement while the node keeps the body's text.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Optional<DiscussedArticle> discussed(long id) {
        return discussed.find(id, clock.instant());
    }

    /** The published articles among these ids, read at once, as their discussions need them, by id. */
    public Map<Long, DiscussedArticle> discussed(Collection<Long> ids) {
        return discussed.find(ids, clock.instant());
    }

    /**
     * Sets the number of published comments lists and the article page show; the discussion counts them,
     * in the transaction of the change it counts.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void countComments(long articleId, int count) {
        discussed.count(articleId, count);
    }

    /** The path of the article behind a short code. */
    public Optional<String> pathOfShortCode(String code) {
        return articles.byShortCode(code, clock.instant()).map(Article::path);
    }

    /** The newest published articles of every edition, for sitemaps. */
    public List<SitemapEntry> sitemapEntries(int limit) {
        return articles.sitemapEntries(clock.instant(), PageRequest.of(0, limit));
    }

    /** The editions' versions of a story, keyed by edition code, as site paths. */
    public Map<String, String> storyPaths(String storyKey) {
        if (storyKey == null) {
            return Map.of();
        }
        return articles.story(storyKey, clock.instant()).stream()
                .collect(Collectors.toMap(Article::edition, Article::path, (a, b) -> a, java.util.TreeMap::new));
    }

    /** The article page's content, also for a preview of an article not published yet. */
    ArticleView view(Article article, Instant now) {
        List<String> paragraphs = Body.split(article.body());
        List<String> readMoreSlugs = paragraphs.stream()
                .map(Body::readMoreSlug)
                .flatMap(Optional::stream)
                .toList();
        List<Article> readMore = readMoreSlugs.isEmpty()
                ? List.of()
                : articles.publishedWithSlugs(article.edition(), readMoreSlugs, now);
        List<Article> related = related(article, now);
        List<Article> involved = new ArrayList<>(readMore);
        involved.addAll(related);
        involved.add(article);
        Cards cards = cards(involved);
        Map<String, ArticleCard> readMoreBySlug =
                readMore.stream().collect(Collectors.toMap(Article::slug, cards::of, (a, b) -> a));
        Map<Long, ImageRef> pictures = images.findAll(paragraphs.stream()
                .map(Body::pictureId)
                .flatMap(Optional::stream)
                .toList());
        List<Block> body = blocks(paragraphs, readMoreBySlug, pictures);
        List<TagRef> tagRefs = article.tags().stream().map(Tag::ref).toList();
        List<ArticleView.Alternate> alternates = article.storyKey() == null
                ? List.of()
                : articles.story(article.storyKey(), now).stream()
                        .map(a -> new ArticleView.Alternate(a.edition(), a.edition(), a.path()))
                        .toList();
        return new ArticleView(
                cards.of(article),
                article.byline(),
                body,
                tagRefs,
                cards.of(related),
                article.shortCode(),
                article.modifiedAt(),
                alternates,
                article.corrections());
    }

    /** The editor's published picks, then published articles sharing most tags with it, up to {@link #RELATED}. */
    List<Article> related(Article article, Instant now) {
        List<Article> related = new ArrayList<>(article.related().stream()
                .filter(r -> r.publishedAt() != null && !r.publishedAt().isAfter(now))
                .limit(RELATED)
                .toList());
        if (related.size() < RELATED) {
            related.addAll(suggestions(article, now).stream()
                    .filter(a -> !related.contains(a))
                    .limit(RELATED - related.size())
                    .toList());
        }
        return related;
    }

    /** Published articles sharing tags with this one (itself left out), those sharing most first. */
    List<Article> suggestions(Article article, Instant now) {
        List<Long> tagIds = article.tags().stream().map(Tag::id).toList();
        if (tagIds.isEmpty()) {
            return List.of();
        }
        long self = article.id() == null ? -1 : article.id();
        return articles.sharingTags(article.edition(), tagIds, self, now, PageRequest.of(0, RELATED * 2));
    }

    /**
     * The body's blocks in order: runs of text as sanitised HTML; a READ MORE or picture whose target
     * is not there is left out.
     */
    private static List<Block> blocks(
            List<String> paragraphs, Map<String, ArticleCard> readMore, Map<Long, ImageRef> pictures) {
        List<Block> body = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (String paragraph : paragraphs) {
            Optional<String> target = Body.readMoreSlug(paragraph);
            Optional<Long> picture = Body.pictureId(paragraph);
            if (target.isEmpty() && picture.isEmpty()) {
                text.add(paragraph);
                continue;
            }
            if (!text.isEmpty()) {
                body.add(new Block.Text(ArticleMarkdown.html(String.join("\n\n", text))));
                text.clear();
            }
            if (target.isPresent()) {
                Optional.ofNullable(readMore.get(target.get()))
                        .map(Block.ReadMore::new)
                        .ifPresent(body::add);
            } else {
                Optional.ofNullable(pictures.get(picture.get()))
                        .map(Block.Picture::new)
                        .ifPresent(body::add);
            }
        }
        if (!text.isEmpty()) {
            body.add(new Block.Text(ArticleMarkdown.html(String.join("\n\n", text))));
        }
        return body;
    }

    Cards cards(Collection<Article> articles) {
        List<Long> imageIds = articles.stream()
                .map(Article::imageId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return new Cards(images.findAll(imageIds));
    }

    /** Turns entities into cards with their images looked up once. */
    record Cards(Map<Long, ImageRef> images) {

        ArticleCard of(Article a) {
            return new ArticleCard(
                    a.id(),
                    a.edition(),
                    a.section().ref(),
                    a.slug(),
                    a.title(),
                    a.lead(),
                    a.publishedAt(),
                    a.imageId() == null ? null : images.get(a.imageId()),
                    a.viewCount(),
                    a.commentCount(),
                    a.isBreaking());
        }

        List<ArticleCard> of(List<Article> list) {
            return list.stream().map(this::of).toList();
        }
    }
}
