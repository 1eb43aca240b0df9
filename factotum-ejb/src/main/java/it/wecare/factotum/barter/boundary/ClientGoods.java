package it.wecare.factotum.barter.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the client's tracking page shows of their goods: the offers made for the request, the credit left in
 * their account for later jobs, the credit this request's job holds, and whether goods may still be offered
 * (while the request is open).
 */
public record ClientGoods(List<OfferView> offers, BigDecimal balance, BigDecimal onThisJob, boolean open)
        implements Serializable {

    public ClientGoods {
        offers = List.copyOf(offers);
    }
}
