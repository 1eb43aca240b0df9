package it.wecare.factotum.training.control;

import static org.assertj.core.api.Assertions.assertThat;

import it.wecare.factotum.api.training.TraineeshipAction;
import it.wecare.factotum.api.training.TraineeshipState;
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

/** Walks docs/traineeship-transitions.md, every cell, against {@link TraineeshipLifecycle}. */
class TraineeshipTransitionsTest {

    private static final Path TABLE = Path.of("..", "docs", "traineeship-transitions.md");

    static Stream<Arguments> cells() throws IOException {
        List<String> rows = Files.readAllLines(TABLE).stream()
                .filter(line -> line.startsWith("| "))
                .toList();
        String[] header = cells(rows.get(0));
        List<Arguments> cells = new ArrayList<>();
        for (String row : rows.subList(2, rows.size())) {
            String[] values = cells(row);
            TraineeshipState state = TraineeshipState.valueOf(values[0]);
            for (int column = 1; column < header.length; column++) {
                String expected = values[column];
                cells.add(Arguments.of(
                        state,
                        TraineeshipAction.valueOf(header[column]),
                        "—".equals(expected) ? Optional.empty() : Optional.of(TraineeshipState.valueOf(expected))));
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
    void theCodeFollowsTheTable(TraineeshipState state, TraineeshipAction action, Optional<TraineeshipState> expected) {
        assertThat(TraineeshipLifecycle.next(state, action)).isEqualTo(expected);
    }

    @Test
    void theTableCoversEveryStateAndEveryAction() throws IOException {
        assertThat(cells().count())
                .isEqualTo((long) TraineeshipState.values().length * TraineeshipAction.values().length);
    }

    @Test
    void finalStatesAllowNothing() {
        for (TraineeshipState state : TraineeshipState.values()) {
            assertThat(TraineeshipLifecycle.allowed(state).isEmpty()).isEqualTo(state.isFinal());
        }
    }
}
