package it.wecare.factotum.api.catalog;

import it.wecare.factotum.api.problem.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The service catalog; public and read-only. Italian unless Accept-Language asks for English. */
@Path("/categories")
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public interface CategoriesApi {

    /** The active categories, in order, each with its active subcategories. */
    @GET
    List<CategoryNode> list(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);

    /** One active category or subcategory by code; 404 if there is none. */
    @GET
    @Path("/{code}")
    CategoryNode get(@PathParam("code") String code, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language);
}
