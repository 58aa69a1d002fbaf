package io.tribune.publishing;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SectionRepository extends JpaRepository<Section, Long> {

    List<Section> findByEditionOrderByPosition(String edition);

    Optional<Section> findByEditionAndSlug(String edition, String slug);
}
