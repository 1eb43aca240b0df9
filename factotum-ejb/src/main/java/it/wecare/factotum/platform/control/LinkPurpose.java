package it.wecare.factotum.platform.control;

/** What a link sent by email may do (one purpose per link). */
public enum LinkPurpose {
    SET_PASSWORD,
    RESET_PASSWORD,
    /** the client's tracking page of a quote request: opened many times, never used up */
    TRACK_REQUEST,
    /** a worker's answer to a job proposed by email: accept or decline, after a confirming click */
    ANSWER_PROPOSAL,
    /** the client's review of a completed job: used once */
    REVIEW_JOB
}
