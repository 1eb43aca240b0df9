package it.wecare.factotum.web.platform;

import it.wecare.factotum.platform.boundary.ConflictingChange;
import it.wecare.factotum.platform.boundary.ExternalServiceFailed;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.MailCheck;
import it.wecare.factotum.platform.boundary.SettingView;
import it.wecare.factotum.platform.boundary.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/** The administrators' page of typed settings. */
@Named
@ViewScoped
public class SettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Settings settings;

    @Inject
    MailCheck mailCheck;

    @Inject
    CurrentUser currentUser;

    @Inject
    LanguageSwitch language;

    private String testRecipient;
    private List<SettingView> rows;
    private final Map<String, String> edited = new HashMap<>();

    @PostConstruct
    void load() {
        rows = settings.all();
        edited.clear();
        rows.forEach(r -> edited.put(r.key(), r.value()));
    }

    public void save(SettingView row) {
        String label = Texts.get("setting." + row.key() + ".label");
        try {
            settings.change(row.key(), edited.get(row.key()), row.version());
            Messages.create(Texts.get("settings.saved", label)).add();
            load();
        } catch (InvalidInput e) {
            Messages.create(label + ": " + Texts.get(e.messageKey(), row.min(), row.max()))
                    .error()
                    .add();
        } catch (ConflictingChange e) {
            Messages.create(Texts.get("conflict.stale")).warn().add();
            load();
        }
    }

    public void reset(SettingView row) {
        String label = Texts.get("setting." + row.key() + ".label");
        try {
            settings.reset(row.key(), row.version());
            Messages.create(Texts.get("settings.resetDone", label)).add();
        } catch (ConflictingChange e) {
            Messages.create(Texts.get("conflict.stale")).warn().add();
        }
        load();
    }

    public void sendTestEmail() {
        try {
            var result = mailCheck.send(testRecipient, language.getLanguage());
            Messages.create(Texts.get("mailCheck.sent", result.recipient())).add();
        } catch (InvalidInput e) {
            Messages.create(Texts.get("mailCheck.recipient") + ": " + Texts.reason(e))
                    .error()
                    .add("settingsForm:testRecipient");
        } catch (ExternalServiceFailed e) {
            Messages.create(Texts.get(e.messageKey())).error().add();
        }
    }

    public String getTestRecipient() {
        if (testRecipient == null) {
            testRecipient = currentUser.getEmail();
        }
        return testRecipient;
    }

    public void setTestRecipient(String testRecipient) {
        this.testRecipient = testRecipient;
    }

    public List<SettingView> getRows() {
        return rows;
    }

    public Map<String, String> getEdited() {
        return edited;
    }
}
