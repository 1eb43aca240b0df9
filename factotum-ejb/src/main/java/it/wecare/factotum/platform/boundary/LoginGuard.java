package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.platform.control.LoginLocks;
import it.wecare.factotum.platform.control.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;

/** This node's count of failed logins ({@link LoginLocks}), with the limits the settings give. */
@ApplicationScoped
public class LoginGuard {

    @Inject
    Settings settings;

    private final LoginLocks locks = new LoginLocks();

    LoginLocks locks() {
        return locks;
    }

    LoginLocks.Limits limits() {
        return new LoginLocks.Limits(
                settings.intValue(Setting.LOGIN_MAX_FAILURES),
                settings.intValue(Setting.LOGIN_MAX_FAILURES_PER_ADDRESS),
                settings.intValue(Setting.LOGIN_MAX_FAILURES_PER_EMAIL),
                Duration.ofMinutes(settings.intValue(Setting.LOGIN_LOCK_MINUTES)));
    }
}
