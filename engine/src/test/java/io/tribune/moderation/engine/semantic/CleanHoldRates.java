package io.tribune.moderation.engine.semantic;

import io.tribune.moderation.engine.RuleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How often the English heads alone would hold clean chatty text they were never trained or calibrated on:
 * the 4,827 "ham" messages of the public SMS Spam Collection (chatty English, not news comments). Prints
 * per rule the share at or above the head's hold threshold and at 0.5. Figures only, never texts.
 *
 * <pre>bench/quality.sh clean-holds [HEADS.json]</pre>
 * (default: the shipped heads; give an older heads file to compare).
 */
public final class CleanHoldRates {

    private CleanHoldRates() {}

    public static void main(String[] args) throws IOException {
        SentenceEncoder encoder = ShippedEncoder.shared();
        SemanticHeads heads = args.length > 0
                ? SemanticHeads.load(Path.of(args[0]), encoder)
                : SemanticDetectors.builtInHeads(encoder, "en");
        Path data = io.tribune.moderation.engine.SharedData.find("sms-spam/SMSSpamCollection")
                .orElseThrow(
                        () -> new IllegalStateException("shared/data/moderation/sms-spam is not above this folder"));
        List<float[]> ham = new ArrayList<>();
        for (String line : Files.readAllLines(data, StandardCharsets.UTF_8)) {
            if (line.startsWith("ham\t")) {
                ham.add(encoder.encode(line.substring(4)));
            }
        }
        System.out.printf(Locale.ROOT, "SMS ham messages: %d%n", ham.size());
        System.out.println("rule                   hold   held@hold   held@0.5");
        int anyHeld = 0;
        boolean[] held = new boolean[ham.size()];
        for (RuleId rule : heads.rules()) {
            int atHold = 0;
            int atDefault = 0;
            for (int i = 0; i < ham.size(); i++) {
                double p = heads.probability(rule, ham.get(i));
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
                    100.0 * atHold / ham.size(),
                    atDefault,
                    100.0 * atDefault / ham.size());
        }
        for (boolean h : held) {
            anyHeld += h ? 1 : 0;
        }
        System.out.printf(
                Locale.ROOT,
                "held by any head: %d of %d (%.2f%%)%n",
                anyHeld,
                ham.size(),
                100.0 * anyHeld / ham.size());
    }
}
