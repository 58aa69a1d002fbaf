package io.tribune.moderation.engine.activity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What {@link ActivityStore#nearby} reads for a new comment, and how a store thins out a shared address
 * or network (a stadium, an office): the flood rule judges the readers of one by author, so once more
 * accounts than a team posted from it, its other accounts' comments only have to show that there are
 * that many.
 */
final class Nearby {

    private Nearby() {}

    /** Who posted, as far as an address can tell: anonymous comments from one address are one account. */
    static String account(Trace trace) {
        return trace.author() != null ? "author:" + trace.author() : "anonymous@" + trace.address();
    }

    /** The author's, address's and network's keys of the trace, those it has. */
    static List<String> keys(Trace trace) {
        List<String> keys = new ArrayList<>(3);
        if (trace.author() != null) {
            keys.add(Keys.author(trace.author()));
        }
        if (trace.address() != null) {
            keys.add(Keys.address(trace.address()));
        }
        String network = trace.network();
        if (network != null) {
            keys.add(Keys.network(network));
        }
        return keys;
    }

    /**
     * The traces, newest first, thinned as {@link ActivityStore#nearby} says: of an address or network
     * where {@code maxAccounts} other accounts than the trace's own posted, only one trace of each of
     * {@code maxAccounts} of them is kept, with the traces of the trace's own account.
     */
    static List<Trace> thin(Trace trace, List<Trace> traces, int maxAccounts) {
        String own = account(trace);
        Set<String> kept = new HashSet<>();
        boolean crowded = false;
        if (trace.address() != null) {
            crowded |= keep(traces, t -> trace.address().equals(t.address()), own, maxAccounts, kept);
        }
        String network = trace.network();
        if (network != null) {
            crowded |= keep(traces, t -> network.equals(t.network()), own, maxAccounts, kept);
        }
        if (!crowded) {
            return traces;
        }
        return traces.stream()
                .filter(t -> own.equals(account(t)) || kept.contains(t.commentId()))
                .toList();
    }

    /**
     * Adds to {@code kept} the ids of the traces that share the address or network, or, when it is
     * crowded, one of each of {@code maxAccounts} other accounts; says whether it is crowded.
     */
    private static boolean keep(
            List<Trace> traces, Predicate<Trace> shares, String own, int maxAccounts, Set<String> kept) {
        Map<String, String> samples = new LinkedHashMap<>();
        List<String> all = new ArrayList<>();
        for (Trace t : traces) {
            if (shares.test(t)) {
                all.add(t.commentId());
                String account = account(t);
                if (!account.equals(own) && samples.size() < maxAccounts) {
                    samples.putIfAbsent(account, t.commentId());
                }
            }
        }
        boolean crowded = samples.size() >= maxAccounts;
        kept.addAll(crowded ? samples.values() : all);
        return crowded;
    }
}
