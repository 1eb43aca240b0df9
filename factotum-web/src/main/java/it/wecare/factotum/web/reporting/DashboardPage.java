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

    @Inject
    it.wecare.factotum.barter.boundary.GoodsOffers goods;

    private DashboardFigures figures;
    private it.wecare.factotum.barter.boundary.GoodsImpact goodsImpact;

    /** The goods in exchange since the first of January, for staff who may see them (null otherwise). */
    public it.wecare.factotum.barter.boundary.GoodsImpact getGoodsImpact() {
        if (goodsImpact == null) {
            java.time.LocalDate today = java.time.LocalDate.now(it.wecare.factotum.web.platform.Formats.ROME);
            try {
                goodsImpact = goods.impact(today.withDayOfYear(1), today);
            } catch (jakarta.ejb.EJBAccessException e) {
                return null;
            }
        }
        return goodsImpact;
    }

    public DashboardFigures getFigures() {
        if (figures == null) {
            figures = dashboard.figures();
        }
        return figures;
    }
}
