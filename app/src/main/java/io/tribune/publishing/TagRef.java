package io.tribune.publishing;

/** A tag as pages show it. */
public record TagRef(String edition, String slug, String name) {

    public String path() {
        return PublishingPaths.tag(edition, slug);
    }
}
