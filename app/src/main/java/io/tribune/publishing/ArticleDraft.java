package io.tribune.publishing;

import java.util.List;
import java.util.Objects;

/**
 * What an editor writes of an article, as the newsroom's form sends it, already checked for form and
 * length; the newsroom checks the rest (the section, tags, related articles and picture exist).
 *
 * @param section the slug of one of the edition's sections
 * @param slug the last part of the address, or blank to make one from the headline
 * @param tags tag names, new ones created
 * @param bylines reporters' names
 * @param imageId the lead picture, or null
 * @param related slugs of published articles of the edition, in order
 * @param story the story key shared with the translations in other editions, or null
 * @param storyBefore the story key the form was filled with ("" for none), or null when the form does not say: a save
 *     changes the article's key only when {@code story} differs from it, so that a translation linked
 *     meanwhile by another editor is kept
 */
public record ArticleDraft(
        String headline,
        String lead,
        String body,
        String section,
        String slug,
        List<String> tags,
        List<String> bylines,
        Long imageId,
        List<String> related,
        boolean isBreaking,
        String corrections,
        String story,
        String storyBefore) {

    /** Whether the editor changed the story key on the form (a form that does not say counts as changed). */
    boolean isStoryChanged() {
        return storyBefore == null || !Objects.equals(story, keyBefore());
    }

    /** The story key the form was filled with, null for none (or when the form does not say). */
    String keyBefore() {
        return storyBefore == null || storyBefore.isEmpty() ? null : storyBefore;
    }
}
