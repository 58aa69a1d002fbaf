package io.tribune.discussion.live;

/** One node (the embedded H2 database): the announcement goes straight to this node's readers. */
final class InProcessBroadcast implements CommentBroadcast {

    private final CommentArrivals arrivals;

    InProcessBroadcast(CommentArrivals arrivals) {
        this.arrivals = arrivals;
    }

    @Override
    public void announce(Announcement announcement) {
        arrivals.arrived(announcement);
    }
}
