package it.wecare.factotum.web.requests;

import it.wecare.factotum.requests.boundary.Jobs;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.Texts;
import it.wecare.factotum.web.workers.WorkerChoices;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.ScheduleModel;

/** The back-office calendar: every scheduled and done job and every day away, or one worker's. */
@Named
@ViewScoped
public class CalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Jobs jobs;

    @Inject
    LanguageSwitch language;

    private Long workerId;
    private String worker;
    private ScheduleModel model;

    public ScheduleModel getModel() {
        if (model == null) {
            Long worker = workerId;
            String lang = language.getLanguage();
            model = CalendarModels.lazy(
                    (from, to) -> jobs.calendar(from, to, worker, lang),
                    e -> "/backoffice/request.xhtml?id=" + e.id(),
                    Texts.get("calendar.away"));
        }
        return model;
    }

    /** Shows the chosen worker's calendar (or everyone's). */
    public void filter() {
        model = null;
    }

    /** The chosen worker as "id|name", or null for everyone. */
    public String getWorker() {
        return worker;
    }

    public void setWorker(String worker) {
        this.workerId = WorkerChoices.idOf(worker);
        this.worker = workerId == null ? null : worker;
    }
}
