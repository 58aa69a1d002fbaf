package io.tribune.moderation.engine.signals;

import io.tribune.moderation.engine.Detector;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.Finding;
import io.tribune.moderation.engine.Report;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Screening;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Applies the edition's link policy: too many links, shortened links that hide where they lead, shop-like
 * hosts, and links next to a sales pitch or a plug for the commenter's own channel. Links to the
 * publisher's own domains do not count. The scores are the link-based evidence only; the lexicons and
 * the classifier weigh the wording of adverts and spam on their own.
 */
final class LinkPolicyDetector implements Detector {

    private static final Pattern INSTITUTIONAL = Pattern.compile(
            "(?:^|\\.)(?:gov|gouv|gob|govt|gv|go|mil|edu|ac|int|europa\\.eu|bund\\.de|admin\\.ch|nhs\\.uk|police\\.uk"
                    + "|parliament\\.uk|who\\.int|un\\.org)(?:\\.[a-z]{2,3})?$");
    private static final Pattern SHOP_HOST =
            Pattern.compile("(?:^|[.-])(?:deals?|shop|store|buy|cheap|sale|discount|casino|bet|loans?|promo|outlet"
                    + "|offers?|coupons?|pharmacy|pills|replica|forex|crypto|invest)(?:[.-]|$)");
    private static final double DEFAULT_MAX_LINKS = 2;

    private final Set<String> shorteners;
    private final Phrases pitches;
    private final Phrases plugs;

    LinkPolicyDetector(Set<String> shorteners, Phrases pitches, Phrases plugs) {
        this.shorteners = shorteners;
        this.pitches = pitches;
        this.plugs = plugs;
    }

    @Override
    public String name() {
        return "links";
    }

    @Override
    public Set<RuleId> rules() {
        return Set.of(RuleId.ADVERTISING, RuleId.SPAM, RuleId.THIRD_PARTY_PROMO);
    }

    @Override
    public void inspect(Screening screening, Report report) {
        List<Link> foreign = screening.get(Links.ALL).stream()
                .filter(l -> !Links.isOwn(l, screening))
                .toList();
        if (foreign.isEmpty()) {
            return;
        }
        List<Evidence> shortened = new ArrayList<>();
        List<Evidence> shops = new ArrayList<>();
        boolean anyCommercialCandidate = false;
        Set<String> distinct = new HashSet<>();
        for (Link link : foreign) {
            distinct.add(link.text().toLowerCase(Locale.ROOT));
            if (shorteners.stream().anyMatch(link::isUnder)) {
                shortened.add(span(link, "shortener"));
            }
            if (SHOP_HOST.matcher(link.host()).find()) {
                shops.add(span(link, "shop-host"));
            }
            anyCommercialCandidate |= !INSTITUTIONAL.matcher(link.host()).find();
        }
        double maxLinks = screening.policy().rule(RuleId.ADVERTISING).param("maxLinks", DEFAULT_MAX_LINKS);
        int over = (int) (foreign.size() - maxLinks);
        if (over > 0) {
            List<Evidence> evidence =
                    new ArrayList<>(foreign.stream().map(l -> span(l, "link")).toList());
            evidence.add(0, new Evidence.Measure("links", foreign.size()));
            double repeated = distinct.size() < foreign.size() ? 0.1 : 0;
            report.add(new Finding(RuleId.SPAM, Math.min(0.9, 0.5 + 0.1 * (over - 1) + repeated), evidence));
        }
        if (!shortened.isEmpty()) {
            report.add(new Finding(RuleId.SPAM, 0.5, shortened));
            report.add(new Finding(RuleId.ADVERTISING, 0.5, shortened));
        }
        if (!shops.isEmpty()) {
            report.add(new Finding(RuleId.ADVERTISING, 0.5, shops));
        }
        if (!anyCommercialCandidate) {
            return;
        }
        Folded folded = screening.get(FoldedText.ANALYSIS);
        Set<String> languages = Set.of(screening.policy().language());
        List<Evidence.Span> pitched = pitches.find(folded, screening.text(), languages, 4);
        if (!pitched.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(pitched);
            foreign.forEach(l -> evidence.add(span(l, "link")));
            double score = 0.6 + 0.05 * Math.min(3, pitched.size()) + (shops.isEmpty() ? 0 : 0.1);
            report.add(new Finding(RuleId.ADVERTISING, score, evidence));
        }
        List<Evidence.Span> plugged = plugs.find(folded, screening.text(), languages, 2);
        if (!plugged.isEmpty()) {
            List<Evidence> evidence = new ArrayList<>(plugged);
            foreign.forEach(l -> evidence.add(span(l, "link")));
            report.add(new Finding(RuleId.THIRD_PARTY_PROMO, 0.5, evidence));
        }
    }

    private static Evidence.Span span(Link link, String term) {
        return new Evidence.Span(link.start(), link.end(), link.text(), term);
    }
}
