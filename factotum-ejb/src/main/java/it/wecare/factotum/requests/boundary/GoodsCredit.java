package it.wecare.factotum.requests.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The goods credit a quote may use, as the requests capability needs it; the barter capability keeps the
 * credit and implements this. A quote applies the client's credit when it is sent (its own line, after
 * IVA); a cancelled job, a declined or expired quote gives it back (barter observes {@link RequestChanged}).
 */
public interface GoodsCredit {

    /**
     * What a sent quote took from the client's credit.
     *
     * @param amount applied to the job (zero when the client has none)
     * @param left what stays in the client's account for a later job
     */
    record Applied(BigDecimal amount, BigDecimal left) implements Serializable {}

    /**
     * Moves the client's credit to the job, at most the share of {@code total} the settings allow, in the
     * caller's transaction.
     */
    Applied applyTo(long requestId, String clientKey, BigDecimal total);
}
