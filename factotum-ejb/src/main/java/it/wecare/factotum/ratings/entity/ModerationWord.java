package it.wecare.factotum.ratings.entity;

import it.wecare.factotum.platform.control.Folding;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A word that holds a review for an operator (kept folded: lower case, no accents). */
@Entity
@Table(name = "moderation_word")
public class ModerationWord {

    @Id
    @Column(name = "word", length = 60)
    private String word;

    /** LIST (the public list the cooperative started from), COOPERATIVE (its own). */
    @Column(name = "source", nullable = false, length = 20)
    private String source;

    @Column(name = "added_by", length = 254)
    private String addedBy;

    @Column(name = "added_at")
    private Instant addedAt;

    protected ModerationWord() {}

    public ModerationWord(String word, String by, Instant now) {
        String folded = Folding.fold(word);
        if (folded.isEmpty() || folded.length() > 60) {
            throw new IllegalArgumentException("a word has 1-60 letters");
        }
        this.word = folded;
        this.source = "COOPERATIVE";
        this.addedBy = by;
        this.addedAt = now;
    }

    public String getWord() {
        return word;
    }

    public String getSource() {
        return source;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
