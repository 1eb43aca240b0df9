package it.wecare.factotum.web.platform;

import it.wecare.factotum.platform.boundary.SignIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Asks for a password-reset link; the answer is the same whether or not the address has an account. */
@Named
@RequestScoped
public class ForgottenPasswordPage {

    @Inject
    SignIn signIn;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    private boolean sent;

    public void send() {
        signIn.requestPasswordReset(email);
        sent = true;
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
