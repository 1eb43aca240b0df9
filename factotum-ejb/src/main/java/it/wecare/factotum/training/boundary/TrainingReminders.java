package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.training.TraineeshipState;
import it.wecare.factotum.training.control.CheckpointSchedule;
import it.wecare.factotum.training.entity.Traineeship;
import it.wecare.factotum.training.entity.TraineeshipFollowUp;
import it.wecare.factotum.workers.boundary.WorkerContact;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The traineeships' reminders, run by {@link TrainingTimer}: a checkpoint falls due, a checkpoint is overdue,
 * a traineeship ends within {@value TraineeshipViews#ENDING_DAYS} days, a follow-up after the end is due.
 * Each is claimed by an update that writes the day it went out for, in a transaction of its own with its
 * email: whichever node's timer fires, each reminder goes once (and again only for a new day: the next
 * checkpoint, a new end after an extension).
 */
@Stateless
@PermitAll
public class TrainingReminders {

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainingRules rules;

    @Inject
    WorkerDirectory directory;

    @Inject
    Event<TraineeshipReminder> reminders;

    /** The active traineeships, to look at. */
    public List<Long> active() {
        return em.createQuery("SELECT t.id FROM Traineeship t WHERE t.state = :active ORDER BY t.id", Long.class)
                .setParameter("active", TraineeshipState.ACTIVE)
                .setMaxResults(2000)
                .getResultList();
    }

    /** The follow-ups due and not recorded that nobody was reminded of. */
    public List<Long> followUpsDue() {
        return em.createQuery(
                        "SELECT f.id FROM TraineeshipFollowUp f WHERE f.doneOn IS NULL AND f.remindedOn IS NULL"
                                + " AND f.dueOn <= :today ORDER BY f.id",
                        Long.class)
                .setParameter("today", rules.today())
                .setMaxResults(2000)
                .getResultList();
    }

    /** Sends what the active traineeship {@code id} is due: its checkpoint, an overdue one, its end; how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int remind(long id) {
        Traineeship t = em.find(Traineeship.class, id);
        if (t == null || t.getState() != TraineeshipState.ACTIVE) {
            return 0;
        }
        LocalDate today = rules.today();
        CheckpointSchedule schedule = rules.checkpoints();
        Optional<LocalDate> due =
                schedule.next(t.getStartsOn(), t.getEndsOn(), t.lastCheckpoint().orElse(null));
        int sent = 0;
        if (due.isPresent() && !today.isBefore(due.get())) {
            if (schedule.overdue(due.get(), today)) {
                sent += claim(t, "overdue_reminded_for", due.get(), TraineeshipReminder.Occasion.CHECKPOINT_OVERDUE);
            } else {
                sent += claim(t, "checkpoint_reminded_for", due.get(), TraineeshipReminder.Occasion.CHECKPOINT_DUE);
            }
        }
        if (!t.getEndsOn().isBefore(today) && !t.getEndsOn().isAfter(today.plusDays(TraineeshipViews.ENDING_DAYS))) {
            sent += claim(t, "ending_reminded_for", t.getEndsOn(), TraineeshipReminder.Occasion.ENDING);
        }
        return sent;
    }

    /** Reminds the educator of the follow-up {@code id}, unless another node did; true when this call did. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean remindFollowUp(long id) {
        LocalDate today = rules.today();
        int claimed = em.createQuery("UPDATE TraineeshipFollowUp f SET f.remindedOn = :today"
                        + " WHERE f.id = :id AND f.remindedOn IS NULL AND f.doneOn IS NULL AND f.dueOn <= :today")
                .setParameter("today", today)
                .setParameter("id", id)
                .executeUpdate();
        if (claimed == 0) {
            return false;
        }
        TraineeshipFollowUp followUp = em.find(TraineeshipFollowUp.class, id);
        Traineeship t = followUp.traineeship();
        reminders.fire(new TraineeshipReminder(
                TraineeshipReminder.Occasion.FOLLOW_UP_DUE,
                t.getId(),
                t.getEducatorId(),
                name(t),
                followUp.getDueOn()));
        return true;
    }

    private int claim(Traineeship t, String column, LocalDate day, TraineeshipReminder.Occasion occasion) {
        // a plain SQL update: a JPQL one would raise the row's version and turn an educator's edit of the
        // same moment into a conflict, for a column the edit never touches
        int claimed = em.createNativeQuery("UPDATE traineeship SET " + column + " = ? WHERE id = ? AND (" + column
                        + " IS NULL OR " + column + " <> ?)")
                .setParameter(1, day)
                .setParameter(2, t.getId())
                .setParameter(3, day)
                .executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        reminders.fire(new TraineeshipReminder(occasion, t.getId(), t.getEducatorId(), name(t), day));
        return 1;
    }

    private String name(Traineeship t) {
        WorkerContact c = directory.contacts(List.of(t.getWorkerId())).get(t.getWorkerId());
        return c == null ? "#" + t.getWorkerId() : c.name();
    }
}
