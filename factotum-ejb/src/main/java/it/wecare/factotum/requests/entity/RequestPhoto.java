package it.wecare.factotum.requests.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A photo the client attached to a request: a JPEG re-encoded from what was uploaded (no metadata left),
 * numbered from 1 to {@link #MAX_PER_REQUEST}.
 */
@Entity
@Table(name = "request_photo")
public class RequestPhoto {

    public static final int MAX_PER_REQUEST = 5;
    /** Photos are kept at most this many pixels on their longer side. */
    public static final int SIDE = 1600;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "position", nullable = false)
    private int position;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    @Column(name = "width", nullable = false)
    private int width;

    @Column(name = "height", nullable = false)
    private int height;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RequestPhoto() {}

    public RequestPhoto(long requestId, int position, byte[] jpeg, int width, int height, Instant now) {
        if (position < 1 || position > MAX_PER_REQUEST) {
            throw new IllegalArgumentException("A request has photos 1 to " + MAX_PER_REQUEST);
        }
        this.requestId = requestId;
        this.position = position;
        this.content = Objects.requireNonNull(jpeg, "jpeg").clone();
        this.width = width;
        this.height = height;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    public long getRequestId() {
        return requestId;
    }

    public int getPosition() {
        return position;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
