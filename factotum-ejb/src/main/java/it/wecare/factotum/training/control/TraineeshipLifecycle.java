package it.wecare.factotum.training.control;

import static it.wecare.factotum.api.training.TraineeshipAction.COMPLETE;
import static it.wecare.factotum.api.training.TraineeshipAction.EXTEND;
import static it.wecare.factotum.api.training.TraineeshipAction.INTERRUPT;
import static it.wecare.factotum.api.training.TraineeshipAction.RESUME;
import static it.wecare.factotum.api.training.TraineeshipAction.START;
import static it.wecare.factotum.api.training.TraineeshipAction.SUSPEND;
import static it.wecare.factotum.api.training.TraineeshipState.ACTIVE;
import static it.wecare.factotum.api.training.TraineeshipState.COMPLETED;
import static it.wecare.factotum.api.training.TraineeshipState.DRAFT;
import static it.wecare.factotum.api.training.TraineeshipState.INTERRUPTED;
import static it.wecare.factotum.api.training.TraineeshipState.SUSPENDED;

import it.wecare.factotum.api.training.TraineeshipAction;
import it.wecare.factotum.api.training.TraineeshipState;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The traineeship's lifecycle, as docs/traineeship-transitions.md writes it (a test reads that table). */
public final class TraineeshipLifecycle {

    private static final Map<TraineeshipState, Map<TraineeshipAction, TraineeshipState>> NEXT =
            new EnumMap<>(TraineeshipState.class);

    /** Actions that need a reason on the timeline. */
    public static final Set<TraineeshipAction> NEED_REASON = EnumSet.of(SUSPEND, EXTEND, INTERRUPT);

    static {
        for (TraineeshipState state : TraineeshipState.values()) {
            NEXT.put(state, new EnumMap<>(TraineeshipAction.class));
        }
        allow(DRAFT, START, ACTIVE);
        allow(DRAFT, INTERRUPT, INTERRUPTED);
        allow(ACTIVE, SUSPEND, SUSPENDED);
        allow(ACTIVE, EXTEND, ACTIVE);
        allow(ACTIVE, COMPLETE, COMPLETED);
        allow(ACTIVE, INTERRUPT, INTERRUPTED);
        allow(SUSPENDED, RESUME, ACTIVE);
        allow(SUSPENDED, EXTEND, SUSPENDED);
        allow(SUSPENDED, INTERRUPT, INTERRUPTED);
    }

    private TraineeshipLifecycle() {}

    private static void allow(TraineeshipState from, TraineeshipAction action, TraineeshipState to) {
        NEXT.get(from).put(action, to);
    }

    /** Where {@code action} leads from {@code state}; empty when it is not allowed there. */
    public static Optional<TraineeshipState> next(TraineeshipState state, TraineeshipAction action) {
        return Optional.ofNullable(NEXT.get(state).get(action));
    }

    /** The actions allowed in {@code state}. */
    public static Set<TraineeshipAction> allowed(TraineeshipState state) {
        Set<TraineeshipAction> actions = EnumSet.noneOf(TraineeshipAction.class);
        actions.addAll(NEXT.get(state).keySet());
        return actions;
    }
}
