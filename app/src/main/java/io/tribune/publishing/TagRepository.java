package io.tribune.publishing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TagRepository extends JpaRepository<Tag, Long> {

    Optional<Tag> findByEditionAndSlug(String edition, String slug);

    /** The edition's tags whose name starts with the text, or contains it, most used first. */
    @Query("select t from Tag t where t.edition = :edition and lower(t.name) like :pattern escape '\\'"
            + " order by (select count(a) from Article a join a.tags at where at = t) desc, t.name")
    List<Tag> named(String edition, String pattern, Pageable page);
}
