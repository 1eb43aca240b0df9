package it.wecare.factotum.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One change that every node's search index must follow; written in the transaction of the change. */
@Entity
@Table(name = "search_change")
public class SearchChange {

    /** What changed. */
    public enum Subject {
        /** one worker ({@code ref} is the id) */
        WORKER,
        /** many workers at once: rebuild */
        WORKERS,
        /** the catalog */
        CATALOG,
        /** the list of comuni */
        COMUNI,
        /** the synonyms */
        SYNONYMS
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject", nullable = false, length = 20)
    private Subject subject;

    @Column(name = "ref", length = 60)
    private String ref;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected SearchChange() {}

    public SearchChange(Subject subject, String ref, Instant changedAt) {
        this.subject = Objects.requireNonNull(subject, "subject");
        this.ref = ref == null || ref.length() <= 60 ? ref : ref.substring(0, 60);
        this.changedAt = Objects.requireNonNull(changedAt, "changedAt");
    }

    public Long getId() {
        return id;
    }

    public Subject getSubject() {
        return subject;
    }

    public String getRef() {
        return ref;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
