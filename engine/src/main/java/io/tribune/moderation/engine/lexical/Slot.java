package io.tribune.moderation.engine.lexical;

import io.tribune.moderation.engine.text.Token;
import java.util.List;
import java.util.Set;

/**
 * One word position of a lexicon term: its alternatives and how many other words may come before it
 * ({@code you ~3 idiot}: up to three words between).
 */
record Slot(List<Alternative> alternatives, int gapBefore) {

    Slot {
        alternatives = List.copyOf(alternatives);
    }

    boolean fits(Token token, Set<String> brands) {
        for (Alternative alternative : alternatives) {
            if (alternative.kind() == Alternative.Kind.BRAND) {
                if (brands.contains(token.text())) {
                    return true;
                }
                continue;
            }
            for (String form : token.forms()) {
                if (token.masked() && form.indexOf('*') >= 0) {
                    if (alternative.fitsMasked(form)) {
                        return true;
                    }
                } else if (alternative.fits(form)) {
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
