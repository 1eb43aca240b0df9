package it.wecare.factotum.api.requests;

/** How a request or an action came in: the public site, a phone call, the desk, a partner's API, the system itself. */
public enum Channel {
    WEB,
    PHONE,
    DESK,
    API,
    SYSTEM
}
