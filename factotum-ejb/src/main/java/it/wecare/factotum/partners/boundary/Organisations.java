package it.wecare.factotum.partners.boundary;

import it.wecare.factotum.api.partners.Organisation;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.partners.entity.PartnerOrganisation;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;

/** The partner organisations of the WE.CARE network. */
@Stateless
public class Organisations {

    @PersistenceContext
    EntityManager em;

    /** The active organisations by name, described in {@code language} ({@code it} or {@code en}). */
    @PermitAll
    public List<Organisation> active(String language) {
        return em
                .createQuery(
                        "SELECT o FROM PartnerOrganisation o WHERE o.active = TRUE ORDER BY o.name",
                        PartnerOrganisation.class)
                .getResultList()
                .stream()
                .map(o -> record(o, language))
                .toList();
    }

    /** One organisation by code. */
    @PermitAll
    public Organisation byCode(String code, String language) {
        String normalised = code == null ? "" : code.trim().toLowerCase(Locale.ROOT);
        return em.createQuery("SELECT o FROM PartnerOrganisation o WHERE o.code = :code", PartnerOrganisation.class)
                .setParameter("code", normalised)
                .getResultStream()
                .findFirst()
                .map(o -> record(o, language))
                .orElseThrow(() -> new RecordNotFound("Organisation", normalised));
    }

    /** Whether an organisation with this code exists. */
    @PermitAll
    public boolean exists(String code) {
        return code != null
                && !em.createQuery("SELECT o.id FROM PartnerOrganisation o WHERE o.code = :code")
                        .setParameter("code", code)
                        .getResultList()
                        .isEmpty();
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
    public long countActive() {
        return em.createQuery("SELECT COUNT(o) FROM PartnerOrganisation o WHERE o.active = TRUE", Long.class)
                .getSingleResult();
    }

    private static Organisation record(PartnerOrganisation o, String language) {
        return new Organisation(o.getCode(), o.getName(), o.getCity(), o.getWebsite(), o.description(language));
    }
}
