package it.wecare.factotum.web.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemsTest {

    @Test
    void aMethodValidationPathBecomesTheFieldTheClientSent() {
        assertThat(Problems.fieldName("create.draft.email")).isEqualTo("email");
        assertThat(Problems.fieldName("create.draft.address.city")).isEqualTo("address.city");
    }

    @Test
    void aViolationOnAParameterNamesTheParameter() {
        assertThat(Problems.fieldName("search.q")).isEqualTo("q");
        assertThat(Problems.fieldName("create.draft")).isEqualTo("draft");
        assertThat(Problems.fieldName((String) null)).isEqualTo("body");
    }
}
