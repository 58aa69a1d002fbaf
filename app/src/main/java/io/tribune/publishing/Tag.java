package io.tribune.publishing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A keyword that groups articles across sections, such as European Parliament. */
@Entity
@Table(name = "tag")
class Tag {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String edition;
    private String slug;
    private String name;

    protected Tag() {}

    Tag(String edition, String slug, String name) {
        this.edition = edition;
        this.slug = slug;
        this.name = name;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String slug() {
        return slug;
    }

    TagRef ref() {
        return new TagRef(edition, slug, name);
    }
}
