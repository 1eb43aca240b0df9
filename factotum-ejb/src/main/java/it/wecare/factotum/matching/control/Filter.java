package it.wecare.factotum.matching.control;

/** Why a worker is not among the candidates: the hard filters, in the order they are applied. */
public enum Filter {
    INACTIVE,
    NO_SKILL,
    OUTSIDE_AREA,
    ALREADY_ASKED,
    WRONG_KIND,
    NOT_FREE,
    OVER_WORKLOAD
}
