package it.wecare.factotum.api.training;

/**
 * The two kinds of traineeship the Piedmont rules know: the ordinary extracurricular one (D.G.R. 22/12/2017
 * n. 85-6277, applying the national guidelines of 25/5/2017) and the inclusion one for people taken in
 * charge by the social or health services (Accordo Stato-Regioni 22/1/2015; D.G.R. 7/4/2014 n. 42-7397).
 */
public enum TraineeshipKind {
    EXTRACURRICULAR,
    INCLUSION
}
