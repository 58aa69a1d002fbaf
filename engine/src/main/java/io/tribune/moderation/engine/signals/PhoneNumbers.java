package io.tribune.moderation.engine.signals;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal phone numbers with libphonenumber: numbers in the edition's regions or written
 * internationally, valid for their region and of a kind that reaches a person (mobile, fixed line,
 * personal, VoIP) rather than a freephone, shared-cost or premium service. Numbers from the ranges
 * reserved for fiction (Ofcom's drama numbers, NANP 555-0100 to 0199) count as personal, so that made-up
 * examples behave like real ones.
 */
final class PhoneNumbers {

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Map<String, List<String>> REGIONS = Map.of(
            "en", List.of("GB", "US", "IE", "AU"),
            "ru", List.of("RU", "UA", "BY"),
            "es", List.of("ES", "MX", "AR"),
            "de", List.of("DE", "AT", "CH"),
            "fr", List.of("FR", "BE", "CH"),
            "ar", List.of("EG", "SA", "AE", "MA"));
    private static final Set<PhoneNumberType> PERSONAL = Set.of(
            PhoneNumberType.MOBILE,
            PhoneNumberType.FIXED_LINE,
            PhoneNumberType.FIXED_LINE_OR_MOBILE,
            PhoneNumberType.PERSONAL_NUMBER,
            PhoneNumberType.VOIP,
            PhoneNumberType.PAGER);
    private static final int MAX_TRIES = 5;
    private static final int MAX_CANDIDATES = 12;
    private static final Pattern CANDIDATE =
            Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\(?\\d[\\d \\-().\\u00a0]{5,22}\\d");

    record Found(int start, int end, String raw) {}

    private PhoneNumbers() {}

    /** Loads the metadata of every region we read now, so that the first comment is not the one to wait. */
    static void warmUp() {
        REGIONS.forEach((language, regions) -> find("+44 7700 900000, 0612 345 678, (212) 555-0100", language));
    }

    static List<Found> find(String text, String language) {
        List<Found> found = new ArrayList<>();
        if (text.chars().filter(Character::isDigit).count() < 7) {
            return found;
        }
        // libphonenumber reads short stretches that look like numbers, a bounded number of them, so that
        // a text of 20,000 digits costs no more than a few phone numbers
        Matcher candidate = CANDIDATE.matcher(text);
        for (int seen = 0; seen < MAX_CANDIDATES && candidate.find(); seen++) {
            int from = candidate.start();
            String window = candidate.group();
            for (String region : REGIONS.getOrDefault(language, List.of("US"))) {
                for (PhoneNumberMatch match :
                        PHONES.findNumbers(window, region, PhoneNumberUtil.Leniency.POSSIBLE, MAX_TRIES)) {
                    int start = from + match.start();
                    int end = from + match.end();
                    if (isPersonal(match.number())
                            && !isInsideReference(text, start, end)
                            && found.stream().noneMatch(f -> f.start() == start)) {
                        found.add(new Found(start, end, match.rawString()));
                    }
                }
            }
        }
        return found;
    }

    private static boolean isPersonal(PhoneNumber number) {
        if (isFictional(number)) {
            return true;
        }
        return PHONES.isValidNumber(number) && PERSONAL.contains(PHONES.getNumberType(number));
    }

    /** Ofcom's drama ranges for the UK and NANP 555-0100..0199: reserved for made-up numbers. */
    static boolean isFictional(PhoneNumber number) {
        String national = PHONES.getNationalSignificantNumber(number);
        return switch (number.getCountryCode()) {
            case 44 ->
                national.length() == 10
                        && (national.startsWith("7700900")
                                || national.startsWith("1632960")
                                || national.startsWith("207946")
                                || national.startsWith("1134960")
                                || national.startsWith("1214960")
                                || national.startsWith("1314960")
                                || national.startsWith("1614960")
                                || national.startsWith("8081570")
                                || national.startsWith("9098790"));
            case 1 -> national.length() == 10 && national.substring(3, 7).equals("5550") && national.charAt(7) == '1';
            default -> false;
        };
    }

    /** Case and article numbers such as {@code 2026/0311-4471} or {@code A8-0189/2018}. */
    private static boolean isInsideReference(String text, int start, int end) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        return before == '/'
                || before == '-'
                || Character.isLetterOrDigit(before)
                || after == '/'
                || (after == '-' && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)));
    }
}
