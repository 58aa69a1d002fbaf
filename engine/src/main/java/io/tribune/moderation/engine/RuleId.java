package io.tribune.moderation.engine;

import java.util.Arrays;
import java.util.Optional;

/** The twenty community-standards rules, with the stable ids that policies, decisions and data files use. */
public enum RuleId {
    OFF_TOPIC("off_topic"),
    HATE("hate"),
    MINORS("minors"),
    EXTREMISM("extremism"),
    INSULT_THREAT("insult_threat"),
    PUBLISHER_DISRESPECT("publisher_disrespect"),
    PRIVACY("privacy"),
    VIOLENCE_CRUELTY("violence_cruelty"),
    SUICIDE("suicide"),
    ADVERTISING("advertising"),
    THIRD_PARTY_PROMO("third_party_promo"),
    PROFANITY("profanity"),
    SPAM("spam"),
    NARCOTICS("narcotics"),
    MALWARE_LINK("malware_link"),
    FLASH_MOB("flash_mob"),
    FLOOD("flood"),
    TROLLING("trolling"),
    CAPS_OR_NO_SENTENCES("caps_or_no_sentences"),
    WRONG_LANGUAGE("wrong_language");

    private final String id;

    RuleId(String id) {
        this.id = id;
    }

    /** The stable id, e.g. {@code insult_threat}. */
    public String id() {
        return id;
    }

    public static Optional<RuleId> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return id;
    }
}
