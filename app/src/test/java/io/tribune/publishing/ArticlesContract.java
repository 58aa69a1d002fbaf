package io.tribune.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** What the publishing store must do on every database Tribune supports. */
abstract class ArticlesContract {

    @Autowired
    Articles articles;

    @Autowired
    Newsroom newsroom;

    @Autowired
    ApplicationContext context;

    @Test
    void frontPageHasTopStoryLatestAndSections() {
        FrontPage front = articles.frontPage("en");
        assertThat(front.topStory()).isNotNull();
        assertThat(front.latest()).hasSizeGreaterThan(5).doesNotContain(front.topStory());
        assertThat(front.sections()).extracting(b -> b.section().slug()).contains("world", "sport");
    }

    @Test
    void listsAreNewestFirstAndPaged() {
        Listing first = articles.latest("ru", null, null, 1, 10);
        assertThat(first.total()).isGreaterThanOrEqualTo(20);
        assertThat(first.pages()).isGreaterThanOrEqualTo(2);
        assertThat(first.articles()).extracting(ArticleCard::publishedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
        Listing second = articles.latest("ru", null, null, 2, 10);
        assertThat(second.articles()).doesNotContainAnyElementsOf(first.articles());
    }

    @Test
    void filtersBySectionAndTag() {
        Listing sport = articles.latest("es", "sport", null, 1, 50);
        assertThat(sport.articles())
                .isNotEmpty()
                .allMatch(a -> a.section().slug().equals("sport"));
        ArticleView any =
                articles.article("es", sport.articles().getFirst().slug()).orElseThrow();
        String tag = any.tags().getFirst().slug();
        Listing tagged = articles.latest("es", null, tag, 1, 50);
        assertThat(tagged.articles()).extracting(ArticleCard::id).contains(any.id());
        assertThat(articles.latest("es", "sport", tag, 1, 50).articles())
                .extracting(ArticleCard::id)
                .contains(any.id());
    }

    @Test
    void articleViewResolvesReadMoreRelatedAndTranslations() {
        ArticleView view = articles.article(
                        "ar",
                        articles.latest("ar", null, null, 1, 1)
                                .articles()
                                .getFirst()
                                .slug())
                .orElseThrow();
        assertThat(view.body()).isNotEmpty();
        assertThat(view.shortCode()).matches("[A-Za-z0-9]{7}");
        assertThat(articles.pathOfShortCode(view.shortCode()))
                .hasValue(view.card().path());
        ArticleView story = articles.article("en", "port-workers-extend-strike").orElseThrow();
        assertThat(story.alternates())
                .extracting(ArticleView.Alternate::edition)
                .contains("en", "ru", "es", "ar");
        assertThat(story.body()).anyMatch(b -> b instanceof Block.ReadMore);
        assertThat(story.related()).isNotEmpty();
    }

    @Test
    void unknownThingsAreAbsentNotErrors() {
        assertThat(articles.article("en", "no-such-article")).isEmpty();
        assertThat(articles.pathOfShortCode("zzzzzzz")).isEmpty();
        assertThat(articles.latest("en", "no-such-section", null, 1, 10).articles())
                .isEmpty();
    }

    @Test
    void aDiscussedArticlesTextIsItsBodyWithoutShortCodesAndFollowsItsEdits() {
        String slug = "harbour-ferries-" + System.nanoTime();
        new TestArticles(context)
                .publish(
                        "en",
                        slug,
                        "Harbour ferries",
                        "Ferries leave at dawn.\n\n::read-more elsewhere\n\nThe pier opens.");
        long id = articles.article("en", slug).orElseThrow().id();

        DiscussedArticle first = articles.discussed(id).orElseThrow();
        assertThat(first.text()).isEqualTo("Ferries leave at dawn.\n\nThe pier opens.");
        assertThat(first.title()).isEqualTo("Harbour ferries");
        assertThat(first.path()).isEqualTo("/en/world/" + slug);
        assertThat(first.closing()).isEqualTo(DiscussionClosing.EDITION);
        assertThat(articles.discussed(List.of(id)).get(id)).isEqualTo(first);

        EditedArticle edited = newsroom.edited("en", id).orElseThrow();
        ArticleDraft draft = edited.draft();
        ArticleDraft changed = new ArticleDraft(
                draft.headline(),
                draft.lead(),
                "Ferries now leave at noon.",
                draft.section(),
                draft.slug(),
                draft.tags(),
                draft.bylines(),
                draft.imageId(),
                draft.related(),
                draft.isBreaking(),
                draft.corrections(),
                draft.story(),
                draft.storyBefore());
        assertThat(newsroom.save("en", id, edited.version(), changed, Newsroom.Action.SAVE, null))
                .isInstanceOf(Saved.Done.class);

        assertThat(articles.discussed(id).orElseThrow().text()).isEqualTo("Ferries now leave at noon.");
    }
}
