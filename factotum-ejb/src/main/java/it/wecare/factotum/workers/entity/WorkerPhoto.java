package it.wecare.factotum.workers.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A worker's photo in one size, already re-encoded as JPEG without metadata. */
@Entity
@Table(name = "worker_photo")
@IdClass(WorkerPhoto.Key.class)
public class WorkerPhoto {

    /** The sizes served: the profile page and lists. */
    public enum Size {
        LARGE(480),
        SMALL(160);

        private final int side;

        Size(int side) {
            this.side = side;
        }

        public int side() {
            return side;
        }
    }

    /** The composite key (worker, size). */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long workerId;
        private Size size;

        public Key() {}

        public Key(Long workerId, Size size) {
            this.workerId = workerId;
            this.size = size;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.workerId, workerId) && k.size == size;
        }

        @Override
        public int hashCode() {
            return Objects.hash(workerId, size);
        }
    }

    @Id
    @Column(name = "worker_id")
    private Long workerId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "photo_size", length = 10)
    private Size size;

    @Column(name = "content_type", nullable = false, length = 40)
    private String contentType;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected WorkerPhoto() {}

    public WorkerPhoto(Long workerId, Size size, byte[] jpeg, Instant now) {
        this.workerId = Objects.requireNonNull(workerId, "workerId");
        this.size = Objects.requireNonNull(size, "size");
        replace(jpeg, now);
    }

    public void replace(byte[] jpeg, Instant now) {
        if (jpeg == null || jpeg.length == 0) {
            throw new IllegalArgumentException("A photo has content");
        }
        this.contentType = "image/jpeg";
        this.content = jpeg.clone();
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    public Long getWorkerId() {
        return workerId;
    }

    public Size getSize() {
        return size;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
