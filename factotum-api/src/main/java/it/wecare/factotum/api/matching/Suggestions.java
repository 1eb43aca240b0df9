package it.wecare.factotum.api.matching;

import it.wecare.factotum.api.workers.WorkerKind;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workers matching suggests for a request, best first, each with the parts of the score explained,
 * and how many workers each hard filter left out.
 *
 * @param ranked the best suggestions, best first (at most {@code limit} of them)
 * @param rankedCount how many workers passed the filters in all
 * @param filtered how many workers each filter left out, by filter name ({@code matching.filter.<NAME>}),
 *     in the order the filters apply
 * @param maxScore the best score possible with the current weights
 * @param from first day of the window looked at (today or later)
 * @param to its last day
 * @param teams for a service done as a pair: teams whose lead is suggested and who have a member free
 *     on one of the lead's free days, in the lead's order
 */
public record Suggestions(
        long requestId,
        List<Suggestion> ranked,
        int rankedCount,
        Map<String, Long> filtered,
        double maxScore,
        LocalDate from,
        LocalDate to,
        List<Team> teams)
        implements Serializable {

    public Suggestions {
        ranked = List.copyOf(ranked);
        teams = teams == null ? List.of() : List.copyOf(teams);
        filtered = Collections.unmodifiableMap(new LinkedHashMap<>(filtered));
    }

    /** How many workers the filters left out in all. */
    public long filteredOut() {
        return filtered.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The suggestion of one worker, if matching suggests them. */
    public Optional<Suggestion> of(long workerId) {
        return ranked.stream().filter(s -> s.workerId() == workerId).findFirst();
    }

    /**
     * One suggested worker.
     *
     * @param rank 1 for the best
     * @param percent the score as a share of {@code maxScore}, 0-100
     * @param chosenByClient whether the client asked for this worker (from the worker's page)
     */
    public record Suggestion(
            int rank,
            long workerId,
            String name,
            WorkerKind kind,
            double score,
            int percent,
            boolean chosenByClient,
            List<Reason> reasons)
            implements Serializable {
        public Suggestion {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * One part of a score, in plain words.
     *
     * @param key the message key ({@code matching.part.<name>}), its values as {@code {0}}, {@code {1}}…
     * @param points what it adds to the score
     * @param weight what it could add at most
     */
    public record Reason(String key, List<String> values, double points, double weight) implements Serializable {
        public Reason {
            values = List.copyOf(values);
        }
    }

    /**
     * A team to send as a pair: the lead (a suggestion, with their rank) and the members free the same day.
     *
     * @param mates the members who can go, each with their kind and whether they are a trainee
     */
    public record Team(long teamId, String name, long leadId, String leadName, int leadRank, List<Mate> mates)
            implements Serializable {
        public Team {
            mates = List.copyOf(mates);
        }
    }

    /** A member of a suggested team. */
    public record Mate(long workerId, String name, WorkerKind kind, boolean trainee) implements Serializable {}
}
