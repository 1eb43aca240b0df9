package it.wecare.factotum.search.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import it.wecare.factotum.api.catalog.CategoryNode;
import it.wecare.factotum.api.platform.ComuneSummary;
import it.wecare.factotum.api.workers.SkillLevel;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.search.control.ItalianText;
import it.wecare.factotum.search.control.SearchEngine;
import it.wecare.factotum.search.control.Synonyms;
import it.wecare.factotum.workers.boundary.WorkerSheet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The search query table (search-queries.csv) against the corpus (search-corpus.csv), with the real
 * catalog and synonyms of the migrations: the same table runs through REST on H2 and MySQL in
 * SearchQueryTableIT.
 */
class SearchQueryTableTest {

    private static final Pattern CATEGORY =
            Pattern.compile("VALUES \\(NULL, '([^']+)', '((?:[^']|'')+)', '((?:[^']|'')+)'");
    private static final Pattern SUBCATEGORY =
            Pattern.compile("SELECT id, '([^']+)', '((?:[^']|'')+)', '((?:[^']|'')+)'.*WHERE code = '([^']+)'");
    private static final Pattern SYNONYM = Pattern.compile("\\('((?:[^']|'')+)', '((?:[^']|'')+)', CURRENT_TIMESTAMP");

    private static SearchEngine engine;
    private static Vocabulary vocabulary;
    private static ItalianText italian;
    private static final Map<Long, String> KEYS = new HashMap<>();

    @BeforeAll
    static void index() throws IOException {
        italian = ItalianText.standard();
        vocabulary = new Vocabulary(catalog("it"), catalog("en"), comuni());
        engine = new SearchEngine(italian);
        engine.useSynonyms(Synonyms.of(italian, synonyms()));
        List<SearchEngine.Entry> entries = new ArrayList<>();
        long id = 1;
        for (String[] row : rows("/search/search-corpus.csv")) {
            KEYS.put(id, row[0]);
            Map<String, SkillLevel> skills = new LinkedHashMap<>();
            Arrays.stream(row[2].split(",")).forEach(code -> skills.put(code, SkillLevel.GOOD));
            entries.add(vocabulary.entry(
                    new WorkerSheet(
                            id,
                            "Tabella " + row[0],
                            "tabella " + row[0],
                            WorkerKind.valueOf(row[1]),
                            row[5],
                            null,
                            skills,
                            list(row[3]),
                            list(row[4]),
                            List.of("it"),
                            null,
                            null),
                    4.0));
            id++;
        }
        engine.replaceAll(entries);
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    static Stream<String[]> queries() throws IOException {
        return rows("/search/search-queries.csv").stream();
    }

    @ParameterizedTest(name = "\"{0}\" [{1}] finds {2}, not {3}")
    @MethodSource("queries")
    void queryFindsWhatItMustAndNothingItMustNot(String query, String filters, String mustFind, String mustNot) {
        Map<String, String> facetFilters = new HashMap<>();
        List<String> serves = new ArrayList<>();
        for (String filter : list(filters.replace(';', ','))) {
            String[] pair = filter.split("=");
            switch (pair[0]) {
                case "service" ->
                    facetFilters.put(
                            vocabulary.isCategory(pair[1]) ? SearchEngine.CATEGORY : SearchEngine.SUBCATEGORY, pair[1]);
                case "kind" -> facetFilters.put(SearchEngine.KIND, pair[1]);
                case "province" -> facetFilters.put(SearchEngine.PROVINCE, pair[1]);
                case "comune" -> serves.addAll(List.of(pair[1], "P:" + vocabulary.provinceOf(pair[1])));
                default -> throw new IllegalArgumentException(filter);
            }
        }
        List<String> found =
                engine.search(new SearchEngine.Request(query, facetFilters, serves, 0, 100, false)).ids().stream()
                        .map(KEYS::get)
                        .toList();
        assertThat(found).containsAll(list(mustFind));
        assertThat(found).doesNotContainAnyElementsOf(list(mustNot));
    }

    @Test
    void exactWordsRankAboveTheirFamilyAndTypos() {
        // "imbiancatura" is the operators' synonym of "tinteggiatura" (V14); "vernicio" is written as such only in
        // the bio of the gates painter (whose service is in the Tinteggiature category): only he matches both
        List<String> both = engine
                .search(new SearchEngine.Request("imbiancatura vernicio", Map.of(), List.of(), 0, 10, false))
                .ids()
                .stream()
                .map(KEYS::get)
                .toList();
        assertThat(both).containsExactly("gates");
        List<String> ranked =
                engine
                        .search(new SearchEngine.Request("tinteggiature", Map.of(), List.of(), 0, 10, false))
                        .ids()
                        .stream()
                        .map(KEYS::get)
                        .toList();
        // both painters' category is "Tinteggiature"; the one whose service names also say "tinteggiatura" twice
        // (interni, esterni) ranks first
        assertThat(ranked).containsExactly("painter", "gates");
    }

    @Test
    void facetsCountEachDimensionAsIfItsOwnFilterWereNotSet() {
        SearchEngine.Result all = engine.search(new SearchEngine.Request("", Map.of(), List.of(), 0, 10, true));
        assertThat(all.total()).isEqualTo(6);
        assertThat(all.facets().get(SearchEngine.KIND))
                .containsEntry("FACTOTUM", 3)
                .containsEntry("ARTISAN", 2)
                .containsEntry("VOLUNTEER", 1);
        SearchEngine.Result artisans = engine.search(
                new SearchEngine.Request("", Map.of(SearchEngine.KIND, "ARTISAN"), List.of(), 0, 10, true));
        assertThat(artisans.total()).isEqualTo(2);
        assertThat(artisans.ids()).extracting(KEYS::get).containsExactly("gardener", "painter");
        // the other kinds stay reachable, with their counts
        assertThat(artisans.facets().get(SearchEngine.KIND)).containsEntry("FACTOTUM", 3);
        // the other dimensions count the artisans only
        assertThat(artisans.facets().get(SearchEngine.PROVINCE))
                .containsEntry("TO", 1)
                .containsEntry("CN", 1)
                .doesNotContainKey("AT");
        assertThat(artisans.facets().get(SearchEngine.CATEGORY))
                .containsEntry("tinteggiature", 1)
                .containsEntry("giardinaggio", 1)
                .hasSize(2);
    }

    @Test
    void pagesComeInOrderWithoutRepeats() {
        List<Long> seen = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            SearchEngine.Result result =
                    engine.search(new SearchEngine.Request("", Map.of(), List.of(), page * 2, 2, false));
            assertThat(result.total()).isEqualTo(6);
            assertThat(result.ids()).hasSize(2);
            seen.addAll(result.ids());
        }
        assertThat(seen).doesNotHaveDuplicates().hasSize(6);
        assertThat(seen).extracting(KEYS::get).startsWith("cleaner", "clearer");
    }

