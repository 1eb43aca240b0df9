package it.wecare.factotum.barter.boundary;

import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.barter.control.Ledger;
import it.wecare.factotum.barter.control.Valuation;
import it.wecare.factotum.barter.entity.CreditMovement;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.requests.boundary.GoodsCredit;
import it.wecare.factotum.requests.boundary.RequestChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Set;

/**
 * The goods credit as quotes use it: a sent quote takes the client's credit (at most the share of its total
 * the settings allow); a cancelled or rejected request, a declined or expired quote gives back what its job
 * took. Everything happens in the transaction of the request's change.
 */
@ApplicationScoped
public class Credit implements GoodsCredit {

    /** The changes after which a job's credit goes back to the client. */
    static final Set<RequestAction> GIVE_BACK =
            Set.of(RequestAction.CANCEL, RequestAction.REJECT, RequestAction.DECLINE_QUOTE, RequestAction.EXPIRE);

    @Inject
    CreditBook book;

    @Inject
    Settings settings;

    @Override
    public Applied applyTo(long requestId, String clientKey, BigDecimal total) {
        Ledger.Account client = Ledger.Account.client(clientKey);
        BigDecimal share = BigDecimal.valueOf(settings.intValue(Setting.BARTER_CREDIT_SHARE))
                .movePointLeft(2);
        Ledger.Movement applied = book.move(
                CreditMovement.Reason.APPLIED,
                client,
                Ledger.Account.job(requestId),
                balance -> Valuation.applicable(balance, total, share),
                requestId,
                null,
                "system");
        return new Applied(applied == null ? BigDecimal.ZERO.setScale(2) : applied.amount(), book.balance(client));
    }

    /** The client's credit left for later jobs. */
    public BigDecimal balance(String clientKey) {
        return book.balance(Ledger.Account.client(clientKey));
    }

    /** The credit a job holds now (applied by its quote, not given back). */
    public BigDecimal onJob(long requestId) {
        return book.balance(Ledger.Account.job(requestId));
    }

    void giveBack(@Observes RequestChanged change) {
        if (!GIVE_BACK.contains(change.action())) {
            return;
        }
        book.sourceOf(change.requestId())
                .ifPresent(client -> book.move(
                        CreditMovement.Reason.RETURNED,
                        Ledger.Account.job(change.requestId()),
                        client,
                        whole -> whole,
                        change.requestId(),
                        null,
                        "system"));
    }
}
