package io.tribune.system;

/** A labelled link, e.g. a navigation entry or an hreflang alternate (label = language tag). */
public record Link(String label, String href) {}
