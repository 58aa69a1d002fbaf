package io.tribune.moderation.engine.semantic;

import io.tribune.moderation.engine.Decision;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How often clean English text that nothing was trained, calibrated or written from is blocked: the 4,827
 * "ham" messages of the public SMS Spam Collection (texting) and the tweets of the Davidson et al. even half
 * that annotators found neither hateful nor offensive. Chatty registers, not news comments: a harsh proxy for
 * readers' short replies. For each corpus it prints the heads alone (per rule, at the head's hold threshold
 * and at 0.5) and the standard engine (approved, held, rejected, and the rule that decided). Figures only,
 * never texts.
 *
 * <pre>bench/quality.sh clean-holds [HEADS.json] [--encoder FOLDER]</pre>
 * (default: the shipped heads; give an older heads file to compare the heads alone).
 */
public final class CleanHoldRates {

    private CleanHoldRates() {}

    public static void main(String[] args) throws IOException {
        SentenceEncoder encoder = EncoderUnderTest.shared();
        SemanticHeads heads = args.length > 0
                ? SemanticHeads.load(Path.of(args[0]), encoder)
                : SemanticDetectors.builtInHeads(encoder, "en");
        StandardEnglishScreening engine = new StandardEnglishScreening();
        report("SMS ham", smsHam(), heads, encoder, engine);
        report(
                "Davidson neither",
                DavidsonTweets.labelled(DavidsonTweets.NEITHER)
                        .orElseThrow(() -> new IllegalStateException("shared/data/moderation/davidson-dev is missing")),
                heads,
                encoder,
                engine);
    }

    private static List<String> smsHam() throws IOException {
        Path data = SharedData.find("sms-spam/SMSSpamCollection")
                .orElseThrow(() -> new IllegalStateException("shared/data/moderation/sms-spam is missing"));
        List<String> ham = new ArrayList<>();
        for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
            if (line.startsWith("ham\t")) {
                ham.add(line.substring(4));
            }
        }
        return ham;
    }

    private static void report(
            String corpus,
            List<String> texts,
            SemanticHeads heads,
            SentenceEncoder encoder,
            StandardEnglishScreening engine) {
        List<float[]> vectors = texts.stream().map(encoder::encode).toList();
        System.out.printf(Locale.ROOT, "%n%s: %d texts%nheads alone%n", corpus, texts.size());
        System.out.println("rule                   hold   held@hold   held@0.5");
        boolean[] held = new boolean[texts.size()];
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
                    percent(atHold, texts.size()),
                    atDefault,
                    percent(atDefault, texts.size()));
        }
        int anyHeld = 0;
        for (boolean h : held) {
            anyHeld += h ? 1 : 0;
        }
        System.out.printf(Locale.ROOT, "held by any head: %d (%.2f%%)%n", anyHeld, percent(anyHeld, texts.size()));

        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        Map<String, Integer> deciders = new java.util.TreeMap<>();
        for (String text : texts) {
            Decision decision = engine.screen(text);
            verdicts.merge(decision.verdict(), 1, Integer::sum);
            if (decision.verdict() != Verdict.APPROVE) {
                String decider = decision.primary()
                        .map(RuleHit::rule)
                        .map(RuleId::id)
                        .orElse(
                                decision.holds().isEmpty()
                                        ? "?"
                                        : decision.holds().get(0));
                deciders.merge(
                        decider + " (" + decision.verdict().name().toLowerCase(Locale.ROOT) + ")", 1, Integer::sum);
            }
        }
        System.out.println("standard engine");
        verdicts.forEach((verdict, n) -> System.out.printf(
                Locale.ROOT,
                "  %-8s %5d %5.2f%%%n",
                verdict.name().toLowerCase(Locale.ROOT),
                n,
                percent(n, texts.size())));
        deciders.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> System.out.printf(
                        Locale.ROOT,
                        "    %-34s %5d %5.2f%%%n",
                        e.getKey(),
                        e.getValue(),
                        percent(e.getValue(), texts.size())));
    }

    private static double percent(int part, int whole) {
        return 100.0 * part / whole;
    }
}
