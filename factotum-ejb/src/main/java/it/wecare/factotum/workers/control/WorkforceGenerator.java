package it.wecare.factotum.workers.control;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;

/**
 * Loads N generated workers (up to 100,000) into a chosen database, for benchmarks: the same people for the
 * same seed, spread over every comune of Piedmont, with the skills, kinds, rates and areas of the demo
 * workforce. The schema is brought up to date first (the Flyway migrations of the application), and a
 * change is written to the search feed so that running servers rebuild their index within a second.
 *
 * <pre>
 * ./mvnw -q -pl factotum-ejb -am test-compile exec:java -Dexec.args="--url jdbc:mysql://127.0.0.1:3306/factotum_bench --user factotum --password secret --count 100000"
 * </pre>
 */
public final class WorkforceGenerator {

    public static final int MAX_WORKERS = 100_000;
    private static final int BATCH = 1000;

    private WorkforceGenerator() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = options.get("url");
        if (url == null) {
            System.err.println("Usage: --url JDBC_URL [--user USER] [--password PASSWORD] [--count N (max "
                    + MAX_WORKERS + ", default 100000)] [--seed SEED]");
            System.exit(2);
        }
        int count = Integer.parseInt(options.getOrDefault("count", Integer.toString(MAX_WORKERS)));
        if (count < 1 || count > MAX_WORKERS) {
            System.err.println("--count must be between 1 and " + MAX_WORKERS);
            System.exit(2);
        }
        long seed = Long.parseLong(options.getOrDefault("seed", "20261126"));
        String user = options.getOrDefault("user", "");
        String password = options.getOrDefault("password", "");
        long started = System.nanoTime();
        Flyway.configure(WorkforceGenerator.class.getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            int written = generate(db, count, seed);
            System.out.printf(
                    "%d workers written in %d s; running servers rebuild their search index from the feed.%n",
                    written, Duration.ofNanos(System.nanoTime() - started).toSeconds());
        }
    }

    /** Writes {@code count} workers; returns how many. */
    public static int generate(Connection db, int count, long seed) throws SQLException {
        db.setAutoCommit(false);
        List<String> comuni = new ArrayList<>();
        List<String> provinces = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT istat_code, province_code FROM comune"
                        + " WHERE region_name = 'Piemonte' AND active = TRUE ORDER BY istat_code")) {
            while (rs.next()) {
                comuni.add(rs.getString(1));
                provinces.add(rs.getString(2));
            }
        }
        List<String> services = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT s.code FROM catalog_category s JOIN catalog_category c"
                        + " ON s.parent_id = c.id WHERE s.active = TRUE AND c.active = TRUE"
                        + " ORDER BY c.sort_order, s.sort_order")) {
            while (rs.next()) {
                services.add(rs.getString(1));
            }
        }
        Set<String> organisations = new HashSet<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT code FROM partner_organisation")) {
            while (rs.next()) {
                organisations.add(rs.getString(1));
            }
        }
        if (comuni.isEmpty() || services.isEmpty()) {
            throw new IllegalStateException("No comuni of Piedmont or no services: is the schema complete?");
        }
        long nextId;
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM worker")) {
            rs.next();
            nextId = rs.getLong(1) + 1;
        }
        Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
        List<DemoWorkforce.Person> people = DemoWorkforce.generate(seed, count, comuni.size(), services);
        try (PreparedStatement worker = db.prepareStatement("INSERT INTO worker (id, kind, first_name, last_name,"
                        + " pseudonym, bio_it, bio_en, languages, driving_licence, has_vehicle, hourly_rate,"
                        + " organisation_code, home_comune, public_consent_at, active, created_at, row_version)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE, ?, 1)");
                PreparedStatement skill = db.prepareStatement(
                        "INSERT INTO worker_skill (worker_id, subcategory_code, skill_level) VALUES (?, ?, ?)");
                PreparedStatement area = db.prepareStatement(
                        "INSERT INTO worker_area (worker_id, area_type, area_code) VALUES (?, ?, ?)");
                PreparedStatement reach = db.prepareStatement("INSERT INTO worker_reach (worker_id,"
                        + " subcategory_code, skill_level, area_type, area_code) VALUES (?, ?, ?, ?, ?)")) {
            int inBatch = 0;
            for (DemoWorkforce.Person p : people) {
                long id = nextId++;
                String home = comuni.get(p.homeComune());
                worker.setLong(1, id);
                worker.setString(2, p.kind().name());
                worker.setString(3, p.firstName());
                worker.setString(4, p.lastName());
                worker.setBoolean(5, p.pseudonym());
                worker.setString(6, p.bioIt());
                worker.setString(7, p.bioEn());
                worker.setString(8, String.join(",", p.languages()));
                worker.setBoolean(9, p.drivingLicence());
                worker.setBoolean(10, p.vehicle());
                worker.setBigDecimal(11, p.hourlyRate());
                if (organisations.contains(p.organisation())) {
                    worker.setString(12, p.organisation());
                } else {
                    worker.setNull(12, Types.VARCHAR);
                }
                worker.setString(13, home);
                if (p.consent()) {
                    worker.setTimestamp(14, now);
                } else {
                    worker.setNull(14, Types.TIMESTAMP);
                }
                worker.setTimestamp(15, now);
                worker.addBatch();
                for (var s : p.skills().entrySet()) {
                    skill.setLong(1, id);
                    skill.setString(2, s.getKey());
                    skill.setString(3, s.getValue().name());
                    skill.addBatch();
                }
                Set<String> served = new HashSet<>();
                served.add(home);
                p.otherComuni().forEach(i -> served.add(comuni.get(i)));
                for (String code : served) {
                    area.setLong(1, id);
                    area.setString(2, "COMUNE");
                    area.setString(3, code);
                    area.addBatch();
                }
                Map<String, String> areas = new LinkedHashMap<>();
                served.forEach(code -> areas.put(code, "COMUNE"));
                if (p.wholeProvince()) {
                    area.setLong(1, id);
                    area.setString(2, "PROVINCE");
                    area.setString(3, provinces.get(p.homeComune()));
                    area.addBatch();
                    areas.put(provinces.get(p.homeComune()), "PROVINCE");
                }
                // what the Worker entity keeps in step: each skill in each area (see workers.entity.Reach)
                for (var s : p.skills().entrySet()) {
                    for (var a : areas.entrySet()) {
                        reach.setLong(1, id);
                        reach.setString(2, s.getKey());
                        reach.setString(3, s.getValue().name());
                        reach.setString(4, a.getValue());
                        reach.setString(5, a.getKey());
                        reach.addBatch();
                    }
                }
                if (++inBatch == BATCH) {
                    flush(db, worker, skill, area, reach);
                    inBatch = 0;
                }
            }
            flush(db, worker, skill, area, reach);
        }
        if (db.getMetaData().getURL().startsWith("jdbc:h2:")) {
            try (Statement s = db.createStatement()) {
                s.execute("ALTER TABLE worker ALTER COLUMN id RESTART WITH " + nextId);
            }
        }
        try (PreparedStatement feed =
                db.prepareStatement("INSERT INTO search_change (subject, ref, changed_at) VALUES ('WORKERS', ?, ?)")) {
            feed.setString(1, Integer.toString(count));
            feed.setTimestamp(2, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC)));
            feed.executeUpdate();
        }
        db.commit();
        return people.size();
    }

    private static void flush(Connection db, PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
        db.commit();
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected an option, found " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
