package it.wecare.factotum.web.training;

import it.wecare.factotum.requests.boundary.CalendarEntry;
import it.wecare.factotum.requests.boundary.Jobs;
import it.wecare.factotum.training.boundary.Traineeships;
import it.wecare.factotum.training.boundary.TrainingDate;
import it.wecare.factotum.web.platform.CurrentUser;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The educators' calendar: the checkpoints held and due (an overdue one marked), the ends of the
 * traineeships under way and the follow-ups due, each linking to its dossier; for an educator also the jobs
 * of the trainees they follow. An administrator sees every traineeship's dates (the jobs are in the
 * operators' calendar).
 */
@Named
@ViewScoped
public class TrainingCalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Traineeships traineeships;

    @Inject
    Jobs jobs;

    @Inject
    CurrentUser user;

    @Inject
    LanguageSwitch language;

    private ScheduleModel model;

    public ScheduleModel getModel() {
        if (model == null) {
            boolean withJobs = user.isEducator() && !user.isAdmin();
            String lang = language.getLanguage();
            String context =
                    FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            model = new LazyScheduleModel() {
                private static final long serialVersionUID = 1L;

                @Override
                public void loadEvents(LocalDateTime start, LocalDateTime end) {
                    LocalDate from = start.toLocalDate();
                    LocalDate to = end.toLocalDate().minusDays(1).isBefore(from)
                            ? from
                            : end.toLocalDate().minusDays(1);
                    for (TrainingDate d : traineeships.calendar(from, to)) {
                        addEvent(DefaultScheduleEvent.builder()
                                .id(d.kind().name().toLowerCase() + "-" + d.traineeshipId() + "-" + d.day())
                                .title(Texts.get("trainingCalendar." + d.kind().name()) + ": " + d.traineeName()
                                        + (d.overdue() ? " · " + Texts.get("trainingCalendar.overdue") : ""))
                                .startDate(d.day().atStartOfDay())
                                .endDate(d.day().plusDays(1).atStartOfDay())
                                .allDay(true)
                                .styleClass("training-" + d.kind().name() + (d.overdue() ? " overdue" : ""))
                                .url(context + "/backoffice/traineeship.xhtml?id=" + d.traineeshipId())
                                .build());
                    }
                    if (withJobs) {
                        for (CalendarEntry e : jobs.calendar(from, to, null, lang)) {
                            if (e.kind() == CalendarEntry.Kind.JOB) {
                                addEvent(DefaultScheduleEvent.builder()
                                        .id("job-" + e.id())
                                        .title(e.workerName() + " · " + e.title() + " (" + e.number() + ")")
                                        .startDate(e.first().atTime(e.start()))
                                        .endDate(e.first().atTime(e.end()))
                                        .styleClass("job-" + e.state().name())
                                        .url(context + "/backoffice/request.xhtml?id=" + e.id())
                                        .build());
                            }
                        }
                    }
                }
            };
        }
        return model;
    }
}
