package it.wecare.factotum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.wecare.factotum.api.workers.SkillLevel;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.catalog.boundary.CategoryChange;
import it.wecare.factotum.catalog.boundary.CategoryRow;
import it.wecare.factotum.search.boundary.SearchSynonyms;
import it.wecare.factotum.search.boundary.SynonymForm;
import it.wecare.factotum.workers.boundary.WorkerForm;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search through the public REST API, on H2 and MySQL: the query table of the unit tests
 * (search-queries.csv) against the same corpus created as real workers, and the index following every
 * change — at once on this node, and within seconds when the change comes from another node through the
 * shared feed.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIT {

    private static final String WEB_MODULE = "factotum-web.war";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String BASE_URL = "http://localhost:8080";
    private static final Map<String, Long> CORPUS = new LinkedHashMap<>();

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.earWithTests(SearchIT.class, AsAdministrator.class);
        WebArchive web = ear.getAsType(WebArchive.class, WEB_MODULE);
        web.addAsResource("search/search-corpus.csv").addAsResource("search/search-queries.csv");
        ear.delete(WEB_MODULE);
        ear.addAsModule(web);
        return ear;
    }

    @Inject
    Workers workers;

    @Inject
    SearchSynonyms synonyms;

    @Inject
    Catalog catalog;

    @Inject
    AsAdministrator admin;

    @Test
    void theQueryTableHoldsThroughRest() throws Exception {
        Map<String, Long> corpus = corpus();
        List<String> failures = new ArrayList<>();
        for (String[] row : rows("/search/search-queries.csv")) {
            Map<String, String> parameters = new LinkedHashMap<>();
            parameters.put("q", row[0]);
            for (String filter : list(row[1].replace(';', ','))) {
                String[] pair = filter.split("=");
                if (pair[0].equals("province")) {
                    continue; // the API has no province filter; the page has (unit and browser tests)
                }
                parameters.put(pair[0].equals("service") ? "category" : pair[0], pair[1]);
            }
            if (row[1].contains("province=")) {
                continue;
            }
            Set<Long> found = allIds(parameters);
            for (String key : list(row[2])) {
                if (!found.contains(corpus.get(key))) {
                    failures.add("\"" + row[0] + "\" [" + row[1] + "] must find " + key);
                }
            }
            for (String key : list(row[3])) {
                if (found.contains(corpus.get(key))) {
                    failures.add("\"" + row[0] + "\" [" + row[1] + "] must not find " + key);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void aWorkerChangeIsSearchableAtOnceAndALostConsentHidesHimAtOnce() throws Exception {
        String word = "zanzariere"
                + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 5);
        WorkerForm form =
                form(WorkerKind.FACTOTUM, "Adesso", "Monto " + word + " su misura.", "riparazioni-varie", true);
        long id = admin.call(() -> workers.save(form));
        assertEquals(Set.of(id), allIds(Map.of("q", word)));

        WorkerForm saved = admin.call(() -> workers.form(id));
        admin.call(() -> workers.save(withConsent(saved, false)));
        assertEquals(Set.of(), allIds(Map.of("q", word)));
    }

    @Test
    void aSynonymAddedByAnOperatorAppliesAtOnceAndGoesWhenDeleted() throws Exception {
        Map<String, Long> corpus = corpus();
        String word = "giardinauta"
                + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 4);
        assertFalse(allIds(Map.of("q", word)).contains(corpus.get("gardener")));
        SynonymForm rule = admin.call(() -> synonyms.save(new SynonymForm(null, word, "potatura", null, 0)));
        assertTrue(allIds(Map.of("q", word)).contains(corpus.get("gardener")));
        admin.run(() -> synonyms.delete(rule.id()));
        assertFalse(allIds(Map.of("q", word)).contains(corpus.get("gardener")));
    }

    @Test
    void aRenamedServiceIsFoundByItsNewNameAtOnce() throws Exception {
        Map<String, Long> corpus = corpus();
        CategoryRow pruning = admin.call(() -> catalog.rows()).stream()
                .filter(r -> r.code().equals("potatura"))
                .findFirst()
                .orElseThrow();
        admin.call(() -> catalog.update(
                "potatura",
                new CategoryChange(
                        pruning.nameIt() + " e arboricoltura",
                        pruning.nameEn(),
                        pruning.descriptionIt(),
                        pruning.descriptionEn(),
                        pruning.icon(),
                        pruning.version())));
        try {
            assertTrue(allIds(Map.of("q", "arboricoltura")).contains(corpus.get("gardener")));
        } finally {
            CategoryRow renamed = admin.call(() -> catalog.rows()).stream()
                    .filter(r -> r.code().equals("potatura"))
                    .findFirst()
                    .orElseThrow();
            admin.call(() -> catalog.update(
                    "potatura",
                    new CategoryChange(
                            pruning.nameIt(),
                            pruning.nameEn(),
                            pruning.descriptionIt(),
                            pruning.descriptionEn(),
                            pruning.icon(),
                            renamed.version())));
        }
        assertFalse(allIds(Map.of("q", "arboricoltura")).contains(corpus.get("gardener")));
    }

    @Test
    void aChangeMadeByAnotherNodeArrivesThroughTheFeedWithinFiveSeconds() throws Exception {
        String word = "lampadari"
                + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 5);
        long id = admin.call(
                () -> workers.save(form(WorkerKind.VOLUNTEER, "Altrove", "Aiuto in casa.", "riparazioni-varie", true)));
        // another node sharing the database changes the worker and writes the feed, as SearchFeed does there
        DataSource dataSource = (DataSource) new InitialContext().lookup("java:jboss/datasources/FactotumDS");
        try (Connection db = dataSource.getConnection()) {
            try (PreparedStatement update = db.prepareStatement("UPDATE worker SET bio_it = ? WHERE id = ?")) {
                update.setString(1, "Cambio " + word + " e tende.");
                update.setLong(2, id);
                assertEquals(1, update.executeUpdate());
            }
            try (PreparedStatement feed = db.prepareStatement(
                    "INSERT INTO search_change (subject, ref, changed_at) VALUES ('WORKER', ?, ?)")) {
                feed.setString(1, Long.toString(id));
                feed.setObject(2, LocalDateTime.now(ZoneOffset.UTC));
                feed.executeUpdate();
            }
        }
        long started = System.nanoTime();
        Set<Long> found = Set.of();
        while (found.isEmpty() && System.nanoTime() - started < 5_000_000_000L) {
            Thread.sleep(100);
            found = allIds(Map.of("q", word));
        }
        assertEquals(Set.of(id), found, "the other node's change must be searchable within 5 s");
    }

    private synchronized Map<String, Long> corpus() throws Exception {
        if (CORPUS.isEmpty()) {
            for (String[] row : rows("/search/search-corpus.csv")) {
                WorkerForm form = new WorkerForm(
                        null,
                        WorkerKind.valueOf(row[1]),
                        "Riga",
                        "Tabella " + row[0],
                        false,
                        null,
                        null,
                        row[5],
                        null,
                        List.of("it"),
                        false,
                        false,
                        null,
                        null,
                        null,
                        list(row[3]),
                        list(row[4]),
                        skills(row[2]),
                        true,
                        null,
                        null,
                        null,
                        null,
                        null,
                        true,
                        0);
                CORPUS.put(row[0], admin.call(() -> workers.save(form)));
            }
        }
        return CORPUS;
    }

    private static WorkerForm form(WorkerKind kind, String lastName, String bio, String skill, boolean consent) {
        return new WorkerForm(
                null,
                kind,
                "Prova",
                lastName,
                false,
                null,
                null,
                bio,
                null,
                List.of("it"),
                false,
                false,
                null,
                null,
                null,
                List.of("001272"),
                List.of(),
                Map.of(skill, SkillLevel.GOOD),
                consent,
                null,
                null,
                null,
                null,
                null,
                true,
                0);
    }

    private static WorkerForm withConsent(WorkerForm f, boolean consent) {
        return new WorkerForm(
                f.id(),
                f.kind(),
                f.firstName(),
                f.lastName(),
                f.pseudonym(),
                f.email(),
                f.phone(),
                f.bioIt(),
                f.bioEn(),
                f.languages(),
                f.drivingLicence(),
                f.vehicle(),
                f.hourlyRate(),
                f.organisationCode(),
                f.homeComune(),
                f.comuni(),
                f.provinces(),
                f.skills(),
                consent,
                f.publicConsentAt(),
                f.trainingFrom(),
                f.trainingTo(),
                f.tutorId(),
                null,
                f.active(),
                f.version());
    }

    /** Every id the API answers for these parameters, page after page. */
    private static Set<Long> allIds(Map<String, String> parameters) throws Exception {
        Set<Long> ids = new HashSet<>();
        for (int page = 0; page < 20; page++) {
            StringBuilder url = new StringBuilder(BASE_URL + "/api/v1/workers?size=100&page=" + page);
            for (Map.Entry<String, String> p : parameters.entrySet()) {
                if (p.getValue() != null && !p.getValue().isEmpty()) {
                    url.append('&')
                            .append(p.getKey())
                            .append('=')
                            .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
                }
            }
            HttpResponse<String> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url.toString())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), url + " → " + response.body());
            JsonObject body;
            try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                body = reader.readObject();
            }
            body.getJsonArray("items")
                    .forEach(item ->
                            ids.add(item.asJsonObject().getJsonNumber("id").longValue()));
            if ((long) (page + 1) * 100 >= body.getJsonNumber("total").longValue()) {
                break;
            }
        }
        return ids;
    }

    private static Map<String, SkillLevel> skills(String codes) {
        Map<String, SkillLevel> skills = new LinkedHashMap<>();
        list(codes).forEach(code -> skills.put(code, SkillLevel.GOOD));
        return skills;
    }

    private static List<String> list(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isBlank()
                ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::trim).toList();
    }

    private static List<String[]> rows(String resource) throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = SearchIT.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\\|", -1));
                }
            }
        }
        return rows;
    }
}
