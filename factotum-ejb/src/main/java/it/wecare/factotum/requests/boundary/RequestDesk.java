package it.wecare.factotum.requests.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.RequestAction;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.api.workers.WorkerProfile;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.platform.boundary.Callers;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.Page;
import it.wecare.factotum.requests.entity.QuoteRequest;
import it.wecare.factotum.search.boundary.Search;
import it.wecare.factotum.search.boundary.WorkerSearch;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The operators' desk: the queue and its counts, one request as the back-office sees it, internal notes,
 * the operator's actions (take in review, reject, cancel), the candidates for a job and the request's
 * photos. An educator reads the requests their trainees worked on (read-only, see {@link RequestScope}).
 */
@Stateless
public class RequestDesk {

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalog catalog;

    @Inject
    RequestScope scope;

    @Inject
    Comuni comuni;

    @Inject
    Search search;

    @Inject
    Transitions transitions;

    @Resource
    SessionContext session;

    @Inject
    RequestViews views;

    /**
     * One page of the operators' queue: by default the open requests, the oldest first (the one waiting
     * longest is handled first).
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Page<RequestRow> page(RequestQuery query, int first, int pageSize, String language) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        Optional<Set<Long>> followed = scope.workers();
        if (followed.isPresent()) {
            if (followed.get().isEmpty()) {
                return new Page<>(List.of(), 0);
            }
            where.append(" AND r.id IN (SELECT a.request.id FROM Assignment a WHERE a.workerId IN :followed)");
            parameters.put("followed", followed.get());
        }
        if (query.state() != null) {
            where.append(" AND r.state = :state");
            parameters.put("state", query.state());
        } else if (!query.allStates()) {
            where.append(" AND r.state NOT IN :closed");
            parameters.put(
                    "closed",
                    List.of(
                            RequestState.COMPLETED,
                            RequestState.CANCELLED,
                            RequestState.REJECTED,
                            RequestState.EXPIRED));
        }
        if (query.service() != null && !query.service().isBlank()) {
            List<String> codes = new ArrayList<>(List.of(query.service()));
            catalog.tree("it").stream()
                    .filter(c -> c.code().equals(query.service()))
                    .forEach(c -> c.subcategories().forEach(s -> codes.add(s.code())));
            where.append(" AND r.subcategoryCode IN :codes");
            parameters.put("codes", codes);
        }
        if (query.comune() != null && !query.comune().isBlank()) {
            where.append(" AND r.comuneCode = :comune");
            parameters.put("comune", query.comune());
        }
        if (query.from() != null) {
            where.append(" AND r.createdAt >= :from");
            parameters.put("from", query.from().atStartOfDay(Transitions.ITALY).toInstant());
        }
        if (query.to() != null) {
            where.append(" AND r.createdAt < :to");
            parameters.put(
                    "to", query.to().plusDays(1).atStartOfDay(Transitions.ITALY).toInstant());
        }
        if (query.channel() != null) {
            where.append(" AND r.channel = :channel");
            parameters.put("channel", query.channel());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" AND (r.number = :number OR LOWER(r.clientName) LIKE :text OR r.clientEmail LIKE :text)");
            parameters.put("number", query.text().strip());
            parameters.put(
                    "text",
                    "%"
                            + query.text()
                                    .strip()
                                    .toLowerCase(Locale.ROOT)
                                    .replace("%", "")
                                    .replace("_", "") + "%");
        }
        var select = em.createQuery(
                "SELECT r FROM QuoteRequest r" + where + " ORDER BY r.createdAt ASC, r.id ASC", QuoteRequest.class);
        var count = em.createQuery("SELECT COUNT(r) FROM QuoteRequest r" + where, Long.class);
        parameters.forEach((name, value) -> {
            select.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<QuoteRequest> found = select.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, 200)))
                .getResultList();
        Map<String, String> services = catalog.subcategoryNames(RequestViews.language(language));
        Map<String, String> places = comuni.labels(
                found.stream().map(QuoteRequest::getComuneCode).distinct().toList());
        List<RequestRow> rows = found.stream()
                .map(r -> new RequestRow(
                        r.getId(),
                        r.getNumber(),
                        r.getState(),
                        r.getChannel(),
                        services.getOrDefault(r.getSubcategoryCode(), r.getSubcategoryCode()),
                        places.getOrDefault(r.getComuneCode(), r.getComuneCode()),
                        r.getClientName(),
                        r.when().earliest(),
                        r.when().latest(),
                        r.getCreatedAt()))
                .toList();
        return new Page<>(rows, count.getSingleResult());
    }

    /** How many requests are in each state. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Map<RequestState, Long> countByState() {
        Map<RequestState, Long> counts = new EnumMap<>(RequestState.class);
        for (RequestState state : RequestState.values()) {
            counts.put(state, 0L);
        }
        Optional<Set<Long>> followed = scope.workers();
        if (followed.isPresent() && followed.get().isEmpty()) {
            return counts;
        }
        var query = em.createQuery(
                "SELECT r.state, COUNT(r) FROM QuoteRequest r"
                        + (followed.isPresent()
                                ? " WHERE r.id IN (SELECT a.request.id FROM Assignment a WHERE a.workerId IN :followed)"
                                : "")
                        + " GROUP BY r.state",
                Object[].class);
        followed.ifPresent(ids -> query.setParameter("followed", ids));
        query.getResultList().forEach(row -> counts.put((RequestState) row[0], (Long) row[1]));
        return counts;
    }

    /** A request for the back-office. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public RequestView view(long id, String language) {
        scope.check(id);
        RequestView view = views.view(transitions.find(id), language);
        return scope.workers().isPresent() ? view.forFollower() : view;
    }

    /**
     * Writes an internal note on the request's timeline (operators only; the client does not see it).
     *
     * @throws InvalidInput naming {@code note} when it is empty or too long
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public RequestView note(long id, String note, String language) {
        if (note == null || note.isBlank()) {
            throw new InvalidInput("note", "request.error.noteRequired");
        }
        if (note.strip().length() > 1000) {
            throw new InvalidInput("note", "request.error.noteTooLong");
        }
        QuoteRequest request = transitions.find(id);
        request.note(Callers.name(session), note, transitions.now());
        em.flush();
        return views.view(request, language);
    }

    /**
     * Applies an operator's action (take in review, reject, cancel) to a request.
     *
     * @param version the version the operator saw: someone else's change meanwhile is a conflict
     * @param note the reason (required to reject or cancel)
     * @throws InvalidInput naming {@code action} when the state does not allow it, {@code note} when a
     *     reason is missing
     * @throws ConflictingChange when the request changed meanwhile
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public RequestView act(long id, @NotNull RequestAction action, long version, String note, String language) {
        if (!Set.of(RequestAction.TAKE_IN_REVIEW, RequestAction.REJECT, RequestAction.CANCEL)
                .contains(action)) {
            throw new InvalidInput("action", "request.error.notHere");
        }
        QuoteRequest request = transitions.seen(id, version);
        transitions.apply(request, action, Callers.name(session), Channel.DESK, note);
        return views.view(request, language);
    }

    /** The workers who offer the request's service where it is (for an operator choosing whom to propose). */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public List<WorkerProfile> candidates(long requestId, String language) {
        QuoteRequest request = transitions.find(requestId);
        return search.workers(new WorkerSearch(
                        null,
                        request.getSubcategoryCode(),
                        request.getPreferredKind(),
                        request.getComuneCode(),
                        null,
                        0,
                        50,
                        false,
                        RequestViews.language(language)))
                .items();
    }

    /** Photo {@code position} (1-5) of a request, as JPEG, for the back-office. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public Optional<byte[]> photo(long requestId, int position) {
        scope.check(requestId);
        return views.photoOf(requestId, position);
    }

    /**
     * One more tracking link for an email about the request that another capability writes (the goods'
     * valuation); the links sent before keep working.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public String trackingUrl(long requestId) {
        return transitions.anotherTrackingLink(transitions.find(requestId)).url();
    }
}
