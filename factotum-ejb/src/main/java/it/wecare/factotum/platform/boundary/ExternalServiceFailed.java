package it.wecare.factotum.platform.boundary;

import jakarta.ejb.ApplicationException;

/** A service outside Factotum (the SMTP server, for example) did not do what was asked. */
@ApplicationException(rollback = false)
public class ExternalServiceFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public ExternalServiceFailed(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
