package it.wecare.factotum.search.boundary;

import it.wecare.factotum.api.catalog.CategoryNode;
import it.wecare.factotum.api.platform.ComuneSummary;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.search.control.ItalianText;
import it.wecare.factotum.search.control.SearchEngine;
import it.wecare.factotum.search.control.ServiceSuggester;
import it.wecare.factotum.search.control.Synonyms;
import it.wecare.factotum.search.entity.SearchChange;
import it.wecare.factotum.search.entity.Synonym;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import it.wecare.factotum.workers.boundary.WorkerSheet;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The search index of this node: the public worker profiles in memory (Lucene, see {@link SearchEngine}),
 * built from the database at start and kept in step with the change feed ({@code search_change}). A change
 * made on this node is applied as soon as its transaction commits ({@link SearchFeed}); changes made on
 * other nodes sharing the database are picked up by a timer every second. The feed is read again over
 * the last minute, so a change whose transaction committed late (with a lower id) is not missed; each
 * change is applied once.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    static final Duration LOOK_BACK = Duration.ofMinutes(1);
    static final Duration KEEP_FEED = Duration.ofDays(1);
    static final long POLL_MILLIS = 1000;
    private static final int BATCH = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkerDirectory directory;

    @Inject
    WorkerRatings ratings;

    @Inject
    SearchFeed feed;

    @Inject
    Catalog catalog;

    @Inject
    Comuni comuni;

    @Resource
    TimerService timers;

    Clock clock = Clock.systemUTC();

    private final ReentrantLock updating = new ReentrantLock();
    private final Map<Long, Instant> applied = new HashMap<>();
    private final Map<Long, WorkerSheet> sheets = new ConcurrentHashMap<>();
    private final ItalianText italian = ItalianText.standard();
    private SearchEngine engine;
    private volatile Synonyms synonyms = Synonyms.none();
    private volatile Vocabulary vocabulary;
    private long seenUpTo;
    private Instant lastPrune = Instant.EPOCH;

    @PostConstruct
    void start() {
        engine = new SearchEngine(italian);
        updating.lock();
        try {
            seenUpTo = em.createQuery("SELECT COALESCE(MAX(c.id), 0) FROM SearchChange c", Long.class)
                    .getSingleResult();
            // what is in the feed now is in the index built below
            Instant now = clock.instant();
            em.createQuery("SELECT c.id FROM SearchChange c WHERE c.changedAt >= :since", Long.class)
                    .setParameter("since", now.minus(LOOK_BACK))
                    .getResultList()
                    .forEach(id -> applied.put(id, now));
            reloadSynonyms();
            reloadAll();
        } finally {
            updating.unlock();
        }
        timers.createIntervalTimer(POLL_MILLIS, POLL_MILLIS, new TimerConfig("search-feed", false));
    }

    @PreDestroy
    void stop() {
        engine.close();
    }

    @Timeout
    void poll(Timer timer) {
        updating.lock();
        try {
            applyFeed();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Search could not follow the change feed (next try in a second)", e);
        } finally {
            updating.unlock();
        }
    }

    /**
     * Applies every change in the feed not applied yet, right after the transaction that made one commits;
     * returns how many. When another thread is applying the feed for longer than {@link #WAIT_FOR_FEED},
     * this call leaves the change to the next poll (a second later) instead of waiting: the application's
     * start, whose demo data commits here, must never wait for a poll that waits for the start.
     */
    public int catchUp() {
        try {
            if (!updating.tryLock(WAIT_FOR_FEED.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.fine("Search feed busy: the next poll applies the change");
                return 0;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        try {
            return applyFeed();
        } finally {
            updating.unlock();
        }
    }

    /** How long a committed change waits for a poll in progress before leaving itself to the next one. */
    static final Duration WAIT_FOR_FEED = Duration.ofSeconds(2);

    /** Applies the feed; the caller holds {@code updating}. */
    private int applyFeed() {
        Instant now = clock.instant();
        List<SearchChange> changes = em.createQuery(
                        "SELECT c FROM SearchChange c WHERE c.id > :seen OR c.changedAt >= :since ORDER BY c.id",
                        SearchChange.class)
                .setParameter("seen", seenUpTo)
                .setParameter("since", now.minus(LOOK_BACK))
                .getResultList();
        boolean everyWorker = false;
        boolean names = false;
        boolean synonyms = false;
        Set<Long> changedWorkers = new LinkedHashSet<>();
        int count = 0;
        for (SearchChange change : changes) {
            if (applied.containsKey(change.getId())) {
                continue;
            }
            applied.put(change.getId(), now);
            seenUpTo = Math.max(seenUpTo, change.getId());
            count++;
            switch (change.getSubject()) {
                case WORKER -> changedWorkers.add(Long.valueOf(change.getRef()));
                case WORKERS -> everyWorker = true;
                case CATALOG, COMUNI -> names = true;
                case SYNONYMS -> synonyms = true;
            }
        }
        if (synonyms) {
            reloadSynonyms();
        }
        if (everyWorker) {
            reloadAll();
        } else {
            if (names) {
                vocabulary = loadVocabulary();
                Map<Long, Double> rated = ratings.all();
                double prior = ratings.prior();
                engine.replaceAll(() -> sheets.values().stream()
                        .map(sheet -> vocabulary.entry(sheet, rated.getOrDefault(sheet.id(), prior)))
                        .iterator());
            }
            changedWorkers.forEach(this::reload);
        }
        applied.values().removeIf(at -> at.isBefore(now.minus(LOOK_BACK.multipliedBy(2))));
        if (lastPrune.isBefore(now.minus(Duration.ofHours(1)))) {
            lastPrune = now;
            feed.prune(now.minus(KEEP_FEED));
        }
        return count;
    }

    /** How many public profiles this node's index holds. */
    public int size() {
        return engine.size();
    }

    /** Searches this node's index (for {@link Search}). */
    public SearchEngine.Result search(SearchEngine.Request request) {
        return engine.search(request);
    }

    /** The sheet of an indexed worker, or null. */
    public WorkerSheet sheet(long id) {
        return sheets.get(id);
    }

    /** The names the index was built with. */
    /** A suggester of services over this node's catalog and synonyms. */
    public ServiceSuggester suggester() {
        return new ServiceSuggester(italian, synonyms, vocabulary().services());
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Rules as they would be applied: for the operators' page, to try a rule before saving it. */
    public Synonyms parse(List<Synonyms.Definition> definitions) {
        return Synonyms.of(italian, definitions);
    }

    private void reload(long workerId) {
        directory
                .sheet(workerId)
                .ifPresentOrElse(
                        sheet -> {
                            sheets.put(sheet.id(), sheet);
                            engine.put(vocabulary.entry(sheet, ratings.of(sheet.id())));
                        },
                        () -> {
                            sheets.remove(workerId);
                            engine.remove(workerId);
                        });
    }

    private void reloadAll() {
        long started = System.nanoTime();
        vocabulary = loadVocabulary();
        Map<Long, WorkerSheet> fresh = new LinkedHashMap<>();
        long after = 0;
        while (true) {
            List<WorkerSheet> batch = directory.sheets(after, BATCH);
            batch.forEach(sheet -> fresh.put(sheet.id(), sheet));
            if (batch.size() < BATCH) {
                break;
            }
            after = batch.get(batch.size() - 1).id();
        }
        Vocabulary words = vocabulary;
        Map<Long, Double> rated = ratings.all();
        double prior = ratings.prior();
        engine.replaceAll(() -> fresh.values().stream()
                .map(sheet -> words.entry(sheet, rated.getOrDefault(sheet.id(), prior)))
                .iterator());
        sheets.keySet().retainAll(fresh.keySet());
        sheets.putAll(fresh);
        LOG.info(() -> "Search index built: " + fresh.size() + " public profiles in "
                + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
    }

    private void reloadSynonyms() {
        List<Synonyms.Definition> definitions = new ArrayList<>();
        em.createQuery("SELECT s FROM Synonym s ORDER BY s.id", Synonym.class)
                .getResultList()
                .forEach(s -> definitions.add(new Synonyms.Definition(s.getWords(), s.getMeaning())));
        synonyms = Synonyms.of(italian, definitions);
        engine.useSynonyms(synonyms);
    }

    private Vocabulary loadVocabulary() {
        List<CategoryNode> italianTree = catalog.tree("it");
        List<CategoryNode> englishTree = catalog.tree("en");
        Map<String, ComuneSummary> directory = comuni.directory();
        return new Vocabulary(italianTree, englishTree, directory);
    }
}
