package it.wecare.factotum.training.control;

import it.wecare.factotum.api.training.TraineeGroup;
import it.wecare.factotum.api.training.TraineeshipKind;
import java.time.LocalDate;

/**
 * How short and how long a traineeship may be, in months, by kind and by whom it is for (the numbers are
 * settings; their defaults and sources are in the README).
 *
 * @param minMonths the shortest, for every kind (2: national guidelines 25/5/2017, D.G.R. 85-6277)
 * @param ordinaryMonths the longest extracurricular one for most people (6, D.G.R. 85-6277)
 * @param disadvantagedMonths the longest extracurricular one for disadvantaged people (12)
 * @param disabledMonths the longest extracurricular one for people with disabilities (24)
 * @param inclusionMonths the longest inclusion traineeship (24: Accordo 22/1/2015; longer only with the
 *     service's attestation, which the extension's reason records)
 */
public record DurationLimits(
        int minMonths, int ordinaryMonths, int disadvantagedMonths, int disabledMonths, int inclusionMonths) {

    /** The longest traineeship of {@code kind} for {@code group}, in months. */
    public int maxMonths(TraineeshipKind kind, TraineeGroup group) {
        if (kind == TraineeshipKind.INCLUSION) {
            return inclusionMonths;
        }
        return switch (group) {
            case ORDINARY -> ordinaryMonths;
            case DISADVANTAGED -> disadvantagedMonths;
            case DISABLED -> disabledMonths;
        };
    }

    /**
     * Checks a period: it ends after it starts, lasts at least the minimum and at most the kind's maximum.
     *
     * @throws TrainingRule naming {@code endsOn}
     */
    public void check(TraineeshipKind kind, TraineeGroup group, LocalDate startsOn, LocalDate endsOn) {
        if (!endsOn.isAfter(startsOn)) {
            throw new TrainingRule("endsOn", "traineeship.error.endBeforeStart");
        }
        if (endsOn.isBefore(startsOn.plusMonths(minMonths).minusDays(1))) {
            throw new TrainingRule("endsOn", "traineeship.error.tooShort", minMonths);
        }
        int max = maxMonths(kind, group);
        if (endsOn.isAfter(startsOn.plusMonths(max).minusDays(1))) {
            throw new TrainingRule("endsOn", "traineeship.error.tooLong", max);
        }
    }
}
