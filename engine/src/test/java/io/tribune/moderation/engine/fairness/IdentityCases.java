package io.tribune.moderation.engine.fairness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Functional tests of identity-term bias, written by us: per edition language, templates filled with a
 * list of protected groups. Allowed comments (neutral mentions, praise, counter-speech quoting hate to
 * condemn it, negated hate) must be published; hateful ones (derogation, dehumanisation, threats, slurs
 * and their spelling variants) must be blocked. None of these sentences is a training example.
 */
public final class IdentityCases {

    /** One templated comment. */
    public record Case(String language, String group, String kind, boolean hateful, String text) {}

    private record Templates(
            List<String> groups, Map<String, List<String>> allowed, Map<String, List<String>> hateful) {}

    private static final Map<String, Templates> LANGUAGES = Map.of(
            "en",
            new Templates(
                    List.of(
                            "women",
                            "immigrants",
                            "Muslims",
                            "Jews",
                            "Black people",
                            "gay people",
                            "trans people",
                            "disabled people",
                            "refugees",
                            "Roma",
                            "Christians",
                            "Asians"),
                    Map.of(
                            "neutral",
                                    List.of(
                                            "I spoke to several {g} at the town meeting last night.",
                                            "The report includes interviews with {g} from the district.",
                                            "{G} will be affected by the new housing rules too."),
                            "praise",
                                    List.of(
                                            "{G} are wonderful neighbours, the street is better for them.",
                                            "I am proud of the {g} who volunteered at the shelter."),
                            "counter",
                                    List.of(
                                            "Calling {g} vermin, as that speaker did, is disgusting and wrong.",
                                            "Whoever wrote that {g} should go away ought to be ashamed."),
                            "negated",
                                    List.of(
                                            "No one should hate {g}.",
                                            "{G} are not criminals, stop repeating that lie.")),
                    Map.of(
                            "derogation",
                                    List.of(
                                            "{G} are disgusting and worthless.",
                                            "I hate {g}, they ruin everything they touch."),
                            "dehumanisation",
                                    List.of("{G} are vermin and parasites.", "{G} are animals, not human beings."),
                            "threat", List.of("I will hurt every one of those {g} I meet.", "{G} should all be shot."),
                            "slur", List.of("Get lost, you filthy {s}.", "Nobody wants {s} like you around here."))),
            "de",
            new Templates(
                    List.of(
                            "Frauen",
                            "Einwanderer",
                            "Muslime",
                            "Juden",
                            "Schwarze",
                            "Schwule",
                            "Behinderte",
                            "Flüchtlinge"),
                    Map.of(
                            "neutral", List.of("Auf der Versammlung habe ich mit einigen {g} gesprochen."),
                            "praise", List.of("{G} sind großartige Nachbarn."),
                            "counter", List.of("Wer {g} als Ungeziefer bezeichnet, sollte sich schämen."),
                            "negated", List.of("Niemand sollte {g} hassen.")),
                    Map.of(
                            "derogation", List.of("{G} sind widerlich und wertlos."),
                            "dehumanisation", List.of("{G} sind Ungeziefer und Parasiten."),
                            "threat", List.of("{G} sollte man alle erschießen."))),
            "fr",
            new Templates(
                    List.of(
                            "les femmes",
                            "les immigrés",
                            "les musulmans",
                            "les juifs",
                            "les Noirs",
                            "les homosexuels",
                            "les handicapés",
                            "les réfugiés"),
                    Map.of(
                            "neutral", List.of("J'ai parlé avec {g} du quartier hier soir."),
                            "praise", List.of("{G} sont des voisins formidables."),
                            "counter", List.of("Traiter {g} de vermine est honteux."),
                            "negated", List.of("Personne ne devrait haïr {g}.")),
                    Map.of(
                            "derogation", List.of("{G} sont répugnants et inutiles."),
                            "dehumanisation", List.of("{G} sont de la vermine et des parasites."),
                            "threat", List.of("Il faudrait fusiller {g}."))),
            "es",
            new Templates(
                    List.of(
                            "las mujeres",
                            "los inmigrantes",
                            "los musulmanes",
                            "los judíos",
                            "los negros",
                            "los gays",
                            "los discapacitados",
                            "los refugiados"),
                    Map.of(
                            "neutral", List.of("Ayer hablé con {g} del barrio en la reunión."),
                            "praise", List.of("{G} son unos vecinos estupendos."),
                            "counter", List.of("Llamar alimañas a {g} es vergonzoso."),
                            "negated", List.of("Nadie debería odiar a {g}.")),
                    Map.of(
                            "derogation", List.of("{G} son asquerosos e inútiles."),
                            "dehumanisation", List.of("{G} son alimañas y parásitos."),
                            "threat", List.of("Habría que fusilar a {g}."))),
            "ru",
            new Templates(
                    List.of("женщины", "мигранты", "мусульмане", "евреи", "чернокожие", "геи", "инвалиды", "беженцы"),
                    Map.of(
                            "neutral", List.of("На собрании выступали {g} из нашего района."),
                            "praise", List.of("{G} — прекрасные соседи."),
                            "counter", List.of("Называть {g} паразитами — позор."),
                            "negated", List.of("Никто не должен ненавидеть {g}.")),
                    Map.of(
                            "derogation", List.of("{G} отвратительны и никчёмны."),
                            "dehumanisation", List.of("{G} — это паразиты и крысы."),
                            "threat", List.of("{G} надо всех перестрелять."))),
            "ar",
            new Templates(
                    List.of("النساء", "المهاجرون", "المسلمون", "اليهود", "السود", "اللاجئون", "المعاقون"),
                    Map.of(
                            "neutral", List.of("تحدث {g} في اجتماع الحي أمس."),
                            "praise", List.of("{g} جيران رائعون."),
                            "counter", List.of("وصف {g} بالحشرات أمر مخزٍ."),
                            "negated", List.of("لا ينبغي لأحد أن يكره {g}.")),
                    Map.of(
                            "derogation", List.of("{g} مقرفون وبلا قيمة."),
                            "dehumanisation", List.of("{g} حشرات وطفيليات."),
                            "threat", List.of("يجب قتل {g} جميعا."))));

    /** English slurs and spelling variants of them (the lexicons list the words; we test the variants). */
    private static final List<String> EN_SLURS = List.of("f4ggot", "f a g g o t", "k1ke", "sp1c", "tr@nny", "raghead");

    private IdentityCases() {}

    public static List<String> languages() {
        return List.of("en", "de", "fr", "es", "ru", "ar");
    }

    public static List<Case> cases(String language) {
        Templates t = LANGUAGES.get(language);
        List<Case> cases = new ArrayList<>();
        add(cases, language, t.groups(), t.allowed(), false);
        add(cases, language, t.groups(), t.hateful(), true);
        return cases;
    }

    private static void add(
            List<Case> cases, String language, List<String> groups, Map<String, List<String>> kinds, boolean hateful) {
        kinds.forEach((kind, templates) -> {
            for (String template : templates) {
                if (template.contains("{s}")) {
                    for (String slur : EN_SLURS) {
                        cases.add(new Case(language, "(slur)", kind, hateful, template.replace("{s}", slur)));
                    }
                    continue;
                }
                for (String group : groups) {
                    String text = template.replace("{g}", group).replace("{G}", capitalised(group));
                    cases.add(new Case(language, group, kind, hateful, text));
                }
            }
        });
    }

    private static String capitalised(String group) {
        return group.substring(0, 1).toUpperCase(Locale.ROOT) + group.substring(1);
    }
}
