package it.wecare.factotum.barter.boundary;

import java.io.Serializable;

/** A client offered goods for a request after sending it; notifications tell the operators. */
public record GoodsOffered(long offerId, long requestId, String number, String clientName, int items, boolean pickUp)
        implements Serializable {}
