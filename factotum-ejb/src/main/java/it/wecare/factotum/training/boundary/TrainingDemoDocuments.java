package it.wecare.factotum.training.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.training.TraineeshipDocumentKind;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.Configuration;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.training.entity.Traineeship;
import it.wecare.factotum.training.entity.TraineeshipDocument;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The demo dossiers' documents: each started traineeship's project as signed and scanned back, and the
 * signed certificate of the one that completed. The documents are printed as the dossier prints them,
 * which reads the educators' and the teams' names through their boundaries: so this bean runs as an
 * administrator, and only while the demo mode is on ({@code factotum.demo}; the demo loads at start-up, with no caller).
 */
@Stateless
@PermitAll
@RunAs(Role.ADMIN_NAME)
public class TrainingDemoDocuments {

    @PersistenceContext
    EntityManager em;

    @Inject
    TraineeshipViews views;

    @Inject
    Issuers issuers;

    @Inject
    Settings settings;

    @Inject
    TrainingRules rules;

    /** Keeps the signed project of each of {@code signed} and the signed certificate of {@code certified}. */
    public void keep(List<Long> signed, Long certified) {
        if (!Configuration.fromSystem().flag("factotum.demo")) {
            return;
        }
        int fullPercent = settings.intValue(Setting.TRAINEESHIP_ALLOWANCE_FULL_PERCENT);
        for (long id : signed) {
            Traineeship t = em.find(Traineeship.class, id);
            em.persist(new TraineeshipDocument(
                    id,
                    TraineeshipDocumentKind.SIGNED_PROJECT,
                    "progetto-formativo-firmato.pdf",
                    ProjectDocument.render(issuers.of(t), views.view(t, "it"), fullPercent),
                    "Firmato dal tirocinante, dal soggetto promotore e dal soggetto ospitante",
                    TrainingDemoData.ACTOR,
                    rules.now()));
        }
        if (certified != null) {
            Traineeship t = em.find(Traineeship.class, certified);
            em.persist(new TraineeshipDocument(
                    certified,
                    TraineeshipDocumentKind.SIGNED_CERTIFICATE,
                    "attestazione-competenze-firmata.pdf",
                    CompetencesCertificate.render(issuers.of(t), views.view(t, "it")),
                    "Firmata dai due tutor",
                    TrainingDemoData.ACTOR,
                    rules.now()));
        }
    }
}
