package io.tribune.media;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Renditions as files under the media folder, {@code <id>/<width>.jpg}: names are built from numbers only. */
class DiskImageStore implements ImageStore {

    private final Path root;

    DiskImageStore(Path root) {
        this.root = root;
    }

    @Override
    public Optional<byte[]> read(long image, int width) {
        Path file = file(image, width);
        return Files.isRegularFile(file) ? Optional.of(StoredFiles.read(file)) : Optional.empty();
    }

    @Override
    public Optional<Long> size(long image, int width) {
        Path file = file(image, width);
        return Files.isRegularFile(file) ? Optional.of(StoredFiles.size(file)) : Optional.empty();
    }

    @Override
    public void write(long image, int width, byte[] jpeg) {
        StoredFiles.write(file(image, width), jpeg);
    }

    @Override
    public void delete(long image) {
        StoredFiles.deleteFolder(root.resolve(Long.toString(image)));
    }

    private Path file(long image, int width) {
        return root.resolve(Long.toString(image)).resolve(width + ".jpg");
    }
}
