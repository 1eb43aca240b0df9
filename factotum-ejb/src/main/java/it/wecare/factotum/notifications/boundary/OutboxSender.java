package it.wecare.factotum.notifications.boundary;

import it.wecare.factotum.notifications.control.DeliveryFailure;
import it.wecare.factotum.notifications.control.RetrySchedule;
import it.wecare.factotum.platform.boundary.ActionLinks;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.Configuration;
import it.wecare.factotum.platform.control.LinkMarkers;
import it.wecare.factotum.platform.control.Setting;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers the outbox: every few seconds ({@code FACTOTUM_OUTBOX_INTERVAL_SECONDS}, default 5) it claims
 * the due rows, hands each to the SMTP server and marks it sent, or schedules a retry with growing
 * back-off, or marks it failed when the failure is permanent or attempts run out.
 *
 * <p>At-least-once: a row is marked sent only after the SMTP server accepted it. If the server dies (or
 * the database refuses the update) in between, the row's claim lapses after {@link #LEASE} and the row
 * is delivered again — with the same Message-ID, so mail clients can recognise the duplicate. That
 * window is one SMTP round trip plus one short update. Each node runs its own timer; rows are claimed in
 * the database, so a row is delivered by one node only.
 *
 * <p>Links: just before the SMTP exchange the sender mints a fresh token for each link the email carries
 * ({@link ActionLinks#mintFor}) and puts it where the stored email has the link's seal; the token is in
 * that exchange only. In the crash window above, the repeated copy carries new tokens and the first
 * copy's links fail closed (their page offers a new link). A retry likewise sends fresh links.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    /** How long a claim holds: far longer than one SMTP exchange. */
    static final Duration LEASE = Duration.ofMinutes(2);

    static final int BATCH = 25;

    @Resource
    TimerService timers;

    @Inject
    OutboxStore store;

    @Inject
    Mailer mailer;

    @Inject
    Settings settings;

    @Inject
    ActionLinks links;

    Clock clock = Clock.systemUTC();

    /** What every sender of this node is called before its own suffix. */
    private final String nodePrefix = System.getProperty("jboss.node.name", "node") + "-";

    private final String name = nodePrefix + UUID.randomUUID().toString().substring(0, 8);

    @PostConstruct
    void schedule() {
        long seconds = Configuration.fromSystem()
                .value("factotum.outbox.interval-seconds")
                .map(Long::parseLong)
                .orElse(5L);
        releaseEarlierClaims();
        timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("outbox-sender", false));
        LOG.info(() -> "Outbox sender " + name + " delivers every " + seconds + " s through " + mailer.transport());
    }

    /**
     * A redeployment or restart of this node must not leave the rows its earlier sender was delivering to
     * wait for the lease: they are due again at once (at-least-once, as with a lapsed lease).
     */
    private void releaseEarlierClaims() {
        try {
            int freed = store.releaseEarlierClaims(nodePrefix, name, clock.instant());
            if (freed > 0) {
                LOG.info(
                        () -> "Outbox sender " + name + " freed " + freed + " emails an earlier run of this node held");
            }
        } catch (RuntimeException e) {
            // the leases still end: the rows are delivered then
            LOG.log(Level.WARNING, "Outbox sender " + name + " could not free earlier claims", e);
        }
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            // the next tick tries again; nothing is lost, rows stay in the outbox
            LOG.log(Level.WARNING, "Outbox delivery round failed", e);
        }
    }

    /** Delivers every due row this sender can claim; returns how many were delivered. */
    @Lock(LockType.WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverDue() {
        int delivered = 0;
        for (int round = 0; round < 20; round++) {
            Instant now = clock.instant();
            List<Long> due = store.due(now, BATCH);
            if (due.isEmpty()) {
                break;
            }
            for (long id : due) {
                if (claim(id, now) && deliver(id)) {
                    delivered++;
                }
            }
            if (due.size() < BATCH) {
                break;
            }
        }
        return delivered;
    }

    private boolean claim(long id, Instant now) {
        try {
            return store.claim(id, name, now, now.plus(LEASE));
        } catch (RuntimeException lostRace) {
            // another sender updated the row at the same moment (H2 reports it as an error): the other one
            // sends it. Said at FINE with the cause, so a real fault here is not silent either.
            LOG.log(Level.FINE, "Outbox row " + id + " not claimed by " + name, lostRace);
            return false;
        }
    }

    private boolean deliver(long id) {
        Optional<EmailContent> held = store.held(id, name);
        if (held.isEmpty()) {
            return false;
        }
        String transport;
        EmailContent revealed;
        try {
            // the links' tokens exist from here on, committed before the SMTP exchange so they work on arrival
            revealed = reveal(held.get(), links.mintFor(id));
            transport = mailer.deliver(revealed);
        } catch (MessagingException | RuntimeException e) {
            failed(id, e);
            return false;
        }
        // only the demo mailbox keeps what it "sent": it is the only way to read the demo's emails
        EmailContent kept = Mailer.DEMO_MAILBOX.equals(transport) ? revealed : null;
        if (!store.markSent(id, name, clock.instant(), transport, kept)) {
            LOG.warning(() -> "Outbox email " + id + " was delivered but its claim had lapsed");
        }
        return true;
    }

    static EmailContent reveal(EmailContent email, Map<String, String> tokens) {
        if (tokens.isEmpty() && LinkMarkers.seals(email.text(), email.html()).isEmpty()) {
            return email;
        }
        return new EmailContent(
                email.id(),
                email.messageId(),
                email.recipient(),
                email.recipientName(),
                email.language(),
                email.subject(),
                LinkMarkers.reveal(email.text(), tokens, LinkMarkers.MASK),
                LinkMarkers.reveal(email.html(), tokens, LinkMarkers.MASK));
    }

    private void failed(long id, Exception e) {
        DeliveryFailure failure = DeliveryFailure.of(e);
        RetrySchedule schedule = new RetrySchedule(
                Duration.ofSeconds(settings.intValue(Setting.OUTBOX_RETRY_BASE_SECONDS)),
                settings.intValue(Setting.OUTBOX_MAX_ATTEMPTS));
        int attempts = store.attempts(id) + 1;
        Instant next =
                failure.permanent() || schedule.exhausted(attempts) ? null : schedule.next(attempts, clock.instant());
        store.markFailedAttempt(id, name, failure.reason(), next);
        LOG.log(
                next == null ? Level.WARNING : Level.INFO,
                "Outbox email " + id + (next == null ? " failed for good: " : " will be retried at " + next + ": ")
                        + failure.reason());
    }

    /** This sender's name in claims. */
    public String name() {
        return name;
    }
}
