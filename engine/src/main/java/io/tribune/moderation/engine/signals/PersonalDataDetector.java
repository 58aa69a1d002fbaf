package io.tribune.moderation.engine.signals;

import io.tribune.moderation.engine.Detector;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.Finding;
import io.tribune.moderation.engine.Report;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Screening;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds third parties' personal data: email addresses, phone numbers, payment card numbers and IBANs
 * that pass their checksums, home addresses, identity document numbers next to their name, and
 * leaked private correspondence. Public helplines, role addresses such as {@code press@} and the
 * publisher's own addresses are not personal data. Each kind of data found adds to the score.
 */
final class PersonalDataDetector implements Detector {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])([\\p{L}\\p{N}._%+-]{1,64})@((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.){1,5}"
                    + "\\p{L}{2,24})(?![\\p{L}\\p{N}-])");
    private static final Set<String> ROLE_ACCOUNTS = Set.of(
            "info",
            "contact",
            "press",
            "presse",
            "prensa",
            "support",
            "help",
            "hello",
            "office",
            "service",
            "admin",
            "webmaster",
            "news",
            "newsroom",
            "letters",
            "editor",
            "redaktion",
            "redaccion",
            "redaction",
            "complaints",
            "privacy",
            "dpo",
            "datenschutz",
            "kontakt",
            "noreply",
            "no-reply",
            "sales",
            "media");
    private static final Pattern INSTITUTIONAL = Pattern.compile(
            "(?:^|\\.)(?:gov|gouv|gob|govt|nhs|police|int|edu|ac)" + "(?:\\.[a-z]{2,3})?$|(?:^|\\.)europa\\.eu$");
    private static final Pattern CARD = Pattern.compile("(?<![\\d.,/-])\\d(?:[ -]?\\d){12,18}(?![\\d/]|[.,-]\\d)");
    private static final Pattern IBAN =
            Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}(?![\\p{L}\\p{N}])");
    private static final Pattern ID_KEYWORD = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:passport|id card|identity card|identity number|driving licen[cs]e|licen[cs]e number"
                    + "|national insurance|ni number|social security|ssn|паспорт\\p{L}*|снилс|инн|dni|nie|nif|pasaporte"
                    + "|personalausweis\\p{L}*|ausweisnummer|reisepass\\p{L}*|steuer-?id|sozialversicherungsnummer"
                    + "|carte d['’]identité|passeport|sécurité sociale|numéro de sécu|رقم الهوية|الرقم القومي"
                    + "|جواز السفر|جواز سفر|بطاقة الهوية|رقم الجواز)(?!\\p{L})");
    private static final Pattern ID_TOKEN =
            Pattern.compile("(?<![\\p{L}\\p{N}])[A-Z0-9٠-٩][A-Z0-9٠-٩ -]{4,18}[A-Z0-9٠-٩](?![\\p{L}\\p{N}])");
    private static final Pattern QUOTATION = Pattern.compile("[\"“”«»„]|'[^'\\n]{12,300}'|‘[^’\\n]{12,300}’");
    private static final int NEAR = 80;
    /** Past this many matches of one kind the score is settled; reading on would only cost time. */
    private static final int MAX_MATCHES = 20;

    private final StreetAddresses addresses;
    private final Phrases helplines;
    private final Phrases correspondence;

    PersonalDataDetector(StreetAddresses addresses, Phrases helplines, Phrases correspondence) {
        this.addresses = addresses;
        this.helplines = helplines;
        this.correspondence = correspondence;
        PhoneNumbers.warmUp();
    }

    @Override
    public String name() {
        return "personal-data";
    }

    @Override
    public Set<RuleId> rules() {
        return Set.of(RuleId.PRIVACY);
    }

    @Override
    public void inspect(Screening screening, Report report) {
        String text = screening.text();
        List<Evidence> evidence = new ArrayList<>();
        double doubt = 1;
        doubt *= emails(screening, text, evidence);
        screening.checkDeadline();
        doubt *= phones(screening, text, evidence);
        screening.checkDeadline();
        doubt *= cards(text, evidence);
        doubt *= ibans(text, evidence);
        doubt *= identityNumbers(text, evidence);
        screening.checkDeadline();
        StreetAddresses.Found address = addresses.find(screening, text);
        if (address.score() > 0) {
            evidence.addAll(address.evidence());
            doubt *= 1 - address.score();
        }
        List<Evidence.Span> leaked =
                correspondence.find(screening.get(FoldedText.ANALYSIS), text, languages(screening), 2);
        if (!leaked.isEmpty()) {
            evidence.addAll(leaked);
            doubt *= hasQuotation(text) ? 0.35 : 0.5;
        }
        double score = 1 - doubt;
        if (score > 0 && !evidence.isEmpty()) {
            report.add(new Finding(RuleId.PRIVACY, Math.min(score, 0.99), evidence));
        }
    }

    private double emails(Screening screening, String text, List<Evidence> evidence) {
        if (text.indexOf('@') < 0) {
            return 1;
        }
        double doubt = 1;
        Matcher m = EMAIL.matcher(text);
        for (int seen = 0; seen < MAX_MATCHES && m.find(); seen++) {
            String local = m.group(1).toLowerCase(Locale.ROOT);
            String domain = m.group(2).toLowerCase(Locale.ROOT);
            boolean own = screening.policy().ownDomains().stream()
                    .anyMatch(d -> domain.equals(d) || domain.endsWith("." + d));
            if (own
                    || ROLE_ACCOUNTS.contains(local)
                    || INSTITUTIONAL.matcher(domain).find()) {
                continue;
            }
            evidence.add(new Evidence.Span(m.start(), m.end(), m.group(), "email"));
            doubt *= 0.3;
        }
        return doubt;
    }

    private double phones(Screening screening, String text, List<Evidence> evidence) {
        List<PhoneNumbers.Found> found =
                PhoneNumbers.find(text, screening.policy().language());
        if (found.isEmpty()) {
            return 1;
        }
        List<Evidence.Span> help = helplines.find(screening.get(FoldedText.ANALYSIS), text, languages(screening), 6);
        double doubt = 1;
        for (PhoneNumbers.Found phone : found) {
            boolean helpline =
                    help.stream().anyMatch(h -> h.end() > phone.start() - NEAR && h.start() < phone.end() + NEAR);
            if (!helpline) {
                evidence.add(new Evidence.Span(phone.start(), phone.end(), phone.raw(), "phone"));
                doubt *= 0.3;
            }
        }
        return doubt;
    }

    private static double cards(String text, List<Evidence> evidence) {
        double doubt = 1;
        Matcher m = CARD.matcher(text);
        for (int seen = 0; seen < MAX_MATCHES && m.find(); seen++) {
            String digits = m.group().replaceAll("[ -]", "");
            if (Checksums.isCardNumber(digits)) {
                evidence.add(new Evidence.Span(m.start(), m.end(), m.group(), "card-number"));
                doubt *= 0.1;
            }
        }
        return doubt;
    }

    private static double ibans(String text, List<Evidence> evidence) {
        double doubt = 1;
        Matcher m = IBAN.matcher(text);
        for (int seen = 0; seen < MAX_MATCHES && m.find(); seen++) {
            String compact = m.group().replace(" ", "");
            // the greedy match may swallow a following word in capitals; try shorter cuts down to the IBAN
            while (!Checksums.isIban(compact) && compact.length() > 15) {
                compact = compact.substring(0, compact.length() - 1);
            }
            if (Checksums.isIban(compact)) {
                int end = m.start();
                for (int kept = 0; kept < compact.length(); end++) {
                    kept += text.charAt(end) == ' ' ? 0 : 1;
                }
                evidence.add(new Evidence.Span(m.start(), end, text.substring(m.start(), end), "iban"));
                doubt *= 0.15;
            }
        }
        return doubt;
    }

    private static double identityNumbers(String text, List<Evidence> evidence) {
        double doubt = 1;
        Matcher keyword = ID_KEYWORD.matcher(text);
        for (int seen = 0; seen < MAX_MATCHES && keyword.find(); seen++) {
            int to = Math.min(text.length(), keyword.end() + 30);
            Matcher token = ID_TOKEN.matcher(text).region(keyword.end(), to);
            while (token.find()) {
                long digits = token.group().chars().filter(Character::isDigit).count();
                if (digits >= 5 && !token.group().matches("(?:19|20)\\d\\d")) {
                    evidence.add(new Evidence.Span(
                            keyword.start(), token.end(), text.substring(keyword.start(), token.end()), "id-number"));
                    doubt *= 0.2;
                    break;
                }
            }
        }
        return doubt;
    }

    private static boolean hasQuotation(String text) {
        return QUOTATION.matcher(text).find();
    }

    private static Set<String> languages(Screening screening) {
        return Phrases.withEnglish(screening.policy().language());
    }
}
