package it.wecare.factotum.web.training;

import it.wecare.factotum.api.training.TraineeshipState;
import it.wecare.factotum.training.boundary.TraineeshipRow;
import it.wecare.factotum.training.boundary.Traineeships;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** "I miei tirocini": the traineeships the educator follows (an administrator: all, by educator and state). */
@Named
@ViewScoped
public class TraineeshipsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Traineeships traineeships;

    @Inject
    Workers workers;

    private TraineeshipState state;
    private Long educatorId;
    private List<TraineeshipRow> rows;
    private Map<Long, String> educators;

    public List<TraineeshipRow> getRows() {
        if (rows == null) {
            rows = traineeships.list(state, educatorId);
        }
        return rows;
    }

    public void filter() {
        rows = null;
    }

    public Map<Long, String> getEducators() {
        if (educators == null) {
            educators = workers.educators();
        }
        return educators;
    }

    public TraineeshipState[] getStates() {
        return TraineeshipState.values();
    }

    public TraineeshipState getState() {
        return state;
    }

    public void setState(TraineeshipState state) {
        this.state = state;
    }

    public Long getEducatorId() {
        return educatorId;
    }

    public void setEducatorId(Long educatorId) {
        this.educatorId = educatorId;
    }

    /** Last month as the month field writes it ("2026-11"): the statement the administration exports first. */
    public String getPreviousMonth() {
        return YearMonth.now(ZoneId.of("Europe/Rome")).minusMonths(1).toString();
    }
}
