package it.wecare.factotum.platform.boundary;

import java.io.Serializable;
import java.time.Instant;

/**
 * A setting as the back-office shows it.
 *
 * @param key the setting's stable name, also its message key prefix
 * @param type INTEGER, DECIMAL, BOOLEAN, TEXT or EMAIL
 * @param value the current value
 * @param defaultValue the value it has when nobody changed it
 * @param min the lower bound of a number, if any
 * @param max the upper bound of a number, if any
 * @param version the version to send back with a change (0: never changed)
 * @param updatedAt when an administrator last changed it
 * @param updatedBy who did
 */
public record SettingView(
        String key,
        String type,
        String value,
        String defaultValue,
        Integer min,
        Integer max,
        long version,
        Instant updatedAt,
        String updatedBy)
        implements Serializable {

    public boolean isDefault() {
        return version == 0;
    }
}