    @Test
    void aWorkerChangeIsSearchableAtOnceAndARemovalGoneAtOnce() {
        SearchEngine.Entry extra = vocabulary.entry(
                new WorkerSheet(
                        99,
                        "Nuovo",
                        "nuovo",
                        WorkerKind.VOLUNTEER,
                        "Accompagno alle visite",
                        null,
                        Map.of("accompagnamento-visite", SkillLevel.BASIC),
                        List.of("001272"),
                        List.of(),
                        List.of("it"),
                        null,
                        null),
                4.0);
        engine.put(extra);
        assertThat(engine.search(new SearchEngine.Request("accompagnamento", Map.of(), List.of(), 0, 10, false))
                        .ids())
                .containsExactly(99L);
        engine.remove(99);
        assertThat(engine.search(new SearchEngine.Request("accompagnamento", Map.of(), List.of(), 0, 10, false))
                        .ids())
                .isEmpty();
        assertThat(engine.size()).isEqualTo(6);
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank()
                ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::trim).toList();
    }

    static List<String[]> rows(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : read(resource).split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                rows.add(line.split("\\|", -1));
            }
        }
        return rows;
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = SearchQueryTableTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** What a client writes in the request form, and a service the form suggests ("-" for none). */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "devo imbiancare la cucina | tinteggiatura-interni",
                "tinteggiare le pareti del soggiorno | tinteggiatura-interni",
                "svuotare la cantina prima del trasloco | sgombero-cantine",
                "potare la siepe e due alberi | potatura",
                "mi serve un idraulico, perde il rubinetto | piccola-idraulica",
                "montare un armadio | montaggio-mobili",
                "tagliare il prato | sfalcio-erba",
                "fare la spesa per mia madre | spesa-commissioni",
                "pulire i vetri delle finestre | pulizia-vetri",
                "verniciare il cancello | verniciatura-ringhiere-cancelli",
                "vorrei qualcosa | -",
            })
    void theRequestFormSuggestsTheServiceTheClientsWordsPointTo(String text, String expected) throws IOException {
        var suggester = new it.wecare.factotum.search.control.ServiceSuggester(
                italian, Synonyms.of(italian, synonyms()), vocabulary.services());
        List<String> suggested = suggester.suggest(text, 3);
        if (expected.equals("-")) {
            assertThat(suggested).isEmpty();
        } else {
            assertThat(suggested).contains(expected);
        }
    }

    private static List<CategoryNode> catalog(String language) throws IOException {
        String sql = read("/db/migration/V3__catalog.sql");
        Map<String, String> categoryNames = new LinkedHashMap<>();
        Matcher categories = CATEGORY.matcher(sql);
        while (categories.find()) {
            categoryNames.put(categories.group(1), name(categories, language));
        }
        Map<String, List<CategoryNode>> children = new LinkedHashMap<>();
        Matcher subcategories = SUBCATEGORY.matcher(sql);
        while (subcategories.find()) {
            children.computeIfAbsent(subcategories.group(4), k -> new ArrayList<>())
                    .add(new CategoryNode(subcategories.group(1), name(subcategories, language), null, null, null));
        }
        List<CategoryNode> tree = new ArrayList<>();
        categoryNames.forEach((code, name) ->
                tree.add(new CategoryNode(code, name, null, null, children.getOrDefault(code, List.of()))));
        return tree;
    }

    private static String name(Matcher m, String language) {
        return m.group("it".equals(language) ? 2 : 3).replace("''", "'");
    }

    private static List<Synonyms.Definition> synonyms() throws IOException {
        List<Synonyms.Definition> definitions = new ArrayList<>();
        Matcher m =
                SYNONYM.matcher(read("/db/migration/V7__search.sql") + read("/db/migration/V14__more_synonyms.sql"));
        while (m.find()) {
            definitions.add(new Synonyms.Definition(m.group(1), m.group(2)));
        }
        assertThat(definitions).hasSizeGreaterThan(10);
        return definitions;
    }

    private static Map<String, ComuneSummary> comuni() {
        Map<String, ComuneSummary> comuni = new HashMap<>();
        for (String[] c : new String[][] {
            {"001272", "Torino", "TO", "Torino"},
            {"001156", "Moncalieri", "TO", "Torino"},
            {"004078", "Cuneo", "CN", "Cuneo"},
            {"004003", "Alba", "CN", "Cuneo"},
            {"005005", "Asti", "AT", "Asti"}
        }) {
            comuni.put(c[0], new ComuneSummary(c[0], c[1], c[2], c[3], "Piemonte", List.of(), null, null, true, 1));
        }
        return comuni;
    }

    @Test
    void betweenEquallyRelevantWorkersAndWhenBrowsingTheBestRatedComeFirst() {
        for (long id = 97; id <= 98; id++) {
            engine.put(vocabulary.entry(
                    new WorkerSheet(
                            id,
                            id == 97 ? "Anna" : "Zeno",
                            id == 97 ? "anna" : "zeno",
                            WorkerKind.VOLUNTEER,
                            "Accompagno alle visite",
                            null,
                            Map.of("accompagnamento-visite", SkillLevel.BASIC),
                            List.of("001272"),
                            List.of(),
                            List.of("it"),
                            null,
                            null),
                    id == 97 ? 3.9 : 4.6));
        }
        try {
            assertThat(engine.search(new SearchEngine.Request("accompagnamento", Map.of(), List.of(), 0, 10, false))
                            .ids())
                    .containsExactly(98L, 97L);
            assertThat(engine.search(new SearchEngine.Request(
                                    null, Map.of("subcategory", "accompagnamento-visite"), List.of(), 0, 10, false))
                            .ids())
                    .containsExactly(98L, 97L);
        } finally {
            engine.remove(97);
            engine.remove(98);
        }
    }
}
