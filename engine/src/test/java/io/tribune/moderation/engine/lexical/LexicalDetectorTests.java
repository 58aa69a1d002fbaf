package io.tribune.moderation.engine.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Action;
import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Verdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LexicalDetectorTests {

    /**
     * The time budget is the benchmarks' concern (bench/engine.sh): on a loaded machine a megabyte of
     * hostile text could pass one second and be held for it, which says nothing about the readings.
     */
    private static final Engine ENGINE = Engine.with(
            EngineConfig.defaults().budget(java.time.Duration.ofMinutes(1)),
            LexicalDetectors.create(EngineConfig.defaults()));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "What a f*cking shambles",
                "What a f**king shambles",
                "F u c k this company",
                "f.u.c.k this",
                "fuuuuuck that",
                "total bullsh1t",
                "Sh!t, the fence broke",
                "that was shiiiiite",
                "ＦＵＣＫ this",
                "fu\u200Bck this",
                "fuсk this",
                "are they fvcking serious",
                "you little mother******"
            })
    void disguisedProfanityIsRejected(String text) {
        assertThat(screen("en", text).verdict()).as(text).isEqualTo(Verdict.REJECT);
        assertThat(rules("en", text)).contains(RuleId.PROFANITY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "you absolute wan k er",
                "f uc k off",
                "what a bell-end",
                "oh sh-ite",
                "f()()k off",
                "you \\/ile c|_|nt",
                "f[_]cking hell",
                "f---ing hell",
                "\u13DA\u13BB\u13A5\u13A2 happens",
                "\u24A1\u24B0\u249E\u24A6 this",
                "\uD83C\uDDF8\uD83C\uDDED\uD83C\uDDEE\uD83C\uDDF9 happens",
                "fuc\u049D off"
            })
    void splitDrawnAndLookAlikeSpellingsAreCaught(String text) {
        assertThat(rules("en", text)).as(text).contains(RuleId.PROFANITY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "you absolute b2tch",
                "what the f9ck is this",
                "what a b1tch",
                "shut up you hctib",
                "the council is full of reggin haters",
                "\u0287\u1D09\u0265s happens",
                "you utter c *nt",
                "you utter c* nt",
                "you &ss hole",
                "*ss clown of a minister",
                "what a bell.end",
                "the m.otherf.ucker lied",
                "what the f * c k i n g hell",
                "you're a mf",
                "\u1260\u1290\u10D4\u10D4ers out",
                "I hate immigrants",
                "we despise gay people",
                "total \u00DF0ll0cks",
                "bigdick69 posted again",
                "what a shyte day, bytch",
                "\u0250\u0253\u0253\u0131u"
            })
    void digitsBackwardsUpsideDownMasksAcrossBlanksAndDottedWordsAreCaught(String text) {
        assertThat(rules("en", text)).as(text).containsAnyOf(RuleId.PROFANITY, RuleId.HATE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "the b2b market and h2o prices rose 4x4 times",
                "our mp3s, covid19 cases and the a1c test",
                "the gals knew it, stop nagging me about Baghdad",
                "the setup was fine, the regal tulsa stop",
                "read it at shop.example or news.example.org",
                "this is *really* important, #hit of the week",
                "he sold it as ho&#8230; anyway",
                "Turkish ılık su, İstanbul'da",
                "Tom & Jerry & co, A & B & C",
                "I hate them and we despise this policy",
                "I hate Mondays",
                "Die Straße ist gesperrt, sagt Herr Weiß",
                "the bytes, the cyst, the rhythm and the gym",
                "Van Dyck painted it in 1632",
                "covid19 and mp3 players, r2d2 and c3po",
                "the title, titling and a titlist"
            })
    void digitsInNamesWordsThatReadBackwardsAndHashtagsPass(String text) {
        assertThat(rules("en", text)).as(text).doesNotContain(RuleId.PROFANITY, RuleId.HATE, RuleId.INSULT_THREAT);
    }

    /**
     * Ordinary words that read backwards as a slur: found by reversing every word of the Debian word lists
     * (English, German, French, Spanish) and screening those that spell a strong term.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|He always skips breakfast before a match.",
                "de|Morgen gibt es wieder Regen, typisch für den Norden.",
                "de|Nach dem Regen kam endlich die Sonne raus."
            })
    void everydayWordsThatReadBackwardsAsASlurPass(String edition, String text) {
        assertThat(rules(edition, text)).as(text).doesNotContain(RuleId.PROFANITY, RuleId.HATE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "de|Die Leute fahren halt raus ins Einkaufszentrum, da parkt man umsonst.",
                "de|Bei dem Wetter wollen die Kinder nur raus.",
                "de|Die Gäste mussten um Mitternacht raus."
            })
    void anArticleBeforeTheWordOutIsNoCallToExpelAGroup(String edition, String text) {
        assertThat(rules(edition, text)).as(text).doesNotContain(RuleId.HATE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fr|Les femmes mangent dehors quand il fait beau.",
                "fr|Les migrants n'ont rien à faire de leurs journées dans ces centres, faute de cours.",
                "fr|Les Roms du camp ont passé la nuit dehors, sous la pluie.",
                "es|Los musulmanes no deberían tener que justificarse tras cada atentado.",
                "es|Los refugiados no deberían estar esperando dos años para poder trabajar."
            })
    void aGroupOutsideWithNothingToDoOrDefendedIsNotRejectedAsHate(String edition, String text) {
        assertThat(screen(edition, text).hits())
                .as(text)
                .noneMatch(hit -> hit.rule() == RuleId.HATE && hit.action() == Action.REJECT);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "de|Ausländer raus, und zwar sofort.",
                "de|Die Migranten sollen alle raus aus unserem Dorf.",
                "de|Flüchtlinge sofort abschieben, und zwar alle.",
                "de|Flüchtlinge sollte man alle abschieben.",
                "de|Kanaken sollte man nicht abschieben, sondern einsperren.",
                "fr|Les immigrés dehors !",
                "fr|Les musulmans n'ont rien à faire ici.",
                "es|Los inmigrantes no deberían tener derecho a votar.",
                "es|Los gitanos no deberían estar aquí."
            })
    void callsToExpelOrDisenfranchiseANamedGroupAreStillHate(String edition, String text) {
        assertThat(rules(edition, text)).as(text).contains(RuleId.HATE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Properly pissed off that the last bus was cancelled again.",
                "en|He was pissed by nine and still gave the best man's speech.",
                "fr|Ma tante habite à Bitche, en Moselle, et là-bas il fait déjà 35 degrés.",
                "es|El Betis volvió a empatar en el descuento, como la semana pasada.",
                "es|Con el tiempo de descuento se fueron casi diez minutos."
            })
    void mildWordsPlaceNamesAndStoppageTimeAreNotProfanityOrAdvertising(String edition, String text) {
        assertThat(rules(edition, text)).as(text).doesNotContain(RuleId.PROFANITY, RuleId.ADVERTISING);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Piss off back to your own forum, nobody asked you.|PROFANITY",
                "fr|Espèce de bitch, personne ne t'a rien demandé.|PROFANITY",
                "es|Descuento del 30 % en todos los colchones con el código VERANO.|ADVERTISING"
            })
    void theStrongerWordsAndRealOffersAroundThemAreStillCaught(String edition, String text, RuleId rule) {
        assertThat(rules(edition, text)).as(text).contains(rule);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Everyone knows where he lives, so maybe somebody should pay him a visit.",
                "de|Jeder weiß, wo der Bürgermeister wohnt. Nur so als Hinweis.",
                "es|Todos sabemos dónde vive el concejal, que vaya con cuidado.",
                "fr|On sait où il habite, le juge. Qu'il réfléchisse bien.",
                "ru|Мы знаем, где он живёт, пусть подумает.",
                "ar|كلنا نعرف وين ساكنين، وما رح نسكت."
            })
    void sayingThatEveryoneKnowsWhereSomeoneLivesIsHeldAsAThreat(String edition, String text) {
        assertThat(rules(edition, text)).as(text).contains(RuleId.INSULT_THREAT);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Anything that promises guaranteed returns is a scam, report it to your bank straight away.",
                "de|Wer passives Einkommen ohne Risiko verspricht, ist ein Betrüger. Nicht reinfallen!",
                "es|Si te prometen dinero fácil desde casa es una estafa, no piques."
            })
    void warningsAgainstScamsThatNameTheirPitchAreNotSpam(String edition, String text) {
        assertThat(rules(edition, text)).as(text).doesNotContain(RuleId.SPAM);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "de|Herzlichen Glückwunsch, Sie wurden ausgewählt und erhalten einen Gutschein über 500 Euro.",
                "de|Gewinne jetzt ein iPhone 16, einfach auf den Link klicken und Daten eingeben.",
                "de|Schick mir 0,1 BTC und du bekommst sofort das Doppelte zurück.",
                "de|Lasst uns gegenseitig abonnieren, ich abonniere zurück!",
                "fr|Félicitations, vous avez été sélectionné pour recevoir un iPhone gratuit !",
                "fr|Gagnez une carte cadeau de 200 euros, cliquez sur le lien de mon profil.",
                "es|Enhorabuena, has sido elegido para recibir un iPhone, reclama tu premio ya.",
                "es|Suscríbete y te sigo, me suscribo de vuelta a todos.",
                "ru|Вы были выбраны победителем и получите новый iPhone, осталось подтвердить данные.",
                "ru|Подпишусь в ответ на каждого, кто подпишется на мой канал.",
                "ar|تم اختيارك للفوز بجائزة ايفون، اضغط على الرابط."
            })
    void prizeScamsCryptoDoublingAndSubForSubAreSpamInEveryLanguage(String edition, String text) {
        assertThat(rules(edition, text)).as(text).contains(RuleId.SPAM);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "de|Herzlichen Glückwunsch an die Gewinner des Stadtlaufs, tolle Zeiten!",
                "de|Die Zeitung verlost Konzertkarten, ich habe beim Gewinnspiel mitgemacht.",
                "de|Der Bitcoin hat sich in einem Jahr verdoppelt, steht im Artikel.",
                "fr|Félicitations à l'équipe, vous avez gagné la coupe avec panache !",
                "es|Felicidades a los ganadores del sorteo de Navidad del barrio.",
                "ru|Поздравляю нашу команду, вы выиграли кубок заслуженно!",
                "ar|مبروك للفريق، ربحتم الكأس بجدارة.",
                "de|Glückwunsch an die Mannschaft, sie haben verdient gewonnen und der Preis ist hochverdient.",
                "de|Die Zinswende schickt den Bitcoin wieder zurück unter 60.000 Dollar.",
                "fr|Félicitations Madame, vous avez gagné un prix mérité pour vos recherches.",
                "es|Enhorabuena a la atleta, que ha ganado el premio al mejor deportista del año.",
                "ru|Поздравляем нашу команду, вы выиграли главный приз сезона!",
                "ar|مقال رائع حول بيتكوين وأسباب ضعف السوق."
            })
    void congratulationsDrawsAndPricesInTheNewsAreNoSpam(String edition, String text) {
        assertThat(rules(edition, text)).as(text).doesNotContain(RuleId.SPAM);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Guaranteed returns every week, this is not a scam, message me for details.",
                "en|Passive income from home, 100% legit no scam, DM me to learn how."
            })
    void spamThatSaysItIsNoScamIsStillSpam(String edition, String text) {
        assertThat(rules(edition, text)).as(text).contains(RuleId.SPAM);
    }

    /** Ordinary sentences a reviewer found beside the threat, hate and scam-warning lines: a negation, a pack of nappies. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "es|No se sabe dónde vive el detenido desde que salió.|INSULT_THREAT",
                "es|No sé dónde trabaja ahora, le perdí la pista.|INSULT_THREAT",
                "de|Ich weiß nicht, wo die Familien jetzt wohnen sollen.|INSULT_THREAT",
                "de|Man weiß nie, wo man morgen arbeitet.|INSULT_THREAT",
                "fr|Je sais pas où il habite, mais on ne le voit jamais au conseil.|INSULT_THREAT",
                "en|We all know where they work: the lobbyists' offices on the square.|INSULT_THREAT",
                "de|Die Windeln? Die sind im Pack billiger.|HATE",
                "de|Die Tauben am Bahnhof, die sind wie Ratten.|HATE",
                "de|Flüchtlinge sollte man nicht abschieben, wenn sie hier arbeiten.|HATE",
                "de|Migranten mit Ausbildungsplatz sollte man nicht abschieben, das schadet allen.|HATE"
            })
    void ordinarySentencesBesideTheThreatAndHateLinesPass(String edition, String text, RuleId rule) {
        assertThat(rules(edition, text)).as(text).doesNotContain(rule);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "es|Esto no es una estafa, gano dinero fácil desde casa, escríbeme por whatsapp y te explico el método.",
                "fr|C'est pas une arnaque, revenu passif garanti, contactez-moi sur whatsapp.",
                "ru|Это не развод, пишите в личку, расскажу подробности.",
                "de|Das ist kein Betrug: passives Einkommen, werde reich mit diesem Trick."
            })
    void spamThatSaysItIsNoScamIsStillSpamInEveryLanguage(String edition, String text) {
        assertThat(rules(edition, text)).as(text).contains(RuleId.SPAM);
    }

    /** Hostile inputs aimed at the newer readings: bounded work, a defined decision, spans inside the text. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u00DF",
                "\u0287\u1D09\u0265s",
                "* ",
                "c *nt ",
                "hctib ",
                "bigdick69 ",
                "a\u0301\u0301\u0301",
                "\u202Ef8ck\u202C ",
                "\uD800b2tch\uDC00 "
            })
    void hostileRunsOfTheNewerSpellingsAreDecidedWithinTheText(String unit) {
        String text = unit.repeat(1_000_000 / unit.length());
        Decision decision = screen("en", text);
        assertThat(decision.holds()).noneMatch(h -> h.startsWith("failure:"));
        for (RuleHit hit : decision.hits()) {
            for (Evidence evidence : hit.evidence()) {
                Evidence.Span span = (Evidence.Span) evidence;
                assertThat(span.end()).isBetween(span.start(), text.length());
                assertThat(text.substring(span.start(), span.end())).isEqualTo(span.match());
            }
        }
    }

    @Test
    void aWordInALinkStaysALinksWord() {
        assertThat(rules("en", "see www.dickssportinggoods.com for kit")).doesNotContain(RuleId.PROFANITY);
    }

    @Test
    void evidenceNamesALineOfSeveralOneWordOptionsAsWritten() {
        RuleHit hit = screen("de", "Flüchtlinge sollte man alle abschieben.").hits().stream()
                .filter(h -> h.rule() == RuleId.HATE)
                .findFirst()
                .orElseThrow();
        assertThat(hit.evidence())
                .extracting(e -> ((Evidence.Span) e).term())
                .allSatisfy(term -> assertThat(term).doesNotContainPattern("\\p{Cc}"))
                .anySatisfy(term -> assertThat(term).contains("alle|sofort|endlich|konsequent"));
    }

    @Test
    void evidenceOfADashMaskedWordCoversTheWholeWord() {
        String text = "what the f---ing hell";
        RuleHit hit = screen("en", text).hits().get(0);
        Evidence.Span span = (Evidence.Span) hit.evidence().get(0);
        assertThat(span.match()).isEqualTo("f---ing");
        assertThat(text.substring(span.start(), span.end())).isEqualTo(span.match());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I wish i t had worked",
                "Call setUp() then tearDown()",
                "A well--known author, a ---- divider",
                "See section (a) and [b] of the bill",
                "Rates went up/down by 2%",
                "He scored a hat-trick and a last-minute goal"
            })
    void bracketsDashesAndLoneLettersInOrdinaryTextPass(String text) {
        assertThat(rules("en", text)).as(text).doesNotContain(RuleId.PROFANITY, RuleId.HATE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Missed the last bus--its driver never waits",
                "I was upset--it happens to everyone",
                "Our road is a mess--it floods every winter",
                "What a crash--it shook the whole street",
                "Our road is a mess---it floods every winter",
                "What a crash----it shook the whole street",
                "Sorry, in a rush--it can wait until Monday",
                "Missed the last bus—its driver never waits",
                "I was upset–it happens to everyone",
                "Our road is a mess...it floods every winter",
                "Fine--thanks for asking"
            })
    void dashesBetweenWordsSeparateThemLikeBlanks(String text) {
        assertThat(rules("en", text)).as(text).doesNotContain(RuleId.PROFANITY, RuleId.HATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"f-u-c-k the council", "what a f--k up", "s--t happens", "what the f---ing hell"})
    void lettersMaskedByDashesInsideOneWordAreStillCaught(String text) {
        assertThat(rules("en", text)).as(text).contains(RuleId.PROFANITY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "so who r you bringing to the match",
                "Who r the new councillors then",
                "It finished a 6-0 win for the visitors"
            })
    void textingLettersAndScoresAreNotSplitWords(String text) {
        assertThat(rules("en", text)).as(text).doesNotContain(RuleId.PROFANITY, RuleId.HATE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The assassin storyline was superb",
                "Thirty years I've supported Scunthorpe",
                "Best cocktail in Shoreditch",
                "Essex Police and Sussex Police",
                "The analysis shows a classic pattern",
                "My therapist recommended shitake mushrooms",
                "Our cocker spaniel came from this centre",
                "Trees came down in Penistone and Cockermouth",
                "Dick Turner has been mayor for six years",
                "The documentary was good and the cool assessment helped",
                "Tit for tat, they said",
                "plss don't hurt me"
            })
    void innocentWordsWithBadSubstringsPass(String text) {
        assertThat(rules("en", text)).as(text).doesNotContain(RuleId.PROFANITY, RuleId.HATE, RuleId.INSULT_THREAT);
    }

    @Test
    void evidenceSpansPointIntoTheOriginalText() {
        String text = "Well \u200Bf\u200Bu\u200Bc\u200Bk ＴＨＩＳ and 😀 sh!t";
        RuleHit hit = screen("en", text).hits().get(0);
        assertThat(hit.rule()).isEqualTo(RuleId.PROFANITY);
        for (Evidence evidence : hit.evidence()) {
            Evidence.Span span = (Evidence.Span) evidence;
            assertThat(text.substring(span.start(), span.end())).isEqualTo(span.match());
        }
        assertThat(hit.evidence()).extracting(e -> ((Evidence.Span) e).match()).contains("sh!t");
    }

    @Test
    void russianMatIsCaughtWithItsInflectionsAndMasks() {
        assertThat(rules("ru", "Депутаты опять на*бали народ, х*йня, а не закон."))
                .contains(RuleId.PROFANITY);
        assertThat(rules("ru", "Да пошли они нахуй")).contains(RuleId.PROFANITY);
        assertThat(rules("ru", "бляяяять")).contains(RuleId.PROFANITY);
    }

    /**
     * Arabic writes no short vowels, so its short obscenities have no vowel letter to hide: a star is put
     * between their letters instead ({@code ك*س}), or in place of one of them.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ك*س", "ك**س", "ك * س", "قح*ة"})
    void arabicWordsWithAStarBetweenTheirLettersAreCaught(String text) {
        assertThat(screen("ar", text).verdict()).as(text).isEqualTo(Verdict.REJECT);
        assertThat(rules("ar", text)).as(text).contains(RuleId.PROFANITY);
    }

    /** Stars in ordinary Arabic text: sums, footnotes, emphasis and words glued or spelled out by stars. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "فاز الفريق 5*3 والنتيجة ٥*٣",
                "قال الكاتب* إن الكتاب جديد",
                "**مهم** جدا و *عاجل*",
                "مهم*جدا والعك*س صحيح",
                "ك*ت*ا*ب و ك*سرة خبز",
                "البند 3* والبند *4 من القانون"
            })
    void starsInOrdinaryArabicTextPass(String text) {
        assertThat(rules("ar", text)).as(text).isEmpty();
    }

    @Test
    void russianWordsWithObsceneLookingPartsPass() {
        assertThat(rules("ru", "Банки советуют: подстрахуйтесь и не берите кредит. Курс рубля и хлеба."))
                .isEmpty();
        assertThat(rules("ru", "Себастьян потребует оскорбление к суду")).isEmpty();
    }

    @Test
    void quotedProfanityInReportedSpeechIsNotHeldAgainstTheCommenter() {
        assertThat(screen("en", "The minister called the report 'total bullshit' on live radio.")
                        .verdict())
                .isEqualTo(Verdict.APPROVE);
        assertThat(screen("en", "This report is total bullshit.").verdict()).isEqualTo(Verdict.REJECT);
    }

    @Test
    void insultsAimedAtAPersonAndThreatsAreFound() {
        assertThat(rules("en", "@Mark_T you're a complete idiot if you think this helps"))
                .contains(RuleId.INSULT_THREAT);
        assertThat(rules("en", "I know which street you live on.")).contains(RuleId.INSULT_THREAT);
        assertThat(rules("en", "I think this is a terrible idea.")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I want to end every woman's life.",
                "We're going to kill all the immigrants on this estate",
                "I will shoot every last one of them",
                "Someone should wipe out every Muslim in the county",
                "Let's burn all those people out of their homes",
                "I'll hang them all from the bridge",
                "im gonna hurt each and every one of them",
                "we really need to exterminate the refugees",
                "I am going to beat every woman who answers back"
            })
    void threatsOfHarmAgainstAWholeGroupAreRejected(String text) {
        assertThat(screen("en", text).verdict()).as(text).isEqualTo(Verdict.REJECT);
        assertThat(rules("en", text)).as(text).containsAnyOf(RuleId.INSULT_THREAT, RuleId.HATE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Police say the man wanted to kill all the passengers.",
                "No one should want to kill every immigrant, whatever they think of the policy.",
                "I'm not going to hurt anyone, I just want answers",
                "I would never want to harm all those families",
                "I could kill for a coffee right now",
                "This heat is killing everyone on the platform",
                "We should end every meeting on time",
                "The council will get rid of all the potholes by spring",
                "We're going to beat every record this season",
                "I want to end all these delays on the line"
            })
    void reportsNegationsAndIdiomsOfHarmArePublished(String text) {
        assertThat(rules("en", text)).as(text).doesNotContain(RuleId.INSULT_THREAT, RuleId.HATE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I'll get you a coffee after the meeting.",
                "I will visit her in hospital tomorrow.",
                "We will find them, the police chief promised the families.",
                "We're going to beat them next season, no doubt about it.",
                "I'll beat you at chess any day.",
                "We'll smash them in the final!",
                "I'll shoot you an email with the minutes tonight.",
                "We should get him a card from the whole street.",
                "You will pay less tax under the new plan.",
                "You'd better pay attention to the small print before signing."
            })
    void everydayPlansWithSomeoneAreNotThreats(String text) {
        assertThat(rules("en", text)).as(text).doesNotContain(RuleId.INSULT_THREAT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We got slaughtered 5-0 and honestly we deserved it.",
                "The government was slaughtered at the polls.",
                "It was a bloodbath on the stock market this morning.",
                "My gran made a day of it with tea and cake after voting.",
                "We made a weekend of it and stayed by the sea."
            })
    void sportMarketsAndOutingsAreNotViolenceOrSpam(String text) {
        assertThat(screen("en", text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    /** A hateful slogan in quotation marks, with a word for how it was written or chanted, is being reported. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "de|Jemand hat „Ausländer raus“ an die Schulwand gesprüht. Widerlich.",
                "fr|Quelqu'un a tagué « mort aux juifs » sur la synagogue, honte à eux.",
                "ru|На стене общежития вывели «Россия для русских». Позор.",
                "es|Apareció una pintada de «fuera moros» en el colegio y los vecinos la borraron.",
                "en|Someone sprayed \"gays out\" on the bridge; the council cleaned it the same day."
            })
    void quotedSlogansThatAreReportedArePublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"de|Ausländer raus, und zwar sofort!", "ru|Россия для русских, остальные пусть уезжают."})
    void theSameSlogansSaidAreStillBlocked(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
    }

    /**
     * A word of condemnation in the sentence does not excuse a slur aimed at the people it names: "these",
     * "you" before it say it is used, not mentioned; and "I'm not racist, but" condemns nothing. Before, "inacceptable" or "verurteile" beside the
     * slur published the comment.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "de|Ich verurteile diese Kanaken.",
                "de|Diese Kanaken sind einfach inakzeptabel.",
                "fr|Ces bougnoules sont une honte, c'est inacceptable.",
                "es|Estos sudacas son una vergüenza inaceptable.",
                "ru|Эти чурки — позор, недопустимо.",
                "en|These kikes are a disgrace, it is unacceptable.",
                "fr|Je ne suis pas raciste mais les bougnoules ruinent ce quartier.",
                "es|No soy racista, pero los sudacas arruinan el barrio.",
            })
    void aSlurAimedAtPeopleIsHateEvenBesideAWordOfCondemnation(String edition, String text) {
        assertThat(rules(edition, text)).as(text).contains(RuleId.HATE);
    }

    /**
     * Naming the slur as a word, reporting it, or condemning what others say about a group with an article or "all"
     * before it, is still weakened by the condemnation: only a slur right after a pointer is aimed at people.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "de|Das Wort Kanake ist rassistisch und inakzeptabel.",
                "fr|Le mot bougnoule est raciste.",
                "es|Decir sudaca es racista e inaceptable.",
                "ru|Слово чурка — это расизм, так нельзя.",
                "de|Wer Türken Kanaken nennt, ist ein Rassist und das ist inakzeptabel.",
                "fr|C'est raciste de dire que les immigrés sont des rats.",
                "es|Es racista decir que los inmigrantes son ratas.",
                "de|Es ist rassistisch zu sagen, die Flüchtlinge sind Ratten.",
                "ru|Говорить, что все мигранты — крысы, — это расизм.",
                "en|It's wrong to say all immigrants are vermin.",
                "en|The KKK is racist and hateful.",
                "en|The great replacement is a racist conspiracy theory.",
                "fr|Le grand remplacement est une théorie raciste.",
                "en|It's shameful that you all hate immigrants.",
            })
    void condemningASlurOrWhatOthersSayOfAGroupIsPublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    /**
     * A word of condemnation weakens only what it judges. Said after a statement of hate that stands on its own, or
     * before one in another clause ("call me racist, but"), it excuses nothing: "Immigrants are vermin, and it's
     * disgraceful that we can't say it" was published before, in every language.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Immigrants are vermin and it's disgraceful that we can't say it anymore.",
                "en|Muslims are all terrorists, and it's shameful that nobody admits it.",
                "en|All immigrants are rats and frankly the racism accusations are pathetic.",
                "de|Flüchtlinge sind Ratten, und es ist schändlich, dass man das nicht mehr sagen darf.",
                "de|Ausländer sind Ungeziefer, und es ist inakzeptabel, dass die Regierung nichts tut.",
                "fr|Les immigrés sont des rats, et c'est honteux qu'on ne puisse plus le dire.",
                "es|Los inmigrantes son ratas, y es vergonzoso que no se pueda decir.",
                "ru|Мигранты — это крысы, и позор, что об этом нельзя говорить.",
                "ar|المهاجرون حشرات ومن المرفوض أن نسكت عن ذلك.",
                "es|Los gitanos son parásitos y es inaceptable que nadie haga nada.",
                "en|Immigrants are vermin and I'm sick of being called racist for it.",
                "en|Call me racist, but immigrants are vermin.",
                "de|Das ist nicht rassistisch, aber Flüchtlinge sind Ratten.",
                "en|Send them all back, and it's outrageous that we can't say it anymore.",
                "en|Hitler was right and it's outrageous that we can't say it.",
                "en|Pakis ruin everything and it's racist to deny it.",
                "fr|Les bougnoules, c'est honteux.",
                "de|Das ist meine Meinung. Flüchtlinge sind Ratten, nennt mich ruhig rassistisch.",
                "es|Esto no es discurso de odio hay que fusilar a los inmigrantes.",
                "es|No hay que esperar más hay que matar a todos los gitanos.",
                "es|La ley contra el odio no protege a los gitanos, son una plaga ignorada.",
            })
    void hateAssertedBeforeAWordOfCondemnationIsRejected(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.REJECT);
    }

    /**
     * The same condemnation judges the hate when speech or thought frames it (saying, calling, thinking, believing),
     * when it comes first in the clause, or right after a quotation: the comment condemns the hate and is published.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Saying immigrants are vermin is disgraceful.",
                "en|People who claim Muslims are all terrorists are racist.",
                "en|The idea that immigrants are vermin is racist nonsense.",
                "en|\"Immigrants are vermin\" is a racist lie.",
                "en|It's disgraceful how refugees are treated like animals.",
                "de|Wer sagt, dass Flüchtlinge Ratten sind, ist ein Rassist, und das ist inakzeptabel.",
                "de|Flüchtlinge als Ratten zu bezeichnen ist rassistisch.",
                "fr|Dire que les immigrés sont des rats, c'est raciste.",
                "es|Decir que los inmigrantes son ratas es racista.",
                "ru|Называть мигрантов крысами — это расизм.",
                "ar|من المرفوض القول إن المهاجرين حشرات.",
                "en|Anyone who thinks immigrants are vermin is a bigot.",
                "en|My uncle thinks immigrants are vermin, which is disgraceful.",
                "en|The belief that immigrants are vermin is hateful.",
                "de|Mein Onkel meint, Ausländer sind Ungeziefer, und das ist rassistisch.",
                "fr|Mon voisin pense que les immigrés sont des rats, c'est honteux.",
                "es|Pensar que los inmigrantes son ratas es racista.",
                "ru|Считать, что мигранты — крысы, это расизм.",
                "en|Shameful but the banner read immigrants are vermin and the club did nothing.",
                "de|Inakzeptabel ist jedoch das Banner Flüchtlinge sind eine Plage im Stadion.",
                "es|Es racismo pero en la pancarta ponía los gitanos son una plaga.",
                "ru|Это позор но на стене до сих пор написано мигранты крысы.",
                "ar|هذه عنصرية لكن اللافتة كتب عليها المهاجرون ليسوا بشرا",
            })
    void condemnationOfHateThatSpeechFramesIsPublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    /**
     * A call to kill someone named by what they are (an official, a journalist, a referee) is a threat in every
     * language; before, only "him", "her" or "them" made one, and "Someone should shoot the mayor" was published.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Somebody needs to put a bullet in that judge.",
                "en|We should lynch the traitors.",
                "en|Hang the flag at half mast and someone should kill the mayor.",
                "en|Hang every last one of those traitors.",
                "en|Kill all the cops.",
                "de|Man sollte den Bürgermeister erschießen.",
                "de|Jemand muss diesen Richter endlich abknallen.",
                "fr|Il faut abattre le maire.",
                "fr|On devrait pendre tous les ministres.",
                "es|Hay que matar al alcalde.",
                "es|Habría que fusilar a todos los políticos.",
                "ru|Надо застрелить мэра.",
                "ru|Журналиста надо убить.",
                "ar|يجب قتل الوزير.",
                "ar|لازم شنق الخونة.",
            })
    void aCallToKillSomeoneNamedByTheirRoleIsRejected(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.REJECT);
    }

    /**
     * Wishing someone dead by sentence or hyperbole ("the ref should be shot"), or calling to shoot or hang them (the
     * same verbs take photographs and portraits), is held for a moderator.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Someone should shoot the mayor.",
                "en|We should hang the traitors.",
                "en|The minister deserves a bullet.",
                "en|The ref should be shot for that decision.",
                "de|Die Verräter gehören alle an die Wand gestellt.",
                "fr|Ce juge mérite une balle.",
                "es|Ese árbitro merece un tiro.",
                "ru|Этот судья заслуживает пули.",
                "ar|الخائن يستحق الموت.",
            })
    void wishingSomeoneNamedByTheirRoleDeadIsHeld(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.HOLD);
    }

    /** Removing an official by vote, praising one, or reporting a plot against one threatens nobody. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Someone should shoot a documentary about the mayor.",
                "en|We should kill the bill before the minister signs it.",
                "en|The referee should be sacked after that decision.",
                "en|The plot to kill the mayor was foiled by police.",
                "en|The judge deserves a medal for that ruling.",
                "de|Man sollte den Bürgermeister abwählen.",
                "de|Die Polizei hat den Mann festgenommen, der den Bürgermeister erschießen wollte.",
                "fr|Il faut virer le maire aux prochaines élections.",
                "fr|Le procès de l'homme qui voulait tuer le maire s'ouvre lundi.",
                "es|Hay que echar al alcalde en las urnas.",
                "es|Detenido el hombre que quería matar al alcalde.",
                "ru|Мэр заслуживает премии.",
                "ru|Задержан мужчина, который хотел убить мэра.",
                "ar|يجب محاسبة الوزير.",
                "en|I'm going to shoot the mayor's portrait for the paper tomorrow.",
                "en|I will shoot the editor an email tonight.",
                "en|You have to kill the boss to finish the level.",
                "en|I'm not going to kill the referee over one bad call, relax.",
                "en|The mayor's plan needs to be executed properly.",
                "en|The referee deserves a shot at the World Cup final.",
                "de|Man muss den Schiedsrichter nicht gleich erschießen.",
                "de|Wir sollten das Plakat mit dem Bürgermeister aufhängen.",
                "fr|Il ne faut pas tuer les journalistes.",
                "es|No hay que matar al árbitro por un error.",
                "ru|Надо повесить расписание в учительской.",
                "ru|Следствие выясняет, кому надо было убить журналиста.",
                "ar|يجب وقف قتل الصحفيين في غزة.",
            })
    void votingOutOrReportingOnAnOfficialIsNoThreat(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    /** "Ich hasse Flüchtlinge" is held: German may deny it only afterwards ("... nicht, sondern"). */
    @Test
    void germanDeclaredHatredIsHeldForAModerator() {
        assertThat(screen("de", "Ich hasse Flüchtlinge.").verdict()).isEqualTo(Verdict.HOLD);
        assertThat(screen("de", "Ich hasse Flüchtlinge nicht, sondern die Politik.")
                        .verdict())
                .isEqualTo(Verdict.HOLD);
    }

    /**
     * A judgement inside a quotation of hate, beside another violation, used to break the lexical detector (the
     * clause was read backwards) and so hold the comment for every rule; the violation is rejected.
     */
    @Test
    void aJudgementInsideAQuotedStatementBreaksNothing() {
        assertThat(screen("en", "You fucking retard, kill yourself. \"Immigrants are hateful vermin\"")
                        .verdict())
                .isEqualTo(Verdict.REJECT);
        assertThat(screen("en", "Someone sprayed 'immigrants are racist vermin' on the mosque.")
                        .verdict())
                .isEqualTo(Verdict.APPROVE);
    }

    /**
     * Declared hatred of a group, calling it inferior, wishing it dead or calling for its killing is hate in every
     * language; before, only English had lines for them, and each of these was published.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "de|Juden sind eine minderwertige Rasse.",
                "de|Man sollte alle Flüchtlinge erschießen.",
                "de|Tod allen Ausländern.",
                "fr|Je déteste les musulmans.",
                "fr|Les Roms sont une race inférieure.",
                "es|Odio a los gitanos.",
                "es|Muerte a los inmigrantes.",
                "es|Hay que matar a todos los moros.",
                "ru|Ненавижу мигрантов.",
                "ru|Цыгане — низшая раса.",
                "ru|Смерть чуркам.",
                "ru|Надо очистить город от кавказцев.",
                "ru|Ненавижу таджиков.",
                "ar|أكره اليهود.",
                "ar|المهاجرون ليسوا بشرا.",
                "ar|الموت للمسيحيين.",
                "ar|لازم ذبح جميع المسيحيين.",
            })
    void hatredInferiorityAndDeathWishedOnAGroupAreRejected(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.REJECT);
    }

    /**
     * Denying hatred or inferiority ("I don't hate migrants"), speaking of hatred as a thing ("el odio a los
     * inmigrantes crece") or of a group's wages or housing, is published.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "de|Ich hasse es, wenn Leute über Flüchtlinge lästern.",
                "de|Ich hasse keine Flüchtlinge, ich hasse Ungerechtigkeit.",
                "fr|Je ne déteste pas les migrants.",
                "fr|Les migrants ne sont pas inférieurs aux autres.",
                "es|No odio a los inmigrantes, odio la injusticia.",
                "es|Los inmigrantes no son inferiores a nadie.",
                "ru|Не ненавижу мигрантов, ненавижу ложь.",
                "ar|لا أكره المهاجرين.",
                "de|Die Unterkünfte für Flüchtlinge sind minderwertig.",
                "fr|Pourquoi on déteste les juifs depuis des siècles ? Un historien répond.",
                "es|El odio a los inmigrantes crece en Europa.",
                "es|Los salarios de los inmigrantes son inferiores a la media.",
                "ru|Ненавижу, когда мигрантов обижают.",
                "ru|Мигранты не нелюди, а такие же люди.",
                "ar|المثليون ليسوا وباء.",
                "ar|أكره معاناة اللاجئين.",
                "ru|В лагере беженцев мусор не вывозят неделями.",
                "ru|Суд решил депортировать двух таджиков за нарушение режима.",
                "ru|Сталин хотел очистить Кавказ от чеченцев — это была депортация 1944 года.",
            })
    void denyingHatredOfAGroupIsPublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    /**
     * A call to attack a place of worship, a police station or parliament is extremism, and a word of condemnation
     * after it excuses nothing; before, "it's disgraceful that it still stands" published the English ones, and the
     * German, French, Spanish and Russian calls against places of worship matched no line.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|Burn the mosque down, it's disgraceful that it still stands.",
                "en|Storm the parliament tonight, it's shameful we waited this long.",
                "en|Someone should bomb the council offices, and it's unacceptable that nobody has.",
                "de|Man sollte die Moschee anzünden.",
                "de|Man sollte das Asylheim abfackeln.",
                "fr|Il faut brûler la mosquée, c'est honteux qu'elle soit encore là.",
                "es|Hay que quemar la mezquita, y es vergonzoso que nadie lo haga.",
                "ru|Надо сжечь мечеть, и позор, что никто этого не делает.",
            })
    void aCallToAttackAPlaceIsExtremismWhateverFollows(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.REJECT);
    }

    /** Condemning such a call, or caring for the same places, is published. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|It's disgraceful that anyone would call to burn the mosque.",
                "en|Saying we should storm the parliament is shameful.",
                "en|The calls to storm the parliament are disgraceful.",
                "es|Es vergonzoso que alguien quiera quemar la mezquita.",
                "ru|Позор тем, кто призывает сжечь мечеть.",
                "de|Man sollte die Kirche renovieren.",
                "fr|Il faut sauver l'église du village.",
                "es|Hay que visitar la iglesia del pueblo.",
                "es|Hay que tomar medidas para proteger la mezquita.",
                "fr|Il ne faut pas brûler les étapes avec la mairie.",
                "ru|Нужно захватить свечи в церковь на Пасху.",
                "de|Wir sollten in der Kirche eine Kerze anzünden.",
                "fr|Il faut incendier la mosquée, écrivait le prévenu, condamné mardi.",
                "ru|Церковь надо сжечь, решили вандалы, но их задержали.",
            })
    void condemningACallToAttackOrCaringForThePlaceIsPublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    /** Calling oneself names insults nobody; calling someone else the same still does. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|I'm such an idiot, I bought the ticket for the wrong day.",
                "en|What an idiot I was to trust the forecast.",
                "en|Silly me, I left the umbrella on the train.",
                "de|Ich Depp habe das Sparticket natürlich für Montag gebucht.",
                "fr|Je suis vraiment nul, j'ai encore raté le train.",
                "es|Qué tonto soy, me olvidé la entrada en casa.",
                "ru|Я идиот, забыл билет дома.",
                "ar|يا لي من غبي، نسيت التذكرة في البيت."
            })
    void callingOneselfNamesIsNotAnInsult(String edition, String text) {
        assertThat(rules(edition, text)).as(text).doesNotContain(RuleId.INSULT_THREAT);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"en|You're an idiot.", "de|Du bist ein Depp.", "es|Eres un idiota.", "ru|Ты идиот."})
    void callingSomeoneElseTheSameStillIs(String edition, String text) {
        assertThat(rules(edition, text)).as(text).contains(RuleId.INSULT_THREAT);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "de|Verdammt, 94 Minuten gut gespielt und dann so was.",
                "ar|الزحمة زفت اليوم والأسعار ترتفع.",
                "en|The driver said he was called the f-word in front of the children.",
                "en|I made £200 selling old clothes last month."
            })
    void mildWordsAndReportsArePublished(String edition, String text) {
        assertThat(screen(edition, text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Un an de retard seulement ? Quelle efficacité.",
                "Le train avait deux heures de retard ce matin.",
                "Les retards s'accumulent sur la ligne 13."
            })
    void frenchDelaysAreNotAnEnglishSlur(String text) {
        assertThat(screen("fr", text).verdict()).as(text).isEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I make $300 a day from home with this one trick.",
                "She made 5k a week, ask me how.",
                "They tortured the dog for fun."
            })
    void incomeClaimsAndCrueltyAreStillFound(String text) {
        assertThat(screen("en", text).verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I will find you and I will hurt you.",
                "I'm going to kill you.",
                "We'll break your legs if you show up again",
                "I'm gonna beat you up after school",
                "I will end you",
                "I'll find you and make you pay",
                "Someone should shoot him.",
                "You'll pay for this, I promise you",
                "You will regret ever writing that"
            })
    void threatsAgainstAPersonAreRejected(String text) {
        assertThat(screen("en", text).verdict()).as(text).isEqualTo(Verdict.REJECT);
        assertThat(rules("en", text)).as(text).contains(RuleId.INSULT_THREAT);
    }

    @Test
    void suicideIncitementIsFoundButHelplinesAreNot() {
        assertThat(rules("en", "if you're that miserable just end it. kys")).contains(RuleId.SUICIDE);
        assertThat(rules("en", "If you are struggling, Samaritans are free on 116 123. You're not alone."))
                .isEmpty();
    }

    @Test
    void publisherDisrespectNamesTheBrand() {
        Decision decision = screen("en", "Tribune is a propaganda rag run by liars.");
        assertThat(decision.hits()).extracting(RuleHit::rule).contains(RuleId.PUBLISHER_DISRESPECT);
        assertThat(rules("en", "I read the Tribune every morning.")).isEmpty();
    }

    @Test
    void wordsInsideLinksAndAddressesAreNotSpeech() {
        assertThat(rules("en", "Write to dick.turner@example.com about it")).doesNotContain(RuleId.PROFANITY);
    }

    @Test
    void wordsInnocentInAnotherLanguageOnlyCountInTheirEdition() {
        assertThat(rules("en", "I went to the con last weekend")).isEmpty();
        assertThat(rules("fr", "Quel con, celui-là")).contains(RuleId.PROFANITY);
    }

    @Test
    void operatorLexiconsAddTerms(@TempDir Path dataDir) throws IOException {
        Path lexicons = Files.createDirectories(dataDir.resolve("lexicons/en"));
        Files.writeString(lexicons.resolve("profanity.txt"), "# house rules\nfrobnicat* = 0.9\n");
        EngineConfig config = EngineConfig.defaults().dataDir(dataDir);
        Engine engine = Engine.with(config, LexicalDetectors.create(config));
        Decision decision = engine.screen(Comment.of("c", "en", "Go frobnicating elsewhere"))
                .decision();
        assertThat(decision.hits()).extracting(RuleHit::rule).contains(RuleId.PROFANITY);
    }

    @Test
    void builtInLexiconsParseWithoutProblems() {
        LexiconSource.Loaded loaded = LexiconSource.load(Optional.empty(), java.util.Set.of());
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.lexicon().size()).isGreaterThan(2_000);
    }

    /** An English slur that is an everyday word elsewhere counts in English only: French "plus tard" is "later". */
    @Test
    void anEnglishSlurThatIsAFrenchWordIsOnlyASlurInEnglish() {
        assertThat(screen("fr", "Les femmes sont atteintes de ce cancer plus tard que les hommes.")
                        .verdict())
                .isEqualTo(Verdict.APPROVE);
        assertThat(rules("en", "shut up you tard")).contains(RuleId.PROFANITY);
    }

    /** German "Abo" (a subscription) is not the English slur. */
    @Test
    void aGermanSubscriptionIsNotASlur() {
        assertThat(screen("de", "Mein Abo habe ich gekündigt, weil ich umziehe.")
                        .verdict())
                .isEqualTo(Verdict.APPROVE);
    }

    private static Decision screen(String edition, String text) {
        return ENGINE.screen(Comment.of("c", edition, text)).decision();
    }

    private static List<RuleId> rules(String edition, String text) {
        return screen(edition, text).hits().stream().map(RuleHit::rule).toList();
    }
}
