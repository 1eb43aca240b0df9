package it.wecare.factotum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.wecare.factotum.notifications.boundary.EmailDraft;
import it.wecare.factotum.notifications.boundary.Outbox;
import it.wecare.factotum.notifications.boundary.OutboxStore;
import it.wecare.factotum.notifications.control.EmailKind;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the server: the outbox shares its cause's transaction, and racing senders claim each row once. */
@ExtendWith(ArquillianExtension.class)
class OutboxInContainerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(OutboxInContainerIT.class);
    }

    @Inject
    Outbox outbox;

    @Inject
    OutboxStore store;

    @Resource(lookup = "java:jboss/datasources/FactotumDS")
    DataSource dataSource;

    private static EmailDraft draft(String recipient) {
        return new EmailDraft(
                EmailKind.PASSWORD_RESET,
                recipient,
                "Test",
                "it",
                Map.of("actionUrl", "http://localhost:8080/x?token=y", "expiresAt", "domani"),
                "Test",
                1);
    }

    private UserTransaction tx() throws Exception {
        return (UserTransaction) new InitialContext().lookup("java:jboss/UserTransaction");
    }

    private int rowsFor(String recipient) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM outbox_email WHERE recipient = ?")) {
            s.setString(1, recipient);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    @Test
    void aRolledBackChangeLeavesNoEmailAndACommittedOneLeavesOne() throws Exception {
        String rolledBack = "rollback-" + UUID.randomUUID() + "@factotum.test";
        UserTransaction tx = tx();
        tx.begin();
        outbox.enqueue(draft(rolledBack));
        tx.rollback();
        assertEquals(0, rowsFor(rolledBack));

        String committed = "commit-" + UUID.randomUUID() + "@factotum.test";
        tx.begin();
        outbox.enqueue(draft(committed));
        tx.commit();
        assertEquals(1, rowsFor(committed));
    }

    @Test
    void twoSendersRacingOverTheSameRowsClaimEachRowOnce() throws Exception {
        Instant later = Instant.now().plusSeconds(3600);
        Set<Long> ids = new HashSet<>();
        UserTransaction tx = tx();
        tx.begin();
        for (int i = 0; i < 30; i++) {
            ids.add(outbox.enqueue(draft("race-" + i + "-" + UUID.randomUUID() + "@factotum.test")));
        }
        // due for the racers (who live an hour ahead), never for the server's own sender: set in the same
        // transaction, so that sender cannot take a row between the insert and this update
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("UPDATE outbox_email SET next_attempt_at = ? WHERE id = ?")) {
            for (long id : ids) {
                s.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(later.minusSeconds(60), ZoneOffset.UTC)));
                s.setLong(2, id);
                s.executeUpdate();
            }
        }
        tx.commit();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Long>>> racers = new ArrayList<>();
            for (String name : List.of("racer-a", "racer-b")) {
                Callable<List<Long>> racer = () -> {
                    List<Long> won = new ArrayList<>();
                    for (long id : store.due(later, 1000)) {
                        if (!ids.contains(id)) {
                            continue;
                        }
                        try {
                            if (store.claim(id, name, later, later.plusSeconds(600))) {
                                won.add(id);
                            }
                        } catch (RuntimeException lostTheRace) {
                            // H2 reports a concurrent update of the same row as an error: the row is not ours
                        }
                    }
                    return won;
                };
                racers.add(pool.submit(racer));
            }
            List<Long> a = racers.get(0).get();
            List<Long> b = racers.get(1).get();
            Set<Long> both = new HashSet<>(a);
            both.retainAll(b);
            assertTrue(both.isEmpty(), "rows claimed by both racers: " + both);
            Set<Long> all = new HashSet<>(a);
            all.addAll(b);
            assertEquals(ids, all, "every row claimed by exactly one racer");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aRestartedNodeFreesWhatItsEarlierSenderHeldAndLeavesOtherNodesClaims() throws Exception {
        Instant now = Instant.now();
        Instant later = now.plusSeconds(3600);
        UserTransaction tx = tx();
        tx.begin();
        long earlierLife = outbox.enqueue(draft("earlier-" + UUID.randomUUID() + "@factotum.test"));
        long otherNode = outbox.enqueue(draft("other-" + UUID.randomUUID() + "@factotum.test"));
        long current = outbox.enqueue(draft("current-" + UUID.randomUUID() + "@factotum.test"));
        tx.commit();
        // held with a long lease, as a sender that died mid-delivery leaves them (not due for the server's sender)
        assertTrue(store.claim(earlierLife, "restart-node-0a1b2c3d", later, later.plusSeconds(600)));
        assertTrue(store.claim(otherNode, "restart-nodeB-9f8e7d6c", later, later.plusSeconds(600)));
        assertTrue(store.claim(current, "restart-node-live", later, later.plusSeconds(600)));

        int freed = store.releaseEarlierClaims("restart-node-", "restart-node-live", now);

        assertEquals(1, freed);
        assertEquals("PENDING", status(earlierLife));
        assertEquals("SENDING", status(otherNode));
        assertEquals("SENDING", status(current));
    }

    private String status(long id) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT status FROM outbox_email WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
