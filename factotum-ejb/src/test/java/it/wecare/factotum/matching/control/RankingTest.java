package it.wecare.factotum.matching.control;

import static org.assertj.core.api.Assertions.assertThat;

import it.wecare.factotum.api.workers.SkillLevel;
import it.wecare.factotum.api.workers.WorkerKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankingTest {

    static final Place TORINO = new Place("001272", "Torino", "TO", 45.0703, 7.6869);
    static final Place MONCALIERI = new Place("001156", "Moncalieri", "TO", 44.9999, 7.6826);
    static final Place ASTI = new Place("005005", "Asti", "AT", 44.9000, 8.2068);
    static final Place CUNEO = new Place("004078", "Cuneo", "CN", 44.3845, 7.5427);
    static final Place ALBA = new Place("004003", "Alba", "CN", 44.7003, 8.0356);
    static final Place ROMA = new Place("058091", "Roma", "RM", 41.8931, 12.4828);

    /** A good factotum in Torino, free, with an average record. */
    static Candidate worker(long id) {
        return new Candidate(
                id,
                "Worker " + id,
                WorkerKind.FACTOTUM,
                true,
                SkillLevel.GOOD,
                true,
                TORINO,
                5,
                1,
                2,
                0,
                0,
                4,
                3,
                3,
                false,
                null);
    }

    static Candidate with(Candidate c, String field, Object value) {
        return new Candidate(
                c.workerId(),
                c.name(),
                field.equals("kind") ? (WorkerKind) value : c.kind(),
                field.equals("active") ? (Boolean) value : c.active(),
                field.equals("skill") ? (SkillLevel) value : c.skill(),
                field.equals("servesPlace") ? (Boolean) value : c.servesPlace(),
                field.equals("home") ? (Place) value : c.home(),
                field.equals("freeDays") ? (Integer) value : c.freeDays(),
                field.equals("openJobs") ? (Integer) value : c.openJobs(),
                field.equals("jobsLast30Days") ? (Integer) value : c.jobsLast30Days(),
                field.equals("ratings") ? (Integer) value : c.ratings(),
                field.equals("ratingAverage") ? (Double) value : c.ratingAverage(),
                field.equals("proposed") ? (Integer) value : c.proposed(),
                field.equals("accepted") ? (Integer) value : c.accepted(),
                field.equals("completed") ? (Integer) value : c.completed(),
                field.equals("trainee") ? (Boolean) value : c.trainee(),
                field.equals("tutorName") ? (String) value : c.tutorName());
    }

    private static final Need IN_TORINO = new Need(TORINO, null);

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource({
        "active,      false, INACTIVE",
        "skill,       ,      NO_SKILL",
        "servesPlace, false, OUTSIDE_AREA",
        "freeDays,    0,     NOT_FREE",
        "openJobs,    5,     OVER_WORKLOAD",
        "openJobs,    4,     ",
        "freeDays,    1,     ",
    })
    void everyHardFilterStopsTheWorkerItNames(String field, String value, Filter expected) {
        Object parsed = switch (field) {
            case "active", "servesPlace" -> Boolean.valueOf(value);
            case "skill" -> value == null ? null : SkillLevel.valueOf(value);
            default -> Integer.valueOf(value);
        };
        Candidate c = with(worker(1), field, parsed);
        assertThat(Ranking.stoppedBy(IN_TORINO, c, Weights.defaults())).isEqualTo(expected);
        Ranking.Outcome outcome = Ranking.rank(IN_TORINO, List.of(c, worker(2)), Weights.defaults(), 4.0);
        if (expected == null) {
            assertThat(outcome.ranked()).hasSize(2);
        } else {
            assertThat(outcome.ranked())
                    .extracting(r -> r.candidate().workerId())
                    .containsExactly(2L);
            assertThat(outcome.filtered()).containsEntry(expected, 1);
        }
    }

    @Test
    void theClientsKindIsAHardFilterToo() {
        Need artisans = new Need(TORINO, WorkerKind.ARTISAN);
        Candidate artisan = with(worker(2), "kind", WorkerKind.ARTISAN);
        Ranking.Outcome outcome = Ranking.rank(artisans, List.of(worker(1), artisan), Weights.defaults(), 4.0);
        assertThat(outcome.ranked()).extracting(r -> r.candidate().workerId()).containsExactly(2L);
        assertThat(outcome.filtered()).containsEntry(Filter.WRONG_KIND, 1);
    }

    @Test
    void aWorkerWhoAlreadyDeclinedOrLetTheJobLapseIsNotProposedAgain() {
        Need again = new Need(TORINO, null, java.util.Set.of(1L));
        Ranking.Outcome outcome = Ranking.rank(again, List.of(worker(1), worker(2)), Weights.defaults(), 4.0);
        assertThat(outcome.ranked()).extracting(r -> r.candidate().workerId()).containsExactly(2L);
        assertThat(outcome.filtered()).containsEntry(Filter.ALREADY_ASKED, 1);
        assertThat(Ranking.stoppedBy(again, with(worker(1), "active", false), Weights.defaults()))
                .as("counted under the first filter that stops the worker")
                .isEqualTo(Filter.INACTIVE);
    }

    /** The same worker at home in each place, for a job in Torino: the proximity part and its points. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "TORINO,     matching.part.sameComune",
        "MONCALIERI, matching.part.sameProvince",
        "ASTI,       matching.part.neighbouring",
        "ALBA,       matching.part.neighbouring",
        "CUNEO,      matching.part.far",
        "ROMA,       matching.part.far",
    })
    void proximityFromTheSameComuneToFarAway(String home, String key) {
        Place place = switch (home) {
            case "TORINO" -> TORINO;
            case "MONCALIERI" -> MONCALIERI;
            case "ASTI" -> ASTI;
            case "ALBA" -> ALBA;
            case "CUNEO" -> CUNEO;
            default -> ROMA;
        };
        Ranking.Part part = Ranking.score(IN_TORINO, with(worker(1), "home", place), Weights.defaults(), 4.0)
                .parts()
                .get(1);
        assertThat(part.key()).isEqualTo(key);
    }

    @Test
    void closerRanksHigherOtherThingsEqual() {
        List<Long> order = Ranking.rank(
                        IN_TORINO,
                        List.of(
                                with(worker(1), "home", ROMA),
                                with(worker(2), "home", CUNEO),
                                with(worker(3), "home", ASTI),
                                with(worker(4), "home", MONCALIERI),
                                with(worker(5), "home", TORINO)),
                        Weights.defaults(),
                        4.0)
                .ranked()
                .stream()
                .map(r -> r.candidate().workerId())
                .toList();
        assertThat(order).containsExactly(5L, 4L, 3L, 2L, 1L);
    }

    @Test
    void oneFiveStarJobDoesNotBeatFortyJobsAtFourPointEight() {
        Candidate once = with(with(worker(1), "ratings", 1), "ratingAverage", 5.0);
        Candidate forty = with(with(worker(2), "ratings", 40), "ratingAverage", 4.8);
        assertThat(Ranking.bayesian(1, 5.0, 5, 4.0)).isLessThan(Ranking.bayesian(40, 4.8, 5, 4.0));
        assertThat(Ranking.rank(IN_TORINO, List.of(once, forty), Weights.defaults(), 4.0)
                        .ranked()
                        .get(0)
                        .candidate()
                        .workerId())
                .isEqualTo(2L);
        // without ratings a worker is neutral: the mean of everyone
        Ranking.Part neutral = Ranking.score(IN_TORINO, worker(3), Weights.defaults(), 4.0)
                .parts()
                .get(2);
        assertThat(neutral.key()).isEqualTo("matching.part.noRatings");
        assertThat(neutral.points()).isEqualTo(Weights.defaults().rating() * 0.75);
    }

    @Test
    void fewerRecentJobsRankHigherSoWorkIsSpread() {
        Candidate busy = with(worker(1), "jobsLast30Days", 12);
        Candidate idle = with(worker(2), "jobsLast30Days", 0);
        assertThat(Ranking.rank(IN_TORINO, List.of(busy, idle), Weights.defaults(), 4.0)
                        .ranked()
                        .get(0)
                        .candidate()
                        .workerId())
                .isEqualTo(2L);
    }

    @Test
    void reliabilitySkillAndTrainingAreExplainedWithTheirValues() {
        Candidate trainee =
                with(with(with(worker(1), "trainee", true), "tutorName", "Anna Rossi"), "skill", SkillLevel.BASIC);
        Ranking.Ranked ranked = Ranking.score(IN_TORINO, trainee, Weights.defaults(), 4.0);
        assertThat(ranked.parts())
                .extracting(Ranking.Part::key)
                .containsExactly(
                        "matching.part.skill",
                        "matching.part.sameComune",
                        "matching.part.noRatings",
                        "matching.part.fairness",
                        "matching.part.reliability",
                        "matching.part.training",
                        "matching.part.free");
        assertThat(ranked.parts().get(0).values()).containsExactly("BASIC");
        assertThat(ranked.parts().get(4).values()).containsExactly("3", "4", "3");
        assertThat(ranked.parts().get(5).values()).containsExactly("Anna Rossi");
        assertThat(ranked.score())
                .isEqualTo(ranked.parts().stream()
                        .mapToDouble(Ranking.Part::points)
                        .sum());
        // a trainee whose tutor cannot go gets no training bonus
        assertThat(Ranking.score(IN_TORINO, with(trainee, "tutorName", null), Weights.defaults(), 4.0)
                        .parts())
                .extracting(Ranking.Part::key)
                .doesNotContain("matching.part.training");
    }

    @Test
    void tiesAreBrokenByTheWorkersId() {
        List<Long> order =
                Ranking.rank(IN_TORINO, List.of(worker(9), worker(3), worker(7)), Weights.defaults(), 4.0)
                        .ranked()
                        .stream()
                        .map(r -> r.candidate().workerId())
                        .toList();
        assertThat(order).containsExactly(3L, 7L, 9L);
    }
}
