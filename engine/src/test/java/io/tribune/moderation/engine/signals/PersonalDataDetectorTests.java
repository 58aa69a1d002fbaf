package io.tribune.moderation.engine.signals;

import static io.tribune.moderation.engine.signals.Screener.screen;
import static io.tribune.moderation.engine.signals.Screener.terms;
import static io.tribune.moderation.engine.signals.Screener.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataDetectorTests {

    @Test
    void privateEmailAddressIsRejectedWithItsSpan() {
        String text = "Write to her at jane.doe1987@example.com and tell her.";
        Decision decision = screen("en", text);
        assertThat(verdict(decision, RuleId.PRIVACY)).isEqualTo(Verdict.REJECT);
        Evidence.Span span = (Evidence.Span)
                Screener.hit(decision, RuleId.PRIVACY).orElseThrow().evidence().get(0);
        assertThat(text.substring(span.start(), span.end())).isEqualTo("jane.doe1987@example.com");
        assertThat(span.term()).isEqualTo("email");
    }

    @Test
    void roleAndPublisherAddressesAreNotPersonalData() {
        assertThat(verdict(screen("en", "Send corrections to letters@tribune.example please."), RuleId.PRIVACY))
                .isEqualTo(Verdict.APPROVE);
        assertThat(verdict(screen("en", "The council says to write to press@example.org about it."), RuleId.PRIVACY))
                .isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|His number is 07700 900123, ring him tonight.",
                "en|Her home line is (312) 555-0177 if you want to complain.",
                "fr|Son portable : 06 12 34 56 78, appelez-le.",
                "ru|Звоните ему: 8 916 123-45-67.",
                "es|Su móvil es el 612 345 678.",
                "ar|هذا رقمه +44 7700 900456 اتصلوا به"
            })
    void personalPhoneNumbersAreRejected(String edition, String text) {
        Decision decision = screen(edition, text);
        assertThat(verdict(decision, RuleId.PRIVACY)).isEqualTo(Verdict.REJECT);
        assertThat(terms(decision, RuleId.PRIVACY)).contains("phone");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|If you are struggling, the helpline is free on 0800 123 4567, day or night.",
                "de|Die Telefonseelsorge ist kostenlos unter 0800 111 0 222 erreichbar.",
                "en|We paid £289,500 in 2019 and sold for 312 000 this year.",
                "en|The case reference is 2026/0412-5531 at the county court.",
                "en|Report A8-0189/2018 was adopted on 12/03/2019 by 412 votes.",
                "fr|En 2022, le litre était à 2,12 €, aujourd'hui 1,69 €.",
                "en|Call 999 in an emergency or 111 for advice."
            })
    void helplinesPricesYearsAndReferencesAreNotPersonalData(String edition, String text) {
        assertThat(verdict(screen(edition, text), RuleId.PRIVACY)).isEqualTo(Verdict.APPROVE);
    }

    @Test
    void cardNumberPassingLuhnIsRejectedAndOneFailingItIsNot() {
        assertThat(terms(screen("en", "Card 4111-1111-1111-1111 exp 10/29"), RuleId.PRIVACY))
                .contains("card-number");
        assertThat(verdict(screen("en", "Order 4111 1111 1111 1112 arrived late."), RuleId.PRIVACY))
                .isEqualTo(Verdict.APPROVE);
    }

    @Test
    void ibanWithValidChecksumIsRejectedAndATypoIsNot() {
        assertThat(terms(screen("de", "Überweist ihm was: DE89 3704 0044 0532 0130 00 danke"), RuleId.PRIVACY))
                .contains("iban");
        assertThat(verdict(screen("de", "Konto DE89 3704 0044 0532 0130 01 stimmt nicht."), RuleId.PRIVACY))
                .isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Her landlord lives at 221B Baker Street, go and see him.",
                "en|He is at 14 Elm Grove, Flat 3 most evenings.",
                "ru|Он живёт на ул. Ленина, д. 5, кв. 12.",
                "es|Vive en la calle Mayor 12, 3º, id a verle.",
                "de|Der wohnt in der Lindenstraße 14 in Köln.",
                "fr|Il habite au 12 rue des Lilas, 69003 Lyon.",
                "ar|يسكن في شارع الورود رقم 9"
            })
    void homeAddressesAreRejected(String edition, String text) {
        Decision decision = screen(edition, text);
        assertThat(verdict(decision, RuleId.PRIVACY)).isEqualTo(Verdict.REJECT);
        assertThat(terms(decision, RuleId.PRIVACY)).contains("address");
    }

    @Test
    void identityNumberNextToItsNameIsRejected() {
        assertThat(terms(screen("en", "His passport number is 533380006, look it up."), RuleId.PRIVACY))
                .contains("id-number");
        assertThat(terms(screen("es", "Su DNI: 12345678Z, por si alguien lo quiere."), RuleId.PRIVACY))
                .contains("id-number");
    }

    @Test
    void leakedPrivateCorrespondenceIsCaught() {
        assertThat(verdict(
                        screen("en", "Leaked from his inbox: 'Keep this quiet until the vote is over, Tom.'"),
                        RuleId.PRIVACY))
                .isEqualTo(Verdict.REJECT);
    }

    @Test
    void modelNumbersAndSpecsAreNotPersonalData() {
        assertThat(verdict(screen("en", "Model SM-F9560: 12 GB RAM, 512 GB storage, 4,800 mAh."), RuleId.PRIVACY))
                .isEqualTo(Verdict.APPROVE);
    }
}
