package io.tribune.moderation.engine.semantic;

import io.tribune.moderation.engine.EncoderChoice;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Shared parts of the semantic heads, registered in the engine configuration: encoders already open
 * (one model serves every edition that names it, and engines built again reuse it), and labelled comments
 * to train on besides the built-in examples (a newsroom's moderator decisions, or a training fold).
 */
public final class SemanticSetup {

    private final Map<String, SentenceEncoder> encoders = new ConcurrentHashMap<>();
    private final Map<String, List<Labelled>> training = new ConcurrentHashMap<>();
    private final Map<String, Trained> trained = new ConcurrentHashMap<>();

    /** Heads trained on the built-in examples and {@code on}. */
    private record Trained(List<Labelled> on, SemanticHeads heads) {}

    /** Uses {@code encoder} wherever an edition names {@code model} ({@code shipped} or a folder). */
    public SemanticSetup encoder(String model, SentenceEncoder encoder) {
        encoders.put(model, encoder);
        return this;
    }

    /** Trains the heads of editions in {@code language} on these comments too. */
    public SemanticSetup training(String language, List<Labelled> comments) {
        training.put(language, List.copyOf(comments));
        return this;
    }

    List<Labelled> training(String language) {
        return training.getOrDefault(language, List.of());
    }

    /**
     * The heads last trained under {@code key} (an encoder and a language) when they were trained on
     * these same comments, else heads {@code train} trains now: an engine built again for another reason
     * (an edition's policy saved) does not train the same heads again.
     */
    SemanticHeads trained(String key, List<Labelled> comments, Supplier<SemanticHeads> train) {
        Trained last = trained.get(key);
        if (last != null && last.on().equals(comments)) {
            return last.heads();
        }
        SemanticHeads heads = train.get();
        trained.put(key, new Trained(comments, heads));
        return heads;
    }

    /** The encoder of {@code choice}, opened once; a folder path is resolved against {@code dataDir}. */
    SentenceEncoder encoder(EncoderChoice choice, Path dataDir) {
        return encoders.computeIfAbsent(choice.model() + "|" + choice.languages(), key -> {
            SentenceEncoder ready = encoders.get(choice.model());
            if (ready != null) {
                return ready;
            }
            if (choice.isShipped()) {
                return ShippedEncoder.shared();
            }
            Path folder = Path.of(choice.model());
            if (!folder.isAbsolute() && dataDir != null) {
                folder = dataDir.resolve(folder);
            }
            Set<String> languages = choice.languages().isEmpty() ? null : Set.copyOf(choice.languages());
            return OnnxSentenceEncoder.open(folder, languages);
        });
    }

    static List<Labelled> concat(List<Labelled> a, List<Labelled> b) {
        List<Labelled> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
