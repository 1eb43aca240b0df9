package it.wecare.factotum.api.training;

import it.wecare.factotum.api.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Traineeships, for the educators who follow them and the administrators (anyone else: 403; another
 * educator's traineeship: 404). The special-category section is a resource of its own, and every read of it
 * is written to the audit log.
 */
@Path("/traineeships")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public interface TraineeshipsApi {

    /** The caller's traineeships (an administrator: all, or one educator's) in {@code state}, else those not ended. */
    @GET
    List<TraineeshipSummary> list(
            @QueryParam("state") TraineeshipState state, @QueryParam("educatorId") Long educatorId);

    /** One traineeship: the project, the hours against the plan, the next checkpoint, the outcome. */
    @GET
    @Path("/{id}")
    TraineeshipDetail get(@PathParam("id") long id);

    /** The special-category section (why the person is followed); the read is audited. */
    @GET
    @Path("/{id}/sensitive")
    TraineeSensitiveData sensitive(@PathParam("id") long id);
}
