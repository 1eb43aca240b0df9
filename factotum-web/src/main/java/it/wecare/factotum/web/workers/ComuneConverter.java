package it.wecare.factotum.web.workers;

import it.wecare.factotum.api.platform.ComuneSummary;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.web.platform.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * A comune in autocompletes: its ISTAT code on the wire, and the suggestions every comune autocomplete
 * shows ({@code completeMethod="#{comuneConverter.complete}"}).
 */
@Named
@ApplicationScoped
public class ComuneConverter implements Converter<ComuneSummary> {

    @Inject
    Comuni comuni;

    /** Up to ten active comuni for what was typed (two letters at least). */
    public List<ComuneSummary> complete(String text) {
        return text == null || text.trim().length() < 2 ? List.of() : comuni.suggest(text, 10);
    }

    @Override
    public ComuneSummary getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return comuni.byCode(value.trim());
        } catch (RecordNotFound e) {
            throw new ConverterException(new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, Texts.get("worker.error.comune"), Texts.get("worker.error.comune")));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ComuneSummary value) {
        return value == null ? "" : value.istatCode();
    }
}
