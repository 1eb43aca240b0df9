package it.wecare.factotum.web.platform;

import it.wecare.factotum.platform.boundary.InvalidInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Iterator;

/**
 * The one path of a page's errors: a refused input that reaches JSF — a boundary's {@link InvalidInput}
 * or a Bean Validation failure of its parameters, however the EJB container wrapped it — becomes the
 * field's message on the same page (the form keeps what was typed); anything else goes on to OmniFaces'
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
            if (invalid == null && violated == null) {
                continue;
            }
            if (invalid != null) {
                add(faces, invalid.field(), Texts.reason(invalid));
            } else {
                for (ConstraintViolation<?> violation : violated.getConstraintViolations()) {
                    add(faces, leaf(violation.getPropertyPath()), violation.getMessage());
                }
            }
            events.remove();
            faces.validationFailed();
            faces.renderResponse();
        }
        getWrapped().handle();
    }

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

    /** The message under the input whose id is the field's name, with its label; else at the top. */
    private static void add(FacesContext faces, String field, String reason) {
        UIInput[] found = new UIInput[1];
        if (field != null && faces.getViewRoot() != null) {
            faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
                if (component instanceof UIInput input && field.equals(component.getId())) {
                    found[0] = input;
                    return VisitResult.COMPLETE;
                }
                return VisitResult.ACCEPT;
            });
        }
        String label = found[0] == null ? null : label(found[0]);
        String text = label == null ? reason : label + ": " + reason;
        FacesMessage message = new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
        if (found[0] != null) {
            found[0].setValid(false);
            faces.addMessage(found[0].getClientId(faces), message);
        } else {
            faces.addMessage(null, message);
        }
    }

    private static String label(UIComponent input) {
        Object label = input.getAttributes().get("label");
        return label == null ? null : label.toString();
    }
}
