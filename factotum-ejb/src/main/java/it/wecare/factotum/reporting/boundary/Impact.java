package it.wecare.factotum.reporting.boundary;

import it.wecare.factotum.api.platform.ComuneSummary;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.api.requests.AssignmentState;
import it.wecare.factotum.api.requests.Channel;
import it.wecare.factotum.api.requests.QuoteState;
import it.wecare.factotum.api.requests.RequestState;
import it.wecare.factotum.api.training.TraineeshipOutcome;
import it.wecare.factotum.api.training.TrainingActivity;
import it.wecare.factotum.api.workers.WorkerKind;
import it.wecare.factotum.barter.boundary.GoodsFigures;
import it.wecare.factotum.barter.control.Destination;
import it.wecare.factotum.catalog.boundary.Catalog;
import it.wecare.factotum.partners.boundary.Organisations;
import it.wecare.factotum.platform.boundary.AuditLog;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.RecordNotFound;
import it.wecare.factotum.ratings.boundary.ReviewFigures;
import it.wecare.factotum.ratings.control.Policy;
import it.wecare.factotum.reporting.boundary.ImpactFigures.Breakdown;
import it.wecare.factotum.reporting.boundary.ImpactFigures.Family;
import it.wecare.factotum.reporting.boundary.ImpactFigures.Figure;
import it.wecare.factotum.reporting.boundary.ImpactFigures.Indicator;
import it.wecare.factotum.reporting.boundary.ImpactFigures.Line;
import it.wecare.factotum.reporting.boundary.ImpactFigures.Unit;
import it.wecare.factotum.reporting.control.Fairness;
import it.wecare.factotum.reporting.control.SmallCells;
import it.wecare.factotum.requests.boundary.RequestFigures;
import it.wecare.factotum.training.boundary.TrainingFigures;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * The impact figures: each capability computes its own with grouped queries through its boundary, this one
 * puts them side by side with the period before, names them and keeps the training section's rule (no cell
 * about fewer than five people). Operators see every family but the social one.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME, Role.EDUCATOR_NAME})
public class Impact {

    static final String BUNDLE = "it.wecare.factotum.reporting.boundary.impact";

    @Inject
    RequestFigures requests;

    @Inject
    ReviewFigures reviews;

    @Inject
    GoodsFigures goods;

    @Inject
    TrainingFigures training;

    @Inject
    WorkerDirectory workers;

    @Inject
    Catalog catalog;

    @Inject
    Comuni comuni;

    @Inject
    Organisations organisations;

    @Inject
    AuditLog audit;

    @Resource
    SessionContext session;

    /**
     * How each figure is computed, in {@code language}. The indicators are listed as the figures build them
     * (over today, read and dropped), so the methodology can never leave one out or name one that is gone.
     */
    public Methodology methodology(String language) {
        ResourceBundle texts =
                ResourceBundle.getBundle(BUNDLE, "en".equals(language) ? Locale.ENGLISH : Locale.ITALIAN);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        ImpactPeriod day = new ImpactPeriod(today, today, null);
        ImpactFigures figures = build(day, new Names(texts, language), maySeeSocial());
        List<Methodology.FamilyDefinition> families = figures.families().stream()
                .map(f -> new Methodology.FamilyDefinition(
                        f.key(),
                        f.name(),
                        texts.containsKey("family." + f.key() + ".note")
                                ? texts.getString("family." + f.key() + ".note")
                                : null,
                        f.indicators().stream()
                                .map(i -> new Methodology.Definition(
                                        i.key(),
                                        i.name(),
                                        i.unit(),
                                        texts.getString("indicator." + i.key() + ".formula"),
                                        texts.getString("indicator." + i.key() + ".source")))
                                .toList(),
                        f.breakdowns().stream().map(Breakdown::name).toList()))
                .toList();
        return new Methodology(families, goods.goods(today, today, null).factors(), SmallCells.THRESHOLD);
    }

