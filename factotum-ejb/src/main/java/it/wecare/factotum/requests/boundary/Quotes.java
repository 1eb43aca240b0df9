package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.QuoteState;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.platform.boundary.ActionLinks;
import it.wecare.factotum.platform.boundary.Callers;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.platform.control.SettingType;
import it.wecare.factotum.requests.entity.Quote;
import it.wecare.factotum.requests.entity.QuoteRequest;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Quotes: the IVA rates a line may use, the draft an operator writes for an assigned request, its sending
 * to the client (with the goods' credit applied), the PDF copy, and the client's answer from the tracking
 * page.
 */
@Stateless
public class Quotes {

    @PersistenceContext
    EntityManager em;

    @Inject
    RequestScope scope;

    @Inject
    Settings settings;

    @Inject
    Event<QuoteSent> quoteSent;

    @Inject
    GoodsCredit goodsCredit;

    @Inject
    Transitions transitions;

    @Resource
    SessionContext session;

    @Inject
    RequestViews views;

    private static final Logger LOG = Logger.getLogger(Quotes.class.getName());

    /**
     * The IVA rates a quote line may use (a setting: "22, 10, 5, 0", checked when it is saved), each in its
     * plain form (10, not 1E+1).
     */
    @PermitAll
    public List<BigDecimal> ivaRates() {
        String stored = settings.value(Setting.QUOTE_IVA_RATES);
        String checked;
        try {
            checked = Setting.QUOTE_IVA_RATES.normalise(stored);
        } catch (SettingType.InvalidSettingValue e) {
            // stored before the setting was checked on saving: the default holds until an administrator fixes it
            LOG.warning("The setting " + Setting.QUOTE_IVA_RATES.key() + " holds '" + stored
                    + "', which is not a list of rates; the default is used");
            checked = Setting.QUOTE_IVA_RATES.defaultValue();
        }
        List<BigDecimal> rates = new ArrayList<>();
        for (String rate : checked.split(",\\s*")) {
            rates.add(new BigDecimal(rate.strip()));
        }
        return rates;
    }

    /** The request's latest quote, if one was written. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Optional<QuoteView> quote(long requestId) {
        scope.check(requestId);
        return views.latestQuote(requestId).map(RequestViews::view);
    }

    /** A draft's default validity: today plus the days of the setting. */
    @PermitAll
    public LocalDate defaultValidity() {
        return transitions.today().plusDays(settings.intValue(Setting.QUOTE_VALID_DAYS));
    }

    /**
     * Writes (or rewrites) the draft quote of an assigned request.
     *
     * @throws InvalidInput naming {@code action} unless the request is ASSIGNED, {@code ivaRate} for a rate
     *     not in the settings' list, {@code validUntil} for a day in the past
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public QuoteView writeQuote(long requestId, @NotNull @Valid QuoteDraft draft) {
        QuoteRequest request = transitions.find(requestId);
        if (request.getState() != RequestState.ASSIGNED) {
            throw new InvalidInput("action", "request.error.notAllowed");
        }
        List<BigDecimal> rates = ivaRates();
        for (QuoteDraft.Line line : draft.lines()) {
            if (rates.stream().noneMatch(r -> r.compareTo(line.ivaRate()) == 0)) {
                throw new InvalidInput("ivaRate", "quote.error.rate");
            }
        }
        if (draft.validUntil().isBefore(transitions.today())) {
            throw new InvalidInput("validUntil", "request.error.datePast");
        }
        if (draft.validUntil().isAfter(transitions.today().plusYears(1))) {
            throw new InvalidInput("validUntil", "request.error.dateTooFar");
        }
        Quote quote = views.latestQuote(requestId)
                .filter(q -> q.getState() == QuoteState.DRAFT)
                .orElseGet(() -> {
                    Quote fresh = new Quote(request, transitions.now());
                    em.persist(fresh);
                    return fresh;
                });
        quote.write(
                draft.lines().stream()
                        .map(l -> new Quote.Line(l.description(), l.quantity(), l.unitPrice(), l.ivaRate()))
                        .toList(),
                draft.validUntil());
        em.flush();
        return views.view(quote);
    }

    /**
     * Sends the draft quote to the client (the request becomes QUOTED) with a new tracking link by email.
     *
     * @throws InvalidInput naming {@code action} without a draft or unless the request is ASSIGNED
     * @throws ConflictingChange when the request changed meanwhile
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public RequestView sendQuote(long requestId, long version, String language) {
        QuoteRequest request = transitions.seen(requestId, version);
        Quote quote = views.latestQuote(requestId)
                .filter(q -> q.getState() == QuoteState.DRAFT)
                .orElseThrow(() -> new InvalidInput("action", "quote.error.noDraft"));
        if (quote.getValidUntil().isBefore(transitions.today())) {
            throw new InvalidInput("validUntil", "request.error.datePast");
        }
        transitions.apply(request, RequestAction.SEND_QUOTE, Callers.name(session), Channel.DESK, null);
        GoodsCredit.Applied credit = goodsCredit.applyTo(request.getId(), request.clientKey(), quote.getTotal());
        quote.send(credit.amount(), transitions.now());
        if (request.getClientEmail() != null) {
            ActionLinks.Issued tracking = transitions.anotherTrackingLink(request);
            quoteSent.fire(new QuoteSent(
                    request.getId(),
                    request.getNumber(),
                    request.getClientName(),
                    request.getClientEmail(),
                    request.getLanguage(),
                    quote.getTotal(),
                    quote.getGoodsCredit(),
                    quote.getAmountDue(),
                    credit.left(),
                    quote.getValidUntil(),
                    tracking.url()));
        }
        em.flush();
        return views.view(request, language);
    }

    /** The PDF copy of a request's latest quote, for the back-office. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Optional<byte[]> quotePdf(long requestId) {
        scope.check(requestId);
        QuoteRequest request = transitions.find(requestId);
        return views.latestQuote(requestId).map(q -> views.pdf(request, views.view(q)));
    }

    /**
     * The client accepts (ACCEPTED) or declines (back to ASSIGNED, with a reason) the quote from the
     * tracking page, before its validity ends.
     *
     * @throws InvalidInput naming {@code action} when there is no quote to answer, {@code validUntil} when it
     *     expired, {@code note} for a decline without a reason
     */
    @PermitAll
    public RequestView answerQuote(String token, long version, boolean accept, String reason) {
        long requestId = transitions.trackedId(token);
        QuoteRequest request = transitions.seen(requestId, version);
        Quote quote = views.latestQuote(request.getId())
                .filter(q -> q.getState() == QuoteState.SENT && request.getState() == RequestState.QUOTED)
                .orElseThrow(() -> new InvalidInput("action", "request.error.notAllowed"));
        if (quote.getValidUntil().isBefore(transitions.today())) {
            throw new InvalidInput("validUntil", "quote.error.expired");
        }
        String actor = request.getClientEmail() == null ? "client" : request.getClientEmail();
        if (accept) {
            transitions.apply(request, RequestAction.ACCEPT_QUOTE, actor, Channel.WEB, null);
            quote.accept(transitions.now());
        } else {
            if (reason == null || reason.isBlank()) {
                throw new InvalidInput("note", "request.error.reasonRequired");
            }
            transitions.apply(request, RequestAction.DECLINE_QUOTE, actor, Channel.WEB, reason);
            quote.decline(reason, transitions.now());
        }
        em.flush();
        return RequestViews.forClient(views.view(request, request.getLanguage()));
    }
}
