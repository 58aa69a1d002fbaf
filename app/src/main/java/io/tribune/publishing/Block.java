package io.tribune.publishing;

import io.tribune.media.ImageRef;

/** One block of an article's body. */
public sealed interface Block {

    /**
     * A run of the article's text between READ MORE links and pictures: paragraphs, lists, quotations
     * and sub-headings written in Markdown, as sanitised HTML ready for the page.
     */
    record Text(String html) implements Block {}

    /** An inline "READ MORE" link to another article of the edition. */
    record ReadMore(ArticleCard article) implements Block {}

    /** A picture between paragraphs, shown with its caption and credit. */
    record Picture(ImageRef image) implements Block {}
}
