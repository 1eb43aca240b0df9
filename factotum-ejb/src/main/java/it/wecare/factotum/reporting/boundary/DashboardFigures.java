package it.wecare.factotum.reporting.boundary;

import it.wecare.factotum.api.platform.Role;
import java.io.Serializable;
import java.util.Map;

/**
 * Counts shown on the dashboard.
 *
 * @param accountsByRole how many accounts hold each role
 * @param activeOrganisations partner organisations currently active
 * @param auditEntriesLastDay actions recorded in the last 24 hours
 * @param schemaVersion the newest applied migration
 * @param emailsByStatus outbox emails by status (PENDING, SENDING, SENT, FAILED)
 */
public record DashboardFigures(
        Map<Role, Long> accountsByRole,
        long activeOrganisations,
        long auditEntriesLastDay,
        String schemaVersion,
        Map<String, Long> emailsByStatus)
        implements Serializable {

    public DashboardFigures {
        accountsByRole = Map.copyOf(accountsByRole);
        emailsByStatus = Map.copyOf(emailsByStatus);
    }

    public long emails(String status) {
        return emailsByStatus.getOrDefault(status, 0L);
    }

    public long accounts(Role role) {
        return accountsByRole.getOrDefault(role, 0L);
    }
}
