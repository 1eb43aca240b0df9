package it.wecare.factotum.web.platform;

import it.wecare.factotum.platform.boundary.InvalidInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one path of a page's errors: a refused input that reaches JSF — a boundary's {@link InvalidInput}
 * or a Bean Validation failure of its parameters, however the EJB container wrapped it — becomes the
 * field's message on the same page (the form keeps what was typed); a change another user committed at
 * the same moment (a lost update) becomes the page's "changed meanwhile" message; anything else goes on to OmniFaces'
 * {@code FullAjaxExceptionHandler} and the error page with an error id in the log.
 */
public class FieldProblems extends ExceptionHandlerWrapper {

    /** Installed after OmniFaces' factory in faces-config.xml, so it sees each exception first. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new FieldProblems(getWrapped().getExceptionHandler());
        }
    }

    public FieldProblems(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events =
                getUnhandledExceptionQueuedEvents().iterator();
        while (faces != null && events.hasNext()) {
            Throwable error = events.next().getContext().getException();
            InvalidInput invalid = cause(error, InvalidInput.class);
            ConstraintViolationException violated = cause(error, ConstraintViolationException.class);
            if (cause(error, OptimisticLockException.class) != null) {
                // someone else's change committed while this one ran: the same answer as a stale version
                faces.addMessage(
                        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get("conflict.stale"), null));
                events.remove();
                faces.renderResponse();
                continue;
            }
            if (invalid == null && violated == null) {
                continue;
            }
            if (invalid != null) {
                add(faces, invalid.field(), Texts.reason(invalid));
            } else {
                for (ConstraintViolation<?> violation : violated.getConstraintViolations()) {
                    add(faces, leaf(violation.getPropertyPath()), inPageLanguage(faces, violation));
                }
            }
            events.remove();
            faces.validationFailed();
            faces.renderResponse();
        }
        getWrapped().handle();
    }

    /** The violation's message in the page's language (the boundary wrote it in the server's). */
    private static String inPageLanguage(FacesContext faces, ConstraintViolation<?> violation) {
        Locale locale = faces.getViewRoot() == null
                ? Locale.ITALIAN
                : faces.getViewRoot().getLocale();
        try {
            return INTERPOLATOR.interpolate(
                    violation.getMessageTemplate(),
                    new MessageInterpolator.Context() {
                        @Override
                        public ConstraintDescriptor<?> getConstraintDescriptor() {
                            return violation.getConstraintDescriptor();
                        }

                        @Override
                        public Object getValidatedValue() {
                            return violation.getInvalidValue();
                        }

                        @Override
                        public <T> T unwrap(Class<T> type) {
                            throw new ValidationException("Not supported: " + type);
                        }
                    },
                    locale);
        } catch (RuntimeException e) {
            return violation.getMessage();
        }
    }

    private static final MessageInterpolator INTERPOLATOR =
            Validation.buildDefaultValidatorFactory().getMessageInterpolator();

    /** The ids pages give the inputs of the boundaries' fields, where they differ from the field's name. */
    private static final Map<String, String> INPUTS = Map.of(
            "clientEmail", "email",
            "clientPhone", "phone",
            "clientName", "name",
            "subcategoryCode", "service",
            "comuneCode", "comune",
            "preferredWorkerId", "kind",
            "categoryCode", "goodsCategory");

    private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String leaf(Path path) {
        String name = null;
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }

    /** The form this request sent, if any. */
    private static UIComponent submittedForm(FacesContext faces) {
        UIComponent[] form = new UIComponent[1];
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (component instanceof UIForm f && f.isSubmitted()) {
                form[0] = f;
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return form[0];
    }

    /** The message under the input whose id is the field's name, with its label; else at the top. */
    private static void add(FacesContext faces, String field, String reason) {
        UIInput[] found = new UIInput[1];
        // the form that was sent first: a page with several forms may give two of them an input of one name
        List<UIComponent> places = faces.getViewRoot() == null
                ? List.of()
                : submittedForm(faces) == null
                        ? List.of(faces.getViewRoot())
                        : List.of(submittedForm(faces), faces.getViewRoot());
        for (UIComponent place : places) {
            for (String id : field == null ? List.<String>of() : List.of(field, INPUTS.getOrDefault(field, field))) {
                if (found[0] == null) {
                    place.visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
                        if (component instanceof UIInput input && id.equals(component.getId())) {
                            found[0] = input;
                            return VisitResult.COMPLETE;
                        }
                        return VisitResult.ACCEPT;
                    });
                }
            }
        }
        String label = found[0] == null ? null : label(found[0]);
        String text = label == null ? reason : label + ": " + reason;
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
        String clientId = found[0] == null ? null : found[0].getClientId(faces);
        if (faces.getMessageList(clientId).stream().anyMatch(m -> text.equals(m.getSummary()))) {
            return; // the same refusal reported twice (two checks of the same field)
        }
        if (found[0] != null) {
            keepShown(faces, found[0]);
            found[0].setValid(false);
            faces.addMessage(found[0].getClientId(faces), message);
        } else {
            faces.addMessage(null, message);
        }
    }

    /**
     * An invalid input shows what was typed (its submitted value), which JSF has cleared by the time the
     * boundary refuses: give it back the value, as text, so the person does not lose it.
     */
    private static void keepShown(FacesContext faces, UIInput input) {
        Object value = input.getValue();
        if (value == null) {
            return;
        }
        Converter<Object> converter = input.getConverter();
        if (converter == null && !(value instanceof String)) {
            converter = faces.getApplication().createConverter(value.getClass());
        }
        try {
            input.setSubmittedValue(converter == null ? value : converter.getAsString(faces, input, value));
        } catch (RuntimeException e) {
            // the value has no text form: the input shows the model's value instead
        }
    }

    private static String label(UIComponent input) {
        Object label = input.getAttributes().get("label");
        return label == null ? null : label.toString();
    }
}
