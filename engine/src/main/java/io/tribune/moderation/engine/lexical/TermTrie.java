package io.tribune.moderation.engine.lexical;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A character trie over the literals of the terms' first slots, so a token is looked up by walking
 * its spellings once instead of comparing it with every term.
 */
final class TermTrie {

    /** One literal ending at a trie node: the term whose first slot it fills, and how it must sit. */
    record Entry(Term term, Alternative.Kind kind) {}

    private static final class Builder {
        final Map<Character, Builder> children = new TreeMap<>();
        final List<Entry> entries = new ArrayList<>();
    }

    private static final class Node {
        final char[] keys;
        final Node[] children;
        final Entry[] entries;

        Node(Builder builder) {
            keys = new char[builder.children.size()];
            children = new Node[keys.length];
            int i = 0;
            for (Map.Entry<Character, Builder> child : builder.children.entrySet()) {
                keys[i] = child.getKey();
                children[i] = new Node(child.getValue());
                i++;
            }
            entries = builder.entries.toArray(Entry[]::new);
        }

        Node child(char c) {
            int at = Arrays.binarySearch(keys, c);
            return at >= 0 ? children[at] : null;
        }
    }

    private final Node root;
    private final Node inner;
    private final boolean hasInner;

    private TermTrie(Node root, Node inner, boolean hasInner) {
        this.root = root;
        this.inner = inner;
        this.hasInner = hasInner;
    }

    /** A trie of the literals of the first slots of the terms (plain or squeezed). */
    static TermTrie of(List<Term> terms, boolean squeezed) {
        Builder root = new Builder();
        Builder innerRoot = new Builder();
        boolean inner = false;
        for (Term term : terms) {
            for (Alternative alternative : term.slots().get(0).alternatives()) {
                if (alternative.kind() == Alternative.Kind.BRAND) {
                    continue;
                }
                String literal = squeezed ? alternative.squeezed() : alternative.literal();
                boolean isInner =
                        alternative.kind() == Alternative.Kind.SUFFIX || alternative.kind() == Alternative.Kind.INFIX;
                Builder node = isInner ? innerRoot : root;
                for (int i = 0; i < literal.length(); i++) {
                    node = node.children.computeIfAbsent(literal.charAt(i), c -> new Builder());
                }
                node.entries.add(new Entry(term, alternative.kind()));
                inner |= alternative.kind() == Alternative.Kind.SUFFIX || alternative.kind() == Alternative.Kind.INFIX;
            }
        }
        return new TermTrie(new Node(root), new Node(innerRoot), inner);
    }

    /** Calls {@code found} for every term whose first slot the word fills. */
    void find(String word, List<Entry> found) {
        find(word, found, hasInner ? word.length() : 1);
    }

    /**
     * Like {@link #find} for whole words and stems only: a squeezed spelling ({@code fagoto}) must not
     * reach a term inside a longer word.
     */
    void findFromStart(String word, List<Entry> found) {
        int before = found.size();
        find(word, found, 1);
        found.subList(before, found.size())
                .removeIf(e -> e.kind() != Alternative.Kind.EXACT && e.kind() != Alternative.Kind.PREFIX);
    }

    /** Like {@link #find}, but only literals at the start of the word: {@code *bitch*} in {@code bitchy}. */
    void findLeading(String word, List<Entry> found) {
        find(word, found, 1);
    }

    /** Whether any term's first slot fits the word. */
    boolean matches(String word) {
        List<Entry> found = new ArrayList<>(2);
        find(word, found, hasInner ? word.length() : 1);
        return !found.isEmpty();
    }

    private void find(String word, List<Entry> found, int starts) {
        walk(root, word, 0, found);
        for (int from = 0; from < starts; from++) {
            walk(inner, word, from, found);
        }
    }

    /** Walks the trie along the word from {@code from}, collecting the literals that end where they may. */
    private static void walk(Node start, String word, int from, List<Entry> found) {
        int n = word.length();
        Node node = start;
        for (int i = from; i < n; i++) {
            node = node.child(word.charAt(i));
            if (node == null) {
                return;
            }
            for (Entry entry : node.entries) {
                if (fits(entry.kind(), from == 0, i + 1 == n)) {
                    found.add(entry);
                }
            }
        }
    }

    private static boolean fits(Alternative.Kind kind, boolean atStart, boolean atEnd) {
        return switch (kind) {
            case EXACT -> atStart && atEnd;
            case PREFIX -> atStart;
            case SUFFIX -> atEnd;
            case INFIX -> true;
            case BRAND -> false;
        };
    }
}
