package io.tribune.moderation.engine.semantic;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * A sentence-transformers model exported to ONNX, run in-process by ONNX Runtime on the caller's
 * thread: tokenised with its {@code tokenizer.json}, mean-pooled over the tokens, L2-normalised.
 *
 * <p>A model folder holds {@code model.onnx} and {@code tokenizer.json}, and optionally
 * {@code encoder.properties}: {@code name}, {@code languages} (comma-separated ISO 639-1 codes),
 * {@code maxTokens} (default 128) and {@code prefix} (e.g. {@code "query: "} for the e5 models). Texts
 * longer than {@code maxTokens} tokens are truncated. Thread-safe.
 */
public final class OnnxSentenceEncoder implements SentenceEncoder, AutoCloseable {

    public static final String MODEL_FILE = "model.onnx";
    public static final String TOKENIZER_FILE = "tokenizer.json";
    public static final String SETTINGS_FILE = "encoder.properties";

    private final String name;
    private final Set<String> languages;
    private final int maxTokens;
    private final String prefix;
    private final Tokenizer tokenizer;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final boolean needsTypeIds;
    private final int dimension;

    private OnnxSentenceEncoder(
            String name,
            Set<String> languages,
            int maxTokens,
            String prefix,
            Tokenizer tokenizer,
            OrtEnvironment environment,
            OrtSession session) {
        this.name = name;
        this.languages = Set.copyOf(languages);
        this.maxTokens = maxTokens;
        this.prefix = prefix;
        this.tokenizer = tokenizer;
        this.environment = environment;
        this.session = session;
        this.needsTypeIds = session.getInputNames().contains("token_type_ids");
        this.dimension = run(tokenizer.encode("dimension probe", maxTokens).ids()).length;
    }

    /**
     * Opens the model in {@code folder}. {@code languages}, when not null, overrides the folder's
     * settings. Throws {@link EncoderException} naming the missing or unusable file.
     */
    public static OnnxSentenceEncoder open(Path folder, Set<String> languages) {
        if (!Files.isDirectory(folder)) {
            throw new EncoderException("encoder model folder " + folder + " does not exist or is not a folder");
        }
        Path model = folder.resolve(MODEL_FILE);
        Path tokenizerFile = folder.resolve(TOKENIZER_FILE);
        for (Path file : new Path[] {model, tokenizerFile}) {
            if (!Files.isRegularFile(file)) {
                throw new EncoderException(
                        file + " is missing: an encoder folder holds " + MODEL_FILE + " and " + TOKENIZER_FILE);
            }
        }
        Properties settings = new Properties();
        Path settingsFile = folder.resolve(SETTINGS_FILE);
        if (Files.isRegularFile(settingsFile)) {
            try (InputStream in = Files.newInputStream(settingsFile)) {
                settings.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                throw new EncoderException(settingsFile + ": cannot read: " + e.getMessage(), e);
            }
        }
        Set<String> covered = languages != null ? languages : parseLanguages(settings.getProperty("languages", ""));
        if (covered.isEmpty()) {
            throw new EncoderException("encoder " + folder + ": no languages given (set 'languages' in " + SETTINGS_FILE
                    + " or in the policy's encoder settings)");
        }
        int maxTokens;
        try {
            maxTokens =
                    Integer.parseInt(settings.getProperty("maxTokens", "128").trim());
        } catch (NumberFormatException e) {
            throw new EncoderException(settingsFile + ": maxTokens is not a number");
        }
        if (maxTokens < 8 || maxTokens > 512) {
            throw new EncoderException(settingsFile + ": maxTokens must be between 8 and 512");
        }
        Tokenizer tokenizer = Tokenizer.read(tokenizerFile);
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = environment.createSession(model.toString(), options);
        } catch (OrtException e) {
            throw new EncoderException(model + ": not a usable ONNX model: " + e.getMessage(), e);
        }
        if (!session.getInputNames().containsAll(Set.of("input_ids", "attention_mask"))) {
            closeQuietly(session);
            throw new EncoderException(
                    model + ": expected inputs input_ids and attention_mask, found " + session.getInputNames());
        }
        String name = settings.getProperty("name", folder.getFileName().toString());
        try {
            return new OnnxSentenceEncoder(
                    name, covered, maxTokens, settings.getProperty("prefix", ""), tokenizer, environment, session);
        } catch (RuntimeException e) {
            closeQuietly(session);
            throw new EncoderException(model + ": the model does not run: " + e.getMessage(), e);
        }
    }

    static Set<String> parseLanguages(String list) {
        Set<String> languages = new LinkedHashSet<>();
        for (String language : list.split(",")) {
            if (!language.isBlank()) {
                languages.add(language.trim().toLowerCase(Locale.ROOT));
            }
        }
        return languages;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> languages() {
        return languages;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    int maxTokens() {
        return maxTokens;
    }

    @Override
    public float[] encode(String text) {
        // A token is rarely under one char: cut absurd inputs before tokenising them whole.
        String cut = text.length() > maxTokens * 12 ? text.substring(0, maxTokens * 12) : text;
        return run(tokenizer.encode(prefix + cut, maxTokens).ids());
    }

    private float[] run(long[] ids) {
        long[] mask = new long[ids.length];
        Arrays.fill(mask, 1);
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, new long[][] {ids}));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, new long[][] {mask}));
            if (needsTypeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, new long[][] {new long[ids.length]}));
            }
            try (OrtSession.Result result = session.run(inputs)) {
                Object value = result.get(0).getValue();
                float[] pooled;
                if (value instanceof float[][][] tokens) {
                    pooled = new float[tokens[0][0].length];
                    for (float[] token : tokens[0]) {
                        for (int d = 0; d < pooled.length; d++) {
                            pooled[d] += token[d];
                        }
                    }
                    for (int d = 0; d < pooled.length; d++) {
                        pooled[d] /= tokens[0].length;
                    }
                } else if (value instanceof float[][] sentence) {
                    pooled = sentence[0].clone();
                } else {
                    throw new IllegalStateException(
                            "unexpected model output " + value.getClass().getSimpleName());
                }
                return normalised(pooled);
            }
        } catch (OrtException e) {
            throw new IllegalStateException("encoder " + name + " failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) norm;
            }
        }
        return v;
    }

    @Override
    public void close() {
        closeQuietly(session);
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            // closing a session that failed to load
        }
    }
}
