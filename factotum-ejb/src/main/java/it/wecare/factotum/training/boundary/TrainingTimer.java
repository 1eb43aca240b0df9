package it.wecare.factotum.training.boundary;

import it.wecare.factotum.platform.control.Configuration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.function.LongConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the traineeships' reminders and the erasure of special-category data past its keeping time every hour ({@code FACTOTUM_TRAINING_TIMER_SECONDS}). Every node runs it;
 * each reminder is claimed in the database ({@link TrainingReminders}), so each email goes once.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
public class TrainingTimer {

    private static final Logger LOG = Logger.getLogger(TrainingTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    TrainingReminders reminders;

    @Inject
    SensitiveRetention retention;

    @PostConstruct
    void schedule() {
        long seconds = Configuration.fromSystem()
                .value("factotum.training.timer-seconds")
                .map(Long::parseLong)
                .orElse(3600L);
        timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("training-reminders", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        each("remind", reminders.active().stream().mapToLong(Long::longValue).toArray(), reminders::remind);
        each(
                "follow-up",
                reminders.followUpsDue().stream().mapToLong(Long::longValue).toArray(),
                reminders::remindFollowUp);
        each("erase", retention.expired().stream().mapToLong(Long::longValue).toArray(), retention::erase);
    }

    private static void each(String what, long[] ids, LongConsumer step) {
        for (long id : ids) {
            try {
                step.accept(id);
            } catch (RuntimeException e) {
                // a change at the same moment on another node, or the database failed: the claim rolled back
                // with the email, and the next tick looks again
                LOG.log(Level.WARNING, e, () -> what + " " + id + " failed; retried at the next tick");
            }
        }
    }
}
