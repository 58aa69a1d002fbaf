package io.tribune.search;

import io.tribune.publishing.ArticleText;
import java.util.List;
import java.util.function.Consumer;

/**
 * The index of the editions' articles. Tribune ships an embedded Lucene index on disk ({@link
 * LuceneIndex}); a search cluster is plugged in by another implementation of this interface (see
 * docs/architecture.md, "Search").
 */
public interface SearchIndex {

    /** Adds the article, or replaces what the index held for it. */
    void put(ArticleText article);

    void remove(String edition, long article);

    /** Empties the edition's index and fills it with what {@code articles} hands to its consumer. */
    long rebuild(String edition, Consumer<Consumer<ArticleText>> articles);

    /** Whether the edition's index was missing when the application started. */
    boolean wasMissing(String edition);

    /** How many articles the edition's index holds, readable or not yet. */
    long size(String edition);

    SearchResults search(SearchQuery query);

    /**
     * Up to {@code count} readable articles whose headline has the words typed so far, the last one
     * perhaps only begun, best first; none when the text has no word to look for.
     */
    List<FoundArticle> suggest(String edition, String typed, int count);

    /**
     * Like {@link #suggest}, but the words may be in the headline, the lead or the body (a headline's
     * count most), analysed in the edition's language: for the newsroom, where an editor looks for an
     * article by any word of it.
     */
    List<FoundArticle> suggestByAnyText(String edition, String typed, int count);

    /** Up to {@code count} readable articles most like the given one, most alike first. */
    List<Long> similarTo(String edition, long article, int count);

    /** The readable articles among {@code ids}, in that order. */
    List<FoundArticle> find(String edition, List<Long> ids);
}
