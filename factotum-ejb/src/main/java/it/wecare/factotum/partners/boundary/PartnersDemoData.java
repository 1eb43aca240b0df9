package it.wecare.factotum.partners.boundary;

import it.wecare.factotum.partners.entity.PartnerOrganisation;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.DemoDataRequested;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The five cooperatives of the WE.CARE network, for demo mode. */
@ApplicationScoped
public class PartnersDemoData {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    void load(@Observes DemoDataRequested request) {
        add(
                request,
                "anteo",
                "Anteo Cooperativa Sociale",
                "Biella",
                "Servizi alla persona, inclusione lavorativa e accoglienza nel territorio biellese.",
                "Personal care services, work inclusion and reception in the Biella area.");
        add(
                request,
                "bigood",
                "Bigood",
                "Torino",
                "Economia circolare: raccolta, riparazione e rivendita solidale di beni usati.",
                "Circular economy: collection, repair and fair resale of used goods.");
        add(
                request,
                "granmenu",
                "Granmenù Cooperativa Sociale",
                "Torino",
                "Ristorazione e servizi che danno lavoro a persone in percorsi di reinserimento.",
                "Catering and services that give work to people returning to employment.");
        add(
                request,
                "mosaico",
                "Mosaico Cooperativa Sociale",
                "Torino",
                "Manutenzioni, pulizie e tinteggiature con squadre miste di artigiani e tirocinanti.",
                "Maintenance, cleaning and painting by mixed teams of artisans and trainees.");
        add(
                request,
                "harambee",
                "Harambee Cooperativa Sociale",
                "Cuneo",
                "Accompagnamento, commissioni e piccoli lavori con volontari e operatori del territorio.",
                "Errands, accompaniment and small jobs with local volunteers and staff.");
    }

    private void add(DemoDataRequested request, String code, String name, String city, String it, String en) {
        boolean exists = !em.createQuery("SELECT o FROM PartnerOrganisation o WHERE o.code = :code")
                .setParameter("code", code)
                .getResultList()
                .isEmpty();
        if (exists) {
            return;
        }
        PartnerOrganisation organisation = new PartnerOrganisation(code, name, city, null);
        organisation.describe(it, en);
        em.persist(organisation);
        em.flush();
        audit.recordAs(request.actor(), "ORGANISATION_CREATED", "Organisation", organisation.getId(), name);
    }
}
