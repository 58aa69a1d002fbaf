package io.tribune.search;

import io.tribune.editions.Edition;
import io.tribune.editions.Editions;
import io.tribune.publishing.ArticleText;
import io.tribune.publishing.TagRef;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The embedded index: one Lucene index per edition under the search folder, analysed in the
 * edition's language. Articles whose publication time has not come are held but never found. Writes
 * are one at a time; searches never wait for them.
 */
@Component
class LuceneIndex implements SearchIndex, DisposableBean {

    /** The deepest page a search goes to; beyond it readers refine the query instead. */
    static final int MAX_PAGE = 100;

    private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);

    private static final String ID = "id";
    private static final String TITLE = "title";
    private static final String LEAD = "lead";
    private static final String BODY = "body";
    private static final String SECTION = "section";
    private static final String SECTION_NAME = "section_name";
    private static final String TAG = "tag";
    private static final String PATH = "path";
    private static final String PUBLISHED = "published";

    /** How many headlines type-ahead weighs, of which it shows the best. */
    private static final int SUGGEST_CANDIDATES = 64;
    /** The words of a typed query read by type-ahead; later ones are left out. */
    private static final int SUGGEST_MAX_WORDS = 8;
    /** The fewest letters of a begun word that type-ahead completes. */
    static final int SUGGEST_MIN_PREFIX = 2;

    private static final Map<String, Float> WEIGHTS = Map.of(TITLE, 3f, LEAD, 1.5f, BODY, 1f);
    /** The readers' syntax: "phrases", -not, a | b, (groups), word*; no fuzzy or proximity operators. */
    private static final int SYNTAX = SimpleQueryParser.AND_OPERATOR
            | SimpleQueryParser.NOT_OPERATOR
            | SimpleQueryParser.OR_OPERATOR
            | SimpleQueryParser.PREFIX_OPERATOR
            | SimpleQueryParser.PHRASE_OPERATOR
            | SimpleQueryParser.PRECEDENCE_OPERATORS
            | SimpleQueryParser.ESCAPE_OPERATOR
            | SimpleQueryParser.WHITESPACE_OPERATOR;

    private static final FieldType TEXT = new FieldType();
    private static final FieldType WORDS = new FieldType();

    static {
        TEXT.setTokenized(true);
        TEXT.setStored(true);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
        WORDS.setTokenized(true);
        WORDS.setIndexOptions(IndexOptions.DOCS);
        WORDS.freeze();
    }

    /** One edition's index. */
    private record Shelf(
            Analyzer analyzer, Directory directory, IndexWriter writer, SearcherManager searchers, boolean wasMissing) {

        void refresh() throws IOException {
            writer.commit();
            searchers.maybeRefreshBlocking();
        }
    }

    private final Map<String, Shelf> shelves = new LinkedHashMap<>();
    private final Clock clock;

    @Autowired
    LuceneIndex(Editions editions, SearchSettings settings, Clock clock) throws IOException {
        this(editions.all(), settings.root(), clock);
    }

    LuceneIndex(List<Edition> editions, Path root, Clock clock) throws IOException {
        this.clock = clock;
        for (Edition edition : editions) {
            Directory directory = FSDirectory.open(Files.createDirectories(root.resolve(edition.code())));
            boolean missing = !DirectoryReader.indexExists(directory);
            Analyzer analyzer = Analyzers.of(edition.locale());
            IndexWriter writer = new IndexWriter(
                    directory,
                    new IndexWriterConfig(analyzer)
                            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                            .setRAMBufferSizeMB(32));
            if (missing) {
                writer.commit();
            }
            shelves.put(
                    edition.code(), new Shelf(analyzer, directory, writer, new SearcherManager(writer, null), missing));
        }
    }

    @Override
    public synchronized void put(ArticleText article) {
        Shelf shelf = shelves.get(article.edition());
        if (shelf == null) {
            log.warn("Article {} of unknown edition {} not indexed", article.id(), article.edition());
            return;
        }
        try {
            shelf.writer().updateDocument(new Term(ID, Long.toString(article.id())), document(article));
            shelf.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void remove(String edition, long article) {
        Shelf shelf = shelves.get(edition);
        if (shelf == null) {
            return;
        }
        try {
            shelf.writer().deleteDocuments(new Term(ID, Long.toString(article)));
            shelf.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized long rebuild(String edition, Consumer<Consumer<ArticleText>> articles) {
        // synchronized: an article put while the edition is rebuilt would be added twice
        Shelf shelf = Objects.requireNonNull(shelves.get(edition), edition);
        long[] count = {0};
        try {
            shelf.writer().deleteAll();
            articles.accept(article -> {
                try {
                    shelf.writer().addDocument(document(article));
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            shelf.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return count[0];
    }

    @Override
    public boolean wasMissing(String edition) {
        Shelf shelf = shelves.get(edition);
        return shelf != null && shelf.wasMissing();
    }

    @Override
    public long size(String edition) {
        Shelf shelf = shelves.get(edition);
        return shelf == null
                ? 0
                : read(shelf, searcher -> (long) searcher.getIndexReader().numDocs());
    }

    @Override
    public SearchResults search(SearchQuery query) {
        Shelf shelf = shelves.get(query.edition());
        int page = Math.min(Math.max(1, query.page()), MAX_PAGE);
        Query words = shelf == null ? null : parse(shelf.analyzer(), query.text());
        if (words == null) {
            return SearchResults.none(page, null);
        }
        BooleanQuery.Builder filtered =
                new BooleanQuery.Builder().add(words, Occur.MUST).add(readable(query.from(), query.to()), Occur.FILTER);
        if (query.section() != null) {
            filtered.add(new TermQuery(new Term(SECTION, query.section())), Occur.FILTER);
        }
        if (query.tag() != null) {
            filtered.add(new TermQuery(new Term(TAG, query.tag())), Occur.FILTER);
        }
        Query all = filtered.build();
        return read(shelf, searcher -> {
            TopDocs top = searcher.search(all, page * query.size());
            ScoreDoc[] shown = Arrays.copyOfRange(
                    top.scoreDocs, Math.min(top.scoreDocs.length, (page - 1) * query.size()), top.scoreDocs.length);
            long total = top.totalHits.value();
            int pages = (int) Math.min(MAX_PAGE, Math.max(1, (total + query.size() - 1) / query.size()));
            String suggestion =
                    total < query.size() ? suggestion(shelf.analyzer(), searcher.getIndexReader(), query.text()) : null;
            return new SearchResults(
                    hits(shelf, searcher, words, shown),
                    total,
                    top.totalHits.relation() == TotalHits.Relation.EQUAL_TO,
                    page,
                    pages,
                    suggestion);
        });
    }

    @Override
    public List<FoundArticle> suggest(String edition, String typed, int count) {
        return typeAhead(edition, typed, count, TITLE);
    }

    @Override
    public List<FoundArticle> suggestByAnyText(String edition, String typed, int count) {
        return typeAhead(edition, typed, count, TITLE, LEAD, BODY);
    }

    private List<FoundArticle> typeAhead(String edition, String typed, int count, String... fields) {
        Shelf shelf = shelves.get(edition);
        Query headline = shelf == null ? null : typeAhead(shelf.analyzer(), typed, fields);
        if (headline == null || count <= 0) {
            return List.of();
        }
        Query wanted = new BooleanQuery.Builder()
                .add(headline, Occur.MUST)
                .add(readable(null, null), Occur.FILTER)
                .build();
        return read(shelf, searcher -> {
            StoredFields stored = searcher.storedFields();
            List<ScoredArticle> found = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(wanted, SUGGEST_CANDIDATES).scoreDocs) {
                found.add(new ScoredArticle(hit.score, found(stored.document(hit.doc))));
            }
            // prefix matches score alike: the newest of equals first
            found.sort(Comparator.comparingDouble((ScoredArticle a) -> -a.score())
                    .thenComparing(a -> a.article().publishedAt(), Comparator.reverseOrder()));
            return found.stream().limit(count).map(ScoredArticle::article).toList();
        });
    }

    private record ScoredArticle(float score, FoundArticle article) {}

    /** {@link #typeAhead(Analyzer, String, String...)} in the headline alone. */
    static Query typeAhead(Analyzer analyzer, String typed) {
        return typeAhead(analyzer, typed, TITLE);
    }

    /**
     * The query for what a reader has typed so far, in the fields named (a word in the headline counts
     * most): every finished word (stemmed as the text is) required, and the last one, unless a space
     * follows it, as the beginning of a word (at least {@value #SUGGEST_MIN_PREFIX} letters, so a single
     * letter never expands to half the index). Null when that leaves nothing to look for.
     */
    static Query typeAhead(Analyzer analyzer, String typed, String... fields) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(Analyzers.WORDS, typed)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && words.size() < SUGGEST_MAX_WORDS) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean isLastBegun = !words.isEmpty()
                && !typed.isEmpty()
                && Character.isLetterOrDigit(typed.codePointBefore(typed.length()));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i == words.size() - 1 && isLastBegun) {
                if (word.codePointCount(0, word.length()) < SUGGEST_MIN_PREFIX) {
                    continue;
                }
                BooleanQuery.Builder begun = new BooleanQuery.Builder();
                for (String field : fields) {
                    begun.add(inField(field, new PrefixQuery(new Term(field, word))), Occur.SHOULD);
                    for (String stem : stems(analyzer, word)) {
                        if (!stem.equals(word)) {
                            begun.add(inField(field, new PrefixQuery(new Term(field, stem))), Occur.SHOULD);
                        }
                    }
                }
                query.add(begun.build(), Occur.MUST);
                clauses++;
            } else {
                for (String stem : stems(analyzer, word)) {
                    query.add(anyField(fields, stem), Occur.MUST);
                    clauses++;
                }
            }
        }
        return clauses == 0 ? null : query.build();
    }

    /** The stem in any of the fields: the headline alone is a plain term, as it always was. */
    private static Query anyField(String[] fields, String stem) {
        if (fields.length == 1) {
            return new TermQuery(new Term(fields[0], stem));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String field : fields) {
            any.add(inField(field, new TermQuery(new Term(field, stem))), Occur.SHOULD);
        }
        return any.build();
    }

    /** A match in the headline counts more than one in the lead or the body. */
    private static Query inField(String field, Query query) {
        return field.equals(TITLE) ? new BoostQuery(query, 3f) : query;
    }

    /** The word as the headline field indexes it: none for a stop word. */
    private static List<String> stems(Analyzer analyzer, String word) {
        List<String> stems = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(TITLE, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                stems.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    @Override
    public List<Long> similarTo(String edition, long article, int count) {
        Shelf shelf = shelves.get(edition);
        if (shelf == null) {
            return List.of();
        }
        return read(shelf, searcher -> {
            Term id = new Term(ID, Long.toString(article));
            TopDocs self = searcher.search(new TermQuery(id), 1);
            if (self.scoreDocs.length == 0) {
                return List.of();
            }
            int doc = self.scoreDocs[0].doc;
            MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
            like.setAnalyzer(shelf.analyzer());
            like.setFieldNames(new String[] {TITLE, LEAD, BODY});
            like.setMinTermFreq(1);
            like.setMinDocFreq(1);
            like.setMaxQueryTerms(30);
            BooleanQuery.Builder similar = new BooleanQuery.Builder()
                    .add(like.like(doc), Occur.SHOULD)
                    .add(new TermQuery(id), Occur.MUST_NOT)
                    .add(readable(null, null), Occur.FILTER)
                    .setMinimumNumberShouldMatch(1);
            // Shared tags say "about the same thing" more surely than shared words do.
            for (String tag : searcher.storedFields().document(doc).getValues(TAG)) {
                similar.add(new BoostQuery(new TermQuery(new Term(TAG, tag)), 4f), Occur.SHOULD);
            }
            StoredFields stored = searcher.storedFields();
            List<Long> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(similar.build(), count).scoreDocs) {
                ids.add(Long.parseLong(stored.document(hit.doc).get(ID)));
            }
            return ids;
        });
    }

    @Override
    public List<FoundArticle> find(String edition, List<Long> ids) {
        Shelf shelf = shelves.get(edition);
        if (shelf == null || ids.isEmpty()) {
            return List.of();
        }
        Query wanted = new BooleanQuery.Builder()
                .add(
                        new TermInSetQuery(
                                ID,
                                ids.stream()
                                        .map(id -> new BytesRef(Long.toString(id)))
                                        .toList()),
                        Occur.FILTER)
                .add(readable(null, null), Occur.FILTER)
                .build();
        return read(shelf, searcher -> {
            Map<Long, FoundArticle> found = new HashMap<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(wanted, ids.size()).scoreDocs) {
                FoundArticle article = found(stored.document(hit.doc));
                found.put(article.id(), article);
            }
            return ids.stream().map(found::get).filter(Objects::nonNull).toList();
        });
    }

    /**
     * Synchronized with the writing methods: an article being put while the node stops is written
     * first, so the writer is never closed in the middle of another thread's commit (which refused
     * to close and left the folder locked for the next node in this process). Each edition's folder
     * is let go even when another's fails to close.
     */
    @Override
    public synchronized void destroy() throws IOException {
        List<Closeable> all = new ArrayList<>();
        for (Shelf shelf : shelves.values()) {
            all.add(shelf.searchers());
            all.add(shelf.writer());
            all.add(shelf.directory());
        }
        IOUtils.close(all);
    }

    /** The reader's words as a query, or null when they leave nothing to look for (only stop words or signs). */
    static Query parse(Analyzer analyzer, String text) {
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, WEIGHTS, SYNTAX);
        parser.setDefaultOperator(Occur.MUST);
        Query query = parser.parse(text);
        if (query == null
                || query instanceof BooleanQuery bool
                        && bool.clauses().stream().allMatch(c -> c.occur() == Occur.MUST_NOT)) {
            return null;
        }
        return query;
    }

    private Query readable(Instant from, Instant to) {
        long now = clock.instant().toEpochMilli();
        long latest = to == null ? now : Math.min(now, to.toEpochMilli());
        return LongPoint.newRangeQuery(PUBLISHED, from == null ? Long.MIN_VALUE : from.toEpochMilli(), latest);
    }

    private static List<SearchResults.Hit> hits(Shelf shelf, IndexSearcher searcher, Query words, ScoreDoc[] docs)
            throws IOException {
        if (docs.length == 0) {
            return List.of();
        }
        int[] ids = Arrays.stream(docs).mapToInt(d -> d.doc).toArray();
        Map<String, Object[]> marked = new Highlights(searcher, shelf.analyzer())
                .of(new String[] {TITLE, LEAD, BODY}, words, ids, new int[] {1, 1, 2});
        StoredFields stored = searcher.storedFields();
        List<SearchResults.Hit> hits = new ArrayList<>();
        for (int i = 0; i < docs.length; i++) {
            Document document = stored.document(ids[i]);
            Snippet title = marked(marked.get(TITLE)[i], document.get(TITLE));
            Snippet lead = marked(marked.get(LEAD)[i], document.get(LEAD));
            Snippet body = marked(marked.get(BODY)[i], "");
            hits.add(new SearchResults.Hit(found(document), title, body.hasHits() || !lead.hasHits() ? body : lead));
        }
        return hits;
    }

    private static Snippet marked(Object highlighted, String otherwise) {
        return highlighted instanceof Snippet snippet && !snippet.isEmpty() ? snippet : Snippet.plain(otherwise);
    }

    /** The query's words with each one the index does not know replaced by the closest it does, or null. */
    static String suggestion(Analyzer analyzer, IndexReader reader, String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(Analyzers.WORDS, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && words.size() < 20) {
                words.add(term.toString());
            }
            tokens.end();
        }
        DirectSpellChecker checker = new DirectSpellChecker();
        boolean isChanged = false;
        List<String> corrected = new ArrayList<>();
        for (String word : words) {
            Term term = new Term(Analyzers.WORDS, word);
            if (word.length() >= 3 && word.length() <= 40 && reader.docFreq(term) == 0) {
                SuggestWord[] closest = checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (closest.length > 0) {
                    corrected.add(closest[0].string);
                    isChanged = true;
                    continue;
                }
            }
            corrected.add(word);
        }
        return isChanged ? String.join(" ", corrected) : null;
    }

    private static Document document(ArticleText article) {
        Document document = new Document();
        document.add(new StringField(ID, Long.toString(article.id()), Field.Store.YES));
        document.add(new Field(TITLE, article.title(), TEXT));
        document.add(new Field(LEAD, article.lead(), TEXT));
        document.add(new Field(BODY, article.body(), TEXT));
        document.add(
                new Field(Analyzers.WORDS, article.title() + "\n" + article.lead() + "\n" + article.body(), WORDS));
        document.add(new StringField(SECTION, article.section().slug(), Field.Store.YES));
        document.add(new StoredField(SECTION_NAME, article.section().name()));
        for (TagRef tag : article.tags()) {
            document.add(new StringField(TAG, tag.slug(), Field.Store.YES));
        }
        document.add(new StoredField(PATH, article.path()));
        long published = article.publishedAt().toEpochMilli();
        document.add(new LongPoint(PUBLISHED, published));
        document.add(new StoredField(PUBLISHED, published));
        return document;
    }

    private static FoundArticle found(Document document) {
        return new FoundArticle(
                Long.parseLong(document.get(ID)),
                document.get(TITLE),
                document.get(PATH),
                document.get(SECTION),
                document.get(SECTION_NAME),
                Instant.ofEpochMilli(document.getField(PUBLISHED).numericValue().longValue()));
    }

    /** Reading with a searcher that is handed back afterwards. */
    private interface Reading<T> {
        T with(IndexSearcher searcher) throws IOException;
    }

    private static <T> T read(Shelf shelf, Reading<T> reading) {
        try {
            IndexSearcher searcher = shelf.searchers().acquire();
            try {
                return reading.with(searcher);
            } finally {
                shelf.searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
