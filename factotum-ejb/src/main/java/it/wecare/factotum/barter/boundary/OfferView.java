package it.wecare.factotum.barter.boundary;

import it.wecare.factotum.barter.control.Condition;
import it.wecare.factotum.barter.control.Destination;
import it.wecare.factotum.barter.control.Valuation;
import it.wecare.factotum.barter.entity.GoodsOffer;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An offer of goods as the back-office sees it (the client's copy leaves out who valued it and the
 * suggestion).
 *
 * @param value the sum of the accepted items' final values
 * @param credit the credit the offer gave once accepted, null before
 */
public record OfferView(
        long id,
        long requestId,
        GoodsOffer.State state,
        boolean pickUp,
        Instant offeredAt,
        Instant valuedAt,
        String valuedBy,
        BigDecimal value,
        BigDecimal credit,
        List<Item> items,
        long version)
        implements Serializable {

    public OfferView {
        items = List.copyOf(items);
    }

    /** Whether an operator may value it (again): until the client answers. */
    public boolean valuable() {
        return state == GoodsOffer.State.OFFERED || state == GoodsOffer.State.VALUED;
    }

    /**
     * One item.
     *
     * @param suggestion the value the price list suggests now, with its steps (null in the client's copy)
     * @param finalValue the operator's value, null when refused or not yet valued
     */
    public record Item(
            long id,
            int lineNo,
            String categoryCode,
            String categoryName,
            String description,
            Condition condition,
            int ageYears,
            int quantity,
            BigDecimal weightKg,
            int photos,
            Valuation.Suggestion suggestion,
            boolean valued,
            BigDecimal finalValue,
            String rejectionReason,
            boolean inspectionNeeded,
            String valuedBy,
            Instant valuedAt,
            Destination destination,
            BigDecimal measuredKg,
            Instant collectedAt)
            implements Serializable {

        public boolean accepted() {
            return finalValue != null;
        }

        public boolean collected() {
            return collectedAt != null;
        }
    }
}
