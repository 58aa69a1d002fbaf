package io.tribune.moderation.engine.lexical;

import static org.assertj.core.api.Assertions.assertThat;

import io.tribune.moderation.engine.Comment;
import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Engine;
import io.tribune.moderation.engine.EngineConfig;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Verdict;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Russian and Arabic lexicons read the meaning of a comment, not only its swear words: praise for an
 * attacker, contempt for the publisher, threats, gloating, incitement to suicide, sexualised children,
 * drug promotion, cruelty, get-rich schemes and campaigning are caught in wordings of their own, while
 * reports, condemnation, helplines, sport and everyday uses of the same words stay approved.
 */
class ReadersMeaningRuArTests {

    private static final Engine ENGINE = Engine.with(
            EngineConfig.defaults().budget(java.time.Duration.ofMinutes(1)),
            LexicalDetectors.create(EngineConfig.defaults()));

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ru|EXTREMISM|Этот смертник настоящий герой, уважаю.",
                "ru|EXTREMISM|Слава нападавшему, он сделал то, что должен был.",
                "ru|EXTREMISM|Надо устроить самосуд над этими чиновниками.",
                "ru|EXTREMISM|Таких предателей надо перевешать на фонарях.",
                "ru|EXTREMISM|Поддерживаю того, кто поджёг этот участок, так им и надо.",
                "ru|EXTREMISM|Пора стрелять их всех, по-другому не поймут.",
                "ru|HATE|Беженцы отвратительны, одни проблемы от них.",
                "ru|HATE|Цыган надо перестрелять, тогда будет порядок.",
                "ru|PUBLISHER_DISRESPECT|Что за газетенка, одни сплетни.",
                "ru|PUBLISHER_DISRESPECT|Это цирк, а не журналистика.",
                "ru|PUBLISHER_DISRESPECT|Сколько вам заплатили за эту статью?",
                "ru|PUBLISHER_DISRESPECT|Ваши журналисты врут в каждой заметке.",
                "ru|PUBLISHER_DISRESPECT|Всё, что вы пишете, — сплошное враньё.",
                "ru|PUBLISHER_DISRESPECT|И вы называете себя журналистами?",
                "ru|PUBLISHER_DISRESPECT|Какой идиот это писал? Редакция совсем обнаглела.",
                "ru|PUBLISHER_DISRESPECT|Автор бездарный, статья ни о чём.",
                "ru|PUBLISHER_DISRESPECT|Статьи на уровне школьной стенгазеты, стыдно читать.",
                "ru|INSULT_THREAT|Ты убогий, даже читать не умеешь.",
                "ru|INSULT_THREAT|Иди проспись, умник.",
                "ru|INSULT_THREAT|Ходи и оглядывайся, мы тебя вычислим.",
                "ru|INSULT_THREAT|Тебе не жить после таких слов.",
                "ru|INSULT_THREAT|Заткнись уже, у тебя мозгов ноль.",
                "ru|TROLLING|Так им и надо, нечего было лезть.",
                "ru|TROLLING|Ну что, допрыгались? Несите попкорн.",
                "ru|SUICIDE|Мир станет лучше без тебя.",
                "ru|SUICIDE|Сделай всем одолжение, выпились уже.",
                "ru|SUICIDE|Шагни с крыши, никто не заплачет.",
                "ru|SUICIDE|Режь вены вдоль, а не поперёк.",
                "ru|SUICIDE|Сколько таблеток снотворного нужно, чтобы не проснуться?",
                "ru|SUICIDE|Такие как ты не должны жить.",
                "ru|MINORS|Эта школьница такая сексуальная на фото.",
                "ru|MINORS|Обожаю малолеток, пишите.",
                "ru|MINORS|Сколько тебе лет? Скинь фото в личку.",
                "ru|NARCOTICS|Кому нужны шишки — пишите в телегу, клады по городу.",
                "ru|NARCOTICS|Попробуйте гашиш, лучше алкоголя в сто раз.",
                "ru|NARCOTICS|Чистейший кокаин, недорого.",
                "ru|NARCOTICS|Марихуана безвредна, расслабляет лучше любого снотворного.",
                "ru|NARCOTICS|Подскажите, как вырастить коноплю на балконе, у меня гроубокс уже есть.",
                "ru|VIOLENCE_CRUELTY|Подкинул во дворе сосиски с гвоздями, собаки больше не лают.",
                "ru|VIOLENCE_CRUELTY|Избили его толпой, смотреть одно удовольствие.",
                "ru|VIOLENCE_CRUELTY|С удовольствием смотрел, как его избивают.",
                "ru|VIOLENCE_CRUELTY|Соседского кота облили бензином и подожгли, мы ржали всем двором.",
                "ru|SPAM|Моя схема приносит стабильный доход, напишите «хочу» в личку.",
                "ru|SPAM|Вложения приносят 5 процентов в день, пишите.",
                "ru|SPAM|Переходи по ссылке и забери свой бонус прямо сейчас.",
                "ru|ADVERTISING|Голосуйте за кандидата от нашей партии, номер 3 в бюллетене!",
                "ru|THIRD_PARTY_PROMO|По промокоду SAVE10 получите скидку в магазине.",
                "ru|THIRD_PARTY_PROMO|Заходите на мой канал, там всё разобрано подробнее.",
                "ar|EXTREMISM|منفذ الهجوم بطل ونسأل الله أن يكثر من أمثاله.",
                "ar|EXTREMISM|الغزوة المباركة أسعدت قلوبنا.",
                "ar|EXTREMISM|اقتلوهم جميعا ولا ترحموا أحدا.",
                "ar|EXTREMISM|لا حل إلا الجهاد ضد هؤلاء.",
                "ar|HATE|هؤلاء اللاجئون حشرات يجب التخلص منها.",
                "ar|HATE|المهاجرون طفيليات على هذا البلد.",
                "ar|HATE|يجب قتل المثليين.",
                "ar|PUBLISHER_DISRESPECT|جريدتكم مهزلة حقيقية.",
                "ar|PUBLISHER_DISRESPECT|كل ما تنشرونه كذب وتضليل.",
                "ar|PUBLISHER_DISRESPECT|كم دفعوا لكم لتكتبوا هذا؟",
                "ar|PUBLISHER_DISRESPECT|صحافة آخر زمن.",
                "ar|PUBLISHER_DISRESPECT|كاتب المقال جاهل ولا يعرف شيئا.",
                "ar|PUBLISHER_DISRESPECT|مستوى موقعكم هابط جدا.",
                "ar|INSULT_THREAT|انت متخلف ولا تفهم شيئا.",
                "ar|INSULT_THREAT|نعرف عنوانك جيدا، انتبه.",
                "ar|TROLLING|ههههههه يستاهلون كل اللي صار لهم.",
                "ar|TROLLING|موتوا بغيظكم.",
                "ar|SUICIDE|العالم أفضل بدونك، انتحر وريحنا.",
                "ar|SUICIDE|لماذا ما زلت على قيد الحياة؟",
                "ar|SUICIDE|اشنق نفسك أحسن لك.",
                "ar|SUICIDE|ما هي أسهل طريقة للانتحار؟",
                "ar|SUICIDE|ما حد رح يفتقدك لو اختفيت.",
                "ar|MINORS|طفلة عمرها عشر سنوات وصدرها كبير، مثيرة جدا.",
                "ar|MINORS|كم عمرك؟ أرسلي صورتك على الخاص.",
                "ar|NARCOTICS|جربوا الحشيش، يريح الأعصاب وما يضر.",
                "ar|NARCOTICS|الترامادول أفضل من أي مسكن، أنصحكم فيه.",
                "ar|NARCOTICS|نبيع الحشيش بأسعار مناسبة.",
                "ar|NARCOTICS|مين بده حشيش؟ عندي كمية.",
                "ar|VIOLENCE_CRUELTY|حطينا سم للكلاب في الحارة وارتحنا.",
                "ar|VIOLENCE_CRUELTY|ذبحوه قدام الناس، أحلى مشهد.",
                "ar|SPAM|انضموا لمجموعتنا على واتساب واربح يوميا من المنزل.",
                "ar|ADVERTISING|صوتوا للمرشح رقم ٣ في الانتخابات.",
                "ar|THIRD_PARTY_PROMO|استخدموا كود خصم ABC عند الشراء."
            })
    void violationsAreBlockedForTheirRule(String edition, RuleId rule, String text) {
        Decision decision = screen(edition, text);
        assertThat(decision.verdict()).as(text).isNotEqualTo(Verdict.APPROVE);
        assertThat(rules(decision)).as(text).contains(rule);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "ru|Нападавший — никакой не герой, а обычный убийца.",
                "ru|Пожарный вынес троих детей из огня, настоящий герой, побольше бы таких.",
                "ru|Суд приговорил нападавшего к пожизненному сроку, соболезнования семьям погибших.",
                "ru|Охранник, обезвредивший нападавшего, стал героем города.",
                "ru|Полицейский, застреливший террориста, настоящий герой.",
                "ru|Не поддерживаю тех, кто поджёг машину, это преступление.",
                "ru|Надо резать их бюджет, а не повышать налоги.",
                "ru|Беженцы получили жильё, соседи помогли им обустроиться.",
                "ru|Спасибо редакции за подробный материал, журналисты молодцы.",
                "ru|Министр назвал статью «цирком, а не журналистикой», но редакция ответила фактами.",
                "ru|Сколько вам платят за час на этой работе?",
                "ru|Хватит врать народу, господа министры.",
                "ru|Перестал читать новости по вечерам, сплю лучше.",
                "ru|В фильме герой говорит злодею: ходи оглядываясь.",
                "ru|Я найду вас на встрече жильцов в субботу.",
                "ru|Соболезную пострадавшим, держитесь, помогите им кто может.",
                "ru|Отличная новость за неделю: мост наконец открыли.",
                "ru|Готовлю попкорн к вечернему фильму.",
                "ru|Если тебе плохо, позвони на телефон доверия, ты не один.",
                "ru|Не нравится страна — уезжай, никто не держит.",
                "ru|Окно открыто, в комнате свежо.",
                "ru|Зачем ты до сих пор живёшь в этом городе, если всё не нравится?",
                "ru|Врач объяснил, сколько таблеток можно принимать в сутки.",
                "ru|Девочка заняла первое место по фигурному катанию, молодец!",
                "ru|Моя девочка в десять лет пошла в музыкальную школу.",
                "ru|Девочки, как вам секс после родов, стоит ли переживать?",
                "ru|Попробуйте соль с лимоном, очень вкусно.",
                "ru|Рекомендую грибы в сметане, отличный рецепт.",
                "ru|Полиция задержала курьеров, изъято два килограмма мефедрона.",
                "ru|Как вырастить травку на газоне, чтобы была густой?",
                "ru|Кайф валяться на травке летом.",
                "ru|Рекомендую варенье из сосновых шишек.",
                "ru|Осторожно, в парке разбросали колбасу с иголками, берегите собак!",
                "ru|Забили красивый гол, смотреть одно удовольствие.",
                "ru|Кошку подобрали, накормили мясом.",
                "ru|Приятно было смотреть, как наши били по воротам.",
                "ru|Мужчина утопил котят, полиция возбудила уголовное дело.",
                "ru|Кот спит на подоконнике, мы все ржали над его позой.",
                "ru|Инфляция съела 5 процентов доходов за год.",
                "ru|Голосование прошло спокойно, явка низкая.",
                "ru|Обращайтесь по телефону доверия, там помогут.",
                "ru|Код из смс получите на телефон.",
                "ar|منفذ الهجوم مجرم وليس بطلا، ونرفض هذه الجريمة.",
                "ar|اللاعب بطل حقيقي، الله يكثر من أمثاله.",
                "ar|قتل المهاجم الشرطي الشهيد أثناء الهجوم.",
                "ar|المهاجم بطل المباراة وسجل هدفين.",
                "ar|هؤلاء المرضى مصابون بالسرطان ويحتاجون الدعم.",
                "ar|المهاجرون يساهمون في الاقتصاد.",
                "ar|شكرا لموقعكم على التغطية الممتازة.",
                "ar|موقعكم كشف فضيحة الوزير، شكرا لكم.",
                "ar|نعرف أن الحكومة ستعلن القرار غدا.",
                "ar|حرام، الله يصبرهم على هذه المصيبة.",
                "ar|الفريق يستاهل الفوز بعد هذا الأداء.",
                "ar|إذا كنت تمر بضائقة، اتصل بالخط الساخن للصحة النفسية.",
                "ar|الشباك مفتوح والجو جميل اليوم.",
                "ar|ليش لسا عايش في هالمدينة الغالية؟",
                "ar|خلص ريح حالك وريحنا من هالنقاش.",
                "ar|ابنتي عمرها تسع سنوات وجسمها ضعيف بعد المرض.",
                "ar|قضية القاصر المثيرة للجدل أمام المحكمة.",
                "ar|الحشيش ليس أرحم من غيره، هذه خرافة وأضراره خطيرة.",
                "ar|ضبطت الشرطة كمية من الحشيش في المطار.",
                "ar|مكافحة الحشيش قضية أمن قومي.",
                "ar|مشهد بشع، ضربوه بالعصي والشرطة يجب أن تتحرك.",
                "ar|دهست قطة بالغلط وحزنت كثيرا.",
                "ar|صوت الشباب مهم في الانتخابات القادمة.",
                "ar|الناخبون صوتوا للمرشح المستقل بنسبة كبيرة."
            })
    void nearMissesStayApproved(String edition, String text) {
        Decision decision = screen(edition, text);
        assertThat(decision.verdict()).as(text + " " + rules(decision)).isEqualTo(Verdict.APPROVE);
    }

    private static Decision screen(String edition, String text) {
        return ENGINE.screen(Comment.of("c", edition, text)).decision();
    }

    private static List<RuleId> rules(Decision decision) {
        return decision.hits().stream().map(RuleHit::rule).toList();
    }
}
