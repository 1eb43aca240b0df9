package it.wecare.factotum.search.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A synonym rule kept by operators: the words or phrases clients type ("imbianchino, pittore") and what
 * they mean in the catalog's words ("tinteggiature").
 */
@Entity
@Table(name = "search_synonym")
public class Synonym {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "words", nullable = false, length = 300)
    private String words;

    @Column(name = "meaning", nullable = false, length = 200)
    private String meaning;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "row_version", nullable = false)
    private long version;

    protected Synonym() {}

    public Synonym(String words, String meaning, Instant now) {
        define(words, meaning, now);
    }

    /** Sets the rule; the words are kept as a tidy comma-separated list. */
    public void define(String words, String meaning, Instant now) {
        String tidy = Arrays.stream(Objects.requireNonNull(words, "words").split(","))
                .map(w -> w.trim().replaceAll("\\s+", " "))
                .filter(w -> !w.isEmpty())
                .distinct()
                .collect(Collectors.joining(", "));
        String meant = Objects.requireNonNull(meaning, "meaning").trim().replaceAll("\\s+", " ");
        if (tidy.isEmpty() || tidy.length() > 300) {
            throw new IllegalArgumentException("words must be 1-300 characters");
        }
        if (meant.isEmpty() || meant.length() > 200) {
            throw new IllegalArgumentException("meaning must be 1-200 characters");
        }
        this.words = tidy;
        this.meaning = meant;
        this.updatedAt = Objects.requireNonNull(now, "now");
    }

    public Long getId() {
        return id;
    }

    public String getWords() {
        return words;
    }

    public String getMeaning() {
        return meaning;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
