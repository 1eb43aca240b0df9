package it.wecare.factotum.matching.boundary;

import it.wecare.factotum.api.matching.Suggestions;
import it.wecare.factotum.api.platform.ComuneSummary;
import it.wecare.factotum.api.platform.Role;
import it.wecare.factotum.matching.control.Candidate;
import it.wecare.factotum.matching.control.Filter;
import it.wecare.factotum.matching.control.Need;
import it.wecare.factotum.matching.control.Place;
import it.wecare.factotum.matching.control.Ranking;
import it.wecare.factotum.matching.control.Weights;
import it.wecare.factotum.platform.boundary.Comuni;
import it.wecare.factotum.platform.boundary.InvalidInput;
import it.wecare.factotum.platform.boundary.Settings;
import it.wecare.factotum.platform.control.Setting;
import it.wecare.factotum.ratings.boundary.Reviews;
import it.wecare.factotum.ratings.control.Stars;
import it.wecare.factotum.requests.boundary.AssignmentView;
import it.wecare.factotum.requests.boundary.Assignments;
import it.wecare.factotum.requests.boundary.JobFacts;
import it.wecare.factotum.workers.boundary.Availability;
import it.wecare.factotum.workers.boundary.MatchPool;
import it.wecare.factotum.workers.boundary.TeamView;
import it.wecare.factotum.workers.boundary.Teams;
import it.wecare.factotum.workers.boundary.UnavailabilityView;
import it.wecare.factotum.workers.boundary.WorkerDirectory;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Matching: ranks the workers for a request in review and explains every suggestion, and proposes the
 * job to the worker an operator chooses — one of the suggestions, or someone else with a reason. The
 * operator decides; matching only orders and explains (the public page "how workers are chosen" says
 * the same).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.OPERATOR_NAME})
public class Matching {

    @Inject
    Reviews reviews;

    /** A note on the timeline holds at most this many characters of the operator's reason. */
    static final int MAX_REASON = 500;

    /** Operators see the best this many; anyone further down can still be proposed, as a suggestion. */
    static final int SHOWN = 30;

    static final ZoneId ITALY = ZoneId.of("Europe/Rome");

    @Inject
    JobFacts facts;

    @Inject
    WorkerDirectory directory;

    @Inject
    Availability availability;

    @Inject
    Comuni comuni;

    @Inject
    Settings settings;

    @Inject
    Assignments assignments;

    @Inject
    Teams teamsOf;

    Clock clock = Clock.systemUTC();

    /** The weights, cap and prior now set by the administrators (public: the page "how workers are chosen" shows them). */
    @PermitAll
    public Weights weights() {
        return new Weights(
                settings.intValue(Setting.MATCHING_WEIGHT_SKILL),
                settings.intValue(Setting.MATCHING_WEIGHT_PROXIMITY),
                settings.intValue(Setting.MATCHING_WEIGHT_RATING),
                settings.intValue(Setting.MATCHING_WEIGHT_FAIRNESS),
                settings.intValue(Setting.MATCHING_WEIGHT_RELIABILITY),
                settings.intValue(Setting.MATCHING_WEIGHT_TRAINING),
                settings.intValue(Setting.MATCHING_WORKLOAD_CAP),
                settings.intValue(Setting.MATCHING_RATING_PRIOR));
    }

    /** The ranked, explained suggestions for the request with this number. */
    public Suggestions suggestFor(String number) {
        return suggest(facts.idOf(number));
    }

    /** The best {@value #SHOWN} suggestions for a request, explained, and how many workers passed the filters. */
    public Suggestions suggest(long requestId) {
        Suggestions all = rank(requestId);
        return new Suggestions(
                all.requestId(),
                all.ranked().subList(0, Math.min(SHOWN, all.ranked().size())),
                all.rankedCount(),
                all.filtered(),
                all.maxScore(),
                all.from(),
                all.to(),
                all.teams());
    }

