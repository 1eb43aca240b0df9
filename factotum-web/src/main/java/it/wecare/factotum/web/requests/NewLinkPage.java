package it.wecare.factotum.web.requests;

import it.wecare.factotum.requests.boundary.Tracking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * A client whose tracking link expired or got lost asks for a new one with the request number and the
 * email of the form. The page answers the same whether or not they match a request.
 */
@Named
@ViewScoped
public class NewLinkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Tracking tracking;

    private String number;
    private String email;
    private boolean sent;

    public void send() {
        tracking.sendNewTrackingLink(number, email);
        sent = true;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isSent() {
        return sent;
    }
}
