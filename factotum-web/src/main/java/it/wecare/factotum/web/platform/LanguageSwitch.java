package it.wecare.factotum.web.platform;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** The language of the pages for this visitor: Italian unless they switch to English. */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Locale ITALIAN = Locale.ITALIAN;

    private Locale locale = ITALIAN;
    private boolean chosen;

    /** Uses {@code language} for this visitor unless they picked a language themselves. */
    public void adopt(String language) {
        if (!chosen) {
            locale = "en".equals(language) ? Locale.ENGLISH : ITALIAN;
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getViewRoot() != null) {
                faces.getViewRoot().setLocale(locale);
            }
        }
    }

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isItalian() {
        return "it".equals(locale.getLanguage());
    }

    /** Switches to {@code language} ({@code it} or {@code en}) and shows the same page again. */
    public String switchTo(String language) {
        locale = "en".equals(language) ? Locale.ENGLISH : ITALIAN;
        chosen = true;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(locale);
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
