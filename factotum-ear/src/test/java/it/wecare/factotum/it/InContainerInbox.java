package it.wecare.factotum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The emails a GreenMail started inside WildFly received, found through the outbox: the outbox says which
 * Message-IDs are of a kind about a request and for whom, GreenMail what arrived. For in-container tests
 * (add GreenMail to the deployment's libraries).
 */
final class InContainerInbox {

    private final com.icegreen.greenmail.util.GreenMail smtp;
    private final DataSource dataSource;

    InContainerInbox(com.icegreen.greenmail.util.GreenMail smtp, DataSource dataSource) {
        this.smtp = smtp;
        this.dataSource = dataSource;
    }

    String await(long requestId, String kind, String recipient) throws Exception {
        return await("QuoteRequest", requestId, kind, recipient);
    }

    /** The text of the last email of {@code kind} about the record {@code relatedType} {@code id}, waiting 30 s. */
    String await(String relatedType, long id, String kind, String recipient) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            List<String> found = all(relatedType, id, kind, recipient);
            if (!found.isEmpty()) {
                return found.get(found.size() - 1);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No " + kind + " email for " + recipient + " within 30 s");
    }

    String last(long requestId, String kind, String recipient) throws Exception {
        List<String> found = all(requestId, kind, recipient);
        assertNotNull(found);
        if (found.isEmpty()) {
            throw new AssertionError("No " + kind + " email for " + recipient);
        }
        return found.get(found.size() - 1);
    }

    /**
     * The text bodies of the emails of {@code kind} about the request that arrived for {@code recipient} at
     * the SMTP server: the outbox says which Message-IDs are of that kind, GreenMail what was received.
     */
    List<String> all(long requestId, String kind, String recipient) throws Exception {
        return all("QuoteRequest", requestId, kind, recipient);
    }

    /** The text bodies of the emails of {@code kind} about the record {@code relatedType} {@code id}. */
    List<String> all(String relatedType, long id, String kind, String recipient) throws Exception {
        List<String> messageIds = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT message_id FROM outbox_email WHERE related_type = ?"
                        + " AND related_id = ? AND kind = ? AND recipient = ? ORDER BY id")) {
            s.setString(1, relatedType);
            s.setString(2, Long.toString(id));
            s.setString(3, kind);
            s.setString(4, recipient);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    messageIds.add(rs.getString(1));
                }
            }
        }
        List<String> bodies = new ArrayList<>();
        for (String messageId : messageIds) {
            bodies.add(received(messageId, recipient));
        }
        return bodies;
    }

    /** The text of the email with this Message-ID, waiting up to 20 s for the outbox to deliver it. */
    private String received(String messageId, String recipient) throws Exception {
        Instant deadline = Instant.now().plusSeconds(20);
        while (true) {
            for (jakarta.mail.internet.MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getMessageID() != null && m.getMessageID().contains(messageId)) {
                    assertEquals(
                            recipient,
                            ((jakarta.mail.internet.InternetAddress)
                                            m.getRecipients(jakarta.mail.Message.RecipientType.TO)[0])
                                    .getAddress());
                    return textOf(m);
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Email " + messageId + " for " + recipient + " did not arrive");
            }
            Thread.sleep(200);
        }
    }

    private static String textOf(jakarta.mail.internet.MimeMessage message) throws Exception {
        Object content = message.getContent();
        if (content instanceof String text) {
            return text;
        }
        jakarta.mail.Multipart parts = (jakarta.mail.Multipart) content;
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/plain")) {
                return (String) parts.getBodyPart(i).getContent();
            }
        }
        throw new AssertionError("No text part in " + message.getSubject());
    }
}
