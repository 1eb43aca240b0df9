package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.platform.control.SettingType;
import it.wecare.factotum.platform.entity.StoredSetting;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/** Typed settings that administrators change in the back-office; every change is audited. */
@Stateless
public class Settings {

    static final String RECORD_TYPE = "Setting";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    SettingValues values;

    @Inject
    Event<SettingChanged> changed;

    Clock clock = Clock.systemUTC();

    /**
     * The current value of a setting: the stored one, or the default. Read through this node's copy of
     * the settings ({@link SettingValues}): a change made on another node is seen within seconds.
     */
    @PermitAll
    public String value(Setting setting) {
        return values.stored().getOrDefault(setting.key(), setting.defaultValue());
    }

    @PermitAll
    public int intValue(Setting setting) {
        if (setting.type() != SettingType.INTEGER) {
            throw new IllegalArgumentException(setting.key() + " is not an integer setting");
        }
        return Integer.parseInt(value(setting));
    }

    /** Every setting with its value, default, bounds and version, in declaration order. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<SettingView> all() {
        return Arrays.stream(Setting.values()).map(this::view).toList();
    }

    /**
     * Changes a setting.
     *
     * @param expectedVersion the version the administrator saw (0 for a setting never changed)
     * @throws InvalidInput naming the setting and the reason, when the value is refused
     * @throws ConflictingChange when someone changed the setting after it was read
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public SettingView change(String key, String text, long expectedVersion) {
        Setting setting = known(key);
        String normalised;
        try {
            normalised = setting.normalise(text);
        } catch (SettingType.InvalidSettingValue e) {
            throw new InvalidInput(key, e.messageKey());
        }
        StoredSetting stored = em.find(StoredSetting.class, key);
        long currentVersion = stored == null ? 0 : stored.getVersion();
        if (currentVersion != expectedVersion) {
            throw new ConflictingChange(ConflictingChange.STALE, "setting " + key + " changed meanwhile");
        }
        String before = stored == null ? setting.defaultValue() : stored.getValue();
        String actor = audit.currentActorName();
        if (stored == null) {
            stored = new StoredSetting(key, normalised, clock.instant(), actor);
            em.persist(stored);
        } else {
            stored.change(normalised, clock.instant(), actor);
        }
        em.flush();
        changed.fire(new SettingChanged(key));
        audit.record("SETTING_CHANGED", RECORD_TYPE, key, before + " → " + normalised);
        return view(setting);
    }

    /** Puts a setting back to its default. */
    @RolesAllowed(Role.ADMIN_NAME)
    public SettingView reset(String key, long expectedVersion) {
        Setting setting = known(key);
        StoredSetting stored = em.find(StoredSetting.class, key);
        if (stored == null) {
            return view(setting);
        }
        if (stored.getVersion() != expectedVersion) {
            throw new ConflictingChange(ConflictingChange.STALE, "setting " + key + " changed meanwhile");
        }
        String before = stored.getValue();
        em.remove(stored);
        em.flush();
        changed.fire(new SettingChanged(key));
        audit.record("SETTING_RESET", RECORD_TYPE, key, before + " → " + setting.defaultValue());
        return view(setting);
    }

    private static Setting known(String key) {
        try {
            return Setting.byKey(key);
        } catch (IllegalArgumentException e) {
            throw new RecordNotFound(RECORD_TYPE, key);
        }
    }

    private SettingView view(Setting setting) {
        StoredSetting stored = em.find(StoredSetting.class, setting.key());
        return new SettingView(
                setting.key(),
                setting.type().name(),
                stored == null ? setting.defaultValue() : stored.getValue(),
                setting.defaultValue(),
                setting.min(),
                setting.max(),
                stored == null ? 0 : stored.getVersion(),
                stored == null ? null : stored.getUpdatedAt(),
                stored == null ? null : stored.getUpdatedBy());
    }
}
