package it.wecare.factotum.web.requests;

import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.web.platform.Texts;
import it.wecare.factotum.workers.boundary.Availability;
import it.wecare.factotum.workers.boundary.UnavailabilityView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.omnifaces.util.Messages;

/** The worker's days away (holidays, days off) in the worker area: scheduling respects them. */
@Named
@ViewScoped
public class MyAvailability implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Availability availability;

    private List<UnavailabilityView> periods;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String reason;

    public List<UnavailabilityView> getPeriods() {
        if (periods == null) {
            periods = availability.mine();
        }
        return periods;
    }

    public void add() {
        try {
            availability.addMine(firstDay, lastDay == null ? firstDay : lastDay, reason);
            firstDay = null;
            lastDay = null;
            reason = null;
            periods = null;
            Messages.create(Texts.get("away.added")).add();
        } catch (InvalidInput e) {
            Messages.create(Texts.problem("away." + e.field(), e)).error().add();
        }
    }

    public void remove(long id) {
        try {
            availability.removeMine(id);
            Messages.create(Texts.get("away.removed")).add();
        } catch (RecordNotFound e) {
            Messages.create(Texts.get("conflict.stale")).error().add();
        }
        periods = null;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
