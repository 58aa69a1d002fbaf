package io.tribune.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Applied migrations are never edited, and a new one is numbered above every released one: the
 * migrations folder is checked against {@code db/released-migrations.txt} (how to extend it is said in
 * its header). The checks are also run against made-up folders, so that each can be seen to fail.
 */
class ReleasedMigrationsTests {

    private static final Path FOLDER = Path.of("src/main/resources/db/migration");
    private static final Path RELEASED = Path.of("src/test/resources/db/released-migrations.txt");
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64})  (V([0-9]+(?:[._][0-9]+)*)__\\S+\\.sql)");
    private static final Pattern SCRIPT = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__.+\\.sql");

    @TempDir
    Path temporary;

    @Test
    void noReleasedMigrationIsEditedOrRemovedAndEveryNewOneComesAfterThem() {
        assertThat(problems(RELEASED, FOLDER)).isEmpty();
        assertThat(released(RELEASED))
                .as("the list names the released migrations")
                .containsKey("V1__editions.sql");
    }

    @Test
    void anEditedMigrationIsFound() throws IOException {
        Path list = release(Map.of("V1__one.sql", "create table one (id int);", "V3__three.sql", "select 1;"));
        Files.writeString(temporary.resolve("V3__three.sql"), "select 2;");

        assertThat(problems(list, temporary)).singleElement().asString().contains("V3__three.sql", "edited");
    }

    @Test
    void aRemovedOrRenamedMigrationIsFound() throws IOException {
        Path list = release(Map.of("V1__one.sql", "create table one (id int);", "V3__three.sql", "select 1;"));
        Files.move(temporary.resolve("V3__three.sql"), temporary.resolve("V3__renamed.sql"));

        assertThat(problems(list, temporary))
                .anySatisfy(problem -> assertThat(problem).contains("V3__three.sql", "removed"))
                .anySatisfy(problem -> assertThat(problem).contains("V3__renamed.sql", "above V3"));
    }

    @Test
    void aNewMigrationInAReleasedGapOrAtAReleasedNumberIsFound() throws IOException {
        Path list = release(Map.of("V1__one.sql", "create table one (id int);", "V3__three.sql", "select 1;"));
        Files.writeString(temporary.resolve("V2__in_the_gap.sql"), "select 2;");
        Files.writeString(temporary.resolve("V3_0__twin.sql"), "select 3;");
        Files.writeString(temporary.resolve("V4__after.sql"), "select 4;");

        assertThat(problems(list, temporary))
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("V2__in_the_gap.sql"))
                .anySatisfy(problem -> assertThat(problem).contains("V3_0__twin.sql"));
    }

    /** What is wrong with the folder's migrations against the released list; empty when nothing is. */
    static List<String> problems(Path list, Path folder) {
        Map<String, String> released = released(list);
        List<String> problems = new ArrayList<>();
        List<Integer> highest = List.of();
        for (Map.Entry<String, String> script : released.entrySet()) {
            Path file = folder.resolve(script.getKey());
            if (!Files.isRegularFile(file)) {
                problems.add(script.getKey() + " was released and has been removed or renamed");
            } else if (!sha256(file).equals(script.getValue())) {
                problems.add(script.getKey() + " was released and has been edited since");
            }
            List<Integer> version = version(script.getKey());
            if (compare(version, highest) > 0) {
                highest = version;
            }
        }
        for (String name : scripts(folder)) {
            if (!released.containsKey(name) && compare(version(name), highest) <= 0) {
                problems.add(name + " is not released: its version must be above V"
                        + String.join(".", highest.stream().map(String::valueOf).toList()));
            }
        }
        return problems;
    }

    /** The list's scripts and their checksums, in its order. */
    private static Map<String, String> released(Path list) {
        Map<String, String> released = new LinkedHashMap<>();
        for (String line : read(list)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            assertThat(matcher.matches()).as("a line of %s: %s", list, line).isTrue();
            assertThat(released.put(matcher.group(2), matcher.group(1)))
                    .as("listed twice: %s", matcher.group(2))
                    .isNull();
        }
        return released;
    }

    private static List<String> scripts(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> SCRIPT.matcher(name).matches())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Flyway version as its parts: {@code V3_0__x.sql} is 3.0, which Flyway takes for 3. */
    private static List<Integer> version(String name) {
        Matcher matcher = SCRIPT.matcher(name);
        assertThat(matcher.matches()).as(name).isTrue();
        List<Integer> parts = new ArrayList<>(
                Stream.of(matcher.group(1).split("[._]")).map(Integer::valueOf).toList());
        while (parts.size() > 1 && parts.getLast() == 0) {
            parts.removeLast();
        }
        return parts;
    }

    private static int compare(List<Integer> left, List<Integer> right) {
        for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
            int difference = Integer.compare(i < left.size() ? left.get(i) : 0, i < right.size() ? right.get(i) : 0);
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the scripts into the temporary folder and a released list naming them all. */
    private Path release(Map<String, String> scripts) throws IOException {
        StringBuilder list = new StringBuilder("# released\n");
        for (Map.Entry<String, String> script : scripts.entrySet()) {
            Path file = Files.writeString(temporary.resolve(script.getKey()), script.getValue());
            list.append(sha256(file)).append("  ").append(script.getKey()).append('\n');
        }
        return Files.writeString(temporary.resolve("released-migrations.txt"), list.toString());
    }
}
