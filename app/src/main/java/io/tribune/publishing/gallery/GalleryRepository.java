package io.tribune.publishing.gallery;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GalleryRepository extends JpaRepository<Gallery, Long> {

    @Query(
            value = "select g from Gallery g where g.edition = :edition and g.publishedAt <= :now"
                    + " order by g.publishedAt desc, g.id desc",
            countQuery = "select count(g) from Gallery g where g.edition = :edition and g.publishedAt <= :now")
    Page<Gallery> published(String edition, Instant now, Pageable page);

    @Query("select g from Gallery g where g.edition = :edition and g.slug = :slug and g.publishedAt <= :now")
    Optional<Gallery> published(String edition, String slug, Instant now);

    @Query("select g from Gallery g where g.edition = :edition order by g.modifiedAt desc, g.id desc")
    List<Gallery> allOf(String edition, Pageable page);

    Optional<Gallery> findByIdAndEdition(long id, String edition);

    boolean existsByEditionAndSlug(String edition, String slug);
}
