package io.tribune.moderation.engine;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The short texts a commenter reads after posting, in the edition's language: which rule was broken,
 * or that the comment waits for a moderator. Bundles live beside this class ({@code messages_xx.properties}).
 */
public final class Messages {

    private static final String BUNDLE = "io.tribune.moderation.engine.messages";

    /** The message for a decision, in the edition's language (English when it has no bundle). */
    public String forDecision(Verdict verdict, RuleHit primary, boolean showReason, String language) {
        ResourceBundle bundle = bundle(language);
        return switch (verdict) {
            case APPROVE -> bundle.getString("verdict.approve");
            case HOLD ->
                primary != null && showReason
                        ? MessageFormat.format(bundle.getString("verdict.hold.rule"), title(bundle, primary.rule()))
                        : bundle.getString("verdict.hold");
            case REJECT ->
                primary != null && showReason
                        ? MessageFormat.format(bundle.getString("verdict.reject.rule"), title(bundle, primary.rule()))
                        : bundle.getString("verdict.reject");
        };
    }

    /** The rule's title as readers see it in the community standards. */
    public String title(RuleId rule, String language) {
        return title(bundle(language), rule);
    }

    private static String title(ResourceBundle bundle, RuleId rule) {
        return bundle.getString("rule." + rule.id());
    }

    private static ResourceBundle bundle(String language) {
        try {
            return ResourceBundle.getBundle(
                    BUNDLE,
                    Locale.forLanguageTag(language),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, Locale.ROOT);
        }
    }
}
