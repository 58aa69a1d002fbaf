package io.tribune.accounts.core;

import com.ibm.icu.text.SpoofChecker;
import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An email address in the one form the module stores and compares: compatibility-normalised, lower
 * case, the domain in its ASCII (punycode) form. Addresses that hide characters (zero-width or bidi
 * controls) or mix scripts in a domain label are refused rather than silently cleaned, so that no two
 * different-looking inputs land on someone else's account.
 */
public record EmailAddress(String value) {

    static final int MAX_LENGTH = 254;
    private static final Pattern LOCAL =
            Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final SpoofChecker MIXED_SCRIPTS = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.RESTRICTION_LEVEL)
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
            .build();

    public static Optional<EmailAddress> parse(String raw) {
        if (raw == null || raw.length() > MAX_LENGTH * 2) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(raw.strip(), Normalizer.Form.NFKC);
        if (text.isEmpty() || text.codePoints().anyMatch(EmailAddress::isHidden)) {
            return Optional.empty();
        }
        int at = text.lastIndexOf('@');
        if (at <= 0 || at != text.indexOf('@') || at == text.length() - 1) {
            return Optional.empty();
        }
        String local = text.substring(0, at).toLowerCase(Locale.ROOT);
        String domain = text.substring(at + 1);
        if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
            return Optional.empty();
        }
        return asciiDomain(domain)
                .map(ascii -> local + "@" + ascii)
                .filter(address -> address.length() <= MAX_LENGTH)
                .map(EmailAddress::new);
    }

    /** The part before the @, used to keep passwords from repeating it. */
    String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    private static Optional<String> asciiDomain(String domain) {
        for (String label : domain.split("\\.", -1)) {
            if (!label.isEmpty() && MIXED_SCRIPTS.failsChecks(label)) {
                return Optional.empty();
            }
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || ascii.length() > 253) {
            return Optional.empty();
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.empty();
            }
        }
        String top = labels[labels.length - 1];
        return top.chars().allMatch(Character::isLetter) || top.startsWith("xn--")
                ? Optional.of(ascii)
                : Optional.empty();
    }

    private static boolean isHidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED
                || type == Character.SURROGATE
                || Character.isWhitespace(codePoint)
                || Character.isSpaceChar(codePoint);
    }
}
