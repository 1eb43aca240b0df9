package it.wecare.factotum.search.control;

import it.wecare.factotum.search.control.ItalianText.Word;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The in-memory Lucene index of the public worker profiles of one node. Text is matched on search terms
 * (Italian stems with derivations joined), on the words as written (an exact word ranks first), and with
 * one typo for words of {@value Synonyms#TYPO_MIN_LENGTH} letters or more; synonyms add a second way to
 * match a phrase. Filters and facet counts cover kind, category, subcategory and province served; the comune
 * filter matches workers who serve the comune itself or its whole province.
 *
 * <p>Readers never wait: each search uses the snapshot current when it starts. Changes are serialised and
 * visible as soon as {@link #put}, {@link #remove} or {@link #replaceAll} return.
 */
public final class SearchEngine implements AutoCloseable {

    public static final String KIND = "kind";
    public static final String CATEGORY = "category";
    public static final String SUBCATEGORY = "subcategory";
    public static final String PROVINCE = "province";
    public static final List<String> DIMENSIONS = List.of(KIND, CATEGORY, SUBCATEGORY, PROVINCE);

    private static final int MAX_TYPOS = 10_000;

    /** Up to this many hits are counted while collecting; more are counted apart, without scoring. */
    private static final int COUNT_THRESHOLD = 1000;

    /** Results beyond this many are not paged to (ask a narrower question instead). */
    public static final int MAX_WINDOW = 10_000;

    private static final String ID = "id";
    private static final String WORKER_ID = "worker_id";
    private static final String SORT = "sort";
    private static final String RATING = "rating";
    private static final String SERVES = "serves";
    private static final String SERVICES = "services";
    private static final String NAME = "name";
    private static final String TEXT = "text";
    private static final String PLAIN = "plain";
    /** Browsing (no words): the best rated first (the Bayesian average of their reviews), then by name. */
    private static final Sort BY_NAME = new Sort(
            new SortField(RATING, SortField.Type.LONG, true),
            new SortField(SORT, SortField.Type.STRING),
            new SortField(ID, SortField.Type.STRING));
    /** Words: the most relevant first; equally relevant ones the best rated first, then by name. */
    private static final Sort BY_RELEVANCE = new Sort(
            SortField.FIELD_SCORE,
            new SortField(RATING, SortField.Type.LONG, true),
            new SortField(SORT, SortField.Type.STRING),
            new SortField(ID, SortField.Type.STRING));

    private final ItalianText italian;
    private final Analyzer analyzer;
    private final FacetsConfig facets = new FacetsConfig();
    private final ReentrantLock writing = new ReentrantLock();
    private volatile Synonyms synonyms = Synonyms.none();
    private IndexWriter writer;
    private volatile Snapshot current;

    public SearchEngine(ItalianText italian) {
        this.italian = italian;
        this.analyzer = new PerFieldAnalyzerWrapper(
                italian.analyzer(), Map.of(NAME, italian.plainAnalyzer(), PLAIN, italian.plainAnalyzer()));
        facets.setMultiValued(CATEGORY, true);
        facets.setMultiValued(SUBCATEGORY, true);
        facets.setMultiValued(PROVINCE, true);
        replaceAll(List.of());
    }

    /** Uses these synonyms from the next query on. */
    public void useSynonyms(Synonyms synonyms) {
        this.synonyms = synonyms;
    }

    /** Replaces the whole index with {@code entries}; searches meanwhile see the old one. */
    public void replaceAll(Iterable<Entry> entries) {
        writing.lock();
        try {
            IndexWriter fresh = new IndexWriter(
                    new ByteBuffersDirectory(),
                    new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE));
            for (Entry entry : entries) {
                fresh.addDocument(document(entry));
            }
            // one segment: every query pays its per-segment costs (typo automata, term lookups) once
            fresh.forceMerge(1);
            fresh.commit();
            IndexWriter old = writer;
            Snapshot before = current;
            writer = fresh;
            current = snapshot(DirectoryReader.open(fresh));
            if (old != null) {
                // searches still running on the old reader finish on it: it lives until they release it
                before.reader().decRef();
                old.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writing.unlock();
        }
    }

    /** Adds or replaces one worker. */
    public void put(Entry entry) {
        change(w -> w.updateDocument(new Term(ID, Long.toString(entry.id())), document(entry)));
    }

    /** Removes one worker (no longer public, or gone); nothing happens if it was not there. */
    public void remove(long id) {
        change(w -> w.deleteDocuments(new Term(ID, Long.toString(id))));
    }

    /** How many workers the index holds. */
    public int size() {
        Snapshot snapshot = acquire();
        try {
            return snapshot.reader().numDocs();
        } finally {
            release(snapshot);
        }
    }

    private static void release(Snapshot snapshot) {
        try {
            snapshot.reader().decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Snapshot acquire() {
        while (true) {
            Snapshot snapshot = current;
            if (snapshot.reader().tryIncRef()) {
                return snapshot;
            }
        }
    }

    /** Searches; facet counts only when {@code request.withFacets()}. */
    public Result search(Request request) {
        Snapshot snapshot = acquire();
        try {
            return search(snapshot, request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(snapshot);
        }
    }

    private Result search(Snapshot snapshot, Request request) throws IOException {
        int offset = Math.max(0, request.offset());
        int limit = Math.max(1, request.limit());
        Query text = textQuery(request.text(), snapshot);
        boolean ranked = text != null;
        BooleanQuery.Builder base = new BooleanQuery.Builder();
        base.add(ranked ? text : new MatchAllDocsQuery(), ranked ? Occur.MUST : Occur.FILTER);
        if (!request.serves().isEmpty()) {
            BooleanQuery.Builder serves = new BooleanQuery.Builder();
            request.serves().forEach(code -> serves.add(new TermQuery(new Term(SERVES, code)), Occur.SHOULD));
            base.add(serves.build(), Occur.FILTER);
        }
        DrillDownQuery drillDown = new DrillDownQuery(facets, base.build());
        request.filters().forEach((dimension, value) -> {
            if (value != null && DIMENSIONS.contains(dimension)) {
                drillDown.add(dimension, value);
            }
        });
        Sort sort = ranked ? BY_RELEVANCE : BY_NAME;
        int window = Math.min(offset + limit, MAX_WINDOW);
        {
            IndexSearcher searcher = snapshot.searcher();
            TopDocs top;
            long total;
            Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
            if (request.withFacets() && snapshot.facetState() != null) {
                DrillSideways sideways = new DrillSideways(searcher, facets, snapshot.facetState());
                DrillSideways.DrillSidewaysResult result = sideways.search(drillDown, null, null, window, sort, ranked);
                top = result.hits;
                total = result.drillDownFacetsCollector == null
                        ? top.totalHits.value
                        : result.drillDownFacetsCollector.getMatchingDocs().stream()
                                .mapToLong(m -> m.totalHits)
                                .sum();
                for (String dimension : DIMENSIONS) {
                    counts.put(dimension, counts(result.facets, dimension));
                }
            } else {
                // rewritten once (typo automata are built here), then the best page first, skipping what
                // cannot compete, and the total counted apart, without scoring
                Query query = searcher.rewrite(drillDown);
                top = ranked
                        ? searcher.search(
                                query, new TopFieldCollectorManager(BY_RELEVANCE, window, null, COUNT_THRESHOLD))
                        : searcher.search(query, new TopFieldCollectorManager(BY_NAME, window, null, COUNT_THRESHOLD));
                total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO
                        ? top.totalHits.value
                        : searcher.count(query);
            }
            List<Long> ids = new ArrayList<>();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            for (int i = offset; i < top.scoreDocs.length; i++) {
                ScoreDoc hit = top.scoreDocs[i];
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                NumericDocValues values = leaf.reader().getNumericDocValues(WORKER_ID);
                if (values != null && values.advanceExact(hit.doc - leaf.docBase)) {
                    ids.add(values.longValue());
                }
            }
            return new Result(ids, total, counts);
        }
    }

    /** The Lucene query for {@code text}; null when it has no searchable word (empty, or stop words only). */
    private Query textQuery(String text, Snapshot snapshot) throws IOException {
        List<Word> words = italian.words(text);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (Synonyms.Group group : synonyms.groups(words)) {
            BooleanQuery.Builder anyWay = new BooleanQuery.Builder();
            for (List<Word> alternative : group.alternatives()) {
                BooleanQuery.Builder every = new BooleanQuery.Builder();
                for (Word word : alternative) {
                    every.add(wordQuery(word, snapshot), Occur.MUST);
                }
                anyWay.add(every.build(), Occur.SHOULD);
            }
            all.add(anyWay.build(), Occur.MUST);
        }
        return all.build();
    }

    /** Whether the index holds the word as written or its search term (then no typo is assumed). */
    private static boolean isKnown(Word word, IndexReader reader) throws IOException {
        return reader.docFreq(new Term(PLAIN, word.plain())) > 0
                || reader.docFreq(new Term(SERVICES, word.stem())) > 0
                || reader.docFreq(new Term(TEXT, word.stem())) > 0;
    }

    /**
     * A word matches its search term in the services (first), the name, or the rest of the text; the word
     * as written counts more than its family. A word the index does not know, of five letters or more, is
     * taken for a typo and matches the words one edit away.
     */
    private static Query wordQuery(Word word, Snapshot snapshot) throws IOException {
        boolean known = isKnown(word, snapshot.reader());
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(new BoostQuery(new TermQuery(new Term(SERVICES, word.stem())), 3f), Occur.SHOULD);
        any.add(new BoostQuery(new TermQuery(new Term(NAME, word.plain())), 2f), Occur.SHOULD);
        any.add(new TermQuery(new Term(TEXT, word.stem())), Occur.SHOULD);
        // the word exactly as written ranks above its family
        any.add(new BoostQuery(new TermQuery(new Term(PLAIN, word.plain())), 1.5f), Occur.SHOULD);
        if (!known && word.plain().length() >= Synonyms.TYPO_MIN_LENGTH) {
            any.add(new BoostQuery(snapshot.typo(new Term(PLAIN, word.plain())), 0.3f), Occur.SHOULD);
            any.add(new BoostQuery(snapshot.typo(new Term(SERVICES, word.stem())), 0.5f), Occur.SHOULD);
        }
        return any.build();
    }

    private static Map<String, Integer> counts(Facets facets, String dimension) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        FacetResult result;
        try {
            result = facets.getTopChildren(500, dimension);
        } catch (IllegalArgumentException noSuchDimension) {
            return counts;
        }
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                counts.put(lv.label, lv.value.intValue());
            }
        }
        return counts;
    }

    private Document document(Entry entry) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(entry.id()), Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(String.format("%019d", entry.id()))));
        doc.add(new NumericDocValuesField(WORKER_ID, entry.id()));
        doc.add(new NumericDocValuesField(RATING, Math.round(entry.rating() * 1000)));
        doc.add(new SortedDocValuesField(SORT, new BytesRef(entry.sortName())));
        doc.add(new TextField(NAME, entry.name(), Field.Store.NO));
        doc.add(new TextField(SERVICES, entry.services(), Field.Store.NO));
        doc.add(new TextField(TEXT, entry.text(), Field.Store.NO));
        doc.add(new TextField(PLAIN, entry.name() + "\n" + entry.services() + "\n" + entry.text(), Field.Store.NO));
        entry.serves().forEach(code -> doc.add(new StringField(SERVES, code, Field.Store.NO)));
        doc.add(new SortedSetDocValuesFacetField(KIND, entry.kind()));
        entry.categories().forEach(c -> doc.add(new SortedSetDocValuesFacetField(CATEGORY, c)));
        entry.subcategories().forEach(c -> doc.add(new SortedSetDocValuesFacetField(SUBCATEGORY, c)));
        entry.provinces().forEach(p -> doc.add(new SortedSetDocValuesFacetField(PROVINCE, p)));
        return facets.build(doc);
    }

    private void change(IndexChange change) {
        writing.lock();
        try {
            change.apply(writer);
            DirectoryReader before = current.reader();
            DirectoryReader after = DirectoryReader.openIfChanged(before, writer);
            if (after != null) {
                current = snapshot(after);
                // searches still running on the old reader finish on it: it lives until they release it
                before.decRef();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writing.unlock();
        }
    }

    private Snapshot snapshot(DirectoryReader reader) throws IOException {
        DefaultSortedSetDocValuesReaderState state = null;
        if (reader.numDocs() > 0) {
            state = new DefaultSortedSetDocValuesReaderState(reader, facets);
        }
        return new Snapshot(reader, new IndexSearcher(reader), state);
    }

    @Override
    public void close() {
        writing.lock();
        try {
            if (writer != null) {
                writer.close();
                writer.getDirectory().close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writing.unlock();
        }
    }

    private interface IndexChange {
        void apply(IndexWriter writer) throws IOException;
    }

    /** One state of the index, with the typo expansions computed on it (they depend on its terms). */
    private record Snapshot(
            DirectoryReader reader,
            IndexSearcher searcher,
            DefaultSortedSetDocValuesReaderState facetState,
            Map<Term, Query> typos) {

        Snapshot(DirectoryReader reader, IndexSearcher searcher, DefaultSortedSetDocValuesReaderState facetState) {
            this(reader, searcher, facetState, new ConcurrentHashMap<>());
        }

        /** The words one edit away from {@code term}, as a query; built once per word and index state. */
        Query typo(Term term) throws IOException {
            Query known = typos.get(term);
            if (known == null) {
                known = searcher.rewrite(new FuzzyQuery(term, 1, 1));
                if (typos.size() >= MAX_TYPOS) {
                    typos.clear();
                }
                typos.put(term, known);
            }
            return known;
        }
    }

    /**
     * One worker as the index sees it.
     *
     * @param id the worker's id
     * @param name the public name
     * @param sortName the key to list by without text
     * @param services the names of the services offered and of their categories (any language)
     * @param text the rest: presentation, kind, places served
     * @param kind the kind's code
     * @param categories category codes offered
     * @param subcategories subcategory codes offered
     * @param provinces provinces where the worker serves at least one comune
     * @param serves comune codes served one by one, and "P:" + province code for whole provinces
     */
    public record Entry(
            long id,
            String name,
            String sortName,
            String services,
            String text,
            String kind,
            Collection<String> categories,
            Collection<String> subcategories,
            Collection<String> provinces,
            Collection<String> serves,
            double rating) {}

    /**
     * A search.
     *
     * @param text free text, may be blank
     * @param filters facet dimension → value
     * @param serves any of these {@code serves} values (a comune and "P:" + its province)
     * @param offset the first result wanted
     * @param limit how many
     * @param withFacets whether to count facets
     */
    public record Request(
            String text, Map<String, String> filters, List<String> serves, int offset, int limit, boolean withFacets) {}

    /**
     * What a search found.
     *
     * @param ids the workers of the page asked for, best first
     * @param total how many match
     * @param facets dimension → value → count, each dimension counted as if its own filter were not set
     */
    public record Result(List<Long> ids, long total, Map<String, Map<String, Integer>> facets) {}
}
