package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.api.platform.Health;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Whether the service can do its work: the database answers and the schema is migrated. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthCheck {

    private static final Logger LOG = Logger.getLogger(HealthCheck.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    SchemaMigrations migrations;

    @PermitAll
    public Health check() {
        String database;
        try {
            em.createNativeQuery("SELECT 1").getSingleResult();
            database = "UP";
        } catch (PersistenceException e) {
            LOG.log(Level.WARNING, "Health check: the database does not answer", e);
            database = "DOWN";
        }
        return new Health("UP".equals(database) ? "UP" : "DOWN", database, migrations.currentVersion());
    }
}
