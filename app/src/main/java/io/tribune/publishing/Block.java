package io.tribune.publishing;

import io.tribune.media.ImageRef;

/** One block of an article's body. */
public sealed interface Block {

    /** A paragraph of text. */
    record Paragraph(String text) implements Block {}

    /** An inline "READ MORE" link to another article of the edition. */
    record ReadMore(ArticleCard article) implements Block {}

    /** A picture between paragraphs, shown with its caption and credit. */
    record Picture(ImageRef image) implements Block {}
}
