package it.wecare.factotum.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the in-container tests that follow a request through the server share: an SMTP server inside
 * WildFly for each test (the outbox delivers to localhost:3025), the inbox that reads it, the
 * administrator's role for back-office calls, the datasource, and the deployment that carries them.
 *
 * <p>A test extends this class and names its own extra helpers in {@link #deployment(Class, Class...)}.
 */
abstract class InContainerJourney {

    static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    /** Today in Italy, when the test class loads. */
    static final LocalDate TODAY = LocalDate.now(ITALY);

    /** The SMTP server the outbox delivers to, running inside the server for each test. */
    GreenMail smtp;

    @Inject
    AsAdministrator admin;

    @Resource(lookup = "java:jboss/datasources/FactotumDS")
    DataSource dataSource;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    /** The emails this test's SMTP server received, found through the outbox. */
    InContainerInbox inbox() {
        return new InContainerInbox(smtp, dataSource);
    }

    /**
     * The real EAR with {@code test}, this class, the inbox, the administrator, the accounts and workers
     * helpers and {@code more}; GreenMail and AssertJ go in as libraries.
     */
    static EnterpriseArchive deployment(Class<?> test, Class<?>... more) {
        List<Class<?>> classes = new ArrayList<>(List.of(
                test,
                InContainerJourney.class,
                InContainerInbox.class,
                InContainerAccounts.class,
                AsAdministrator.class,
                TestWorkers.class));
        classes.addAll(List.of(more));
        return Deployments.earWithTests(
                List.of(GreenMail.class, org.assertj.core.api.Assertions.class), classes.toArray(Class<?>[]::new));
    }
}
