package io.tribune.discussion.live;

/** What a node does with a comment announced by any node: the web layer sends it to its readers. */
public interface CommentArrivals {

    /** Called on the broadcast's own thread; an implementation must return quickly. */
    void arrived(Announcement announcement);
}
