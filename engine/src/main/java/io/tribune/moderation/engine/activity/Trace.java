package io.tribune.moderation.engine.activity;

import io.tribune.moderation.engine.RuleId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the activity store keeps of one screened comment: who posted it from where and when, its
 * fingerprint and size, whether it said little (short, incoherent or repeated), and which of the
 * stateful rules already flagged it.
 *
 * @param author the account id, or {@code null} for an anonymous author
 * @param address the network address, or {@code null}
 * @param tokens how many words the normalised text has
 * @param lowContent whether the comment was short, incoherent or a repeat of its author's recent one
 * @param flagged the rules (flood, flash_mob) that already reported this comment
 */
public record Trace(
        String commentId,
        String edition,
        String author,
        String address,
        Instant at,
        Fingerprint fingerprint,
        int tokens,
        boolean lowContent,
        Set<RuleId> flagged) {

    public Trace {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(at, "at");
        fingerprint = fingerprint == null ? Fingerprint.EMPTY : fingerprint;
        flagged = flagged.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flagged));
    }

    /** Who counts as one account: the author, or the comment itself when anonymous. */
    public String account() {
        return author != null ? author : "anonymous:" + commentId;
    }

    /** The address's network (/24 for IPv4, /64 for IPv6), or {@code null}. */
    public String network() {
        return Network.of(address);
    }

    public boolean isFlagged(RuleId rule) {
        return flagged.contains(rule);
    }

    /** The same trace, flagged for one more rule. */
    public Trace flag(RuleId rule) {
        if (flagged.contains(rule)) {
            return this;
        }
        Set<RuleId> more = EnumSet.of(rule);
        more.addAll(flagged);
        return new Trace(commentId, edition, author, address, at, fingerprint, tokens, lowContent, more);
    }

    /** The index keys a store files this trace under: author, address, network and fingerprint bands. */
    public List<String> keys() {
        List<String> keys = new ArrayList<>(3 + Fingerprint.BANDS);
        if (author != null) {
            keys.add(Keys.author(author));
        }
        if (address != null) {
            keys.add(Keys.address(address));
        }
        String network = network();
        if (network != null) {
            keys.add(Keys.network(network));
        }
        for (String band : fingerprint.bandKeys()) {
            keys.add(Keys.band(edition, band));
        }
        return keys;
    }
}
