package it.wecare.factotum.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A competence the trainee works towards, tied to a catalog service, with the level aimed at and reached. */
@Entity
@Table(name = "traineeship_objective")
public class TraineeshipObjective {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "traineeship_id")
    private Traineeship traineeship;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "subcategory_code", nullable = false, length = 60)
    private String subcategoryCode;

    @Column(name = "competence", nullable = false, length = 300)
    private String competence;

    @Column(name = "target_level", nullable = false)
    private int targetLevel;

    @Column(name = "reached_level")
    private Integer reachedLevel;

    protected TraineeshipObjective() {}

    TraineeshipObjective(
            Traineeship traineeship, int position, String subcategoryCode, String competence, int targetLevel) {
        this.traineeship = traineeship;
        this.position = position;
        this.subcategoryCode = subcategoryCode;
        this.competence = competence.strip();
        this.targetLevel = targetLevel;
    }

    void reach(int level) {
        this.reachedLevel = level;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getSubcategoryCode() {
        return subcategoryCode;
    }

    public String getCompetence() {
        return competence;
    }

    public int getTargetLevel() {
        return targetLevel;
    }

    public Integer getReachedLevel() {
        return reachedLevel;
    }
}
