package it.wecare.factotum.api.training;

/** The steps of the driving-licence pathway a trainee may ask for, in their order. */
public enum LicenceStep {
    /** Enrolled at the driving school. */
    ENROLLED,
    /** The theory exam (a fail may be repeated). */
    THEORY_EXAM,
    /** Practice lessons with the instructor. */
    PRACTICE_LESSONS,
    /** The driving exam: passed, the licence is theirs. */
    DRIVING_EXAM
}
