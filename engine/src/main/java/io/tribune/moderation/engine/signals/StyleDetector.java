package io.tribune.moderation.engine.signals;

import io.tribune.moderation.engine.Detector;
import io.tribune.moderation.engine.Evidence;
import io.tribune.moderation.engine.Finding;
import io.tribune.moderation.engine.Report;
import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.Screening;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds comments written fully or mostly in capital letters, and long comments not broken into
 * sentences. Capitals count only in runs of several words, so acronyms (NATO, EU) and a single
 * emphasised word do not; only letters of scripts with case count, so Arabic, Chinese and the like are
 * exempt; very short texts are exempt. A text with no sentence break that starts in lower case is judged by
 * its number of words (by a longer measure with commas); one that starts with a capital, as one sentence.
 */
final class StyleDetector implements Detector {

    private static final int MIN_CASED_LETTERS = 12;
    private static final int MIN_RUN_WORDS = 3;
    private static final double CAPS_HOLD = 0.5;
    private static final double CAPS_REJECT = 0.85;

    @Override
    public String name() {
        return "style";
    }

    @Override
    public Set<RuleId> rules() {
        return Set.of(RuleId.CAPS_OR_NO_SENTENCES);
    }

    @Override
    public void inspect(Screening screening, Report report) {
        String text = screening.text();
        noSentences(screening, text, report);
        capitals(text, report);
    }

    private void capitals(String text, Report report) {
        List<int[]> words = new ArrayList<>();
        int cased = 0;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                int start = i;
                int upper = 0;
                int lower = 0;
                while (i < text.length() && (Character.isLetter(text.codePointAt(i)) || isInnerMark(text, i))) {
                    int c = text.codePointAt(i);
                    upper += Character.isUpperCase(c) || Character.isTitleCase(c) ? 1 : 0;
                    lower += Character.isLowerCase(c) ? 1 : 0;
                    i += Character.charCount(c);
                }
                cased += upper + lower;
                if (upper + lower > 0) {
                    words.add(new int[] {start, i, upper, lower});
                }
            } else {
                i += Character.charCount(cp);
            }
        }
        if (cased < MIN_CASED_LETTERS) {
            return;
        }
        int capsLetters = 0;
        int runStart = -1;
        int runLetters = 0;
        int runWords = 0;
        int longestStart = -1;
        int longestEnd = -1;
        int longestLetters = 0;
        for (int w = 0; w <= words.size(); w++) {
            boolean caps = w < words.size() && words.get(w)[3] == 0;
            if (caps) {
                if (runWords == 0) {
                    runStart = w;
                }
                runWords++;
                runLetters += words.get(w)[2];
                continue;
            }
            if (runWords >= MIN_RUN_WORDS || (runWords == 2 && runLetters >= 12)) {
                capsLetters += runLetters;
                if (runLetters > longestLetters) {
                    longestLetters = runLetters;
                    longestStart = words.get(runStart)[0];
                    longestEnd = words.get(w - 1)[1];
                }
            }
            runWords = 0;
            runLetters = 0;
        }
        double share = (double) capsLetters / cased;
        if (share < CAPS_HOLD) {
            return;
        }
        double score = share >= CAPS_REJECT
                ? 0.6 + 0.35 * (share - CAPS_REJECT) / (1 - CAPS_REJECT)
                : 0.4 + 0.19 * (share - CAPS_HOLD) / (CAPS_REJECT - CAPS_HOLD);
        report.add(Finding.of(
                RuleId.CAPS_OR_NO_SENTENCES,
                score,
                new Evidence.Measure("capitals", round(share)),
                new Evidence.Span(longestStart, longestEnd, text.substring(longestStart, longestEnd), "capitals")));
    }

    /**
     * The longest stretch of words without a sentence break. A text without one that starts in lower case is
     * a stream of words: a run-on from 18 words, or 35 with commas. One that starts with a capital is a
     * sentence that only lacks its full stop (a text message, a quick reply), judged as any sentence: a
     * single long sentence is a run-on from 60 words.
     */
    private void noSentences(Screening screening, String text, Report report) {
        int words = 0;
        int longest = 0;
        int longestStart = 0;
        int longestEnd = 0;
        int runStart = -1;
        int commas = 0;
        boolean anyBreak = false;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    if (runStart < 0) {
                        runStart = i;
                    }
                    words++;
                    inWord = true;
                }
                if (words > longest) {
                    longest = words;
                    longestStart = runStart;
                    longestEnd = i + 1;
                } else if (words == longest) {
                    longestEnd = i + 1;
                }
                continue;
            }
            inWord = isInnerMark(text, i) && inWord;
            if (isSentenceBreak(c)) {
                anyBreak = true;
                words = 0;
                runStart = -1;
            } else if (c == ',' || c == '،' || c == '-' || c == '—' || c == '–') {
                commas++;
            }
            if ((i & 1023) == 0) {
                screening.checkDeadline();
            }
        }
        double score;
        boolean stream = !anyBreak && startsWithoutCapital(text);
        if (stream && commas == 0) {
            score = longest >= 18 ? 0.6 + Math.min(0.3, (longest - 18) * 0.01) : longest >= 14 ? 0.45 : 0;
        } else if (stream) {
            score = longest >= 35 ? 0.6 + Math.min(0.3, (longest - 35) * 0.01) : longest >= 28 ? 0.45 : 0;
        } else {
            score = longest >= 60 ? 0.6 + Math.min(0.3, (longest - 60) * 0.005) : longest >= 45 ? 0.45 : 0;
        }
        if (score > 0) {
            report.add(Finding.of(
                    RuleId.CAPS_OR_NO_SENTENCES,
                    score,
                    new Evidence.Measure("words_without_sentence_break", longest),
                    new Evidence.Span(
                            longestStart, longestEnd, text.substring(longestStart, longestEnd), "no-sentences")));
        }
    }

    /**
     * A sentence that merely lacks its full stop still starts with a capital; a stream of words runs on
     * in lower case. Scripts without case (Arabic) cannot tell, and count as lower case.
     */
    private static boolean startsWithoutCapital(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                return !Character.isUpperCase(cp) && !Character.isTitleCase(cp);
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    private static boolean isSentenceBreak(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '؟' || c == ';' || c == ':' || c == '؛' || c == '\n'
                || c == '。' || c == '¡' || c == '¿' || c == '۔';
    }

    /** Apostrophes, hyphens and combining marks inside a word (don't, вс-таки, accents typed apart). */
    private static boolean isInnerMark(String text, int i) {
        char c = text.charAt(i);
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK
                || ((c == '\'' || c == '’' || c == '-')
                        && i + 1 < text.length()
                        && Character.isLetter(text.charAt(i + 1)));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
