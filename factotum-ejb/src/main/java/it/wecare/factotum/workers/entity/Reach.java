package it.wecare.factotum.workers.entity;

import it.wecare.factotum.api.workers.SkillLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One service a worker offers in one area of theirs, with the level: the worker's skills times areas,
 * kept by the worker whenever either changes, so that matching finds who can do a job where it is with
 * one index range instead of joining skills and areas of every worker.
 */
@Embeddable
public class Reach {

    @Column(name = "subcategory_code", nullable = false, length = 60)
    private String subcategoryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "skill_level", nullable = false, length = 20)
    private SkillLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_type", nullable = false, length = 10)
    private Area.Type areaType;

    @Column(name = "area_code", nullable = false, length = 6)
    private String areaCode;

    protected Reach() {}

    Reach(Skill skill, Area area) {
        this.subcategoryCode = skill.getSubcategoryCode();
        this.level = skill.getLevel();
        this.areaType = area.getType();
        this.areaCode = area.getCode();
    }

    public String getSubcategoryCode() {
        return subcategoryCode;
    }

    public SkillLevel getLevel() {
        return level;
    }

    public Area.Type getAreaType() {
        return areaType;
    }

    public String getAreaCode() {
        return areaCode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reach r
                && r.subcategoryCode.equals(subcategoryCode)
                && r.level == level
                && r.areaType == areaType
                && r.areaCode.equals(areaCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subcategoryCode, level, areaType, areaCode);
    }
}
