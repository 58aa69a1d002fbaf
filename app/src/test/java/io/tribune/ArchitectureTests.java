package io.tribune;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ArchitectureTests {

    /** Relative to the app module, where the tests run. */
    private static final Path COMMITTED = Path.of("../docs/modules");

    private static final Path GENERATED = Path.of("target/module-docs");

    private final ApplicationModules modules = ApplicationModules.of(TribuneApplication.class);

    @Test
    void modulesDependOnEachOtherOneWayOnly() {
        modules.verify();
    }

    @Test
    void theFoundationModulesExist() {
        assertThat(modules.stream().map(ApplicationModule::getName))
                .contains("system", "editions", "publishing", "media");
    }

    @Test
    void publicSiteModulesStayBelowPublishing() {
        ApplicationModule editions = modules.getModuleByName("editions").orElseThrow();
        ApplicationModule media = modules.getModuleByName("media").orElseThrow();
        ApplicationModule publishing = modules.getModuleByName("publishing").orElseThrow();
        assertThat(editions.getBootstrapDependencies(modules).toList()).isEmpty();
        assertThat(media.getDirectDependencies(modules).contains(publishing)).isFalse();
    }

    /**
     * The module diagrams and canvases that docs/architecture.md links to are generated into target/
     * and must match the committed ones, so that a change of the modules cannot leave them stale and a
     * build never rewrites tracked files. {@code -Dtribune.refresh-module-docs=true} writes them to
     * docs/modules.
     */
    @Test
    void committedModuleDocumentationMatchesTheModules() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Map<String, String> generated = contents(GENERATED);
        assertThat(generated).containsKey("components.puml");
        if (Boolean.getBoolean("tribune.refresh-module-docs")) {
            refresh(generated);
        }
        assertThat(linesOf(contents(COMMITTED)))
                .as(
                        "docs/modules differ from the documentation generated into app/%s; refresh them with"
                                + " ./mvnw -B -pl app -am test -Dtest=ArchitectureTests -Dsurefire.failIfNoSpecifiedTests=false"
                                + " -Dtribune.refresh-module-docs=true and commit docs/modules",
                        GENERATED)
                .isEqualTo(linesOf(generated));
    }

    private static void refresh(Map<String, String> generated) throws IOException {
        Files.createDirectories(COMMITTED);
        Map<String, String> committed = contents(COMMITTED);
        for (String stale : committed.keySet()) {
            if (!generated.containsKey(stale)) {
                Files.delete(COMMITTED.resolve(stale));
            }
        }
        for (Map.Entry<String, String> file : generated.entrySet()) {
            String before = committed.get(file.getKey());
            if (before == null || !sortedLines(before).equals(sortedLines(file.getValue()))) {
                Files.writeString(COMMITTED.resolve(file.getKey()), file.getValue());
            }
        }
    }

    /** The files of a folder by name, with their text. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (Files.isDirectory(folder)) {
            try (Stream<Path> paths = Files.list(folder)) {
                for (Path file : paths.filter(Files::isRegularFile).toList()) {
                    files.put(file.getFileName().toString(), Files.readString(file));
                }
            }
        }
        return files;
    }

    /** The documenter writes the relations of a diagram in no fixed order. */
    private static Map<String, List<String>> linesOf(Map<String, String> files) {
        Map<String, List<String>> lines = new TreeMap<>();
        files.forEach((name, text) -> lines.put(name, sortedLines(text)));
        return lines;
    }

    /**
     * The canvases list a module's events in no fixed order either, and the first item of a list
     * shares its line with the table cell that opens it, so that opening is split off before sorting.
     */
    private static List<String> sortedLines(String text) {
        return text.lines()
                .flatMap(line -> line.startsWith("|* ") ? Stream.of("|", line.substring(1)) : Stream.of(line))
                .sorted()
                .toList();
    }
}
