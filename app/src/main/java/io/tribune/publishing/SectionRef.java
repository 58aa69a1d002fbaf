package io.tribune.publishing;

/** A section as pages show it. */
public record SectionRef(String edition, String slug, String name) {

    public String path() {
        return PublishingPaths.section(edition, slug);
    }
}
