package it.wecare.factotum.notifications.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxEmailTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static OutboxEmail email(String recipientName, String subject) {
        return new OutboxEmail("<1@f>", "PASSWORD_RESET", "a@b.it", recipientName, "it", subject, "t", "<p>h</p>", NOW);
    }

    @Test
    void aNewEmailIsPendingAndDueAtOnce() {
        OutboxEmail email = email("Maria", "Oggetto");
        assertThat(email.getStatus()).isEqualTo(OutboxEmail.Status.PENDING);
        assertThat(email.getNextAttemptAt()).isEqualTo(NOW);
        assertThat(email.getAttempts()).isZero();
    }

    @Test
    void headerFieldsRefuseLineBreaks() {
        assertThatThrownBy(() -> email("Maria\r\nBcc: x@y.z", "Oggetto")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> email("Maria", "Oggetto\nBcc: x@y.z")).isInstanceOf(IllegalArgumentException.class);
    }
}
