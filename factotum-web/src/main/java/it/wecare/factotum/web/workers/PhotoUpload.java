package it.wecare.factotum.web.workers;

import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.web.platform.Texts;
import it.wecare.factotum.workers.boundary.WorkerPhotos;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import org.omnifaces.util.Messages;

/** The photo form on a worker's page: one file, checked by content, at most 5 MB. */
@Named
@RequestScoped
public class PhotoUpload {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    @Inject
    WorkerPhotos photos;

    @Inject
    WorkerEditPage page;

    private Part file;

    public String upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.create(Texts.get("photo.label") + ": " + Texts.get("photo.error.EMPTY"))
                    .error()
                    .add("photoForm:file");
            return null;
        }
        if (file.getSize() > MAX_BYTES) {
            Messages.create(Texts.get("photo.label") + ": " + Texts.get("photo.error.TOO_LARGE"))
                    .error()
                    .add("photoForm:file");
            return null;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        }
        Long workerId = page.getId();
        try {
            photos.upload(workerId, bytes);
        } catch (InvalidInput e) {
            Messages.create(Texts.get("photo.label") + ": " + Texts.reason(e))
                    .error()
                    .add("photoForm:file");
            return null;
        }
        Messages.create(Texts.get("photo.saved")).flash().add();
        return "/backoffice/worker?faces-redirect=true&id=" + workerId;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
