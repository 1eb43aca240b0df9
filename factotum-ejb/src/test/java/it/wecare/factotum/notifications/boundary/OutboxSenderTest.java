package it.wecare.factotum.notifications.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import it.wecare.factotum.notifications.entity.OutboxEmail;
import it.wecare.factotum.platform.boundary.ActionLinks;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.LinkMarkers;
import it.wecare.factotum.platform.control.LinkTokens;
import it.wecare.factotum.platform.control.Setting;
import jakarta.mail.MessagingException;
import java.net.ConnectException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sender's delivery rules, with the database and the SMTP server replaced by fakes that keep the same
 * conditions (a claim is a lease; only the holder may mark a row).
 */
class OutboxSenderTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final FakeStore store = new FakeStore(clock);
    private final FakeMailer smtp = new FakeMailer();
    private OutboxSender sender;

    @BeforeEach
    void wire() {
        sender = new OutboxSender();
        sender.store = store;
        sender.mailer = smtp;
        sender.settings =
                new FakeSettings(Map.of(Setting.OUTBOX_RETRY_BASE_SECONDS, 30, Setting.OUTBOX_MAX_ATTEMPTS, 3));
        sender.clock = clock;
        sender.links = links;
    }

    private final FakeLinks links = new FakeLinks();

    @Test
    void eachSendingMintsFreshTokensWhereTheStoredEmailHasSealsAndStoresNone() {
        String seal = LinkMarkers.newSeal();
        String stored = "Apri http://x/track?token=" + LinkMarkers.marker(seal) + " ora";
        long id = store.add("<sealed@f>", stored);
        links.seals.put(id, seal);
        smtp.failures.add(new MessagingException("timeout"));

        sender.deliverDue();
        clock.advance(Duration.ofMinutes(5));
        sender.deliverDue();

        assertThat(links.minted).as("one token per attempt").hasSize(2);
        assertThat(smtp.texts).hasSize(1);
        assertThat(smtp.texts.get(0))
                .isEqualTo("Apri http://x/track?token=" + links.minted.get(1) + " ora")
                .doesNotContain(links.minted.get(0));
        assertThat(store.rows.get(id).content.text())
                .as("the stored email keeps the seal")
                .isEqualTo(stored);
        assertThat(store.rows.get(id).kept).isNull();
    }

    @Test
    void aSealNotBoundToTheEmailRevealsNothing() {
        String foreign = LinkMarkers.newSeal();
        long id = store.add("<foreign@f>", "Copiato: token=" + LinkMarkers.marker(foreign));

        sender.deliverDue();

        assertThat(smtp.texts).containsExactly("Copiato: token=" + LinkMarkers.MASK);
    }

    @Test
    void theDemoMailboxKeepsTheEmailAsDelivered() {
        String seal = LinkMarkers.newSeal();
        long id = store.add("<demo@f>", "token=" + LinkMarkers.marker(seal));
        links.seals.put(id, seal);
        smtp.transport = Mailer.DEMO_MAILBOX;

        sender.deliverDue();

        assertThat(store.rows.get(id).kept.text()).isEqualTo("token=" + links.minted.get(0));
    }

    @Test
    void anAcceptedEmailIsMarkedSentOnce() {
        long id = store.add("<1@f>");

        assertThat(sender.deliverDue()).isEqualTo(1);
        assertThat(sender.deliverDue()).isZero();

        assertThat(smtp.delivered).containsExactly("<1@f>");
        assertThat(store.rows.get(id).status).isEqualTo(OutboxEmail.Status.SENT);
    }

    @Test
    void aCrashBetweenTheSmtpAcceptAndTheSentMarkRepeatsTheEmailOnceWithTheSameMessageId() {
        long id = store.add("<crash@f>");
        store.crashOnNextMarkSent = true;

        try {
            sender.deliverDue();
        } catch (RuntimeException crash) {
            // the node died here: SMTP had accepted the message, the database never heard of it
        }
        assertThat(store.rows.get(id).status).isEqualTo(OutboxEmail.Status.SENDING);
        assertThat(sender.deliverDue())
                .as("nobody re-sends while the lease holds")
                .isZero();

        clock.advance(OutboxSender.LEASE.plusSeconds(1));
        assertThat(sender.deliverDue()).isEqualTo(1);

        assertThat(smtp.delivered).containsExactly("<crash@f>", "<crash@f>");
        assertThat(store.rows.get(id).status).isEqualTo(OutboxEmail.Status.SENT);
    }

    @Test
    void anUnreachableServerMeansRetriesWithGrowingWaitsUntilItAnswers() {
        long id = store.add("<retry@f>");
        smtp.failures.add(new MessagingException("Could not connect", new ConnectException("refused")));
        smtp.failures.add(new MessagingException("Could not connect", new ConnectException("refused")));

        sender.deliverDue();
        assertThat(store.rows.get(id).status).isEqualTo(OutboxEmail.Status.PENDING);
        assertThat(store.rows.get(id).nextAttemptAt).isEqualTo(clock.instant().plusSeconds(30));
        assertThat(store.rows.get(id).lastError).contains("Could not connect");

        clock.advance(Duration.ofSeconds(30));
        sender.deliverDue();
        assertThat(store.rows.get(id).nextAttemptAt).isEqualTo(clock.instant().plusSeconds(60));

        clock.advance(Duration.ofSeconds(60));
        sender.deliverDue();
        assertThat(store.rows.get(id).status).isEqualTo(OutboxEmail.Status.SENT);
        assertThat(store.rows.get(id).attempts).isEqualTo(3);
        assertThat(smtp.delivered).containsExactly("<retry@f>");
    }

    @Test
    void aRejectedRecipientIsFailedAtOnceWithTheReason() {
        long id = store.add("<rejected@f>");
        smtp.failures.add(new SmtpAnswer(550, "550 5.1.1 No such user"));

        sender.deliverDue();

        assertThat(store.rows.get(id).status).isEqualTo(OutboxEmail.Status.FAILED);
        assertThat(store.rows.get(id).lastError).contains("No such user");
        clock.advance(Duration.ofHours(7));
        assertThat(sender.deliverDue()).isZero();
    }

    @Test
    void whenAttemptsRunOutTheEmailIsFailedForAnOperator() {
        long id = store.add("<tired@f>");
        for (int i = 0; i < 3; i++) {
            smtp.failures.add(new MessagingException("timeout"));
        }
        for (int i = 0; i < 3; i++) {
            sender.deliverDue();
            clock.advance(Duration.ofHours(1));
        }
        assertThat(store.rows.get(id).status).isEqualTo(OutboxEmail.Status.FAILED);
        assertThat(store.rows.get(id).attempts).isEqualTo(3);
        assertThat(smtp.delivered).isEmpty();
    }

    /** Shaped like Angus Mail's SMTP exceptions, which carry the server's return code. */
    public static class SmtpAnswer extends MessagingException {
        private final int code;

        SmtpAnswer(int code, String text) {
            super(text);
            this.code = code;
        }

        public int getReturnCode() {
            return code;
        }
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    static final class Row {
        final EmailContent content;
        OutboxEmail.Status status = OutboxEmail.Status.PENDING;
        Instant nextAttemptAt;
        String claimedBy;
        Instant claimedUntil;
        int attempts;
        String lastError;
        EmailContent kept;

        Row(EmailContent content, Instant now) {
            this.content = content;
            this.nextAttemptAt = now;
        }
    }

    /** The same conditions as the SQL of {@link OutboxStore}, in memory. */
    static final class FakeStore extends OutboxStore {
        final Map<Long, Row> rows = new LinkedHashMap<>();
        final Clock clock;
        boolean crashOnNextMarkSent;

        FakeStore(Clock clock) {
            this.clock = clock;
        }

        long add(String messageId) {
            return add(messageId, "text");
        }

        long add(String messageId, String text) {
            long id = rows.size() + 1;
            rows.put(
                    id,
                    new Row(
                            new EmailContent(id, messageId, "a@b.it", "A", "it", "S", text, "<p>" + text + "</p>"),
                            clock.instant()));
            return id;
        }

        private static boolean due(Row r, Instant now) {
            return (r.status == OutboxEmail.Status.PENDING && !r.nextAttemptAt.isAfter(now))
                    || (r.status == OutboxEmail.Status.SENDING && r.claimedUntil.isBefore(now));
        }

        @Override
        public List<Long> due(Instant now, int limit) {
            List<Long> ids = new ArrayList<>();
            rows.forEach((id, r) -> {
                if (due(r, now) && ids.size() < limit) {
                    ids.add(id);
                }
            });
            return ids;
        }

        @Override
        public boolean claim(long id, String sender, Instant now, Instant until) {
            Row r = rows.get(id);
            if (!due(r, now)) {
                return false;
            }
            r.status = OutboxEmail.Status.SENDING;
            r.claimedBy = sender;
            r.claimedUntil = until;
            return true;
        }

        @Override
        public Optional<EmailContent> held(long id, String sender) {
            Row r = rows.get(id);
            return r.status == OutboxEmail.Status.SENDING && sender.equals(r.claimedBy)
                    ? Optional.of(r.content)
                    : Optional.empty();
        }

        @Override
        public boolean markSent(long id, String sender, Instant now, String transport, EmailContent kept) {
            if (crashOnNextMarkSent) {
                crashOnNextMarkSent = false;
                throw new IllegalStateException("node died before the sent mark was committed");
            }
            Row r = rows.get(id);
            if (r.status != OutboxEmail.Status.SENDING || !sender.equals(r.claimedBy)) {
                return false;
            }
            r.status = OutboxEmail.Status.SENT;
            r.kept = kept;
            r.attempts++;
            r.claimedBy = null;
            return true;
        }

        @Override
        public boolean markFailedAttempt(long id, String sender, String reason, Instant nextAttempt) {
            Row r = rows.get(id);
            if (r.status != OutboxEmail.Status.SENDING || !sender.equals(r.claimedBy)) {
                return false;
            }
            r.status = nextAttempt == null ? OutboxEmail.Status.FAILED : OutboxEmail.Status.PENDING;
            if (nextAttempt != null) {
                r.nextAttemptAt = nextAttempt;
            }
            r.attempts++;
            r.lastError = reason;
            r.claimedBy = null;
            return true;
        }

        @Override
        public int attempts(long id) {
            return rows.get(id).attempts;
        }
    }

    static final class FakeMailer extends Mailer {
        final List<String> delivered = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        final List<MessagingException> failures = new ArrayList<>();
        String transport = SMTP;

        @Override
        public String transport() {
            return transport;
        }

        @Override
        public String deliver(EmailContent email) throws MessagingException {
            if (!failures.isEmpty()) {
                throw failures.remove(0);
            }
            delivered.add(email.messageId());
            texts.add(email.text());
            return transport;
        }
    }

    /** The links each email carries, by seal; minting gives a new token each time. */
    static final class FakeLinks extends ActionLinks {
        final Map<Long, String> seals = new LinkedHashMap<>();
        final List<String> minted = new ArrayList<>();

        @Override
        public Map<String, String> mintFor(long emailId) {
            String seal = seals.get(emailId);
            if (seal == null) {
                return Map.of();
            }
            String token = LinkTokens.newToken();
            minted.add(token);
            return Map.of(seal, token);
        }
    }

    static final class FakeSettings extends Settings {
        private final Map<Setting, Integer> values;

        FakeSettings(Map<Setting, Integer> values) {
            this.values = values;
        }

        @Override
        public int intValue(Setting setting) {
            return values.get(setting);
        }
    }
}
