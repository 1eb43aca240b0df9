package it.wecare.factotum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            assertTrue(delegate.getClass().getName().startsWith("org.eclipse.persistence."));
            Class<?> eclipseLink = Class.forName(
                    "org.eclipse.persistence.jpa.JpaEntityManager",
                    false,
                    delegate.getClass().getClassLoader());
            assertTrue(eclipseLink.isInstance(em.unwrap(eclipseLink)));
            assertTrue(factory.getProperties().keySet().stream().anyMatch(k -> k.startsWith("eclipselink.")));
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
        assertTrue(versions.contains("1"), versions.toString());
        assertEquals(versions.get(versions.size() - 1), migrations.currentVersion());
        assertTrue(migrations.appliedMigrations().stream().anyMatch(m -> m.startsWith("1 ")));
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
                assertTrue(rows.next());
                assertEquals("ROUND_TRIP", rows.getString(1));
            }
        }
    }
}
