package it.wecare.factotum.notifications.control;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.lang.reflect.Method;

/**
 * Whether a failed delivery is worth another try. Permanent: a malformed or rejected address, or any SMTP
 * 5xx answer. Transient: everything else (server down, timeouts, 4xx "try later").
 *
 * @param permanent no retry will help
 * @param reason what to show operators
 */
public record DeliveryFailure(boolean permanent, String reason) {

    public static DeliveryFailure of(Exception failure) {
        String reason = describe(failure);
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AddressException) {
                return new DeliveryFailure(true, reason);
            }
            int code = smtpReturnCode(t);
            if (code >= 500 && code < 600) {
                return new DeliveryFailure(true, reason);
            }
            if (code >= 400 && code < 500) {
                return new DeliveryFailure(false, reason);
            }
            if (t instanceof SendFailedException sendFailed
                    && sendFailed.getInvalidAddresses() != null
                    && sendFailed.getInvalidAddresses().length > 0
                    && (sendFailed.getValidSentAddresses() == null || sendFailed.getValidSentAddresses().length == 0)) {
                return new DeliveryFailure(true, reason);
            }
        }
        return new DeliveryFailure(false, reason);
    }

    /** The SMTP return code carried by Angus Mail's SMTP exceptions, or -1 (read reflectively: no compile dependency). */
    static int smtpReturnCode(Throwable t) {
        if (!(t instanceof MessagingException)) {
            return -1;
        }
        try {
            Method getter = t.getClass().getMethod("getReturnCode");
            Object code = getter.invoke(t);
            return code instanceof Integer i ? i : -1;
        } catch (ReflectiveOperationException noCode) {
            return -1;
        }
    }

    static String describe(Exception failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && text.length() < 900; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip());
            }
        }
        return text.length() > 1000 ? text.substring(0, 999) + "…" : text.toString();
    }
}
