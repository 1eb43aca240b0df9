package it.wecare.factotum.api.platform;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A new value for a setting.
 *
 * @param value the value, as text; checked against the setting's type and bounds
 * @param version the version read before the change (0 for a setting never changed): a stale version is
 *     refused with 409 instead of overwriting someone else's change
 */
public record SettingChange(
        @NotNull @Size(max = 1000) String value,
        @PositiveOrZero long version) implements Serializable {}
