package io.tribune.system;

import io.tribune.editions.Edition;

/**
 * The account pages that the frame of every page links to: the reader's corner of the header, the
 * log-in and registration pages, the privacy policy. The accounts module owns their addresses and
 * implements this port, so that the layout links to them and system never imports accounts.
 */
public interface AccountLinks {

    /** The links in the edition's pages. */
    Paths in(Edition edition);

    /**
     * The paths of the links.
     *
     * @param bar the fragment that shows the signed-in reader, loaded after the page
     */
    record Paths(String bar, String logIn, String register, String privacy) {}
}
