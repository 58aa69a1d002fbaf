package io.tribune.accounts.core;

import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The privacy policy readers agree to: its version, the day it took effect, and its text in every
 * edition's language ({@code privacy/<version>/<edition>.html} on the class path, our own wording).
 * A version without a text for some edition stops the start: nobody may be asked to agree to a policy
 * they cannot read. A new version asks every reader to agree again.
 */
@Component
public class PrivacyPolicy {

    private final String version;
    private final LocalDate effective;
    private final Map<String, String> texts;

    @Autowired
    PrivacyPolicy(Editions editions, AccountSettings settings) {
        this(editions, settings.privacyPolicyVersion(), settings.privacyPolicyEffective());
    }

    PrivacyPolicy(Editions editions, String version, LocalDate effective) {
        this.version = version;
        this.effective = effective;
        this.texts = editions.all().stream()
                .collect(Collectors.toUnmodifiableMap(Edition::code, edition -> read(version, edition.code())));
    }

    public String version() {
        return version;
    }

    /** The day this version took effect, as the edition writes dates. */
    public String effective(Edition edition) {
        return edition.date(effective.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }

    /** The policy's text for the edition: trusted markup of our own, shown as it is. */
    public String text(Edition edition) {
        return texts.get(edition.code());
    }

    /** Whether this consent is a standing agreement to the version in force. */
    public boolean isAgreedBy(Consent consent) {
        return consent.isStanding() && consent.policyVersion().equals(version);
    }

    private static String read(String version, String edition) {
        var resource = new ClassPathResource("privacy/" + version + "/" + edition + ".html");
        if (!resource.exists()) {
            throw new IllegalStateException("The privacy policy " + version + " has no text for the edition " + edition
                    + " (privacy/" + version + "/" + edition + ".html)");
        }
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
