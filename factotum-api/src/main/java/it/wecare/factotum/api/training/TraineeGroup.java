package it.wecare.factotum.api.training;

/** Whom the traineeship is for, as the duration rules tell them apart. */
public enum TraineeGroup {
    /** Unemployed, recent graduates and the like: the shortest maximum. */
    ORDINARY,
    /** Disadvantaged people (L. 381/1991 and the regional lists). */
    DISADVANTAGED,
    /** People with disabilities (L. 68/1999): the longest maximum. */
    DISABLED
}
