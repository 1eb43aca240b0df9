package it.wecare.factotum.api.workers;

/** The three profiles of the service (shown as Volontario, Factotum, Artigiano). */
public enum WorkerKind {
    /** Gives time for free: errands, accompaniment, small help. */
    VOLUNTEER,
    /** The cooperative's handyman, often in on-the-job training. */
    FACTOTUM,
    /** A skilled professional, who may also teach the trade. */
    ARTISAN
}
