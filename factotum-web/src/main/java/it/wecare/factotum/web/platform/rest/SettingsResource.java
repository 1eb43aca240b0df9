package it.wecare.factotum.web.platform.rest;

import it.wecare.factotum.api.platform.SettingChange;
import it.wecare.factotum.api.platform.SettingValue;
import it.wecare.factotum.api.platform.SettingsApi;
import it.wecare.factotum.platform.boundary.SettingView;
import it.wecare.factotum.platform.boundary.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

@RequestScoped
public class SettingsResource implements SettingsApi {

    @Inject
    Settings settings;

    @Override
    public List<SettingValue> list() {
        return settings.all().stream().map(SettingsResource::value).toList();
    }

    @Override
    public SettingValue change(String key, SettingChange change) {
        return value(settings.change(key, change.value(), change.version()));
    }

    static SettingValue value(SettingView v) {
        return new SettingValue(
                v.key(),
                v.type(),
                v.value(),
                v.defaultValue(),
                v.min(),
                v.max(),
                v.version(),
                v.updatedAt(),
                v.updatedBy());
    }
}
