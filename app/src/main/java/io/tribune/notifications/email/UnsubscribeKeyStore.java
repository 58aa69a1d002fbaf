package io.tribune.notifications.email;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where the unsubscribe key comes from: the operator's secret, or else the database, where the first
 * node to start creates a random one (one row; a second node starting at the same moment reads the
 * first one's). Every node must sign alike, and links already mailed must outlive restarts.
 */
final class UnsubscribeKeyStore {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeKeyStore.class);

    private UnsubscribeKeyStore() {}

    static byte[] load(EmailNotificationSettings settings, JdbcClient jdbc, Clock clock) {
        if (!settings.unsubscribeSecret().isBlank()) {
            return settings.unsubscribeSecret().strip().getBytes(StandardCharsets.UTF_8);
        }
        return stored(jdbc).orElseGet(() -> create(jdbc, clock));
    }

    private static Optional<byte[]> stored(JdbcClient jdbc) {
        return jdbc.sql("select secret from mail_unsubscribe_key where id = 1")
                .query(String.class)
                .optional()
                .map(text -> Base64.getDecoder().decode(text));
    }

    private static byte[] create(JdbcClient jdbc, Clock clock) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            jdbc.sql("insert into mail_unsubscribe_key (id, secret, created_at) values (1, :secret, :now)")
                    .param("secret", Base64.getEncoder().encodeToString(key))
                    .param("now", clock.instant().atOffset(ZoneOffset.UTC))
                    .update();
            log.info("Email: created the key unsubscribe links are signed with (kept in the database)");
            return key;
        } catch (DuplicateKeyException anotherNodeFirst) {
            return stored(jdbc).orElseThrow();
        }
    }
}
