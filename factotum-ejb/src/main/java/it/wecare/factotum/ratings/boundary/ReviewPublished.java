package it.wecare.factotum.ratings.boundary;

import java.io.Serializable;

/** A review was published (at once or by an operator): the worker is told. */
public record ReviewPublished(
        long reviewId, long requestId, String number, long workerId, int stars, String serviceName)
        implements Serializable {}
