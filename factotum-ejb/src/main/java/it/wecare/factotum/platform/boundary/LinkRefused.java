package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.platform.control.LinkRefusal;
import jakarta.ejb.ApplicationException;

/** An emailed link that cannot be used: unknown (forged), expired, used already or revoked. */
@ApplicationException(rollback = true)
public class LinkRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final LinkRefusal reason;

    public LinkRefused(LinkRefusal reason) {
        super("link refused: " + reason);
        this.reason = reason;
    }

    public LinkRefusal reason() {
        return reason;
    }

    /** The resource-bundle key that explains the reason to a person. */
    public String messageKey() {
        return "link.refused." + reason.name();
    }
}
