package it.wecare.factotum.web.requests;

import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.requests.boundary.Submitted;
import it.wecare.factotum.web.platform.Texts;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import org.omnifaces.util.Messages;

/**
 * The assisted channel: an operator enters the request of a client who phoned or came to the desk, on one
 * page; the email is optional (a phone number is then needed) and the operator confirms having read the
 * privacy notice to the client. The request's page can then be printed for the client.
 */
@Named
@ViewScoped
public class DeskRequestPage extends RequestFormPage {

    private static final long serialVersionUID = 1L;

    private String channel = Channel.PHONE.name();

    public DeskRequestPage() {
        // the desk form asks for a period; the same day twice is an exact day
        setDateMode("window");
    }

    /** Saves the request, with the goods the client offers if any, and opens its page. */
    public void save() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            if (getGoods().isPending() && !getGoods().add(getGoodsCategories())) {
                return;
            }
            Submitted submitted = goodsOffers.submit(
                    draft(Channel.valueOf(channel), isPrivacy()),
                    null,
                    null,
                    getGoods().draft());
            faces.getExternalContext()
                    .redirect(faces.getExternalContext().getRequestContextPath() + "/backoffice/request.xhtml?id="
                            + submitted.id());
        } catch (InvalidInput e) {
            Messages.create(fieldLabel(e.field()) + ": " + Texts.reason(e))
                    .error()
                    .add();
        }
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = Channel.DESK.name().equals(channel) ? Channel.DESK.name() : Channel.PHONE.name();
    }
}
