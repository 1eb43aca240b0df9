package it.wecare.factotum.web.reporting;

import it.wecare.factotum.api.partners.Organisation;
import it.wecare.factotum.partners.boundary.Organisations;
import it.wecare.factotum.reporting.boundary.Impact;
import it.wecare.factotum.reporting.boundary.ImpactFigures;
import it.wecare.factotum.reporting.boundary.ImpactFigures.Breakdown;
import it.wecare.factotum.reporting.boundary.ImpactFigures.Figure;
import it.wecare.factotum.reporting.boundary.ImpactFigures.Indicator;
import it.wecare.factotum.reporting.boundary.ImpactFigures.Unit;
import it.wecare.factotum.reporting.boundary.ImpactPeriod;
import it.wecare.factotum.web.platform.Formats;
import it.wecare.factotum.web.platform.LanguageSwitch;
import it.wecare.factotum.web.platform.Texts;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The impact dashboard: the figures of a period (this year by default) beside the period before, for the
 * whole network or one partner organisation, with a chart for the breakdowns that read best as one.
 */
@Named
@ViewScoped
public class ImpactPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The breakdowns drawn as a chart (the others are tables). */
    static final List<String> CHARTED =
            List.of("byMonth", "byCategory", "jobsByKind", "starDistribution", "kgByDestination");

    @Inject
    Impact impact;

    @Inject
    Organisations organisations;

    @Inject
    Formats formats;

    @Inject
    LanguageSwitch language;

    private LocalDate from;
    private LocalDate to;
    private String organisation;
    private ImpactFigures figures;

    @PostConstruct
    void thisYear() {
        LocalDate today = LocalDate.now(Formats.ROME);
        from = today.withDayOfYear(1);
        to = today;
        load();
    }

    /** Reads the figures of the period chosen (a refused period is named under its field). */
    public void load() {
        figures = impact.figures(new ImpactPeriod(from, to, organisation), language.getLanguage());
    }

    public void thisMonth() {
        LocalDate today = LocalDate.now(Formats.ROME);
        choose(today.withDayOfMonth(1), today);
    }

    public void lastMonth() {
        LocalDate first = LocalDate.now(Formats.ROME).withDayOfMonth(1).minusMonths(1);
        choose(first, first.plusMonths(1).minusDays(1));
    }

    public void yearToDate() {
        LocalDate today = LocalDate.now(Formats.ROME);
        choose(today.withDayOfYear(1), today);
    }

    public void lastYear() {
        LocalDate first = LocalDate.now(Formats.ROME).withDayOfYear(1).minusYears(1);
        choose(first, first.plusYears(1).minusDays(1));
    }

    private void choose(LocalDate first, LocalDate last) {
        from = first;
        to = last;
        load();
    }

    public List<Organisation> getOrganisations() {
        return organisations.active(language.getLanguage());
    }

    /** A figure as people read it: "< 5" below the threshold, "—" when there is nothing to compute. */
    public String text(Figure figure, Unit unit) {
        if (figure == null) {
            return "—";
        }
        if (figure.hidden()) {
            return Texts.get("impact.small");
        }
        return figure.value() == null ? "—" : value(figure.value(), unit);
    }

    /** The change from the period before, signed ("+3", "−1,5 %"), or empty. */
    public String change(Indicator indicator) {
        return indicator
                .change()
                .map(d -> (d.signum() > 0 ? "+" : d.signum() < 0 ? "−" : "") + value(d.abs(), indicator.unit()))
                .orElse("");
    }

    /** up, down or same: for the arrow beside a change. */
    public String trend(Indicator indicator) {
        return indicator
                .change()
                .map(d -> d.signum() > 0 ? "up" : d.signum() < 0 ? "down" : "same")
                .orElse("none");
    }

    private String value(BigDecimal value, Unit unit) {
        return switch (unit) {
            case EURO -> formats.euro(value);
            case PERCENT -> formats.number(value) + " %";
            case HOURS -> formats.number(value) + " " + Texts.get("impact.unit.hours");
            case DAYS -> formats.number(value) + " " + Texts.get("impact.unit.days");
            case KG -> formats.number(value) + " kg";
            case CO2E_KG -> formats.number(value) + " kg CO₂e";
            default -> formats.number(value);
        };
    }

    public boolean charted(Breakdown breakdown) {
        return CHARTED.contains(breakdown.key()) && !breakdown.lines().isEmpty();
    }

    /** The Chart.js configuration of a breakdown: a bar per line, this period beside the one before. */
    public String chart(Breakdown breakdown) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder now = Json.createArrayBuilder();
        JsonArrayBuilder before = Json.createArrayBuilder();
        for (ImpactFigures.Line line : breakdown.lines()) {
            labels.add(line.label());
            add(now, line.now());
            add(before, line.before());
        }
        JsonObjectBuilder data = Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                        "datasets",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("label", Texts.get("impact.thisPeriod"))
                                        .add("data", now)
                                        .add("backgroundColor", "#0f6e5a"))
                                .add(Json.createObjectBuilder()
                                        .add("label", Texts.get("impact.previousPeriod"))
                                        .add("data", before)
                                        .add("backgroundColor", "#9aa9b1")));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", data)
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("responsive", true)
                                .add("maintainAspectRatio", false)
                                .add(
                                        "plugins",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "legend",
                                                        Json.createObjectBuilder()
                                                                .add("position", "bottom"))
                                                .add(
                                                        "title",
                                                        Json.createObjectBuilder()
                                                                .add("display", true)
                                                                .add("text", breakdown.name()))))
                .build()
                .toString();
    }

    private static void add(JsonArrayBuilder values, Figure figure) {
        if (figure.known()) {
            values.add(figure.value());
        } else {
            values.addNull();
        }
    }

    public ImpactFigures getFigures() {
        return figures;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
