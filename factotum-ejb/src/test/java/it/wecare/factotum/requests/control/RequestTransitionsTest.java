package it.wecare.factotum.requests.control;

import static org.assertj.core.api.Assertions.assertThat;

import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.RequestState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Walks the transition table written by hand in docs/request-transitions.md: every cell, legal or not,
 * against {@link Lifecycle}.
 */
class RequestTransitionsTest {

    private static final Path TABLE = Path.of("..", "docs", "request-transitions.md");

    static Stream<Arguments> cells() throws IOException {
        List<String> rows = Files.readAllLines(TABLE).stream()
                .filter(line -> line.startsWith("| "))
                .toList();
        String[] header = cells(rows.get(0));
        List<Arguments> cells = new ArrayList<>();
        for (String row : rows.subList(2, rows.size())) {
            String[] values = cells(row);
            RequestState state = RequestState.valueOf(values[0]);
            for (int column = 1; column < header.length; column++) {
                RequestAction action = RequestAction.valueOf(header[column]);
                String expected = values[column];
                cells.add(Arguments.of(
                        state,
                        action,
                        "—".equals(expected) ? Optional.empty() : Optional.of(RequestState.valueOf(expected))));
            }
        }
        return cells.stream();
    }

    private static String[] cells(String row) {
        String trimmed = row.substring(1, row.lastIndexOf('|'));
        return Arrays.stream(trimmed.split("\\|")).map(String::trim).toArray(String[]::new);
    }

    @ParameterizedTest(name = "{0} × {1} → {2}")
    @MethodSource("cells")
    void theCodeFollowsTheTable(RequestState state, RequestAction action, Optional<RequestState> expected) {
        assertThat(Lifecycle.next(state, action)).isEqualTo(expected);
    }

    @Test
    void theTableCoversEveryStateAndEveryAction() throws IOException {
        assertThat(cells().count()).isEqualTo((long) RequestState.values().length * RequestAction.values().length);
    }

    @Test
    void finalStatesAllowNothing() {
        for (RequestState state : RequestState.values()) {
            assertThat(Lifecycle.allowed(state).isEmpty()).isEqualTo(state.isFinal());
        }
    }
}
