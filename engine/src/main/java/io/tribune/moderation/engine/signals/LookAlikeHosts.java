package io.tribune.moderation.engine.signals;

import com.ibm.icu.text.SpoofChecker;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Hosts dressed up as well-known brands: a host whose confusable skeleton (Unicode TR39, as ICU
 * computes it) equals the skeleton of a brand's domain without being that domain, such as a Cyrillic
 * {@code аpple.com} written in punycode, or {@code paypa1.com}; and labels that mix scripts.
 */
final class LookAlikeHosts {

    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();
    private static final SpoofChecker MIXED = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.RESTRICTION_LEVEL)
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
            .build();

    private final Map<String, String> brandBySkeleton = new HashMap<>();

    private LookAlikeHosts(List<String> brandDomains) {
        for (String domain : brandDomains) {
            brandBySkeleton.put(skeleton(domain), domain);
        }
    }

    static LookAlikeHosts builtIn() {
        try (InputStream in = LookAlikeHosts.class.getResourceAsStream("brand-domains.txt")) {
            List<String> domains = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
            return new LookAlikeHosts(domains);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static LookAlikeHosts of(List<String> brandDomains) {
        return new LookAlikeHosts(brandDomains);
    }

    /** The brand domain this host imitates, or a note that its labels mix scripts. */
    Optional<String> imitation(String host) {
        String unicode = unicode(host);
        String brand = brandBySkeleton.get(skeleton(stripWww(unicode)));
        if (brand != null && !brand.equals(stripWww(unicode))) {
            return Optional.of("lookalike:" + brand);
        }
        for (String label : unicode.split("\\.")) {
            if (!label.isEmpty() && !label.chars().allMatch(c -> c < 128) && MIXED.failsChecks(label)) {
                return Optional.of("mixed-script");
            }
        }
        return Optional.empty();
    }

    private static String unicode(String host) {
        try {
            return IDN.toUnicode(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return host;
        }
    }

    private static String stripWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String skeleton(String text) {
        return SKELETONS.getSkeleton(SpoofChecker.ANY_CASE, text.toLowerCase(Locale.ROOT));
    }
}
