package it.wecare.factotum.web.workers;

import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.web.platform.PagedModel;
import it.wecare.factotum.workers.boundary.WorkerQuery;
import it.wecare.factotum.workers.boundary.WorkerRow;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The back-office list of workers: lazy, filterable, sortable. */
@Named
@ViewScoped
public class WorkersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Workers workers;

    private String name;
    private String kind;
    private String organisation;
    private String state = "active";

    private final LazyDataModel<WorkerRow> rows = new PagedModel<>(
            (first, size, sort) -> workers.page(query(sort), first, size), w -> String.valueOf(w.id()));

    WorkerQuery query(SortMeta sort) {
        return new WorkerQuery(
                name,
                kind == null || kind.isBlank() ? null : WorkerKind.valueOf(kind),
                organisation,
                "all".equals(state) ? null : "active".equals(state),
                sort == null ? "lastName" : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING);
    }

    public LazyDataModel<WorkerRow> getRows() {
        return rows;
    }

    public List<String> getKinds() {
        return List.of("VOLUNTEER", "FACTOTUM", "ARTISAN");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
