package io.tribune.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Marks the query's words in found articles: the whole headline and lead, the best sentences of the
 * body. The result is a {@link Snippet} of plain-text parts, never markup.
 */
final class Highlights extends UnifiedHighlighter {

    /** The longest passage shown; a longer sentence is cut around its first match. */
    static final int MAX_PASSAGE = 280;

    Highlights(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer).withFormatter(new Marks()));
    }

    @Override
    protected BreakIterator getBreakIterator(String field) {
        return "body".equals(field) ? super.getBreakIterator(field) : new WholeBreakIterator();
    }

    Map<String, Object[]> of(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
        return highlightFieldsAsObjects(fields, query, docs, passages);
    }

    /** Turns passages into snippet parts. */
    static final class Marks extends PassageFormatter {

        @Override
        public Snippet format(Passage[] passages, String content) {
            List<Snippet.Part> parts = new ArrayList<>();
            for (Passage passage : passages) {
                if (!parts.isEmpty()) {
                    parts.add(new Snippet.Part(" … ", false));
                }
                add(parts, passage, content);
            }
            return new Snippet(List.copyOf(parts));
        }

        private static void add(List<Snippet.Part> parts, Passage passage, String content) {
            int start = passage.getStartOffset();
            int end = passage.getEndOffset();
            if (end - start > MAX_PASSAGE) {
                int first = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
                int cutStart = Math.max(start, first - MAX_PASSAGE / 3);
                int cutEnd = Math.min(end, cutStart + MAX_PASSAGE);
                if (cutStart > start) {
                    parts.add(new Snippet.Part("… ", false));
                }
                addMarked(parts, passage, content, cutStart, cutEnd);
                if (cutEnd < end) {
                    parts.add(new Snippet.Part(" …", false));
                }
            } else {
                addMarked(parts, passage, content, start, end);
            }
        }

        private static void addMarked(List<Snippet.Part> parts, Passage passage, String content, int start, int end) {
            int position = start;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int matchStart = Math.max(passage.getMatchStarts()[i], position);
                int matchEnd = Math.min(passage.getMatchEnds()[i], end);
                if (matchEnd <= matchStart) {
                    continue;
                }
                if (matchStart > position) {
                    parts.add(new Snippet.Part(content.substring(position, matchStart), false));
                }
                parts.add(new Snippet.Part(content.substring(matchStart, matchEnd), true));
                position = matchEnd;
            }
            if (position < end) {
                parts.add(new Snippet.Part(content.substring(position, end), false));
            }
        }
    }
}
