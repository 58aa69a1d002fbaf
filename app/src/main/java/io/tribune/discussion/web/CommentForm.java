package io.tribune.discussion.web;

/**
 * The comment form as posted.
 *
 * @param parent the comment replied to, or null for a new thread
 * @param submit the form's one-time key
 * @param sort the order the reader was looking at, kept for the answer
 */
record CommentForm(String text, Long parent, String submit, String sort) {}
