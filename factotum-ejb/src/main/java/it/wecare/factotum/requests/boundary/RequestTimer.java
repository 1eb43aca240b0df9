package it.wecare.factotum.requests.boundary;

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
import java.util.List;
import java.util.function.LongPredicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the requests' deadlines every minute ({@code FACTOTUM_REQUESTS_TIMER_SECONDS}): quote expiry and
 * its warning, the day-before reminders. Every node runs it; each row is claimed in the database
 * ({@link Deadlines}), so each email and each expiry happens once.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
public class RequestTimer {

    private static final Logger LOG = Logger.getLogger(RequestTimer.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Deadlines deadlines;

    @PostConstruct
    void schedule() {
        long seconds = Configuration.fromSystem()
                .value("factotum.requests.timer-seconds")
                .map(Long::parseLong)
                .orElse(60L);
        timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("request-deadlines", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        run("expire", deadlines.quotesToExpire(), deadlines::expire);
        run("warn", deadlines.quotesToWarn(), deadlines::warn);
        run("remind", deadlines.jobsToRemind(), deadlines::remind);
        run("lapse", deadlines.proposalsToLapse(), deadlines::lapse);
    }

    private static void run(String what, List<Long> ids, LongPredicate step) {
        for (long id : ids) {
            try {
                step.test(id);
            } catch (RuntimeException e) {
                // another node or an operator changed the row at the same moment (or the database failed):
                // the transaction rolled back with its claim, and the next tick looks again
                LOG.log(Level.WARNING, e, () -> what + " " + id + " failed; retried at the next tick");
            }
        }
    }
}
