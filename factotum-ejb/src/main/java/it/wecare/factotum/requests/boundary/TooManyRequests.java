package it.wecare.factotum.requests.boundary;

import jakarta.ejb.ApplicationException;

/** More requests from one email address or one network address than the settings allow in an hour. */
@ApplicationException(rollback = true)
public class TooManyRequests extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TooManyRequests(String detail) {
        super(detail);
    }
}
