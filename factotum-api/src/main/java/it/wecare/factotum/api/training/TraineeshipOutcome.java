package it.wecare.factotum.api.training;

/** Where a traineeship led, as the final assessment and each follow-up record it. */
public enum TraineeshipOutcome {
    /** Hired (by the host or elsewhere). */
    EMPLOYED,
    /** On to more training (a course, a school, another traineeship). */
    FURTHER_TRAINING,
    /** Joined one of the cooperative's operative teams. */
    JOINED_TEAM,
    /** Left the pathway. */
    WITHDREW,
    /** Something else, said in the note. */
    OTHER
}
