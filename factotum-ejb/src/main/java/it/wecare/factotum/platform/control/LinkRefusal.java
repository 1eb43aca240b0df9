package it.wecare.factotum.platform.control;

/** Why a link sent by email cannot be used now. */
public enum LinkRefusal {
    UNKNOWN,
    WRONG_PURPOSE,
    EXPIRED,
    USED,
    REVOKED
}
