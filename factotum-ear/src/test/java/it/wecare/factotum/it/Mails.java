package it.wecare.factotum.it;

import com.icegreen.greenmail.util.GreenMailProxy;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the emails the server sent, as their recipients would. */
final class Mails {

    private static final Pattern LINK = Pattern.compile("https?://\\S+token=[A-Za-z0-9_-]+");

    private Mails() {}

    /** The messages received for {@code recipient}, waiting up to {@code timeout} for at least {@code count}. */
    static List<MimeMessage> awaitFor(GreenMailProxy smtp, String recipient, int count, Duration timeout)
            throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            List<MimeMessage> found = receivedBy(smtp, recipient);
            if (found.size() >= count || Instant.now().isAfter(deadline)) {
                return found;
            }
            Thread.sleep(200);
        }
    }

    static MimeMessage awaitOne(GreenMailProxy smtp, String recipient) throws Exception {
        List<MimeMessage> found = awaitFor(smtp, recipient, 1, Duration.ofSeconds(20));
        if (found.isEmpty()) {
            throw new AssertionError("No email arrived for " + recipient);
        }
        return found.get(0);
    }

    static List<MimeMessage> receivedBy(GreenMailProxy smtp, String recipient) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().contains(recipient));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toList();
    }

    static String text(MimeMessage message) throws Exception {
        return part(message, "text/plain");
    }

    static String html(MimeMessage message) throws Exception {
        return part(message, "text/html");
    }

    private static String part(MimeMessage message, String type) throws Exception {
        Multipart alternative = (Multipart) message.getContent();
        for (int i = 0; i < alternative.getCount(); i++) {
            BodyPart part = alternative.getBodyPart(i);
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("No " + type + " part");
    }

    /** The action link in the text of an email. */
    static String link(String text) {
        Matcher m = LINK.matcher(text);
        if (!m.find()) {
            throw new AssertionError("No link in: " + text);
        }
        return m.group();
    }
}
