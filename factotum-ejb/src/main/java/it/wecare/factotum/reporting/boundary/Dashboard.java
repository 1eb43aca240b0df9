package it.wecare.factotum.reporting.boundary;

import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.notifications.boundary.Outbox;
import it.wecare.factotum.partners.boundary.Organisations;
import it.wecare.factotum.platform.boundary.Accounts;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.SchemaMigrations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;

/** The figures on the back-office home page, read through each capability's boundary. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
public class Dashboard {

    @Inject
    Accounts accounts;

    @Inject
    Organisations organisations;

    @Inject
    AuditLog audit;

    @Inject
    SchemaMigrations migrations;

    @Inject
    Outbox outbox;

    Clock clock = Clock.systemUTC();

    public DashboardFigures figures() {
        return new DashboardFigures(
                accounts.countByRole(),
                organisations.countActive(),
                audit.countSince(clock.instant().minus(Duration.ofDays(1))),
                migrations.currentVersion(),
                outbox.countByStatus());
    }
}
