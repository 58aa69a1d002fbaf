package io.tribune.system;

/**
 * A labelled link, e.g. a navigation entry or an hreflang alternate (label = language tag).
 *
 * @param current what the link is to the page shown, as {@code aria-current} says it: {@code page}
 *     when it leads to this very page, {@code true} when to the part of the site the page is in; else null
 */
public record Link(String label, String href, String current) {

    public Link(String label, String href) {
        this(label, href, null);
    }
}
