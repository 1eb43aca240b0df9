package it.wecare.factotum.training.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.wecare.factotum.api.training.TraineeGroup;
import it.wecare.factotum.api.training.TraineeshipAction;
import it.wecare.factotum.api.training.TraineeshipKind;
import it.wecare.factotum.api.training.TraineeshipState;
import it.wecare.factotum.training.control.DurationLimits;
import it.wecare.factotum.training.control.TrainingRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The traineeship guards its lifecycle: reasons, pauses that stop the hours due, extensions within the limits. */
class TraineeshipTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    private static Traineeship traineeship(List<Traineeship.Objective> objectives) {
        return new Traineeship(
                7L,
                new Traineeship.Project(
                        3L,
                        9L,
                        null,
                        TraineeshipKind.EXTRACURRICULAR,
                        TraineeGroup.ORDINARY,
                        "Laboratorio",
                        12,
                        null,
                        START,
                        START.plusMonths(6).minusDays(1),
                        new BigDecimal("20"),
                        new BigDecimal("600"),
                        null,
                        null,
                        null,
                        null,
                        objectives),
                "educatrice",
                NOW);
    }

    private static final List<Traineeship.Objective> ONE =
            List.of(new Traineeship.Objective("potatura", "Potare in sicurezza", 3));

    @Test
    void aProjectStartsOnlyWithAnObjectiveAndItsTutorIsNotTheTrainee() {
        assertThatThrownBy(() -> traineeship(List.of()).act(TraineeshipAction.START, null, "e", START, NOW))
                .isInstanceOfSatisfying(
                        TrainingRule.class, e -> assertThat(e.field()).isEqualTo("objectives"));
        assertThatThrownBy(() -> traineeship(List.of(new Traineeship.Objective("potatura", "x", 5))))
                .hasMessageContaining("level");
        Traineeship t = traineeship(ONE);
        assertThat(t.act(TraineeshipAction.START, null, "e", START, NOW)).isEqualTo(TraineeshipState.ACTIVE);
        assertThatThrownBy(() -> t.act(TraineeshipAction.START, null, "e", START, NOW))
                .hasMessageContaining("notAllowed");
    }

    @Test
    void aSuspensionNeedsAReasonAndStopsTheHoursDueUntilItEnds() {
        Traineeship t = traineeship(ONE);
        t.act(TraineeshipAction.START, null, "e", START, NOW);
        assertThatThrownBy(() -> t.act(TraineeshipAction.SUSPEND, " ", "e", START.plusDays(7), NOW))
                .isInstanceOfSatisfying(
                        TrainingRule.class, e -> assertThat(e.field()).isEqualTo("reason"));
        BigDecimal before = t.plan().dueBy(START.plusDays(20));
        t.act(TraineeshipAction.SUSPEND, "Malattia", "e", START.plusDays(7), NOW);
        t.act(TraineeshipAction.RESUME, null, "e", START.plusDays(14), NOW);
        // a week of working days (8–11 December, the 8th a holiday) is no longer due
        assertThat(before.subtract(t.plan().dueBy(START.plusDays(20)))).isEqualByComparingTo("16");
        assertThat(t.getTimeline())
                .extracting(TraineeshipEvent::getAction)
                .containsExactly("CREATE", "START", "SUSPEND", "RESUME");
    }

    @Test
    void anExtensionMovesTheEndLaterWithinTheKindsLongest() {
        Traineeship t = traineeship(ONE);
        t.act(TraineeshipAction.START, null, "e", START, NOW);
        DurationLimits limits = new DurationLimits(2, 6, 12, 24, 24);
        assertThatThrownBy(() -> t.extend(START.plusMonths(7), "Serve ancora", limits, "e", NOW))
                .hasMessageContaining("tooLong");
        assertThatThrownBy(() -> t.extend(START.plusMonths(2), "Prima", limits, "e", NOW))
                .hasMessageContaining("extendLater");
        assertThatThrownBy(() -> t.extend(START.plusMonths(6).minusDays(1), null, limits, "e", NOW))
                .hasMessageContaining("reasonRequired");
        t.act(TraineeshipAction.COMPLETE, "Fine", "e", START.plusMonths(5), NOW);
        assertThat(t.getEndedOn()).isEqualTo(START.plusMonths(5));
        assertThat(t.plan().total()).isLessThan(traineeship(ONE).plan().total());
    }
}
