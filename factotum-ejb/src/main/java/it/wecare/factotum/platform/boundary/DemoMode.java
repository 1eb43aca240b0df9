package it.wecare.factotum.platform.boundary;

import it.wecare.factotum.platform.control.Configuration;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Demo mode ({@code FACTOTUM_DEMO=true}): loads a small, realistic Italian data set so a person can try
 * every page. Off unless switched on, whatever the database; tests never use it.
 */
@Startup
@Singleton
@DependsOn("SchemaMigrations")
public class DemoMode {

    private static final Logger LOG = Logger.getLogger(DemoMode.class.getName());

    @Inject
    Event<DemoDataRequested> demoDataRequested;

    private boolean active;

    @PostConstruct
    void loadWhenSwitchedOn() {
        active = Configuration.fromSystem().flag("factotum.demo");
        if (active) {
            LOG.info("Demo mode: loading the demo data set");
            demoDataRequested.fire(new DemoDataRequested("demo"));
        }
    }

    /** Whether the application runs in demo mode. */
    public boolean isActive() {
        return active;
    }
}
