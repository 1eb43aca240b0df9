package it.wecare.factotum.training.boundary;

import it.wecare.factotum.partners.boundary.Organisations;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.training.entity.Traineeship;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** Who issues a traineeship's documents: the cooperative, and the promoter (the cooperative when none). */
@Dependent
class Issuers {

    @Inject
    Settings settings;

    @Inject
    Organisations organisations;

    CompetencesCertificate.Issuer of(Traineeship t) {
        return new CompetencesCertificate.Issuer(settings.value(Setting.COOPERATIVE_NAME), promoterName(t));
    }

    private String promoterName(Traineeship t) {
        if (t.getPromoterCode() == null) {
            return settings.value(Setting.COOPERATIVE_NAME);
        }
        try {
            return organisations.byCode(t.getPromoterCode(), "it").name();
        } catch (RecordNotFound gone) {
            return t.getPromoterCode();
        }
    }
}
