package io.tribune.publishing;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TagRepository extends JpaRepository<Tag, Long> {

    Optional<Tag> findByEditionAndSlug(String edition, String slug);
}
