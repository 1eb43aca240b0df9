package it.wecare.factotum.it;

import static org.assertj.core.api.Assertions.assertThat;

import it.wecare.factotum.platform.boundary.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs inside the server: the persistence stack is EclipseLink over the migrated datasource. */
@ExtendWith(ArquillianExtension.class)
class PersistenceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PersistenceIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/FactotumDS")
    DataSource dataSource;

    @Inject
    SchemaMigrations migrations;

    @Test
    void persistenceProviderIsEclipseLink() throws Exception {
        EntityManagerFactory factory =
                (EntityManagerFactory) new InitialContext().lookup("java:jboss/factotum/EntityManagerFactory");
        EntityManager em = factory.createEntityManager();
        try {
            Object delegate = em.getDelegate();
            assertThat(delegate.getClass().getName()).startsWith("org.eclipse.persistence.");
            Class<?> eclipseLink = Class.forName(
                    "org.eclipse.persistence.jpa.JpaEntityManager",
                    false,
                    delegate.getClass().getClassLoader());
            assertThat(em.unwrap(eclipseLink)).isInstanceOf(eclipseLink);
            assertThat(factory.getProperties().keySet()).anyMatch(k -> k.startsWith("eclipselink."));
        } finally {
            em.close();
        }
    }

    @Test
    void flywayHistoryTableListsTheMigrations() throws Exception {
        List<String> versions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            String q = connection.getMetaData().getIdentifierQuoteString().trim();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT " + q + "version" + q + " FROM " + q
                            + "flyway_schema_history" + q + " WHERE " + q + "success" + q + " = TRUE ORDER BY "
                            + q + "installed_rank" + q)) {
                while (rows.next()) {
                    versions.add(rows.getString(1));
                }
            }
        }
        assertThat(versions).contains("1");
        assertThat(migrations.currentVersion()).isEqualTo(versions.get(versions.size() - 1));
        assertThat(migrations.appliedMigrations()).anyMatch(m -> m.startsWith("1 "));
    }

    @Test
    void aWriteAndAReadRoundTripOnTheDatasource() throws Exception {
        UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:jboss/UserTransaction");
        EntityManager em = ((EntityManagerFactory)
                        new InitialContext().lookup("java:jboss/factotum/EntityManagerFactory"))
                .createEntityManager();
        String marker = "round-trip-" + UUID.randomUUID();
        tx.begin();
        em.joinTransaction();
        em.createNativeQuery(
                        "INSERT INTO audit_entry (occurred_at, actor, action_name, record_type, record_id, detail) "
                                + "VALUES (CURRENT_TIMESTAMP, 'test', 'ROUND_TRIP', 'Test', NULL, ?)")
                .setParameter(1, marker)
                .executeUpdate();
        tx.commit();
        em.close();

        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("SELECT action_name FROM audit_entry WHERE detail = ?")) {
            select.setString(1, marker);
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("ROUND_TRIP");
            }
        }
    }
}
