package io.tribune.discussion;

/**
 * Decides, before its author gets an answer, whether a comment is published, held for a moderator or
 * rejected. Declared here, implemented by the moderation module. An implementation must not throw:
 * when it cannot decide, the comment is held (fail closed).
 */
public interface CommentScreening {

    Screened screen(Submission submission);
}
