package it.wecare.factotum.web.reporting;

import it.wecare.factotum.reporting.boundary.Dashboard;
import it.wecare.factotum.reporting.boundary.DashboardFigures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The back-office home page. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    Dashboard dashboard;

    private DashboardFigures figures;

    public DashboardFigures getFigures() {
        if (figures == null) {
            figures = dashboard.figures();
        }
        return figures;
    }
}
