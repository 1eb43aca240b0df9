package it.wecare.factotum.web.training;

import it.wecare.factotum.api.training.TraineeshipDocumentKind;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.training.boundary.DocumentRow;
import it.wecare.factotum.training.boundary.DocumentUpload;
import it.wecare.factotum.training.boundary.TraineeshipDocuments;
import it.wecare.factotum.web.platform.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.omnifaces.util.Messages;

/**
 * The dossier's upload form: the kind of document, one file (a PDF, a JPEG or a PNG, checked by content by
 * the boundary, at most 10 MB) and a note. A plain multipart post; after it the dossier opens again at its
 * documents.
 */
@Named
@RequestScoped
public class DocumentUploadForm {

    private static final String FORM = "documentForm:";

    /** One byte over the boundary's limit, so a larger file is refused by the boundary's own rule. */
    private static final int READ_AT_MOST = 10 * 1024 * 1024 + 1;

    @Inject
    TraineeshipDocuments documents;

    @Inject
    TraineeshipPage page;

    private TraineeshipDocumentKind kind;
    private String note;
    private Part file;

    public String upload() throws IOException {
        byte[] content = new byte[0];
        String name = null;
        if (file != null && file.getSize() > 0) {
            name = file.getSubmittedFileName();
            if (file.getSize() > READ_AT_MOST) {
                refuse(new InvalidInput("file", "document.error.tooLarge", 10));
                return null;
            }
            try (InputStream in = file.getInputStream()) {
                content = in.readNBytes(READ_AT_MOST);
            }
        }
        DocumentRow kept;
        try {
            kept = documents.upload(page.getId(), new DocumentUpload(kind, name, content, note));
        } catch (InvalidInput e) {
            refuse(e);
            return null;
        }
        Messages.create(Texts.get("document.uploaded", kept.fileName())).flash().add();
        return "/backoffice/traineeship?faces-redirect=true&id=" + page.getId();
    }

    private static void refuse(InvalidInput e) {
        Messages.create(Texts.problem("document.field." + e.field(), e)).error().add(FORM + e.field());
    }

    public TraineeshipDocumentKind getKind() {
        return kind;
    }

    public void setKind(TraineeshipDocumentKind kind) {
        this.kind = kind;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
