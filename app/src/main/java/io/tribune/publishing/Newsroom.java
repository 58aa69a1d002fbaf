package io.tribune.publishing;

import io.tribune.media.ImageRef;
import io.tribune.media.Images;
import io.tribune.system.CleanText;
import io.tribune.system.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The editors' use cases: list an edition's articles, write and save drafts, preview, publish now,
 * schedule, update and unpublish. Who may call them (the edition's editors, administrators) is declared
 * for the newsroom's pages in the security chain ({@code DeskSecurity}); saves name the version they were made from, and a save from an older version is refused
 * ({@link Saved.Stale}) so that no one's work is silently overwritten.
 */
@Service
public class Newsroom {

    /** What a save does besides storing the text. */
    public enum Action {
        /** Keeps the article where it is: a draft stays a draft, a published article is updated. */
        SAVE,
        PUBLISH,
        SCHEDULE,
        /** A scheduled article goes back to being a draft. */
        UNSCHEDULE,
        UNPUBLISH
    }

    public static final int MAX_TAGS = 12;
    public static final int MAX_RELATED = 8;
    public static final int DESK_PAGE = 30;

    /** How far ahead an editor may keep a discussion open by date; beyond, "never closes" says it. */
    static final int MAX_OPEN_YEARS = 10;

    private static final int FOUND = 10;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");
    private static final Pattern STORY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private final ArticleRepository articles;
    private final SectionRepository sections;
    private final TagRepository tags;
    private final ShortCodes shortCodes;
    private final Articles reading;
    private final Images images;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ObjectProvider<NewsroomFinder> finders;

    Newsroom(
            ArticleRepository articles,
            SectionRepository sections,
            TagRepository tags,
            ShortCodes shortCodes,
            Articles reading,
            Images images,
            TransactionTemplate transaction,
            Clock clock,
            ObjectProvider<NewsroomFinder> finders) {
        this.articles = articles;
        this.sections = sections;
        this.tags = tags;
        this.shortCodes = shortCodes;
        this.reading = reading;
        this.images = images;
        this.transaction = transaction;
        this.clock = clock;
        this.finders = finders;
    }

    /** A page of the edition's articles in every state, last changed first; pages count from 1. */
    public List<DeskArticle> desk(String edition, int page) {
        Page<Article> found = articles.desk(edition, PageRequest.of(Math.max(0, page - 1), DESK_PAGE));
        return found.getContent().stream()
                .map(a -> new DeskArticle(
                        a.id(),
                        a.title(),
                        a.state().name(),
                        a.modifiedAt(),
                        a.publishAt(),
                        a.state() == Article.State.PUBLISHED ? a.path() : null))
                .toList();
    }

    /** An article of the edition as the form shows it. */
    public Optional<EditedArticle> edited(String edition, long id) {
        return transaction.execute(status -> articles.inEdition(id, edition).map(this::edited));
    }

    /**
     * Saves an article: a new one ({@code id} null) as a draft first, then does what the action says.
     * {@code publishAt} is the time a {@link Action#SCHEDULE} asks for, already read in the editor's time
     * zone. Nothing is changed when anything is refused.
     */
    public Saved save(String edition, Long id, long version, ArticleDraft draft, Action action, Instant publishAt) {
        try {
            return transaction.execute(status -> {
                Saved saved = saveInTransaction(edition, id, version, draft, action, publishAt);
                if (!(saved instanceof Saved.Done)) {
                    status.setRollbackOnly();
                }
                return saved;
            });
        } catch (OptimisticLockingFailureException e) {
            // another editor's save committed between this one's check and its own commit
            return new Saved.Stale(
                    id == null ? 0 : articles.findById(id).map(Article::version).orElse(0L));
        }
    }

    private Saved saveInTransaction(
            String edition, Long id, long version, ArticleDraft draft, Action action, Instant publishAt) {
        Instant now = clock.instant();
        Article article;
        if (id == null) {
            Section any = sections.findByEditionOrderByPosition(edition).stream()
                    .findFirst()
                    .orElseThrow(NotFound::new);
            article = Article.draft(edition, any, "", shortCodes.next(), now);
        } else {
            article = articles.inEdition(id, edition).orElseThrow(NotFound::new);
            if (article.version() != version) {
                return new Saved.Stale(article.version());
            }
            // links are made from either edition's article without a save: a key changed by hand on a
            // form filled before another editor's link would undo that link
            if (draft.storyBefore() != null
                    && draft.isStoryChanged()
                    && !Objects.equals(article.storyKey(), draft.keyBefore())) {
                return new Saved.Stale(article.version());
            }
        }
        Map<String, String> problems = new LinkedHashMap<>();
        if (action == Action.UNPUBLISH) {
            if (article.state() != Article.State.PUBLISHED) {
                problems.put("action", "newsroom.error.notPublished");
                return new Saved.Refused(problems);
            }
            article.withdraw(now);
            Article saved = articles.saveAndFlush(article);
            return new Saved.Done(saved.id(), saved.version());
        }
        Written written = check(edition, article, draft, action, publishAt, now, problems);
        if (!problems.isEmpty()) {
            return new Saved.Refused(problems);
        }
        article.write(draft, written.section(), written.slug(), written.tags(), written.related(), draft.imageId());
        switch (action) {
            case PUBLISH -> article.publish(now);
            case SCHEDULE -> article.schedule(publishAt, now);
            case UNSCHEDULE -> article.unschedule(now);
            default -> article.keep(now);
        }
        Article saved = articles.saveAndFlush(article);
        return new Saved.Done(saved.id(), saved.version());
    }

    /** What a save needs besides the draft's own text, looked up and checked. */
    private record Written(Section section, String slug, Set<Tag> tags, List<Article> related) {}

    private Written check(
            String edition,
            Article article,
            ArticleDraft draft,
            Action action,
            Instant publishAt,
            Instant now,
            Map<String, String> problems) {
        boolean isGoingPublic = action == Action.PUBLISH
                || action == Action.SCHEDULE
                || (action == Action.SAVE && article.state() == Article.State.PUBLISHED);
        if (isGoingPublic) {
            require(draft.headline(), "headline", problems);
            require(draft.lead(), "lead", problems);
            require(draft.body(), "body", problems);
        }
        for (var field : Map.of(
                        "headline", draft.headline(),
                        "lead", draft.lead(),
                        "corrections", draft.corrections())
                .entrySet()) {
            if (!CleanText.isClean(field.getValue(), false)) {
                problems.putIfAbsent(field.getKey(), "newsroom.error.text");
            }
        }
        if (!CleanText.isClean(draft.body(), true)) {
            problems.putIfAbsent("body", "newsroom.error.text");
        }
        if (draft.bylines().stream().anyMatch(b -> !CleanText.isClean(b, false))) {
            problems.put("bylines", "newsroom.error.text");
        }
        if (action == Action.SCHEDULE) {
            if (publishAt == null) {
                problems.put("publishAt", "newsroom.error.publishAt");
            } else if (!publishAt.isAfter(now)) {
                problems.put("publishAt", "newsroom.error.publishAtPast");
            }
            if (article.state() == Article.State.PUBLISHED) {
                problems.put("action", "newsroom.error.alreadyPublished");
            }
        }
        if (action == Action.UNSCHEDULE && article.state() != Article.State.SCHEDULED) {
            problems.put("action", "newsroom.error.notScheduled");
        }
        Section section =
                sections.findByEditionAndSlug(edition, draft.section()).orElse(null);
        if (section == null) {
            problems.put("section", "newsroom.error.section");
        }
        String slug = slug(edition, article, draft, problems);
        if (draft.story() != null && !STORY.matcher(draft.story()).matches()) {
            problems.put("story", "newsroom.error.story");
        }
        if (draft.imageId() != null && images.find(draft.imageId()).isEmpty()) {
            problems.put("image", "newsroom.error.image");
        }
        Set<Tag> tagged = tags(edition, draft.tags(), problems);
        List<Article> related = related(edition, article, draft.related(), now, problems);
        return new Written(section, slug, tagged, related);
    }

    private static void require(String text, String field, Map<String, String> problems) {
        if (text == null || text.isBlank()) {
            problems.put(field, "newsroom.error.required");
        }
    }

    /** The article's address: kept once published (links to it must keep working), else the form's or one from the headline. */
    private String slug(String edition, Article article, ArticleDraft draft, Map<String, String> problems) {
        if (article.firstPublishedAt() != null) {
            return article.slug();
        }
        String wanted = draft.slug() == null || draft.slug().isBlank() ? null : draft.slug();
        if (wanted != null && !SLUG.matcher(wanted).matches()) {
            problems.put("slug", "newsroom.error.slug");
            return article.slug();
        }
        if (wanted != null) {
            if (!wanted.equals(article.slug()) && articles.existsByEditionAndSlug(edition, wanted)) {
                problems.put("slug", "newsroom.error.slugTaken");
            }
            return wanted;
        }
        if (!article.slug().isEmpty() && !isProvisional(article.slug())) {
            return article.slug();
        }
        String base = Slugs.of(draft.headline());
        if (base.isEmpty()) {
            base = "article-" + article.shortCode().toLowerCase(Locale.ROOT);
        }
        String candidate = base;
        for (int n = 2; !candidate.equals(article.slug()) && articles.existsByEditionAndSlug(edition, candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** A slug made before the headline was written, replaced once there is one. */
    private static boolean isProvisional(String slug) {
        return slug.startsWith("article-");
    }

    private Set<Tag> tags(String edition, List<String> names, Map<String, String> problems) {
        Set<Tag> found = new LinkedHashSet<>();
        if (names.size() > MAX_TAGS) {
            problems.put("tags", "newsroom.error.tags");
            return found;
        }
        for (String name : names) {
            String slug = Slugs.of(name);
            if (name.length() > 150 || slug.isEmpty() || !CleanText.isClean(name, false)) {
                problems.put("tags", "newsroom.error.tag");
                continue;
            }
            found.add(
                    tags.findByEditionAndSlug(edition, slug).orElseGet(() -> tags.save(new Tag(edition, slug, name))));
        }
        return found;
    }

    private List<Article> related(
            String edition, Article article, List<String> slugs, Instant now, Map<String, String> problems) {
        if (slugs.size() > MAX_RELATED) {
            problems.put("related", "newsroom.error.related");
            return List.of();
        }
        List<Article> found = slugs.isEmpty() ? List.of() : articles.publishedWithSlugs(edition, slugs, now);
        List<Article> ordered = new ArrayList<>();
        for (String slug : slugs) {
            Optional<Article> match =
                    found.stream().filter(a -> a.slug().equals(slug)).findFirst();
            if (match.isEmpty() || match.get() == article) {
                problems.put("related", "newsroom.error.related");
            } else if (!ordered.contains(match.get())) {
                ordered.add(match.get());
            }
        }
        return ordered;
    }

    /** The article as readers will see it once published, whatever its state now. */
    public Optional<ArticleView> preview(String edition, long id) {
        Instant now = clock.instant();
        return transaction.execute(status -> articles.inEdition(id, edition).map(article -> {
            ArticleView view = reading.view(article, now);
            Instant shown = article.publishedAt() != null
                    ? article.publishedAt()
                    : Objects.requireNonNullElse(article.publishAt(), now);
            ArticleCard card = view.card();
            return new ArticleView(
                    new ArticleCard(
                            card.id(),
                            card.edition(),
                            card.section(),
                            card.slug(),
                            card.title(),
                            card.lead(),
                            shown,
                            card.image(),
                            card.viewCount(),
                            card.commentCount(),
                            card.isBreaking()),
                    view.byline(),
                    view.body(),
                    view.tags(),
                    view.related(),
                    view.shortCode(),
                    article.state() == Article.State.PUBLISHED ? view.modifiedAt() : shown,
                    view.alternates(),
                    view.corrections());
        }));
    }

    /** Markdown as the article page shows it, for the form's live preview. */
    public String render(String markdown) {
        return ArticleMarkdown.html(markdown);
    }

    /**
     * Published articles of the edition with the words, for READ MORE links, related picks and
     * translations: any word of the text, as the search index finds it, or the headline's words when
     * there is no index.
     */
    public List<ArticleCard> find(String edition, String words) {
        String text = words == null ? "" : words.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || text.length() > 200) {
            return List.of();
        }
        NewsroomFinder finder = finders.getIfAvailable();
        if (finder == null) {
            List<Article> found = articles.headlined(
                    edition, "%" + likeEscaped(text) + "%", clock.instant(), PageRequest.of(0, FOUND));
            return reading.cards(found).of(found);
        }
        List<Long> ids = finder.find(edition, words.strip(), FOUND);
        Instant now = clock.instant();
        return transaction.execute(status -> {
            Map<Long, Article> byId = new LinkedHashMap<>();
            for (Article article : articles.findAllById(ids)) {
                if (article.edition().equals(edition)
                        && article.publishedAt() != null
                        && !article.publishedAt().isAfter(now)) {
                    byId.put(article.id(), article);
                }
            }
            // the index's order, best first
            List<Article> found =
                    ids.stream().map(byId::get).filter(Objects::nonNull).toList();
            return reading.cards(found).of(found);
        });
    }

    /** The edition's tags whose name contains the text, most used first, for the form's suggestions. */
    public List<TagRef> suggestTags(String edition, String text) {
        String words = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (words.length() > 150) {
            return List.of();
        }
        return tags.named(edition, "%" + likeEscaped(words) + "%", PageRequest.of(0, FOUND)).stream()
                .map(Tag::ref)
                .toList();
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private EditedArticle edited(Article article) {
        Instant now = clock.instant();
        List<Article> picks = article.related().stream()
                .filter(r -> r.publishedAt() != null && !r.publishedAt().isAfter(now))
                .toList();
        List<Article> suggestions = reading.suggestions(article, now).stream()
                .filter(a -> !article.related().contains(a))
                .limit(Articles.RELATED)
                .toList();
        List<Article> all = new ArrayList<>(picks);
        all.addAll(suggestions);
        Articles.Cards cards = reading.cards(all);
        ImageRef image = article.imageId() == null
                ? null
                : images.find(article.imageId()).orElse(null);
        Map<String, String> translations = new LinkedHashMap<>(reading.storyPaths(article.storyKey()));
        translations.remove(article.edition());
        ArticleDraft draft = new ArticleDraft(
                article.title(),
                article.lead(),
                article.body(),
                article.section().slug(),
                article.slug(),
                article.tags().stream().map(Tag::name).toList(),
                article.byline().isBlank()
                        ? List.of()
                        : List.of(article.byline().split(",\\s*")),
                article.imageId(),
                article.related().stream().map(Article::slug).toList(),
                article.isBreaking(),
                article.corrections(),
                article.storyKey(),
                article.storyKey() == null ? "" : article.storyKey());
        return new EditedArticle(
                article.id(),
                article.version(),
                article.state().name(),
                draft,
                image,
                article.publishedAt(),
                article.modifiedAt(),
                article.publishAt(),
                article.state() == Article.State.PUBLISHED ? article.path() : null,
                cards.of(picks),
                cards.of(suggestions),
                translations,
                article.discussionClosing());
    }

    /**
     * Sets when the article's discussion closes: by the edition's rule, now, at the end of a day to come
     * in the edition's time zone ({@code until}), or never. Answers the problem's message key when the
     * day is missing, past or absurdly far, and changes nothing then; throws {@link NotFound} when the
     * article is not one of the edition's.
     */
    public Optional<String> closeDiscussion(
            String edition, long id, DiscussionClosing.Kind kind, LocalDate until, ZoneId zone) {
        Instant now = clock.instant();
        DiscussionClosing closing;
        switch (kind) {
            case EDITION -> closing = DiscussionClosing.EDITION;
            case CLOSED -> closing = DiscussionClosing.closed(now);
            case NEVER -> closing = DiscussionClosing.never();
            case UNTIL -> {
                if (until == null) {
                    return Optional.of("newsroom.error.discussionUntil");
                }
                LocalDate today = LocalDate.ofInstant(now, zone);
                if (until.isBefore(today)) {
                    return Optional.of("newsroom.error.discussionUntilPast");
                }
                if (until.isAfter(today.plusYears(MAX_OPEN_YEARS))) {
                    return Optional.of("newsroom.error.discussionUntilFar");
                }
                // open through the whole day named, as a reader of the edition counts days
                closing = DiscussionClosing.openUntil(
                        until.plusDays(1).atStartOfDay(zone).toInstant());
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        DiscussionClosing chosen = closing;
        Integer changed = transaction.execute(status -> articles.closeDiscussion(
                id, edition, chosen.kind() == DiscussionClosing.Kind.EDITION ? null : chosen.kind(), chosen.until()));
        if (changed == null || changed != 1) {
            throw new NotFound();
        }
        return Optional.empty();
    }
}
