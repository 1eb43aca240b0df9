package it.wecare.factotum.matching.control;

import it.wecare.factotum.api.workers.SkillLevel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ranks the workers for a request, and says why. Hard filters first (in {@link Filter}'s order; each
 * worker is counted under the first filter that stops them); then a score out of the sum of the weights,
 * from parts each worth its weight times a value from 0 to 1, every part explained by a message key and
 * its values. Ties are broken by the worker's id, so the same inputs always give the same ranking.
 */
public final class Ranking {

    /** A worker in a neighbouring province lives at most this far from the job. */
    static final double NEIGHBOURING_KM = 60;

    /**
     * One part of a score.
     *
     * @param key the message key of its explanation ({@code matching.part.<name>})
     * @param points what it adds to the score
     * @param values the values the explanation names
     * @param weight what it could add at most
     */
    public record Part(String key, double points, List<String> values, double weight) implements Serializable {}

    /** A worker who passed the filters, with the score and its parts. */
    public record Ranked(Candidate candidate, double score, List<Part> parts) implements Serializable {}

    /** The ranked workers, best first, and how many each filter left out. */
    public record Outcome(List<Ranked> ranked, Map<Filter, Integer> filtered) implements Serializable {}

    private Ranking() {}

    /** The best score possible with {@code w}: every part at its full weight (training included). */
    public static double maxScore(Weights w) {
        return w.skill() + w.proximity() + w.rating() + w.fairness() + w.reliability() + w.training();
    }

    /**
     * Ranks {@code candidates} for {@code need}.
     *
     * @param meanRating the average rating of all workers (the prior of the Bayesian average), 1-5
     */
    public static Outcome rank(Need need, Collection<Candidate> candidates, Weights weights, double meanRating) {
        Map<Filter, Integer> filtered = new EnumMap<>(Filter.class);
        for (Filter f : Filter.values()) {
            filtered.put(f, 0);
        }
        List<Ranked> ranked = new ArrayList<>();
        for (Candidate c : candidates) {
            Filter stop = stoppedBy(need, c, weights);
            if (stop != null) {
                filtered.merge(stop, 1, Integer::sum);
            } else {
                ranked.add(score(need, c, weights, meanRating));
            }
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score)
                .reversed()
                .thenComparingLong(r -> r.candidate().workerId()));
        return new Outcome(List.copyOf(ranked), filtered);
    }

    /** The first hard filter that stops {@code c}, or null when none does. */
    static Filter stoppedBy(Need need, Candidate c, Weights weights) {
        if (!c.active()) {
            return Filter.INACTIVE;
        }
        if (c.skill() == null) {
            return Filter.NO_SKILL;
        }
        if (!c.servesPlace()) {
            return Filter.OUTSIDE_AREA;
        }
        if (need.askedBefore().contains(c.workerId())) {
            return Filter.ALREADY_ASKED;
        }
        if (need.preferredKind() != null && c.kind() != need.preferredKind()) {
            return Filter.WRONG_KIND;
        }
        if (c.freeDays() <= 0) {
            return Filter.NOT_FREE;
        }
        if (c.openJobs() >= weights.workloadCap()) {
            return Filter.OVER_WORKLOAD;
        }
        return null;
    }

    static Ranked score(Need need, Candidate c, Weights w, double meanRating) {
        List<Part> parts = new ArrayList<>();
        parts.add(part("skill", w.skill(), skill(c.skill()), c.skill().name()));
        parts.add(proximity(need.place(), c.home(), w.proximity()));
        parts.add(rating(c, w, meanRating));
        parts.add(part("fairness", w.fairness(), 1.0 / (1.0 + c.jobsLast30Days() / 2.0), c.jobsLast30Days()));
        double acceptance = (c.accepted() + 1.0) / (c.proposed() + 2.0);
        double completion = (c.completed() + 1.0) / (c.accepted() + 2.0);
        parts.add(part(
                "reliability",
                w.reliability(),
                (acceptance + completion) / 2.0,
                c.accepted(),
                c.proposed(),
                c.completed()));
        if (c.trainee() && c.tutorName() != null) {
            parts.add(part("training", w.training(), 1.0, c.tutorName()));
        }
        parts.add(part("free", 0, 0, c.freeDays()));
        double score = parts.stream().mapToDouble(Part::points).sum();
        return new Ranked(c, score, List.copyOf(parts));
    }

    static double skill(SkillLevel level) {
        return switch (level) {
            case BASIC -> 0.4;
            case GOOD -> 0.7;
            case EXPERT -> 1.0;
        };
    }

    private static Part proximity(Place job, Place home, double weight) {
        if (job == null || home == null) {
            return part("proximityUnknown", weight, 0.3);
        }
        if (job.comuneCode().equals(home.comuneCode())) {
            return part("sameComune", weight, 1.0, home.comuneName());
        }
        double km = job.kmTo(home);
        String distance = String.format(Locale.ROOT, "%.0f", km);
        if (job.provinceCode().equals(home.provinceCode())) {
            return part("sameProvince", weight, 0.8 - Math.min(0.3, km / 100.0), home.comuneName(), distance);
        }
        if (km <= NEIGHBOURING_KM) {
            return part("neighbouring", weight, 0.5 * (1 - km / (2 * NEIGHBOURING_KM)), home.comuneName(), distance);
        }
        return part("far", weight, Math.max(0.0, 0.3 * (1 - km / 300.0)), home.comuneName(), distance);
    }

    /** The Bayesian average: as if {@code ratingPriorCount} ratings at the mean of all came first. */
    static double bayesian(int ratings, double average, int priorCount, double meanRating) {
        return (priorCount * meanRating + ratings * average) / (priorCount + ratings);
    }

    private static Part rating(Candidate c, Weights w, double meanRating) {
        if (c.ratings() == 0) {
            return part("noRatings", w.rating(), (meanRating - 1) / 4.0);
        }
        double bayes = bayesian(c.ratings(), c.ratingAverage(), w.ratingPriorCount(), meanRating);
        return part(
                "rating",
                w.rating(),
                (bayes - 1) / 4.0,
                String.format(Locale.ROOT, "%.1f", c.ratingAverage()),
                c.ratings());
    }

    private static Part part(String name, double weight, double value, Object... values) {
        List<String> texts = new ArrayList<>();
        for (Object v : values) {
            texts.add(String.valueOf(v));
        }
        return new Part(
                "matching.part." + name, weight * Math.max(0.0, Math.min(1.0, value)), List.copyOf(texts), weight);
    }
}
