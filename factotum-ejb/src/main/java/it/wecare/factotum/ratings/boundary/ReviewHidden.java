package it.wecare.factotum.ratings.boundary;

import java.io.Serializable;

/** An operator hid a review for a policy reason: the other operators are told. */
public record ReviewHidden(long reviewId, long requestId, String number, String reason, String note, String by)
        implements Serializable {}
