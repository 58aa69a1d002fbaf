package io.tribune.discussion;

/**
 * The moderation pages a discussion links to: the community standards every comment is screened
 * against, and a blocked reader's own page. The moderation module answers them, owns their addresses
 * and implements this port, so that the discussion links to them and never imports moderation.
 */
public interface ModerationLinks {

    /** The links in the edition's discussions, by the edition's code. */
    Paths in(String edition);

    /**
     * The paths of the links.
     *
     * @param blocked where a blocked reader learns why and may ask for an unlock
     */
    record Paths(String standards, String blocked) {}
}
