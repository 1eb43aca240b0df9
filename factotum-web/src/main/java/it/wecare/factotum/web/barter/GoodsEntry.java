package it.wecare.factotum.web.barter;

import it.wecare.factotum.barter.boundary.GoodsOfferDraft;
import it.wecare.factotum.barter.boundary.GoodsOffers;
import it.wecare.factotum.barter.boundary.GoodsPhotos;
import it.wecare.factotum.barter.control.Condition;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.PreparedPhoto;
import it.wecare.factotum.web.platform.Texts;
import jakarta.enterprise.inject.spi.CDI;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/**
 * The goods a client is offering, as they type them: one item at a time in the editor (category,
 * description, condition, age, quantity, weight, photos), added to the list below it; then whether they must
 * be picked up. Used by the request form and the tracking page; the boundary checks everything again.
 */
public class GoodsEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The key the goods' messages are added under: their own message areas show them, no other. */
    public static final String GOODS = "goods";

    /** An item added to the list, with small previews of its photos. */
    public record Added(
            String category,
            String categoryName,
            String description,
            Condition condition,
            int ageYears,
            int quantity,
            BigDecimal weightKg,
            List<byte[]> photos,
            List<String> previews)
            implements Serializable {

        GoodsOfferDraft.Item item() {
            return new GoodsOfferDraft.Item(category, description, condition, ageYears, quantity, weightKg, photos);
        }
    }

    private final List<Added> added = new ArrayList<>();
    private final List<byte[]> photos = new ArrayList<>();
    private final List<String> previews = new ArrayList<>();
    private String category;
    private String description;
    private Condition condition;
    private Integer ageYears;
    private Integer quantity = 1;
    private BigDecimal weightKg;
    private boolean pickUp;

    /** Whether the editor holds something not added yet. */
    public boolean isPending() {
        return (description != null && !description.isBlank()) || (category != null && !category.isBlank());
    }

    /**
     * Adds the item in the editor to the list, if every required field is there (each missing one gets its
     * message), and empties the editor.
     *
     * @param categories the categories offered now (code → name)
     * @return whether it was added
     */
    public boolean add(Map<String, String> categories) {
        boolean ok = true;
        if (category == null || !categories.containsKey(category)) {
            ok = missing("goods.field.category", "goods.error.required");
        }
        if (description == null || description.isBlank()) {
            ok = missing("goods.field.description", "goods.error.required");
        } else if (description.strip().length() > 500) {
            ok = missing("goods.field.description", "goods.error.tooLong");
        }
        if (condition == null) {
            ok = missing("goods.field.condition", "goods.error.required");
        }
        if (ageYears == null || ageYears < 0 || ageYears > 100) {
            ok = missing("goods.field.age", "goods.error.age");
        }
        if (quantity == null || quantity < 1 || quantity > 100) {
            ok = missing("goods.field.quantity", "goods.error.quantity");
        }
        if (weightKg != null
                && (weightKg.compareTo(new BigDecimal("0.1")) < 0 || weightKg.compareTo(new BigDecimal("5000")) > 0)) {
            ok = missing("goods.field.weight", "goods.error.weight");
        }
        if (added.size() >= GoodsOffers.MAX_ITEMS) {
            ok = missing("goods.field.items", "goods.error.tooMany");
        }
        if (!ok) {
            return false;
        }
        added.add(new Added(
                category,
                categories.get(category),
                description.strip(),
                condition,
                ageYears,
                quantity,
                weightKg,
                new ArrayList<>(photos),
                new ArrayList<>(previews)));
        category = null;
        description = null;
        condition = null;
        ageYears = null;
        quantity = 1;
        weightKg = null;
        photos.clear();
        previews.clear();
        return true;
    }

    /** Keeps a photo for the item in the editor: a real image of at most 5 MB, at most 3. */
    public void addPhoto(org.primefaces.event.FileUploadEvent event) {
        if (photos.size() >= GoodsOffers.MAX_PHOTOS) {
            missing("goods.field.photos", "goods.error.tooManyPhotos");
            return;
        }
        try {
            // checked, decoded and re-encoded once, by the boundary that will keep it as it is
            PreparedPhoto photo = CDI.current()
                    .select(GoodsPhotos.class)
                    .get()
                    .prepareItemPhoto(event.getFile().getContent());
            photos.add(photo.kept());
            previews.add("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(photo.preview()));
        } catch (InvalidInput e) {
            Messages.create(Texts.get("goods.field.photos") + " ("
                            + event.getFile().getFileName() + "): "
                            + Texts.reason(e))
                    .error()
                    .add(GOODS);
        }
    }

    public void removePhoto(int index) {
        if (index >= 0 && index < photos.size()) {
            photos.remove(index);
            previews.remove(index);
        }
    }

    public void remove(int index) {
        if (index >= 0 && index < added.size()) {
            added.remove(index);
        }
    }

    /** The offer to send, or null when nothing was added. */
    public GoodsOfferDraft draft() {
        return added.isEmpty()
                ? null
                : new GoodsOfferDraft(added.stream().map(Added::item).toList(), pickUp);
    }

    public void clear() {
        added.clear();
        pickUp = false;
    }

    private static boolean missing(String field, String reason) {
        Messages.create(Texts.get(field) + ": " + Texts.get(reason)).error().add(GOODS);
        return false;
    }

    public List<Added> getAdded() {
        return added;
    }

    public List<String> getPreviews() {
        return previews;
    }

    public Condition[] getConditions() {
        return Condition.values();
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Condition getCondition() {
        return condition;
    }

    public void setCondition(Condition condition) {
        this.condition = condition;
    }

    public Integer getAgeYears() {
        return ageYears;
    }

    public void setAgeYears(Integer ageYears) {
        this.ageYears = ageYears;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }

    public BigDecimal getWeightKg() {
        return weightKg;
    }

    public void setWeightKg(BigDecimal weightKg) {
        this.weightKg = weightKg;
    }

    public boolean isPickUp() {
        return pickUp;
    }

    public void setPickUp(boolean pickUp) {
        this.pickUp = pickUp;
    }
}
