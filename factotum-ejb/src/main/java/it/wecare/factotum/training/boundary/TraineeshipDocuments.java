package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.Callers;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.training.control.DocumentFile;
import it.wecare.factotum.training.entity.Traineeship;
import it.wecare.factotum.training.entity.TraineeshipDocument;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The documents of a traineeship's dossier: the individual project printed as a PDF to sign, and what is
 * kept once signed or received (the signed project, the agreement, the policies, the signed attendance
 * sheets and certificate, the service's attestation) — uploaded, listed, read again, removed with a reason.
 * The traineeship's educator and the administrators only, as the dossier; each read, upload and removal is
 * audited and each upload and removal is on the timeline.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.EDUCATOR_NAME})
public class TraineeshipDocuments {

    static final String DOCUMENT_TYPE = "TraineeshipDocument";

    @PersistenceContext
    EntityManager em;

    @Inject
    TrainingScope scope;

    @Inject
    TrainingRules rules;

    @Inject
    TraineeshipViews views;

    @Inject
    Issuers issuers;

    @Inject
    Settings settings;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    /** The individual project of traineeship {@code id} as a PDF in Italian, to print and sign. */
    public byte[] project(long id) {
        Traineeship t = scope.find(id, session);
        audit.record("TRAINEESHIP_PROJECT", TrainingScope.RECORD_TYPE, id, null);
        return ProjectDocument.render(
                issuers.of(t), views.view(t, "it"), settings.intValue(Setting.TRAINEESHIP_ALLOWANCE_FULL_PERCENT));
    }

    /** The documents kept for traineeship {@code id}, the latest first. */
    public List<DocumentRow> list(long id) {
        scope.find(id, session);
        return em.createQuery(
                        "SELECT NEW it.wecare.factotum.training.boundary.DocumentRow(d.id, d.kind, d.fileName,"
                                + " d.contentType, d.sizeBytes, d.sha256, d.note, d.uploadedBy, d.uploadedAt)"
                                + " FROM TraineeshipDocument d WHERE d.traineeshipId = :id"
                                + " ORDER BY d.uploadedAt DESC, d.id DESC",
                        DocumentRow.class)
                .setParameter("id", id)
                .getResultList();
    }

    /**
     * Keeps a document in the dossier of traineeship {@code id}.
     *
     * @throws InvalidInput naming {@code kind} when none is chosen, {@code file} when it is empty, larger than
     *     10 MB or not a PDF, JPEG or PNG, {@code note} when it is longer than 500 characters
     */
    public DocumentRow upload(long id, @NotNull DocumentUpload upload) {
        Traineeship t = scope.find(id, session);
        if (upload.kind() == null) {
            throw new InvalidInput("kind", "document.error.kind");
        }
        byte[] content = upload.content();
        if (content == null || content.length == 0) {
            throw new InvalidInput("file", "document.error.empty");
        }
        if (content.length > DocumentFile.MAX_BYTES) {
            throw new InvalidInput("file", "document.error.tooLarge", DocumentFile.MAX_BYTES / (1024 * 1024));
        }
        if (DocumentFile.contentType(content).isEmpty()) {
            throw new InvalidInput("file", "document.error.type");
        }
        if (upload.kind().specialCategory() && rules.pastSensitiveKeeping(t)) {
            throw new InvalidInput("kind", "traineeship.error.sensitiveExpired");
        }
        if (upload.note() != null && upload.note().strip().length() > 500) {
            throw new InvalidInput("note", "document.error.noteTooLong", 500);
        }
        TraineeshipDocument document = new TraineeshipDocument(
                id, upload.kind(), upload.fileName(), content, upload.note(), actor(), rules.now());
        em.persist(document);
        t.noteDocument(true, document.getFileName(), null, actor(), rules.now());
        em.flush();
        audit.record(
                "TRAINEESHIP_DOCUMENT_ADDED",
                DOCUMENT_TYPE,
                document.getId(),
                id + " " + document.getKind().name() + " " + document.getSha256());
        return row(document);
    }

    /** The content of document {@code documentId} of traineeship {@code id}, when it is there. */
    public Optional<StoredDocument> download(long id, long documentId) {
        scope.find(id, session);
        TraineeshipDocument document = em.find(TraineeshipDocument.class, documentId);
        if (document == null || document.getTraineeshipId() != id) {
            return Optional.empty();
        }
        audit.record("TRAINEESHIP_DOCUMENT_READ", DOCUMENT_TYPE, documentId, String.valueOf(id));
        return Optional.of(
                new StoredDocument(document.getFileName(), document.getContentType(), document.getContent()));
    }

    /**
     * Removes document {@code documentId} from the dossier of traineeship {@code id} (uploaded by mistake,
     * replaced); the reason goes to the timeline and the audit log.
     *
     * @throws InvalidInput naming {@code reason} when none is given
     * @throws RecordNotFound when the dossier has no such document
     */
    public void remove(long id, long documentId, String reason) {
        Traineeship t = scope.find(id, session);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInput("reason", "document.error.reason");
        }
        if (reason.strip().length() > 500) {
            throw new InvalidInput("reason", "document.error.noteTooLong", 500);
        }
        TraineeshipDocument document = em.find(TraineeshipDocument.class, documentId);
        if (document == null || document.getTraineeshipId() != id) {
            throw new RecordNotFound(DOCUMENT_TYPE, documentId);
        }
        em.remove(document);
        t.noteDocument(false, document.getFileName(), reason, actor(), rules.now());
        audit.record(
                "TRAINEESHIP_DOCUMENT_REMOVED",
                DOCUMENT_TYPE,
                documentId,
                id + " " + document.getKind().name() + ": " + reason.strip());
    }

    private static DocumentRow row(TraineeshipDocument d) {
        return new DocumentRow(
                d.getId(),
                d.getKind(),
                d.getFileName(),
                d.getContentType(),
                d.getSizeBytes(),
                d.getSha256(),
                d.getNote(),
                d.getUploadedBy(),
                d.getUploadedAt());
    }

    private String actor() {
        return Callers.name(session);
    }
}
