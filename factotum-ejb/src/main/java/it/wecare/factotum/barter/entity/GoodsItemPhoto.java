package it.wecare.factotum.barter.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.util.Objects;

/** A photo of an offered item, re-encoded as JPEG (no metadata kept). */
@Entity
@Table(name = "goods_item_photo")
public class GoodsItemPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "position", nullable = false)
    private int position;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected GoodsItemPhoto() {}

    public GoodsItemPhoto(long itemId, int position, byte[] jpeg) {
        if (position < 0 || position >= GoodsItem.MAX_PHOTOS) {
            throw new IllegalArgumentException("an item has at most " + GoodsItem.MAX_PHOTOS + " photos");
        }
        this.itemId = itemId;
        this.position = position;
        this.content = Objects.requireNonNull(jpeg, "jpeg").clone();
    }

    public long getItemId() {
        return itemId;
    }

    public int getPosition() {
        return position;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
