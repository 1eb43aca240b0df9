package it.wecare.factotum.workers.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.platform.control.PhotoCheck;
import it.wecare.factotum.workers.entity.Worker;
import it.wecare.factotum.workers.entity.WorkerPhoto;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.image.BufferedImage;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Workers' photos: uploaded by staff, checked and re-encoded, served in two sizes. */
@Stateless
public class WorkerPhotos {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /** A photo as served. */
    public record Photo(String contentType, byte[] content, Instant updatedAt) implements Serializable {}

    /**
     * Replaces a worker's photo.
     *
     * @throws InvalidInput naming {@code photo} when the file is empty, over 5 MB or not a real JPEG, PNG
     *     or WebP image
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public void upload(long workerId, byte[] bytes) {
        if (em.find(Worker.class, workerId) == null) {
            throw new RecordNotFound("Worker", workerId);
        }
        BufferedImage image;
        try {
            image = PhotoCheck.decode(bytes);
        } catch (PhotoCheck.Refused e) {
            throw new InvalidInput("photo", e.reason().messageKey());
        }
        for (WorkerPhoto.Size size : WorkerPhoto.Size.values()) {
            byte[] jpeg = PhotoCheck.jpeg(image, size.side());
            WorkerPhoto photo = em.find(WorkerPhoto.class, new WorkerPhoto.Key(workerId, size));
            if (photo == null) {
                em.persist(new WorkerPhoto(workerId, size, jpeg, clock.instant()));
            } else {
                photo.replace(jpeg, clock.instant());
            }
        }
        audit.record("WORKER_PHOTO_CHANGED", "Worker", workerId, image.getWidth() + "x" + image.getHeight());
    }

    /**
     * A worker's photo, {@code large} or {@code small}: public when the worker has a public profile,
     * otherwise for staff only.
     */
    @PermitAll
    public Optional<Photo> photo(long workerId, String sizeName) {
        WorkerPhoto.Size size = "small".equals(sizeName) ? WorkerPhoto.Size.SMALL : WorkerPhoto.Size.LARGE;
        Worker worker = em.find(Worker.class, workerId);
        if (worker == null) {
            return Optional.empty();
        }
        boolean staff = session.isCallerInRole(Role.ADMIN_NAME)
                || session.isCallerInRole(Role.OPERATOR_NAME)
                || session.isCallerInRole(Role.EDUCATOR_NAME);
        if (!worker.hasPublicProfile() && !staff) {
            return Optional.empty();
        }
        WorkerPhoto photo = em.find(WorkerPhoto.class, new WorkerPhoto.Key(workerId, size));
        return photo == null
                ? Optional.empty()
                : Optional.of(new Photo(photo.getContentType(), photo.getContent(), photo.getUpdatedAt()));
    }

    /** Whether a worker has a photo. */
    @PermitAll
    public boolean has(long workerId) {
        return em.find(WorkerPhoto.class, new WorkerPhoto.Key(workerId, WorkerPhoto.Size.SMALL)) != null;
    }

    /** Which of {@code workerIds} have a photo (one query, for a page of results). */
    @PermitAll
    public Set<Long> having(Collection<Long> workerIds) {
        if (workerIds == null || workerIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery(
                        "SELECT p.workerId FROM WorkerPhoto p WHERE p.size = :size AND p.workerId IN :ids", Long.class)
                .setParameter("size", WorkerPhoto.Size.SMALL)
                .setParameter("ids", List.copyOf(workerIds))
                .getResultList());
    }
}
