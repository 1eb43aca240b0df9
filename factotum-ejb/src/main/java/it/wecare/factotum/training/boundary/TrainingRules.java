package it.wecare.factotum.training.boundary;

import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.training.control.Allowance;
import it.wecare.factotum.training.control.CheckpointSchedule;
import it.wecare.factotum.training.control.DurationLimits;
import it.wecare.factotum.training.control.HostLimits;
import it.wecare.factotum.training.control.RegisterLimits;
import it.wecare.factotum.training.control.TrainingRule;
import it.wecare.factotum.training.entity.Traineeship;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The rules of traineeships with today's settings, and a broken rule as the boundary's answer. */
@Dependent
class TrainingRules {

    static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    @Inject
    Settings settings;

    Clock clock = Clock.systemUTC();

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ITALY));
    }

    DurationLimits durations() {
        return new DurationLimits(
                settings.intValue(Setting.TRAINEESHIP_MIN_MONTHS),
                settings.intValue(Setting.TRAINEESHIP_MAX_MONTHS_ORDINARY),
                settings.intValue(Setting.TRAINEESHIP_MAX_MONTHS_DISADVANTAGED),
                settings.intValue(Setting.TRAINEESHIP_MAX_MONTHS_DISABLED),
                settings.intValue(Setting.TRAINEESHIP_MAX_MONTHS_INCLUSION));
    }

    RegisterLimits register() {
        return new RegisterLimits(
                settings.intValue(Setting.TRAINEESHIP_MAX_HOURS_DAY),
                settings.intValue(Setting.TRAINEESHIP_MAX_HOURS_WEEK));
    }

    HostLimits hosts() {
        return new HostLimits(settings.intValue(Setting.TRAINEESHIP_TRAINEES_PER_TUTOR));
    }

    Allowance allowance() {
        return new Allowance(BigDecimal.valueOf(settings.intValue(Setting.TRAINEESHIP_ALLOWANCE_FULL_PERCENT))
                .movePointLeft(2));
    }

    CheckpointSchedule checkpoints() {
        return new CheckpointSchedule(
                settings.intValue(Setting.TRAINEESHIP_CHECKPOINT_MONTHS),
                settings.intValue(Setting.TRAINEESHIP_CHECKPOINT_GRACE_DAYS));
    }

    /** The share of the planned hours done that the competences certificate asks for (0.70). */
    BigDecimal certificateShare() {
        return BigDecimal.valueOf(settings.intValue(Setting.TRAINEESHIP_CERTIFICATE_PERCENT))
                .movePointLeft(2);
    }

    /**
     * The day before which an ended traineeship's special-category data is no longer kept
     * ({@code training.sensitive.retention-months} before today).
     */
    LocalDate sensitiveKeptSince() {
        return today().minusMonths(settings.intValue(Setting.TRAINEESHIP_SENSITIVE_MONTHS));
    }

    /** Whether traineeship {@code t} ended before the special-category data's keeping time began. */
    boolean pastSensitiveKeeping(Traineeship t) {
        return t.getEndedOn() != null && t.getEndedOn().isBefore(sensitiveKeptSince());
    }

    /** A broken rule of the control, as the boundary's answer naming the field. */
    static InvalidInput invalid(TrainingRule rule) {
        return new InvalidInput(rule.field(), rule.messageKey(), rule.arguments());
    }
}