    /** The figures of a period and the one before, in {@code language} ("it" or "en"). */
    public ImpactFigures figures(ImpactPeriod period, String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.ITALIAN;
        ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
        String organisationName = null;
        if (period.organisation() != null) {
            try {
                organisationName =
                        organisations.byCode(period.organisation(), language).name();
            } catch (RecordNotFound e) {
                throw new InvalidInput("organisation", "impact.error.organisation");
            }
        }
        boolean social = maySeeSocial();
        ImpactFigures built = build(period, new Names(texts, language), social);
        audit.record(
                "IMPACT_READ",
                "ImpactReport",
                null,
                period.from() + ".." + period.to() + (period.organisation() == null ? "" : " " + period.organisation())
                        + (social ? " +social" : ""));
        return new ImpactFigures(period, built.previous(), organisationName, built.families());
    }

    /** The social family is read from the training section: for its readers only. */
    private boolean maySeeSocial() {
        return session.isCallerInRole(Role.ADMIN_NAME) || session.isCallerInRole(Role.EDUCATOR_NAME);
    }

    private ImpactFigures build(ImpactPeriod period, Names names, boolean social) {
        ImpactPeriod before = period.previous();
        List<Family> families = new ArrayList<>();
        families.add(demand(period, before, names));
        families.add(work(period, before, names));
        families.add(quality(period, before, names));
        families.add(goods(period, before, names));
        if (social) {
            families.add(social(period, before, names));
        }
        return new ImpactFigures(period, before, null, families);
    }

