package it.wecare.factotum.web.platform;

import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.LinkRefused;
import it.wecare.factotum.platform.boundary.PasswordLink;
import it.wecare.factotum.platform.boundary.SignIn;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.omnifaces.util.Messages;

/**
 * The page an invitation or password-reset link opens. Opening it changes nothing (mail scanners open
 * links); the password is set only when the person submits the form.
 */
@Named
@ViewScoped
public class PasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SignIn signIn;

    @Inject
    LanguageSwitch language;

    private String token;
    private PasswordLink link;
    private String refusal;
    private String password;
    private String confirmation;
    private boolean done;

    /** Reads the link, without using it. */
    public void load() {
        if (link != null || refusal != null) {
            return;
        }
        try {
            link = signIn.passwordLink(token);
            language.adopt(link.language());
        } catch (LinkRefused e) {
            refusal = e.messageKey();
        }
    }

    public void save() {
        if (password == null || !password.equals(confirmation)) {
            Messages.create(Texts.get("password.confirmation") + ": " + Texts.get("password.error.mismatch"))
                    .error()
                    .add("passwordForm:confirmation");
            return;
        }
        try {
            signIn.choosePassword(token, password);
            done = true;
        } catch (InvalidInput e) {
            Messages.create(Texts.get("password.new") + ": " + Texts.reason(e))
                    .error()
                    .add("passwordForm:password");
        } catch (LinkRefused e) {
            refusal = e.messageKey();
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public PasswordLink getLink() {
        return link;
    }

    public String getRefusal() {
        return refusal;
    }

    public boolean isDone() {
        return done;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
