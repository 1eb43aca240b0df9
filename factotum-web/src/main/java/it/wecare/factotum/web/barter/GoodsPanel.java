package it.wecare.factotum.web.barter;

import it.wecare.factotum.barter.boundary.ClientGoods;
import it.wecare.factotum.barter.boundary.GoodsOffers;
import it.wecare.factotum.barter.boundary.ItemCollection;
import it.wecare.factotum.barter.boundary.ItemValuation;
import it.wecare.factotum.barter.boundary.OfferView;
import it.wecare.factotum.barter.control.Destination;
import it.wecare.factotum.barter.control.Valuation;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.web.platform.Formats;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The goods part of the back-office request page: each offer with its items, photos and the price list's
 * suggestion explained step by step; the operator's final value or reason, the inspection flag, who valued
 * and when; once accepted, where each item went and what it weighed; the client's credit.
 */
@Named
@ViewScoped
public class GoodsPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    GoodsOffers goods;

    @Inject
    LanguageSwitch language;

    @Inject
    Formats formats;

    private Long requestId;
    private List<OfferView> offers;
    private ClientGoods credit;
    private final Map<Long, Input> inputs = new HashMap<>();

    /** What the operator types for one item. */
    public static class Input implements Serializable {
        private static final long serialVersionUID = 1L;
        private BigDecimal value;
        private String reason;
        private boolean inspection;
        private Destination destination;
        private BigDecimal measuredKg;

        public BigDecimal getValue() {
            return value;
        }

        public void setValue(BigDecimal value) {
            this.value = value;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

        public boolean isInspection() {
            return inspection;
        }

        public void setInspection(boolean inspection) {
            this.inspection = inspection;
        }

        public Destination getDestination() {
            return destination;
        }

        public void setDestination(Destination destination) {
            this.destination = destination;
        }

        public BigDecimal getMeasuredKg() {
            return measuredKg;
        }

        public void setMeasuredKg(BigDecimal measuredKg) {
            this.measuredKg = measuredKg;
        }
    }

    @PostConstruct
    void init() {
        try {
            requestId = Long.valueOf(Faces.getRequestParameter("id"));
        } catch (NumberFormatException e) {
            requestId = null;
        }
    }

    private void load() {
        offers = requestId == null ? List.of() : goods.ofRequest(requestId, language.getLanguage());
        credit = requestId == null ? null : goods.credit(requestId);
        inputs.clear();
        for (OfferView offer : offers) {
            for (OfferView.Item item : offer.items()) {
                Input input = new Input();
                input.value =
                        item.valued() ? item.finalValue() : item.suggestion().value();
                input.reason = item.rejectionReason();
                input.inspection = item.inspectionNeeded();
                input.destination = item.destination();
                input.measuredKg = item.measuredKg() != null ? item.measuredKg() : item.weightKg();
                inputs.put(item.id(), input);
            }
        }
    }

    public List<OfferView> getOffers() {
        if (offers == null) {
            load();
        }
        return offers;
    }

    public ClientGoods getCredit() {
        if (offers == null) {
            load();
        }
        return credit;
    }

    public Map<Long, Input> getInputs() {
        return inputs;
    }

    public Destination[] getDestinations() {
        return Destination.values();
    }

    /** The suggestion in words: "150,00 € new × 0.6 (good) × 0.8 (5 years) × 1 (need) × 1 = 72 €". */
    public String explain(OfferView.Item item) {
        Valuation.Suggestion s = item.suggestion();
        List<String> parts = new ArrayList<>();
        for (Valuation.Step step : s.steps()) {
            String factor = step.key().equals("barter.step.newPrice")
                    ? formats.euro(step.factor())
                    : formats.number(step.factor());
            parts.add(Texts.get(
                    step.key().startsWith("barter.step.condition.") ? "barter.step.condition" : step.key(),
                    factor,
                    Texts.get("condition." + item.condition().name()),
                    item.ageYears(),
                    item.quantity()));
        }
        return String.join(" × ", parts) + " = " + formats.euro(s.value());
    }

    /** Saves the operator's valuation of every item of the offer. */
    public void value(OfferView offer) {
        List<ItemValuation> valuations = offer.items().stream()
                .map(i -> {
                    Input in = inputs.get(i.id());
                    boolean refused = in.reason != null && !in.reason.isBlank();
                    return new ItemValuation(
                            i.id(), refused ? null : in.value, refused ? in.reason : null, in.inspection);
                })
                .toList();
        perform(() -> goods.value(offer.id(), offer.version(), valuations), "goods.panel.valued");
    }

    /** Records where the accepted items went and what they weighed (those with both filled in). */
    public void collect(OfferView offer) {
        List<ItemCollection> collected = offer.items().stream()
                .filter(OfferView.Item::accepted)
                .filter(i -> inputs.get(i.id()).destination != null && inputs.get(i.id()).measuredKg != null)
                .map(i -> new ItemCollection(i.id(), inputs.get(i.id()).destination, inputs.get(i.id()).measuredKg))
                .toList();
        if (collected.isEmpty()) {
            Messages.create(Texts.get("goods.field.destination") + ": " + Texts.get("goods.error.collectNone"))
                    .error()
                    .add(GoodsEntry.GOODS);
            return;
        }
        perform(() -> goods.collect(offer.id(), offer.version(), collected), "goods.panel.collected");
    }

    /** Runs a change of the goods and says how it went: done, the field that is wrong, or a conflict. */
    private void perform(Runnable change, String doneKey) {
        try {
            change.run();
            Messages.create(Texts.get(doneKey)).add(GoodsEntry.GOODS);
            load();
        } catch (InvalidInput e) {
            Messages.create(Texts.get("goods.field." + field(e.field())) + ": "
                            + Texts.get(e.messageKey(), e.arguments()))
                    .error()
                    .add(GoodsEntry.GOODS);
        } catch (ConflictingChange e) {
            Messages.create(Texts.get("goods.panel.changed")).warn().add(GoodsEntry.GOODS);
            load();
        }
    }

    /** The message key suffix of a boundary's field name. */
    static String field(String field) {
        return switch (field) {
            case "categoryCode" -> "category";
            case "action", "value", "destination", "photos", "description" -> field;
            default -> "items";
        };
    }
}
