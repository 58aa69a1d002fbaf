package io.tribune.editions;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The editions' Listen Live streams: the one an edition's editors set in the newsroom, else the
 * operator's default ({@code tribune.listen-live.*}). Every page asks, so the answer is kept in memory;
 * a change made here is seen at once on this node ({@link ListenLiveChanged} tells the pages kept
 * with the old player bar), on the others once their copy is read again ({@link #KEPT} after it was).
 */
@Service
public class ListenLiveStreams {

    /** How long a node keeps a stream before reading it again, for changes made on other nodes. */
    static final Duration KEPT = Duration.ofSeconds(30);

    private final JdbcClient jdbc;
    private final Map<String, ListenLive> defaults;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LoadingCache<String, ListenLive> kept;

    ListenLiveStreams(JdbcClient jdbc, EditionSettings settings, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.defaults = settings.listenLive();
        this.events = events;
        this.clock = clock;
        // refreshed, not expired: a read that fails (the database out of reach) keeps the stream known
        this.kept = Caffeine.newBuilder().refreshAfterWrite(KEPT).build(this::read);
    }

    /** The edition's stream as the player bar offers it, if it has one. */
    public Optional<ListenLive> playing(String edition) {
        return Optional.of(current(edition)).filter(ListenLive::isConfigured);
    }

    /** The edition's stream as its editors last set it, else the default; {@link ListenLive#NONE} when neither. */
    public ListenLive current(String edition) {
        try {
            return kept.get(edition);
        } catch (DataAccessException unreachable) {
            // a page drawn while no connection is free (the busy page itself) still gets its player bar
            return defaults.getOrDefault(edition, ListenLive.NONE);
        }
    }

    /**
     * Sets the edition's stream (a cleared URL removes the player bar) and answers nothing; or answers
     * the problems by field, as {@link ListenLive#problems()} names them, and changes nothing.
     */
    public Map<String, String> change(String edition, ListenLive stream) {
        Map<String, String> problems = stream.problems();
        if (!problems.isEmpty()) {
            return problems;
        }
        Timestamp now = Timestamp.from(clock.instant());
        // two statements that run alike on H2 and PostgreSQL; the last editor's change wins
        jdbc.sql("insert into listen_live (edition, url, name, schedule, changed_at) values (?, ?, ?, ?, ?)"
                        + " on conflict do nothing")
                .params(edition, stream.url(), stream.name(), stream.schedule(), now)
                .update();
        jdbc.sql("update listen_live set url = ?, name = ?, schedule = ?, changed_at = ? where edition = ?")
                .params(stream.url(), stream.name(), stream.schedule(), now, edition)
                .update();
        kept.invalidate(edition);
        events.publishEvent(new ListenLiveChanged(edition));
        return Map.of();
    }

    private ListenLive read(String edition) {
        return jdbc.sql("select url, name, schedule from listen_live where edition = ?")
                .param(edition)
                .query((rs, n) -> new ListenLive(rs.getString("url"), rs.getString("name"), rs.getString("schedule")))
                .optional()
                .orElseGet(() -> defaults.getOrDefault(edition, ListenLive.NONE));
    }
}
