package it.wecare.factotum.partners.boundary;

import it.wecare.factotum.api.partners.Organisation;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.partners.entity.PartnerOrganisation;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;

/** The partner organisations of the WE.CARE network. */
@Stateless
public class Organisations {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

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

    /** Every organisation, active or not, for the back-office. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public List<OrganisationEdit> all() {
        return em
                .createQuery("SELECT o FROM PartnerOrganisation o ORDER BY o.name", PartnerOrganisation.class)
                .getResultList()
                .stream()
                .map(o -> new OrganisationEdit(
                        o.getCode(),
                        o.getName(),
                        o.getCity(),
                        o.getWebsite(),
                        o.getDescriptionIt(),
                        o.getDescriptionEn(),
                        o.isActive(),
                        o.getVersion()))
                .toList();
    }

    /** Adds an organisation (version 0) or corrects one; a stale version is a conflict. */
    @RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
    public void save(@NotNull @Valid OrganisationEdit edit) {
        PartnerOrganisation organisation = em.createQuery(
                        "SELECT o FROM PartnerOrganisation o WHERE o.code = :code", PartnerOrganisation.class)
                .setParameter("code", edit.code())
                .getResultStream()
                .findFirst()
                .orElse(null);
        boolean adding = edit.version() == 0;
        if (adding && organisation != null) {
            throw new ConflictingChange("organisation.error.codeTaken", "code taken: " + edit.code());
        }
        if (!adding && organisation == null) {
            throw new RecordNotFound("Organisation", edit.code());
        }
        if (adding) {
            organisation = new PartnerOrganisation(edit.code(), edit.name(), edit.city(), edit.website());
            em.persist(organisation);
        } else if (organisation.getVersion() != edit.version()) {
            throw new ConflictingChange(ConflictingChange.STALE, "organisation changed meanwhile");
        }
        try {
            organisation.correct(edit.name(), edit.city(), edit.website());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("website", "organisation.error.website");
        }
        organisation.describe(edit.descriptionIt(), edit.descriptionEn());
        organisation.setActive(edit.active());
        em.flush();
        audit.record(
                adding ? "ORGANISATION_CREATED" : "ORGANISATION_CHANGED", "Organisation", edit.code(), edit.name());
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
