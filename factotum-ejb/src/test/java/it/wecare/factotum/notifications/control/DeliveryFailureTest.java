package it.wecare.factotum.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class DeliveryFailureTest {

    /** Shaped like Angus Mail's SMTPSendFailedException: carries the server's return code. */
    static class SmtpRefusal extends MessagingException {
        private final int code;

        SmtpRefusal(int code) {
            super(code + " refused");
            this.code = code;
        }

        public int getReturnCode() {
            return code;
        }
    }

    @Test
    void anSmtpServerThatCannotBeReachedIsWorthAnotherTry() {
        DeliveryFailure failure =
                DeliveryFailure.of(new MessagingException("Could not connect", new ConnectException("refused")));
        assertThat(failure.permanent()).isFalse();
        assertThat(failure.reason()).contains("Could not connect").contains("refused");
    }

    @Test
    void a5xxAnswerIsPermanentAndA4xxIsNot() {
        assertThat(DeliveryFailure.of(new SmtpRefusal(550)).permanent()).isTrue();
        assertThat(DeliveryFailure.of(new SmtpRefusal(451)).permanent()).isFalse();
        assertThat(DeliveryFailure.of(new MessagingException("wrapped", new SmtpRefusal(553)))
                        .permanent())
                .isTrue();
    }

    @Test
    void aMalformedOrRejectedAddressIsPermanent() throws Exception {
        assertThat(DeliveryFailure.of(new AddressException("Illegal address")).permanent())
                .isTrue();
        Address[] invalid = {new InternetAddress("nobody@example.com")};
        assertThat(DeliveryFailure.of(new SendFailedException("Invalid Addresses", null, null, null, invalid))
                        .permanent())
                .isTrue();
    }
}
