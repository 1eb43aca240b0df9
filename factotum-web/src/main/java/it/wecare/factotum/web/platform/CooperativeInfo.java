package it.wecare.factotum.web.platform;

import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.Setting;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The cooperative's name and contacts, as administrators set them, for page footers. */
@Named("cooperative")
@RequestScoped
public class CooperativeInfo {

    @Inject
    Settings settings;

    public String getName() {
        return settings.value(Setting.COOPERATIVE_NAME);
    }

    public String getEmail() {
        return settings.value(Setting.COOPERATIVE_EMAIL);
    }

    public String getPhone() {
        return settings.value(Setting.COOPERATIVE_PHONE);
    }
}
