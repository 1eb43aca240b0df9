package it.wecare.factotum.training.entity;

import it.wecare.factotum.api.training.TraineeshipDocumentKind;
import it.wecare.factotum.training.control.DocumentFile;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A document kept in a traineeship's dossier, as uploaded. Its own row, outside the traineeship's
 * aggregate, so the dossier never loads the content to list it; it is written once and never changed.
 */
@Entity
@Table(name = "traineeship_document")
public class TraineeshipDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "traineeship_id", nullable = false)
    private long traineeshipId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private TraineeshipDocumentKind kind;

    @Column(name = "file_name", nullable = false, length = 120)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "uploaded_by", nullable = false, length = 254)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected TraineeshipDocument() {}

    /**
     * @throws IllegalArgumentException when the content is empty, too large or not a PDF, JPEG or PNG (the
     *     boundary says so to the person first)
     */
    public TraineeshipDocument(
            long traineeshipId,
            TraineeshipDocumentKind kind,
            String fileName,
            byte[] content,
            String note,
            String uploadedBy,
            Instant uploadedAt) {
        Objects.requireNonNull(content, "content");
        if (content.length == 0 || content.length > DocumentFile.MAX_BYTES) {
            throw new IllegalArgumentException("a document has 1 to " + DocumentFile.MAX_BYTES + " bytes");
        }
        this.contentType = DocumentFile.contentType(content)
                .orElseThrow(() -> new IllegalArgumentException("a document is a PDF, a JPEG or a PNG"));
        this.traineeshipId = traineeshipId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fileName = DocumentFile.safeName(fileName, kind.name().toLowerCase(Locale.ROOT));
        this.content = content.clone();
        this.sizeBytes = content.length;
        this.sha256 = DocumentFile.sha256(content);
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.uploadedBy = Objects.requireNonNull(uploadedBy, "uploadedBy");
        this.uploadedAt = Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    public Long getId() {
        return id;
    }

    public long getTraineeshipId() {
        return traineeshipId;
    }

    public TraineeshipDocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getNote() {
        return note;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
