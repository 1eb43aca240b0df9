package it.wecare.factotum.web.workers;

import it.wecare.factotum.workers.boundary.WorkerForm;
import it.wecare.factotum.workers.boundary.Workers;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The worker area's home: the worker the logged-in person is, if their login belongs to one. */
@Named
@RequestScoped
public class WorkerHome {

    @Inject
    Workers workers;

    private WorkerForm worker;
    private boolean loaded;

    public WorkerForm getWorker() {
        if (!loaded) {
            loaded = true;
            worker = workers.mine().orElse(null);
        }
        return worker;
    }

    public boolean isPublicProfile() {
        WorkerForm w = getWorker();
        return w != null && w.active() && w.publicConsent();
    }
}
