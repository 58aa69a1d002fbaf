package io.tribune.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * axe-core 4.14.1 (MPL-2.0, kept in test resources under {@code axe/}) run in a page a browser test
 * has opened. It is evaluated through the browser's debugging protocol, so the site's content
 * security policy need not allow it.
 */
public final class Axe {

    private static final String SOURCE = read("/axe/axe.min.js");

    private static final String VIOLATIONS = """
            async () => (await axe.run({ rules: { 'target-size': { enabled: true } } })).violations.map(v =>
                v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', '))
            """;

    private Axe() {}

    /**
     * Runs the rules axe runs by default (WCAG 2.x A and AA, best practices) and the WCAG 2.2 target
     * size rule, which it leaves off by default, and expects no violation.
     */
    @SuppressWarnings("unchecked")
    public static void assertNoViolations(Page page) {
        page.evaluate(SOURCE);
        List<String> violations = (List<String>) page.evaluate(VIOLATIONS);
        assertThat(violations).as("axe-core on " + page.url()).isEmpty();
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
