package it.wecare.factotum.platform.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Brings the schema up to date with the Flyway migrations in {@code db/migration} before anything else
 * starts: every other startup bean and timer depends on this one. It manages its own transactions, since
 * Flyway commits each migration itself and a container-managed JTA connection would refuse that.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/FactotumDS")
    DataSource dataSource;

    private Flyway flyway;
    private volatile String version;

    @PostConstruct
    void migrate() {
        flyway = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("flyway_schema_history")
                .validateMigrationNaming(true)
                .load();
        var result = flyway.migrate();
        version = versionNow();
        LOG.info(() -> "Schema migrations: " + result.migrationsExecuted + " applied now, schema at version "
                + currentVersion());
    }

    /**
     * The newest applied migration, e.g. {@code 1}, as of this node's start: Flyway reads and checksums
     * every migration file to tell, far too slow for each health check.
     */
    public String currentVersion() {
        return version;
    }

    private String versionNow() {
        MigrationInfo current = flyway.info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    /** The descriptions of the applied migrations, oldest first. */
    public List<String> appliedMigrations() {
        return Arrays.stream(flyway.info().applied())
                .filter(m -> m.getState() == MigrationState.SUCCESS)
                .map(m -> m.getVersion() + " " + m.getDescription())
                .toList();
    }
}
