package it.wecare.factotum.barter.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * An operator valued a client's goods; notifications email the client the value of each item (or why it
 * was not accepted) with a tracking link to accept or withdraw.
 */
public record GoodsValued(
        long offerId,
        long requestId,
        String number,
        String clientName,
        String clientEmail,
        String language,
        List<Line> lines,
        BigDecimal total,
        String trackingUrl)
        implements Serializable {

    public GoodsValued {
        lines = List.copyOf(lines);
    }

    /** An item: its description and value, or the reason it was refused (value null). */
    public record Line(String description, int quantity, BigDecimal value, String reason, boolean inspection)
            implements Serializable {}
}
