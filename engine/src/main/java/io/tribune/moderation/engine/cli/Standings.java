package io.tribune.moderation.engine.cli;

import io.tribune.moderation.engine.Standing;
import io.tribune.moderation.engine.Verdict;
import java.util.AbstractMap;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The authors' records within one run: how many of their comments were published, and the verdicts of
 * their recent ones, revisions included. Bounded: the least recently seen authors are forgotten.
 */
final class Standings {

    private static final int RECENT = 20;

    private final Map<String, Record> authors;

    Standings(int maxAuthors) {
        this.authors = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Record> eldest) {
                return size() > maxAuthors;
            }
        };
    }

    Standing of(String author) {
        if (author == null) {
            return Standing.NEW;
        }
        Record record = authors.get(author);
        return record == null ? Standing.NEW : record.standing();
    }

    void screened(String author, String commentId, Verdict verdict) {
        if (author != null) {
            authors.computeIfAbsent(author, a -> new Record()).add(commentId, verdict);
        }
    }

    void revised(String author, String commentId, Verdict verdict) {
        if (author != null) {
            Record record = authors.get(author);
            if (record != null) {
                record.revise(commentId, verdict);
            }
        }
    }

    /** One author's record. */
    private static final class Record {
        private final ArrayDeque<Map.Entry<String, Verdict>> recent = new ArrayDeque<>();
        private int published;

        void add(String commentId, Verdict verdict) {
            recent.addLast(new AbstractMap.SimpleEntry<>(commentId, verdict));
            if (recent.size() > RECENT) {
                recent.removeFirst();
            }
            if (verdict == Verdict.APPROVE) {
                published++;
            }
        }

        void revise(String commentId, Verdict verdict) {
            for (Map.Entry<String, Verdict> entry : recent) {
                if (entry.getKey().equals(commentId)) {
                    if (entry.getValue() == Verdict.APPROVE && verdict != Verdict.APPROVE) {
                        published--;
                    } else if (entry.getValue() != Verdict.APPROVE && verdict == Verdict.APPROVE) {
                        published++;
                    }
                    entry.setValue(verdict);
                }
            }
        }

        Standing standing() {
            int rejected = (int)
                    recent.stream().filter(e -> e.getValue() == Verdict.REJECT).count();
            return new Standing(Math.max(0, published), recent.size(), rejected);
        }
    }
}
