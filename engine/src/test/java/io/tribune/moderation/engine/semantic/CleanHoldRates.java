package io.tribune.moderation.engine.semantic;

import io.tribune.moderation.engine.Decision;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.RuleHit;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.SharedData;
import io.tribune.moderation.engine.Verdict;
import io.tribune.moderation.engine.learning.DavidsonTweets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * How often clean English text that nothing was trained, calibrated or written from is blocked: the 4,827
 * "ham" messages of the public SMS Spam Collection (texting) and the tweets of the Davidson et al. even half
 * that annotators found neither hateful nor offensive. Chatty registers, not news comments: a harsh proxy for
 * readers' short replies. For each corpus it prints the heads alone (per rule, at the head's hold threshold
 * and at 0.5) and the standard engine (approved, held, rejected), and then, for each part of the data README's
 * fixed split (test part first, then training part, then all), the blocked messages by the rule that decided
 * and by what drove that rule: the lexical rules and signals, the n-gram classifier or a semantic head.
 * Figures only, never texts; {@code --train-ids} adds the ids of the training part's blocked messages (SMS:
 * 0-based message number; Davidson: the row index), never those of the test part.
 *
 * <pre>bench/quality.sh clean-holds [HEADS.json] [--train-ids] [--encoder FOLDER]</pre>
 * (default: the shipped heads; give an older heads file to compare the heads alone).
 */
public final class CleanHoldRates {

    private CleanHoldRates() {}

    /** A clean message, its id in the public set and whether the fixed split puts it in the test part. */
    record Clean(String id, String text, boolean test) {}

    /** One part of the fixed split. */
    private record Part(String name, Predicate<Clean> member) {}

    private static final List<Part> PARTS = List.of(
            new Part("test part", Clean::test), new Part("training part", c -> !c.test()), new Part("all", c -> true));

    public static void main(String[] args) throws IOException {
        SentenceEncoder encoder = EncoderUnderTest.shared();
        boolean trainIds = Arrays.asList(args).contains("--train-ids");
        List<String> files =
                Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        SemanticHeads heads = files.isEmpty()
                ? SemanticDetectors.builtInHeads(encoder, "en")
                : SemanticHeads.load(Path.of(files.get(0)), encoder);
        StandardEnglishScreening engine = new StandardEnglishScreening();
        report("SMS ham", smsHam(), heads, encoder, engine, trainIds);
        report("Davidson neither", davidsonNeither(), heads, encoder, engine, trainIds);
    }

    /** SMS ham; test part: 0-based message number (header excluded, spam counted) mod 5 == 0. */
    static List<Clean> smsHam() throws IOException {
        Path data = SharedData.find("sms-spam/SMSSpamCollection")
                .orElseThrow(() -> new IllegalStateException("shared/data/moderation/sms-spam is missing"));
        List<String> lines = Files.readAllLines(data, StandardCharsets.UTF_8);
        List<Clean> ham = new ArrayList<>();
        for (int n = 0; n + 1 < lines.size(); n++) {
            String line = lines.get(n + 1);
            if (line.startsWith("ham\t")) {
                ham.add(new Clean("sms-" + n, line.substring(4), n % 5 == 0));
            }
        }
        return ham;
    }

    /** Davidson "neither"; test part: (row index / 2) mod 5 == 0. */
    static List<Clean> davidsonNeither() throws IOException {
        return DavidsonTweets.rows(DavidsonTweets.NEITHER)
                .orElseThrow(() -> new IllegalStateException("shared/data/moderation/davidson-dev is missing"))
                .stream()
                .map(row -> new Clean("davidson-" + row.index(), row.text(), (row.index() / 2) % 5 == 0))
                .toList();
    }

