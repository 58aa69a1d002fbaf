package io.tribune.moderation.engine.signals;

import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.Screening;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds street addresses as each edition's language writes them ("221B Baker Street", "ул. Ленина,
 * д. 5, кв. 12", "Calle Mayor 12, 3º", "Beispielstraße 7", "8 rue des Lilas", "شارع النخيل رقم 14").
 * A street with a house number is held; a flat number or a cue that someone lives there makes it a home
 * address; a cue next to a named street without a number is enough too.
 */
final class StreetAddresses {

    private static final String NUMBER = "[0-9٠-٩]{1,4}";
    private static final String CAP = "[\\p{Lu}][\\p{L}'’-]{1,30}";
    private static final Map<String, List<Pattern>> NUMBERED = Map.of(
            "en",
                    List.of(Pattern.compile("(?<![\\p{L}\\p{N}])" + NUMBER + "[A-Za-z]?,?\\s+(?:" + CAP + "\\s+){1,3}"
                            + "(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|Close|Way|Court|Ct|Crescent|Place|Pl|Terrace"
                            + "|Grove|Gardens|Square|Boulevard|Blvd|Row|Mews|Walk|Parade|Hill)\\b\\.?")),
            "ru",
                    List.of(Pattern.compile(
                            "(?iu)(?<!\\p{L})(?:ул\\.|улиц[аеыу]|пр-т|просп\\.|проспект[еа]?|пер\\.|переул(?:ок|ке)"
                                    + "|бульвар[еа]?|б-р|наб\\.|набережн(?:ая|ой)|ш\\.|шоссе|пл\\.|площад[ьи])\\s*(?:"
                                    + CAP
                                    + "\\s*){1,3},?\\s*(?:д\\.|дом)\\s*" + NUMBER)),
            "es",
                    List.of(Pattern.compile(
                            "(?u)(?<!\\p{L})(?:[Cc]alle|[Cc]/|[Aa]venida|[Aa]vda\\.|[Aa]v\\.|[Pp]laza|[Pp]aseo"
                                    + "|[Cc]amino|[Cc]arrera|[Rr]onda|[Pp]asaje|[Tt]ravesía)\\s+(?:(?:de|del|la|los|las)\\s+){0,2}(?:"
                                    + CAP + "\\s+){0,2}" + CAP + ",?\\s*(?:n\\.?\\s?º\\s*)?" + NUMBER
                                    + "(?![\\p{N}])")),
            "de",
                    List.of(
                            Pattern.compile(
                                    "(?u)(?<!\\p{L})[\\p{Lu}][\\p{L}-]{1,30}(?:straße|strasse|str\\.|weg|gasse|allee"
                                            + "|damm|ufer|chaussee)\\s+" + NUMBER + "(?:\\s?[a-z])?(?![\\p{L}\\p{N}])"),
                            Pattern.compile(
                                    "(?u)(?<!\\p{L})" + CAP + "\\s(?:Straße|Strasse|Weg|Allee|Platz|Ring|Gasse)\\s+"
                                            + NUMBER + "(?![\\p{N}])")),
            "fr",
                    List.of(Pattern.compile(
                            "(?iu)(?<![\\p{L}\\p{N}])" + NUMBER + "(?:\\s?(?:bis|ter))?,?\\s+(?:rue|avenue|av\\."
                                    + "|boulevard|bd|place|allée|impasse|chemin|quai|cours|route|square)\\s+(?:de\\s+la\\s+|de\\s+l['’]"
                                    + "|des\\s+|du\\s+|de\\s+|d['’])?[\\p{L}'’-]{2,30}")),
            "ar",
                    List.of(Pattern.compile("(?<!\\p{L})(?:شارع|طريق|حي|جادة|زقاق)\\s+(?:\\p{IsArabic}{2,20}\\s+){0,2}"
                            + "\\p{IsArabic}{2,20}[،,]?\\s*(?:(?:رقم|بناية|عمارة|مبنى)\\s*)?" + NUMBER
                            + "(?![\\p{N}])")));
    private static final Map<String, Pattern> UNITS = Map.of(
            "en", Pattern.compile("(?<!\\p{L})(?:Flat|Apt\\.?|Apartment|Unit|Suite)\\s+" + NUMBER + "[A-Za-z]?\\b"),
            "ru", Pattern.compile("(?iu)(?<!\\p{L})(?:кв\\.|квартира)\\s*" + NUMBER),
            "es",
                    Pattern.compile(
                            "(?<![\\p{L}\\p{N}])[0-9]{1,2}\\.?\\s?[ºª°](?:\\s?[A-Z](?![\\p{L}]))?|(?iu)(?<!\\p{L})piso\\s+"
                                    + NUMBER),
            "de", Pattern.compile("(?iu)(?<!\\p{L})(?:Wohnung|Whg\\.|Etage|OG)\\s*" + NUMBER),
            "fr",
                    Pattern.compile("(?iu)(?<!\\p{L})(?:appartement|appt\\.?|apt\\.?|étage)\\s*" + NUMBER
                            + "|(?<![\\p{N}])[0-9]{5}\\s+[\\p{Lu}][\\p{L}-]{2,30}"),
            "ar", Pattern.compile("(?<!\\p{L})(?:شقة|الطابق|طابق)\\s*" + NUMBER));
    /**
     * A street named without a house number. Only the street word ignores case: the name after it must
     * start with a capital, so "на моей улице по соседству" (in my street, next door) names no street.
     */
    private static final Pattern NAMED_STREET = Pattern.compile("(?u)(?:" + CAP
            + "\\s+){1,2}(?:Street|Road|Lane|Avenue|Drive"
            + "|Close|Crescent|Way)\\b|(?<!\\p{L})(?iu:ул\\.|улиц[аеыу]|calle|avenida|rue|avenue|شارع)\\s+" + CAP
            + "|[\\p{Lu}][\\p{L}-]{1,30}(?:straße|strasse)\\b");