    private Family demand(ImpactPeriod now, ImpactPeriod before, Names names) {
        RequestFigures.Demand d = requests.demand(now.from(), now.to(), now.organisation());
        RequestFigures.Demand p = requests.demand(before.from(), before.to(), before.organisation());
        long served = requests.peopleServed(now.from(), now.to(), now.organisation());
        long servedBefore = requests.peopleServed(before.from(), before.to(), before.organisation());
        List<Indicator> list = new ArrayList<>();
        names.add(list, "requests", Unit.COUNT, Figure.of(d.requests()), Figure.of(p.requests()));
        names.add(list, "jobsCompleted", Unit.COUNT, Figure.of(d.jobs()), Figure.of(p.jobs()));
        names.add(list, "peopleServed", Unit.COUNT, Figure.of(served), Figure.of(servedBefore));
        names.add(list, "hoursWorked", Unit.HOURS, Figure.of(d.hoursWorked()), Figure.of(p.hoursWorked()));
        for (RequestState ending :
                List.of(RequestState.COMPLETED, RequestState.CANCELLED, RequestState.REJECTED, RequestState.EXPIRED)) {
            names.add(
                    list,
                    "rate" + ending.name().charAt(0)
                            + ending.name().substring(1).toLowerCase(Locale.ROOT),
                    Unit.PERCENT,
                    Figure.percent(d.ending(ending), d.ended()),
                    Figure.percent(p.ending(ending), p.ended()));
        }
        names.add(
                list,
                "hoursToProposal",
                Unit.HOURS,
                Figure.of(d.hoursToProposal(), 1),
                Figure.of(p.hoursToProposal(), 1));
        names.add(
                list,
                "hoursToAssignment",
                Unit.HOURS,
                Figure.of(d.hoursToAssignment(), 1),
                Figure.of(p.hoursToAssignment(), 1));
        names.add(list, "daysToJob", Unit.DAYS, Figure.of(d.daysToJob(), 1), Figure.of(p.daysToJob(), 1));
        names.add(list, "quotesSent", Unit.COUNT, Figure.of(d.quotesSent()), Figure.of(p.quotesSent()));
        for (QuoteState state : List.of(QuoteState.ACCEPTED, QuoteState.DECLINED, QuoteState.EXPIRED)) {
            names.add(
                    list,
                    "quotes" + state.name().charAt(0)
                            + state.name().substring(1).toLowerCase(Locale.ROOT),
                    Unit.COUNT,
                    Figure.of(d.quotes(state)),
                    Figure.of(p.quotes(state)));
        }
        names.add(
                list,
                "quoteAcceptance",
                Unit.PERCENT,
                Figure.percent(d.quotes(QuoteState.ACCEPTED), d.quotesSent() - d.quotes(QuoteState.SENT)),
                Figure.percent(p.quotes(QuoteState.ACCEPTED), p.quotesSent() - p.quotes(QuoteState.SENT)));
        names.add(list, "valueNet", Unit.EURO, Figure.of(d.valueNet()), Figure.of(p.valueNet()));
        names.add(list, "valueIva", Unit.EURO, Figure.of(d.valueIva()), Figure.of(p.valueIva()));
        names.add(list, "valueTotal", Unit.EURO, Figure.of(d.valueTotal()), Figure.of(p.valueTotal()));

        List<Breakdown> breakdowns = new ArrayList<>();
        breakdowns.add(names.breakdown(
                "byChannel", Unit.COUNT, enumLines(Channel.values(), d.byChannel(), p.byChannel(), names, "channel")));
        Map<String, String> categoryOf = new LinkedHashMap<>();
        Map<String, String> categoryNames = new LinkedHashMap<>();
        Map<String, String> subcategoryNames = new LinkedHashMap<>();
        catalog.tree(names.language).forEach(c -> {
            categoryNames.put(c.code(), c.name());
            c.subcategories().forEach(s -> {
                categoryOf.put(s.code(), c.code());
                subcategoryNames.put(s.code(), s.name());
            });
        });
        breakdowns.add(names.breakdown(
                "byCategory",
                Unit.COUNT,
                codeLines(
                        rollUp(d.bySubcategory(), code -> categoryOf.getOrDefault(code, code)),
                        rollUp(p.bySubcategory(), code -> categoryOf.getOrDefault(code, code)),
                        categoryNames)));
        breakdowns.add(names.breakdown(
                "bySubcategory", Unit.COUNT, codeLines(d.bySubcategory(), p.bySubcategory(), subcategoryNames)));
        TreeSet<String> places = new TreeSet<>(d.byComune().keySet());
        places.addAll(p.byComune().keySet());
        Map<String, ComuneSummary> summaries = comuni.summaries(places);
        Map<String, String> provinceOf = new LinkedHashMap<>();
        Map<String, String> provinceNames = new LinkedHashMap<>();
        Map<String, String> comuneNames = new LinkedHashMap<>();
        summaries.forEach((code, s) -> {
            provinceOf.put(code, s.provinceCode());
            provinceNames.put(s.provinceCode(), s.provinceName());
            comuneNames.put(code, s.name() + " (" + s.provinceCode() + ")");
        });
        breakdowns.add(names.breakdown(
                "byProvince",
                Unit.COUNT,
                codeLines(
                        rollUp(d.byComune(), code -> provinceOf.getOrDefault(code, code)),
                        rollUp(p.byComune(), code -> provinceOf.getOrDefault(code, code)),
                        provinceNames)));
        breakdowns.add(names.breakdown("byComune", Unit.COUNT, codeLines(d.byComune(), p.byComune(), comuneNames)));
        List<Line> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(now.from());
                !month.isAfter(YearMonth.from(now.to()));
                month = month.plusMonths(1)) {
            YearMonth previous = month.minusMonths(
                    ChronoUnit.MONTHS.between(YearMonth.from(before.from()), YearMonth.from(now.from())));
            months.add(new Line(
                    month.toString(),
                    month.toString(),
                    Figure.of(d.byMonth().getOrDefault(month, 0L)),
                    Figure.of(p.byMonth().getOrDefault(previous, 0L))));
        }
        breakdowns.add(names.breakdown("byMonth", Unit.COUNT, months));
        breakdowns.add(names.breakdown(
                "endings",
                Unit.COUNT,
                enumLines(
                        new RequestState[] {
                            RequestState.COMPLETED, RequestState.CANCELLED, RequestState.REJECTED, RequestState.EXPIRED
                        },
                        d.endings(),
                        p.endings(),
                        names,
                        "requestState")));
        breakdowns.add(names.breakdown(
                "reasons",
                Unit.COUNT,
                d.reasons().stream()
                        .map(r -> new Line(
                                r.state().name(),
                                names.text("requestState." + r.state()) + ": " + r.note(),
                                Figure.of(r.times()),
                                Figure.NONE))
                        .toList()));
        return names.family("demand", list, breakdowns, null);
    }

    private Family work(ImpactPeriod now, ImpactPeriod before, Names names) {
        RequestFigures.Work w = requests.work(now.from(), now.to(), now.organisation());
        RequestFigures.Work p = requests.work(before.from(), before.to(), before.organisation());
        List<Indicator> list = new ArrayList<>();
        names.add(
                list,
                "workersWithJobs",
                Unit.COUNT,
                Figure.of(w.perWorker().size()),
                Figure.of(p.perWorker().size()));
        long[] jobs = w.perWorker().stream()
                .mapToLong(RequestFigures.WorkerJobs::jobs)
                .toArray();
        long[] jobsBefore = p.perWorker().stream()
                .mapToLong(RequestFigures.WorkerJobs::jobs)
                .toArray();
        names.add(list, "jobsPerWorker", Unit.RATIO, mean(jobs), mean(jobsBefore));
        names.add(list, "hoursPerWorker", Unit.HOURS, meanHours(w.perWorker()), meanHours(p.perWorker()));
        names.add(
                list,
                "topDecileShare",
                Unit.PERCENT,
                jobs.length == 0 ? Figure.NONE : Figure.of(100 * Fairness.topShare(jobs, 0.1), 1),
                jobsBefore.length == 0 ? Figure.NONE : Figure.of(100 * Fairness.topShare(jobsBefore, 0.1), 1));
        names.add(
                list,
                "gini",
                Unit.INDEX,
                jobs.length == 0 ? Figure.NONE : Figure.of(Fairness.gini(jobs), 3),
                jobsBefore.length == 0 ? Figure.NONE : Figure.of(Fairness.gini(jobsBefore), 3));
        long proposed =
                w.proposals().values().stream().mapToLong(Long::longValue).sum();
        long proposedBefore =
                p.proposals().values().stream().mapToLong(Long::longValue).sum();
        names.add(list, "proposals", Unit.COUNT, Figure.of(proposed), Figure.of(proposedBefore));
        for (AssignmentState state : List.of(
                AssignmentState.ACCEPTED,
                AssignmentState.DECLINED,
                AssignmentState.TIMED_OUT,
                AssignmentState.WITHDRAWN)) {
            names.add(
                    list,
                    "proposals" + camel(state.name()),
                    Unit.COUNT,
                    Figure.of(w.proposals(state)),
                    Figure.of(p.proposals(state)));
        }
        List<Breakdown> breakdowns = new ArrayList<>();
        Map<WorkerKind, Long> jobsByKind = new EnumMap<>(WorkerKind.class);
        Map<WorkerKind, Long> jobsByKindBefore = new EnumMap<>(WorkerKind.class);
        w.perWorker().forEach(x -> jobsByKind.merge(kind(x.kind()), x.jobs(), Long::sum));
        p.perWorker().forEach(x -> jobsByKindBefore.merge(kind(x.kind()), x.jobs(), Long::sum));
        breakdowns.add(names.breakdown(
                "jobsByKind",
                Unit.COUNT,
                enumLines(WorkerKind.values(), jobsByKind, jobsByKindBefore, names, "workerKind")));
        Map<WorkerKind, Long> workersByKind = new EnumMap<>(WorkerKind.class);
        Map<WorkerKind, Long> workersByKindBefore = new EnumMap<>(WorkerKind.class);
        w.perWorker().forEach(x -> workersByKind.merge(kind(x.kind()), 1L, Long::sum));
        p.perWorker().forEach(x -> workersByKindBefore.merge(kind(x.kind()), 1L, Long::sum));
        breakdowns.add(names.breakdown(
                "workersByKind",
                Unit.COUNT,
                enumLines(WorkerKind.values(), workersByKind, workersByKindBefore, names, "workerKind")));
        List<Line> roster = new ArrayList<>();
        Map<String, String> organisationNames = new LinkedHashMap<>();
        organisations.active(names.language).forEach(o -> organisationNames.put(o.code(), o.name()));
        workers.roster(now.organisation())
                .forEach(r -> roster.add(new Line(
                        r.kind() + "/" + (r.organisationCode() == null ? "" : r.organisationCode()),
                        names.text("workerKind." + r.kind()) + " · "
                                + (r.organisationCode() == null
                                        ? names.text("organisation.own")
                                        : organisationNames.getOrDefault(r.organisationCode(), r.organisationCode())),
                        Figure.of(r.active()),
                        Figure.NONE)));
        breakdowns.add(names.breakdown("roster", Unit.COUNT, roster));
        return names.family("workers", list, breakdowns, names.text("family.workers.note"));
    }

    private Family quality(ImpactPeriod now, ImpactPeriod before, Names names) {
        ReviewFigures.Quality q = reviews.quality(now.from(), now.to(), now.organisation());
        ReviewFigures.Quality p = reviews.quality(before.from(), before.to(), before.organisation());
        long jobs = requests.demand(now.from(), now.to(), now.organisation()).jobs();
        long jobsBefore = requests.demand(before.from(), before.to(), before.organisation())
                .jobs();
        List<Indicator> list = new ArrayList<>();
        names.add(list, "reviewsGiven", Unit.COUNT, Figure.of(q.given()), Figure.of(p.given()));
        names.add(list, "reviewsPublished", Unit.COUNT, Figure.of(q.publishedCount()), Figure.of(p.publishedCount()));
        names.add(
                list,
                "averageStars",
                Unit.STARS,
                q.published().count() == 0
                        ? Figure.NONE
                        : Figure.of(q.published().average(), 2),
                p.published().count() == 0
                        ? Figure.NONE
                        : Figure.of(p.published().average(), 2));
        names.add(
                list,
                "bayesianStars",
                Unit.STARS,
                q.published().count() == 0 ? Figure.NONE : Figure.of(q.bayesian(), 2),
                p.published().count() == 0 ? Figure.NONE : Figure.of(p.bayesian(), 2));
        names.add(
                list,
                "reviewsPerJob",
                Unit.PERCENT,
                Figure.percent(q.given(), jobs),
                Figure.percent(p.given(), jobsBefore));
        names.add(list, "punctuality", Unit.STARS, Figure.of(q.punctuality(), 2), Figure.of(p.punctuality(), 2));
        names.add(list, "workQuality", Unit.STARS, Figure.of(q.quality(), 2), Figure.of(p.quality(), 2));
        names.add(list, "courtesy", Unit.STARS, Figure.of(q.courtesy(), 2), Figure.of(p.courtesy(), 2));
        names.add(list, "replies", Unit.COUNT, Figure.of(q.replies()), Figure.of(p.replies()));
        names.add(list, "reviewsHeld", Unit.COUNT, Figure.of(q.held()), Figure.of(p.held()));
        names.add(list, "reviewsHidden", Unit.COUNT, Figure.of(q.hidden()), Figure.of(p.hidden()));
        names.add(list, "reviewsByPhone", Unit.COUNT, Figure.of(q.byPhone()), Figure.of(p.byPhone()));
        List<Breakdown> breakdowns = new ArrayList<>();
        List<Line> stars = new ArrayList<>();
        for (int s = 5; s >= 1; s--) {
            stars.add(new Line(
                    Integer.toString(s),
                    "★".repeat(s),
                    Figure.of(q.published().of(s)),
                    Figure.of(p.published().of(s))));
        }
        breakdowns.add(names.breakdown("starDistribution", Unit.COUNT, stars));
        breakdowns.add(names.breakdown(
                "hiddenByReason",
                Unit.COUNT,
                enumLines(Policy.values(), q.hiddenByReason(), p.hiddenByReason(), names, "policy")));
        return names.family("quality", list, breakdowns, null);
    }

    private Family goods(ImpactPeriod now, ImpactPeriod before, Names names) {
        GoodsFigures.Goods g = goods.goods(now.from(), now.to(), now.organisation());
        GoodsFigures.Goods p = goods.goods(before.from(), before.to(), before.organisation());
        List<Indicator> list = new ArrayList<>();
        names.add(
                list,
                "itemsOffered",
                Unit.COUNT,
                Figure.of(offered(g, GoodsFigures.Offered::items)),
                Figure.of(offered(p, GoodsFigures.Offered::items)));
        names.add(
                list,
                "itemsAccepted",
                Unit.COUNT,
                Figure.of(offered(g, GoodsFigures.Offered::accepted)),
                Figure.of(offered(p, GoodsFigures.Offered::accepted)));
        names.add(
                list,
                "itemsRefused",
                Unit.COUNT,
                Figure.of(offered(g, GoodsFigures.Offered::refused)),
                Figure.of(offered(p, GoodsFigures.Offered::refused)));
        names.add(
                list,
                "kgReused",
                Unit.KG,
                Figure.of(g.kg(Destination.REUSE).add(g.kg(Destination.DONATION))),
                Figure.of(p.kg(Destination.REUSE).add(p.kg(Destination.DONATION))));
        names.add(
                list,
                "kgRecycled",
                Unit.KG,
                Figure.of(g.kg(Destination.RECYCLING)),
                Figure.of(p.kg(Destination.RECYCLING)));
        names.add(
                list,
                "kgDisposed",
                Unit.KG,
                Figure.of(g.kg(Destination.DISPOSAL)),
                Figure.of(p.kg(Destination.DISPOSAL)));
        names.add(list, "valueReused", Unit.EURO, Figure.of(valueReused(g)), Figure.of(valueReused(p)));
        names.add(list, "co2eAvoided", Unit.CO2E_KG, Figure.of(g.co2e()), Figure.of(p.co2e()));
        names.add(
                list,
                "creditIssued",
                Unit.EURO,
                Figure.of(g.credit().issued()),
                Figure.of(p.credit().issued()));
        names.add(
                list,
                "creditRedeemed",
                Unit.EURO,
                Figure.of(g.credit().redeemed()),
                Figure.of(p.credit().redeemed()));
        names.add(
                list,
                "creditOutstanding",
                Unit.EURO,
                Figure.of(g.credit().outstanding()),
                Figure.of(p.credit().outstanding()));
        names.add(
                list,
                "creditOnJobs",
                Unit.EURO,
                Figure.of(g.credit().onJobs()),
                Figure.of(p.credit().onJobs()));
        Map<String, String> categoryNames = new LinkedHashMap<>();
        g.factors().forEach(f -> categoryNames.put(f.categoryCode(), f.name()));
        List<Breakdown> breakdowns = new ArrayList<>();
        breakdowns.add(names.breakdown(
                "itemsByCategory",
                Unit.COUNT,
                codeLines(
                        byCategory(g, GoodsFigures.Offered::items),
                        byCategory(p, GoodsFigures.Offered::items),
                        categoryNames)));
        Map<Destination, BigDecimal> kg = new EnumMap<>(Destination.class);
        Map<Destination, BigDecimal> kgBefore = new EnumMap<>(Destination.class);
        for (Destination d : Destination.values()) {
            kg.put(d, g.kg(d));
            kgBefore.put(d, p.kg(d));
        }
        List<Line> destinations = new ArrayList<>();
        for (Destination d : Destination.values()) {
            destinations.add(new Line(
                    d.name(), names.text("destination." + d), Figure.of(kg.get(d)), Figure.of(kgBefore.get(d))));
        }
        breakdowns.add(names.breakdown("kgByDestination", Unit.KG, destinations));
        Map<String, BigDecimal> co2 = new TreeMap<>();
        Map<String, BigDecimal> co2Before = new TreeMap<>();
        g.collected().forEach(c -> co2.merge(c.categoryCode(), c.co2e(), BigDecimal::add));
        p.collected().forEach(c -> co2Before.merge(c.categoryCode(), c.co2e(), BigDecimal::add));
        List<Line> co2Lines = new ArrayList<>();
        for (GoodsFigures.Factor f : g.factors()) {
            if (co2.containsKey(f.categoryCode()) || co2Before.containsKey(f.categoryCode())) {
                co2Lines.add(new Line(
                        f.categoryCode(),
                        f.name(),
                        Figure.of(co2.getOrDefault(f.categoryCode(), BigDecimal.ZERO.setScale(2))),
                        Figure.of(co2Before.getOrDefault(f.categoryCode(), BigDecimal.ZERO.setScale(2)))));
            }
        }
        breakdowns.add(names.breakdown("co2eByCategory", Unit.CO2E_KG, co2Lines));
        return names.family(
                "goods", list, breakdowns, now.organisation() == null ? null : names.text("family.goods.note"));
    }

    private Family social(ImpactPeriod now, ImpactPeriod before, Names names) {
        TrainingFigures.Social s = training.social(now.from(), now.to(), now.organisation());
        TrainingFigures.Social p = training.social(before.from(), before.to(), before.organisation());
        List<Indicator> list = new ArrayList<>();
        names.add(list, "traineeshipsStarted", Unit.COUNT, people(s.started()), people(p.started()));
        names.add(list, "traineeshipsUnderWay", Unit.COUNT, people(s.underWay()), people(p.underWay()));
        names.add(list, "traineeshipsCompleted", Unit.COUNT, people(s.completed()), people(p.completed()));
        names.add(list, "traineeshipsInterrupted", Unit.COUNT, people(s.interrupted()), people(p.interrupted()));
        names.add(
                list,
                "completionRate",
                Unit.PERCENT,
                Figure.percent(s.completed(), s.completed() + s.interrupted())
                        .hiddenWhen(SmallCells.hidden(s.completed() + s.interrupted())),
                Figure.percent(p.completed(), p.completed() + p.interrupted())
                        .hiddenWhen(SmallCells.hidden(p.completed() + p.interrupted())));
        names.add(list, "jobHours", Unit.HOURS, hours(s.hours(), true), hours(p.hours(), true));
        names.add(list, "trainingHours", Unit.HOURS, hours(s.hours(), false), hours(p.hours(), false));
        names.add(
                list,
                "objectivesReached",
                Unit.PERCENT,
                Figure.percent(s.objectivesReached(), s.objectives()).hiddenWhen(SmallCells.hidden(s.assessedPeople())),
                Figure.percent(p.objectivesReached(), p.objectives())
                        .hiddenWhen(SmallCells.hidden(p.assessedPeople())));
        names.add(list, "licences", Unit.COUNT, people(s.licences()), people(p.licences()));
        names.add(list, "joinedTeams", Unit.COUNT, people(s.joinedTeams()), people(p.joinedTeams()));
        List<Breakdown> breakdowns = new ArrayList<>();
        breakdowns.add(names.breakdown("outcomes", Unit.COUNT, peopleLines(s.outcomes(), p.outcomes(), names)));
        breakdowns.add(names.breakdown("followUps6", Unit.COUNT, peopleLines(s.followUps6(), p.followUps6(), names)));
        breakdowns.add(
                names.breakdown("followUps12", Unit.COUNT, peopleLines(s.followUps12(), p.followUps12(), names)));
        List<Line> activities = new ArrayList<>();
        for (TrainingActivity a : TrainingActivity.values()) {
            activities.add(new Line(
                    a.name(),
                    names.text("trainingActivity." + a),
                    activityHours(s.hours().get(a)),
                    activityHours(p.hours().get(a))));
        }
        breakdowns.add(names.breakdown("hoursByActivity", Unit.HOURS, activities));
        return names.family("social", list, breakdowns, names.text("family.social.note"));
    }

    private static Figure people(long count) {
        return Figure.of(count).hiddenWhen(SmallCells.hidden(count));
    }

    private static Figure hours(Map<TrainingActivity, TrainingFigures.Hours> hours, boolean jobs) {
        BigDecimal sum = BigDecimal.ZERO.setScale(1);
        long people = 0;
        for (var entry : hours.entrySet()) {
            if ((entry.getKey() == TrainingActivity.JOB) == jobs) {
                sum = sum.add(entry.getValue().hours());
                people = Math.max(people, entry.getValue().people());
            }
        }
        return Figure.of(sum).hiddenWhen(SmallCells.hidden(people));
    }

    private static Figure activityHours(TrainingFigures.Hours hours) {
        return hours == null
                ? Figure.of(BigDecimal.ZERO.setScale(1))
                : Figure.of(hours.hours()).hiddenWhen(SmallCells.hidden(hours.people()));
    }

    private static List<Line> peopleLines(
            Map<TraineeshipOutcome, Long> now, Map<TraineeshipOutcome, Long> before, Names names) {
        List<Line> lines = new ArrayList<>();
        for (TraineeshipOutcome o : TraineeshipOutcome.values()) {
            lines.add(new Line(
                    o.name(),
                    names.text("traineeshipOutcome." + o),
                    people(now.getOrDefault(o, 0L)),
                    people(before.getOrDefault(o, 0L))));
        }
        return lines;
    }

    private static long offered(GoodsFigures.Goods g, ToLongFunction<GoodsFigures.Offered> what) {
        return g.offered().stream().mapToLong(what).sum();
    }

    private static Map<String, Long> byCategory(GoodsFigures.Goods g, ToLongFunction<GoodsFigures.Offered> what) {
        Map<String, Long> counts = new TreeMap<>();
        g.offered().forEach(o -> counts.put(o.categoryCode(), what.applyAsLong(o)));
        return counts;
    }

    private static BigDecimal valueReused(GoodsFigures.Goods g) {
        return g.collected().stream()
                .filter(c -> c.destination().reused())
                .map(GoodsFigures.Collected::value)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static WorkerKind kind(WorkerKind kind) {
        return kind == null ? WorkerKind.FACTOTUM : kind;
    }

    private static Figure mean(long[] values) {
        return values.length == 0
                ? Figure.NONE
                : Figure.of(Arrays.stream(values).average().orElse(0), 2);
    }

    private static Figure meanHours(List<RequestFigures.WorkerJobs> perWorker) {
        if (perWorker.isEmpty()) {
            return Figure.NONE;
        }
        BigDecimal sum =
                perWorker.stream().map(RequestFigures.WorkerJobs::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return Figure.of(sum.divide(BigDecimal.valueOf(perWorker.size()), 2, RoundingMode.HALF_UP));
    }

    private static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        for (String part : constant.split("_")) {
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    private static <K> Map<K, Long> rollUp(Map<String, Long> counts, Function<String, K> key) {
        Map<K, Long> rolled = new LinkedHashMap<>();
        counts.forEach((code, n) -> rolled.merge(key.apply(code), n, Long::sum));
        return rolled;
    }

    private static <N extends Number> List<Line> codeLines(
            Map<String, N> now, Map<String, N> before, Map<String, String> labels) {
        TreeSet<String> codes = new TreeSet<>(now.keySet());
        codes.addAll(before.keySet());
        List<Line> lines = new ArrayList<>();
        for (String code : codes) {
            lines.add(new Line(code, labels.getOrDefault(code, code), figure(now.get(code)), figure(before.get(code))));
        }
        lines.sort((a, b) -> {
            int byValue = compare(b.now(), a.now());
            return byValue != 0 ? byValue : a.label().compareTo(b.label());
        });
        return lines;
    }

    private static int compare(Figure a, Figure b) {
        BigDecimal x = a.value() == null ? BigDecimal.ZERO : a.value();
        BigDecimal y = b.value() == null ? BigDecimal.ZERO : b.value();
        return x.compareTo(y);
    }

    private static Figure figure(Number n) {
        if (n == null) {
            return Figure.of(0);
        }
        return n instanceof BigDecimal d ? Figure.of(d) : Figure.of(n.longValue());
    }

    private static <E extends Enum<E>> List<Line> enumLines(
            E[] values, Map<E, Long> now, Map<E, Long> before, Names names, String prefix) {
        List<Line> lines = new ArrayList<>();
        for (E value : values) {
            lines.add(new Line(
                    value.name(),
                    names.text(prefix + "." + value.name()),
                    Figure.of(now.getOrDefault(value, 0L)),
                    Figure.of(before.getOrDefault(value, 0L))));
        }
        return lines;
    }

    /** The names of the indicators, breakdowns and families in one language. */
    static final class Names {
        final ResourceBundle texts;
        final String language;

        Names(ResourceBundle texts, String language) {
            this.texts = texts;
            this.language = "en".equals(language) ? "en" : "it";
        }

        String text(String key) {
            return texts.containsKey(key) ? texts.getString(key) : key;
        }

        void add(List<Indicator> list, String key, Unit unit, Figure now, Figure before) {
            list.add(new Indicator(key, text("indicator." + key + ".name"), unit, now, before));
        }

        Breakdown breakdown(String key, Unit unit, List<Line> lines) {
            return new Breakdown(key, text("breakdown." + key), unit, lines);
        }

        Family family(String key, List<Indicator> indicators, List<Breakdown> breakdowns, String note) {
            return new Family(key, text("family." + key), indicators, breakdowns, note);
        }
    }
}
