package it.wecare.factotum.notifications.boundary;

import it.wecare.factotum.api.platform.AccountSummary;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.notifications.control.EmailKind;
import it.wecare.factotum.platform.boundary.Accounts;
import it.wecare.factotum.platform.boundary.ActionLinks;
import it.wecare.factotum.training.boundary.TraineeshipReminder;
import it.wecare.factotum.training.boundary.TutorAssigned;
import it.wecare.factotum.workers.boundary.WorkerContact;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The traineeships' emails, written to the outbox in the transaction of the change or of the reminder's
 * claim: to the educator who follows the traineeship (the administrators when nobody does) when a checkpoint
 * is due or overdue, the end is near or a follow-up is due; to the host tutor when a trainee starts beside
 * them. None says why the trainee is followed.
 */
@ApplicationScoped
public class TrainingEmails {

    static final String RECORD_TYPE = "Traineeship";
    static final String DOSSIER = "/backoffice/traineeship.xhtml?id=";

    @Inject
    Outbox outbox;

    @Inject
    Accounts accounts;

    @Inject
    WorkerDirectory directory;

    void remind(@Observes TraineeshipReminder reminder) {
        EmailKind kind = switch (reminder.occasion()) {
            case CHECKPOINT_DUE -> EmailKind.TRAINEESHIP_CHECKPOINT_DUE;
            case CHECKPOINT_OVERDUE -> EmailKind.TRAINEESHIP_CHECKPOINT_OVERDUE;
            case ENDING -> EmailKind.TRAINEESHIP_ENDING;
            case FOLLOW_UP_DUE -> EmailKind.TRAINEESHIP_FOLLOW_UP_DUE;
        };
        List<AccountSummary> educators = accounts.activeWith(Role.EDUCATOR).stream()
                .filter(a -> reminder.educatorId() != null && a.id() == reminder.educatorId())
                .toList();
        List<AccountSummary> recipients = educators.isEmpty() ? accounts.activeWith(Role.ADMIN) : educators;
        for (AccountSummary to : recipients) {
            Map<String, Object> model = new HashMap<>();
            model.put("traineeName", reminder.traineeName());
            model.put("day", day(reminder.day(), to.language()));
            model.put("dossierUrl", ActionLinks.publicUrl() + DOSSIER + reminder.traineeshipId());
            outbox.enqueue(new EmailDraft(
                    kind, to.email(), to.displayName(), to.language(), model, RECORD_TYPE, reminder.traineeshipId()));
        }
    }

    void tutorAssigned(@Observes TutorAssigned event) {
        WorkerContact tutor = directory.contacts(List.of(event.tutorId())).get(event.tutorId());
        if (tutor == null || tutor.email() == null) {
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("traineeName", event.traineeName());
        model.put("educatorName", event.educatorName() == null ? "" : event.educatorName());
        model.put("hostName", event.hostName());
        model.put("startsOn", day(event.startsOn(), tutor.language()));
        model.put("endsOn", day(event.endsOn(), tutor.language()));
        outbox.enqueue(new EmailDraft(
                EmailKind.TRAINEESHIP_TUTOR_ASSIGNED,
                tutor.email(),
                tutor.name(),
                tutor.language(),
                model,
                RECORD_TYPE,
                event.traineeshipId()));
    }

    static String day(LocalDate day, String language) {
        return "en".equals(language)
                ? DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK).format(day)
                : DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ITALY).format(day);
    }
}
