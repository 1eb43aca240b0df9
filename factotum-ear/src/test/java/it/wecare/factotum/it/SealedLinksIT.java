package it.wecare.factotum.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import it.wecare.factotum.api.platform.AccountDraft;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.boundary.Accounts;
import it.wecare.factotum.platform.boundary.ActionLinks;
import it.wecare.factotum.platform.boundary.LinkRefused;
import it.wecare.factotum.platform.boundary.SignIn;
import it.wecare.factotum.platform.control.LinkMarkers;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Inside the server: no stored outbox email holds a token that {@link ActionLinks} would accept — the
 * emails carry their links' seals, the token is minted at sending and exists only in the SMTP exchange.
 */
@ExtendWith(ArquillianExtension.class)
class SealedLinksIT {

    /** Anything shaped like one of our tokens: 43 URL-safe Base64 characters. */
    private static final Pattern TOKEN_SHAPED = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])");

    private static final Pattern RECEIVED_TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(
                List.of(GreenMail.class), SealedLinksIT.class, InContainerAccounts.class, AsAdministrator.class);
    }

    private GreenMail smtp;

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(ServerSetupTest.SMTP);
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    @Inject
    Accounts accounts;

    @Inject
    SignIn signIn;

    @Inject
    ActionLinks links;

    @Inject
    AsAdministrator admin;

    @Resource(lookup = "java:jboss/datasources/FactotumDS")
    DataSource dataSource;

    @Test
    void noStoredEmailHoldsATokenThatALinkWouldAccept() throws Exception {
        String email = InContainerAccounts.unique("sealed");
        admin.call(() -> accounts.create(
                new AccountDraft(email, "Sigillo Test", "it", Set.of(Role.OPERATOR), "sigillo-password-2026")));
        signIn.requestPasswordReset(email);

        String received = receivedText(email);
        Matcher sent = RECEIVED_TOKEN.matcher(received);
        assertTrue(sent.find(), "the email that arrived carries a usable link: " + received);
        String token = sent.group(1);
        assertEquals("RESET_PASSWORD", links.check(token).purpose().name(), "the link works for its recipient");

        String stored = storedBodiesOf(email);
        assertFalse(stored.contains(token), "the token that was sent is not stored");
        assertFalse(
                LinkMarkers.seals(stored).isEmpty(), "the stored email carries the link's seal in place of the token");

        Set<String> candidates = new LinkedHashSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT body_text, body_html FROM outbox_email");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                for (String body : List.of(rows.getString(1), rows.getString(2))) {
                    Matcher m = TOKEN_SHAPED.matcher(body);
                    while (m.find()) {
                        candidates.add(m.group());
                    }
                }
            }
        }
        List<String> accepted = new ArrayList<>();
        for (String candidate : candidates) {
            try {
                links.check(candidate);
                accepted.add(candidate);
            } catch (LinkRefused refused) {
                // what every stored string must get
            }
        }
        assertEquals(List.of(), accepted, "tokens found in stored emails that a link accepts");
        assertThrows(LinkRefused.class, () -> links.check(LinkMarkers.MASK));
    }

    private String storedBodiesOf(String recipient) throws Exception {
        StringBuilder bodies = new StringBuilder();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("SELECT body_text, body_html FROM outbox_email WHERE recipient = ?")) {
            s.setString(1, recipient);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    bodies.append(rows.getString(1)).append('\n').append(rows.getString(2));
                }
            }
        }
        return bodies.toString();
    }

    private String receivedText(String recipient) throws Exception {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().contains(recipient)) {
                    jakarta.mail.Multipart parts = (jakarta.mail.Multipart) m.getContent();
                    for (int i = 0; i < parts.getCount(); i++) {
                        if (parts.getBodyPart(i).isMimeType("text/plain")) {
                            return (String) parts.getBodyPart(i).getContent();
                        }
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No email arrived for " + recipient);
    }
}