    private static void report(
            String corpus,
            List<Clean> messages,
            SemanticHeads heads,
            SentenceEncoder encoder,
            StandardEnglishScreening engine,
            boolean trainIds) {
        List<float[]> vectors =
                messages.stream().map(c -> encoder.encode(c.text())).toList();
        System.out.printf(Locale.ROOT, "%n%s: %d texts%nheads alone%n", corpus, messages.size());
        System.out.println("rule                   hold   held@hold   held@0.5");
        boolean[] held = new boolean[messages.size()];
        for (RuleId rule : heads.rules()) {
            int atHold = 0;
            int atDefault = 0;
            for (int i = 0; i < vectors.size(); i++) {
                double p = heads.probability(rule, vectors.get(i));
                if (p >= heads.hold(rule)) {
                    atHold++;
                    held[i] = true;
                }
                atDefault += p >= SemanticHeads.DEFAULT_HOLD ? 1 : 0;
            }
            System.out.printf(
                    Locale.ROOT,
                    "%-21s %5.2f %5d %5.2f%% %5d %5.2f%%%n",
                    rule.id(),
                    heads.hold(rule),
                    atHold,
                    percent(atHold, messages.size()),
                    atDefault,
                    percent(atDefault, messages.size()));
        }
        int anyHeld = 0;
        for (boolean h : held) {
            anyHeld += h ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "held by any head: %d (%.2f%%)%n", anyHeld, percent(anyHeld, messages.size()));

        List<Decision> decisions =
                messages.stream().map(c -> engine.screen(c.text())).toList();
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        decisions.forEach(d -> verdicts.merge(d.verdict(), 1, Integer::sum));
        System.out.println("standard engine");
        verdicts.forEach((verdict, n) -> System.out.printf(
                Locale.ROOT,
                "  %-8s %5d %5.2f%%%n",
                verdict.name().toLowerCase(Locale.ROOT),
                n,
                percent(n, messages.size())));
        for (Part part : PARTS) {
            Map<String, List<String>> causes = new TreeMap<>();
            int size = 0;
            for (int i = 0; i < messages.size(); i++) {
                Clean message = messages.get(i);
                if (!part.member().test(message)) {
                    continue;
                }
                size++;
                Decision decision = decisions.get(i);
                if (decision.verdict() != Verdict.APPROVE) {
                    causes.computeIfAbsent(cause(decision), c -> new ArrayList<>())
                            .add(message.id());
                }
            }
            int blocked = causes.values().stream().mapToInt(List::size).sum();
            System.out.printf(
                    Locale.ROOT,
                    "  %s: %d of %d blocked (%.2f%%), by the rule named first and what drove it%n",
                    part.name(),
                    blocked,
                    size,
                    percent(blocked, size));
            int partSize = size;
            causes.entrySet().stream()
                    .sorted(Map.Entry.<String, List<String>>comparingByValue(
                                    (a, b) -> Integer.compare(b.size(), a.size()))
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> {
                        System.out.printf(
                                Locale.ROOT,
                                "    %-48s %5d %5.2f%%%n",
                                e.getKey(),
                                e.getValue().size(),
                                percent(e.getValue().size(), partSize));
                        if (trainIds && part.name().equals("training part")) {
                            System.out.println("      " + String.join(" ", e.getValue()));
                        }
                    });
        }
    }

    /**
     * The rule named first (or the first non-rule hold reason), its verdict and what drove it, read from the
     * hit's evidence: a semantic head's probability, the n-gram classifier's, or spans, measures and languages
     * from the lexical rules and signals.
     */
    static String cause(Decision decision) {
        String verdict = decision.verdict().name().toLowerCase(Locale.ROOT);
        return decision.primary()
                .map(hit -> hit.rule().id() + " (" + verdict + ", " + driver(hit) + ")")
                .orElseGet(() ->
                        (decision.holds().isEmpty() ? "?" : decision.holds().get(0)) + " (" + verdict + ")");
    }

    static String driver(RuleHit hit) {
        boolean semantic = false;
        boolean classifier = false;
        boolean lexical = false;
        for (Evidence e : hit.evidence()) {
            if (e instanceof Evidence.Measure m && m.name().startsWith(SemanticDetector.MEASURE)) {
                semantic = true;
            } else if (e instanceof Evidence.Measure m && m.name().startsWith("classifier")
                    || e instanceof Evidence.Span span && span.term().startsWith("classifier")) {
                classifier = true;
            } else if (!(e instanceof Evidence.Similar s && s.accounts() == 0)) {
                lexical = true;
            }
        }
        List<String> drivers = new ArrayList<>();
        if (lexical) {
            drivers.add("lexical");
        }
        if (classifier) {
            drivers.add("classifier");
        }
        if (semantic) {
            drivers.add("semantic");
        }
        return drivers.isEmpty() ? "?" : String.join("+", drivers);
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
