package it.wecare.factotum.workers.entity;

import it.wecare.factotum.api.workers.SkillLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A service (catalog subcategory) a worker offers, and how well. */
@Embeddable
public class Skill {

    @Column(name = "subcategory_code", nullable = false, length = 60)
    private String subcategoryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "skill_level", nullable = false, length = 20)
    private SkillLevel level;

    protected Skill() {}

    public Skill(String subcategoryCode, SkillLevel level) {
        this.subcategoryCode = Objects.requireNonNull(subcategoryCode, "subcategoryCode");
        this.level = Objects.requireNonNull(level, "level");
    }

    public String getSubcategoryCode() {
        return subcategoryCode;
    }

    public SkillLevel getLevel() {
        return level;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Skill s && s.subcategoryCode.equals(subcategoryCode);
    }

    @Override
    public int hashCode() {
        return subcategoryCode.hashCode();
    }
}
