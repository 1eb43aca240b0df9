package it.wecare.factotum.web.requests;

import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.NewRequest;
import it.wecare.factotum.api.requests.RequestReceipt;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.api.requests.RequestsApi;
import it.wecare.factotum.requests.boundary.RequestDraft;
import it.wecare.factotum.requests.boundary.Submissions;
import it.wecare.factotum.requests.boundary.Submitted;
import it.wecare.factotum.requests.boundary.TooManyRequests;
import it.wecare.factotum.web.platform.rest.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** {@code POST /api/v1/requests}: the public form's rules, through the same boundary. */
@RequestScoped
public class RequestsResource implements RequestsApi {

    @Inject
    Submissions submissions;

    @Context
    HttpServletRequest http;

    @Override
    public Response submit(String idempotencyKey, NewRequest r) {
        Submitted submitted = submissions.submit(
                new RequestDraft(
                        r.subcategoryCode(),
                        r.description(),
                        r.comuneCode(),
                        r.address(),
                        r.exactDate(),
                        r.earliestDate(),
                        r.latestDate(),
                        r.timeOfDay(),
                        r.preferredKind(),
                        r.preferredWorkerId(),
                        r.clientName(),
                        r.clientEmail(),
                        r.clientPhone(),
                        r.taxCode(),
                        r.language() == null ? "it" : r.language(),
                        r.privacyAccepted(),
                        Channel.API,
                        idempotencyKey),
                http.getRemoteAddr());
        RequestReceipt receipt = new RequestReceipt(submitted.number(), RequestState.SUBMITTED, submitted.created());
        return Response.status(submitted.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(receipt)
                .build();
    }

    /** Too many requests from one email or address this hour: 429, to try again in an hour. */
    @Provider
    public static class Flooded implements ExceptionMapper<TooManyRequests> {
        @Context
        UriInfo uri;

        @Override
        public Response toResponse(TooManyRequests e) {
            return Response.fromResponse(Problems.of(
                            Response.Status.TOO_MANY_REQUESTS,
                            "too-many-requests",
                            "We received many requests from this email or address in a short time: try again in an"
                                    + " hour.",
                            uri == null ? null : uri.getPath()))
                    .header("Retry-After", "3600")
                    .build();
        }
    }
}
