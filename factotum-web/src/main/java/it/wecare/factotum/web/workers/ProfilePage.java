package it.wecare.factotum.web.workers;

import it.wecare.factotum.api.workers.WorkerProfile;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.ratings.boundary.Reviews;
import it.wecare.factotum.ratings.boundary.WorkerReviews;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import it.wecare.factotum.workers.boundary.WorkerPhotos;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

/** A worker's public page; only for workers who consented to one. */
@Named
@RequestScoped
public class ProfilePage {

    @Inject
    WorkerDirectory directory;

    @Inject
    LanguageSwitch language;

    @Inject
    WorkerPhotos photos;

    @Inject
    Reviews reviews;

    /** As typed in the address: anything but a number is a page that does not exist (404). */
    private String id;

    /** The service or category the visitor searched for (passed on to the request form). */
    private String service;

    private WorkerProfile profile;
    private WorkerReviews workerReviews;

    /** The worker's published reviews, newest first, with average, count and distribution. */
    public WorkerReviews getReviews() {
        if (workerReviews == null && profile != null) {
            workerReviews = reviews.ofWorker(profile.id(), language.getLanguage());
        }
        return workerReviews;
    }

    public void load() throws IOException {
        try {
            profile = id == null ? null : directory.profile(Long.parseLong(id.trim()), language.getLanguage());
        } catch (RecordNotFound | NumberFormatException e) {
            profile = null;
        }
        if (profile == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No such profile");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public boolean isHasPhoto() {
        return profile != null && photos.has(profile.id());
    }

    public WorkerProfile getProfile() {
        return profile;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service == null || !service.matches("[a-z0-9-]{1,60}") ? null : service;
    }
}
