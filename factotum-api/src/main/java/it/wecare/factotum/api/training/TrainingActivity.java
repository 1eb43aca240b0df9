package it.wecare.factotum.api.training;

/** What a day in the hours register was spent on. */
public enum TrainingActivity {
    /** A client's job done with the tutor (entered by the job's completion). */
    JOB,
    /** Training in the workshop. */
    WORKSHOP,
    /** A course (safety, a driving-licence lesson, a language course). */
    COURSE,
    /** A meeting with the educator or the tutor. */
    MEETING
}
