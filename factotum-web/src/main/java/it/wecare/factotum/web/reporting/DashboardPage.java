package it.wecare.factotum.web.reporting;

import it.wecare.factotum.barter.boundary.GoodsImpact;
import it.wecare.factotum.barter.boundary.GoodsOffers;
import it.wecare.factotum.reporting.boundary.Dashboard;
import it.wecare.factotum.reporting.boundary.DashboardFigures;
import it.wecare.factotum.web.platform.Formats;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/** The back-office home page. */
@Named
@RequestScoped
public class DashboardPage {

    @Inject
    Dashboard dashboard;

    @Inject
    GoodsOffers goods;

    private DashboardFigures figures;
    private GoodsImpact goodsImpact;

    /** The goods in exchange since the first of January, for staff who may see them (null otherwise). */
    public GoodsImpact getGoodsImpact() {
        if (goodsImpact == null) {
            LocalDate today = LocalDate.now(Formats.ROME);
            try {
                goodsImpact = goods.impact(today.withDayOfYear(1), today);
            } catch (EJBAccessException e) {
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