    /** Every worker who passes the filters, ranked and explained. */
    private Suggestions rank(long requestId) {
        JobFacts.Job job = facts.job(requestId);
        LocalDate today = LocalDate.now(clock.withZone(ITALY));
        LocalDate from = job.earliest().isBefore(today) ? today : job.earliest();
        LocalDate to = job.latest() == null ? job.earliest() : job.latest();

        ComuneSummary where = comuni.summaries(List.of(job.comuneCode())).get(job.comuneCode());
        String province = where == null ? "" : where.provinceCode();
        MatchPool pool = directory.pool(job.subcategoryCode(), job.comuneCode(), province);

        Set<Long> ids = new TreeSet<>();
        Set<String> homes = new HashSet<>();
        for (MatchPool.Member m : pool.workers()) {
            ids.add(m.id());
            if (m.tutorId() != null) {
                ids.add(m.tutorId());
            }
            if (m.homeComune() != null) {
                homes.add(m.homeComune());
            }
        }
        Map<Long, JobFacts.Workload> loads =
                facts.workloads(ids, clock.instant().minus(Duration.ofDays(30)), from, to);
        Map<Long, Set<LocalDate>> taken = new HashMap<>();
        loads.forEach((id, load) -> taken.put(id, new HashSet<>(load.busyDays())));
        for (UnavailabilityView away : availability.between(ids, from, to)) {
            Set<LocalDate> days = taken.computeIfAbsent(away.workerId(), k -> new HashSet<>());
            for (LocalDate d = away.firstDay(); !d.isAfter(away.lastDay()); d = d.plusDays(1)) {
                days.add(d);
            }
        }
        Map<String, ComuneSummary> places = comuni.summaries(homes);
        Map<Long, Stars.Summary> stars = reviews.summaries(ids);

        List<Candidate> candidates = new ArrayList<>();
        for (MatchPool.Member m : pool.workers()) {
            Set<LocalDate> free = freeDays(from, to, taken.getOrDefault(m.id(), Set.of()));
            JobFacts.Workload load = loads.getOrDefault(m.id(), new JobFacts.Workload(m.id(), 0, 0, 0, 0, 0, Set.of()));
            boolean trainee = m.traineeOn(from);
            String tutor = null;
            if (trainee && m.tutorId() != null) {
                Set<LocalDate> tutorFree = freeDays(from, to, taken.getOrDefault(m.tutorId(), Set.of()));
                tutorFree.retainAll(free);
                tutor = tutorFree.isEmpty() ? null : m.tutorName();
            }
            candidates.add(new Candidate(
                    m.id(),
                    m.name(),
                    m.kind(),
                    true,
                    m.level(),
                    true,
                    place(m.homeComune() == null ? null : places.get(m.homeComune())),
                    free.size(),
                    load.openJobs(),
                    load.acceptedSince(),
                    stars.containsKey(m.id()) ? (int) stars.get(m.id()).count() : 0,
                    stars.containsKey(m.id()) ? stars.get(m.id()).average() : 0,
                    load.proposed(),
                    load.accepted(),
                    load.completed(),
                    trainee,
                    tutor));
        }
        Weights weights = weights();
        Ranking.Outcome outcome = Ranking.rank(
                new Need(place(where), job.preferredKind(), job.askedBefore()),
                candidates,
                weights,
                reviews.meanRating());

        double max = Ranking.maxScore(weights);
        List<Suggestions.Suggestion> ranked = new ArrayList<>();
        int rank = 0;
        for (Ranking.Ranked r : outcome.ranked()) {
            rank++;
            ranked.add(new Suggestions.Suggestion(
                    rank,
                    r.candidate().workerId(),
                    r.candidate().name(),
                    r.candidate().kind(),
                    r.score(),
                    max <= 0 ? 0 : (int) Math.round(100 * r.score() / max),
                    job.preferredWorkerId() != null
                            && job.preferredWorkerId() == r.candidate().workerId(),
                    r.parts().stream()
                            .map(p -> new Suggestions.Reason(p.key(), p.values(), p.points(), p.weight()))
                            .toList()));
        }
        Map<String, Long> filtered = new LinkedHashMap<>();
        for (Filter f : Filter.values()) {
            long count = switch (f) {
                case INACTIVE -> pool.inactive();
                case NO_SKILL -> pool.withoutSkill();
                case OUTSIDE_AREA -> pool.outsideArea();
                default -> outcome.filtered().getOrDefault(f, 0);
            };
            filtered.put(f.name(), count);
        }
        List<Suggestions.Team> pairs =
                pairService(job.subcategoryCode()) ? teams(ranked, candidates, taken, from, to) : List.of();
        return new Suggestions(requestId, ranked, ranked.size(), filtered, max, from, to, pairs);
    }

    private boolean pairService(String code) {
        return Arrays.stream(settings.value(Setting.MATCHING_PAIR_SERVICES).split("[,;\\s]+"))
                .anyMatch(code::equals);
    }

