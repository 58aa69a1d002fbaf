package io.tribune.moderation;

import io.tribune.moderation.engine.semantic.EncoderException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a sentence encoder that cannot be used (a model folder or file that is missing or unreadable,
 * saved heads that do not fit the model) as the reason the application did not start: the engine's
 * message, which names the file, and what to do, without the stack trace of the bean that opened it.
 */
class EncoderFailureAnalyzer extends AbstractFailureAnalyzer<EncoderException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EncoderException cause) {
        return new FailureAnalysis(
                "The moderation engine's sentence encoder cannot be used: " + cause.getMessage(),
                "Fix the model folder named above (it needs model.onnx and tokenizer.json), or set the"
                        + " edition's 'encoder:' in the policy file (tribune.moderation.policy) to 'shipped'"
                        + " or 'none'. Heads that do not fit the model are retrained with"
                        + " 'bin/tribune moderate train-semantic'.",
                cause);
    }
}
