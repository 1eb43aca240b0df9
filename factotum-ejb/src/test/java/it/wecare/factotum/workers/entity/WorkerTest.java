package it.wecare.factotum.workers.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.wecare.factotum.api.workers.SkillLevel;
import it.wecare.factotum.api.workers.WorkerKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private static Worker worker(WorkerKind kind) {
        return new Worker(kind, "Maria", "Rossi", NOW);
    }

    @Test
    void onlyArtisansHaveAnHourlyRateAndVolunteersAreFree() {
        Worker artisan = worker(WorkerKind.ARTISAN);
        artisan.setHourlyRate(new BigDecimal("25.00"));
        assertThat(artisan.getHourlyRate()).isEqualByComparingTo("25");

        assertThatThrownBy(() -> worker(WorkerKind.VOLUNTEER).setHourlyRate(new BigDecimal("10")))
                .isInstanceOf(IllegalArgumentException.class);
        artisan.changeKind(WorkerKind.VOLUNTEER);
        assertThat(artisan.getHourlyRate()).isNull();
        assertThatThrownBy(() -> worker(WorkerKind.ARTISAN).setHourlyRate(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comuniAndWholeProvincesServedAreToldApartAndSorted() {
        Worker w = worker(WorkerKind.FACTOTUM);
        w.serve(java.util.Set.of(
                Area.comune("001272"), Area.province("CN"), Area.comune("001156"), Area.province("AT")));
        org.assertj.core.api.Assertions.assertThat(w.served(Area.Type.COMUNE)).containsExactly("001156", "001272");
        org.assertj.core.api.Assertions.assertThat(w.served(Area.Type.PROVINCE)).containsExactly("AT", "CN");
    }

    @Test
    void aPseudonymShowsTheFirstNameAndInitial() {
        Worker w = worker(WorkerKind.FACTOTUM);
        assertThat(w.publicName()).isEqualTo("Maria Rossi");
        w.publicProfile(true, true, NOW);
        assertThat(w.publicName()).isEqualTo("Maria R.");
    }

    @Test
    void thePublicProfileNeedsConsentRecordedWithItsDate() {
        Worker w = worker(WorkerKind.FACTOTUM);
        assertThat(w.hasPublicProfile()).isFalse();
        w.publicProfile(true, false, NOW);
        assertThat(w.getPublicConsentAt()).isEqualTo(NOW);
        w.publicProfile(true, false, NOW.plusSeconds(60));
        assertThat(w.getPublicConsentAt())
                .as("the first consent's date is kept")
                .isEqualTo(NOW);
        w.publicProfile(false, false, NOW);
        assertThat(w.hasPublicProfile()).isFalse();
    }

    @Test
    void aTraineeHasAnArtisanAsTutorAndAPeriodInOrder() {
        Worker trainee = worker(WorkerKind.FACTOTUM);
        Worker artisan = worker(WorkerKind.ARTISAN);
        LocalDate start = LocalDate.of(2026, 9, 1);
        trainee.trainee(start, start.plusMonths(6), artisan);
        assertThat(trainee.isTraineeOn(start.plusMonths(1))).isTrue();
        assertThat(trainee.isTraineeOn(start.plusMonths(7))).isFalse();

        assertThatThrownBy(() -> trainee.trainee(start, start.minusDays(1), artisan))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> trainee.trainee(start, start.plusMonths(6), worker(WorkerKind.VOLUNTEER)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> trainee.trainee(start, null, artisan)).isInstanceOf(IllegalArgumentException.class);
        trainee.trainee(null, null, null);
        assertThat(trainee.getTutor()).isNull();
    }

    @Test
    void skillsAreKeptPerSubcategoryAndAreasAreCheckedCodes() {
        Worker w = worker(WorkerKind.ARTISAN);
        w.offer(Map.of("tinteggiatura-interni", SkillLevel.EXPERT, "montaggio-mobili", SkillLevel.GOOD));
        assertThat(w.skillLevels())
                .containsEntry("tinteggiatura-interni", SkillLevel.EXPERT)
                .hasSize(2);
        assertThatThrownBy(() -> Area.comune("TO")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Area.province("001272")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.speaks(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> w.speaks(List.of("ita"))).isInstanceOf(IllegalArgumentException.class);
    }
}
