package it.wecare.factotum.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"giulia.verdi@example.it", "a+b@mail.coop.example", "perù@università.it", "x@a-b.org"})
    void addressesSomeoneCanBeWrittenToPass(String email) {
        assertThat(email).matches(EmailAddresses.DELIVERABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a@b", "a@[127.0.0.1]", "a b@c.it", "a@b.c", "a@@b.it", "a@-b.it", "a@b.123", "a@b.it\n"})
    void addressesNoOneCanBeWrittenToAreRefused(String email) {
        assertThat(email).doesNotMatch(EmailAddresses.DELIVERABLE);
    }
}
