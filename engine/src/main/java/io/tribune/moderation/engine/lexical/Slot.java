package io.tribune.moderation.engine.lexical;

import io.tribune.moderation.engine.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One word position of a lexicon term: its alternatives and how many other words may come before it
 * ({@code you ~3 idiot}: up to three words between). Whole-word alternatives are kept in hash sets, so
 * a slot with a long list of words is checked in a few look-ups.
 */
record Slot(
        List<Alternative> alternatives,
        int gapBefore,
        Set<String> words,
        Set<String> squeezedWords,
        List<Alternative> others) {

    Slot(List<Alternative> alternatives, int gapBefore) {
        this(
                List.copyOf(alternatives),
                gapBefore,
                exact(alternatives, false),
                exact(alternatives, true),
                others(alternatives));
    }

    private static Set<String> exact(List<Alternative> alternatives, boolean squeezed) {
        Set<String> words = new HashSet<>();
        for (Alternative alternative : alternatives) {
            if (alternative.kind() == Alternative.Kind.EXACT) {
                words.add(squeezed ? alternative.squeezed() : alternative.literal());
            }
        }
        return Set.copyOf(words);
    }

    private static List<Alternative> others(List<Alternative> alternatives) {
        List<Alternative> others = new ArrayList<>();
        for (Alternative alternative : alternatives) {
            if (alternative.kind() != Alternative.Kind.EXACT) {
                others.add(alternative);
            }
        }
        return List.copyOf(others);
    }

    boolean fits(Token token, Set<String> brands) {
        for (String form : token.forms()) {
            if (words.contains(form)) {
                return true;
            }
        }
        for (String form : token.squeezed()) {
            if (squeezedWords.contains(form)) {
                return true;
            }
        }
        if (token.masked()) {
            for (Alternative alternative : alternatives) {
                for (String form : token.forms()) {
                    if (form.indexOf('*') >= 0 && alternative.fitsMasked(form)) {
                        return true;
                    }
                }
            }
        }
        for (Alternative alternative : others) {
            if (alternative.kind() == Alternative.Kind.BRAND) {
                if (brands.contains(token.text())) {
                    return true;
                }
                continue;
            }
            for (String form : token.forms()) {
                if (alternative.fits(form)) {
                    return true;
                }
            }
            for (String form : token.squeezed()) {
                if (alternative.fitsSqueezed(form)) {
                    return true;
                }
            }
        }
        return false;
    }
}
