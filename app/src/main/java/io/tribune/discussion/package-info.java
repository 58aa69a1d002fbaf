/**
 * Discussion: comments and replies under articles, who may post them, what readers see of them, and
 * their counts. Every comment is screened before its author gets an answer, through {@link
 * io.tribune.discussion.CommentScreening}, a port the moderation module implements, and its pages link
 * to the moderation pages through another ({@link io.tribune.discussion.ModerationLinks}); this module
 * never imports moderation. Facts go out as events ({@link io.tribune.discussion.CommentPosted}). Posting,
 * editing and reporting are limited per hour per reader and per address by the accounts module's quotas.
 */
@ApplicationModule(
        displayName = "Discussion",
        allowedDependencies = {"accounts", "accounts :: limits", "editions", "publishing", "system"})
package io.tribune.discussion;

import org.springframework.modulith.ApplicationModule;
