package it.wecare.factotum.requests.boundary;

import java.io.Serializable;

/** A client asked for a new tracking link (the old one expired or was lost): it goes to the request's email. */
public record TrackingLinkRequested(
        long requestId, String number, String clientName, String clientEmail, String language, String trackingUrl)
        implements Serializable {}
