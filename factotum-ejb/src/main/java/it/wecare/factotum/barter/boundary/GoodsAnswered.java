package it.wecare.factotum.barter.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The client accepted the valuation of their goods (the credit is in their account) or withdrew the
 * offer; notifications tell the operators.
 *
 * @param credit the credit given, zero for a withdrawal
 * @param balance the client's credit now
 */
public record GoodsAnswered(
        long offerId,
        long requestId,
        String number,
        String clientName,
        boolean accepted,
        BigDecimal credit,
        BigDecimal balance,
        boolean pickUp)
        implements Serializable {}
