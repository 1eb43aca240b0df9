package it.wecare.factotum.workers.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.wecare.factotum.api.workers.WorkerKind;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TeamTest {

    private final Worker artisan = new Worker(WorkerKind.ARTISAN, "Gino", "Bertola", Instant.EPOCH);
    private final Worker factotum = new Worker(WorkerKind.FACTOTUM, "Ahmed", "Kone", Instant.EPOCH);

    @Test
    void aTeamHasALeadAndAtLeastOneOtherMember() {
        Team team = new Team("Squadra tinteggiature", artisan, Set.of(artisan, factotum));
        assertThat(team.getMembers()).containsExactly(factotum);
        assertThatThrownBy(() -> new Team("Da solo", artisan, Set.of(artisan)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Team(" ", artisan, Set.of(factotum))).isInstanceOf(IllegalArgumentException.class);
    }
}
