package io.tribune.moderation.engine;

import java.util.List;

/**
 * Which sentence encoder an edition's semantic heads run on.
 *
 * @param model {@code shipped} (the English model inside the engine), {@code none} (lexical engine
 *     alone), or a folder holding {@code model.onnx} and {@code tokenizer.json}
 * @param languages the languages the model covers, overriding the folder's {@code encoder.properties};
 *     empty to use the folder's
 */
public record EncoderChoice(String model, List<String> languages) {

    public static final String SHIPPED_MODEL = "shipped";
    public static final String NO_MODEL = "none";
    public static final EncoderChoice SHIPPED = new EncoderChoice(SHIPPED_MODEL, List.of());
    public static final EncoderChoice NONE = new EncoderChoice(NO_MODEL, List.of());

    public EncoderChoice {
        languages = List.copyOf(languages);
    }

    public boolean isNone() {
        return model.equals(NO_MODEL);
    }

    public boolean isShipped() {
        return model.equals(SHIPPED_MODEL);
    }
}
