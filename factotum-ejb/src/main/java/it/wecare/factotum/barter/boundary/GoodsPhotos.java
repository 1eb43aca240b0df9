package it.wecare.factotum.barter.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.barter.entity.GoodsItem;
import it.wecare.factotum.barter.entity.GoodsItemPhoto;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.PhotoSeals;
import it.wecare.factotum.platform.boundary.PreparedPhoto;
import it.wecare.factotum.platform.control.PhotoCheck;
import it.wecare.factotum.requests.boundary.RequestScope;
import it.wecare.factotum.requests.boundary.RequestView;
import it.wecare.factotum.requests.boundary.Tracking;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The photos of offered goods: checked and prepared when the client adds them, served to the back-office
 * and, behind the tracking link, to the client who offered them.
 */
@Stateless
public class GoodsPhotos {

    @PersistenceContext
    EntityManager em;

    @Inject
    Tracking tracking;

    @Inject
    RequestScope scope;

    @Inject
    PhotoSeals seals;

    /**
     * Checks a photo of an item the form received and prepares it (decoded and re-encoded once, sealed so the
     * offer keeps it as it is).
     *
     * @throws InvalidInput naming {@code photos} for a file that is not a real image or is too large
     */
    @PermitAll
    public PreparedPhoto prepareItemPhoto(byte[] upload) {
        try {
            return seals.prepare(upload, GoodsItem.SIDE, 160);
        } catch (PhotoCheck.Refused e) {
            throw new InvalidInput("photos", e.reason().messageKey());
        }
    }

    /** Photo {@code position} (0-2) of an item, as JPEG, for the back-office. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Optional<byte[]> photo(long itemId, int position) {
        GoodsItem item = em.find(GoodsItem.class, itemId);
        if (item == null || !scope.allows(item.getOffer().getRequestId())) {
            return Optional.empty();
        }
        return storedPhoto(itemId, position);
    }

    /** Photo {@code position} of an item of the request the tracking link shows. */
    @PermitAll
    public Optional<byte[]> trackedPhoto(String token, long itemId, int position) {
        RequestView request = tracking.track(token);
        GoodsItem item = em.find(GoodsItem.class, itemId);
        if (item == null || item.getOffer().getRequestId() != request.id()) {
            return Optional.empty();
        }
        return storedPhoto(itemId, position);
    }

    private Optional<byte[]> storedPhoto(long itemId, int position) {
        return em.createQuery(
                        "SELECT p FROM GoodsItemPhoto p WHERE p.itemId = :item AND p.position = :position",
                        GoodsItemPhoto.class)
                .setParameter("item", itemId)
                .setParameter("position", position)
                .getResultStream()
                .findFirst()
                .map(GoodsItemPhoto::getContent);
    }
}
