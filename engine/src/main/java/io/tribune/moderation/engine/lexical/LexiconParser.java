package io.tribune.moderation.engine.lexical;

import io.tribune.moderation.engine.RuleId;
import io.tribune.moderation.engine.text.NormalisedText;
import io.tribune.moderation.engine.text.Spellings;
import io.tribune.moderation.engine.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lexicon files. One term per line; {@code #} starts a comment. A term is a sequence of words;
 * {@code stem*}, {@code *stem} and {@code *stem*} match words starting with, ending with or containing
 * the stem; {@code a|b} gives alternatives (of whole phrases, or of single words in a line with a gap or
 * a set); {@code ~N} lets up to N other words come before the next
 * one; {@code {a,b}} expands to several terms; {@code $name} uses a set defined by a line
 * {@code $name = a|b|c} (or extended by {@code $name += d}); {@code $brand} is the publisher's name.
 * A trailing {@code = 0.7} sets the term's weight, {@code @weight 0.9} the weight of the lines that
 * follow. A line starting with {@code !} is a context cue: it weakens the file's matches in its sentence;
 * one starting with {@code !>} is a judgement, which weakens only what it governs; one starting with {@code >} is
 * a pointer, which aims the single word after it at people (see {@link Cues}).
 * A line starting with {@code ^} holds words that are also names: they are not matched where they read
 * as one (a capitalised word next to another). Terms apply in every edition, except those after a
 * line {@code @local} (until {@code @global}): words innocent in another language apply only in
 * editions of the file's language.
 */
final class LexiconParser {

    private static final Pattern SET = Pattern.compile("^\\$([\\p{L}_][\\p{L}\\p{N}_]*)\\s*(\\+?=)\\s*(.+)$");
    private static final Pattern WEIGHT = Pattern.compile("^(.*\\S)\\s+=\\s*([01](?:\\.\\d+)?)$");
    private static final Pattern BRACES = Pattern.compile("\\{([^{}]*)}");
    private static final int MAX_EXPANSIONS = 2000;

    private final RuleId rule;
    private final String language;
    private final Map<String, List<Alternative>> sets;
    private final List<String> problems;

    LexiconParser(RuleId rule, String language, Map<String, List<Alternative>> sets, List<String> problems) {
        this.rule = rule;
        this.language = language;
        this.sets = sets;
        this.problems = problems;
    }

    /** The terms of a file's lines; set definitions go into the shared set map. */
    List<Term> parse(List<String> lines, String source, double defaultWeight) {
        List<Term> terms = new ArrayList<>();
        double weight = defaultWeight;
        boolean local = false;
        int number = 0;
        for (String rawLine : lines) {
            number++;
            String line = stripComment(rawLine).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals("@local") || line.equals("@global")) {
                local = line.equals("@local");
                continue;
            }
            if (line.startsWith("@weight")) {
                weight = Double.parseDouble(line.substring("@weight".length()).strip());
                continue;
            }
            Matcher set = SET.matcher(line);
            if (set.matches() && !WEIGHT.matcher(line).matches()) {
                List<Alternative> alternatives = new ArrayList<>();
                if (set.group(2).equals("+=")) {
                    alternatives.addAll(sets.getOrDefault(set.group(1), List.of()));
                }
                for (String expanded : expand(set.group(3))) {
                    alternatives.addAll(alternatives(expanded, source, number));
                }
                sets.put(set.group(1), List.copyOf(alternatives));
                continue;
            }
            Term.Role role = Term.Role.of(line);
            line = line.substring(role.prefix().length()).strip();
            boolean alsoName = line.startsWith("^");
            if (alsoName) {
                line = line.substring(1).strip();
            }
            double lineWeight = weight;
            Matcher weighted = WEIGHT.matcher(line);
            if (weighted.matches()) {
                line = weighted.group(1);
                lineWeight = Double.parseDouble(weighted.group(2));
            }
            for (String expanded : expand(line)) {
                for (String term : oneWordAlternatives(expanded)) {
                    List<Slot> slots = slots(term, source, number);
                    if (!slots.isEmpty()) {
                        terms.add(new Term(rule, language, asWritten(term), slots, lineWeight, role, alsoName, local));
                    }
                }
            }
        }
        return terms;
    }

    /**
     * A line of plain alternatives ({@code kys|kill yourself}) becomes one term per alternative, so
     * evidence names the one found; in a line with a gap or a set, {@code |} separates single words.
     */
    private static List<String> oneWordAlternatives(String line) {
        if (!line.contains("|") || line.contains("$") || line.contains("~")) {
            return List.of(line);
        }
        return List.of(line.split("\\|"));
    }

    /** A term as a moderator reads it in evidence: one-word options of a set joined by {@code |}, not by the slot mark. */
    private static String asWritten(String term) {
        return term.replace(SLOT_OR, '|');
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash >= 0 ? line.substring(0, hash) : line;
    }

    /**
     * Expands {@code {a,b}} groups into every combination. A group of single words that stands as a word
     * of its own becomes one slot with alternatives instead, so the terms do not multiply.
     */
    static List<String> expand(String line) {
        List<String> out = new ArrayList<>();
        List<String> pending = new ArrayList<>(slotGroups(line));
        while (!pending.isEmpty() && out.size() < MAX_EXPANSIONS) {
            String next = pending.remove(pending.size() - 1);
            Matcher braces = BRACES.matcher(next);
            if (!braces.find()) {
                out.add(next);
                continue;
            }
            for (String option : braces.group(1).split(",", -1)) {
                pending.add(next.substring(0, braces.start()) + option + next.substring(braces.end()));
            }
        }
        return out;
    }

    private static final char SLOT_OR = '\u0001';
    private static final Pattern STANDALONE_GROUP = Pattern.compile("(?<=^|\\s)\\{([^{}]+)}(?=\\s|$)");

    /**
     * Rewrites each {@code {a,b,c}} that stands as a word of its own: its one-word options become one
     * slot of alternatives; its phrases ({@code such a}) stay a group, on a line of their own.
     */
    private static List<String> slotGroups(String line) {
        Matcher group = STANDALONE_GROUP.matcher(line);
        while (group.find()) {
            List<String> words = new ArrayList<>();
            List<String> phrases = new ArrayList<>();
            for (String option : group.group(1).split(",", -1)) {
                if (!option.isEmpty()
                        && option.chars().noneMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '-')) {
                    words.add(option);
                } else {
                    phrases.add(option);
                }
            }
            if (words.size() < 2) {
                continue;
            }
            String before = line.substring(0, group.start());
            String after = line.substring(group.end());
            List<String> lines =
                    new ArrayList<>(slotGroups(before + String.join(String.valueOf(SLOT_OR), words) + after));
            if (!phrases.isEmpty()) {
                lines.addAll(slotGroups(before + "{" + String.join(",", phrases) + "}" + after));
            }
            return lines;
        }
        return List.of(line);
    }

    private List<Slot> slots(String line, String source, int number) {
        List<Slot> slots = new ArrayList<>();
        int gap = 0;
        for (String item : line.split("\\s+")) {
            if (item.startsWith("~") && item.length() > 1 && Character.isDigit(item.charAt(1))) {
                gap = Integer.parseInt(item.substring(1));
                continue;
            }
            if (!item.contains("|") && item.indexOf(SLOT_OR) < 0 && !item.startsWith("$") && !item.contains("*")) {
                List<Token> words = words(item);
                for (Token word : words) {
                    slots.add(
                            new Slot(List.of(literal(word.text(), Alternative.Kind.EXACT)), slots.isEmpty() ? 0 : gap));
                    gap = 0;
                }
                continue;
            }
            List<Alternative> alternatives = alternatives(item, source, number);
            if (alternatives.isEmpty()) {
                return List.of();
            }
            slots.add(new Slot(alternatives, slots.isEmpty() ? 0 : gap));
            gap = 0;
        }
        return slots;
    }

    private List<Alternative> alternatives(String item, String source, int number) {
        List<Alternative> alternatives = new ArrayList<>();
        for (String option : item.split("[|\u0001]")) {
            option = option.strip();
            if (option.isEmpty()) {
                continue;
            }
            if (option.equals("$brand")) {
                alternatives.add(new Alternative("", "", Alternative.Kind.BRAND));
            } else if (option.startsWith("$")) {
                List<Alternative> set = sets.get(option.substring(1));
                if (set == null) {
                    problems.add(source + ":" + number + ": unknown set " + option);
                } else {
                    alternatives.addAll(set);
                }
            } else {
                boolean leading = option.startsWith("*");
                boolean trailing = option.endsWith("*") && option.length() > 1;
                String core = option.substring(leading ? 1 : 0, option.length() - (trailing ? 1 : 0));
                String word =
                        String.join("", words(core).stream().map(Token::text).toList());
                if (word.isEmpty()) {
                    problems.add(source + ":" + number + ": empty word " + option);
                    continue;
                }
                Alternative.Kind kind = leading && trailing
                        ? Alternative.Kind.INFIX
                        : leading
                                ? Alternative.Kind.SUFFIX
                                : trailing ? Alternative.Kind.PREFIX : Alternative.Kind.EXACT;
                alternatives.add(literal(word, kind));
            }
        }
        return alternatives;
    }

    private static List<Token> words(String text) {
        return NormalisedText.of(text).tokens();
    }

    private static Alternative literal(String word, Alternative.Kind kind) {
        return new Alternative(word, Spellings.squeeze(word), kind);
    }
}
