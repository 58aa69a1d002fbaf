package io.tribune.accounts.core;

import com.ibm.icu.text.SpoofChecker;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule for display names: a readable length, no invisible or control characters, and nothing
 * that reads as a staff title or the publisher's name in any edition's language — also when spelled
 * with look-alike letters from other scripts, digits for letters, or separators in between.
 */
public final class DisplayNames {

    static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 40;

    /** Words a reader's name must not contain; compared by their confusable skeletons. */
    private static final List<String> RESERVED = List.of(
            "moderator",
            "moderation",
            "admin",
            "administrator",
            "tribune",
            "staff",
            "editor",
            "official",
            "support",
            "sysop",
            "webmaster",
            "модератор",
            "модерация",
            "админ",
            "администратор",
            "администрация",
            "редактор",
            "редакция",
            "трибуна",
            "поддержка",
            "moderador",
            "moderacion",
            "administrador",
            "redaccion",
            "oficial",
            "soporte",
            "tribuna",
            "مشرف",
            "المشرف",
            "مدير",
            "المدير",
            "إدارة",
            "الإدارة",
            "محرر",
            "المحرر",
            "تريبيون",
            "الدعم");

    private static final SpoofChecker SKELETONS = new SpoofChecker.Builder().build();
    private static final List<String> RESERVED_SKELETONS = RESERVED.stream()
            .flatMap(word -> caseVariants(word).stream())
            .map(DisplayNames::skeleton)
            .distinct()
            .toList();

    private DisplayNames() {}

    /** The cleaned name, or empty with the reason's message key in {@code problem}. */
    public static Result check(String raw) {
        if (raw == null || raw.length() > MAX_LENGTH * 4) {
            return Result.refused("account.error.displayName.length");
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        if (name.codePoints().anyMatch(DisplayNames::isHidden)) {
            return Result.refused("account.error.displayName.characters");
        }
        int length = name.codePointCount(0, name.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Result.refused("account.error.displayName.length");
        }
        if (name.codePoints().noneMatch(Character::isLetter)
                || !name.codePoints().allMatch(DisplayNames::isAllowed)) {
            return Result.refused("account.error.displayName.characters");
        }
        // look-alike letters differ between cases (Cyrillic "м" is not Latin "m", but "М" is "M"), so compare all
        List<String> skeletons =
                caseVariants(name).stream().map(DisplayNames::skeleton).toList();
        if (skeletons.stream().anyMatch(skeleton -> RESERVED_SKELETONS.stream().anyMatch(skeleton::contains))) {
            return Result.refused("account.error.displayName.reserved");
        }
        return new Result(Optional.of(name), null);
    }

    private static List<String> caseVariants(String text) {
        return List.of(text, text.toLowerCase(Locale.ROOT), text.toUpperCase(Locale.ROOT));
    }

    /** Letters only, digits read as the letters they imitate, then ICU's confusable skeleton. */
    static String skeleton(String text) {
        StringBuilder letters = new StringBuilder();
        text.codePoints().forEach(c -> {
            int letter = switch (c) {
                case '0' -> 'o';
                case '1', '!', '|' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            };
            if (Character.isLetter(letter)) {
                letters.appendCodePoint(letter);
            }
        });
        String skeleton = SKELETONS.getSkeleton(letters.toString()).toLowerCase(Locale.ROOT);
        skeleton = SKELETONS.getSkeleton(skeleton).toLowerCase(Locale.ROOT);
        // the skeleton keeps "rn" for "m" and "l" for "i"-like letters; fold both ways so either spelling matches
        return skeleton.replace("rn", "m").replace('l', 'i');
    }

    /** Letters, combining marks, digits, spaces and the punctuation names really use. */
    private static boolean isAllowed(int codePoint) {
        return Character.isLetterOrDigit(codePoint)
                || Character.getType(codePoint) == Character.NON_SPACING_MARK
                || Character.getType(codePoint) == Character.COMBINING_SPACING_MARK
                || codePoint == ' '
                || ".-'_".indexOf(codePoint) >= 0;
    }

    private static boolean isHidden(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL
                || type == Character.FORMAT
                || type == Character.PRIVATE_USE
                || type == Character.UNASSIGNED
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || codePoint == 0xFFFD;
    }

    public record Result(Optional<String> name, String problem) {
        static Result refused(String problem) {
            return new Result(Optional.empty(), problem);
        }
    }
}