    private static final int NEAR = 60;
    private static final int MAX_MATCHES = 20;

    private final Phrases residence;

    StreetAddresses(Phrases residence) {
        this.residence = residence;
    }

    record Found(double score, List<Evidence> evidence) {}

    Found find(Screening screening, String text) {
        String language = screening.policy().language();
        List<Evidence> evidence = new ArrayList<>();
        List<Evidence.Span> cues =
                residence.find(screening.get(FoldedText.ANALYSIS), text, Phrases.withEnglish(language), 4);
        double score = 0;
        for (Pattern pattern : patterns(NUMBERED, language)) {
            Matcher m = pattern.matcher(text);
            for (int seen = 0; seen < MAX_MATCHES && m.find(); seen++) {
                evidence.add(new Evidence.Span(m.start(), m.end(), m.group(), "address"));
                double here = 0.55;
                if (hasUnitNear(text, language, m.start(), m.end())) {
                    here = 0.75;
                }
                if (isNear(cues, m.start(), m.end())) {
                    here = Math.max(here, 0.75) + 0.05;
                }
                score = Math.max(score, here);
            }
        }
        if (score == 0 && !cues.isEmpty()) {
            Matcher m = NAMED_STREET.matcher(text);
            for (int seen = 0; seen < MAX_MATCHES && m.find(); seen++) {
                if (isNear(cues, m.start(), m.end())) {
                    evidence.add(new Evidence.Span(m.start(), m.end(), m.group(), "address"));
                    score = 0.6;
                    break;
                }
            }
        }
        if (score > 0) {
            cues.stream().filter(c -> isNear(evidence, c.start(), c.end())).forEach(evidence::add);
        }
        return new Found(score, evidence);
    }

    private static List<Pattern> patterns(Map<String, List<Pattern>> byLanguage, String language) {
        List<Pattern> list = new ArrayList<>(byLanguage.getOrDefault(language, List.of()));
        if (!language.equals("en")) {
            list.addAll(byLanguage.get("en"));
        }
        return list;
    }

    private static boolean hasUnitNear(String text, String language, int start, int end) {
        Pattern unit = UNITS.getOrDefault(language, UNITS.get("en"));
        Matcher m = unit.matcher(text).region(start, Math.min(text.length(), end + NEAR));
        return m.find();
    }

    private static boolean isNear(List<? extends Evidence> spans, int start, int end) {
        return spans.stream()
                .filter(e -> e instanceof Evidence.Span)
                .map(e -> (Evidence.Span) e)
                .anyMatch(s -> s.end() > start - NEAR && s.start() < end + NEAR);
    }
}
