package io.tribune.accounts.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: long enough to resist guessing (NIST SP 800-63B style: length over
 * composition rules), short enough to hash cheaply, and not one of the passwords everyone tries first
 * — neither as listed nor with digits or symbols tacked on.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        var resource = new ClassPathResource("accounts/common-passwords.txt");
        try (var reader =
                new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            this.common = reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The message key of the first rule the password breaks, or null when it is acceptable. */
    public String problem(String password, String email, String displayName) {
        if (password == null || password.isEmpty()) {
            return "account.error.password.length";
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return "account.error.password.length";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isCommon(lower) || isOneRepeatedCharacter(lower) || repeats(lower, email, displayName)) {
            return "account.error.password.common";
        }
        return null;
    }

    private boolean isCommon(String lower) {
        if (common.contains(lower)) {
            return true;
        }
        String stem = lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        return common.contains(stem) || isSequence(lower);
    }

    private static boolean isOneRepeatedCharacter(String lower) {
        return lower.codePoints().distinct().count() <= 2;
    }

    /** Runs like 1234567890 or 9876543210 or abcdefghij. */
    private static boolean isSequence(String lower) {
        int ascending = 0;
        int descending = 0;
        for (int i = 1; i < lower.length(); i++) {
            int step = lower.charAt(i) - lower.charAt(i - 1);
            ascending += step == 1 ? 1 : 0;
            descending += step == -1 ? 1 : 0;
        }
        return ascending >= lower.length() - 2 || descending >= lower.length() - 2;
    }

    private static boolean repeats(String lower, String email, String displayName) {
        String local = email == null ? "" : email.substring(0, Math.max(0, email.indexOf('@')));
        String name =
                displayName == null ? "" : displayName.toLowerCase(Locale.ROOT).replace(" ", "");
        return (local.length() >= 4 && lower.contains(local.toLowerCase(Locale.ROOT)))
                || (name.length() >= 4 && lower.contains(name));
    }
}
