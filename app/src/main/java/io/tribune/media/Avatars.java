package io.tribune.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import javax.imageio.ImageIO;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Readers' pictures. An upload is checked and re-encoded into squares stored under a fresh random id;
 * without one, a picture of the owner's initials is drawn. The module knows nothing of accounts: the
 * caller keeps the id and says whose name and seed to draw. It enables its settings itself, so that
 * another module's slice test that imports it alone gets them.
 */
@Service
@EnableConfigurationProperties(MediaSettings.class)
public class Avatars {

    /** The largest upload accepted. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The most pixels an upload may announce: a 50-megapixel photo passes, a decompression bomb does not. */
    public static final long MAX_PIXELS = 50_000_000L;

    static final int LARGE = 256;
    static final int SMALL = 64;

    private final Path root;
    private final AvatarPictures pictures = new AvatarPictures(MAX_BYTES, MAX_PIXELS, List.of(LARGE, SMALL));
    private final SecureRandom random = new SecureRandom();
    private final Semaphore decoding = new Semaphore(1, true);

    Avatars(MediaSettings settings) {
        this.root = settings.root().resolve("avatars");
        // registers the WebP reader from the application's class loader, also inside the packaged jar
        ImageIO.scanForPlugins();
    }

    /** Checks, re-encodes and stores an uploaded picture; nothing is stored when it is refused. */
    public AvatarUpload store(byte[] upload) {
        AvatarPictures.Outcome outcome = decodeOneAtATime(upload);
        if (outcome.refusal() != null) {
            return new AvatarUpload.Refused(outcome.refusal());
        }
        AvatarId id = newId();
        for (Map.Entry<Integer, byte[]> square : outcome.squares().entrySet()) {
            StoredFiles.write(file(id, square.getKey()), square.getValue());
        }
        return new AvatarUpload.Stored(id);
    }

    /**
     * Decoding a large photo may take a few hundred megabytes for a moment (the WebP and progressive
     * JPEG readers hold whole-image buffers), so uploads are decoded one after the other: two at once
     * could exhaust the heap that every reader of the site shares.
     */
    private AvatarPictures.Outcome decodeOneAtATime(byte[] upload) {
        try {
            decoding.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AvatarPictures.Outcome.refused(AvatarUpload.Refusal.UNREADABLE);
        }
        try {
            return pictures.squares(upload);
        } finally {
            decoding.release();
        }
    }

    /** Erases an uploaded picture's files for good. */
    public void discard(AvatarId id) {
        StoredFiles.deleteFolder(root.resolve(id.value()));
    }

    /** The uploaded picture when there is one, otherwise the initials of {@code name} on the seed's colour. */
    public Avatar of(Optional<AvatarId> uploaded, String name, long seed) {
        if (uploaded.isPresent()) {
            return new Avatar(
                    MediaPaths.uploadedAvatar(uploaded.get(), LARGE),
                    MediaPaths.uploadedAvatar(uploaded.get(), SMALL),
                    true);
        }
        String drawn = MediaPaths.drawnAvatar(Initials.hue(seed), Initials.of(name));
        return new Avatar(drawn, drawn, false);
    }

    /** The stored JPEG of one size, for the module's web layer. */
    public Optional<byte[]> jpeg(AvatarId id, int size) {
        if (size != LARGE && size != SMALL) {
            return Optional.empty();
        }
        Path file = file(id, size);
        return Files.isRegularFile(file) ? Optional.of(StoredFiles.read(file)) : Optional.empty();
    }

    /** The drawn picture for initials and hue as named in its address; empty for anything else. */
    public Optional<String> drawn(String initials, int hue) {
        if (initials == null || hue < 0 || hue >= 360 || !Initials.isInitials(initials)) {
            return Optional.empty();
        }
        return Optional.of(Initials.svg(initials, hue));
    }

    private Path file(AvatarId id, int size) {
        return root.resolve(id.value()).resolve(size + ".jpg");
    }

    private AvatarId newId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return new AvatarId(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}
