package io.tribune.discussion.live;

/**
 * Tells every application node, this one included, that a comment was published, so each can send it
 * to the readers connected to it. Which implementation runs is chosen by {@link LiveSettings#broadcast()}.
 */
interface CommentBroadcast {

    void announce(Announcement announcement);
}
