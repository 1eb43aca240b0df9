package it.wecare.factotum.web.barter;

import it.wecare.factotum.barter.boundary.ClientGoods;
import it.wecare.factotum.barter.boundary.GoodsOfferDraft;
import it.wecare.factotum.barter.boundary.GoodsOffers;
import it.wecare.factotum.barter.boundary.GoodsPriceList;
import it.wecare.factotum.barter.boundary.OfferView;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.LinkRefused;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.omnifaces.util.Messages;

/**
 * The goods part of the client's tracking page: the offers and their valuation (accept or withdraw), the
 * credit in the client's account and on this job, and offering goods later.
 */
@Named
@ViewScoped
public class TrackGoods implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GoodsOffers offers;

    @Inject
    GoodsPriceList prices;

    @Inject
    LanguageSwitch language;

    private final GoodsEntry goods = new GoodsEntry();
    private String token;
    private ClientGoods state;
    /** The request (its FacesContext) the state was read in: each request reads it afresh. */
    private transient Object readIn;

    private boolean offering;

    /** The tracking link's token, read once from the page's address (the page itself checks it). */
    @PostConstruct
    void init() {
        token = org.omnifaces.util.Faces.getRequestParameter("token");
    }

    /** The request's goods and the client's credit; nothing when the link does not open the request. */
    public ClientGoods getState() {
        Object current = FacesContext.getCurrentInstance();
        if (readIn != current) {
            state = null;
            readIn = current;
        }
        if (state == null && token != null) {
            try {
                state = offers.tracked(token, language.getLanguage());
            } catch (LinkRefused | RecordNotFound e) {
                return null;
            }
        }
        return state;
    }

    /** Whether the client may offer goods now: while the request is open. */
    public boolean isOpen() {
        return getState() != null && state.open();
    }

    public void answer(OfferView offer, boolean accept) {
        try {
            offers.answer(token, offer.id(), offer.version(), accept);
            Messages.create(Texts.get(accept ? "goods.client.accepted" : "goods.client.withdrawn"))
                    .add(GoodsEntry.GOODS);
        } catch (InvalidInput e) {
            Messages.create(Texts.reason(e)).error().add(GoodsEntry.GOODS);
        } catch (ConflictingChange e) {
            Messages.create(Texts.get("goods.client.changed")).warn().add(GoodsEntry.GOODS);
        }
        state = null;
    }

    public void startOffering() {
        offering = true;
    }

    public void addGoods() {
        goods.add(getGoodsCategories());
    }

    /** Sends the goods in the editor and the list as a new offer. */
    public void sendOffer() {
        if (goods.isPending() && !goods.add(getGoodsCategories())) {
            return;
        }
        GoodsOfferDraft draft = goods.draft();
        if (draft == null) {
            Messages.create(Texts.get("goods.field.items") + ": " + Texts.get("goods.error.none"))
                    .error()
                    .add(GoodsEntry.GOODS);
            return;
        }
        try {
            offers.offerLater(token, draft);
            goods.clear();
            offering = false;
            state = null;
            Messages.create(Texts.get("goods.client.offered")).add(GoodsEntry.GOODS);
        } catch (InvalidInput e) {
            Messages.create(Texts.get("goods.field." + GoodsPanel.field(e.field())) + ": "
                            + Texts.get(e.messageKey(), e.arguments()))
                    .error()
                    .add(GoodsEntry.GOODS);
        }
    }

    public Map<String, String> getGoodsCategories() {
        return prices.choices(language.getLanguage());
    }

    public GoodsEntry getGoods() {
        return goods;
    }

    public boolean isOffering() {
        return offering;
    }
}
