package it.wecare.factotum.workers.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * Workers who do jobs together: a lead (usually an artisan) and at least one member — often a factotum
 * or a trainee learning beside the lead. A job done by a team with a trainee is shown and rated on the team.
 */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = 120)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_worker_id", nullable = false)
    private Worker lead;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "team_member",
            joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "worker_id"))
    private Set<Worker> members = new HashSet<>();

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected Team() {}

    public Team(String name, Worker lead, Set<Worker> members) {
        this.active = true;
        compose(name, lead, members);
    }

    /** Names the team and sets who is in it; the lead is never also a member, and a team has a member. */
    public void compose(String name, Worker lead, Set<Worker> members) {
        if (name == null || name.isBlank() || name.trim().length() > 120) {
            throw new IllegalArgumentException("name must be 1-120 characters");
        }
        Objects.requireNonNull(lead, "lead");
        Set<Worker> others = new HashSet<>(members);
        others.remove(lead);
        if (others.isEmpty()) {
            throw new IllegalArgumentException("A team needs at least one member besides its lead");
        }
        this.name = name.trim();
        this.lead = lead;
        this.members.clear();
        this.members.addAll(others);
    }

    /** Takes {@code worker} in as a member (a trainee who completed, say); false when already in. */
    public boolean admit(Worker worker) {
        Objects.requireNonNull(worker, "worker");
        return !worker.equals(lead) && members.add(worker);
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Worker getLead() {
        return lead;
    }

    public Set<Worker> getMembers() {
        return Set.copyOf(members);
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
