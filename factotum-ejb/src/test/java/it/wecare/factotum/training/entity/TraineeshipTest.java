package it.wecare.factotum.training.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.wecare.factotum.api.training.LicenceStep;
import it.wecare.factotum.api.training.TraineeGroup;
import it.wecare.factotum.api.training.TraineeshipAction;
import it.wecare.factotum.api.training.TraineeshipKind;
import it.wecare.factotum.api.training.TraineeshipOutcome;
import it.wecare.factotum.api.training.TraineeshipState;
import it.wecare.factotum.training.control.DurationLimits;
import it.wecare.factotum.training.control.TrainingRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    private static final List<Traineeship.Objective> TWO = List.of(
            new Traineeship.Objective("potatura", "Potare in sicurezza", 3),
            new Traineeship.Objective("tinteggiatura-interni", "Preparare le superfici", 2));

    /** A started traineeship whose objectives have the ids 101 and 102, as the database would give them. */
    private static Traineeship started() throws ReflectiveOperationException {
        Traineeship t = traineeship(TWO);
        java.lang.reflect.Field id = TraineeshipObjective.class.getDeclaredField("id");
        id.setAccessible(true);
        long next = 101;
        for (TraineeshipObjective o : t.getObjectives()) {
            id.set(o, next++);
        }
        t.act(TraineeshipAction.START, null, "e", START, NOW);
        return t;
    }

    @Test
    void aCheckpointScoresTheProjectsObjectivesOnADayOfTheTraineeship() throws Exception {
        Traineeship t = started();
        LocalDate today = START.plusMonths(1);
        assertThatThrownBy(() -> t.recordCheckpoint(START.minusDays(1), Map.of(101L, 2), null, null, "e", today, NOW))
                .isInstanceOfSatisfying(
                        TrainingRule.class, e -> assertThat(e.field()).isEqualTo("heldOn"));
        assertThatThrownBy(() -> t.recordCheckpoint(today.plusDays(1), Map.of(101L, 2), null, null, "e", today, NOW))
                .isInstanceOfSatisfying(
                        TrainingRule.class, e -> assertThat(e.field()).isEqualTo("heldOn"));
        assertThatThrownBy(() -> t.recordCheckpoint(today, Map.of(999L, 2), null, null, "e", today, NOW))
                .hasMessageContaining("unknownObjective");
        assertThatThrownBy(() -> t.recordCheckpoint(today, Map.of(101L, 5), null, null, "e", today, NOW))
                .hasMessageContaining("level");
        assertThatThrownBy(() -> t.recordCheckpoint(today, Map.of(), " ", null, "e", today, NOW))
                .hasMessageContaining("emptyCheckpoint");
        t.recordCheckpoint(today, Map.of(101L, 2), "Attento, preciso", "Le scale", "e", today, NOW);
        assertThat(t.lastCheckpoint()).contains(today);
        assertThat(t.getCheckpoints()).singleElement().satisfies(c -> {
            assertThat(c.getScores()).containsExactly(Map.entry(101L, 2));
            assertThat(c.getNextSteps()).isEqualTo("Le scale");
        });
        assertThat(t.getTimeline()).extracting(TraineeshipEvent::getAction).endsWith("CHECKPOINT");
    }

    @Test
    void theFinalAssessmentComesAfterTheEndWithEveryLevelAndPlansTheFollowUps() throws Exception {
        Traineeship t = started();
        Traineeship.Assessment full = new Traineeship.Assessment(
                Map.of(101L, 3, 102L, 2), TraineeshipOutcome.JOINED_TEAM, null, END_DAY, END_DAY, 4L);
        assertThatThrownBy(() -> t.assess(full, List.of(6, 12), "e", END_DAY, NOW))
                .hasMessageContaining("notEnded");
        t.act(TraineeshipAction.COMPLETE, null, "e", END_DAY, NOW);
        assertThatThrownBy(() -> t.assess(
                        new Traineeship.Assessment(
                                Map.of(101L, 3), TraineeshipOutcome.EMPLOYED, null, null, null, null),
                        List.of(6, 12),
                        "e",
                        END_DAY,
                        NOW))
                .isInstanceOfSatisfying(
                        TrainingRule.class, e -> assertThat(e.field()).isEqualTo("reached"));
        assertThatThrownBy(() -> t.assess(
                        new Traineeship.Assessment(
                                Map.of(101L, 3, 102L, 2), TraineeshipOutcome.JOINED_TEAM, null, null, null, null),
                        List.of(6, 12),
                        "e",
                        END_DAY,
                        NOW))
                .isInstanceOfSatisfying(
                        TrainingRule.class, e -> assertThat(e.field()).isEqualTo("teamId"));
        assertThatThrownBy(() -> t.assess(
                        new Traineeship.Assessment(
                                Map.of(101L, 3, 102L, 2),
                                TraineeshipOutcome.EMPLOYED,
                                null,
                                END_DAY.plusDays(1),
                                null,
                                null),
                        List.of(6, 12),
                        "e",
                        END_DAY,
                        NOW))
                .isInstanceOfSatisfying(
                        TrainingRule.class, e -> assertThat(e.field()).isEqualTo("educatorSignedOn"));
        t.assess(full, List.of(6, 12), "e", END_DAY, NOW);
        assertThat(t.isSigned()).isTrue();
        assertThat(t.getJoinedTeamId()).isEqualTo(4L);
        assertThat(t.getObjectives())
                .extracting(TraineeshipObjective::getReachedLevel)
                .containsExactly(3, 2);
        assertThat(t.getFollowUps())
                .extracting(TraineeshipFollowUp::getDueOn)
                .containsExactly(END_DAY.plusMonths(6), END_DAY.plusMonths(12));
        // a correction keeps the follow-ups planned once
        t.assess(full, List.of(6, 12), "e", END_DAY, NOW);
        assertThat(t.getFollowUps()).hasSize(2);
        assertThat(t.needsAssessment()).isFalse();
    }

    @Test
    void aFollowUpIsRecordedFromAMonthBeforeItsDayWithWhereThePersonIsNow() throws Exception {
        Traineeship t = started();
        t.act(TraineeshipAction.COMPLETE, null, "e", END_DAY, NOW);
        t.assess(
                new Traineeship.Assessment(
                        Map.of(101L, 3, 102L, 3), TraineeshipOutcome.EMPLOYED, null, null, null, null),
                List.of(6, 12),
                "e",
                END_DAY,
                NOW);
        assertThatThrownBy(
                        () -> t.recordFollowUp(6, TraineeshipOutcome.EMPLOYED, null, "e", END_DAY.plusMonths(4), NOW))
                .hasMessageContaining("followUpEarly");
        assertThatThrownBy(
                        () -> t.recordFollowUp(3, TraineeshipOutcome.EMPLOYED, null, "e", END_DAY.plusMonths(6), NOW))
                .hasMessageContaining("noFollowUp");
        assertThatThrownBy(() -> t.recordFollowUp(6, null, null, "e", END_DAY.plusMonths(6), NOW))
                .isInstanceOfSatisfying(
                        TrainingRule.class, e -> assertThat(e.field()).isEqualTo("situation"));
        t.recordFollowUp(6, TraineeshipOutcome.EMPLOYED, "Assunto dal laboratorio", "e", END_DAY.plusMonths(6), NOW);
        assertThat(t.getFollowUps().get(0).isDone()).isTrue();
        assertThat(t.getFollowUps().get(1).isDone()).isFalse();
    }

    @Test
    void anAbandonedDraftNeedsNoAssessment() {
        Traineeship t = traineeship(ONE);
        t.act(TraineeshipAction.INTERRUPT, "Non è partito", "e", START, NOW);
        assertThat(t.needsAssessment()).isFalse();
        assertThatThrownBy(() -> t.assess(
                        new Traineeship.Assessment(Map.of(), TraineeshipOutcome.OTHER, null, null, null, null),
                        List.of(6, 12),
                        "e",
                        START,
                        NOW))
                .hasMessageContaining("notEnded");
    }

    private static final LocalDate END_DAY = START.plusMonths(6).minusDays(1);

    @Test
    void theLicencePathwayGoesInItsOrderAndEndsWithTheLicence() throws Exception {
        Traineeship t = started();
        LocalDate today = START.plusMonths(3);
        assertThat(t.nextLicenceSteps()).containsExactly(LicenceStep.ENROLLED);
        assertThatThrownBy(() -> t.recordLicenceStep(
                        new Traineeship.LicenceEntry(LicenceStep.THEORY_EXAM, today, true, null, null, null, null),
                        "e",
                        today,
                        NOW))
                .hasMessageContaining("licence.error.order");
        assertThatThrownBy(() -> t.recordLicenceStep(
                        new Traineeship.LicenceEntry(LicenceStep.ENROLLED, today, null, null, null, " ", null),
                        "e",
                        today,
                        NOW))
                .isInstanceOfSatisfying(
                        TrainingRule.class, e -> assertThat(e.field()).isEqualTo("school"));
        t.recordLicenceStep(
                new Traineeship.LicenceEntry(
                        LicenceStep.ENROLLED,
                        START.plusDays(10),
                        null,
                        null,
                        new BigDecimal("350"),
                        "Autoscuola Dora",
                        null),
                "e",
                today,
                NOW);
        assertThatThrownBy(() -> t.recordLicenceStep(
                        new Traineeship.LicenceEntry(LicenceStep.THEORY_EXAM, today, null, null, null, null, null),
                        "e",
                        today,
                        NOW))
                .isInstanceOfSatisfying(
                        TrainingRule.class, e -> assertThat(e.field()).isEqualTo("passed"));
        // a failed theory exam is taken again
        t.recordLicenceStep(
                new Traineeship.LicenceEntry(
                        LicenceStep.THEORY_EXAM, START.plusMonths(1), false, null, null, null, null),
                "e",
                today,
                NOW);
        assertThat(t.nextLicenceSteps()).containsExactly(LicenceStep.THEORY_EXAM);
        t.recordLicenceStep(
                new Traineeship.LicenceEntry(
                        LicenceStep.THEORY_EXAM, START.plusMonths(2), true, null, null, null, null),
                "e",
                today,
                NOW);
        assertThat(t.nextLicenceSteps()).containsExactly(LicenceStep.PRACTICE_LESSONS);
        assertThatThrownBy(() -> t.recordLicenceStep(
                        new Traineeship.LicenceEntry(LicenceStep.PRACTICE_LESSONS, today, null, 0, null, null, null),
                        "e",
                        today,
                        NOW))
                .isInstanceOfSatisfying(
                        TrainingRule.class, e -> assertThat(e.field()).isEqualTo("lessons"));
        t.recordLicenceStep(
                new Traineeship.LicenceEntry(
                        LicenceStep.PRACTICE_LESSONS, today.minusDays(5), null, 8, new BigDecimal("240"), null, null),
                "e",
                today,
                NOW);
        t.recordLicenceStep(
                new Traineeship.LicenceEntry(LicenceStep.DRIVING_EXAM, today, true, null, null, null, null),
                "e",
                today,
                NOW);
        assertThat(t.hasLicence()).isTrue();
        assertThat(t.licenceCost()).isEqualByComparingTo("590");
        assertThat(t.getLicenceSchool()).isEqualTo("Autoscuola Dora");
        assertThat(t.nextLicenceSteps()).isEmpty();
        assertThatThrownBy(() -> t.recordLicenceStep(
                        new Traineeship.LicenceEntry(LicenceStep.PRACTICE_LESSONS, today, null, 2, null, null, null),
                        "e",
                        today,
                        NOW))
                .hasMessageContaining("licence.error.done");
    }
}
