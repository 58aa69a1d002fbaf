package io.tribune.publishing;

import java.time.Instant;
import java.util.List;

/**
 * A published (or scheduled) article as plain text, for indexes that find articles by their words.
 *
 * @param body the paragraphs of the body without READ MORE links and pictures, separated by blank lines
 * @param publishedAt when readers may first read it; a search hides it until then
 */
public record ArticleText(
        long id,
        String edition,
        SectionRef section,
        List<TagRef> tags,
        String title,
        String lead,
        String body,
        String path,
        Instant publishedAt) {}
