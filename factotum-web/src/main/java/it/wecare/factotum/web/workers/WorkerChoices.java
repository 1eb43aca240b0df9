package it.wecare.factotum.web.workers;

import it.wecare.factotum.workers.boundary.WorkerQuery;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The autocomplete of active workers the back-office pages share: a choice is "id|name", so the page
 * keeps the id and the field shows the name.
 */
@Named
@RequestScoped
public class WorkerChoices {

    static final int SHOWN = 15;

    @Inject
    Workers workers;

    /** Active workers whose name contains {@code text}. */
    public List<String> complete(String text) {
        return workers.page(new WorkerQuery(text, null, null, true, "lastName", true), 0, SHOWN).items().stream()
                .map(w -> w.id() + "|" + w.firstName() + " " + w.lastName())
                .toList();
    }

    /** The name of a choice. */
    public String label(String choice) {
        int bar = choice == null ? -1 : choice.indexOf('|');
        return bar < 0 ? "" : choice.substring(bar + 1);
    }

    /** The worker's id of a choice, or null for anything else. */
    public static Long idOf(String choice) {
        int bar = choice == null ? -1 : choice.indexOf('|');
        if (bar < 1 || !choice.substring(0, bar).chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.valueOf(choice.substring(0, bar));
    }
}
