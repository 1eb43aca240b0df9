package it.wecare.factotum.matching.control;

import java.io.Serializable;

/** A comune with its province and coordinates (from the ISTAT list). */
public record Place(String comuneCode, String comuneName, String provinceCode, double latitude, double longitude)
        implements Serializable {

    private static final double EARTH_KM = 6371.0;

    /** Straight-line (great-circle) distance in kilometres. */
    public double kmTo(Place other) {
        double dLat = Math.toRadians(other.latitude - latitude);
        double dLon = Math.toRadians(other.longitude - longitude);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(latitude))
                        * Math.cos(Math.toRadians(other.latitude))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1.0, Math.sqrt(a)));
    }
}
