package io.tribune.publishing;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A part of an edition's site, such as World or Sport. */
@Entity
@Table(name = "section")
class Section {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String edition;
    private String slug;
    private String name;
    private int position;

    protected Section() {}

    Section(String edition, String slug, String name, int position) {
        this.edition = edition;
        this.slug = slug;
        this.name = name;
        this.position = position;
    }

    Long id() {
        return id;
    }

    String edition() {
        return edition;
    }

    String slug() {
        return slug;
    }

    String name() {
        return name;
    }

    SectionRef ref() {
        return new SectionRef(edition, slug, name);
    }
}
