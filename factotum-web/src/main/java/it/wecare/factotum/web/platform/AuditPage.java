package it.wecare.factotum.web.platform;

import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.AuditQuery;
import it.wecare.factotum.platform.boundary.AuditRecord;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.Setting;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import org.primefaces.model.LazyDataModel;

/** The back-office page that searches the audit log. */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Inject
    AuditLog audit;

    @Inject
    Settings settings;

    private Integer pageSize;

    private String actor;
    private String action;
    private String recordType;
    private String recordId;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditRecord> entries =
            new PagedModel<>((first, size, sort) -> audit.search(query(), first, size), r -> String.valueOf(r.id()));

    AuditQuery query() {
        return new AuditQuery(
                actor,
                action,
                recordType,
                recordId,
                from == null ? null : from.atStartOfDay(ROME).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ROME).toInstant());
    }

    public void clear() {
        actor = null;
        action = null;
        recordType = null;
        recordId = null;
        from = null;
        to = null;
    }

    /** Rows per page, as administrators set it. */
    public int getPageSize() {
        if (pageSize == null) {
            pageSize = settings.intValue(Setting.AUDIT_PAGE_SIZE);
        }
        return pageSize;
    }

    public LazyDataModel<AuditRecord> getEntries() {
        return entries;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getRecordType() {
        return recordType;
    }

    public void setRecordType(String recordType) {
        this.recordType = recordType;
    }

    public String getRecordId() {
        return recordId;
    }

    public void setRecordId(String recordId) {
        this.recordId = recordId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
