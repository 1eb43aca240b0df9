package it.wecare.factotum.api.platform;

import java.io.Serializable;
import java.time.Instant;

/**
 * A typed setting.
 *
 * @param key its stable name, e.g. {@code security.login.max-failures}
 * @param type INTEGER, DECIMAL, BOOLEAN, TEXT or EMAIL
 * @param value the current value
 * @param defaultValue the value when nobody changed it
 * @param min lower bound of a number, if any
 * @param max upper bound of a number, if any
 * @param version send it back with a change (0: never changed)
 * @param updatedAt when it was last changed
 * @param updatedBy who changed it
 */
public record SettingValue(
        String key,
        String type,
        String value,
        String defaultValue,
        Integer min,
        Integer max,
        long version,
        Instant updatedAt,
        String updatedBy)
        implements Serializable {}
