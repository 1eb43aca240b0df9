package it.wecare.factotum.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHashingTest {

    private final PasswordHashing hashing = new PasswordHashing();

    @Test
    void hashUsesPbkdf2WithSha512AndAtLeast210000Iterations() {
        String[] parts = hashing.hash("correct horse battery").split(":");
        assertThat(parts[0]).isEqualTo("PBKDF2WithHmacSHA512");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(210_000);
    }

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String stored = hashing.hash("correct horse battery");
        assertThat(hashing.verify("correct horse battery", stored)).isTrue();
        assertThat(hashing.verify("correct horse batterY", stored)).isFalse();
        assertThat(hashing.verify("", stored)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(hashing.hash("same")).isNotEqualTo(hashing.hash("same"));
    }

    @Test
    void malformedStoredValuesNeverVerify() {
        assertThat(hashing.verify("x", null)).isFalse();
        assertThat(hashing.verify("x", "garbage")).isFalse();
        assertThat(hashing.verify("x", "PBKDF2WithHmacSHA512:10:!!:!!")).isFalse();
        assertThat(hashing.verify(null, hashing.hash("x"))).isFalse();
    }

    @Test
    void weakerOldHashesStillVerifyButAskForARehash() {
        String weak =
                "PBKDF2WithHmacSHA256:1000:c2FsdHNhbHRzYWx0c2FsdA==:" + "8mNlaXp7uOOcNqQOPXJsGNUqwE9PK2gJ5nG/eDV2CqE=";
        assertThat(hashing.needsRehash(weak)).isTrue();
        assertThat(hashing.needsRehash(hashing.hash("x"))).isFalse();
    }
}
