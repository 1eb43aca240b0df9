package it.wecare.factotum.ratings.boundary;

import java.io.Serializable;

/** A review needs an operator's eyes: held by the checks (heldFor) or of two stars or fewer (low). */
public record ReviewFlagged(long reviewId, long requestId, String number, int stars, String heldFor, boolean low)
        implements Serializable {}
