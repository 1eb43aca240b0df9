package it.wecare.factotum.ratings.control;

/**
 * The only reasons an operator may hide a review (the public page on reviews lists them). Being negative is
 * not one of them.
 */
public enum Policy {
    /** insults, threats, discrimination */
    OFFENSIVE,
    /** someone's phone, email, address or other personal data */
    PERSONAL_DATA,
    /** not about the job done (another service, another person) */
    NOT_ABOUT_THE_JOB,
    /** written by someone with an interest: the worker, a relative, a competitor */
    CONFLICT_OF_INTEREST,
    /** advertising or links */
    SPAM,
    /** content that breaks the law */
    ILLEGAL
}