    /** The teams whose lead is suggested, with the members free on one of the lead's free days. */
    private List<Suggestions.Team> teams(
            List<Suggestions.Suggestion> ranked,
            List<Candidate> candidates,
            Map<Long, Set<LocalDate>> taken,
            LocalDate from,
            LocalDate to) {
        Map<Long, Suggestions.Suggestion> byLead = new LinkedHashMap<>();
        ranked.forEach(r -> byLead.put(r.workerId(), r));
        List<TeamView> led = teamsOf.ledBy(byLead.keySet());
        Set<Long> mates = new TreeSet<>();
        led.forEach(t -> t.mates().forEach(m -> mates.add(m.id())));
        mates.removeAll(taken.keySet());
        Map<Long, Set<LocalDate>> busy = new HashMap<>(taken);
        if (!mates.isEmpty()) {
            facts.workloads(mates, clock.instant(), from, to)
                    .forEach((id, load) -> busy.put(id, new HashSet<>(load.busyDays())));
            for (UnavailabilityView away : availability.between(mates, from, to)) {
                Set<LocalDate> days = busy.computeIfAbsent(away.workerId(), k -> new HashSet<>());
                for (LocalDate d = away.firstDay(); !d.isAfter(away.lastDay()); d = d.plusDays(1)) {
                    days.add(d);
                }
            }
        }
        List<Suggestions.Team> result = new ArrayList<>();
        for (TeamView team : led) {
            Set<LocalDate> leadFree = freeDays(from, to, busy.getOrDefault(team.leadId(), Set.of()));
            List<Suggestions.Mate> free = team.mates().stream()
                    .filter(m -> {
                        Set<LocalDate> days = freeDays(from, to, busy.getOrDefault(m.id(), Set.of()));
                        days.retainAll(leadFree);
                        return !days.isEmpty();
                    })
                    .map(m -> new Suggestions.Mate(m.id(), m.name(), m.kind(), m.trainee()))
                    .toList();
            if (!free.isEmpty()) {
                Suggestions.Suggestion lead = byLead.get(team.leadId());
                result.add(
                        new Suggestions.Team(team.id(), team.name(), lead.workerId(), lead.name(), lead.rank(), free));
            }
        }
        result.sort(Comparator.comparingInt(Suggestions.Team::leadRank).thenComparingLong(Suggestions.Team::teamId));
        return result;
    }

    /**
     * Proposes the job to a team: to its lead, who goes with the members named on the timeline (the
     * operator arranges the pair with the lead). Only a suggested team can be proposed this way.
     *
     * @throws InvalidInput naming {@code team} when the team is not among the suggestions
     */
    public AssignmentView proposeTeam(long requestId, long teamId, long version) {
        Suggestions suggestions = rank(requestId);
        Suggestions.Team team = suggestions.teams().stream()
                .filter(t -> t.teamId() == teamId)
                .findFirst()
                .orElseThrow(() -> new InvalidInput("team", "matching.error.team"));
        String mates = team.mates().stream().map(Suggestions.Mate::name).collect(Collectors.joining(", "));
        String note = "#" + team.leadRank() + "/" + suggestions.ranked().size() + " · " + team.name() + ": " + mates;
        return assignments.propose(requestId, team.leadId(), version, note);
    }

    /**
     * Proposes the job to a worker. One of the suggestions goes with its place in the ranking on the
     * timeline; anyone else needs the operator's reason, recorded there too.
     *
     * @throws InvalidInput naming {@code outsideReason} for a worker outside the suggestions without a
     *     reason, and whatever {@link Requests#propose} refuses
     */
    public AssignmentView propose(long requestId, long workerId, long version, String outsideReason) {
        Suggestions suggestions = rank(requestId);
        String note = suggestions
                .of(workerId)
                .map(s -> "#" + s.rank() + "/" + suggestions.ranked().size() + " · " + s.percent() + "%")
                .orElse(null);
        if (note == null) {
            if (outsideReason == null || outsideReason.isBlank()) {
                throw new InvalidInput("outsideReason", "matching.error.reasonRequired");
            }
            String reason = outsideReason.strip();
            note = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        }
        return assignments.propose(requestId, workerId, version, note);
    }

    private static Set<LocalDate> freeDays(LocalDate from, LocalDate to, Set<LocalDate> taken) {
        Set<LocalDate> free = new TreeSet<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (!taken.contains(d)) {
                free.add(d);
            }
        }
        return free;
    }

    private static Place place(ComuneSummary c) {
        if (c == null || c.latitude() == null || c.longitude() == null) {
            return null;
        }
        return new Place(
                c.istatCode(),
                c.name(),
                c.provinceCode(),
                c.latitude().doubleValue(),
                c.longitude().doubleValue());
    }
}
