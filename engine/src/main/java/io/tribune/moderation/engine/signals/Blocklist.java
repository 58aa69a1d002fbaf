package io.tribune.moderation.engine.signals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Known malicious hosts and URLs, read from files in the formats that public feeds use: hosts files
 * ({@code 0.0.0.0 bad.example}), plain lists of domains or URLs one per line, and URLhaus-style CSV
 * (the URL is the quoted field that starts with a scheme). A host entry blocks its subdomains too.
 */
final class Blocklist {

    private static final Logger log = LoggerFactory.getLogger(Blocklist.class);
    private static final String BUILT_IN = "blocklist.txt";

    private final Map<String, String> hosts = new HashMap<>();
    private final Map<String, String> urls = new HashMap<>();

    /** The built-in list plus every file in {@code dataDir/blocklists/}. */
    static Blocklist load(Optional<Path> dataDir) {
        Blocklist list = new Blocklist();
        try (InputStream in = Blocklist.class.getResourceAsStream(BUILT_IN)) {
            list.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines(), "built-in");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        dataDir.map(d -> d.resolve("blocklists")).filter(Files::isDirectory).ifPresent(list::readFolder);
        return list;
    }

    static Blocklist of(List<String> lines, String source) {
        Blocklist list = new Blocklist();
        list.read(lines.stream(), source);
        return list;
    }

    private void readFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                    read(lines, file.getFileName().toString());
                } catch (IOException | UncheckedIOException e) {
                    log.warn("blocklist {} cannot be read: {}", file, e.toString());
                }
            }
        } catch (IOException e) {
            log.warn("blocklist folder {} cannot be listed: {}", folder, e.toString());
        }
    }

    private void read(Stream<String> lines, String source) {
        lines.forEach(line -> add(line, source));
    }

    private void add(String raw, String source) {
        String line = raw.strip();
        if (line.isEmpty() || line.startsWith("#") || line.startsWith("!") || line.startsWith("//")) {
            return;
        }
        int comment = line.indexOf(" #");
        if (comment > 0) {
            line = line.substring(0, comment).strip();
        }
        String url = urlField(line);
        if (url != null) {
            Link link = Link.parse(0, url.length(), url);
            urls.put(normalise(url), source);
            if (link.path().isEmpty() || link.path().equals("/")) {
                hosts.put(link.host(), source);
            }
            return;
        }
        String[] fields = line.split("\\s+");
        // hosts format: address then one or more names; plain list: the name alone
        int from = fields.length > 1 && fields[0].matches("[0-9.:a-fA-F]+") ? 1 : 0;
        for (int i = from; i < fields.length; i++) {
            String host = fields[i].toLowerCase(Locale.ROOT);
            if (host.contains(".") && !host.equals("localhost") && !host.matches("[0-9.]+")) {
                hosts.put(host, source);
            }
        }
    }

    private static String urlField(String line) {
        for (String field : line.split("[,;\\t]")) {
            String f = field.strip();
            if (f.length() > 1 && f.startsWith("\"") && f.endsWith("\"")) {
                f = f.substring(1, f.length() - 1);
            }
            if (f.regionMatches(true, 0, "http://", 0, 7) || f.regionMatches(true, 0, "https://", 0, 8)) {
                return f;
            }
        }
        return null;
    }

    /** The source that lists the link's URL or host (or a parent domain of it), if any. */
    Optional<String> match(Link link) {
        String byUrl = urls.get(normalise(link.text()));
        if (byUrl != null) {
            return Optional.of(byUrl + ":url");
        }
        String host = link.host();
        for (int dot = -1; ; dot = host.indexOf('.', dot + 1)) {
            String candidate = host.substring(dot + 1);
            String source = hosts.get(candidate);
            if (source != null) {
                return Optional.of(source + ":host");
            }
            if (host.indexOf('.', dot + 1) < 0) {
                return Optional.empty();
            }
        }
    }

    int size() {
        return hosts.size() + urls.size();
    }

    private static String normalise(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        int scheme = u.indexOf("://");
        if (scheme >= 0 && scheme < 12) {
            u = u.substring(scheme + 3);
        }
        if (u.startsWith("www.")) {
            u = u.substring(4);
        }
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
