package io.tribune.publishing;

import java.util.List;

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
        String story) {}
