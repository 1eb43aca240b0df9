package it.wecare.factotum.web.training;

import it.wecare.factotum.api.training.TraineeshipDocumentKind;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.training.boundary.DocumentRow;
import it.wecare.factotum.training.boundary.TraineeshipDocuments;
import it.wecare.factotum.training.boundary.Traineeships;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.Texts;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Messages;

/**
 * The dossier's documents: the link to the project to print and sign, the documents kept (each to download)
 * and their removal with a reason. It works on the traineeship {@link TraineeshipPage} shows; the upload is
 * {@link DocumentUploadForm}.
 */
@Named
@ViewScoped
public class TraineeshipDocumentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TraineeshipPage page;

    @Inject
    TraineeshipDocuments documents;

    @Inject
    Traineeships traineeships;

    @Inject
    LanguageSwitch language;

    private List<DocumentRow> rows;
    private DocumentRow removing;
    private String reason;

    public List<DocumentRow> getRows() {
        if (rows == null) {
            rows = page.getId() == null ? List.of() : documents.list(page.getId());
        }
        return rows;
    }

    /** Whether the signed project is among the documents (the dossier says so when it is not). */
    public boolean isProjectSigned() {
        return getRows().stream().anyMatch(d -> d.kind() == TraineeshipDocumentKind.SIGNED_PROJECT);
    }

    public TraineeshipDocumentKind[] getKinds() {
        return TraineeshipDocumentKind.values();
    }

    public void startRemoving(DocumentRow row) {
        removing = row;
        reason = null;
    }

    public void cancelRemoving() {
        removing = null;
        reason = null;
    }

    public void remove() {
        if (removing == null) {
            return;
        }
        try {
            documents.remove(page.getId(), removing.id(), reason);
            Messages.create(Texts.get("document.removed", removing.fileName())).add();
        } catch (RecordNotFound gone) {
            Messages.create(Texts.get("conflict.stale")).error().add();
        }
        removing = null;
        reason = null;
        rows = null;
        page.show(traineeships.view(page.getId(), language.getLanguage()));
    }

    public DocumentRow getRemoving() {
        return removing;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
