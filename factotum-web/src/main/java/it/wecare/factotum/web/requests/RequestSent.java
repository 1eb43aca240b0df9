package it.wecare.factotum.web.requests;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The confirmation page after a request: its number (only shown when it looks like one). */
@Named
@RequestScoped
public class RequestSent {

    private String number;

    public boolean isValid() {
        return number != null && number.matches("\\d{4}-\\d{6}");
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
