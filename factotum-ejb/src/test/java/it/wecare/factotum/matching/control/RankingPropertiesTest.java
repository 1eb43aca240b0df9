package it.wecare.factotum.matching.control;

import static org.assertj.core.api.Assertions.assertThat;

import it.wecare.factotum.api.workers.SkillLevel;
import it.wecare.factotum.api.workers.WorkerKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the ranking over random workers: what is never proposed, what never lowers a score, order. */
class RankingPropertiesTest {

    private static final List<Place> PLACES = List.of(
            RankingTest.TORINO,
            RankingTest.MONCALIERI,
            RankingTest.ASTI,
            RankingTest.CUNEO,
            RankingTest.ALBA,
            RankingTest.ROMA);

    @Provide
    Arbitrary<Candidate> candidates() {
        Arbitrary<Long> ids = Arbitraries.longs().between(1, 10_000);
        Arbitrary<WorkerKind> kinds = Arbitraries.of(WorkerKind.class);
        Arbitrary<SkillLevel> skills = Arbitraries.of(SkillLevel.class).injectNull(0.15);
        Arbitrary<Place> homes = Arbitraries.of(PLACES).injectNull(0.1);
        Arbitrary<Integer> small = Arbitraries.integers().between(0, 8);
        Arbitrary<Double> averages = Arbitraries.doubles().between(1, 5);
        Arbitrary<Boolean> flags = Arbitraries.of(true, false);
        return Combinators.combine(ids, kinds, skills, homes, small, small, small, averages)
                .flatAs((id, kind, skill, home, free, open, recent, average) -> Combinators.combine(
                                flags, flags, small, small, small, flags, flags)
                        .as((active, serves, proposed, acceptedExtra, ratings, trainee, tutor) -> new Candidate(
                                id,
                                "W" + id,
                                kind,
                                active,
                                skill,
                                serves,
                                home,
                                free,
                                open,
                                recent,
                                ratings,
                                average,
                                proposed + acceptedExtra,
                                proposed,
                                Math.max(0, proposed - 1),
                                trainee,
                                tutor ? "Tutor" : null)));
    }

    @Provide
    Arbitrary<Need> needs() {
        return Combinators.combine(
                        Arbitraries.of(PLACES), Arbitraries.of(WorkerKind.class).injectNull(0.5))
                .as(Need::new);
    }

    @Property(tries = 300)
    void aWorkerWithoutTheSkillOutsideTheAreaOrNotFreeIsNeverProposed(
            @ForAll("needs") Need need, @ForAll @Size(max = 30) List<@From("candidates") Candidate> all) {
        Ranking.Outcome outcome = Ranking.rank(need, all, Weights.defaults(), 4.0);
        for (Ranking.Ranked r : outcome.ranked()) {
            Candidate c = r.candidate();
            assertThat(c.active()).isTrue();
            assertThat(c.skill()).isNotNull();
            assertThat(c.servesPlace()).isTrue();
            assertThat(c.freeDays()).isPositive();
            assertThat(c.openJobs()).isLessThan(Weights.defaults().workloadCap());
            if (need.preferredKind() != null) {
                assertThat(c.kind()).isEqualTo(need.preferredKind());
            }
        }
        int filtered =
                outcome.filtered().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(outcome.ranked().size() + filtered).isEqualTo(all.size());
    }

    @Property(tries = 300)
    void aHigherRatingNeverLowersTheScore(
            @ForAll("needs") Need need,
            @ForAll("candidates") Candidate c,
            @ForAll @IntRange(min = 1, max = 200) int ratings,
            @ForAll @DoubleRange(min = 1, max = 5) double low,
            @ForAll @DoubleRange(min = 0, max = 4) double raise) {
        double high = Math.min(5, low + raise);
        Candidate skilled = c.skill() == null ? RankingTest.with(c, "skill", SkillLevel.GOOD) : c;
        Candidate worse = RankingTest.with(RankingTest.with(skilled, "ratings", ratings), "ratingAverage", low);
        Candidate better = RankingTest.with(RankingTest.with(skilled, "ratings", ratings), "ratingAverage", high);
        assertThat(Ranking.score(need, better, Weights.defaults(), 4.0).score())
                .isGreaterThanOrEqualTo(
                        Ranking.score(need, worse, Weights.defaults(), 4.0).score());
    }

    @Property(tries = 300)
    void theRankingIsATotalOrderThatDoesNotDependOnTheInputOrder(
            @ForAll("needs") Need need,
            @ForAll @Size(max = 30) List<@From("candidates") Candidate> all,
            @ForAll long seed) {
        List<Candidate> unique = new ArrayList<>();
        all.stream()
                .filter(c -> unique.stream().noneMatch(u -> u.workerId() == c.workerId()))
                .forEach(unique::add);
        List<Candidate> shuffled = new ArrayList<>(unique);
        Collections.shuffle(shuffled, new Random(seed));
        List<Long> once = ids(Ranking.rank(need, unique, Weights.defaults(), 4.0));
        List<Long> again = ids(Ranking.rank(need, shuffled, Weights.defaults(), 4.0));
        assertThat(again).isEqualTo(once);
        List<Ranking.Ranked> ranked =
                Ranking.rank(need, unique, Weights.defaults(), 4.0).ranked();
        for (int i = 1; i < ranked.size(); i++) {
            Ranking.Ranked a = ranked.get(i - 1);
            Ranking.Ranked b = ranked.get(i);
            assertThat(a.score() > b.score()
                            || (a.score() == b.score()
                                    && a.candidate().workerId() < b.candidate().workerId()))
                    .isTrue();
        }
    }

    private static List<Long> ids(Ranking.Outcome outcome) {
        return outcome.ranked().stream().map(r -> r.candidate().workerId()).toList();
    }
}
