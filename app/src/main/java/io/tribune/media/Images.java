package io.tribune.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The image library: records images and answers what other modules need to show them. */
@Service
public class Images {

    static final int BASE_WIDTH = 1440;
    static final int BASE_HEIGHT = 810;

    private final JdbcClient jdbc;
    private final Clock clock;

    Images(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records a generated illustration (a drawn scene, used for demo content); its renditions are
     * drawn on first request.
     */
    @Transactional
    public ImageRef illustrate(Illustration illustration, String caption, String credit) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into image (width, height, media_type, illustration, caption, credit, created_at) "
                        + "values (?, ?, 'image/jpeg', ?, ?, ?, ?)")
                .params(BASE_WIDTH, BASE_HEIGHT, illustration.code(), caption, credit, OffsetDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        return new ImageRef(id, BASE_WIDTH, BASE_HEIGHT, caption, credit);
    }

    /** Records an accepted upload; its renditions are stored by the caller in the same transaction. */
    ImageRef record(int width, int height, String caption, String credit, String digest) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into image (width, height, media_type, caption, credit, digest, created_at) "
                        + "values (?, ?, 'image/jpeg', ?, ?, ?, ?)")
                .params(width, height, caption, credit, digest, OffsetDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        return new ImageRef(id, width, height, caption, credit, digest);
    }

    /** Removes the record of an upload whose renditions could not be stored. */
    void forget(long id) {
        jdbc.sql("delete from image where id = ?").param(id).update();
    }

    public Optional<ImageRef> find(long id) {
        return jdbc.sql("select id, width, height, caption, credit, digest from image where id = ?")
                .param(id)
                .query(Images::ref)
                .optional();
    }

    /** Several images at once, by id. */
    public Map<Long, ImageRef> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select id, width, height, caption, credit, digest from image where id in (:ids)")
                .param("ids", ids)
                .query(Images::ref)
                .list()
                .stream()
                .collect(Collectors.toMap(ImageRef::id, Function.identity()));
    }

    Optional<Illustration> illustrationOf(long id) {
        return jdbc.sql("select illustration from image where id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .flatMap(Illustration::parse);
    }

    private static ImageRef ref(ResultSet rs, int row) throws SQLException {
        return new ImageRef(
                rs.getLong("id"),
                rs.getInt("width"),
                rs.getInt("height"),
                rs.getString("caption"),
                rs.getString("credit"),
                rs.getString("digest"));
    }
}
