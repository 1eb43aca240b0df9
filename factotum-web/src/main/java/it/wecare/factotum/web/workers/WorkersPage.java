package it.wecare.factotum.web.workers;

import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.platform.boundary.Page;
import it.wecare.factotum.workers.boundary.WorkerQuery;
import it.wecare.factotum.workers.boundary.WorkerRow;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
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

    private final LazyDataModel<WorkerRow> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) workers.page(query(null), 0, 1).total();
        }

        @Override
        public List<WorkerRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            Page<WorkerRow> page = workers.page(query(sort), first, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(WorkerRow row) {
            return String.valueOf(row.id());
        }
    };

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
