package it.wecare.factotum.web.requests;

import it.wecare.factotum.requests.boundary.Jobs;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.Texts;
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
    it.wecare.factotum.workers.boundary.Workers workers;

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

    /** Active workers whose name contains {@code text}, as "id|name" for the filter's autocomplete. */
    public java.util.List<String> completeWorker(String text) {
        return workers
                .page(
                        new it.wecare.factotum.workers.boundary.WorkerQuery(text, null, null, true, "lastName", true),
                        0,
                        15)
                .items()
                .stream()
                .map(w -> w.id() + "|" + w.firstName() + " " + w.lastName())
                .toList();
    }

    /** The chosen worker as "id|name", or null for everyone. */
    public String getWorker() {
        return worker;
    }

    public void setWorker(String worker) {
        int bar = worker == null ? -1 : worker.indexOf('|');
        if (bar < 1 || !worker.substring(0, bar).chars().allMatch(Character::isDigit)) {
            this.worker = null;
            this.workerId = null;
        } else {
            this.worker = worker;
            this.workerId = Long.valueOf(worker.substring(0, bar));
        }
    }

    /** The label of an "id|name" choice. */
    public String label(String choice) {
        return choice == null ? "" : choice.substring(choice.indexOf('|') + 1);
    }
}
